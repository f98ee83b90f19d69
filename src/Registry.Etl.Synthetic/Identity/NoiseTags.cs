namespace Registry.Etl.Synthetic.Identity;

/// <summary>What was done to a record's fields; written to the truth so linkage errors can be explained.</summary>
[Flags]
internal enum NoiseTags
{
    None = 0,
    BsnMissing = 1 << 0,
    BsnTypo = 1 << 1,
    BsnOtherPerson = 1 << 2,
    NoBsn = 1 << 3,
    DobTypo = 1 << 4,
    DobSwap = 1 << 5,
    SexMismatch = 1 << 6,
    PostcodeTypo = 1 << 7,
    PostcodeMissing = 1 << 8,
    PostcodeStale = 1 << 9,
    PostcodeMoved = 1 << 10,
    PseudonymMissing = 1 << 11,
    PseudonymOther = 1 << 12,
    FlawIdentity = 1 << 13,
    FlawOutcome = 1 << 14,
    FlawMissing = 1 << 15,
    ItemMissing = 1 << 16,
    Implausible = 1 << 17,
    DateShift = 1 << 18,
}
