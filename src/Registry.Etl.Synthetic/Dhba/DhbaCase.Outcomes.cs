namespace Registry.Etl.Synthetic.Dhba;

internal sealed partial class DhbaCase
{
    /// <summary>Complication of Clavien-Dindo grade IIIa or higher.</summary>
    public bool MajorMorbidity { get; set; }

    public bool MinorComplication { get; set; }

    public bool Complication { get; set; }

    public int ClavienDindo { get; set; }

    public int Reintervention { get; set; }

    public bool Icu { get; set; }

    public int IcuDays { get; set; }

    public bool PostoperativeDeath { get; set; }

    public bool DiedInHospital { get; set; }

    public bool Dead30 { get; set; }

    /// <summary>The person's true death day (int.MaxValue when beyond any horizon).</summary>
    public int DeathDay { get; set; } = int.MaxValue;

    public bool Readmitted { get; set; }

    public int ReadmissionDay { get; set; } = -1;

    public int DischargeDestination { get; set; } = 1;

    /// <summary>0 R0, 1 R1, 2 R2, -1 not applicable (no resection).</summary>
    public int Radicality { get; set; } = -1;

    public int MarginMm { get; set; } = -1;

    /// <summary>True day of local tumour progression at the ablation site (int.MaxValue: none).</summary>
    public int LocalProgressionDay { get; set; } = int.MaxValue;

    public double LocalProgressionHazard { get; set; }

    /// <summary>Follow-up imaging days registered (long-term items, from 2018 on), ascending.</summary>
    public int[] ImagingDays { get; set; } = [];

    public double MorbidityRiskCaseMix { get; set; }

    public double MorbidityRiskTrue { get; set; }

    public double MortalityRiskTrue { get; set; }

    public int HospitalKnownDeathDay => DiedInHospital || Dead30 ? DeathDay : -1;

    /// <summary>Day local progression was seen on imaging, or -1.</summary>
    public int LocalProgressionSeenDay()
    {
        foreach (var day in ImagingDays)
        {
            if (day >= LocalProgressionDay)
            {
                return day;
            }
        }

        return -1;
    }
}
