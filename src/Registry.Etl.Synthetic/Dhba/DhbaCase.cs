using Registry.Etl.Synthetic.Dcra;
using Registry.Etl.Synthetic.Identity;
using Registry.Etl.Synthetic.World;

namespace Registry.Etl.Synthetic.Dhba;

/// <summary>One liver procedure with its true (final) values.</summary>
internal sealed partial class DhbaCase
{
    public required int Index { get; set; }

    public required Person Person { get; set; }

    public required Hospital Hospital { get; init; }

    /// <summary>The colorectal patient this CRLM procedure belongs to, when the primary is in the cohort.</summary>
    public DcraCase? Colorectal { get; init; }

    /// <summary>The earlier procedure of the same person, for a repeat procedure.</summary>
    public DhbaCase? Previous { get; init; }

    /// <summary>Liver resection in the same operation as the colorectal resection (shares its admission).</summary>
    public bool Simultaneous { get; init; }

    public string RecordId { get; set; } = "";

    public string PatientNumber { get; set; } = "";

    public int Age { get; set; }

    public required int ProcedureDay { get; init; }

    public int AdmissionDay { get; set; }

    public int DischargeDay { get; set; }

    /// <summary>1 CRLM, 2 other metastases, 3 primary malignant, 4 benign.</summary>
    public required int Diagnosis { get; init; }

    /// <summary>1 resection, 2 ablation, 3 resection + ablation, 4 open-close.</summary>
    public int ProcedureType { get; set; }

    /// <summary>0 none, 1 minor, 2 major.</summary>
    public int ResectionExtent { get; set; }

    /// <summary>0 none, 1 RFA, 2 MWA, 3 IRE, 4 cryoablation.</summary>
    public int AblationTechnique { get; set; }

    /// <summary>1 open, 2 laparoscopic, 3 robot, 4 percutaneous.</summary>
    public int Approach { get; set; }

    public int LesionCount { get; set; }

    public int LargestLesionMm { get; set; }

    public int Asa { get; set; }

    public int Charlson { get; set; }

    public int HeightCm { get; set; }

    public double WeightKg { get; set; }

    public bool Synchronous { get; set; }

    public bool NeoadjuvantChemo { get; set; }

    /// <summary>NKR tumour of a primary liver cancer (diagnosis 3), or -1.</summary>
    public long TumourId { get; set; } = -1;

    public string Topography { get; set; } = "";

    public bool Ablated => ProcedureType is 2 or 3;

    /// <summary>Calibration group of the outcome models: 0 minor resection, 1 major resection, 2 ablation only.</summary>
    public int OutcomeGroup => ProcedureType == 2 ? 2 : ResectionExtent == 2 ? 1 : 0;
}
