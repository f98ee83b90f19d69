namespace Registry.Etl.Ingest.Pseudonyms;

/// <summary>What a pseudonym is of. Each purpose has its own key, so equal texts of different purposes never collide.</summary>
public enum PseudonymPurpose
{
    Bsn,
    BirthDate,
    Postcode,
    PatientNumber,
}
