namespace Registry.Etl.Synthetic.Lbz;

/// <summary>Why an admission exists (truth column `kind`).</summary>
internal enum LbzKind : byte
{
    /// <summary>Index admission of a DCRA resection (registered in DCRA or not).</summary>
    IndexDcra,

    /// <summary>Index admission of a DHBA procedure.</summary>
    IndexDhba,

    /// <summary>Readmission within 30 days after an index admission.</summary>
    Readmission,

    /// <summary>Transfer to another hospital straight after an index admission.</summary>
    Transfer,

    /// <summary>Admission of a colorectal or liver patient for an unrelated reason.</summary>
    Unrelated,

    /// <summary>Treatment or diagnostic admission of a cancer patient (other sites, unresected colorectal).</summary>
    Cancer,

    /// <summary>Admission ending in death of a cancer patient.</summary>
    Death,

    /// <summary>Admission of the unrelated hospital population.</summary>
    Background,

    /// <summary>Readmission in the unrelated hospital population.</summary>
    BackgroundReadmission,

    /// <summary>Admission ending in death in the unrelated hospital population.</summary>
    BackgroundDeath,
}
