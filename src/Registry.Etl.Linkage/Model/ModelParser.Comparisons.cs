using System.Globalization;
using Registry.Etl.Core;
using YamlDotNet.RepresentationModel;

namespace Registry.Etl.Linkage.Model;

public static partial class ModelParser
{
    private static readonly string[] LevelKeys =
    [
        "type", "label", "column", "threshold", "max", "length", "days", "tolerance", "relative", "format",
        "expression", "comparator", "options", "term_frequency", "tf_weight", "tf_minimum", "rare_max_count",
    ];

    private static IReadOnlyList<ComparisonSpec> ParseComparisons(YamlReader y, YamlNode node)
    {
        var list = new List<ComparisonSpec>();
        foreach (var item in y.Sequence(node, "comparisons").Children)
        {
            var map = y.Mapping(item, "A comparison");
            y.AllowOnly(map, "a comparison", "name", "column", "null_columns", "null_when", "levels");
            var column = y.Column(y.Required(map, "column", "A comparison"), "comparison column");
            var name = y.OptionalString(map, "name", "comparison") ?? column.Left;
            var nullColumns = new List<ColumnRef>();
            if (YamlReader.Get(map, "null_columns") is { } nc)
            {
                foreach (var c in y.Sequence(nc, "null_columns").Children)
                {
                    nullColumns.Add(y.Column(c, "null_columns entry"));
                }
            }

            var levels = new List<LevelSpec>();
            foreach (var l in y.Sequence(y.Required(map, "levels", $"Comparison '{name}'"), $"comparison '{name}' levels").Children)
            {
                levels.Add(ParseLevel(y, l, name));
            }

            if (levels.Count == 0)
            {
                Throw.Configuration($"Comparison '{name}' needs at least one level besides null and else.", y.At(map));
            }

            var nullWhen = y.OptionalString(map, "null_when", "comparison") switch
            {
                null or "either" => false,
                "both" => true,
                var w => Throw.Configuration<bool>($"null_when must be either or both, got '{w}'.", y.At(map)),
            };
            list.Add(new ComparisonSpec(name, column, levels) { NullColumns = nullColumns, NullOnlyWhenBoth = nullWhen });
        }

        return list;
    }

    private static LevelSpec ParseLevel(YamlReader y, YamlNode node, string comparison)
    {
        var what = $"a level of comparison '{comparison}'";
        if (node is YamlScalarNode)
        {
            var kind = ParseKind(y, node, y.Scalar(node, what));
            return kind == LevelKind.Exact
                ? new LevelSpec(kind, "exact")
                : Throw.Configuration<LevelSpec>($"Only 'exact' may be written without options; write {{type: ...}} for {y.Scalar(node, what)}.", y.At(node));
        }

        var map = y.Mapping(node, what);
        y.AllowOnly(map, what, LevelKeys);
        var type = y.Required(map, "type", what);
        var k = ParseKind(y, type, y.Scalar(type, what));
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        if (YamlReader.Get(map, "options") is { } opt)
        {
            foreach (var (key, value) in y.Mapping(opt, "options").Children)
            {
                options[y.Scalar(key, "an option name")] = y.Scalar(value, "an option value");
            }
        }

        var spec = new LevelSpec(k, string.Empty)
        {
            Column = YamlReader.Get(map, "column") is { } c ? y.Column(c, $"{what} column") : null,
            Threshold = y.Double(map, "threshold", what, double.NaN),
            Max = y.Int(map, "max", what, -1),
            Length = y.Int(map, "length", what, -1),
            Days = y.Int(map, "days", what, -1),
            Tolerance = y.Double(map, "tolerance", what, double.NaN),
            Relative = y.Bool(map, "relative", what, false),
            Format = y.OptionalString(map, "format", what),
            Expression = y.OptionalString(map, "expression", what),
            Comparator = y.OptionalString(map, "comparator", what),
            Options = options,
            TermFrequency = y.Bool(map, "term_frequency", what, false),
            TermFrequencyWeight = y.Double(map, "tf_weight", what, 1.0),
            TermFrequencyMinimum = y.Double(map, "tf_minimum", what, 0.0),
            RareMaxCount = y.Int(map, "rare_max_count", what, -1),
        };
        RequireOptions(y, map, spec, what);
        return spec with { Label = y.OptionalString(map, "label", what) ?? DefaultLabel(spec) };
    }

    private static LevelKind ParseKind(YamlReader y, YamlNode node, string text) => text switch
    {
        "exact" => LevelKind.Exact,
        "jaro_winkler" => LevelKind.JaroWinkler,
        "jaro" => LevelKind.Jaro,
        "levenshtein" => LevelKind.Levenshtein,
        "damerau_levenshtein" => LevelKind.DamerauLevenshtein,
        "jaccard" => LevelKind.Jaccard,
        "prefix" => LevelKind.Prefix,
        "date_within" => LevelKind.DateWithin,
        "date_swap" => LevelKind.DateSwap,
        "numeric_within" => LevelKind.NumericWithin,
        "expression" => LevelKind.Expression,
        "custom" => LevelKind.Custom,
        _ => Throw.Configuration<LevelKind>(
            $"Unknown level type '{text}'; allowed: exact, jaro_winkler, jaro, levenshtein, damerau_levenshtein, jaccard, prefix, date_within, date_swap, numeric_within, expression, custom.",
            y.At(node)),
    };

    private static void RequireOptions(YamlReader y, YamlMappingNode map, LevelSpec s, string what)
    {
        string? missing = s.Kind switch
        {
            LevelKind.JaroWinkler or LevelKind.Jaro or LevelKind.Jaccard when double.IsNaN(s.Threshold) || s.Threshold is < 0 or > 1 => "'threshold' between 0 and 1",
            LevelKind.Levenshtein or LevelKind.DamerauLevenshtein when s.Max < 0 => "'max' >= 0",
            LevelKind.Prefix when s.Length < 1 => "'length' >= 1",
            LevelKind.DateWithin when s.Days < 0 => "'days' >= 0",
            LevelKind.NumericWithin when double.IsNaN(s.Tolerance) || s.Tolerance < 0 => "'tolerance' >= 0",
            LevelKind.Expression when string.IsNullOrWhiteSpace(s.Expression) => "'expression'",
            LevelKind.Custom when string.IsNullOrWhiteSpace(s.Comparator) => "'comparator'",
            _ => null,
        };
        if (missing is not null)
        {
            Throw.Configuration($"Level type {s.Kind} in {what} needs {missing}.", y.At(map));
        }

        if (YamlReader.Get(map, "rare_max_count") is not null && s.RareMaxCount < 1)
        {
            Throw.Configuration($"rare_max_count must be >= 1 in {what}.", y.At(map));
        }

        if (s.TermFrequencyWeight is < 0 or > 1 || s.TermFrequencyMinimum is < 0 or >= 1)
        {
            Throw.Configuration($"tf_weight must be in [0, 1] and tf_minimum in [0, 1) in {what}.", y.At(map));
        }
    }

    private static string DefaultLabel(LevelSpec s)
    {
        var inv = CultureInfo.InvariantCulture;
        var col = s.Column is { } c ? $" [{c}]" : string.Empty;
        var text = s.Kind switch
        {
            LevelKind.Exact => "exact",
            LevelKind.JaroWinkler => string.Create(inv, $"jaro_winkler >= {s.Threshold}"),
            LevelKind.Jaro => string.Create(inv, $"jaro >= {s.Threshold}"),
            LevelKind.Levenshtein => string.Create(inv, $"levenshtein <= {s.Max}"),
            LevelKind.DamerauLevenshtein => string.Create(inv, $"damerau_levenshtein <= {s.Max}"),
            LevelKind.Jaccard => string.Create(inv, $"jaccard >= {s.Threshold}"),
            LevelKind.Prefix => string.Create(inv, $"prefix {s.Length}"),
            LevelKind.DateWithin => string.Create(inv, $"within {s.Days} days"),
            LevelKind.DateSwap => "day/month swapped",
            LevelKind.NumericWithin => string.Create(inv, $"within {s.Tolerance}{(s.Relative ? " relative" : string.Empty)}"),
            LevelKind.Expression => $"expression {s.Expression}",
            LevelKind.Custom => $"custom {s.Comparator}",
            _ => s.Kind.ToString(),
        };
        var rare = s.RareMaxCount >= 0 ? string.Create(inv, $", rarer value <= {s.RareMaxCount}x") : string.Empty;
        return text + rare + col;
    }
}
