namespace Registry.Etl.Pipeline.Linkage;

/// <summary>Inputs of one `registry-etl link` run.</summary>
/// <param name="Parameters">Saved-parameter file: reused when it exists (unless Retrain), written after training otherwise.</param>
public sealed record LinkJobOptions(
    string Model,
    string Left,
    string? Right,
    string Output,
    LinkCsvOptions Csv,
    string? Parameters = null,
    bool Retrain = false,
    int MaxDegreeOfParallelism = 0);
