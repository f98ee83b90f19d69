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

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        var root = BuildRootCommand();
        var config = new InvocationConfiguration { Output = output, Error = error };
        return await root.Parse(args).InvokeAsync(config).ConfigureAwait(false);
    }
}
