using Registry.Etl.Pipeline.Hashing;
using Registry.Etl.Pipeline.Manifest;
using Registry.Etl.Pipeline.Stages;

namespace Registry.Etl.Pipeline.Running;

public sealed partial class PipelineRunner
{
    private async Task WriteManifestAsync(RunState run, string data, IReadOnlyList<DataProblem> problems, CancellationToken cancellationToken)
    {
        run.Outputs = await CollectOutputsAsync(run, data, cancellationToken).ConfigureAwait(false);
        var manifest = new RunManifest
        {
            RunId = run.RunId!,
            Pipeline = run.Request.Pipeline.Name,
            AsOf = run.AsOfText,
            CodeVersion = CodeVersion,
            Status = run.Status.ToName(),
            Stages = run.Results
                .Select(r => new ManifestStage(r.Name, new SortedDictionary<string, long>(r.Result.Metrics.Where(m => !m.Operational).ToDictionary(m => m.Name, m => m.Value), StringComparer.Ordinal)))
                .ToArray(),
            Specs = MergeSpecs(run).Select(s => new ManifestSpec(s.Kind, s.Id, s.Version, s.Sha256)).ToArray(),
            Inputs = run.Inputs.Select(i => ToManifestInput(run, i)).ToArray(),
            Outputs = run.Outputs,
            Problems = problems.Select(p => new ManifestProblem(p.Source, p.File, p.Code, p.Message)).ToArray(),
        };
        var bytes = ManifestJson.Serialize(manifest);
        await File.WriteAllBytesAsync(Path.Combine(run.Staging!, "manifest.json"), bytes, cancellationToken).ConfigureAwait(false);
        run.Manifest = manifest;
        run.ManifestSha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));

        var operational = run.Results.SelectMany(r => r.Result.Metrics.Where(m => m.Operational).Select(m => new OperationalMetric(r.Name, m.Name, m.Value))).ToArray();
        var timings = new RunTimings(run.CatalogKey, run.Request.Node, run.Request.Attempt, run.StartedUtc, _time.GetUtcNow(), run.Timings, operational, FromCache(run));
        await File.WriteAllBytesAsync(Path.Combine(run.Staging!, manifest.TimingsFile), ManifestJson.Serialize(timings), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Every file under data/, hashed, matched to the stage that declared it; undeclared or missing files are a stage bug.</summary>
    private static async Task<IReadOnlyList<ManifestOutput>> CollectOutputsAsync(RunState run, string data, CancellationToken cancellationToken)
    {
        var declared = new Dictionary<string, (string Stage, long? Rows, string? Sha256)>(StringComparer.Ordinal);
        foreach (var (name, result) in run.Results)
        {
            foreach (var output in result.Outputs)
            {
                var path = output.RelativePath.Replace('\\', '/');
                if (!declared.TryAdd(path, (name, output.Rows, output.Sha256)))
                {
                    Core.Throw.InvalidOperation($"Output '{path}' is declared by both '{declared[path].Stage}' and '{name}'.");
                }
            }
        }

        var files = Directory.EnumerateFiles(data, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(data, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToArray();
        var owners = new (string Stage, long? Rows, string? Sha256)[files.Length];
        for (var i = 0; i < files.Length; i++)
        {
            if (!declared.Remove(files[i], out owners[i]))
            {
                Core.Throw.InvalidOperation($"A stage wrote 'data/{files[i]}' without declaring it in its StageResult.Outputs.");
            }
        }

        // hashed on every core, listed in path order (the national outputs are ~3 GB, one ingest file most of it)
        var outputs = new ManifestOutput[files.Length];
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, Environment.ProcessorCount), CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(
            Enumerable.Range(0, files.Length).OrderByDescending(i => new FileInfo(Path.Combine(data, files[i])).Length), // largest first
            options,
            async (i, ct) =>
            {
                var full = Path.Combine(data, files[i]);
                var sha = owners[i].Sha256 ?? await Sha256File.ComputeAsync(full, ct).ConfigureAwait(false); // known: linked from a cache entry
                outputs[i] = new ManifestOutput($"data/{files[i]}", sha, new FileInfo(full).Length, owners[i].Rows, owners[i].Stage);
            }).ConfigureAwait(false);

        if (declared.Count > 0)
        {
            var (path, owner) = declared.First();
            Core.Throw.InvalidOperation($"Stage '{owner.Stage}' declared output '{path}' but did not write it.");
        }

        return outputs;
    }

    private static ManifestInput ToManifestInput(RunState run, InputFile input) =>
        run.InputResults.TryGetValue($"{input.Source}/{input.RelativePath}", out var r)
            ? new ManifestInput(input.Source, input.RelativePath, input.Sha256, input.Bytes, r.RowsRead, r.RowsAccepted, r.RowsQuarantined, r.Error)
            : new ManifestInput(input.Source, input.RelativePath, input.Sha256, input.Bytes, null, null, null, null);

    /// <summary>Specs the runner found, with what stages reported replacing them (stages know spec hashes).</summary>
    private static IReadOnlyList<SpecUse> MergeSpecs(RunState run)
    {
        var merged = new Dictionary<(string, string, string), SpecUse>();
        var order = new List<(string, string, string)>();
        foreach (var spec in run.Specs.Concat(run.Results.SelectMany(r => r.Result.Specs)))
        {
            var key = (spec.Kind, spec.Id, spec.Version);
            if (!merged.ContainsKey(key))
            {
                order.Add(key);
            }

            if (!merged.TryGetValue(key, out var known) || known.Sha256 is null)
            {
                merged[key] = spec;
            }
        }

        return order.Select(k => merged[k]).ToArray();
    }

    private static IReadOnlyList<string> FromCache(RunState run) =>
        run.InputResults.Values.Where(r => r.FromCache).Select(r => $"{r.File.Source}/{r.File.RelativePath}").Order(StringComparer.Ordinal).ToArray();
}
