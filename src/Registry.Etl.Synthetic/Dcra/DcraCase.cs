using Registry.Etl.Synthetic.Identity;
using Registry.Etl.Synthetic.World;

namespace Registry.Etl.Synthetic.Dcra;

/// <summary>
/// One colorectal cancer patient of the cohort with the true (final) values of everything the sources
/// know about them. Resected patients have the clinical items of a DCRA record; whether the record
/// reaches DCRA is <see cref="Registered"/>.
/// </summary>
internal sealed partial class DcraCase
{
    public required int Index { get; init; }

    public required Person Person { get; set; }

    /// <summary>Hospital of surgery (or of diagnosis, when not resected).</summary>
    public required Hospital Hospital { get; init; }

    public required Hospital DiagnosisHospital { get; set; }

    public required bool Resected { get; init; }

    public bool Registered { get; set; }

    /// <summary>Registration id at the hospital (empty when not registered).</summary>
    public string RecordId { get; set; } = "";

    /// <summary>Hospital patient number.</summary>
    public string PatientNumber { get; set; } = "";

    public int AgeAtOperation { get; set; }

    public bool Referred { get; set; }

    public string Site { get; set; } = "";

    public TumourLocation Location { get; set; }

    /// <summary>Second (rectal) site of a double tumour, or empty.</summary>
    public string SecondSite { get; set; } = "";

    public int Stage { get; set; }

    public string CT { get; set; } = "";

    public string CN { get; set; } = "";

    public string CM { get; set; } = "";

    public string PT { get; set; } = "";

    public string PN { get; set; } = "";

    public string PM { get; set; } = "";

    /// <summary>Synchronous liver-only metastases (M1a liver): candidates for a liver procedure.</summary>
    public bool LiverMetastases { get; set; }

    public string Morphology { get; set; } = "8140";

    public int Grade { get; set; }

    /// <summary>Key of the NKR tumour(s) (tumour ids; second one for a double tumour, else -1).</summary>
    public long TumourId { get; set; } = -1;

    public long SecondTumourId { get; set; } = -1;
}
