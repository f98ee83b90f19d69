using Registry.Etl.Synthetic.Identity;

namespace Registry.Etl.Synthetic.Dcra;

/// <summary>What one DCRA/DHBA record shows beyond its true values: identity, missing items, remark.</summary>
/// <param name="Identity">Identity after persistent noise (errors that are never corrected).</param>
/// <param name="Missing">Bit mask of clinical items left empty or coded 9.</param>
/// <param name="Implausible">Height entered as 320 cm.</param>
/// <param name="Remark">Free text, or empty.</param>
internal readonly record struct DcraRecordNoise(RecordIdentity Identity, int Missing, bool Implausible, string Remark)
{
    public const int Asa = 1 << 0;
    public const int Charlson = 1 << 1;
    public const int Height = 1 << 2;
    public const int Weight = 1 << 3;
    public const int MdoDate = 1 << 4;
    public const int Approach = 1 << 5;
    public const int Urgency = 1 << 6;
    public const int Radicality = 1 << 7;
    public const int Status30 = 1 << 8;
    public const int Leakage = 1 << 9;
    public const int Crm = 1 << 10;
    public const int ClinicalTnm = 1 << 11;
    public const int Items = 12;

    public bool Has(int item) => (Missing & item) != 0;
}
