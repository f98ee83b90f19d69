using System.Globalization;
using System.Text;
using Registry.Etl.Core.Data;
using Registry.Etl.Indicators.Datasets;

namespace Registry.Etl.Indicators.Tests.Support;

/// <summary>
/// Turns the synthetic DCRA/DHBA audit exports (raw layout of pipelines/sources/README.md) into a dataset
/// table with the standardised names and kinds, for tests and benchmarks that run before the ingest stage
/// exists in this branch: latest export wins per source key, coded unknowns (9, 8) become null, ages are
/// whole years at the index date, the linked columns are null. Identifying raw fields are never read.
/// </summary>
internal static class AuditExports
{
    private static readonly Dictionary<string, string> Common = new(StringComparer.Ordinal)
    {
        ["record_id"] = "record_id", ["agb"] = "hospital", ["geslacht"] = "sex", ["datum_opname"] = "admission_date",
        ["datum_ontslag"] = "discharge_date", ["asa"] = "asa", ["lengte"] = "height_cm", ["gewicht"] = "weight_kg",
        ["charlson"] = "charlson", ["complicatie"] = "complication", ["cd_graad"] = "clavien_dindo",
        ["reinterventie"] = "reintervention", ["ic_opname"] = "icu_admission", ["overleden"] = "died_in_hospital",
        ["datum_overlijden"] = "death_date", ["status_30d"] = "alive_30d", ["heropname"] = "readmission_30d",
        ["radicaliteit"] = "radicality",
    };

    private static readonly Dictionary<string, string> Dcra = new(Common, StringComparer.Ordinal)
    {
        ["datum_pa"] = "pa_date", ["datum_mdo"] = "mdo_date", ["datum_operatie"] = "operation_date", ["locprim"] = "tumour_site",
        ["verwijzing"] = "referred", ["ct"] = "ct", ["cn"] = "cn", ["cm"] = "cm", ["pt"] = "pt", ["pn"] = "pn", ["pm"] = "pm",
        ["urgentie"] = "urgency", ["preop_compl"] = "preop_complication", ["neoadj"] = "neoadjuvant", ["procedure"] = "procedure",
        ["techniek"] = "approach", ["anastomose"] = "anastomosis", ["naadlekkage"] = "anastomotic_leakage", ["crm"] = "crm",
        ["ond_lymf"] = "nodes_examined", ["pos_lymf"] = "nodes_positive",
    };

    private static readonly Dictionary<string, string> Dhba = new(Common, StringComparer.Ordinal)
    {
        ["datum_ingreep"] = "procedure_date", ["diagnose"] = "diagnosis_group", ["ingreep"] = "procedure_type",
        ["resectie"] = "resection_extent", ["ablatie"] = "ablation_technique", ["benadering"] = "approach",
        ["aantal_laesies"] = "lesion_count", ["grootste_laesie"] = "largest_lesion_mm", ["synchroon"] = "synchronous",
        ["neoadj_chemo"] = "neoadjuvant_chemo", ["ic_dagen"] = "icu_days", ["marge"] = "margin_mm", ["ltp"] = "local_progression",
        ["datum_ltp"] = "local_progression_date", ["datum_fu"] = "last_imaging_date",
    };

    private static readonly Dictionary<string, int[]> NullCodes = new(StringComparer.Ordinal)
    {
        ["asa"] = [9], ["urgency"] = [9], ["alive_30d"] = [9], ["crm"] = [8, 9], ["radicality"] = [9],
        ["anastomotic_leakage"] = [8, 9], ["local_progression"] = [9],
    };

    private static readonly string[] Grades = ["", "I", "II", "IIIa", "IIIb", "IVa", "IVb", "V"];

    /// <summary>The dataset table of <paramref name="dataset"/> from export files (relative path -> bytes).</summary>
    public static Table Build(string dataset, IEnumerable<KeyValuePair<string, byte[]>> files)
    {
        var schema = dataset == DatasetSchemas.Dcra ? DatasetSchemas.DcraSchema : DatasetSchemas.DhbaSchema;
        var map = dataset == DatasetSchemas.Dcra ? Dcra : Dhba;
        var indexDate = dataset == DatasetSchemas.Dcra ? "datum_operatie" : "datum_ingreep";
        var latest = new Dictionary<string, (string File, string[] Header, string[] Fields)>(StringComparer.Ordinal);
        var order = files.Where(f => f.Key.StartsWith(dataset + "/", StringComparison.Ordinal) && f.Key.EndsWith(".csv", StringComparison.Ordinal))
            .OrderBy(f => f.Key[^14..^4], StringComparer.Ordinal).ThenBy(f => f.Key, StringComparer.Ordinal);
        foreach (var (path, bytes) in order)
        {
            var records = Records(bytes);
            var header = records[0];
            var id = Array.IndexOf(header, "record_id");
            var agb = Array.IndexOf(header, "agb");
            for (var r = 1; r < records.Count; r++)
            {
                latest[$"{records[r][agb]}|{records[r][id]}"] = (path, header, records[r]);
            }
        }

        var builder = new TableBuilder(schema, latest.Count);
        var values = new object?[schema.Count];
        foreach (var (key, (_, header, fields)) in latest.OrderBy(k => k.Key, StringComparer.Ordinal))
        {
            Array.Clear(values);
            for (var c = 0; c < header.Length && c < fields.Length; c++)
            {
                if (map.TryGetValue(header[c], out var name) && fields[c].Length > 0)
                {
                    values[schema.IndexOf(name)] = Convert(schema[name].Kind, name, fields[c]);
                }

            }

            var birth = Date(fields[Array.IndexOf(header, "geboortedatum")]);
            var index = Date(fields[Array.IndexOf(header, indexDate)]);
            values[schema.IndexOf("age")] = index.Year - birth.Year - (index < birth.AddYears(index.Year - birth.Year) ? 1 : 0);
            values[schema.IndexOf("birth_year")] = birth.Year;
            values[schema.IndexOf("source_key")] = key;
            builder.AddRow(values);
        }

        return builder.Build();
    }

    private static object? Convert(ColumnKind kind, string name, string text)
    {
        if (name == "clavien_dindo")
        {
            return Array.IndexOf(Grades, text) is var g and >= 0 ? g : throw new FormatException($"Unknown grade '{text}'.");
        }

        switch (kind)
        {
            case ColumnKind.Int32:
                var v = int.Parse(text, CultureInfo.InvariantCulture);
                return NullCodes.TryGetValue(name, out var codes) && Array.IndexOf(codes, v) >= 0 ? null : v;
            case ColumnKind.Boolean:
                return text == "1";
            case ColumnKind.Double:
                return double.Parse(text.Replace(',', '.'), CultureInfo.InvariantCulture);
            case ColumnKind.Date:
                return Date(text);
            default:
                return text;
        }
    }

    private static DateOnly Date(string text) => DateOnly.ParseExact(text, "dd-MM-yyyy", CultureInfo.InvariantCulture);

    /// <summary>RFC 4180 records; the delimiter is the header's (';' or ','); the text is read byte-wise (structure is ASCII).</summary>
    private static List<string[]> Records(byte[] bytes)
    {
        var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        var text = Encoding.Latin1.GetString(bytes, start, bytes.Length - start);
        var firstLine = text.AsSpan(0, Math.Max(0, text.IndexOf('\n', StringComparison.Ordinal)));
        var delimiter = firstLine.Contains(';') ? ';' : ',';
        var records = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (quoted)
            {
                if (ch == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (ch == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(ch);
                }
            }
            else if (ch == '"')
            {
                quoted = true;
            }
            else if (ch == delimiter)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (ch == '\n')
            {
                fields.Add(field.ToString().TrimEnd('\r'));
                field.Clear();
                records.Add([.. fields]);
                fields.Clear();
            }
            else
            {
                field.Append(ch);
            }
        }

        return records;
    }
}
