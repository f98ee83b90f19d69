using System.Globalization;
using Registry.Etl.Synthetic.Dcra;
using Registry.Etl.Synthetic.Export;
using Registry.Etl.Synthetic.World;

namespace Registry.Etl.Synthetic.Truth;

/// <summary>The world-level truth tables (hospitals, colorectal patients, audit cases): plain UTF-8 CSV, ISO dates.</summary>
internal static partial class TruthTables
{
    public static IReadOnlyList<string> HospitalColumns { get; } =
    [
        "agb", "name", "region", "liver_centre", "dcra_records", "dhba_records", "role", "u_leak", "u_mortality",
        "u_complication", "u_combined", "u_dhba_morbidity", "delimiter", "encoding", "export_day",
    ];

    public static IReadOnlyList<string> ColorectalColumns { get; } =
    [
        "key_zid", "person_id", "site", "location", "stage", "incidence_date", "resected", "dcra_key", "operation_date",
        "recurrence_followed", "recurrence_hazard", "death_hazard", "recurrence_date", "recurrence_type", "death_date",
        "liver_treatment_date",
    ];

    public static long Hospitals(SyntheticWorld world, CsvWriter w)
    {
        w.Header(HospitalColumns);
        var dcra = new int[world.Hospitals.Length];
        var dhba = new int[world.Hospitals.Length];
        foreach (var c in world.Colorectal)
        {
            dcra[c.Hospital.Index] += c.Registered ? 1 : 0;
        }

        foreach (var d in world.Liver)
        {
            dhba[d.Hospital.Index]++;
        }

        foreach (var h in world.Hospitals)
        {
            w.Field(h.Agb);
            w.Field(h.Name);
            w.Int(h.Region);
            w.Bool(h.LiverCentre);
            w.Int(dcra[h.Index]);
            w.Int(dhba[h.Index]);
            w.Field(RoleName(h.Role));
            Number(w, h.LeakEffect);
            Number(w, h.MortalityEffect);
            Number(w, h.ComplicationEffect);
            Number(w, h.CombinedEffect);
            Number(w, h.MorbidityEffect);
            w.Field(h.Dialect.Delimiter.ToString());
            w.Field(h.Dialect.Encoding == TextEncoding.Windows1252 ? "windows-1252" : "utf-8-bom");
            w.Int(h.ExportDay);
            w.EndRow();
        }

        return world.Hospitals.Length;
    }

    public static long Colorectal(SyntheticWorld world, CsvWriter w)
    {
        w.Header(ColorectalColumns);
        foreach (var c in world.Colorectal)
        {
            w.Field(world.Keys.NkrTumour(c.TumourId));
            w.Field(c.Person.Id.ToString(CultureInfo.InvariantCulture));
            w.Field(c.Site);
            w.Field(LocationName(c.Location));
            w.Int(c.Stage);
            w.Date(c.PathologyDay);
            w.Bool(c.Resected);
            w.Field(c.Registered ? SyntheticWorld.DcraKey(c) : "");
            w.Date(c.Resected ? c.OperationDay : -1);
            w.Bool(c.RecurrenceFollowed);
            Number(w, c.RecurrenceHazard);
            Number(w, c.DeathHazard);
            w.Date(c.RecurrenceDay);
            w.IntOrEmpty(c.RecurrenceDay == int.MaxValue ? -1 : c.RecurrenceType);
            w.Date(c.DeathDay);
            w.Date(c.LiverTreatmentDay);
            w.EndRow();
        }

        return world.Colorectal.Count;
    }

    public static string RoleName(HospitalRole role)
    {
        if (role == HospitalRole.Normal)
        {
            return "normal";
        }

        var names = new List<string>(2);
        if ((role & HospitalRole.LeakOutlier) != 0)
        {
            names.Add("leak_outlier");
        }

        if ((role & HospitalRole.MortalityOutlier) != 0)
        {
            names.Add("mortality_outlier");
        }

        if ((role & HospitalRole.CaseMixOnly) != 0)
        {
            names.Add("casemix_only");
        }

        if ((role & HospitalRole.MorbidityOutlier) != 0)
        {
            names.Add("dhba_morbidity_outlier");
        }

        return string.Join('|', names);
    }

    public static string LocationName(TumourLocation location) => location switch
    {
        TumourLocation.RightColon => "right_colon",
        TumourLocation.LeftColon => "left_colon",
        _ => "rectum",
    };

    /// <summary>Shortest round-trip text of a double: the same bits give the same characters.</summary>
    public static void Number(CsvWriter w, double value) => w.Field(value.ToString("R", CultureInfo.InvariantCulture));
}
