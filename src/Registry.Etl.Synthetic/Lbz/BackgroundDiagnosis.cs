namespace Registry.Etl.Synthetic.Lbz;

/// <summary>
/// A reason for an unrelated admission: ICD-10 main diagnosis (without dot), specialty (Vektis code),
/// care type weights (K, D, O), acute share, median length of stay, who it applies to and an optional
/// illustrative procedure.
/// </summary>
internal sealed record BackgroundDiagnosis(
    string Icd10,
    string Specialty,
    double Weight,
    double[] CareTypes,
    double Acute,
    double LosMedian,
    int MinAge = 0,
    int MaxAge = 110,
    byte Sex = 0,
    string Procedure = "",
    double ProcedureShare = 0);
