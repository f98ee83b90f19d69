using System.Text;
using CsvHelper;
using Registry.Etl.Core;
using Registry.Etl.Core.Data;
using Registry.Etl.Core.Errors;

namespace Registry.Etl.Pipeline.Linkage;

/// <summary>
/// Reads a linkage input CSV into a table of string columns: every field trimmed (FEBRL pads values with a
/// space after each comma), an empty field is null. Deliberately small: the contract-driven reader of
/// ingest does validation and standardisation; linkage only needs the text of the columns its model names.
/// </summary>
public static class LinkCsvReader
{
    public static Table Read(string path, LinkCsvOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!File.Exists(path))
        {
            Throw.DataFile("The input file does not exist.", new SourceLocation(path));
        }

        var csvOptions = CsvReaderOptions.Default with
        {
            Separator = options.Delimiter,
            HasHeader = options.HasHeader,
            Encoding = ResolveEncoding(options.Encoding, path),
            TrimWhitespace = true,
            TrackLineNumbers = true,
            FieldCountMismatch = CsvFieldCountHandling.Throw,
            IncludeValuesInExceptions = false,
        };
        try
        {
            using var reader = CsvReader.FromFile(path, csvOptions);
            string[] header = [.. reader.Headers];
            List<StringColumnBuilder>? builders = header.Length > 0 ? Builders(header, path) : null;
            while (reader.Read())
            {
                builders ??= Builders([.. Enumerable.Range(1, reader.FieldCount).Select(i => $"column{i}")], path);
                if (reader.FieldCount != builders.Count)
                {
                    Throw.DataFile($"Expected {builders.Count} fields, found {reader.FieldCount}.", new SourceLocation(path, (int)reader.LineNumber));
                }

                for (var i = 0; i < builders.Count; i++)
                {
                    var value = reader.GetString(i);
                    builders[i].Append(string.IsNullOrEmpty(value) ? null : value);
                }
            }

            builders ??= [];
            return new Table(new TableSchema(builders.Select(b => b.Schema)), [.. builders.Select(b => b.Build())]);
        }
        catch (CsvFormatException e)
        {
            return ThrowBadFile(path, e.LineNumber, e.Message, e);
        }
        catch (DecoderFallbackException e)
        {
            return ThrowBadFile(path, 0, $"Not valid {options.Encoding} text.", e);
        }
    }

    private static Table ThrowBadFile(string path, long line, string message, Exception inner) =>
        throw new DataFileException(message, new SourceLocation(path, (int)line), inner);

    private static List<StringColumnBuilder> Builders(string[] header, string path)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var builders = new List<StringColumnBuilder>();
        for (var i = 0; i < header.Length; i++)
        {
            var name = header[i].Trim();
            if (name.Length == 0 || !seen.Add(name))
            {
                Throw.DataFile($"Header column {i + 1} is empty or repeated ('{name}').", new SourceLocation(path, 1, i + 1));
            }

            builders.Add(new StringColumnBuilder(new ColumnSchema(name, ColumnKind.String), 1024));
        }

        return builders;
    }

    private static Encoding ResolveEncoding(string name, string path)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        try
        {
            var encoding = Encoding.GetEncoding(name, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
            return encoding is UTF8Encoding ? new UTF8Encoding(false, true) : encoding;
        }
        catch (ArgumentException)
        {
            return Throw.Configuration<Encoding>($"Unknown encoding '{name}' for {path} (use utf-8, windows-1252, iso-8859-1, ...).");
        }
    }
}
