using Registry.Etl.Synthetic.Identity;

namespace Registry.Etl.Synthetic.Lbz;

/// <summary>
/// One LBZ admission with its true identity. Code fields point at static code tables, so building one
/// allocates nothing; identity noise is applied when the row is written.
/// </summary>
internal struct LbzAdmission
{
    public Person Person;

    /// <summary>Final admission id (LBZIdopname), unique over the whole world.</summary>
    public long Id;

    public short Hospital;

    public int AdmissionDay;

    public int DischargeDay;

    /// <summary>0 K clinical, 1 D day admission, 2 O observation.</summary>
    public byte CareType;

    public bool Acute;

    /// <summary>1 home, 2 other hospital, 3 nursing home, 9 other.</summary>
    public byte Origin;

    /// <summary>1 home, 2 other hospital, 3 nursing home, 4 deceased, 9 other.</summary>
    public byte Destination;

    public byte IcuDays;

    public LbzKind Kind;

    /// <summary>Version (1, or 2 for a corrected re-delivery in a later month).</summary>
    public byte Version;

    public string Specialty;

    public string MainDiagnosis;

    public SecondaryCodes Secondary;

    public byte SecondaryCount;

    public ProcedureCodes Procedures;

    public ProcedureDays ProcedureDays;

    public byte ProcedureCount;

    /// <summary>Truth: the audit record this admission belongs to, or null.</summary>
    public string? Related;

    public void AddSecondary(string code)
    {
        if (SecondaryCount < 4)
        {
            Secondary[SecondaryCount++] = code;
        }
    }

    public void AddProcedure(string code, int day)
    {
        if (ProcedureCount < 3)
        {
            Procedures[ProcedureCount] = code;
            ProcedureDays[ProcedureCount++] = day;
        }
    }
}
