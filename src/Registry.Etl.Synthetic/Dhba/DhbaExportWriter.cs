using Registry.Etl.Synthetic.Dcra;
using Registry.Etl.Synthetic.Export;
using Registry.Etl.Synthetic.Identity;
using Registry.Etl.Synthetic.Randomness;
using Registry.Etl.Synthetic.World;

namespace Registry.Etl.Synthetic.Dhba;

/// <summary>
/// Renders DHBA rows: as DCRA for identity and noise; the long-term items (local progression, last
/// imaging) show what was registered a week before the export date, so re-sends carry new follow-up.
/// </summary>
internal sealed class DhbaExportWriter
{
    private readonly SyntheticWorld _world;

    public DhbaExportWriter(SyntheticWorld world) => _world = world;

    public NoiseTags Write(CsvWriter w, DhbaCase d, AuditEmission e, int exportDay)
    {
        var rng = Rng.For(_world.Seed, StreamId.DhbaNoise, d.Person.Id, d.ProcedureDay);
        var noise = _world.Calibration.Noise;
        var identity = _world.Noiser.Apply(ref rng, d.Person, d.ProcedureDay, noise.Hospital);
        var missingAsa = rng.Chance(noise.MissingItem);
        var missingBody = rng.Chance(noise.MissingItem);
        var missingRadicality = rng.Chance(noise.MissingItem);
        var correction = _world.DhbaCorrections[d.Index];
        if (e.Flawed && correction == CorrectionKind.Identity)
        {
            var flawRng = Rng.For(_world.Seed, StreamId.DhbaNoise, d.Person.Id, d.ProcedureDay, 1);
            identity = IdentityNoiser.AddFlaw(ref flawRng, identity, d.ProcedureDay);
        }

        var flawMissing = e.Flawed && correction == CorrectionKind.Missing;
        var hideOutcome = e.Flawed && correction == CorrectionKind.Outcome;
        var tags = identity.Tags
            | (missingAsa || missingBody || missingRadicality ? NoiseTags.ItemMissing : NoiseTags.None)
            | (flawMissing ? NoiseTags.FlawMissing : NoiseTags.None)
            | (hideOutcome ? NoiseTags.FlawOutcome : NoiseTags.None);
        var dialect = d.Hospital.Dialect.ForDhba();
        w.Field(d.RecordId);
        w.Field(d.Hospital.Agb);
        DcraExportWriter.WriteIdentity(w, dialect, identity, d.PatientNumber);
        w.Date(d.ProcedureDay);
        w.Date(d.AdmissionDay);
        w.Date(d.DischargeDay);
        w.Int(d.Diagnosis);
        w.Int(d.ProcedureType);
        w.Int(d.ResectionExtent);
        w.Int(d.AblationTechnique);
        w.Int(d.Approach);
        w.Int(d.LesionCount);
        w.Int(d.LargestLesionMm);
        w.Int(missingAsa || flawMissing ? 9 : d.Asa);
        w.IntOrEmpty(flawMissing ? -1 : d.Charlson);
        w.IntOrEmpty(missingBody || flawMissing ? -1 : d.HeightCm);
        if (missingBody || flawMissing)
        {
            w.Empty();
        }
        else
        {
            w.Decimal(d.WeightKg);
        }

        w.Bool(d.Synchronous);
        w.Bool(d.NeoadjuvantChemo);
        w.Bool(!hideOutcome && d.Complication);
        w.Field(hideOutcome ? "" : ExportLayouts.ClavienDindo(d.ClavienDindo));
        w.Int(hideOutcome ? 0 : d.Reintervention);
        w.Bool(!hideOutcome && d.Icu);
        w.Bool(d.DiedInHospital);
        w.Date(d.HospitalKnownDeathDay);
        w.Int(d.Dead30 ? 1 : 0);
        w.Bool(d.Readmitted);
        w.Int(hideOutcome ? 0 : d.IcuDays);
        w.IntOrEmpty(d.Radicality >= 0 && missingRadicality ? 9 : d.Radicality);
        w.IntOrEmpty(d.MarginMm);
        if (exportDay >= ExportLayouts.DhbaLongTermItemsFrom.DayNumber)
        {
            WriteFollowUp(w, d, exportDay);
        }

        w.EndRow();
        return tags;
    }

    private static void WriteFollowUp(CsvWriter w, DhbaCase d, int exportDay)
    {
        var last = -1;
        var seen = -1;
        foreach (var day in d.ImagingDays)
        {
            if (day + 7 > exportDay)
            {
                break;
            }

            last = day;
            if (seen < 0 && day >= d.LocalProgressionDay)
            {
                seen = day;
            }
        }

        if (last < 0)
        {
            w.Empty();
            w.Empty();
            w.Empty();
            return;
        }

        w.Int(seen >= 0 ? 1 : 0);
        w.Date(seen);
        w.Date(last);
    }
}
