using Registry.Etl.Synthetic.Randomness;

namespace Registry.Etl.Synthetic.Dcra;

internal sealed partial class DcraCaseGenerator
{
    private static readonly string[] ColonSites = ["C180", "C182", "C183", "C184", "C185", "C186", "C187", "C188", "C189"];
    private static readonly double[] ColonSiteWeights = [0.17, 0.12, 0.04, 0.08, 0.03, 0.05, 0.46, 0.02, 0.03];
    private static readonly double[] StageWeights = [0.22, 0.33, 0.35, 0.10];
    private static readonly double[] GradeWeights = [0.10, 0.65, 0.15, 0.02, 0.08];

    private static void DrawSite(ref Rng rng, DcraCase c, int group)
    {
        if (group == 1)
        {
            c.Site = rng.Chance(0.25) ? "C199" : "C209";
        }
        else
        {
            c.Site = ColonSites[rng.Pick(ColonSiteWeights)];
        }

        c.Location = group == 1 || group == 2 ? TumourLocation.Rectum : LocationOf(c.Site);
        if (group == 2)
        {
            c.SecondSite = "C209";
        }

        var m = rng.NextDouble();
        c.Morphology = m < 0.85 ? "8140" : m < 0.95 ? "8480" : m < 0.96 ? "8490" : "8010";
        var grade = rng.Pick(GradeWeights);
        c.Grade = grade == 4 ? 9 : grade + 1;
    }

    public static TumourLocation LocationOf(string site) => site switch
    {
        "C180" or "C181" or "C182" or "C183" or "C184" => TumourLocation.RightColon,
        "C199" or "C209" => TumourLocation.Rectum,
        _ => TumourLocation.LeftColon,
    };

    /// <summary>TNM 8 consistent with the stage; M1c only exists from 2017 on.</summary>
    private static void DrawStage(ref Rng rng, DcraCase c, int year)
    {
        c.Stage = rng.Pick(StageWeights) + 1;
        (c.PT, c.PN, c.PM) = Tnm(ref rng, c.Stage, year);
        c.CT = rng.Chance(0.7) ? c.PT : c.PT switch
        {
            "T1" => "T2",
            "T2" => rng.Chance(0.5) ? "T1" : "T3",
            "T3" => rng.Chance(0.5) ? "T2" : "T4a",
            _ => "T3",
        };
        c.CN = c.PN == "N0" ? (rng.Chance(0.8) ? "N0" : "N1") : rng.Chance(0.65) ? c.PN[..2] : "N0";
        c.CM = c.PM;
        c.LiverMetastases = c.PM == "M1a" && rng.Chance(0.7);
    }

    public static (string T, string N, string M) Tnm(ref Rng rng, int stage, int year)
    {
        switch (stage)
        {
            case 1:
                return (rng.Chance(0.4) ? "T1" : "T2", "N0", "M0");
            case 2:
                {
                    var t = rng.NextDouble();
                    return (t < 0.85 ? "T3" : t < 0.95 ? "T4a" : "T4b", "N0", "M0");
                }

            case 3:
                return (AnyT(ref rng), AnyPositiveN(ref rng), "M0");
            default:
                {
                    var m = rng.NextDouble();
                    var code = m < 0.6 ? "M1a" : m < 0.85 || year < 2017 ? "M1b" : "M1c";
                    return (rng.Chance(0.75) ? "T3" : "T4a", rng.Chance(0.3) ? "N0" : AnyPositiveN(ref rng), code);
                }
        }
    }

    private static string AnyT(ref Rng rng)
    {
        var t = rng.NextDouble();
        return t < 0.03 ? "T1" : t < 0.13 ? "T2" : t < 0.83 ? "T3" : t < 0.95 ? "T4a" : "T4b";
    }

    private static string AnyPositiveN(ref Rng rng)
    {
        var n = rng.NextDouble();
        return n < 0.30 ? "N1a" : n < 0.60 ? "N1b" : n < 0.65 ? "N1c" : n < 0.85 ? "N2a" : "N2b";
    }
}
