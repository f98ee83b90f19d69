using System.Globalization;
using Registry.Etl.Synthetic.Export;
using Registry.Etl.Synthetic.World;

namespace Registry.Etl.Synthetic.Truth;

internal static partial class TruthTables
{
    public static IReadOnlyList<string> DcraColumns { get; } =
    [
        "source_key", "person_id", "hospital", "operation_date", "first_export_date", "location", "procedure", "anastomosis",
        "age", "asa", "urgency", "p_leak_casemix", "p_leak_true", "leak", "p_mortality_casemix", "p_mortality_true",
        "died_30d_or_inhospital", "severe_complication", "complicated_course",
    ];

    public static IReadOnlyList<string> DhbaColumns { get; } =
    [
        "source_key", "person_id", "hospital", "procedure_date", "first_export_date", "diagnosis", "procedure_type",
        "outcome_group", "p_morbidity_casemix", "p_morbidity_true", "major_morbidity", "p_mortality_true",
        "died_30d_or_inhospital", "ltp_hazard", "ltp_date", "death_date",
    ];

    public static long Dcra(SyntheticWorld world, CsvWriter w)
    {
        w.Header(DcraColumns);
        var first = FirstExports(world.DcraEmissions, world.Colorectal.Count);
        long rows = 0;
        foreach (var c in world.Colorectal)
        {
            if (!c.Registered)
            {
                continue;
            }

            w.Field(SyntheticWorld.DcraKey(c));
            w.Field(c.Person.Id.ToString(CultureInfo.InvariantCulture));
            w.Field(c.Hospital.Agb);
            w.Date(c.OperationDay);
            w.Date(world.Calendar.AuditExportDay(c.Hospital, first[c.Index]));
            w.Field(LocationName(c.Location));
            w.Int(c.Procedure);
            w.Int(c.Anastomosis);
            w.Int(c.AgeAtOperation);
            w.Int(c.Asa);
            w.Int(c.Urgency);
            Number(w, c.LeakRiskCaseMix);
            Number(w, c.LeakRiskTrue);
            w.Bool(c.Leak);
            Number(w, c.MortalityRiskCaseMix);
            Number(w, c.MortalityRiskTrue);
            w.Bool(c.PostoperativeDeath);
            w.Bool(c.ClavienDindo >= 3);
            w.Bool(c.Complication && (c.LengthOfStay > 14 || c.Reintervention > 0 || c.PostoperativeDeath));
            w.EndRow();
            rows++;
        }

        return rows;
    }

    public static long Dhba(SyntheticWorld world, CsvWriter w)
    {
        w.Header(DhbaColumns);
        var first = FirstExports(world.DhbaEmissions, world.Liver.Count);
        foreach (var d in world.Liver)
        {
            w.Field(SyntheticWorld.DhbaKey(d));
            w.Field(d.Person.Id.ToString(CultureInfo.InvariantCulture));
            w.Field(d.Hospital.Agb);
            w.Date(d.ProcedureDay);
            w.Date(world.Calendar.AuditExportDay(d.Hospital, first[d.Index]));
            w.Int(d.Diagnosis);
            w.Int(d.ProcedureType);
            w.Field(d.OutcomeGroup switch { 0 => "minor", 1 => "major", _ => "ablation" });
            Number(w, d.MorbidityRiskCaseMix);
            Number(w, d.MorbidityRiskTrue);
            w.Bool(d.MajorMorbidity);
            Number(w, d.MortalityRiskTrue);
            w.Bool(d.PostoperativeDeath);
            Number(w, d.LocalProgressionHazard);
            w.Date(d.LocalProgressionDay);
            w.Date(d.DeathDay);
            w.EndRow();
        }

        return world.Liver.Count;
    }

    private static int[] FirstExports(List<AuditEmission>[] emissions, int cases)
    {
        var first = new int[cases];
        Array.Fill(first, int.MaxValue);
        foreach (var list in emissions)
        {
            foreach (var e in list)
            {
                first[e.Case] = Math.Min(first[e.Case], e.Quarter);
            }
        }

        return first;
    }
}
