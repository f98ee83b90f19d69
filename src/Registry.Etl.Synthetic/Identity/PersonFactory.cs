using Registry.Etl.Synthetic.Calibration;
using Registry.Etl.Synthetic.Randomness;
using Registry.Etl.Synthetic.World;

namespace Registry.Etl.Synthetic.Identity;

/// <summary>Creates true identities: date of birth from an age on a reference day, sex, PC6 and an optional move.</summary>
internal sealed class PersonFactory
{
    private readonly NoiseCalibration _noise;
    private readonly TimeWindow _window;

    public PersonFactory(NoiseCalibration noise, TimeWindow window)
    {
        _noise = noise;
        _window = window;
    }

    public Person Create(ref Rng rng, long id, int ageYears, int referenceDay, byte sex, int region)
    {
        var reference = DateOnly.FromDayNumber(referenceDay);
        var dob = reference.AddYears(-Math.Clamp(ageYears, 0, 110)).AddDays(-rng.Below(365)).DayNumber;
        var postcode = Postcode.Random(ref rng, region);
        var moveDay = int.MaxValue;
        var after = postcode;
        if (rng.Chance(_noise.PersonMoves))
        {
            moveDay = rng.Between(_window.FirstDay - 365, _window.LastDay);
            after = Postcode.Moved(ref rng, postcode);
        }

        var hasBsn = !rng.Chance(_noise.PersonWithoutBsn);
        return new Person(id, hasBsn, dob, sex, postcode, moveDay, after);
    }

    /// <summary>A region near the given one: mostly the same, sometimes a neighbour.</summary>
    public static int NearRegion(ref Rng rng, int region) =>
        rng.Chance(0.85) ? region : Math.Clamp(region + (rng.Chance(0.5) ? 1 : -1), 1, 9);
}
