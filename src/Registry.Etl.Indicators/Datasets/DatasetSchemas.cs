using Registry.Etl.Core.Data;

namespace Registry.Etl.Indicators.Datasets;

/// <summary>
/// The declared schemas of the analysis datasets <c>dcra</c> and <c>dhba</c>: the standardised columns of
/// <c>pipelines/sources/README.md</c> plus the linked columns the <c>datasets</c> stage adds (COMMON.md
/// "datasets"). Specs are compiled against these, so <c>registry-etl validate</c> checks them without data.
/// </summary>
public static class DatasetSchemas
{
    public const string Dcra = "dcra";
    public const string Dhba = "dhba";

    /// <summary>Columns the datasets stage adds from NKR and LBZ; null when a run has no linkage.</summary>
    public static IReadOnlyList<ColumnSchema> LinkedColumns { get; } =
    [
        new("nkr_linked", ColumnKind.Boolean),
        new("nkr_vital_status", ColumnKind.Int32),
        new("nkr_vital_status_date", ColumnKind.Date),
        new("death_date_any", ColumnKind.Date),
        new("nkr_recurrence", ColumnKind.Int32),
        new("nkr_recurrence_date", ColumnKind.Date),
        new("lbz_linked", ColumnKind.Boolean),
        new("lbz_readmission_30d", ColumnKind.Boolean),
    ];

    public static IReadOnlyList<string> Names { get; } = [Dcra, Dhba];

    public static TableSchema DcraSchema { get; } = Build(DcraColumns());

    public static TableSchema DhbaSchema { get; } = Build(DhbaColumns());

    public static bool TryGet(string dataset, out TableSchema schema)
    {
        schema = dataset switch
        {
            Dcra => DcraSchema,
            Dhba => DhbaSchema,
            _ => null!,
        };
        return schema is not null;
    }

    private static TableSchema Build(IEnumerable<ColumnSchema> own) => new([.. own, .. LinkedColumns]);

    private static IEnumerable<ColumnSchema> Identity()
    {
        yield return new("record_id", ColumnKind.String, false);
        yield return new("hospital", ColumnKind.String, false);
        yield return new("person_key", ColumnKind.String) { Identifying = true };
        yield return new("patient_number_key", ColumnKind.String) { Identifying = true };
        yield return new("dob_key", ColumnKind.String) { Identifying = true };
        yield return new("dob_swap_key", ColumnKind.String) { Identifying = true };
        yield return new("birth_year", ColumnKind.Int32);
        yield return new("age", ColumnKind.Int32);
        yield return new("sex", ColumnKind.Int32);
        yield return new("pc6_key", ColumnKind.String) { Identifying = true };
        yield return new("pc4", ColumnKind.String);
    }

    private static IEnumerable<ColumnSchema> Patient()
    {
        yield return new("asa", ColumnKind.Int32);
        yield return new("height_cm", ColumnKind.Int32);
        yield return new("weight_kg", ColumnKind.Double);
        yield return new("charlson", ColumnKind.Int32);
    }

    private static IEnumerable<ColumnSchema> Outcomes()
    {
        yield return new("complication", ColumnKind.Boolean);
        yield return new("clavien_dindo", ColumnKind.Int32);
        yield return new("reintervention", ColumnKind.Int32);
        yield return new("icu_admission", ColumnKind.Boolean);
        yield return new("died_in_hospital", ColumnKind.Boolean);
        yield return new("death_date", ColumnKind.Date);
        yield return new("alive_30d", ColumnKind.Int32);
        yield return new("readmission_30d", ColumnKind.Boolean);
    }

    private static IEnumerable<ColumnSchema> Lineage()
    {
        yield return new("source_key", ColumnKind.String, false);
        yield return new("export_date", ColumnKind.Date, false);
        yield return new("source_file", ColumnKind.String, false);
        yield return new("source_line", ColumnKind.Int64, false);
    }

    private static IEnumerable<ColumnSchema> DcraColumns()
    {
        foreach (var c in Identity())
        {
            yield return c;
        }

        yield return new("pa_date", ColumnKind.Date);
        yield return new("mdo_date", ColumnKind.Date);
        yield return new("admission_date", ColumnKind.Date);
        yield return new("operation_date", ColumnKind.Date, false);
        yield return new("discharge_date", ColumnKind.Date);
        yield return new("tumour_site", ColumnKind.String);
        yield return new("referred", ColumnKind.Boolean);
        foreach (var c in Patient())
        {
            yield return c;
        }

        foreach (var name in new[] { "ct", "cn", "cm", "pt", "pn", "pm" })
        {
            yield return new(name, ColumnKind.String);
        }

        yield return new("urgency", ColumnKind.Int32);
        yield return new("preop_complication", ColumnKind.Int32);
        yield return new("neoadjuvant", ColumnKind.Int32);
        yield return new("procedure", ColumnKind.Int32);
        yield return new("approach", ColumnKind.Int32);
        yield return new("anastomosis", ColumnKind.Int32);
        yield return new("anastomotic_leakage", ColumnKind.Int32);
        foreach (var c in Outcomes())
        {
            yield return c;
        }

        yield return new("crm", ColumnKind.Int32);
        yield return new("radicality", ColumnKind.Int32);
        yield return new("nodes_examined", ColumnKind.Int32);
        yield return new("nodes_positive", ColumnKind.Int32);
        foreach (var c in Lineage())
        {
            yield return c;
        }
    }

    private static IEnumerable<ColumnSchema> DhbaColumns()
    {
        foreach (var c in Identity())
        {
            yield return c;
        }

        yield return new("procedure_date", ColumnKind.Date, false);
        yield return new("admission_date", ColumnKind.Date);
        yield return new("discharge_date", ColumnKind.Date);
        yield return new("diagnosis_group", ColumnKind.Int32);
        yield return new("procedure_type", ColumnKind.Int32);
        yield return new("resection_extent", ColumnKind.Int32);
        yield return new("ablation_technique", ColumnKind.Int32);
        yield return new("approach", ColumnKind.Int32);
        yield return new("lesion_count", ColumnKind.Int32);
        yield return new("largest_lesion_mm", ColumnKind.Int32);
        foreach (var c in Patient())
        {
            yield return c;
        }

        yield return new("synchronous", ColumnKind.Boolean);
        yield return new("neoadjuvant_chemo", ColumnKind.Boolean);
        foreach (var c in Outcomes())
        {
            yield return c;
        }

        yield return new("icu_days", ColumnKind.Int32);
        yield return new("radicality", ColumnKind.Int32);
        yield return new("margin_mm", ColumnKind.Int32);
        yield return new("local_progression", ColumnKind.Int32);
        yield return new("local_progression_date", ColumnKind.Date);
        yield return new("last_imaging_date", ColumnKind.Date);
        foreach (var c in Lineage())
        {
            yield return c;
        }
    }
}
