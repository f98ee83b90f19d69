using System.Globalization;
using Registry.Etl.Pipeline.Definition;
using Registry.Etl.Pipeline.Stages;

namespace Registry.Etl.Pipeline.TestHost.Stages;

/// <summary>
/// Writes <c>files</c> files of <c>kb</c> KiB of pseudo-random bytes seeded by the as-of date, pausing
/// <c>delay_ms</c> between files: a stage long enough, with enough half-written files, for kill tests.
/// </summary>
internal sealed class BulkStage(StageDeclaration declaration) : IPipelineStage
{
    public string Name => declaration.Name;

    public IReadOnlyList<string> Inputs => [];

    public async Task<StageResult> RunAsync(StageContext context, CancellationToken cancellationToken)
    {
        var files = int.Parse(declaration.Option("files") ?? "10", CultureInfo.InvariantCulture);
        var kb = int.Parse(declaration.Option("kb") ?? "64", CultureInfo.InvariantCulture);
        var delay = int.Parse(declaration.Option("delay_ms") ?? "0", CultureInfo.InvariantCulture);
        var random = new Random(context.AsOf.DayNumber);
        var buffer = new byte[1024];
        var outputs = new List<StageOutput>();
        for (var f = 0; f < files; f++)
        {
            var relative = string.Create(CultureInfo.InvariantCulture, $"bulk/part-{f:D5}.bin");
            var stream = new FileStream(context.OutputPath(relative), FileMode.CreateNew, FileAccess.Write);
            await using (stream.ConfigureAwait(false))
            {
                for (var k = 0; k < kb; k++)
                {
                    random.NextBytes(buffer);
                    await stream.WriteAsync(buffer, cancellationToken).ConfigureAwait(false);
                    if (delay > 0 && k == kb / 2)
                    {
                        // the file is half written while we wait: a kill now leaves a partial file in staging
                        await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
                        await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
                    }
                }
            }

            outputs.Add(new StageOutput(relative, null));
            context.ReportProgress((f + 1) / (double)files);
        }

        return new StageResult { Outputs = outputs };
    }
}
