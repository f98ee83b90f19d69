using System.Globalization;
using Registry.Etl.Pipeline.Definition;
using Registry.Etl.Pipeline.Stages;

namespace Registry.Etl.Pipeline.TestHost.Stages;

/// <summary>Waits <c>ms</c> milliseconds (cancellable) and writes one marker file: a run that takes a while.</summary>
internal sealed class SleepStage(StageDeclaration declaration) : IPipelineStage
{
    public string Name => declaration.Name;

    public IReadOnlyList<string> Inputs => [];

    public async Task<StageResult> RunAsync(StageContext context, CancellationToken cancellationToken)
    {
        await Task.Delay(int.Parse(declaration.Option("ms") ?? "1000", CultureInfo.InvariantCulture), cancellationToken).ConfigureAwait(false);
        const string relative = "sleep/done.txt";
        await File.WriteAllTextAsync(context.OutputPath(relative), $"{context.AsOf:yyyy-MM-dd}\n", cancellationToken).ConfigureAwait(false);
        return new StageResult { Outputs = [new StageOutput(relative, 1)] };
    }
}
