using System.Text.RegularExpressions;

namespace Registry.Etl.Synthetic.Tests.Support;

/// <summary>
/// Reads the raw column names, in order, from the tables of pipelines/sources/README.md (the export
/// reference), so the layout test checks the files against the document, not against the generator.
/// </summary>
internal static partial class ReferenceLayout
{
    public static IReadOnlyList<string> Columns(string section)
    {
        var text = File.ReadAllText(Path.Combine(Repository.Root(), "pipelines", "sources", "README.md"));
        var start = text.IndexOf("## " + section, StringComparison.Ordinal);
        Assert.True(start >= 0, $"Section '{section}' not found in the export reference.");
        var end = text.IndexOf("\n## ", start + 3, StringComparison.Ordinal);
        var body = end < 0 ? text[start..] : text[start..end];
        var columns = new List<string>();
        foreach (var line in body.Split('\n'))
        {
            if (!line.StartsWith("| `", StringComparison.Ordinal))
            {
                continue;
            }

            var firstCell = line.Split('|')[1];
            foreach (Match m in Backticked().Matches(firstCell))
            {
                columns.Add(m.Groups[1].Value);
            }
        }

        return columns;
    }

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex Backticked();
}
