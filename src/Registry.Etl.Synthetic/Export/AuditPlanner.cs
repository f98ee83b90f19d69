using Registry.Etl.Synthetic.Calibration;
using Registry.Etl.Synthetic.Randomness;
using Registry.Etl.Synthetic.World;

namespace Registry.Etl.Synthetic.Export;

/// <summary>
/// Plans the submissions of one audit record: first sent in the first quarterly export after the record
/// is complete (30 days after surgery or at discharge, plus a registration delay; some much later),
/// re-sent when follow-up is added, once corrected (same record_id, new content), and sometimes
/// duplicated in the same or a later export.
/// </summary>
internal static class AuditPlanner
{
    public static CorrectionKind Plan(
        ref Rng rng,
        ExportCalendar calendar,
        NoiseCalibration noise,
        Hospital hospital,
        int caseIndex,
        int completeDay,
        bool hasComplication,
        ReadOnlySpan<int> updateDays,
        List<AuditEmission> into)
    {
        var ready = completeDay + (int)rng.Exponential(1.0 / 15);
        if (rng.Chance(noise.Late))
        {
            ready += rng.Between(90, 270);
        }

        var correction = CorrectionKind.None;
        if (rng.Chance(noise.Corrected))
        {
            var p = rng.NextDouble();
            correction = p < 0.4 ? CorrectionKind.Identity : p < 0.7 && hasComplication ? CorrectionKind.Outcome : CorrectionKind.Missing;
        }

        var first = calendar.FirstAuditQuarterOnOrAfter(hospital, ready);
        var flawed = correction != CorrectionKind.None;
        into.Add(new AuditEmission(caseIndex, first, 1, false, flawed));
        if (rng.Chance(noise.DuplicateSameFile))
        {
            into.Add(new AuditEmission(caseIndex, first, 1, true, flawed));
        }

        var last = first;
        var version = 1;
        var correctionQuarter = flawed ? first + rng.Between(1, 3) : int.MaxValue;
        foreach (var day in updateDays)
        {
            var q = calendar.FirstAuditQuarterOnOrAfter(hospital, Math.Max(day + 7, ready));
            if (q > correctionQuarter && correctionQuarter > last)
            {
                into.Add(new AuditEmission(caseIndex, correctionQuarter, ++version, false, false));
                last = correctionQuarter;
            }

            if (q > last)
            {
                into.Add(new AuditEmission(caseIndex, q, ++version, false, flawed && q < correctionQuarter));
                last = q;
            }
        }

        if (correctionQuarter != int.MaxValue && correctionQuarter > last)
        {
            into.Add(new AuditEmission(caseIndex, correctionQuarter, ++version, false, false));
            last = correctionQuarter;
        }

        if (rng.Chance(noise.DuplicateLater))
        {
            into.Add(new AuditEmission(caseIndex, last + 1, version, true, flawed && last < correctionQuarter));
        }

        return correction;
    }
}
