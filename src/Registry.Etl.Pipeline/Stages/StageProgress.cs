namespace Registry.Etl.Pipeline.Stages;

/// <summary>How far a stage is: a fraction from 0 to 1 and an optional short line of text.</summary>
public readonly record struct StageProgress(double Fraction, string? Message);
