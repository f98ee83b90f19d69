using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Registry.Etl.Core.Data;
using Registry.Etl.Pipeline.Linkage;

namespace Registry.Etl.Pipeline.Tests.Stages;

/// <summary>
/// Test-only stand-in for the ingest stage until it is on main: reads the committed sample exports and
/// builds the standardised columns the linkage models and datasets read, by the rules of
/// pipelines/sources/README.md (BSN normalised to 9 digits and 11-proof checked, postcode normalised and
/// checked, dates of birth as keys, latest export wins per source key). Keys are SHA-256 pseudonyms
/// with a per-purpose prefix, which is all linkage needs (equal text, equal key). Also returns each
/// row's source key, for joining the ground truth.
/// </summary>
internal static class SampleStandardiser
{
    public static Table Read(string root, string source)
    {
        var rows = new Dictionary<string, Dictionary<string, string?>>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(root, source), "*.csv", SearchOption.AllDirectories).OrderBy(ExportDate).ThenBy(f => f, StringComparer.Ordinal))
        {
            var table = LinkCsvReader.Read(file, new LinkCsvOptions(null, Encoding(file)));
            for (var r = 0; r < table.RowCount; r++)
            {
                var row = new Dictionary<string, string?>(StringComparer.Ordinal);
                for (var c = 0; c < table.Columns.Count; c++)
                {
                    row[table.Schema[c].Name.TrimStart('\uFEFF')] = (string?)table[c].GetValue(r);
                }

                var key = source switch
                {
                    "dcra" or "dhba" => row["agb"] + "|" + row["record_id"],
                    "nkr" => row["key_zid"]!,
                    _ => row["LBZIdopname"]!,
                };
                if (rows.TryAdd(key, row))
                {
                    order.Add(key);
                }
                else
                {
                    rows[key] = row;
                }
            }
        }

        order.Sort(StringComparer.Ordinal);
        return Build(source, [.. order.Select(k => (k, rows[k]))]);
    }

    private static Table Build(string source, List<(string Key, Dictionary<string, string?> Row)> rows)
    {
        var hospitalSource = source is "dcra" or "dhba";
        var (dobColumn, dobFormat) = source switch
        {
            "dcra" or "dhba" => ("geboortedatum", "dd-MM-yyyy"),
            "nkr" => ("gebdat", "yyyy-MM-dd"),
            _ => ("gebdat", "yyyyMMdd"),
        };
        var dateFormat = source switch { "dcra" or "dhba" => "dd-MM-yyyy", "nkr" => "yyyy-MM-dd", _ => "yyyyMMdd" };
        var columns = new List<(ColumnSchema Schema, Func<Dictionary<string, string?>, string, object?> Value)>
        {
            (new(source switch { "nkr" => "tumour_id", "lbz" => "admission_id", _ => "source_key" }, ColumnKind.String), (_, k) => k),
            (new("dob_key", ColumnKind.String), (r, _) => Dob(r[dobColumn], dobFormat) is { } d ? Key("dob", Iso(d)) : null),
            (new("dob_swap_key", ColumnKind.String), (r, _) => Dob(r[dobColumn], dobFormat) is { } d && d.Day <= 12 ? Key("dob", Iso(new DateOnly(d.Year, d.Day, d.Month))) : null),
            (new("birth_year", ColumnKind.Int32), (r, _) => Dob(r[dobColumn], dobFormat)?.Year),
            (new("sex", ColumnKind.Int32), (r, _) => Int(r[source == "nkr" ? "gesl" : "geslacht"])),
            (new("pc6_key", ColumnKind.String), (r, _) => Postcode(r["postcode"]) is { } p ? Key("pc", p) : null),
            (new("pc4", ColumnKind.String), (r, _) => Postcode(r["postcode"])?[..4]),
        };
        if (source != "lbz")
        {
            columns.Add((new("person_key", ColumnKind.String), (r, _) => Bsn(r["bsn"]) is { } b ? Key("bsn", b) : null));
        }

        void Date(string name, string raw) => columns.Add((new(name, ColumnKind.Date), (r, _) => Day(r[raw], dateFormat)));
        void Text(string name, string raw) => columns.Add((new(name, ColumnKind.String), (r, _) => r[raw]));
        void Integer(string name, string raw) => columns.Add((new(name, ColumnKind.Int32), (r, _) => Int(r[raw]) is { } v && v != 9 ? v : null));
        if (hospitalSource)
        {
            Text("hospital", "agb");
            Date("admission_date", "datum_opname");
            Date("discharge_date", "datum_ontslag");
            Date("death_date", "datum_overlijden");
        }

        switch (source)
        {
            case "dcra":
                Date("pa_date", "datum_pa");
                Date("operation_date", "datum_operatie");
                Text("tumour_site", "locprim");
                break;
            case "dhba":
                Date("procedure_date", "datum_ingreep");
                break;
            case "nkr":
                Date("incidence_date", "incdat");
                Text("topography", "topo_sublok");
                Text("hospital_diagnosis", "zkh_diag");
                Text("hospital_surgery", "zkh_chir");
                Date("surgery_date", "chir_datum");
                Integer("vital_status", "vit_stat");
                Date("vital_status_date", "vit_stat_dat");
                Integer("recurrence", "recidief");
                Date("recurrence_date", "recidief_dat");
                break;
            default:
                Text("hospital", "agb");
                Date("admission_date", "LBZOpnamedatum");
                Date("discharge_date", "LBZOntslagdatum");
                break;
        }

        var builder = new TableBuilder(new TableSchema(columns.Select(c => c.Schema)), rows.Count);
        foreach (var (key, row) in rows)
        {
            builder.AddRow([.. columns.Select(c => c.Value(row, key))]);
        }

        return builder.Build();
    }

    private static string ExportDate(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        var date = name[(name.LastIndexOf('_') + 1)..];
        return date.Length == 7 ? date + "-99" : date; // lbz_yyyy-MM: delivered after that month
    }

    private static string Encoding(string path)
    {
        var head = new byte[3];
        using (var s = File.OpenRead(path))
        {
            _ = s.Read(head, 0, 3);
        }

        return head is [0xEF, 0xBB, 0xBF] || path.Contains("nkr", StringComparison.Ordinal) || path.Contains("lbz", StringComparison.Ordinal) ? "utf-8" : "windows-1252";
    }

    private static string Key(string purpose, string text) =>
        Convert.ToHexString(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(purpose + ":" + text)));

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly? Dob(string? text, string format) =>
        DateOnly.TryParseExact(text, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    private static int? Day(string? text, string format) => Dob(text, format) is { } d ? d.DayNumber - new DateOnly(1970, 1, 1).DayNumber : null;

    private static int? Int(string? text) => int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : null;

    private static string? Bsn(string? text)
    {
        var digits = new string((text ?? string.Empty).Where(char.IsAsciiDigit).ToArray());
        digits = digits.Length == 8 ? "0" + digits : digits;
        if (digits.Length != 9)
        {
            return null;
        }

        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            sum += (digits[i] - '0') * (9 - i);
        }

        return (sum - (digits[8] - '0')) % 11 == 0 ? digits : null;
    }

    private static string? Postcode(string? text)
    {
        var p = (text ?? string.Empty).Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
        var ok = p.Length == 6 && p[0] is >= '1' and <= '9' && p[1..4].All(char.IsAsciiDigit) && p[4..].All(char.IsAsciiLetterUpper) && p[4..] is not ("SA" or "SD" or "SS");
        return ok ? p : null;
    }
}
