using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Registry.Etl.Ingest.Contracts;

public static partial class ContractLoader
{
    private static readonly string[] ColumnKeys =
        ["raw", "name", "type", "required", "identifying", "absent", "map", "codes", "range", "pattern", "true", "false", "equals_file_name", "hospital_column", "description"];

    private static (FileNameRule Rule, FileFormat Format) ReadFile(ContractYaml y, YamlMappingNode map)
    {
        y.OnlyKeys(map, "'file'", "name", "name_date_format", "export_date", "delimiter", "encoding", "date_format", "decimal");
        var pattern = y.Text(map, "name", required: true)!;
        try
        {
            var regex = new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);
            if (Array.IndexOf(regex.GetGroupNames(), "date") < 0)
            {
                y.Fail<int>(y.Child(map, "name")!, "The file name pattern needs a group (?<date>...) holding the export date.");
            }
        }
        catch (ArgumentException e)
        {
            y.Fail<int>(y.Child(map, "name")!, $"Not a valid regular expression: {e.Message}");
        }

        var nameDateFormat = y.Text(map, "name_date_format", required: true)!;
        var exportDate = y.Text(map, "export_date", required: true) switch
        {
            "day" => ExportDateRule.Day,
            "next_month" => ExportDateRule.NextMonth,
            var other => y.Fail<ExportDateRule>(y.Child(map, "export_date")!, $"'export_date' must be day or next_month, was '{other}'."),
        };

        var delimiterNode = y.Child(map, "delimiter") ?? y.Fail<YamlNode>(map, "'delimiter' is required here.");
        var delimiters = new List<char>();
        foreach (var node in delimiterNode is YamlSequenceNode seq ? seq.Children : [delimiterNode])
        {
            var text = y.Scalar(node, "A delimiter");
            if (text.Length != 1 || text[0] is '"' or '\r' or '\n')
            {
                y.Fail<int>(node, $"A delimiter is one character other than a quote or line end, was '{text}'.");
            }

            delimiters.Add(text[0]);
        }

        var encoding = y.Text(map, "encoding", required: true)!;
        if (encoding is not ("utf-8" or "windows-1252" or "detect"))
        {
            y.Fail<int>(y.Child(map, "encoding")!, $"'encoding' must be utf-8, windows-1252 or detect, was '{encoding}'.");
        }

        var dateFormat = y.Text(map, "date_format", required: true)!;
        if (dateFormat is not ("dd-MM-yyyy" or "yyyy-MM-dd" or "yyyyMMdd"))
        {
            y.Fail<int>(y.Child(map, "date_format")!, $"'date_format' must be dd-MM-yyyy, yyyy-MM-dd or yyyyMMdd, was '{dateFormat}'.");
        }

        var dec = y.Text(map, "decimal", required: true) switch
        {
            "point" => DecimalStyle.Point,
            "comma" => DecimalStyle.Comma,
            "by_delimiter" => DecimalStyle.ByDelimiter,
            var other => y.Fail<DecimalStyle>(y.Child(map, "decimal")!, $"'decimal' must be point, comma or by_delimiter, was '{other}'."),
        };

        return (new FileNameRule(pattern, nameDateFormat, exportDate), new FileFormat(delimiters, encoding, dateFormat, dec));
    }

    private static IReadOnlyList<ContractColumn> ReadColumns(ContractYaml y, YamlSequenceNode list)
    {
        var columns = new List<ContractColumn>();
        var raws = new HashSet<string>(StringComparer.Ordinal);
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in list)
        {
            var column = ReadColumn(y, y.AsMapping(node, "A column"));
            if (!raws.Add(column.Raw))
            {
                y.Fail<int>(node, $"Raw column '{column.Raw}' appears twice.");
            }

            foreach (var name in StandardisedSchema.NamesOf(column))
            {
                if (!names.Add(name))
                {
                    y.Fail<int>(node, $"Standardised column '{name}' is produced twice.");
                }
            }

            columns.Add(column);
        }

        foreach (var c in columns.Where(c => c.HospitalColumn is not null))
        {
            if (!raws.Contains(c.HospitalColumn!))
            {
                Core.Throw.Configuration($"'hospital_column' names '{c.HospitalColumn}', which is not a column of this contract.", c.Location);
            }
        }

        return columns.Count > 0 ? columns : y.Fail<IReadOnlyList<ContractColumn>>(list, "'columns' needs at least one column.");
    }

    private static ContractColumn ReadColumn(ContractYaml y, YamlMappingNode map)
    {
        y.OnlyKeys(map, "a column", ColumnKeys);
        var raw = y.Text(map, "raw", required: true)!;
        var typeText = y.Text(map, "type", required: true)!;
        var type = typeText switch
        {
            "string" => FieldType.String,
            "int" => FieldType.Int,
            "double" => FieldType.Double,
            "bool" => FieldType.Bool,
            "date" => FieldType.Date,
            "text" => FieldType.Text,
            "bsn" => FieldType.Bsn,
            "birth_date" => FieldType.BirthDate,
            "postcode" => FieldType.Postcode,
            "patient_number" => FieldType.PatientNumber,
            _ => y.Fail<FieldType>(y.Child(map, "type")!, $"Unknown type '{typeText}'; expected string, int, double, bool, date, text, bsn, birth_date, postcode or patient_number."),
        };

        var identifyingType = type is FieldType.Bsn or FieldType.BirthDate or FieldType.Postcode or FieldType.PatientNumber;
        var identifying = y.Flag(map, "identifying");
        if (identifying != identifyingType)
        {
            // the flag is redundant on purpose: a reader of the contract sees at a glance what never leaves ingest
            y.Fail<int>(map, identifyingType
                ? $"Column '{raw}' of type {typeText} must be marked 'identifying: true'."
                : $"Only bsn, birth_date, postcode and patient_number columns can be identifying; '{raw}' is {typeText}.");
        }

        var name = y.Text(map, "name", required: false);
        if ((name is null) != (identifyingType || type == FieldType.Text))
        {
            y.Fail<int>(map, name is null
                ? $"Column '{raw}' needs a standardised 'name'."
                : $"Column '{raw}' of type {typeText} has fixed standardised names (pipelines/sources/README.md); remove 'name'.");
        }

        if (name is not null && !StandardisedSchema.IsValidName(name))
        {
            y.Fail<int>(y.Child(map, "name")!, $"A standardised name is snake_case ([a-z][a-z0-9_]*), was '{name}'.");
        }

        var column = new ContractColumn
        {
            Raw = raw,
            Name = name,
            Type = type,
            Required = y.Flag(map, "required"),
            Identifying = identifying,
            Absent = y.Flag(map, "absent"),
            Pattern = y.Text(map, "pattern", required: false),
            TrueText = y.Text(map, "true", required: false) ?? "1",
            FalseText = y.Text(map, "false", required: false) ?? "0",
            EqualsFileName = y.Text(map, "equals_file_name", required: false),
            HospitalColumn = y.Text(map, "hospital_column", required: false),
            Location = y.At(map),
        };

        if (column.Absent && column.Required)
        {
            y.Fail<int>(map, $"Column '{raw}' cannot be both required and absent.");
        }

        if (type == FieldType.PatientNumber && column.HospitalColumn is null)
        {
            y.Fail<int>(map, $"Column '{raw}' of type patient_number needs 'hospital_column' (a patient number only means something within its hospital).");
        }

        if (column.Pattern is not null)
        {
            try
            {
                _ = new Regex(column.Pattern);
            }
            catch (ArgumentException e)
            {
                y.Fail<int>(y.Child(map, "pattern")!, $"Not a valid regular expression: {e.Message}");
            }
        }

        return ReadValueRules(y, map, column);
    }

    private static ContractColumn ReadValueRules(ContractYaml y, YamlMappingNode map, ContractColumn column)
    {
        var valueMap = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (y.Child(map, "map") is { } mapNode)
        {
            foreach (var (k, v) in y.AsMapping(mapNode, "'map'").Children)
            {
                var from = y.Scalar(k, "A map key");
                var to = v is YamlScalarNode s && ContractYaml.IsNull(s) ? null : y.Scalar(v, "A map value");
                if (to is not null && !ValueParses(column.Type, to))
                {
                    y.Fail<int>(v, $"Map value '{to}' is not a value of type {column.Type}.");
                }

                valueMap[from] = to;
            }
        }

        var codes = new HashSet<string>(StringComparer.Ordinal);
        if (y.Child(map, "codes") is { } codesNode)
        {
            var seq = codesNode as YamlSequenceNode ?? y.Fail<YamlSequenceNode>(codesNode, "'codes' must be a list.");
            foreach (var c in seq)
            {
                var code = y.Scalar(c, "A code");
                if (!ValueParses(column.Type, code))
                {
                    y.Fail<int>(c, $"Code '{code}' is not a value of type {column.Type}.");
                }

                codes.Add(code);
            }
        }

        double? min = null, max = null;
        if (y.Child(map, "range") is { } rangeNode)
        {
            if (rangeNode is not YamlSequenceNode { Children.Count: 2 } range || column.Type is not (FieldType.Int or FieldType.Double))
            {
                return y.Fail<ContractColumn>(rangeNode, "'range' is [min, max] on an int or double column.");
            }

            min = y.Number(range[0], "The range minimum");
            max = y.Number(range[1], "The range maximum");
            if (min > max)
            {
                y.Fail<int>(rangeNode, "The range minimum is above its maximum.");
            }
        }

        return column with { Map = valueMap, Codes = codes, Min = min, Max = max };
    }

    private static bool ValueParses(FieldType type, string text) => type switch
    {
        FieldType.Int => int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _),
        FieldType.Double => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _),
        FieldType.Bool => text is "true" or "false",
        _ => true,
    };

}
