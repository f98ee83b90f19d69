using System.Globalization;
using Registry.Etl.Synthetic.Randomness;

namespace Registry.Etl.Synthetic.World;

/// <summary>
/// The keys each source uses for persons and records, derived by keyed permutations (unique by
/// construction, independent of generation order): IKNL's key_nkr and key_zid, hospital patient numbers,
/// DHD's pseudonym.
/// </summary>
internal sealed class RegistryKeys
{
    private readonly ulong _seed;
    private readonly Permutation _nkrPatient;
    private readonly Permutation _nkrTumour;
    private readonly Dictionary<int, Permutation> _patientNumbers = [];
    private readonly Lock _lock = new();

    public RegistryKeys(ulong seed)
    {
        _seed = seed;
        _nkrPatient = new Permutation(Mix.Key(seed, StreamId.RecordIds, 1), 1_000_000_000UL);
        _nkrTumour = new Permutation(Mix.Key(seed, StreamId.RecordIds, 2), 1_000_000_000UL);
    }

    public string NkrPatient(long personId) => ((long)_nkrPatient.Apply((ulong)personId)).ToString("D9", CultureInfo.InvariantCulture);

    public string NkrTumour(long tumourId) => ((long)_nkrTumour.Apply((ulong)tumourId)).ToString("D9", CultureInfo.InvariantCulture);

    /// <summary>An 8-digit patient number, unique per person within a hospital.</summary>
    public string PatientNumber(Hospital hospital, long personId)
    {
        Permutation permutation;
        lock (_lock)
        {
            if (!_patientNumbers.TryGetValue(hospital.Index, out permutation!))
            {
                permutation = new Permutation(Mix.Key(_seed, StreamId.PatientNumber, hospital.Index), 100_000_000UL);
                _patientNumbers.Add(hospital.Index, permutation);
            }
        }

        return ((long)permutation.Apply((ulong)personId)).ToString("D8", CultureInfo.InvariantCulture);
    }

    /// <summary>DHD's pseudonym of a person: 16 uppercase hex characters, stable per person.</summary>
    public ulong DhdPseudonym(long personId) => Mix.Key(_seed, StreamId.DhdPseudonym, personId);

    /// <summary>The pseudonym DHD derives from a mistyped BSN: stable for that record, someone else's in effect.</summary>
    public ulong DhdPseudonymOther(long personId, long recordId) => Mix.Key(_seed, StreamId.DhdPseudonym, personId, recordId);
}
