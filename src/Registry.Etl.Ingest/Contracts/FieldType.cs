namespace Registry.Etl.Ingest.Contracts;

/// <summary>
/// How a raw field is read. The first five map one raw column to one standardised column; the
/// identifying types (<see cref="Bsn"/>, <see cref="BirthDate"/>, <see cref="Postcode"/>,
/// <see cref="PatientNumber"/>) are replaced by pseudonyms and derived values with fixed names
/// (pipelines/sources/README.md), so their raw value can never reach an output.
/// </summary>
public enum FieldType
{
    String,
    Int,
    Double,
    Bool,
    Date,

    /// <summary>Free text that is read (so quoting is checked) but never standardised.</summary>
    Text,

    /// <summary>-> <c>person_key</c>.</summary>
    Bsn,

    /// <summary>-> <c>dob_key</c>, <c>dob_swap_key</c>, <c>birth_year</c>, <c>age</c>.</summary>
    BirthDate,

    /// <summary>-> <c>pc6_key</c>, <c>pc4</c>.</summary>
    Postcode,

    /// <summary>-> <c>patient_number_key</c> (pseudonym of <c>agb:patnr</c>).</summary>
    PatientNumber,
}
