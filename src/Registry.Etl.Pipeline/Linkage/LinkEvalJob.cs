using System.Text.RegularExpressions;
using Registry.Etl.Core.Data;
using Registry.Etl.Linkage.Evaluation;
using Registry.Etl.Pipeline.Tables;

namespace Registry.Etl.Pipeline.Linkage;

/// <summary>
/// The `link-eval` use case: predicted pairs of a `link` output folder against the truth, all pairs
/// counted. The truth is a column of the inputs (records with the same entity are true pairs; a regex with
/// a capture group can extract the entity, e.g. ^rec-(\d+)- for FEBRL), or a CSV of true id pairs.
/// </summary>
public static class LinkEvalJob
{
    /// <param name="pairsDirectory">Output folder of `link`.</param>
    /// <param name="truthColumn">Entity column of the inputs, or null when <paramref name="truthPairs"/> is given.</param>
    /// <param name="truthRegex">Optional regex; its first group (or whole match) is the entity; no match = unknown.</param>
    /// <param name="truthPairs">Optional CSV with two columns: left id, right id of each true pair (header line first).</param>
    /// <param name="threshold">Evaluate pairs with match_probability at or above this instead of the run's match decisions.</param>
    public static LinkEvaluation Run(string pairsDirectory, string? truthColumn, string? truthRegex, string? truthPairs, double? threshold)
    {
        var manifest = LinkOutputWriter.ReadManifest(pairsDirectory);
        var pairs = ReadPairs(pairsDirectory, manifest);
        var leftRow = pairs.Get<int>("left_row");
        var rightRow = pairs.Get<int>("right_row");
        var match = pairs.Get<bool>("match");
        var probability = pairs.Get<double>("match_probability");
        var left = new List<int>();
        var right = new List<int>();
        for (var i = 0; i < pairs.RowCount; i++)
        {
            var chosen = threshold is { } t ? probability[i] >= t : match[i];
            if (chosen)
            {
                left.Add(leftRow[i]);
                right.Add(rightRow[i]);
            }
        }

        if (truthPairs is not null)
        {
            return FromTruthPairs(truthPairs, pairs, left, right, manifest.Right is null);
        }

        var leftTable = LinkCsvReader.Read(manifest.Left, manifest.Csv);
        var rightTable = manifest.Right is null ? null : LinkCsvReader.Read(manifest.Right, manifest.Csv);

        if (truthColumn is null)
        {
            Core.Throw.Configuration("Give --truth-column or --truth-pairs.");
        }

        var regex = truthRegex is null ? null : new Regex(truthRegex, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        var leftEntity = Entities(leftTable, truthColumn!, regex, manifest.Left);
        var rightEntity = rightTable is null ? null : Entities(rightTable, truthColumn!, regex, manifest.Right!);
        return LinkEvaluation.Evaluate(leftEntity, rightEntity, left.ToArray(), right.ToArray());
    }

    /// <summary>The run's pairs table (pairs.parquet; the manifest names it).</summary>
    public static Table ReadPairs(string pairsDirectory, LinkManifest manifest)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        var name = manifest.Outputs.FirstOrDefault(o => o.Name.StartsWith("pairs.", StringComparison.Ordinal))?.Name
            ?? Core.Throw.Configuration<string>($"{pairsDirectory}/link.json lists no pairs file.");
        if (!name.EndsWith(".parquet", StringComparison.Ordinal))
        {
            Core.Throw.Configuration($"{pairsDirectory} holds {name} from an older `registry-etl link`; run link again (outputs are Parquet).");
        }

        return TableParquet.Read(Path.Combine(pairsDirectory, name));
    }

    private static string?[] Entities(Table table, string column, Regex? regex, string file)
    {
        if (!table.Schema.Contains(column))
        {
            Core.Throw.Configuration($"The truth column '{column}' is not in {file}.");
        }

        var values = table.GetString(column);
        var result = new string?[table.RowCount];
        for (var i = 0; i < result.Length; i++)
        {
            var v = values[i];
            if (v is null || regex is null)
            {
                result[i] = v;
                continue;
            }

            var m = regex.Match(v);
            result[i] = !m.Success ? null : m.Groups.Count > 1 ? m.Groups[1].Value : m.Value;
        }

        return result;
    }

    /// <summary>Truth as explicit pairs of record ids (unique_id values); predicted pairs are compared by their ids.</summary>
    private static LinkEvaluation FromTruthPairs(string path, Table pairs, List<int> left, List<int> right, bool dedupe)
    {
        var truth = LinkCsvReader.Read(path, new LinkCsvOptions(','));
        if (truth.Columns.Count < 2)
        {
            Core.Throw.Configuration($"{path}: a truth-pairs file needs two columns (left id, right id).");
        }

        var truePairs = new HashSet<(string, string)>();
        for (var i = 0; i < truth.RowCount; i++)
        {
            if (truth[0].GetValue(i) is string l && truth[1].GetValue(i) is string r)
            {
                truePairs.Add(Key(l, r, dedupe));
            }
        }

        var leftId = new Dictionary<int, string>();
        var rightId = new Dictionary<int, string>();
        var leftIds = pairs.GetString("left_id");
        var rightIds = pairs.GetString("right_id");
        var leftRows = pairs.Get<int>("left_row");
        var rightRows = pairs.Get<int>("right_row");
        for (var i = 0; i < pairs.RowCount; i++)
        {
            leftId[leftRows[i]] = leftIds[i]!;
            rightId[rightRows[i]] = rightIds[i]!;
        }

        long tp = 0;
        var predicted = new HashSet<(string, string)>();
        for (var i = 0; i < left.Count; i++)
        {
            var key = Key(leftId[left[i]], rightId[right[i]], dedupe);
            if (predicted.Add(key) && truePairs.Contains(key))
            {
                tp++;
            }
        }

        return new LinkEvaluation(truePairs.Count, predicted.Count, tp);
    }

    private static (string, string) Key(string left, string right, bool dedupe) =>
        dedupe && string.CompareOrdinal(left, right) > 0 ? (right, left) : (left, right);
}
