using Registry.Etl.Pipeline.Definition;
using Registry.Etl.Pipeline.Hashing;
using Registry.Etl.Pipeline.Stages;

namespace Registry.Etl.Pipeline.Running;

/// <summary>Finds and hashes every export file of every source, before any stage runs (<see cref="InputHashCache"/>: only files written since the last run are read).</summary>
internal static class InputFingerprinter
{
    public static Task<IReadOnlyList<InputFile>> FingerprintAsync(PipelineDefinition pipeline, Action<double> progress, CancellationToken cancellationToken) =>
        FingerprintAsync(pipeline, progress, Sha256File.ComputeAsync, cancellationToken);

    /// <param name="hash">How a file is hashed: SHA-256 of its bytes (tests count the calls).</param>
    internal static async Task<IReadOnlyList<InputFile>> FingerprintAsync(PipelineDefinition pipeline, Action<double> progress, Func<string, CancellationToken, Task<string>> hash, CancellationToken cancellationToken)
    {
        var found = new List<(SourceDefinition Source, string Full, string Relative)>();
        foreach (var source in pipeline.Sources)
        {
            foreach (var file in Find(source))
            {
                found.Add((source, file, Path.GetRelativePath(source.ExportDirectory, file).Replace('\\', '/')));
            }
        }

        // files not written since the last run keep their recorded hash; the others are hashed on every core
        // (a national set is ~3 GB); the list keeps the order in which they were found
        var cache = InputHashCache.Load(pipeline.StateDirectory);
        var result = new InputFile[found.Count];
        var identities = new string?[found.Count];
        var done = 0;
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, Environment.ProcessorCount), CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(0, found.Count), options, async (i, ct) =>
        {
            var (source, full, relative) = found[i];
            identities[i] = FileIdentity.Of(full);
            var sha = cache.TryGet(full, identities[i]) ?? await hash(full, ct).ConfigureAwait(false);
            result[i] = new InputFile(source.Id, relative, full, sha, new FileInfo(full).Length);
            progress(Interlocked.Increment(ref done) / (double)found.Count);
        }).ConfigureAwait(false);

        // an identity taken after hashing could belong to a write made while hashing: such a file is hashed next run
        cache.Save(Enumerable.Range(0, found.Count).Select(i => (found[i].Full, FileIdentity.Of(found[i].Full) == identities[i] ? identities[i] : null, result[i].Sha256)));
        return result;
    }

    /// <summary>
    /// The files a source's pattern matches, in ordinal order of their relative path. Patterns are a file
    /// name glob (<c>*.csv</c>, this folder only) or <c>**/</c> plus one (every folder below).
    /// </summary>
    internal static IEnumerable<string> Find(SourceDefinition source)
    {
        if (!Directory.Exists(source.ExportDirectory))
        {
            return [];
        }

        var recursive = source.Pattern.StartsWith("**/", StringComparison.Ordinal);
        var namePattern = recursive ? source.Pattern[3..] : source.Pattern;
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = recursive,
            MatchCasing = MatchCasing.CaseSensitive,
            MatchType = MatchType.Simple,
            AttributesToSkip = FileAttributes.Hidden,
        };
        return Directory.EnumerateFiles(source.ExportDirectory, namePattern, options)
            .OrderBy(f => Path.GetRelativePath(source.ExportDirectory, f).Replace('\\', '/'), StringComparer.Ordinal);
    }
}
