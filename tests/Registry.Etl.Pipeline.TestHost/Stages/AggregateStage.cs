using System.Globalization;
using System.Text;
using Registry.Etl.Pipeline.Definition;
using Registry.Etl.Pipeline.Stages;

namespace Registry.Etl.Pipeline.TestHost.Stages;

/// <summary>
/// A small "indicator": per hospital the number of rows, the sum and the mean of the standardised values,
/// flagged when the mean exceeds the <c>threshold</c> option. Reads the standardise stage's outputs.
/// </summary>
internal sealed class AggregateStage(StageDeclaration declaration) : IPipelineStage
{
    public string Name => declaration.Name;

    public IReadOnlyList<string> Inputs => ["standardise"];

    public async Task<StageResult> RunAsync(StageContext context, CancellationToken cancellationToken)
    {
        var threshold = double.Parse(declaration.Option("threshold") ?? "50", CultureInfo.InvariantCulture);
        var totals = new SortedDictionary<string, (long Rows, long Sum)>(StringComparer.Ordinal);
        foreach (var output in context.EarlierResults["standardise"].Outputs.Where(o => o.RelativePath.StartsWith("standardised/", StringComparison.Ordinal)))
        {
            var lines = await File.ReadAllLinesAsync(Path.Combine(context.DataDirectory, output.RelativePath), cancellationToken).ConfigureAwait(false);
            foreach (var line in lines.Skip(1))
            {
                var parts = line.Split(',');
                totals.TryGetValue(parts[0], out var t);
                totals[parts[0]] = (t.Rows + 1, t.Sum + long.Parse(parts[1], CultureInfo.InvariantCulture));
            }
        }

        var text = new StringBuilder("as_of,hospital,rows,total,mean,flagged\n");
        var flagged = 0;
        foreach (var (hospital, (rows, sum)) in totals)
        {
            var mean = (double)sum / rows;
            var flag = mean > threshold;
            flagged += flag ? 1 : 0;
            text.Append(CultureInfo.InvariantCulture, $"{context.AsOf:yyyy-MM-dd},{hospital},{rows},{sum},{mean:R},{(flag ? 1 : 0)}\n");
        }

        const string relative = "indicators/hospital_totals.csv";
        await File.WriteAllTextAsync(context.OutputPath(relative), text.ToString(), cancellationToken).ConfigureAwait(false);
        return new StageResult
        {
            Outputs = [new StageOutput(relative, totals.Count)],
            Metrics = [new StageMetric(StageMetricNames.IndicatorsComputed, totals.Count), new StageMetric(StageMetricNames.HospitalsFlagged, flagged)],
            Specs = context.Pipeline.Indicators.Select(p => new SpecUse("indicator", p.Id, p.Version, Hashing.Sha256File.OfText(p.ToString()))).ToArray(),
        };
    }
}
