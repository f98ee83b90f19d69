using System.Globalization;
using Registry.Etl.Core;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Registry.Etl.Indicators.Specs;

public static partial class SpecParser
{
    private static SortedDictionary<string, object> Parameters(SpecYaml y, YamlMappingNode root)
    {
        var result = new SortedDictionary<string, object>(StringComparer.Ordinal);
        if (SpecYaml.Get(root, "parameters") is not { } node)
        {
            return result;
        }

        foreach (var (k, v) in y.Mapping(node, "parameters").Children)
        {
            var name = y.Scalar(k, "A parameter name");
            var scalar = y.ScalarNode(v, $"parameters.{name}");
            var text = scalar.Value ?? string.Empty;
            result[name] = scalar.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted ? text
                : int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var i) ? i
                : double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d
                : text is "true" or "false" ? text == "true"
                : text;
        }

        return result;
    }

    private static SortedDictionary<string, IReadOnlyList<string>> CodeLists(SpecYaml y, YamlMappingNode root)
    {
        var result = new SortedDictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        if (SpecYaml.Get(root, "code_lists") is not { } node)
        {
            return result;
        }

        foreach (var (k, v) in y.Mapping(node, "code_lists").Children)
        {
            var name = y.Scalar(k, "A code list name");
            var codes = y.Sequence(v, $"code_lists.{name}").Children.Select(c => y.Scalar(c, $"A code of {name}")).ToArray();
            if (codes.Length == 0)
            {
                Throw.Configuration($"Code list '{name}' is empty.", y.At(v));
            }

            result[name] = codes;
        }

        return result;
    }

    private static List<ChangelogEntry> Changelog(SpecYaml y, YamlMappingNode root)
    {
        var list = new List<ChangelogEntry>();
        foreach (var item in y.Sequence(y.Required(root, "changelog", "The spec"), "changelog"))
        {
            var map = y.Mapping(item, "A changelog entry");
            y.AllowOnly(map, "a changelog entry", "version", "date", "change");
            list.Add(new ChangelogEntry(
                y.Int(map, "version", "A changelog entry"),
                y.DateOf(y.Required(map, "date", "A changelog entry"), "changelog.date"),
                y.String(map, "change", "A changelog entry")));
        }

        return list;
    }

    private static List<WorkedCase> TestCases(SpecYaml y, YamlMappingNode root)
    {
        var list = new List<WorkedCase>();
        if (SpecYaml.Get(root, "test_cases") is not { } node)
        {
            return list;
        }

        foreach (var item in y.Sequence(node, "test_cases"))
        {
            var map = y.Mapping(item, "A test case");
            y.AllowOnly(map, "a test case", "name", "rows", "expect");
            var rows = new List<IReadOnlyDictionary<string, string?>>();
            foreach (var row in y.Sequence(y.Required(map, "rows", "A test case"), "test_cases.rows"))
            {
                var values = new SortedDictionary<string, string?>(StringComparer.Ordinal);
                foreach (var (k, v) in y.Mapping(row, "A test row").Children)
                {
                    var scalar = y.ScalarNode(v, "A test value");
                    values[y.Scalar(k, "A column")] = scalar.Style == ScalarStyle.Plain && scalar.Value is "" or "~" or "null" ? null : scalar.Value;
                }

                rows.Add(values);
            }

            var expect = new List<IReadOnlyDictionary<string, string>>();
            foreach (var row in y.Sequence(y.Required(map, "expect", "A test case"), "test_cases.expect"))
            {
                var values = new SortedDictionary<string, string>(StringComparer.Ordinal);
                foreach (var (k, v) in y.Mapping(row, "An expected row").Children)
                {
                    values[y.Scalar(k, "A result field")] = y.Scalar(v, "An expected value");
                }

                expect.Add(values);
            }

            list.Add(new WorkedCase(y.String(map, "name", "A test case"), rows, expect, y.At(map)));
        }

        return list;
    }
}
