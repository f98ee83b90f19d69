using Registry.Etl.Synthetic.Identity;
using Registry.Etl.Synthetic.World;

namespace Registry.Etl.Synthetic;

/// <summary>Rejects options the generator cannot honour, with a message naming the option.</summary>
internal static class OptionsValidator
{
    public static void Validate(SyntheticOptions o)
    {
        Require(o.Years is >= 1 and <= 20, "--years must be between 1 and 20.");
        Require(o.ResolvedFirstYear is >= 1990 and <= 2100, "--first-year must be between 1990 and 2100.");
        Require(o.Threads >= 1, "--threads must be at least 1.");
        Require(o.Sources != SyntheticSource.None, "--sources must name at least one source.");
        Require(o.Since is null || o.EndDate is null || o.Since <= o.EndDate, "--since must not be after --end-date.");
        var c = o.ResolvedCalibration;
        var v = c.Volumes;
        Require(v.Hospitals is >= 2 and <= 900, "At least 2 and at most 900 hospitals.");
        Require(v.LiverCentres >= 1 && v.LiverCentres <= v.Hospitals, "Liver centres must be between 1 and the number of hospitals.");
        Require(v.DcraPerYear >= 1 && v.DhbaPerYear >= 1 && v.NkrPerYear >= 1 && v.LbzPerYear >= 1, "Volumes must be positive.");
        Require(v.BackgroundPopulation <= Bsn.Capacity - PersonRanges.BackgroundBase, "The background population is larger than the BSN space.");
        Require(v.DcraPerYear * 1.5 * o.Years < PersonRanges.OtherCancerBase / 2, "The colorectal cohort does not fit its person range.");
        Require(OtherCancerPerMonth(c) < PersonRanges.OtherCancerPerMonth * 0.9, "NKR volume per month is too large.");
        Require(c.Dcra.ColonShare + c.Dcra.RectumShare <= 1, "Colon and rectum shares exceed 1.");
        Require(c.Dcra.LeakOutliers + c.Dcra.MortalityOutliers + c.Dcra.CaseMixOnly <= v.Hospitals / 2, "Too many planted hospitals for the number of hospitals.");
        foreach (var rate in new[]
        {
            c.Dcra.MortalityColon, c.Dcra.MortalityRectum, c.Dcra.LeakColon, c.Dcra.LeakLarPrimary, c.Dcra.LeakLarDiverted,
            c.Dcra.SevereOther, c.Dcra.Minor, c.Dcra.Readmission, c.Dcra.CrmPositive, c.Dhba.CombinedShare,
            c.Dhba.MortalityMinor, c.Dhba.MortalityMajor, c.Dhba.MajorMorbidityMinor, c.Dhba.MajorMorbidityMajor,
            c.Dhba.LocalProgressionOneYear, c.Dhba.Readmission,
        })
        {
            Require(rate is > 0 and < 1, "Every planted rate must lie strictly between 0 and 1.");
        }
    }

    private static double OtherCancerPerMonth(Calibration.SyntheticCalibration c) => Nkr.OtherCancerGenerator.OtherPerYear(c) / 12 * 1.2;

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            Core.Throw.Configuration(message);
        }
    }
}
