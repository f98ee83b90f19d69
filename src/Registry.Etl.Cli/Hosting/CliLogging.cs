using Serilog;
using Serilog.Events;
using Serilog.Formatting.Compact;

namespace Registry.Etl.Cli.Hosting;

/// <summary>
/// Serilog for the commands: human lines on standard error (warnings and up, or everything with
/// <c>--verbose</c>, so progress and summary on standard output stay readable) and a rolling compact-JSON
/// file per day in <c>&lt;state&gt;/logs/</c> with Information and up, for machines and post-mortems.
/// </summary>
internal static class CliLogging
{
    public static Serilog.Core.Logger Create(string? stateDirectory, bool verbose)
    {
        var config = new LoggerConfiguration()
            .MinimumLevel.Debug()
            .MinimumLevel.Override("Quartz", LogEventLevel.Warning)
            .Enrich.WithProperty("Process", Environment.ProcessId);
        var consoleLevel = verbose ? LogEventLevel.Information : LogEventLevel.Warning;
        config.WriteTo.Console(consoleLevel, standardErrorFromLevel: LogEventLevel.Verbose, formatProvider: System.Globalization.CultureInfo.InvariantCulture);

        if (stateDirectory is not null)
        {
            config.WriteTo.File(
                new CompactJsonFormatter(),
                Path.Combine(stateDirectory, "logs", "registry-etl-.json"),
                LogEventLevel.Information,
                rollingInterval: RollingInterval.Day,
                retainedFileCountLimit: 31,
                shared: true);
        }

        return config.CreateLogger();
    }
}
