using System.Security.Cryptography;
using Registry.Etl.Core.Data;
using Registry.Etl.Core.Errors;
using Registry.Etl.Ingest.Contracts;
using Registry.Etl.Ingest.Pseudonyms;
using Registry.Etl.Ingest.Resolution;
using Registry.Etl.Ingest.Standardising;
using Registry.Etl.Parquet.Writing;
using Registry.Etl.Pipeline.Caching;
using Registry.Etl.Pipeline.Tables;

namespace Registry.Etl.Pipeline.Stages.Ingest;

/// <summary>
/// Ingests the export files of one source, streaming: each file (in resolution order: export date, then
/// name) is standardised chunk by chunk, through the ingest cache (SHA-256 of its bytes + contract version +
/// a fingerprint of the pseudonym key; a cached file is not parsed again, its standardised rows are read
/// back), and the source keys of its accepted rows go to a <see cref="ResolvingWriter"/>'s index; then the
/// standardised rows of every file that did not fail are read back (from the cache entry, or from a temporary
/// file when there is no cache) and the writer keeps the winners (latest export wins). Memory is bounded by the
/// key index and a row group, whatever the size of the exports. A file that fails as a whole is reported and
/// skipped; the others complete. Shared by the <c>ingest</c> stage and the <c>registry-etl ingest</c> command.
/// </summary>
public sealed class SourceIngestJob
{
    internal const string StandardisedFile = "standardised.parquet";
    internal const string QuarantineFile = "quarantine.parquet";

    /// <summary>
    /// Dictionary pages of up to 4 MB in ingest's files (the writer's default is 1 MB, as in parquet-mr and arrow). A keyed
    /// pseudonym of a date of birth (64 hex characters; some 37,000 dates in a century) needs 2.5 MB: with 1 MB it fell
    /// back to PLAIN, 64 bytes a row instead of a 2-byte index, 1.3 GB of the national LBZ file that the link stage then
    /// decoded and looked up row by row.
    /// </summary>
    internal const int MaxDictionaryBytes = 4 * 1024 * 1024;

    /// <summary>
    /// Cache entries (and spill files) are internal files written once and read back whole by the resolution, so
    /// they are not compressed: Snappy gains little on them (the pseudonyms are hex, the repeating values
    /// dictionary-encoded) and cost both passes CPU. Their row groups are <see cref="CacheRowGroupRows"/>.
    /// </summary>
    private readonly ParquetWriterOptions _cacheEntry;

    /// <summary>The resolved table unless the caller gives options.</summary>
    private static readonly ParquetWriterOptions Resolved = new() { MaxDictionaryBytes = MaxDictionaryBytes };

    private readonly ContractSet _contracts;
    private readonly FileIngester _ingester;
    private readonly IngestCache? _cache;
    private readonly string _keyFingerprint;

    public SourceIngestJob(ContractSet contracts, byte[] secret, IngestCache? cache)
    {
        ArgumentNullException.ThrowIfNull(contracts);
        ArgumentNullException.ThrowIfNull(secret);
        _contracts = contracts;
        _ingester = new FileIngester(contracts, new Pseudonymiser(secret));
        _cache = cache;
        _cacheEntry = new() { MaxRowGroupRows = FileIngester.ChunkRows, MaxDictionaryBytes = MaxDictionaryBytes, Compression = Parquet.ParquetCompression.Uncompressed };

        // pseudonyms in a cache entry depend on the secret: a new secret must not reuse them (the fingerprint reveals nothing of it)
        _keyFingerprint = Convert.ToHexStringLower(HMACSHA256.HashData(secret, "registry-etl/ingest-cache"u8))[..8];
    }

    /// <summary>
    /// Threads that decode the columns of a row group in the second pass (reading each file's standardised rows back).
    /// 1 kept the peak of <c>registry-etl ingest</c> and bench-ingest under 1 GB while the pseudonym store stayed alive
    /// through the second pass (with two, bench-ingest's peak reached 1.3 GB in one of seven runs). Since the store is
    /// dropped after parsing the peak is some 600 MB, and two decoders with <see cref="SecondPassReadAhead"/> are the
    /// default: bench-ingest 10.8-12.2 s and 628-756 MB in five runs against 11.5-11.9 s and 564-666 MB in three with
    /// one decoder and no read-ahead. The pipeline's ingest stage uses every core.
    /// </summary>
    public int SecondPassDecoders { get; init; } = 2;

    /// <summary>
    /// Whether the second pass decodes the next row group (across files) on another thread while the resolved file's
    /// writer encodes the current one: one more decoded row group (64K rows) held, whatever the file's size. On by
    /// default (see <see cref="SecondPassDecoders"/>); it was off while bench-ingest's peak passed its 1 GB with it in
    /// three of five runs (963-1,431 MB, commit c2a37c4, reverted in ded76f2). Without it the second pass alternates
    /// between decoding and encoding on about 1.5 of two cores.
    /// </summary>
    public bool SecondPassReadAhead { get; init; } = true;

    /// <summary>
    /// Rows in a row group of a cache entry: the second pass reads them back a row group at a time (the one being
    /// written and, with read-ahead, the next), so they bound its memory. The default, one of ingest's chunks (65,536 rows), keeps the peak of
    /// <c>registry-etl ingest</c> and bench-ingest under 1 GB (628-756 MB; with four chunks 1,001-1,008 MB). The
    /// pipeline's ingest stage, bounded by 4 GB, takes four: a national LBZ export's birth-date pseudonyms have
    /// 30,000 distinct values in 65,536 rows, so each small row group repeated most of that dictionary, and the
    /// entries were 13% larger (3.64 against 3.15 GB) for both passes to write and read.
    /// </summary>
    public int CacheRowGroupRows
    {
        get => _cacheEntry.MaxRowGroupRows;
        init
        {
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(value);
            _cacheEntry = _cacheEntry with { MaxRowGroupRows = value };
        }
    }

    /// <summary>The cache key of one export file (its SHA-256) as <paramref name="contract"/> reads it with this job's pseudonym key.</summary>
    internal IngestCacheKey FileKey(string sha256, SourceContract contract) =>
        new(sha256, contract.Source, $"{contract.Version}-{contract.Sha256[..12]}-{_keyFingerprint}");

    /// <summary>
    /// As <see cref="RunAsync(IReadOnlyList{ValueTuple{string, string, string}}, IngestOutputs, Action{double}, CancellationToken)"/>
    /// into a temporary folder, with the resolved table read back into <see cref="SourceIngestResult.Table"/>
    /// (for tests and small inputs: the table is then resident).
    /// </summary>
    public async Task<SourceIngestResult> RunAsync(IReadOnlyList<(string Path, string Name, string? Sha256)> files, Action<double>? progress, CancellationToken cancellationToken)
    {
        var temp = Directory.CreateTempSubdirectory("registry-etl-ingest-");
        try
        {
            var table = Path.Combine(temp.FullName, "resolved.parquet");
            var result = await RunAsync(files, new IngestOutputs(table, Path.Combine(temp.FullName, "quarantine.parquet")), progress, cancellationToken).ConfigureAwait(false);
            return result with { Table = TableParquet.Read(table) };
        }
        finally
        {
            temp.Delete(recursive: true);
        }
    }

    /// <summary>Ingests <paramref name="files"/> and writes the resolved table and the quarantine to <paramref name="outputs"/>.</summary>
    /// <param name="files">(full path, name relative to the source folder, lower-case SHA-256 of the bytes or null to compute it).</param>
    public async Task<SourceIngestResult> RunAsync(
        IReadOnlyList<(string Path, string Name, string? Sha256)> files,
        IngestOutputs outputs,
        Action<double>? progress,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(outputs);
        var outcomes = new SourceIngestFile?[files.Count];
        var quarantines = new Table?[files.Count];
        var used = new SortedDictionary<string, SourceContract>(StringComparer.Ordinal);
        var selected = new List<(int Index, SourceContract Contract, DateOnly ExportDate)>();
        for (var i = 0; i < files.Count; i++)
        {
            try
            {
                var (contract, exportDate, _) = _ingester.Select(files[i].Name);
                selected.Add((i, contract, exportDate));
            }
            catch (DataFileException e)
            {
                outcomes[i] = Failed(files[i].Name, e);
            }
        }

        // without a cache, the standardised rows wait for the second pass in temporary files
        var spill = _cache is null ? Directory.CreateTempSubdirectory("registry-etl-ingest-") : null;
        try
        {
            using var writer = new ResolvingWriter(outputs.TablePath, _contracts.Schema, outputs.Options ?? Resolved);
            var committed = new List<(int File, string Standardised)>();
            var steps = 2.0 * files.Count;
            var done = 2 * (files.Count - selected.Count);
            foreach (var (i, contract, exportDate) in LatestExportIndex.Order(selected, s => s.ExportDate, s => files[s.Index].Name))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var (path, name, sha) = files[i];
                used[contract.Id] = contract;
                var file = writer.BeginFile();
                try
                {
                    var spillPath = spill is null ? null : Path.Combine(spill.FullName, $"{i}.parquet");
                    var (quarantine, counts, issues, hit, standardised) =
                        await IngestFileAsync(path, name, sha, contract, spillPath, writer.AddKeys, cancellationToken).ConfigureAwait(false);
                    writer.CommitFile();
                    committed.Add((file, standardised));
                    quarantines[i] = quarantine;
                    outcomes[i] = new SourceIngestFile(name, contract.Id, exportDate, counts.RowsRead, counts.RowsAccepted, counts.RowsQuarantined, hit, issues, null);
                }
                catch (DataFileException e)
                {
                    writer.AbortFile();
                    outcomes[i] = Failed(name, e);
                    done++;
                }

                progress?.Invoke(++done / steps);
            }

            // every file is parsed: the peak of the second pass need not hold the pseudonyms the parser remembered
            _ingester.ForgetPseudonyms();

            // one stream of row groups across the files; with read-ahead the next one is decoded on another thread
            // while the writer encodes the current one. A file whose every row a later one supersedes is not read.
            var batches = committed.Where(c => !writer.Index.IsWhollySuperseded(c.File)).SelectMany(c => TableParquet.ReadBatches(c.Standardised, SecondPassDecoders).Select(b => (c.File, Batch: b)));
            var current = -1;
            foreach (var (file, batch) in SecondPassReadAhead ? ReadAhead.Of(batches, 1) : batches)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (file != current)
                {
                    if (current >= 0)
                    {
                        progress?.Invoke(++done / steps);
                    }

                    writer.StartFile(file);
                    current = file;
                }

                writer.Write(batch);
            }

            // every committed file is written now, those without rows too
            progress?.Invoke(1.0);

            var contractsUsed = used.Values.ToArray();
            var metadata = Metadata(_contracts.Source, contractsUsed).ToArray();
            writer.Complete(metadata);
            var quarantined = TableGather.Concat(QuarantineTable.Schema, [.. quarantines.OfType<Table>()]);
            TableParquet.Write(quarantined, outputs.QuarantinePath, metadata, outputs.Options);
            return new SourceIngestResult(_contracts.Source, null, quarantined, [.. outcomes.Select(o => o!)], writer.Index.Counts, contractsUsed);
        }
        finally
        {
            spill?.Delete(recursive: true);
        }
    }


    /// <summary>
    /// One file: the source keys of its accepted rows to <paramref name="keys"/> (parsed, or read back from the
    /// cache: the key column alone), its quarantine and counts, and the Parquet file that holds its accepted rows
    /// (the cache entry's, or <paramref name="spillPath"/> when there is no cache).
    /// </summary>
    private async Task<(Table Quarantine, IngestCounts Counts, IReadOnlyDictionary<string, long> Issues, bool Hit, string Standardised)> IngestFileAsync(
        string path, string name, string? sha, SourceContract contract, string? spillPath, Action<StringColumn> keys, CancellationToken cancellationToken)
    {
        if (_cache is null)
        {
            var spilled = spillPath ?? throw new InvalidOperationException("Without a cache the rows need a spill file.");
            using var spill = new TableParquetWriter(spilled, _contracts.Schema, _cacheEntry);
            var r = _ingester.Ingest(path, name, chunk =>
            {
                spill.Append(chunk);
                keys(chunk.GetString(StandardisedSchema.SourceKey));
            });
            spill.Complete();
            return (r.Quarantine, new IngestCounts(r.RowsRead, r.RowsAccepted, r.RowsQuarantined), r.IssueCounts, false, spilled);
        }

        sha ??= await Hashing.Sha256File.ComputeAsync(path, cancellationToken).ConfigureAwait(false);
        var key = FileKey(sha, contract);
        var parsed = false;
        var entry = await _cache.GetOrCreateAsync(
            key,
            (dir, _) =>
            {
                // parsed rows go to the cache entry, their keys to the index, in the same pass
                using var standardised = new TableParquetWriter(Path.Combine(dir, StandardisedFile), _contracts.Schema, _cacheEntry);
                parsed = true;
                var r = _ingester.Ingest(path, name, chunk =>
                {
                    standardised.Append(chunk);
                    keys(chunk.GetString(StandardisedSchema.SourceKey));
                });
                standardised.Complete();

                // most exports have no rejected row: no quarantine file then, and the issue counts go in the entry's
                // record (each file is an inode: see IngestCounts.Issues)
                if (r.Quarantine.RowCount > 0)
                {
                    TableParquet.Write(r.Quarantine, Path.Combine(dir, QuarantineFile));
                }

                return Task.FromResult(new IngestCounts(r.RowsRead, r.RowsAccepted, r.RowsQuarantined)
                {
                    Issues = new SortedDictionary<string, long>(r.IssueCounts.ToDictionary(), StringComparer.Ordinal),
                });
            },
            cancellationToken).ConfigureAwait(false);
        if (!parsed)
        {
            foreach (var column in TableParquet.ReadStringColumn(entry.PathOf(StandardisedFile), StandardisedSchema.SourceKey))
            {
                keys(column);
            }
        }

        // the quarantine and counts are read back on a miss too, so a run gives the same outputs whether or not the cache had the file
        var quarantine = entry.Files.Contains(QuarantineFile) ? TableParquet.Read(entry.PathOf(QuarantineFile)) : new TableBuilder(QuarantineTable.Schema, 0).Build();
        var issues = entry.Counts.Issues ?? Core.Throw.InvalidOperation<SortedDictionary<string, long>>(
            $"The ingest cache entry of {name} ({entry.Directory}) has no issue counts in its entry.json; delete that folder and the file is parsed again.");
        return (quarantine, entry.Counts, new SortedDictionary<string, long>(issues, StringComparer.Ordinal), entry.Hit, entry.PathOf(StandardisedFile));
    }

    private static SourceIngestFile Failed(string name, DataFileException e) =>
        new(name, null, null, 0, 0, 0, false, new SortedDictionary<string, long>(), e.Message);

    /// <summary>Key-value metadata of the outputs: what made them, no clock and no paths.</summary>
    public static IEnumerable<KeyValuePair<string, string>> Metadata(SourceIngestResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return Metadata(result.Source, result.ContractsUsed);
    }

    private static IEnumerable<KeyValuePair<string, string>> Metadata(string source, IReadOnlyList<SourceContract> contracts)
    {
        yield return new("registry_etl.source", source);
        yield return new("registry_etl.contracts", string.Join(",", contracts.Select(c => $"{c.Id}:{c.Sha256[..12]}")));
        yield return new("registry_etl.resolution", "latest export wins per source_key; ties in one file: last row");
    }
}

/// <summary>Where <see cref="SourceIngestJob"/> writes a source's resolved table and quarantine (Parquet), and how.</summary>
public sealed record IngestOutputs(string TablePath, string QuarantinePath, ParquetWriterOptions? Options = null);
