using System.Collections.Concurrent;
using CsvHelper;
using Registry.Etl.Core;
using Registry.Etl.Core.Data;
using Registry.Etl.Core.Errors;
using Registry.Etl.Ingest.Contracts;
using Registry.Etl.Ingest.Pseudonyms;

namespace Registry.Etl.Ingest.Standardising;

/// <summary>
/// Reads one export file, streaming, against the contract version its export date selects: every row is
/// accepted (standardised) or quarantined (with line, field and reason code). A file that cannot be read
/// as a whole (empty, wrong header, missing required column, wrong encoding, truncated, unbalanced quote)
/// throws <see cref="DataFileException"/> naming the file, line and column.
/// </summary>
public sealed partial class FileIngester
{
    private const int MaxRecordBytes = 16 << 20;

    /// <summary>Accepted rows are kept in tables of this many rows: memory grows with the rows kept, never with a copy of all of them.</summary>
    public const int ChunkRows = 65_536;
    private readonly ContractSet _contracts;
    private readonly Pseudonymiser _pseudonymiser;

    // shared by the reader threads and the files of this ingester: each distinct birth date and postcode is hashed and held once
    private PseudonymStore _pseudonymStore = new();

    public FileIngester(ContractSet contracts, Pseudonymiser pseudonymiser)
    {
        ArgumentNullException.ThrowIfNull(contracts);
        ArgumentNullException.ThrowIfNull(pseudonymiser);
        _contracts = contracts;
        _pseudonymiser = pseudonymiser;
    }

    public ContractSet Contracts => _contracts;

    /// <summary>
    /// Drops the remembered pseudonyms (up to some 200 MB for a national export) once the caller has read its files:
    /// a source's resolution then writes its table without them. Files read later compute them again; not while a
    /// file is being read.
    /// </summary>
    public void ForgetPseudonyms() => _pseudonymStore = new PseudonymStore();

    /// <summary>The contract version and export date a file name selects; throws <see cref="DataFileException"/> when it selects none.</summary>
    public (SourceContract Contract, DateOnly ExportDate, IReadOnlyDictionary<string, string> Groups) Select(string displayName)
    {
        ArgumentNullException.ThrowIfNull(displayName);
        var name = Path.GetFileName(displayName);
        if (!_contracts.Latest.FileName.TryParse(name, out var exportDate, out var groups))
        {
            Throw.DataFile($"The file name does not match '{_contracts.Latest.FileName.Pattern}' of the {_contracts.Source} contract (with a valid date).", new SourceLocation(displayName));
        }

        var contract = _contracts.For(exportDate)
            ?? throw new DataFileException(
                $"The export date {exportDate:yyyy-MM-dd} precedes every {_contracts.Source} contract (the first is valid from {_contracts.Versions[0].ValidFrom:yyyy-MM-dd}).",
                new SourceLocation(displayName));
        return (contract, exportDate, groups);
    }

    /// <param name="path">Where to read the file.</param>
    /// <param name="displayName">How outputs and messages name it: relative to the source folder, never a machine path.</param>
    public FileIngestResult Ingest(string path, string displayName) => Ingest(path, displayName, null);

    /// <param name="path">Where to read the file.</param>
    /// <param name="displayName">How outputs and messages name it: relative to the source folder, never a machine path.</param>
    /// <param name="acceptedChunk">
    /// Takes the accepted rows, in file order, in tables of at most <see cref="ChunkRows"/> rows as they fill
    /// (streaming: the result's <see cref="FileIngestResult.AcceptedChunks"/> is then empty, and memory does not
    /// grow with the file); null keeps them in the result. When the file fails, the chunks already taken are void.
    /// </param>
    public FileIngestResult Ingest(string path, string displayName, Action<Table>? acceptedChunk)
    {
        ArgumentNullException.ThrowIfNull(path);
        var (contract, exportDate, groups) = Select(displayName);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        CheckWhole(stream, displayName);
        var head = new byte[Math.Min(stream.Length, 1 << 16)];
        stream.ReadExactly(head);
        stream.Position = 0;
        var encoding = Reading.ExportEncoding.Resolve(contract.Format.Encoding, stream, head);
        var headSpan = Reading.ExportEncoding.HasUtf8Bom(head) ? head.AsSpan(3) : head.AsSpan();
        var delimiter = Reading.DelimiterDetector.Detect(headSpan, contract.Format.Delimiters)
            ?? throw new DataFileException(
                $"Wrong header: none of the delimiters {string.Join(" ", contract.Format.Delimiters)} of the {contract.Id} contract occurs in the first line.",
                new SourceLocation(displayName, 1, 1));

        // written by the reader thread, read by the workers
        var malformed = new ConcurrentDictionary<long, CsvMalformedReason>();
        var options = CsvReaderOptions.Default with
        {
            Separator = delimiter,
            HasHeader = true,
            Encoding = encoding,
            TrackLineNumbers = true,
            AllowLineBreaksInQuotes = true,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
            MalformedData = CsvMalformedDataHandling.Recover,
            OnMalformedRecord = m => malformed.TryAdd(m.LineNumber, m.Reason),
            IncludeValuesInExceptions = false,
            DetectSeparatorHint = false,
            PoolStrings = true,
            MaxRecordSize = MaxRecordBytes,
        };

        try
        {
            using var reader = CsvReader.Create(stream, options, leaveOpen: true);
            return Read(reader, contract, exportDate, groups, delimiter, displayName, malformed, stream, acceptedChunk);
        }
        catch (CsvFormatException e)
        {
            throw new DataFileException($"Cannot read the file as CSV: {e.Message}", new SourceLocation(displayName, (int)e.LineNumber), e);
        }
    }

    /// <summary>Checks what needs the whole file: not empty, and ending with a line end (else it was cut off).</summary>
    private static void CheckWhole(FileStream stream, string displayName)
    {
        if (stream.Length == 0 || (stream.Length == 3 && Reading.ExportEncoding.HasUtf8Bom(ReadAll(stream))))
        {
            Throw.DataFile("The file is empty; expected a header line and data rows.", new SourceLocation(displayName, 1, 1));
        }

        stream.Position = stream.Length - 1;
        var last = stream.ReadByte();
        stream.Position = 0;
        if (last != '\n' && last != '\r')
        {
            var (lines, lastLineLength) = CountLines(stream);
            Throw.DataFile(
                "The file is truncated: its last line has no line end (every record ends with one); expected the rest of the record.",
                new SourceLocation(displayName, lines, lastLineLength + 1));
        }
    }

    private static byte[] ReadAll(FileStream stream)
    {
        stream.Position = 0;
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        stream.Position = 0;
        return bytes;
    }

    private static (int Lines, int LastLineLength) CountLines(FileStream stream)
    {
        var buffer = new byte[1 << 16];
        int n, lines = 1, sinceBreak = 0;
        while ((n = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            foreach (var b in buffer.AsSpan(0, n))
            {
                if (b == '\n')
                {
                    lines++;
                    sinceBreak = 0;
                }
                else
                {
                    sinceBreak++;
                }
            }
        }

        stream.Position = 0;
        return (lines, sinceBreak);
    }
}
