using Registry.Etl.Core.Data;
using Registry.Etl.Linkage.Results;

namespace Registry.Etl.Linkage.Output;

public static partial class LinkageTables
{
    private static Table Clusters(LinkageResult result, string[] leftIds, string[] rightIds)
    {
        var schema = new TableSchema(
        [
            new("side", ColumnKind.String, false), new("id", ColumnKind.String, false), new("row", ColumnKind.Int32, false),
            new("cluster_id", ColumnKind.Int32, false), new("cluster_size", ColumnKind.Int32, false),
        ]);

        // built column by column, sizes counted in an array: cluster ids are node indexes (0..L+R-1), and a
        // national model lists millions of right records here (a boxed row each was most of its output time)
        var left = result.LeftCluster;
        var right = result.IsDedupe ? [] : result.RightCluster;
        var sizes = new int[Math.Max(left.Length == 0 ? 0 : left.Max(), right.Length == 0 ? 0 : right.Max()) + 1];
        foreach (var c in left)
        {
            sizes[c]++;
        }

        foreach (var c in right)
        {
            sizes[c]++;
        }

        var rows = left.Length + right.Length;
        var side = new string?[rows];
        var ids = new string?[rows];
        var row = new int[rows];
        var cluster = new int[rows];
        var size = new int[rows];
        var leftSide = result.IsDedupe ? "input" : "left";
        for (var i = 0; i < rows; i++)
        {
            var isLeft = i < left.Length;
            var r = isLeft ? i : i - left.Length;
            side[i] = isLeft ? leftSide : "right";
            ids[i] = isLeft ? leftIds[r] : rightIds[r];
            row[i] = r;
            cluster[i] = isLeft ? left[r] : right[r];
            size[i] = sizes[cluster[i]];
        }

        return new Table(schema,
        [
            new StringColumn(schema[0], side), new StringColumn(schema[1], ids), new Column<int>(schema[2], row),
            new Column<int>(schema[3], cluster), new Column<int>(schema[4], size),
        ]);
    }

    private static Table MuTable(LinkageResult result)
    {
        var b = new TableBuilder(new TableSchema(
        [
            new("comparison", ColumnKind.String, false), new("level", ColumnKind.Int32, false), new("label", ColumnKind.String, false),
            new("m", ColumnKind.Double, false), new("u", ColumnKind.Double, false), new("log2_bayes_factor", ColumnKind.Double, false),
            new("term_frequency", ColumnKind.Boolean, false),
        ]));
        for (var c = 0; c < result.Parameters.Comparisons.Count; c++)
        {
            var comparison = result.Parameters.Comparisons[c];
            var spec = result.Model.Comparisons[c];
            for (var l = 0; l < comparison.Levels.Count; l++)
            {
                var level = comparison.Levels[l];
                var tf = l >= 1 && l <= spec.Levels.Count && spec.Levels[l - 1].TermFrequency;
                b.AddRow(comparison.Name, l, level.Label, level.M, level.U, level.Log2BayesFactor, tf);
            }
        }

        return b.Build();
    }

    private static Table Histogram(WeightHistogram histogram)
    {
        var b = new TableBuilder(new TableSchema(
            [new("bin_start", ColumnKind.Double, false), new("bin_end", ColumnKind.Double, false), new("pairs", ColumnKind.Int64, false)]));
        for (var i = 0; i < histogram.BinCount; i++)
        {
            if (histogram.Count(i) > 0)
            {
                b.AddRow(histogram.BinStart(i), histogram.BinStart(i) + WeightHistogram.BinWidth, histogram.Count(i));
            }
        }

        return b.Build();
    }

    private static Table Rules(LinkageDiagnostics d)
    {
        var b = new TableBuilder(new TableSchema(
            [new("kind", ColumnKind.String, false), new("rule", ColumnKind.String, false), new("pairs", ColumnKind.Int64, false), new("new_pairs", ColumnKind.Int64, false)]));
        foreach (var r in d.DeterministicLinks)
        {
            b.AddRow("deterministic", r.Rule, r.Pairs, r.NewPairs);
        }

        foreach (var r in d.Rules)
        {
            b.AddRow("blocking", r.Rule, r.Pairs, r.NewPairs);
        }

        return b.Build();
    }

    private static Table Summary(LinkageResult result)
    {
        var d = result.Diagnostics;
        var p = result.Parameters;
        var b = new TableBuilder(new TableSchema(
        [
            new("model", ColumnKind.String, false), new("model_hash", ColumnKind.String, false), new("link_type", ColumnKind.String, false),
            new("trained", ColumnKind.Boolean, false), new("left_rows", ColumnKind.Int64, false), new("right_rows", ColumnKind.Int64, false),
            new("lambda", ColumnKind.Double, false), new("prior_weight", ColumnKind.Double, false), new("all_pairs", ColumnKind.Double, false),
            new("candidate_pairs", ColumnKind.Int64, false), new("matches", ColumnKind.Int64, false), new("review_pairs", ColumnKind.Int64, false),
            new("clusters", ColumnKind.Int64, false), new("expected_true_positives", ColumnKind.Double, false),
            new("expected_false_positives", ColumnKind.Double, false), new("expected_matches_in_population", ColumnKind.Double, false),
            new("estimated_precision", ColumnKind.Double, false), new("estimated_recall", ColumnKind.Double, false),
            new("match_probability_threshold", ColumnKind.Double, false), new("review_probability_threshold", ColumnKind.Double, false),
        ]));
        b.AddRow(
            p.ModelName, p.ModelHash, result.IsDedupe ? "dedupe" : "link", result.Trained, (long)result.LeftCount, (long)(result.IsDedupe ? result.LeftCount : result.RightCount),
            p.Lambda, Math.Log2(p.Lambda / (1 - p.Lambda)), d.AllPairs, d.CandidatePairs, d.Matches, d.ReviewPairs, (long)d.Clusters,
            d.ExpectedTruePositives, d.ExpectedFalsePositives, d.ExpectedMatchesInPopulation, d.EstimatedPrecision, d.EstimatedRecall,
            result.Model.Decision.MatchProbability, result.Model.Decision.ReviewProbability);
        return b.Build();
    }
}
