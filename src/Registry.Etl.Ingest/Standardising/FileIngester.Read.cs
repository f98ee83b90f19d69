using System.Collections.Concurrent;
using CsvHelper;
using Registry.Etl.Core.Data;
using Registry.Etl.Core.Errors;
using Registry.Etl.Ingest.Contracts;
using Registry.Etl.Ingest.Pseudonyms;

namespace Registry.Etl.Ingest.Standardising;

public sealed partial class FileIngester
{
    /// <summary>Threads that standardise records while the reader thread reads on (results are kept in file order).</summary>
    private static int Workers => Math.Clamp(Environment.ProcessorCount, 1, 4);

    private FileIngestResult Read(
        CsvReader reader,
        SourceContract contract,
        DateOnly exportDate,
        IReadOnlyDictionary<string, string> groups,
        char delimiter,
        string displayName,
        ConcurrentDictionary<long, CsvMalformedReason> malformed,
        Stream stream,
        Action<Table>? acceptedChunk)
    {
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        var header = reader.Headers;
        var fieldCount = header.Count;
        var bound = Bind(contract, header, displayName, counts);
        var pool = new PendingRowPool();
        var sink = new RowSink(_contracts.Schema, ChunkRows, pool, acceptedChunk);

        // each worker thread standardises into its own pending row, issue list, counts and pseudonym cache
        using var workers = new ThreadLocal<RecordWorker>(
            () =>
            {
                var own = new RowSink(_contracts.Schema, 1, pool);
                return new RecordWorker(own, new RowStandardiser(contract, bound, own, new PseudonymCache(_pseudonymiser, _pseudonymStore), delimiter, exportDate, groups, displayName));
            },
            trackAllValues: true);
        var quarantine = new TableBuilder(QuarantineTable.Schema, 16);
        var exportDays = ColumnStorage.ToDays(exportDate);
        long read = 0, accepted = 0, rejected = 0;
        try
        {
            foreach (var outcome in reader.ParallelEnumerate(record => Standardise(record, workers.Value!, malformed, fieldCount), Workers))
            {
                read++;
                switch (outcome.Failure)
                {
                    case RecordFailure.UnbalancedQuote:
                        throw new DataFileException(
                            "Unbalanced quote: a quoted field opened in the record starting here is never closed; expected a closing \" before the end of the file.",
                            new SourceLocation(displayName, outcome.Line));
                    case RecordFailure.InvalidEncoding:
                        throw new InvalidEncodingException(outcome.Line, outcome.Field);
                }

                if (outcome.Row is not null)
                {
                    sink.Commit(outcome.Row);
                    accepted++;
                    continue;
                }

                rejected++;
                foreach (var issue in outcome.Issues!)
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

        // warnings counted by the workers (sums, so the order of the threads does not matter)
        foreach (var worker in workers.Values)
        {
            foreach (var (code, n) in worker.Counts)
            {
                counts[code] = counts.GetValueOrDefault(code) + n;
            }
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

    /// <summary>Standardises one record on a worker thread: the row to keep, or its issues, or why the whole file fails.</summary>
    private static RecordOutcome Standardise(CsvReader record, RecordWorker worker, ConcurrentDictionary<long, CsvMalformedReason> malformed, int fieldCount)
    {
        var line = (int)record.LineNumber;
        if (malformed.TryGetValue(line, out var reason))
        {
            return reason == CsvMalformedReason.UnterminatedQuote
                ? new RecordOutcome(line, null, null, RecordFailure.UnbalancedQuote, 0)
                : new RecordOutcome(line, null, [new RowIssue(line, 0, string.Empty, IssueCodes.MalformedQuote, $"quoting breaks RFC 4180 ({reason})")], RecordFailure.None, 0);
        }

        if (record.FieldCount != fieldCount)
        {
            return new RecordOutcome(line, null, [new RowIssue(line, 0, string.Empty, IssueCodes.FieldCount, $"expected {fieldCount} fields; found {record.FieldCount}")], RecordFailure.None, 0);
        }

        worker.Issues.Clear();
        try
        {
            return worker.Standardiser.Process(record, line, worker.Issues, worker.Counts)
                ? new RecordOutcome(line, worker.Sink.Take(), null, RecordFailure.None, 0)
                : new RecordOutcome(line, null, [.. worker.Issues], RecordFailure.None, 0);
        }
        catch (InvalidEncodingException e)
        {
            worker.Sink.Clear();
            return new RecordOutcome(line, null, null, RecordFailure.InvalidEncoding, e.Field);
        }
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
