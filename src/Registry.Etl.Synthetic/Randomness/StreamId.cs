namespace Registry.Etl.Synthetic.Randomness;

/// <summary>
/// Names of the independent random streams. Values are part of the output contract: changing one
/// changes the generated data for every seed, so append, never renumber.
/// </summary>
internal enum StreamId : ulong
{
    Hospitals = 1,
    HospitalRoles = 2,
    DcraCases = 10,
    DcraOutcomes = 11,
    DcraExport = 12,
    DcraNoise = 13,
    CrcNonResected = 14,
    CrcFollowUp = 15,
    DhbaCases = 20,
    DhbaOutcomes = 21,
    DhbaExport = 22,
    DhbaNoise = 23,
    DhbaFollowUp = 24,
    NkrOther = 30,
    NkrNoise = 31,
    NkrCohort = 32,
    LbzBackground = 40,
    LbzBackgroundPerson = 41,
    LbzCohort = 42,
    LbzNoise = 43,
    LbzCancer = 44,
    Persons = 50,
    Bsn = 51,
    PatientNumber = 52,
    DhdPseudonym = 53,
    RecordIds = 54,
    AdmissionIds = 55,
    Tumours = 56,
    Remarks = 60,
    Calibration = 70,
}
