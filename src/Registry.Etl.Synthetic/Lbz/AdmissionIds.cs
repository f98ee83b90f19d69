using Registry.Etl.Synthetic.Randomness;

namespace Registry.Etl.Synthetic.Lbz;

/// <summary>
/// LBZIdopname values: a structured 40-bit number (population, month, index) passed through a keyed
/// permutation, so ids are unique by construction and random-looking (13 digits).
/// </summary>
internal sealed class AdmissionIds
{
    private const int PayloadBits = 37;
    private readonly Permutation _permutation;

    public AdmissionIds(ulong seed) => _permutation = new Permutation(Mix.Key(seed, StreamId.AdmissionIds), 1UL << 40);

    public long Cohort(long index) => Make(1, (ulong)index);

    public long Cancer(int month, int patient, int admission) => Make(2, ((uint)month * (1UL << 28)) + ((uint)patient * 4UL) + (uint)admission);

    public long Background(int month, int episode, int admission) => Make(3, ((uint)month * (1UL << 28)) + ((uint)episode * 4UL) + (uint)admission);

    public long BackgroundDeath(int month, long person) => Make(4, ((uint)month * (1UL << 28)) + (ulong)person);

    public static string Format(long id) => id.ToString("D13", System.Globalization.CultureInfo.InvariantCulture);

    private long Make(ulong population, ulong payload)
    {
        if (payload >= 1UL << PayloadBits)
        {
            Core.Throw.InvalidOperation("Admission id payload out of range.");
        }

        return (long)_permutation.Apply((population << PayloadBits) | payload);
    }
}
