using Registry.Etl.Synthetic.Export;
using Registry.Etl.Synthetic.Identity;
using Registry.Etl.Synthetic.Randomness;
using Registry.Etl.Synthetic.Text;
using Registry.Etl.Synthetic.World;

namespace Registry.Etl.Synthetic.Dcra;

/// <summary>Renders DCRA rows in a hospital's dialect, with the record's noise and, for a flawed first submission, its flaw.</summary>
internal sealed partial class DcraExportWriter
{
    private readonly SyntheticWorld _world;

    public DcraExportWriter(SyntheticWorld world) => _world = world;

    /// <summary>Persistent noise of a record: the same in every submission (a correction fixes only its flaw).</summary>
    public DcraRecordNoise NoiseOf(DcraCase c)
    {
        var rng = Rng.For(_world.Seed, StreamId.DcraNoise, c.Index);
        var noise = _world.Calibration.Noise;
        var identity = _world.Noiser.Apply(ref rng, c.Person, c.OperationDay, noise.Hospital);
        var missing = 0;
        for (var item = 0; item < DcraRecordNoise.Items; item++)
        {
            if (rng.Chance(noise.MissingItem))
            {
                missing |= 1 << item;
            }
        }

        var implausible = rng.Chance(noise.ImplausibleValue);
        var remarkRng = Rng.For(_world.Seed, StreamId.Remarks, c.Index);
        var remark = remarkRng.Chance(noise.Remark) ? RemarkGenerator.Create(ref remarkRng, c.OperationDay) : "";
        return new DcraRecordNoise(identity, missing, implausible, remark);
    }

    public RecordIdentity FlawedIdentity(DcraCase c, RecordIdentity identity)
    {
        var rng = Rng.For(_world.Seed, StreamId.DcraNoise, c.Index, 1);
        return IdentityNoiser.AddFlaw(ref rng, identity, c.OperationDay);
    }

    /// <summary>Writes one row and returns the noise tags of what it shows.</summary>
    public NoiseTags Write(CsvWriter w, DcraCase c, AuditEmission e)
    {
        var n = NoiseOf(c);
        var correction = _world.DcraCorrections[c.Index];
        var identity = e.Flawed && correction == CorrectionKind.Identity ? FlawedIdentity(c, n.Identity) : n.Identity;
        var missing = n.Missing | (e.Flawed && correction == CorrectionKind.Missing
            ? DcraRecordNoise.Asa | DcraRecordNoise.Charlson | DcraRecordNoise.Height | DcraRecordNoise.Weight | DcraRecordNoise.MdoDate
            : 0);
        var hideOutcome = e.Flawed && correction == CorrectionKind.Outcome;
        var tags = identity.Tags
            | (n.Missing != 0 ? NoiseTags.ItemMissing : NoiseTags.None)
            | (n.Implausible ? NoiseTags.Implausible : NoiseTags.None)
            | (e.Flawed && correction == CorrectionKind.Missing ? NoiseTags.FlawMissing : NoiseTags.None)
            | (hideOutcome ? NoiseTags.FlawOutcome : NoiseTags.None);
        var dialect = c.Hospital.Dialect;
        w.Field(c.RecordId);
        w.Field(c.Hospital.Agb);
        WriteIdentity(w, dialect, identity, c.PatientNumber);
        w.Date(c.PathologyDay);
        w.Date((missing & DcraRecordNoise.MdoDate) != 0 ? -1 : c.MdoDay);
        w.Date(c.AdmissionDay);
        w.Date(c.OperationDay);
        w.Date(c.DischargeDay);
        w.Field(c.Site);
        w.Bool(c.Referred);
        w.Int((missing & DcraRecordNoise.Asa) != 0 ? 9 : c.Asa);
        w.IntOrEmpty((missing & DcraRecordNoise.Height) != 0 ? -1 : n.Implausible ? 320 : c.HeightCm);
        if ((missing & DcraRecordNoise.Weight) != 0)
        {
            w.Empty();
        }
        else
        {
            w.Decimal(c.WeightKg);
        }

        w.IntOrEmpty((missing & DcraRecordNoise.Charlson) != 0 ? -1 : c.Charlson);
        var tnmMissing = (missing & DcraRecordNoise.ClinicalTnm) != 0;
        w.Field(tnmMissing ? "TX" : c.CT);
        w.Field(tnmMissing ? "NX" : c.CN);
        w.Field(c.CM);
        w.Field(c.PT);
        w.Field(c.PN);
        w.Field(c.PM);
        WriteTreatment(w, c, missing);
        WriteOutcomes(w, c, missing, hideOutcome);
        w.Field(n.Remark);
        w.EndRow();
        return tags;
    }

    /// <summary>BSN (8 digits when the vendor's spreadsheet drops the leading zero), patient number, date of birth, sex, postcode.</summary>
    public static void WriteIdentity(CsvWriter w, ExportDialect dialect, RecordIdentity identity, string patientNumber)
    {
        var bsn = identity.Bsn;
        w.Field(dialect.BsnDropsLeadingZero && bsn.Length == 9 && bsn[0] == '0' ? bsn.AsSpan(1) : bsn.AsSpan());
        w.Field(patientNumber);
        w.Date(identity.DateOfBirth);
        w.Int(identity.Sex);
        w.Field(identity.Postcode < 0 ? "" : Postcode.Format(identity.Postcode, dialect.Postcodes));
    }
}
