using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Registry.Etl.Core;
using Registry.Etl.Ingest.Contracts;
using Registry.Etl.Ingest.Resolution;
using Registry.Etl.Pipeline.Caching;
using Registry.Etl.Pipeline.Hashing;
using Registry.Etl.Pipeline.Tables;

namespace Registry.Etl.Pipeline.Stages.Ingest;

/// <summary>
/// Whole-source reuse for incremental runs: a source whose export files (name and SHA-256, in order), contract
/// versions and pseudonym key are all those of an earlier run resolves to the same bytes, so its resolved
/// table and quarantine are linked from the ingest cache instead of being read back and resolved again (the
/// national LBZ alone is twenty million rows). A changed or new file changes the key: the source is then
/// ingested as usual (unchanged files still come from the per-file cache) and the new result is cached.
/// </summary>
internal static class ResolvedSourceCache
{
    private const string TableFile = "resolved.parquet";
    private const string QuarantineFile = "quarantine.parquet";
    private const string ResultFile = "result.json";

    public static async Task<SourceIngestResult> RunAsync(
        SourceIngestJob job,
        ContractSet contracts,
        byte[] secret,
        IngestCache? cache,
        IReadOnlyList<(string Path, string Name, string? Sha256)> files,
        IngestOutputs outputs,
        Action<double>? progress,
        CancellationToken cancellationToken)
    {
        if (cache is null || files.Any(f => f.Sha256 is null))
        {
            return await job.RunAsync(files, outputs, progress, cancellationToken).ConfigureAwait(false);
        }

        SourceIngestResult? fresh = null;
        var cacheKey = new IngestCacheKey(Fingerprint(contracts, secret, files), contracts.Source, "resolved-v1");
        var entry = await cache.GetOrCreateAsync(
            cacheKey,
            async (dir, token) =>
            {
                fresh = await job.RunAsync(files, new IngestOutputs(Path.Combine(dir, TableFile), Path.Combine(dir, QuarantineFile), outputs.Options), progress, token)
                    .ConfigureAwait(false);

                // hashed once here, so no later run's manifest reads the entry's files again
                var hashes = await Task.WhenAll(Sha256File.ComputeAsync(Path.Combine(dir, TableFile), token), Sha256File.ComputeAsync(Path.Combine(dir, QuarantineFile), token))
                    .ConfigureAwait(false);
                fresh = fresh with { FileSha256 = (hashes[0], hashes[1]) };
                await File.WriteAllBytesAsync(Path.Combine(dir, ResultFile), JsonSerializer.SerializeToUtf8Bytes(Saved.Of(fresh)), token).ConfigureAwait(false);
                return new Caching.IngestCounts(fresh.Files.Sum(f => f.RowsRead), fresh.Files.Sum(f => f.RowsAccepted), fresh.Files.Sum(f => f.RowsQuarantined));
            },
            cancellationToken).ConfigureAwait(false);

        FileLinks.LinkOrCopy(entry.PathOf(TableFile), outputs.TablePath);
        FileLinks.LinkOrCopy(entry.PathOf(QuarantineFile), outputs.QuarantinePath);
        var key = cacheKey.FolderName; // the entry's identity, the build included
        if (fresh is not null)
        {
            return fresh with { ResolvedKey = key };
        }

        progress?.Invoke(1);
        var saved = JsonSerializer.Deserialize<Saved>(await File.ReadAllBytesAsync(entry.PathOf(ResultFile), cancellationToken).ConfigureAwait(false))
            ?? Throw.InvalidOperation<Saved>($"The cached result of source {contracts.Source} is empty.");
        KeepFileEntries(job, cache, contracts, files, saved);
        return saved.ToResult(contracts, TableParquet.Read(outputs.QuarantinePath)) with { ResolvedKey = key };
    }

    /// <summary>
    /// Marks the per-file entries the source was resolved from as used by this run. The run reads none of them, but
    /// when one export of the source changes the next run parses only that file and takes the others from them; a
    /// source that goes unchanged for more than keep_runs runs (the LBZ between monthly deliveries) would otherwise
    /// lose them to eviction and be parsed whole again.
    /// </summary>
    private static void KeepFileEntries(
        SourceIngestJob job, IngestCache cache, ContractSet contracts, IReadOnlyList<(string Path, string Name, string? Sha256)> files, Saved saved)
    {
        var shaOf = files.ToDictionary(f => f.Name, f => f.Sha256, StringComparer.Ordinal);
        foreach (var file in saved.Files)
        {
            if (file.Error is null
                && file.ContractId is { } id
                && shaOf.GetValueOrDefault(file.Name) is { } sha
                && contracts.Versions.FirstOrDefault(v => v.Id == id) is { } contract)
            {
                cache.TryGet(job.FileKey(sha, contract), out _); // a hit marks the entry used; a missing one stays missing
            }
        }
    }

    /// <summary>SHA-256 (hex) of what the resolved bytes depend on; the key's own fingerprint reveals nothing of it.</summary>
    private static string Fingerprint(ContractSet contracts, byte[] secret, IReadOnlyList<(string Path, string Name, string? Sha256)> files)
    {
        var text = new StringBuilder();
        text.Append(contracts.Source).Append('\n');
        foreach (var c in contracts.Versions)
        {
            text.Append(c.Id).Append(' ').Append(c.Sha256).Append('\n');
        }

        text.Append(Convert.ToHexStringLower(HMACSHA256.HashData(secret, "registry-etl/resolved-source-cache"u8))).Append('\n');
        foreach (var f in files)
        {
            text.Append(f.Name).Append('\t').Append(f.Sha256).Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    /// <summary>What a cached result keeps besides its two files (the quarantine table is read back from its file).</summary>
    private sealed record Saved(
        string Source, IReadOnlyList<SourceIngestFile> Files, ResolutionCounts Resolution, IReadOnlyList<string> Contracts, string? TableSha256 = null, string? QuarantineSha256 = null)
    {
        public static Saved Of(SourceIngestResult r) =>
            new(r.Source, r.Files, r.Resolution, [.. r.ContractsUsed.Select(c => c.Id)], r.FileSha256?.Table, r.FileSha256?.Quarantine);

        public SourceIngestResult ToResult(ContractSet contracts, Core.Data.Table quarantine) => new(
            Source,
            null,
            quarantine,
            [.. Files.Select(f => f.Error is null ? f with { FromCache = true } : f)],
            Resolution,
            [.. Contracts.Select(id => contracts.Versions.First(v => v.Id == id))])
        {
            FileSha256 = TableSha256 is { Length: 64 } t && QuarantineSha256 is { Length: 64 } q ? (t, q) : null, // entries made before hashes were kept: null
        };
    }
}
