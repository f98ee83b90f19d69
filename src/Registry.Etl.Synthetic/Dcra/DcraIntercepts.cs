namespace Registry.Etl.Synthetic.Dcra;

/// <summary>The calibrated intercepts of the planted DCRA models (truth/calibration.json).</summary>
internal sealed class DcraIntercepts
{
    /// <summary>Leakage: other resections with anastomosis, LAR primary only, LAR with diverting stoma.</summary>
    public double[] Leak { get; } = new double[3];

    public double Severe { get; set; }

    public double Minor { get; set; }

    /// <summary>Mortality: colon, rectum.</summary>
    public double[] Mortality { get; } = new double[2];

    public double Readmission { get; set; }

    public double Crm { get; set; }
}
