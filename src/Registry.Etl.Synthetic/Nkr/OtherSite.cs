namespace Registry.Etl.Synthetic.Nkr;

/// <summary>
/// A non-colorectal tumour site of the NKR population: ICD-O topography and morphologies, sex and age
/// profile, stage mix (I..IV, X), share resected, excess death hazard per stage, and how a treatment
/// admission shows in LBZ (specialty, ICD-10 main diagnosis, illustrative procedure code).
/// </summary>
internal sealed record OtherSite(
    string Topography,
    string[] Morphologies,
    double Share,
    double MaleShare,
    double AgeMean,
    double AgeSd,
    double[] Stages,
    double Resected,
    double[] Excess,
    string Specialty,
    string Icd10,
    string ProcedureCode,
    double InSitu = 0,
    double AdmissionIfResected = 1.0,
    bool Staged = true);
