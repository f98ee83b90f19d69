using System.Text.RegularExpressions;
using Registry.Etl.Core.Data;
using Registry.Etl.Linkage.Evaluation;
using Registry.Etl.Linkage.Model;
using Registry.Etl.Linkage.Results;

namespace Registry.Etl.Linkage.Tests.Support;

/// <summary>Runs a repository model on a public data set and scores its matches against the truth column.</summary>
internal static partial class Benchmarks
{
    public static LinkageModel Model(string name) =>
        ModelParser.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Models", "examples", name)), name);

    public static (LinkageResult Result, LinkEvaluation Evaluation) Dedupe(string model, string data, string truthColumn, Regex? entity = null, Action<string>? log = null)
    {
        var table = TestCsv.Read(Path.Combine("TestData", data));
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var result = Linker.Run(Model(model), table, null, new LinkageOptions { Log = m => log?.Invoke($"{clock.ElapsedMilliseconds} ms: {m}") });
        var truth = Truth(table, truthColumn, entity);
        var left = new List<int>();
        var right = new List<int>();
        for (var i = 0; i < result.Pairs.Count; i++)
        {
            if (result.Pairs.Match[i])
            {
                left.Add(result.Pairs.Left[i]);
                right.Add(result.Pairs.Right[i]);
            }
        }

        return (result, LinkEvaluation.Evaluate(truth, null, left.ToArray(), right.ToArray()));
    }

    public static string?[] Truth(Table table, string column, Regex? entity)
    {
        var c = table.GetString(column);
        var truth = new string?[table.RowCount];
        for (var i = 0; i < truth.Length; i++)
        {
            truth[i] = c[i] is { } v && entity is not null ? entity.Match(v) is { Success: true } m ? m.Groups[1].Value : null : c[i];
        }

        return truth;
    }

    [GeneratedRegex(@"^rec-(\d+)-")]
    public static partial Regex FebrlEntity();
}
