using Registry.Etl.Synthetic.Randomness;

namespace Registry.Etl.Synthetic.Dcra;

internal sealed partial class DcraCaseGenerator
{
    /// <summary>Neoadjuvant therapy, procedure (NKR chir_type), approach (chir_tech) and anastomosis.</summary>
    private static void DrawTreatment(ref Rng rng, DcraCase c, int year)
    {
        var urgent = c.Urgency is 1 or 3;
        var rectum = c.Location == TumourLocation.Rectum;
        c.Neoadjuvant = Neoadjuvant(ref rng, c);
        c.Procedure = Procedure(ref rng, c, urgent);
        var years = Math.Max(0, year - 2015);
        var open = urgent ? 0.65 : c.PT is "T4a" or "T4b" ? 0.25 : 0.10;
        if (c.Procedure == 6)
        {
            c.Approach = 1;
        }
        else if (rng.Chance(open))
        {
            c.Approach = 0;
        }
        else
        {
            var robot = rectum ? Math.Min(0.5, 0.05 + 0.05 * years) : Math.Min(0.25, 0.02 + 0.02 * years);
            var converted = rng.Chance(rectum ? 0.08 : 0.06);
            c.Approach = rng.Chance(robot) ? (converted ? 4 : 3) : (converted ? 2 : 1);
        }

        c.Anastomosis = c.Procedure switch
        {
            6 or 8 or 10 => 0,
            7 when c.Site == "C209" => rng.Chance(0.65) ? 2 : 1,
            7 => rng.Chance(0.3) ? 2 : 1,
            _ => rng.NextDouble() switch { < 0.94 => 1, < 0.96 => 2, _ => 0 },
        };
    }

    private static int Neoadjuvant(ref Rng rng, DcraCase c)
    {
        if (c.Location != TumourLocation.Rectum)
        {
            return c.PT == "T4b" && rng.Chance(0.2) ? 3 : 0;
        }

        var scale = c.Site == "C199" ? 0.3 : 1.0;
        var p = rng.NextDouble() / scale;
        return c.Stage switch
        {
            1 => p < 0.05 ? 1 : p < 0.08 ? 2 : 0,
            4 => p < 0.35 ? 1 : p < 0.75 ? 3 : 0,
            _ => p < 0.30 ? 1 : p < 0.70 ? 2 : 0,
        };
    }

    private static int Procedure(ref Rng rng, DcraCase c, bool urgent)
    {
        var p = rng.NextDouble();
        if (c.SecondSite.Length > 0)
        {
            return p < 0.4 ? 9 : p < 0.6 ? 5 : 7;
        }

        return c.Site switch
        {
            "C180" or "C182" or "C183" => p < 0.97 ? 2 : 5,
            "C184" => p < 0.4 ? 3 : p < 0.97 ? 2 : 5,
            "C185" or "C186" => p < 0.8 ? 2 : p < 0.95 ? 5 : 9,
            "C187" => p < (urgent ? 0.35 : 0.03) ? 10 : p < 0.98 ? 4 : 5,
            "C199" => p < 0.4 ? 4 : p < (urgent ? 0.7 : 0.95) ? 7 : 10,
            "C209" => c.PT == "T1" && p < 0.3 ? 6 : p < 0.63 ? 7 : p < 0.92 ? 8 : 10,
            _ => p < 0.5 ? 2 : p < 0.95 ? 4 : 10,
        };
    }

    /// <summary>Pathology confirmation, MDO, admission and operation dates (discharge follows the outcomes).</summary>
    private static void DrawDates(ref Rng rng, DcraCase c)
    {
        var op = c.OperationDay;
        if (c.Urgency == 1 && rng.Chance(0.7))
        {
            c.PathologyDay = op; // no biopsy before an emergency resection: the specimen confirms
        }
        else if (c.Urgency is 1 or 3)
        {
            c.PathologyDay = op - rng.Between(1, 6);
        }
        else
        {
            var wait = c.Neoadjuvant switch
            {
                1 => rng.Chance(0.6) ? rng.Between(18, 40) : rng.Between(60, 110),
                2 => rng.Between(100, 160),
                3 => rng.Between(110, 200),
                _ => (int)Math.Clamp(rng.LogNormal(c.Urgency == 2 ? 45 : 33, 0.35), 8, 150),
            };
            c.PathologyDay = op - wait;
        }

        var elective = c.Urgency is 0 or 2;
        if (op - c.PathologyDay >= 3 && rng.Chance(elective ? 0.93 : 0.3))
        {
            c.MdoDay = c.PathologyDay + rng.Between(1, Math.Min(21, op - c.PathologyDay - 1));
        }

        c.AdmissionDay = elective ? op - (rng.Chance(0.8) ? 0 : 1) : op - rng.Between(0, c.Urgency == 3 ? 3 : 1);
    }

    /// <summary>Nodes examined and positive consistent with pN; radicality by pT; CRM drawn with the outcomes.</summary>
    private static void DrawPathology(ref Rng rng, DcraCase c)
    {
        if (c.Neoadjuvant == 2 && rng.Chance(0.12))
        {
            (c.PT, c.PN) = ("T0", "N0"); // complete response after chemoradiation
        }

        var mean = c.Location == TumourLocation.Rectum ? (c.Neoadjuvant is 1 or 2 ? 14 : 18) : 22;
        c.NodesExamined = c.Procedure == 6 ? 0 : (int)Math.Clamp(Math.Round(rng.Normal(mean, 7)), 1, 150);
        c.NodesPositive = c.PN switch
        {
            "N1a" => 1,
            "N1b" => rng.Between(2, 3),
            "N2a" => rng.Between(4, 6),
            "N2b" => rng.Between(7, 20),
            _ => 0,
        };
        if (c.NodesExamined < c.NodesPositive)
        {
            c.NodesExamined = c.NodesPositive + rng.Below(6);
        }

        var t4 = c.PT is "T4a" or "T4b";
        var p = rng.NextDouble();
        var r1 = t4 ? 0.079 : c.PT == "T3" ? 0.02 : 0.01;
        var r2 = (t4 ? 0.01 : 0.002) + (c.Stage == 4 ? 0.02 : 0);
        c.Radicality = p < r2 ? 2 : p < r2 + r1 ? 1 : 0;
    }
}
