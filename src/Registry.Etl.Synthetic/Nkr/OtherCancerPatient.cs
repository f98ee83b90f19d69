using Registry.Etl.Synthetic.Lbz;

namespace Registry.Etl.Synthetic.Nkr;

/// <summary>A streamed other-site cancer patient: one or two tumours and up to three admissions.</summary>
internal sealed class OtherCancerPatient
{
    public required NkrTumour First { get; init; }

    public NkrTumour? Second { get; set; }

    public LbzAdmission[] Admissions { get; set; } = [];
}
