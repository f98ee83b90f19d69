using Registry.Etl.Synthetic.Export;

namespace Registry.Etl.Synthetic.World;

/// <summary>A synthetic hospital: identity, export habits, volumes and its true effects (logit scale).</summary>
internal sealed class Hospital
{
    public required int Index { get; init; }

    public required string Agb { get; init; }

    public required string Name { get; init; }

    /// <summary>First digit of the postcodes it mainly serves.</summary>
    public required int Region { get; init; }

    public required double DcraWeight { get; init; }

    public required bool LiverCentre { get; init; }

    public required double DhbaWeight { get; init; }

    public required int Vendor { get; init; }

    public required ExportDialect Dialect { get; init; }

    /// <summary>Day of the month (1..27) on which the quarterly audit exports leave the hospital.</summary>
    public required int ExportDay { get; init; }

    /// <summary>First number of the hospital's registration ids.</summary>
    public required int RecordIdBase { get; init; }

    public HospitalRole Role { get; set; }

    public double LeakEffect { get; set; }

    public double MortalityEffect { get; set; }

    public double ComplicationEffect { get; set; }

    public double CombinedEffect { get; set; }

    public double MorbidityEffect { get; set; }

    public bool CaseMixOnly => (Role & HospitalRole.CaseMixOnly) != 0;
}
