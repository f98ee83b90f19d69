using Registry.Etl.Synthetic.Export;
using Registry.Etl.Synthetic.Identity;
using Registry.Etl.Synthetic.Randomness;
using Registry.Etl.Synthetic.World;

namespace Registry.Etl.Synthetic.Nkr;

/// <summary>
/// Renders NKR rows for an extract: registration-dependent inclusion, vital status and recurrence as
/// known at the 1 February cut-off, identity noise fixed per tumour (the same in every extract).
/// </summary>
internal sealed class NkrExtractWriter
{
    private readonly SyntheticWorld _world;

    public NkrExtractWriter(SyntheticWorld world) => _world = world;

    public NoiseTags Write(CsvWriter w, NkrTumour t, int cutoff)
    {
        var rng = Rng.For(_world.Seed, StreamId.NkrNoise, t.Id);
        var noise = _world.Calibration.Noise;
        var identity = _world.Noiser.Apply(ref rng, t.Person, t.IncidenceDay, noise.Nkr);
        var stageUnknown = rng.Chance(noise.MissingItem / 2);
        var recurrenceUnknown = rng.Chance(0.03);
        w.Field(_world.Keys.NkrPatient(t.Person.Id));
        w.Field(_world.Keys.NkrTumour(t.Id));
        w.Field(identity.Bsn);
        w.Date(identity.DateOfBirth);
        w.Int(identity.Sex);
        w.Field(identity.Postcode < 0 ? "" : Postcode.Format(identity.Postcode, PostcodeStyle.Compact));
        w.Date(t.IncidenceDay);
        w.Field(t.Topography);
        w.Field(t.Morphology);
        w.Int(t.Behaviour);
        w.Int(t.Grade);
        w.Field(t.CT);
        w.Field(t.CN);
        w.Field(t.CM);
        w.Field(t.PT);
        w.Field(t.PN);
        w.Field(t.PM);
        w.Field(stageUnknown ? "X" : t.Stage);
        w.Field(t.DiagnosisHospital.Agb);
        w.Field(t.SurgeryHospital?.Agb);
        w.Date(t.SurgeryDay);
        w.IntOrEmpty(t.SurgeryType);
        var dead = t.DeathDay <= cutoff;
        w.Int(dead ? 1 : 0);
        w.Date(dead ? t.DeathDay : cutoff);
        if (!t.RecurrenceProject)
        {
            w.Empty();
            w.Empty();
            w.Empty();
        }
        else if (recurrenceUnknown)
        {
            w.Int(9);
            w.Empty();
            w.Empty();
        }
        else
        {
            var recurred = t.RecurrenceDay <= cutoff;
            w.Int(recurred ? 1 : 0);
            w.Date(recurred ? t.RecurrenceDay : -1);
            w.IntOrEmpty(recurred ? t.RecurrenceType : -1);
        }

        w.EndRow();
        return identity.Tags | (stageUnknown ? NoiseTags.ItemMissing : NoiseTags.None);
    }
}
