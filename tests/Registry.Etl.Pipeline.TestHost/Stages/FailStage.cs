using System.Globalization;
using Registry.Etl.Core.Errors;
using Registry.Etl.Pipeline.Definition;
using Registry.Etl.Pipeline.Stages;

namespace Registry.Etl.Pipeline.TestHost.Stages;

/// <summary>
/// Fails on purpose: <c>mode: permanent</c> throws a bug-like error every time; <c>mode: transient</c>
/// throws a transient error the first <c>times</c> attempts (counted in a file in the state folder),
/// then succeeds. After writing a partial output first, so a failure has something to discard.
/// </summary>
internal sealed class FailStage(StageDeclaration declaration) : IPipelineStage
{
    public string Name => declaration.Name;

    public IReadOnlyList<string> Inputs => [];

    public async Task<StageResult> RunAsync(StageContext context, CancellationToken cancellationToken)
    {
        const string relative = "fail/partial.txt";
        await File.WriteAllTextAsync(context.OutputPath(relative), "partial\n", cancellationToken).ConfigureAwait(false);
        if (declaration.Option("mode") == "permanent")
        {
            throw new InvalidOperationException("The fail stage fails (permanent).");
        }

        var counter = Path.Combine(context.Pipeline.StateDirectory, "fail-stage-attempts.txt");
        var attempts = File.Exists(counter) ? int.Parse(await File.ReadAllTextAsync(counter, cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture) : 0;
        await File.WriteAllTextAsync(counter, (attempts + 1).ToString(CultureInfo.InvariantCulture), cancellationToken).ConfigureAwait(false);
        if (attempts < int.Parse(declaration.Option("times") ?? "1", CultureInfo.InvariantCulture))
        {
            throw new TransientTestException($"Transient failure {attempts + 1}.");
        }

        return new StageResult { Outputs = [new StageOutput(relative, 1)] };
    }

    private sealed class TransientTestException(string message) : RegistryEtlException(message)
    {
        public override bool IsTransient => true;
    }
}
