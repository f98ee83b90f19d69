using System.CommandLine;

namespace Registry.Etl.Cli.Commands;

/// <summary>Every top-level command, in the order `--help` lists them.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> All()
    {
        yield return ParquetCommand.Create();
        yield return RunCommand.Create();
        yield return RunsCommand.Create();
        yield return ScheduleCommand.Create();
        yield return LinkCommand.Create();
        yield return LinkEvalCommand.Create();
        yield return SynthCommand.Create();
        yield return IngestCommand.Create();
        yield return ValidateCommand.Create();
        yield return ExplainCommand.Create();
    }
}
