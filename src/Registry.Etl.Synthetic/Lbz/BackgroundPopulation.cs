using Registry.Etl.Synthetic.Calibration;
using Registry.Etl.Synthetic.Identity;
using Registry.Etl.Synthetic.Randomness;
using Registry.Etl.Synthetic.World;

namespace Registry.Etl.Synthetic.Lbz;

/// <summary>
/// The unrelated hospital population, never stored. Person j is a pure function of (seed, j). Persons
/// j &lt; D die in the window, ordered by death month, so the persons alive in month m are exactly
/// j >= <see cref="FirstAlive"/>(m) and nobody is admitted after death. Admissions favour low j
/// (frequent users, who are the ones next to die).
/// </summary>
internal sealed class BackgroundPopulation
{
    private readonly ulong _seed;
    private readonly TimeWindow _window;
    private readonly PersonFactory _persons;

    public BackgroundPopulation(ulong seed, SyntheticCalibration calibration, TimeWindow window, PersonFactory persons)
    {
        _seed = seed;
        _window = window;
        _persons = persons;
        Size = Math.Max(100, calibration.Volumes.BackgroundPopulation);
        Dying = (long)Math.Round(Size * calibration.Lbz.BackgroundMortality * window.Years);
    }

    public long Size { get; }

    /// <summary>Persons dying within the window: j in [0, Dying).</summary>
    public long Dying { get; }

    public long FirstAlive(int month) => (month * Dying + _window.Months - 1) / _window.Months;

    public int DeathDay(long j)
    {
        if (j >= Dying)
        {
            return int.MaxValue;
        }

        var month = (int)(j * _window.Months / Dying);
        var offset = (int)(Mix.Unit(Mix.Key(_seed, StreamId.LbzBackgroundPerson, j, 1)) * _window.MonthDays(month));
        return _window.MonthStart(month) + offset;
    }

    /// <summary>True when a dying person dies in hospital (their death admission exists).</summary>
    public bool DiesInHospital(long j, double share) => j < Dying && Mix.Unit(Mix.Key(_seed, StreamId.LbzBackgroundPerson, j, 2)) < share;

    public Person Person(long j)
    {
        var rng = Rng.For(_seed, StreamId.LbzBackgroundPerson, j);
        int age;
        if (j < Dying)
        {
            age = (int)Math.Clamp(rng.Normal(78, 10), 20, 104);
        }
        else if (rng.Chance(0.12))
        {
            age = rng.Below(18);
        }
        else
        {
            age = (int)Math.Clamp(rng.Normal(56, 19), 18, 100);
        }

        var sex = rng.Chance(0.5) ? (byte)1 : (byte)2;
        var region = rng.Pick(Places.RegionShares);
        return _persons.Create(ref rng, PersonRanges.Background(j), age, _window.FirstDay, sex, region);
    }

    /// <summary>
    /// A person alive in month m: 30 % of admissions go to the 5 % of the living population next in line
    /// to die (frequent users), the rest uniformly. u1, u2 in [0, 1).
    /// </summary>
    public long Draw(int month, double u1, double u2)
    {
        var lo = FirstAlive(month);
        var span = Size - lo;
        return lo + (long)(span * (u1 < 0.3 ? 0.05 : 1.0) * u2);
    }

    /// <summary>A person who never dies in the window (fallback when a draw keeps hitting the dying).</summary>
    public long DrawSurvivor(double u) => Dying + (long)((Size - Dying) * u);
}
