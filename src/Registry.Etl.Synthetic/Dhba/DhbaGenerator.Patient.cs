using Registry.Etl.Synthetic.Randomness;

namespace Registry.Etl.Synthetic.Dhba;

internal sealed partial class DhbaGenerator
{
    /// <summary>Body and comorbidity (carried over from DCRA when known), lesions, chemotherapy and the procedure.</summary>
    private void DrawPatient(ref Rng rng, DhbaCase d, int asa, int charlson, int height, double weight)
    {
        d.Age = d.Person.AgeOn(d.ProcedureDay);
        d.Asa = asa;
        d.Charlson = charlson;
        d.HeightCm = height;
        d.WeightKg = weight;
        d.NeoadjuvantChemo = d.Diagnosis switch { 1 => rng.Chance(0.45), 2 => rng.Chance(0.3), _ => false };
        d.Topography = d.Diagnosis == 3 ? (rng.Chance(0.7) ? "C220" : "C221") : "";
        DrawProcedure(ref rng, d);
        DrawLesions(ref rng, d);
        d.AdmissionDay = d.ProcedureDay - (rng.Chance(0.75) ? 0 : 1);
    }

    /// <summary>Open-close, stand-alone ablation (from 2018), combined (hospital-dependent, calibrated later) or resection.</summary>
    private void DrawProcedure(ref Rng rng, DhbaCase d)
    {
        var year = DateOnly.FromDayNumber(d.ProcedureDay).Year;
        var p = rng.NextDouble();
        var ablationOnly = year >= _dhba.AblationOnlyFromYear
            ? d.Diagnosis switch { 1 => _dhba.AblationOnlyShare, 3 => 0.25, 2 => 0.05, _ => 0 }
            : 0;
        if (d.Simultaneous)
        {
            d.ProcedureType = 1;
        }
        else if (p < 0.02)
        {
            d.ProcedureType = 4;
        }
        else if (p < 0.02 + ablationOnly)
        {
            d.ProcedureType = 2;
        }
        else
        {
            d.ProcedureType = 1; // resection; combined is decided by the calibrated hospital model
        }

        d.ResectionExtent = d.ProcedureType == 2 ? 0 : rng.Chance(d.Diagnosis switch { 3 => 0.4, 4 => 0.2, _ => _dhba.MajorShare }) ? 2 : 1;
        if (d.ProcedureType == 4)
        {
            d.ResectionExtent = 0;
        }
    }

    private static void DrawLesions(ref Rng rng, DhbaCase d)
    {
        var extra = d.Diagnosis switch { 1 => 1.3, 2 => 0.8, 3 => 0.3, _ => 0.2 };
        d.LesionCount = Math.Min(30, 1 + rng.Poisson(d.ProcedureType == 3 ? extra + 1.5 : extra));
        var median = d.ProcedureType == 2 ? 18 : d.Diagnosis switch { 1 => 30, 2 => 28, _ => 48 };
        d.LargestLesionMm = (int)Math.Clamp(Math.Round(rng.LogNormal(median, d.ProcedureType == 2 ? 0.35 : 0.5)), 5, d.ProcedureType == 2 ? 50 : 250);
    }

    /// <summary>Approach and ablation technique once the procedure type is final.</summary>
    private static void DrawApproach(ref Rng rng, DhbaCase d)
    {
        var year = DateOnly.FromDayNumber(d.ProcedureDay).Year;
        var p = rng.NextDouble();
        var minimally = Math.Min(0.6, 0.35 + 0.02 * Math.Max(0, year - 2015));
        d.Approach = d.ProcedureType switch
        {
            2 => p < 0.8 ? 4 : p < 0.9 ? 2 : 1,
            4 => p < 0.9 ? 1 : 2,
            3 => p < 0.7 ? 1 : p < 0.98 ? 2 : 3,
            _ when d.ResectionExtent == 2 => p < 0.8 ? 1 : p < 0.98 ? 2 : 3,
            _ => p < 1 - minimally ? 1 : p < 1 - minimally * 0.1 ? 2 : 3,
        };
        if (d.Simultaneous)
        {
            d.Approach = d.Colorectal!.MinimallyInvasive ? 2 : 1;
        }

        if (d.Ablated)
        {
            var rfa = Math.Max(0.1, 0.35 - 0.025 * Math.Max(0, year - 2015));
            var q = rng.NextDouble();
            d.AblationTechnique = q < rfa ? 1 : q < 0.95 ? 2 : q < 0.98 ? 3 : 4;
        }
    }
}
