namespace Registry.Etl.Synthetic.Dcra;

internal sealed partial class DcraCase
{
    public int PathologyDay { get; set; }

    /// <summary>Preoperative MDO, or -1 when none was held.</summary>
    public int MdoDay { get; set; } = -1;

    public int AdmissionDay { get; set; }

    public int OperationDay { get; set; }

    public int DischargeDay { get; set; }

    public int Asa { get; set; }

    public int HeightCm { get; set; }

    public double WeightKg { get; set; }

    public int Charlson { get; set; }

    /// <summary>NKR chir_urg: 0 elective, 1 urgent &lt; 12 h, 2 stent/stoma then planned, 3 urgent &gt;= 12 h.</summary>
    public int Urgency { get; set; }

    /// <summary>0 none, 1 ileus/obstruction, 2 perforation, 3 abscess.</summary>
    public int PreopComplication { get; set; }

    /// <summary>0 none, 1 short-course RT, 2 chemoradiation, 3 chemotherapy.</summary>
    public int Neoadjuvant { get; set; }

    /// <summary>NKR chir_type.</summary>
    public int Procedure { get; set; }

    /// <summary>NKR chir_tech: 0 open, 1 lap, 2 lap converted, 3 robot, 4 robot converted.</summary>
    public int Approach { get; set; }

    /// <summary>0 none, 1 primary anastomosis, 2 with diverting stoma.</summary>
    public int Anastomosis { get; set; }

    public int Crm { get; set; } = 8;

    public int Radicality { get; set; }

    public int NodesExamined { get; set; }

    public int NodesPositive { get; set; }

    public double Bmi => WeightKg / (HeightCm / 100.0 * (HeightCm / 100.0));

    public bool MinimallyInvasive => Approach is 1 or 2 or 3 or 4;

    public bool TotalMesorectalExcision => Location == TumourLocation.Rectum && Procedure is 7 or 8;
}
