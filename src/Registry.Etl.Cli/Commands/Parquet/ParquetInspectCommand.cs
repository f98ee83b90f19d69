using System.CommandLine;
using Registry.Etl.Parquet;
using Registry.Etl.Parquet.Reading;

namespace Registry.Etl.Cli.Commands.Parquet;

/// <summary>
/// `registry-etl parquet inspect FILE [--json]`: schema, row groups, codecs, encodings, sizes, statistics
/// and key-value metadata of a Parquet file, as a readable report or as JSON. Exit 1 for a file that is
/// not valid Parquet (or uses a feature we cannot read), 2 when the file cannot be opened.
/// </summary>
internal static class ParquetInspectCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "The Parquet file to describe." };
        var json = new Option<bool>("--json") { Description = "Print the description as JSON (statistics as text, exact)." };
        var command = new Command("inspect", "Describe a Parquet file: schema, row groups, codecs, encodings, sizes, statistics, metadata.");
        command.Arguments.Add(file);
        command.Options.Add(json);
        command.SetAction(parseResult =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            var path = parseResult.GetValue(file)!;
            if (!path.Exists)
            {
                error.WriteLine($"error: {path.FullName} does not exist.");
                return 2;
            }

            try
            {
                using var reader = ParquetFileReader.Open(path.FullName);
                if (parseResult.GetValue(json))
                {
                    InspectJsonRenderer.Render(path.Name, reader.Metadata, output);
                }
                else
                {
                    InspectTextRenderer.Render(path.Name, reader.Metadata, output);
                }

                return 0;
            }
            catch (ParquetNotSupportedException e)
            {
                error.WriteLine($"error: {e.Message}");
                return 1;
            }
            catch (ParquetFormatException e)
            {
                error.WriteLine($"error: {e.Message}");
                return 1;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"error: cannot read {path.FullName}: {e.Message}");
                return 2;
            }
        });
        return command;
    }
}
