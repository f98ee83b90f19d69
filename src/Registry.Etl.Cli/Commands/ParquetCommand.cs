using System.CommandLine;
using Registry.Etl.Cli.Commands.Parquet;

namespace Registry.Etl.Cli.Commands;

/// <summary>`registry-etl parquet ...`: tools for the Parquet files the product writes and receives.</summary>
internal static class ParquetCommand
{
    public static Command Create()
    {
        var command = new Command("parquet", "Inspect Parquet files.");
        command.Subcommands.Add(ParquetInspectCommand.Create());
        return command;
    }
}
