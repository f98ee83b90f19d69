using System.CommandLine;
using Registry.Etl.Cli.Commands;

namespace Registry.Etl.Cli;

/// <summary>
/// The composition root: the only place that knows every project. Each command lives in its own file
/// under Commands/ and is registered here.
/// </summary>
internal static class CliApplication
{
    public static RootCommand BuildRootCommand()
    {
        var root = new RootCommand(
            "Registry ETL: ingest, link and compute versioned quality indicators for Dutch clinical registries (DCRA, DHBA, NKR, LBZ).");
        foreach (var command in CommandCatalog.All())
        {
            root.Subcommands.Add(command);
        }

        return root;
    }

    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error) =>
        InvokeAsync(BuildRootCommand(), args, output, error);

    public static async Task<int> InvokeAsync(RootCommand root, string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(root);
        var config = new InvocationConfiguration
        {
            Output = output,
            Error = error,
            // Ctrl+C / SIGTERM cancel the command's token; a run then discards its staging folder and the
            // scheduler lets a running run finish within its grace period. The default of 2 s would cut
            // that grace short, so the process waits this long for the command to wind down itself.
            ProcessTerminationTimeout = TimeSpan.FromMinutes(5),
        };
        return await root.Parse(args).InvokeAsync(config).ConfigureAwait(false);
    }
}
