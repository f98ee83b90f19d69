namespace Registry.Etl.Linkage.Results;

/// <summary>Which stage produced a pair.</summary>
public enum PairStage : byte
{
    /// <summary>Scored by the Fellegi-Sunter model.</summary>
    Probabilistic = 0,

    /// <summary>Linked by a deterministic rule (probability 1).</summary>
    Deterministic = 1,
}
