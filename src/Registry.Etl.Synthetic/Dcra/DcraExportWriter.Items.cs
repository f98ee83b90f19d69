using Registry.Etl.Synthetic.Export;

namespace Registry.Etl.Synthetic.Dcra;

internal sealed partial class DcraExportWriter
{
    private static void WriteTreatment(CsvWriter w, DcraCase c, int missing)
    {
        w.Int((missing & DcraRecordNoise.Urgency) != 0 ? 9 : c.Urgency);
        w.Int(c.PreopComplication);
        w.Int(c.Neoadjuvant);
        w.Int(c.Procedure);
        w.Int((missing & DcraRecordNoise.Approach) != 0 ? 9 : c.Approach);
        w.Int(c.Anastomosis);
    }

    private static void WriteOutcomes(CsvWriter w, DcraCase c, int missing, bool hideOutcome)
    {
        if (hideOutcome)
        {
            // First submission before the complications were registered.
            w.Bool(false);
            w.Field("");
            w.Int(c.Anastomosis == 0 ? 8 : 0);
            w.Int(0);
            w.Bool(false);
        }
        else
        {
            w.Bool(c.Complication);
            w.Field(ExportLayouts.ClavienDindo(c.ClavienDindo));
            w.Int((missing & DcraRecordNoise.Leakage) != 0 && c.Anastomosis != 0 ? 9 : c.Leakage);
            w.Int(c.Reintervention);
            w.Bool(c.Icu);
        }

        w.Bool(c.DiedInHospital);
        w.Date(c.HospitalKnownDeathDay);
        w.Int((missing & DcraRecordNoise.Status30) != 0 && !c.Dead30 ? 9 : c.Dead30 ? 1 : 0);
        w.Bool(c.Readmitted);
        w.Int((missing & DcraRecordNoise.Crm) != 0 && c.Crm != 8 ? 9 : c.Crm);
        w.Int((missing & DcraRecordNoise.Radicality) != 0 ? 9 : c.Radicality);
        w.Int(c.NodesExamined);
        w.Int(c.NodesPositive);
    }
}
