using System.Security.Cryptography;
using System.Text.Json;
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
/// Ingests the export files of one source, streaming, in two passes. Pass 1: each file (in resolution
/// order: export date, then name) is standardised into a per-file Parquet spool as its rows are read: the
/// ingest cache entry (SHA-256 of its bytes + contract version + a fingerprint of the pseudonym key; a cached
/// file is not parsed again) or, without a cache, a temporary file; only the source keys are indexed
/// (<see cref="LatestExportIndex"/>). Pass 2: the spools are read back row group by row group and only the
/// winning rows (latest export wins) are written to the resolved Parquet file. Memory is bounded by a few
/// row groups and the key index, whatever the size of the exports. A file that fails as a whole is
/// reported and skipped; the others complete. Shared by the <c>ingest</c> stage and the <c>registry-etl
/// ingest</c> command.
/// </summary>
public sealed class SourceIngestJob
{
    internal const string StandardisedFile = "standardised.parquet";
    internal const string QuarantineFile = "quarantine.parquet";
    internal const string IssuesFile = "issues.json";

    /// <summary>
    /// Spools are read back a row group at a time in pass 2: small row groups bound that pass's memory (a row
    /// group of the default size can hold a million rows, whose strings would all be resident at once).
    /// </summary>
    private static readonly ParquetWriterOptions CacheSpool = new() { MaxRowGroupRows = FileIngester.ChunkRows };

    /// <summary>A temporary spool lives for one run: not compressed (it is read back once, soon).</summary>
    private static readonly ParquetWriterOptions TemporarySpool = CacheSpool with { Compression = Parquet.ParquetCompression.Uncompressed };

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

        // pseudonyms in a cache entry depend on the secret: a new secret must not reuse them (the fingerprint reveals nothing of it)
        _keyFingerprint = Convert.ToHexStringLower(HMACSHA256.HashData(secret, "registry-etl/ingest-cache"u8))[..8];
    }

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

        // without a cache the spools are temporary files beside the output (same disk), removed at the end
        var spoolDir = outputs.TablePath + ".spool";
        var index = new LatestExportIndex();
        var spools = new List<string>();
        try
        {
            var done = files.Count - selected.Count;
            foreach (var (i, contract, exportDate) in LatestExportIndex.Order(selected, s => s.ExportDate, s => files[s.Index].Name))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var (path, name, sha) = files[i];
                used[contract.Id] = contract;
                try
                {
                    var spool = _cache is null ? Path.Combine(spoolDir, $"{spools.Count}.parquet") : null;
                    var (standardised, keys, quarantine, counts, issues, hit) = await IngestFileAsync(path, name, sha, contract, spool, cancellationToken).ConfigureAwait(false);
                    index.AddFile(keys ?? TableParquet.ReadStringColumn(standardised, StandardisedSchema.SourceKey));
                    spools.Add(standardised);
                    quarantines[i] = quarantine;
                    outcomes[i] = new SourceIngestFile(name, contract.Id, exportDate, counts.RowsRead, counts.RowsAccepted, counts.RowsQuarantined, hit, issues, null);
                }
                catch (DataFileException e)
                {
                    outcomes[i] = Failed(name, e);
                }

                progress?.Invoke(++done / (double)files.Count);
            }

            var contracts = used.Values.ToArray();
            var metadata = Metadata(_contracts.Source, contracts).ToArray();
            WriteResolved(outputs, spools, index.Winners(), metadata, cancellationToken);
            var quarantined = TableGather.Concat(QuarantineTable.Schema, [.. quarantines.OfType<Table>()]);
            TableParquet.Write(quarantined, outputs.QuarantinePath, metadata, outputs.Options);
            return new SourceIngestResult(_contracts.Source, null, quarantined, [.. outcomes.Select(o => o!)], index.Counts, contracts);
        }
        finally
        {
            if (Directory.Exists(spoolDir))
            {
                Directory.Delete(spoolDir, recursive: true);
            }
        }
    }

    /// <summary>Pass 2: the winning rows of every spool, files in resolution order, rows in line order.</summary>
    private void WriteResolved(IngestOutputs outputs, List<string> spools, bool[][] winners, KeyValuePair<string, string>[] metadata, CancellationToken cancellationToken)
    {
        using var writer = new TableParquetWriter(outputs.TablePath, _contracts.Schema, outputs.Options);
        var rows = new List<(int Table, int Row)>();
        for (var f = 0; f < spools.Count; f++)
        {
            var wins = winners[f];
            var at = 0;
            foreach (var group in TableParquet.ReadRowGroups(spools[f]))
            {
                cancellationToken.ThrowIfCancellationRequested();
                rows.Clear();
                for (var r = 0; r < group.RowCount; r++)
                {
                    if (wins[at + r])
                    {
                        rows.Add((0, r));
                    }
                }

                at += group.RowCount;
                writer.Append(rows.Count == group.RowCount ? group : TableGather.Gather(_contracts.Schema, [group], rows));
            }
        }

        writer.Complete(metadata);
    }

    private async Task<(string Standardised, List<StringColumn>? Keys, Table Quarantine, IngestCounts Counts, IReadOnlyDictionary<string, long> Issues, bool Hit)> IngestFileAsync(
        string path, string name, string? sha, SourceContract contract, string? spool, CancellationToken cancellationToken)
    {
        if (_cache is null)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(spool)!);
            var (r, keys) = IngestToFile(path, name, spool!, TemporarySpool);
            return (spool!, keys, r.Quarantine, new IngestCounts(r.RowsRead, r.RowsAccepted, r.RowsQuarantined), r.IssueCounts, false);
        }

        sha ??= await Hashing.Sha256File.ComputeAsync(path, cancellationToken).ConfigureAwait(false);
        var key = new IngestCacheKey(sha, contract.Source, $"{contract.Version}-{contract.Sha256[..12]}-{_keyFingerprint}");
        List<StringColumn>? fresh = null;
        var entry = await _cache.GetOrCreateAsync(
            key,
            (dir, _) =>
            {
                var (r, keys) = IngestToFile(path, name, Path.Combine(dir, StandardisedFile), CacheSpool);
                fresh = keys;
                TableParquet.Write(r.Quarantine, Path.Combine(dir, QuarantineFile));
                File.WriteAllBytes(Path.Combine(dir, IssuesFile), JsonSerializer.SerializeToUtf8Bytes(r.IssueCounts));
                return Task.FromResult(new IngestCounts(r.RowsRead, r.RowsAccepted, r.RowsQuarantined));
            },
            cancellationToken).ConfigureAwait(false);

        // the quarantine and counts are read back on a miss too, so a run gives the same outputs whether or not the cache had the file
        var quarantine = TableParquet.Read(entry.PathOf(QuarantineFile));
        var issues = JsonSerializer.Deserialize<SortedDictionary<string, long>>(File.ReadAllBytes(entry.PathOf(IssuesFile)))
            ?? new SortedDictionary<string, long>(StringComparer.Ordinal);
        return (entry.PathOf(StandardisedFile), entry.Hit ? null : fresh, quarantine, entry.Counts, new SortedDictionary<string, long>(issues, StringComparer.Ordinal), entry.Hit);
    }

    /// <summary>Pass 1 for one file: its accepted rows streamed to <paramref name="spool"/>, their source keys kept.</summary>
    private (FileIngestResult Result, List<StringColumn> Keys) IngestToFile(string path, string name, string spool, ParquetWriterOptions options)
    {
        var keys = new List<StringColumn>();
        using var writer = new TableParquetWriter(spool, _contracts.Schema, options);
        var result = _ingester.Ingest(path, name, chunk =>
        {
            writer.Append(chunk);
            keys.Add(chunk.GetString(StandardisedSchema.SourceKey));
        });
        writer.Complete();
        return (result, keys);
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
