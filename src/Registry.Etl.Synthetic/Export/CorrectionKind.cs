namespace Registry.Etl.Synthetic.Export;

/// <summary>What the first submission of a later corrected record got wrong.</summary>
internal enum CorrectionKind : byte
{
    None,

    /// <summary>An identity error (BSN or date-of-birth typo, sex) fixed later.</summary>
    Identity,

    /// <summary>Complications not yet (fully) registered: the later version adds them.</summary>
    Outcome,

    /// <summary>Items left empty at first (ASA, Charlson, height, weight, MDO date).</summary>
    Missing,
}
