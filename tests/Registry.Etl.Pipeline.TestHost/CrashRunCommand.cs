using System.CommandLine;
using System.Globalization;
using Registry.Etl.Pipeline.Catalog;
using Registry.Etl.Pipeline.Running;
using Registry.Etl.Scheduling;
using Serilog;

namespace Registry.Etl.Pipeline.TestHost;

/// <summary>
/// `crash-run PIPELINE --as-of D --out DIR --phase-delay-ms N [--stages test|cli]`: the runner as `run` drives it, with an
/// observer that prints a marker line at every phase and stage step and then sleeps, so a test that kills
/// this process can aim at every phase, including between the two publishing renames.
/// </summary>
internal static class CrashRunCommand
{
    public static Command Create()
    {
        var pipeline = new Argument<FileInfo>("pipeline");
        var asOf = new Option<string>("--as-of") { Required = true };
        var output = new Option<DirectoryInfo>("--out") { Required = true };
        var delay = new Option<int>("--phase-delay-ms") { DefaultValueFactory = _ => 50 };
        var stages = new Option<string>("--stages") { Description = "test: the test stages; cli: the real ones (CliStages).", DefaultValueFactory = _ => "test" };
        var command = new Command("crash-run") { pipeline, asOf, output, delay, stages };
        command.SetAction(async (parseResult, ct) =>
        {
            var definition = PipelineLint.Load(parseResult.GetValue(pipeline)!.FullName);
            await using var catalog = await RunCatalog.OpenAsync(definition.StateDirectory, null, ct).ConfigureAwait(false);
            var observer = new MarkingObserver(Console.Out, parseResult.GetValue(delay));
            var runner = new PipelineRunner(parseResult.GetValue(stages) == "cli" ? SampleWorkspace.RealStages() : TestStages.Create(), catalog, new LoggerConfiguration().CreateLogger(), observer: observer);
            var outcome = await runner.RunAsync(
                new RunRequest
                {
                    Pipeline = definition,
                    AsOf = DateOnly.ParseExact(parseResult.GetValue(asOf)!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
                    OutputDirectory = parseResult.GetValue(output)!.FullName,
                },
                ct).ConfigureAwait(false);
            Console.Out.WriteLine($"DONE {outcome.Status.ToName()} {outcome.ErrorMessage}");
            return outcome.ExitCode;
        });
        return command;
    }
}
