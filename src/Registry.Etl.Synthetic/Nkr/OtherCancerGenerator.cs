using Registry.Etl.Synthetic.Calibration;
using Registry.Etl.Synthetic.Dcra;
using Registry.Etl.Synthetic.Identity;
using Registry.Etl.Synthetic.Randomness;
using Registry.Etl.Synthetic.World;

namespace Registry.Etl.Synthetic.Nkr;

/// <summary>
/// The non-colorectal cancer patients, generated on demand: patient i of incidence month m is a pure
/// function of (seed, m, i), so NKR extracts and LBZ months regenerate them instead of storing a million
/// tumours.
/// </summary>
internal sealed partial class OtherCancerGenerator
{
    /// <summary>Dense tumour ids of this population start here (cohort tumours lie below).</summary>
    public const long TumourBase = 5_000_000;

    private static readonly double[] SiteCumulative = BuildCumulative();

    private readonly ulong _seed;
    private readonly SyntheticCalibration _calibration;
    private readonly TimeWindow _window;
    private readonly Hospital[] _hospitals;
    private readonly HospitalPicker _picker;
    private readonly PersonFactory _persons;
    private readonly Lbz.AdmissionIds _ids;
    private readonly int[] _perMonth;

    public OtherCancerGenerator(ulong seed, SyntheticCalibration calibration, TimeWindow window, Hospital[] hospitals, PersonFactory persons, Lbz.AdmissionIds admissionIds)
    {
        _seed = seed;
        _calibration = calibration;
        _window = window;
        _hospitals = hospitals;
        _picker = new HospitalPicker(hospitals);
        _persons = persons;
        _ids = admissionIds;
        _perMonth = new int[window.Months];
        var perYear = OtherPerYear(calibration);
        for (var m = 0; m < window.Months; m++)
        {
            var rng = Rng.For(seed, StreamId.NkrOther, m);
            _perMonth[m] = Math.Min((int)PersonRanges.OtherCancerPerMonth - 1, rng.Poisson(perYear / 12.0));
        }
    }

    /// <summary>Patients with first incidence in month m.</summary>
    public int Count(int month) => _perMonth[month];

    /// <summary>NKR tumours per year minus those the colorectal and liver cohorts contribute.</summary>
    public static double OtherPerYear(SyntheticCalibration calibration)
    {
        var v = calibration.Volumes;
        var dcra = calibration.Dcra;
        var colorectal = v.DcraPerYear / (1 - dcra.NotRegistered) * (1 + dcra.NotResectedPerResected) * (1 + dcra.DoubleShare);
        var liver = v.DhbaPerYear / (1 + calibration.Dhba.Repeat) * calibration.Dhba.DiagnosisShares[2];
        return Math.Max(v.NkrPerYear * 0.2, v.NkrPerYear - colorectal - liver);
    }

    public static long TumourId(int month, int index, int k) => TumourBase + ((month * PersonRanges.OtherCancerPerMonth) + index) * 2 + k;

    public OtherCancerPatient Generate(int month, int index)
    {
        var rng = Rng.For(_seed, StreamId.NkrOther, month, index + 1);
        var site = OtherSites.All[rng.PickCumulative(SiteCumulative)];
        var sex = rng.Chance(site.MaleShare) ? (byte)1 : (byte)2;
        var age = (int)Math.Round(Math.Clamp(rng.Normal(site.AgeMean, site.AgeSd), 1, 99));
        var incidence = _window.MonthStart(month) + rng.Below(_window.MonthDays(month));
        var region = rng.Pick(Places.RegionShares);
        var person = _persons.Create(ref rng, PersonRanges.OtherCancer(month, index), age, incidence, sex, region);
        var diagnosis = _picker.Pick(ref rng, region);
        var first = Tumour(ref rng, site, person, incidence, diagnosis, TumourId(month, index, 0), out var deathHazard, out var surgeryDay);
        var death = Hazards.EventDay(rng.NextDouble(), deathHazard, incidence);
        first = first with { DeathDay = death };
        var patient = new OtherCancerPatient { First = first };
        if (rng.Chance(0.06))
        {
            patient.Second = SecondTumour(ref rng, site, person, incidence, death, TumourId(month, index, 1));
        }

        patient.Admissions = Admissions(ref rng, site, first, surgeryDay, month, index);
        return patient;
    }

    private NkrTumour? SecondTumour(ref Rng rng, OtherSite firstSite, in Person person, int incidence, int death, long id)
    {
        var site = OtherSites.All[rng.PickCumulative(SiteCumulative)];
        var compatible = site.MaleShare is > 0 and < 1 || (site.MaleShare >= 1) == (person.Sex == 1);
        var day = incidence + 30 + (int)(rng.Exponential(1.0 / 3.0) * Hazards.DaysPerYear);
        if (site == firstSite || !compatible || day >= death || day > _window.LastDay)
        {
            return null;
        }

        var tumour = Tumour(ref rng, site, person, day, _picker.Pick(ref rng, person.Region), id, out _, out _);
        return tumour with { DeathDay = death };
    }

    private static double[] BuildCumulative()
    {
        var shares = OtherSites.Shares;
        var cumulative = new double[shares.Length];
        var total = 0.0;
        for (var i = 0; i < shares.Length; i++)
        {
            total += shares[i];
            cumulative[i] = total;
        }

        return cumulative;
    }
}
