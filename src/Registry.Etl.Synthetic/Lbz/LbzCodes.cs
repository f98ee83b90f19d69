namespace Registry.Etl.Synthetic.Lbz;

/// <summary>
/// Code tables for LBZ rows. ICD-10 codes are real (without the dot); specialty codes follow the Vektis
/// list (0303 surgery, 0313 internal medicine, ...); procedure codes are illustrative 6-digit codes in
/// the style of the ZA list, documented in sample-data/README.md, not an official code list.
/// </summary>
internal static class LbzCodes
{
    public const string Surgery = "0303";
    public const string InternalMedicine = "0313";
    public const string Gastroenterology = "0318";
    public const string Radiology = "0362";

    /// <summary>Colorectal resection by NKR chir_type (index 2..10).</summary>
    public static string ColorectalProcedure(int chirType) => chirType switch
    {
        2 => "033571",
        3 => "033572",
        4 => "033573",
        5 => "033574",
        6 => "033575",
        7 => "033576",
        8 => "033577",
        9 => "033578",
        _ => "033579",
    };

    public const string LiverResectionMinor = "033611";
    public const string LiverResectionMajor = "033612";
    public const string LiverExploration = "033613";
    public const string LiverAblation = "081711";
    public const string Relaparotomy = "033590";
    public const string PercutaneousDrainage = "081620";
    public const string ColonicStent = "034160";

    /// <summary>ICD-10 of the primary colorectal tumour from its ICD-O topography (C187 -> C187, C199 -> C19, C209 -> C20).</summary>
    public static string ColorectalIcd(string topography) => topography switch
    {
        "C199" => "C19",
        "C209" => "C20",
        _ => topography,
    };

    public const string LiverMetastasis = "C787";

    public static IReadOnlyList<string> Comorbidities { get; } = ["I10", "E119", "J449", "I489", "N189", "E785", "F03", "I259"];

    /// <summary>Complications after colorectal surgery other than leakage (with the `:C` flag).</summary>
    public static IReadOnlyList<string> SevereComplications { get; } = ["J189:C", "I269:C", "T810:C", "A047:C", "I214:C"];

    public static IReadOnlyList<string> MinorComplications { get; } = ["N390:C", "T814:C", "K567:C", "E869:C"];

    public const string LeakComplication = "K918:C";
    public const string AbscessComplication = "K650:C";

    public static IReadOnlyList<string> ReadmissionDiagnoses { get; } = ["T814", "K566", "E869", "A047", "K918", "J189"];
}
