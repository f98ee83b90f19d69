using Registry.Etl.Core.Data;
using Registry.Etl.Core.Errors;
using Registry.Etl.Linkage.Evaluation;
using Registry.Etl.Linkage.Model;
using Registry.Etl.Linkage.Results;

namespace Registry.Etl.Linkage.Tests;

public sealed class LinkerTests
{
    internal const string LinkModel = """
        name: people
        link_type: link
        deterministic:
          - {name: key, keys: [key]}
        blocking:
          - [dob]
          - [surname]
        comparisons:
          - column: surname
            levels:
              - {type: exact, term_frequency: true}
              - {type: jaro_winkler, threshold: 0.9}
          - column: dob
            levels:
              - exact
              - {type: date_swap}
              - {type: date_within, days: 3}
          - column: sex
            levels: [exact]
        training: {u_max_pairs: 100000}
        decision: {one_to_one: true}
        """;

    private static readonly string[] Surnames = ["jansen", "de vries", "bakker", "visser", "smit", "meijer", "de boer", "mulder", "bos", "vos", "peters", "hendriks", "dekker", "brouwer", "dijkstra", "van dijk", "kok", "jacobs", "vermeulen", "van leeuwen"];

    [Fact]
    public void Run_LinkModeWithNoise_FindsTheTrueLinks()
    {
        var (left, right, truthLeft, truthRight) = People(2000, seed: 3);
        var result = Linker.Run(ModelParser.Parse(LinkModel), left, right);
        var matches = Enumerable.Range(0, result.Pairs.Count).Where(i => result.Pairs.Match[i]).ToArray();
        var eval = LinkEvaluation.Evaluate(truthLeft, truthRight, [.. matches.Select(i => result.Pairs.Left[i])], [.. matches.Select(i => result.Pairs.Right[i])]);
        Assert.True(eval.F1 > 0.97, $"F1 {eval.F1:F4} (P {eval.Precision:F4}, R {eval.Recall:F4})");
        Assert.True(result.Trained);
        Assert.True(result.Diagnostics.DeterministicLinks[0].NewPairs > 0);
        Assert.All(matches.Where(i => result.Pairs.Stage[i] == PairStage.Deterministic), i => Assert.Equal(1.0, result.Pairs.Probability[i]));
        Assert.InRange(result.Diagnostics.EstimatedPrecision, 0.9, 1.0);
        // one-to-one: no record matched twice
        Assert.Equal(matches.Length, matches.Select(i => result.Pairs.Left[i]).Distinct().Count());
        Assert.Equal(matches.Length, matches.Select(i => result.Pairs.Right[i]).Distinct().Count());
    }

    [Fact]
    public void Run_SavedParameters_AreReusedAndGiveTheSameScores()
    {
        var (left, right, _, _) = People(500, seed: 5);
        var model = ModelParser.Parse(LinkModel);
        var first = Linker.Run(model, left, right);
        var json = LinkageParametersJson.Write(first.Parameters);
        var again = Linker.Run(model, left, right, new LinkageOptions { Parameters = LinkageParametersJson.Read(json, "p.json") });
        Assert.False(again.Trained);
        Assert.Equal(first.Pairs.Weight, again.Pairs.Weight);
        Assert.Equal(json, LinkageParametersJson.Write(again.Parameters with { Sessions = first.Parameters.Sessions }));
    }

    [Fact]
    public void Run_SavedParametersOfAnotherModel_AreRejected()
    {
        var (left, right, _, _) = People(200, seed: 5);
        var trained = Linker.Run(ModelParser.Parse(LinkModel), left, right);
        var changed = ModelParser.Parse(LinkModel.Replace("days: 3", "days: 4", StringComparison.Ordinal));
        var e = Assert.Throws<ConfigurationException>(() => Linker.Run(changed, left, right, new LinkageOptions { Parameters = trained.Parameters }));
        Assert.Contains("retrain", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_ModelNamesMissingColumn_FailsNamingIt()
    {
        var (left, right, _, _) = People(50, seed: 1);
        var model = ModelParser.Parse(LinkModel.Replace("column: sex", "column: gender", StringComparison.Ordinal));
        var e = Assert.Throws<ConfigurationException>(() => Linker.Run(model, left, right));
        Assert.Contains("'gender'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_SameInputs_GiveIdenticalResultsWhateverTheParallelism()
    {
        var (left, right, _, _) = People(800, seed: 9);
        var model = ModelParser.Parse(LinkModel);
        var one = Linker.Run(model, left, right, new LinkageOptions { MaxDegreeOfParallelism = 1 });
        var two = Linker.Run(model, left, right, new LinkageOptions { MaxDegreeOfParallelism = 2 });
        Assert.Equal(LinkageParametersJson.Write(one.Parameters), LinkageParametersJson.Write(two.Parameters));
        Assert.Equal(one.Pairs.Left, two.Pairs.Left);
        Assert.Equal(one.Pairs.Weight, two.Pairs.Weight);
        Assert.Equal(one.LeftCluster, two.LeftCluster);
    }

    [Fact]
    public void Run_DedupeRowsReversed_ScoresEveryPairTheSame()
    {
        var (left, _, _, _) = People(600, seed: 11);
        var model = ModelParser.Parse(LinkModel.Replace("link_type: link", "link_type: dedupe", StringComparison.Ordinal).Replace("decision: {one_to_one: true}", string.Empty, StringComparison.Ordinal));
        var forward = Linker.Run(model, left);
        var reversed = Linker.Run(model, Reverse(left), null, new LinkageOptions { Parameters = forward.Parameters });
        var n = left.RowCount;
        var weights = new Dictionary<(int, int), double>();
        for (var i = 0; i < reversed.Pairs.Count; i++)
        {
            int a = n - 1 - reversed.Pairs.Left[i], b = n - 1 - reversed.Pairs.Right[i];
            weights[(Math.Min(a, b), Math.Max(a, b))] = reversed.Pairs.Weight[i];
        }

        Assert.Equal(forward.Pairs.Count, reversed.Pairs.Count);
        for (var i = 0; i < forward.Pairs.Count; i++)
        {
            Assert.Equal(forward.Pairs.Weight[i], weights[(forward.Pairs.Left[i], forward.Pairs.Right[i])], 9);
        }
    }

    /// <summary>Left persons and a noisy right copy of 80% of them plus others; a shared key for 30% of the copies.</summary>
    internal static (Table Left, Table Right, string?[] TruthLeft, string?[] TruthRight) People(int n, int seed)
    {
        var rng = new Random(seed);
        var schema = new TableSchema([new("key", ColumnKind.String), new("surname", ColumnKind.String), new("dob", ColumnKind.Date), new("sex", ColumnKind.String)]);
        var left = new TableBuilder(schema);
        var right = new TableBuilder(schema);
        var truthLeft = new List<string?>();
        var truthRight = new List<string?>();
        for (var i = 0; i < n; i++)
        {
            var surname = Surnames[rng.Next(Surnames.Length)] + (rng.Next(4) == 0 ? string.Empty : rng.Next(50).ToString(System.Globalization.CultureInfo.InvariantCulture));
            var dob = new DateOnly(1930, 1, 1).AddDays(rng.Next(25000));
            var sex = rng.Next(2) == 0 ? "m" : "f";
            left.AddRow($"k{i}", surname, dob, sex);
            truthLeft.Add($"p{i}");
            if (rng.NextDouble() < 0.8)
            {
                var s2 = rng.Next(10) == 0 ? surname[..^1] + "x" : surname;
                var d2 = rng.Next(20) == 0 && dob.Day <= 12 ? new DateOnly(dob.Year, dob.Day, Math.Min(dob.Month, DateTime.DaysInMonth(dob.Year, dob.Day))) : rng.Next(20) == 0 ? dob.AddDays(1) : dob;
                right.AddRow(rng.Next(10) < 3 ? $"k{i}" : null, s2, d2, sex);
                truthRight.Add($"p{i}");
            }
        }

        for (var i = 0; i < n / 5; i++)
        {
            right.AddRow(null, Surnames[rng.Next(Surnames.Length)] + rng.Next(50).ToString(System.Globalization.CultureInfo.InvariantCulture), new DateOnly(1930, 1, 1).AddDays(rng.Next(25000)), rng.Next(2) == 0 ? "m" : "f");
            truthRight.Add($"q{i}");
        }

        return (left.Build(), right.Build(), [.. truthLeft], [.. truthRight]);
    }

    private static Table Reverse(Table t) =>
        new(t.Schema, [.. t.Columns.Select(c =>
        {
            var b = ColumnBuilder.Create(c.Schema);
            for (var i = c.Length - 1; i >= 0; i--)
            {
                b.AppendObject(c.Kind == ColumnKind.Date && c.GetValue(i) is int d ? ColumnStorage.FromDays(d) : c.GetValue(i));
            }

            return b.Build();
        })]);
}
