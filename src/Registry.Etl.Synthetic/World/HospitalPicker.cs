using Registry.Etl.Synthetic.Randomness;

namespace Registry.Etl.Synthetic.World;

/// <summary>Picks a hospital for a patient living in a region: by size, mostly within the region.</summary>
internal sealed class HospitalPicker
{
    private readonly Hospital[] _hospitals;
    private readonly double[][] _cumulativeByRegion = new double[10][];
    private readonly double[] _cumulativeAll;

    public HospitalPicker(Hospital[] hospitals)
    {
        _hospitals = hospitals;
        _cumulativeAll = Cumulative(hospitals, _ => true);
        for (var region = 1; region <= 9; region++)
        {
            var r = region;
            _cumulativeByRegion[region] = hospitals.Any(h => h.Region == r) ? Cumulative(hospitals, h => h.Region == r) : _cumulativeAll;
        }
    }

    public Hospital Pick(ref Rng rng, int region)
    {
        var table = region is >= 1 and <= 9 && rng.Chance(0.9) ? _cumulativeByRegion[region] : _cumulativeAll;
        return _hospitals[rng.PickCumulative(table)];
    }

    private static double[] Cumulative(Hospital[] hospitals, Func<Hospital, bool> include)
    {
        var cumulative = new double[hospitals.Length];
        var total = 0.0;
        for (var i = 0; i < hospitals.Length; i++)
        {
            total += include(hospitals[i]) ? hospitals[i].DcraWeight : 0;
            cumulative[i] = total;
        }

        return cumulative;
    }
}
