using System.Security.Cryptography;
using System.Text.Json;
using Registry.Etl.Core.Data;
using Registry.Etl.Core.Errors;
using Registry.Etl.Ingest.Contracts;
using Registry.Etl.Ingest.Pseudonyms;
using Registry.Etl.Ingest.Resolution;
using Registry.Etl.Ingest.Standardising;
using Registry.Etl.Pipeline.Caching;
using Registry.Etl.Pipeline.Tables;

namespace Registry.Etl.Pipeline.Stages.Ingest;

/// <summary>
/// Ingests the export files of one source: each file through the ingest cache (SHA-256 of its bytes +
/// contract version + a fingerprint of the pseudonym key; a cached file is not parsed again), then
/// resolution by latest export. A file that fails as a whole is reported and skipped; the others complete.
/// Shared by the <c>ingest</c> stage and the <c>registry-etl ingest</c> command.
/// </summary>
public sealed class SourceIngestJob
{
    internal const string StandardisedFile = "standardised.parquet";
    internal const string QuarantineFile = "quarantine.parquet";
    internal const string IssuesFile = "issues.json";

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

    /// <param name="files">(full path, name relative to the source folder, lower-case SHA-256 of the bytes or null to compute it).</param>
    public async Task<SourceIngestResult> RunAsync(IReadOnlyList<(string Path, string Name, string? Sha256)> files, Action<double>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(files);
        var outcomes = new List<SourceIngestFile>(files.Count);
        var accepted = new List<(string File, DateOnly ExportDate, IReadOnlyList<Table> Rows)>();
        var quarantines = new List<Table>();
        var used = new SortedDictionary<string, SourceContract>(StringComparer.Ordinal);
        for (var i = 0; i < files.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (path, name, sha) = files[i];
            try
            {
                var (contract, exportDate, _) = _ingester.Select(name);
                used[contract.Id] = contract;
                var (rows, quarantine, counts, issues, hit) = await IngestFileAsync(path, name, sha, contract, cancellationToken).ConfigureAwait(false);
                accepted.Add((name, exportDate, rows));
                quarantines.Add(quarantine);
                outcomes.Add(new SourceIngestFile(name, contract.Id, exportDate, counts.RowsRead, counts.RowsAccepted, counts.RowsQuarantined, hit, issues, null));
            }
            catch (DataFileException e)
            {
                outcomes.Add(new SourceIngestFile(name, null, null, 0, 0, 0, false, new SortedDictionary<string, long>(), e.Message));
            }

            progress?.Invoke((i + 1) / (double)files.Count);
        }

        var (table, resolution) = ExportResolver.ResolveAndRelease(_contracts.Schema, accepted);
        var quarantined = TableGather.Concat(QuarantineTable.Schema, quarantines);
        return new SourceIngestResult(_contracts.Source, table, quarantined, outcomes, resolution, [.. used.Values]);
    }

    private async Task<(IReadOnlyList<Table> Rows, Table Quarantine, IngestCounts Counts, IReadOnlyDictionary<string, long> Issues, bool Hit)> IngestFileAsync(
        string path, string name, string? sha, SourceContract contract, CancellationToken cancellationToken)
    {
        if (_cache is null)
        {
            var r = _ingester.Ingest(path, name);
            return (r.AcceptedChunks, r.Quarantine, new IngestCounts(r.RowsRead, r.RowsAccepted, r.RowsQuarantined), r.IssueCounts, false);
        }

        sha ??= await Hashing.Sha256File.ComputeAsync(path, cancellationToken).ConfigureAwait(false);
        var key = new IngestCacheKey(sha, contract.Source, $"{contract.Version}-{contract.Sha256[..12]}-{_keyFingerprint}");
        var entry = await _cache.GetOrCreateAsync(
            key,
            (dir, _) =>
            {
                var r = _ingester.Ingest(path, name);
                TableParquet.Write(r.Accepted, Path.Combine(dir, StandardisedFile));
                TableParquet.Write(r.Quarantine, Path.Combine(dir, QuarantineFile));
                File.WriteAllBytes(Path.Combine(dir, IssuesFile), JsonSerializer.SerializeToUtf8Bytes(r.IssueCounts));
                return Task.FromResult(new IngestCounts(r.RowsRead, r.RowsAccepted, r.RowsQuarantined));
            },
            cancellationToken).ConfigureAwait(false);

        // read back on a miss too, so a run gives the same table whether or not the cache had the file
        var rows = TableParquet.Read(entry.PathOf(StandardisedFile));
        var quarantine = TableParquet.Read(entry.PathOf(QuarantineFile));
        var issues = JsonSerializer.Deserialize<SortedDictionary<string, long>>(File.ReadAllBytes(entry.PathOf(IssuesFile)))
            ?? new SortedDictionary<string, long>(StringComparer.Ordinal);
        return ([rows], quarantine, entry.Counts, new SortedDictionary<string, long>(issues, StringComparer.Ordinal), entry.Hit);
    }

    /// <summary>Key-value metadata of the outputs: what made them, no clock and no paths.</summary>
    public static IEnumerable<KeyValuePair<string, string>> Metadata(SourceIngestResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        yield return new("registry_etl.source", result.Source);
        yield return new("registry_etl.contracts", string.Join(",", result.ContractsUsed.Select(c => $"{c.Id}:{c.Sha256[..12]}")));
        yield return new("registry_etl.resolution", "latest export wins per source_key; ties in one file: last row");
    }

}
