using Registry.Etl.Synthetic.Identity;
using Registry.Etl.Synthetic.World;

namespace Registry.Etl.Synthetic.Nkr;

/// <summary>One tumour as the cancer registry knows it, with the true follow-up to render any extract.</summary>
internal sealed record NkrTumour
{
    /// <summary>Dense tumour index (key_zid is its keyed permutation).</summary>
    public required long Id { get; init; }

    public required Person Person { get; init; }

    public required int IncidenceDay { get; init; }

    /// <summary>Day IKNL completed the registration; the tumour is in every extract from then on.</summary>
    public required int RegistrationDay { get; init; }

    public required string Topography { get; init; }

    public required string Morphology { get; init; }

    /// <summary>2 in situ, 3 malignant.</summary>
    public int Behaviour { get; init; } = 3;

    /// <summary>1..4, or 9 unknown.</summary>
    public int Grade { get; init; } = 9;

    public string CT { get; init; } = "";

    public string CN { get; init; } = "";

    public string CM { get; init; } = "";

    public string PT { get; init; } = "";

    public string PN { get; init; } = "";

    public string PM { get; init; } = "";

    /// <summary>0, I, II, III, IV or X.</summary>
    public required string Stage { get; init; }

    public required Hospital DiagnosisHospital { get; init; }

    public Hospital? SurgeryHospital { get; init; }

    public int SurgeryDay { get; init; } = -1;

    /// <summary>NKR chir_type (colorectal only), or -1.</summary>
    public int SurgeryType { get; init; } = -1;

    public required int DeathDay { get; init; }

    /// <summary>Part of the colorectal recurrence project.</summary>
    public bool RecurrenceProject { get; init; }

    public int RecurrenceDay { get; init; } = int.MaxValue;

    public int RecurrenceType { get; init; }

    /// <summary>Truth: the audit record this tumour belongs to (e.g. "dcra:06123456|12345"), or empty.</summary>
    public string Related { get; init; } = "";
}
