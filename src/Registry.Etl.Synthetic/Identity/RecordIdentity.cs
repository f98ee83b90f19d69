namespace Registry.Etl.Synthetic.Identity;

/// <summary>The identifying values one record carries, after noise.</summary>
/// <param name="Bsn">9-digit number as text, or empty when missing.</param>
/// <param name="DateOfBirth">Day number, or -1 when missing.</param>
/// <param name="Sex">1 male, 2 female.</param>
/// <param name="Postcode">Packed PC6, or -1 when missing.</param>
/// <param name="Tags">What noise produced these values.</param>
internal readonly record struct RecordIdentity(string Bsn, int DateOfBirth, byte Sex, int Postcode, NoiseTags Tags);
