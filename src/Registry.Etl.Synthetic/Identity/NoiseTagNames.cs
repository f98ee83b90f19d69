namespace Registry.Etl.Synthetic.Identity;

/// <summary>Stable snake_case names of <see cref="NoiseTags"/> for the truth files (`|`-separated).</summary>
internal static class NoiseTagNames
{
    private static readonly (NoiseTags Tag, string Name)[] Names =
    [
        (NoiseTags.BsnMissing, "bsn_missing"),
        (NoiseTags.BsnTypo, "bsn_typo"),
        (NoiseTags.BsnOtherPerson, "bsn_other_person"),
        (NoiseTags.NoBsn, "no_bsn"),
        (NoiseTags.DobTypo, "dob_typo"),
        (NoiseTags.DobSwap, "dob_swap"),
        (NoiseTags.SexMismatch, "sex_mismatch"),
        (NoiseTags.PostcodeTypo, "pc_typo"),
        (NoiseTags.PostcodeMissing, "pc_missing"),
        (NoiseTags.PostcodeStale, "pc_stale"),
        (NoiseTags.PostcodeMoved, "pc_moved"),
        (NoiseTags.PseudonymMissing, "pseudonym_missing"),
        (NoiseTags.PseudonymOther, "pseudonym_other"),
        (NoiseTags.FlawIdentity, "flaw_identity"),
        (NoiseTags.FlawOutcome, "flaw_outcome"),
        (NoiseTags.FlawMissing, "flaw_missing"),
        (NoiseTags.ItemMissing, "item_missing"),
        (NoiseTags.Implausible, "implausible"),
        (NoiseTags.DateShift, "date_shift"),
    ];

    public static IReadOnlyList<string> All { get; } = Names.Select(n => n.Name).ToArray();

    public static string Format(NoiseTags tags)
    {
        if (tags == NoiseTags.None)
        {
            return "";
        }

        var parts = new List<string>(4);
        foreach (var (tag, name) in Names)
        {
            if ((tags & tag) != 0)
            {
                parts.Add(name);
            }
        }

        return string.Join('|', parts);
    }
}
