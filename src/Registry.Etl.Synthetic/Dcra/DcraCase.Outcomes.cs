namespace Registry.Etl.Synthetic.Dcra;

internal sealed partial class DcraCase
{
    /// <summary>NKR chir_naadlek: 0 absent, 1 leak, 2 abscess without leak, 3 leak with abscess, 8 not applicable.</summary>
    public int Leakage { get; set; } = 8;

    public bool Leak => Leakage is 1 or 3;

    public bool SevereOther { get; set; }

    public bool MinorComplication { get; set; }

    public bool Complication { get; set; }

    /// <summary>Highest Clavien-Dindo grade: 0 none, 1 I, 2 II, 3 IIIa, 4 IIIb, 5 IVa, 6 IVb, 7 V.</summary>
    public int ClavienDindo { get; set; }

    /// <summary>0 none, 1 radiological/endoscopic, 2 surgical.</summary>
    public int Reintervention { get; set; }

    public bool Icu { get; set; }

    public bool DiedInHospital { get; set; }

    /// <summary>The 30-day or in-hospital death event of the planted mortality model.</summary>
    public bool PostoperativeDeath { get; set; }

    public bool Dead30 { get; set; }

    public bool Readmitted { get; set; }

    public int ReadmissionDay { get; set; } = -1;

    /// <summary>Destination after the index admission: 1 home, 2 other hospital, 3 nursing home, 4 deceased.</summary>
    public int DischargeDestination { get; set; } = 1;

    /// <summary>True death day of the person (may lie beyond the window), int.MaxValue when beyond any horizon.</summary>
    public int DeathDay { get; set; } = int.MaxValue;

    /// <summary>True recurrence day, or int.MaxValue.</summary>
    public int RecurrenceDay { get; set; } = int.MaxValue;

    /// <summary>1 local, 2 regional, 3 distant.</summary>
    public int RecurrenceType { get; set; }

    /// <summary>Part of the colorectal recurrence project (resected stage I-III).</summary>
    public bool RecurrenceFollowed { get; set; }

    /// <summary>Cause-specific hazards per year used for this patient (truth).</summary>
    public double RecurrenceHazard { get; set; }

    public double DeathHazard { get; set; }

    public int LiverTreatmentDay { get; set; } = -1;

    /// <summary>Planted risks: case-mix only (no hospital effect) and true (with hospital effects).</summary>
    public double LeakRiskCaseMix { get; set; }

    public double LeakRiskTrue { get; set; }

    public double MortalityRiskCaseMix { get; set; }

    public double MortalityRiskTrue { get; set; }

    public int LengthOfStay => DischargeDay - AdmissionDay;

    /// <summary>Death known to the hospital: in hospital or within 30 days of surgery.</summary>
    public int HospitalKnownDeathDay => DiedInHospital || Dead30 ? DeathDay : -1;
}
