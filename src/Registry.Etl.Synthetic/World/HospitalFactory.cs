using Registry.Etl.Synthetic.Calibration;
using Registry.Etl.Synthetic.Export;
using Registry.Etl.Synthetic.Randomness;

namespace Registry.Etl.Synthetic.World;

/// <summary>
/// Creates the hospitals: AGB codes (06xxxxxx), regions by population, skewed (log-normal) volumes, liver
/// centres among the larger ones, a vendor dialect each, and the planted effects and roles.
/// </summary>
internal static class HospitalFactory
{
    public static Hospital[] Create(ulong seed, SyntheticCalibration calibration)
    {
        var volumes = calibration.Volumes;
        var rng = Rng.For(seed, StreamId.Hospitals);
        var count = volumes.Hospitals;
        var agbs = new SortedSet<int>();
        while (agbs.Count < count)
        {
            agbs.Add(rng.Between(100_000, 999_999));
        }

        var agbList = agbs.ToArray();
        var weights = new double[count];
        var regions = new int[count];
        var towns = new string[count];
        var townUse = new int[10];
        for (var i = 0; i < count; i++)
        {
            // Every region gets hospitals before any gets a second one beyond its share.
            regions[i] = i < 9 ? i + 1 : rng.Pick(Places.RegionShares);
            weights[i] = rng.LogNormal(1.0, 0.55);
        }

        for (var i = 0; i < count; i++)
        {
            var list = Places.Towns(regions[i]);
            var use = townUse[regions[i]]++;
            towns[i] = use < list.Count ? list[use] : $"{list[use % list.Count]}-{(char)('A' + use / list.Count)}";
        }

        var liver = ChooseLiverCentres(ref rng, weights, Math.Min(volumes.LiverCentres, count));
        var hospitals = new Hospital[count];
        var vendorShares = ExportDialect.HospitalVendorShares.ToArray();
        for (var i = 0; i < count; i++)
        {
            var vendor = rng.Pick(vendorShares);
            hospitals[i] = new Hospital
            {
                Index = i,
                Agb = "06" + agbList[i].ToString("D6", System.Globalization.CultureInfo.InvariantCulture),
                Name = (weights[i] > 1.6 ? "Medisch Centrum " : "Ziekenhuis ") + towns[i],
                Region = regions[i],
                DcraWeight = weights[i],
                LiverCentre = liver[i],
                DhbaWeight = liver[i] ? rng.LogNormal(1.0, 0.5) : 0,
                Vendor = vendor,
                Dialect = ExportDialect.HospitalVendors[vendor],
                ExportDay = rng.Between(3, 27),
                RecordIdBase = rng.Between(10, 89) * 10_000,
            };
        }

        HospitalRoles.Assign(seed, calibration, hospitals);
        return hospitals;
    }

    private static bool[] ChooseLiverCentres(ref Rng rng, double[] weights, int centres)
    {
        // Weighted sampling without replacement: larger hospitals are more often liver centres.
        var chosen = new bool[weights.Length];
        var remaining = (double[])weights.Clone();
        for (var c = 0; c < centres; c++)
        {
            for (var i = 0; i < remaining.Length; i++)
            {
                remaining[i] = chosen[i] ? 0 : weights[i] * weights[i];
            }

            chosen[rng.Pick(remaining)] = true;
        }

        return chosen;
    }
}
