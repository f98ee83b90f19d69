using System.Globalization;
using Registry.Etl.Core.Errors;
using Registry.Etl.Pipeline.Caching;
using Registry.Etl.Pipeline.Definition;
using Registry.Etl.Pipeline.Stages;

namespace Registry.Etl.Pipeline.TestHost.Stages;

/// <summary>
/// A small ingest: export files of lines <c>hospital;value</c> under a header <c>hospital;value</c>. A row
/// with an 8-digit hospital and an integer value is accepted, any other row is quarantined with its line
/// and a reason; a file with another header fails with file and line. The standardised form of each
/// file goes through the ingest cache exactly as the real ingest stage will use it.
/// </summary>
internal sealed class StandardiseStage(StageDeclaration declaration) : IPipelineStage
{
    public string Name => declaration.Name;

    public IReadOnlyList<string> Inputs => [];

    public async Task<StageResult> RunAsync(StageContext context, CancellationToken cancellationToken)
    {
        var contractVersion = declaration.Option("contract_version") ?? "1";
        var results = new List<InputFileResult>();
        var outputs = new List<StageOutput>();
        long parsed = 0, cached = 0;
        for (var i = 0; i < context.InputFiles.Count; i++)
        {
            var input = context.InputFiles[i];
            IngestCacheEntry entry;
            try
            {
                entry = await context.IngestCache.GetOrCreateAsync(
                    new IngestCacheKey(input.Sha256, "test-" + input.Source, contractVersion),
                    (dir, ct) => ParseAsync(input, dir, ct),
                    cancellationToken).ConfigureAwait(false);
            }
            catch (DataFileException e)
            {
                results.Add(new InputFileResult(input, 0, 0, 0, FromCache: false, e.Message));
                continue;
            }

            _ = entry.Hit ? cached++ : parsed++;
            foreach (var (file, folder) in new[] { ("rows.csv", "standardised"), ("quarantine.csv", "quarantine") })
            {
                var relative = $"{folder}/{input.Source}/{Path.ChangeExtension(input.RelativePath, ".csv")}";
                File.Copy(entry.PathOf(file), context.OutputPath(relative));
                outputs.Add(new StageOutput(relative, file == "rows.csv" ? entry.Counts.RowsAccepted : entry.Counts.RowsQuarantined));
            }

            results.Add(new InputFileResult(input, entry.Counts.RowsRead, entry.Counts.RowsAccepted, entry.Counts.RowsQuarantined, entry.Hit));
            context.ReportProgress((i + 1) / (double)context.InputFiles.Count, input.RelativePath);
        }

        return new StageResult
        {
            Inputs = results,
            Outputs = outputs,
            Metrics = [new StageMetric(StageMetricNames.FilesParsed, parsed, Operational: true), new StageMetric(StageMetricNames.FilesFromCache, cached, Operational: true)],
            Specs = context.Pipeline.Sources.Select(s => new SpecUse("contract", "test-" + s.Id, contractVersion, null)).ToArray(),
        };
    }

    private static async Task<IngestCounts> ParseAsync(InputFile input, string directory, CancellationToken cancellationToken)
    {
        var lines = await File.ReadAllLinesAsync(input.FullPath, cancellationToken).ConfigureAwait(false);
        if (lines.Length == 0 || lines[0] != "hospital;value")
        {
            Core.Throw.DataFile("expected the header 'hospital;value'", new SourceLocation($"{input.Source}/{input.RelativePath}", 1));
        }

        var rows = new List<string> { "hospital,value" };
        var quarantine = new List<string> { "line,reason" };
        for (var n = 1; n < lines.Length; n++)
        {
            var parts = lines[n].Split(';');
            var reason = parts.Length != 2 ? "field-count"
                : parts[0].Length != 8 || !parts[0].All(char.IsAsciiDigit) ? "hospital-invalid"
                : !int.TryParse(parts[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out _) ? "value-not-integer"
                : null;
            if (reason is null)
            {
                rows.Add($"{parts[0]},{parts[1]}");
            }
            else
            {
                quarantine.Add(string.Create(CultureInfo.InvariantCulture, $"{n + 1},{reason}"));
            }
        }

        await File.WriteAllTextAsync(Path.Combine(directory, "rows.csv"), string.Join('\n', rows) + "\n", cancellationToken).ConfigureAwait(false);
        await File.WriteAllTextAsync(Path.Combine(directory, "quarantine.csv"), string.Join('\n', quarantine) + "\n", cancellationToken).ConfigureAwait(false);
        return new IngestCounts(lines.Length - 1, rows.Count - 1, quarantine.Count - 1);
    }
}
