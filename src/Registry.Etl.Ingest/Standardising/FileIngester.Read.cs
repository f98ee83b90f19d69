using CsvHelper;
using Registry.Etl.Core.Data;
using Registry.Etl.Core.Errors;
using Registry.Etl.Ingest.Contracts;

namespace Registry.Etl.Ingest.Standardising;

public sealed partial class FileIngester
{
    private FileIngestResult Read(
        CsvReader reader,
        SourceContract contract,
        DateOnly exportDate,
        IReadOnlyDictionary<string, string> groups,
        char delimiter,
        string displayName,
        Dictionary<long, CsvMalformedReason> malformed,
        Stream stream)
    {
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        var header = reader.Headers;
        var bound = Bind(contract, header, displayName, counts);
        var sink = new RowSink(_contracts.Schema, ChunkRows);
        var standardiser = new RowStandardiser(contract, bound, sink, _pseudonyms, delimiter, exportDate, groups, displayName);
        var quarantine = new TableBuilder(QuarantineTable.Schema, 16);
        var exportDays = ColumnStorage.ToDays(exportDate);
        var issues = new List<RowIssue>();
        long read = 0, accepted = 0, rejected = 0;
        try
        {
            while (reader.Read())
            {
                read++;
                var line = (int)reader.LineNumber;
                issues.Clear();
                bool ok;
                if (malformed.TryGetValue(line, out var reason))
                {
                    if (reason == CsvMalformedReason.UnterminatedQuote)
                    {
                        throw new DataFileException(
                            "Unbalanced quote: a quoted field opened in the record starting here is never closed; expected a closing \" before the end of the file.",
                            new SourceLocation(displayName, line));
                    }

                    issues.Add(new RowIssue(line, 0, string.Empty, IssueCodes.MalformedQuote, $"quoting breaks RFC 4180 ({reason})"));
                    ok = false;
                }
                else if (reader.FieldCount != header.Count)
                {
                    issues.Add(new RowIssue(line, 0, string.Empty, IssueCodes.FieldCount, $"expected {header.Count} fields; found {reader.FieldCount}"));
                    ok = false;
                }
                else
                {
                    ok = standardiser.Process(reader, line, issues, counts);
                }

                if (ok)
                {
                    accepted++;
                    continue;
                }

                rejected++;
                foreach (var issue in issues)
                {
                    QuarantineTable.Add(quarantine, contract.Source, displayName, exportDays, issue);
                    counts[issue.Code] = counts.GetValueOrDefault(issue.Code) + 1;
                }
            }
        }
        catch (InvalidEncodingException e)
        {
            var (line, column) = Reading.ExportEncoding.FirstInvalid(stream);
            throw new DataFileException(
                $"Wrong encoding: not valid UTF-8 (the {contract.Id} contract declares {contract.Format.Encoding}); first invalid byte at byte column {column} (record field {e.Field}); expected {contract.Format.Encoding} text throughout.",
                new SourceLocation(displayName, line, column),
                e);
        }

        return new FileIngestResult(
            displayName,
            contract,
            exportDate,
            sink.Build(),
            quarantine.Build(),
            read,
            accepted,
            rejected,
            new SortedDictionary<string, long>(counts, StringComparer.Ordinal));
    }

    /// <summary>
    /// Binds the contract's columns to the header by name. Unknown columns are ignored (warning
    /// <c>extra_column</c>); a missing optional column reads as null (warning <c>missing_column</c>); a
    /// missing required column or a header that is mostly unknown fails the file.
    /// </summary>
    private static BoundColumn[] Bind(SourceContract contract, IReadOnlyList<string> header, string displayName, Dictionary<string, long> counts)
    {
        if (header.Count == 0)
        {
            throw new DataFileException("The file is empty; expected a header line and data rows.", new SourceLocation(displayName, 1, 1));
        }

        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var known = 0;
        for (var i = 0; i < header.Count; i++)
        {
            var name = header[i].Trim();
            if (!index.TryAdd(name, i))
            {
                throw new DataFileException($"Wrong header: column '{Safe(name)}' appears twice; expected a header line naming each column once.", new SourceLocation(displayName, 1, i + 1));
            }

            if (contract.Find(name) is { Absent: false })
            {
                known++;
            }
            else
            {
                counts[IssueCodes.ExtraColumn] = counts.GetValueOrDefault(IssueCodes.ExtraColumn) + 1;
            }
        }

        var expected = contract.Columns.Where(c => !c.Absent).ToArray();
        if (known * 2 < header.Count || known * 2 < expected.Length)
        {
            throw new DataFileException(
                $"Wrong header: {known} of {header.Count} columns are columns of {contract.Id}; expected a header naming {string.Join(", ", expected.Take(6).Select(c => c.Raw))}, ...",
                new SourceLocation(displayName, 1, 1));
        }

        var schema = StandardisedSchema.Build(contract);
        var bound = new BoundColumn[contract.Columns.Count];
        for (var i = 0; i < bound.Length; i++)
        {
            var c = contract.Columns[i];
            var field = -1;
            if (!c.Absent && !index.TryGetValue(c.Raw, out field))
            {
                if (c.Required)
                {
                    throw new DataFileException($"Missing required column '{c.Raw}' in the header; expected it among the columns of {contract.Id}.", new SourceLocation(displayName, 1));
                }

                counts[IssueCodes.MissingColumn] = counts.GetValueOrDefault(IssueCodes.MissingColumn) + 1;
                field = -1;
            }

            bound[i] = new BoundColumn(c, c.Absent ? -1 : field, schema);
        }

        return bound;
    }

    /// <summary>A header name for a message: header names are not data, but a broken file may have a data row there.</summary>
    private static string Safe(string name) => name.Length <= 40 && name.All(ch => char.IsAsciiLetterOrDigit(ch) || ch == '_') ? name : $"({name.Length} characters)";
}
