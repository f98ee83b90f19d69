using System.Globalization;
using Registry.Etl.Core.Data;
using Registry.Etl.Linkage.Evaluation;
using Registry.Etl.Linkage.Model;

namespace Registry.Etl.Linkage.Tests.Model;

/// <summary>
/// The repository's models parse, and the two pipeline models run on the standardised columns of
/// pipelines/sources/README.md (a small stand-in for the synthetic registry data, which the integration
/// test will use).
/// </summary>
public sealed class PipelineModelTests
{
    public static TheoryData<string> ModelFiles()
    {
        var data = new TheoryData<string>();
        foreach (var f in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Models"), "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(Path.Combine(AppContext.BaseDirectory, "Models"), f));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ModelFiles))]
    public void Parse_RepositoryModel_IsValid(string file)
    {
        var model = ModelParser.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Models", file)), file);
        Assert.NotEmpty(model.Comparisons);
    }

    [Fact]
    public void HospitalNkr_StandardisedColumns_LinksTheSamePatients()
    {
        var (hospital, nkr, truthLeft, truthRight) = Registries(1500, seed: 4, lbz: false);
        var model = ModelParser.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Models", "hospital-nkr.yaml")));
        var result = Linker.Run(model, hospital, nkr);
        var m = Enumerable.Range(0, result.Pairs.Count).Where(i => result.Pairs.Match[i]).ToArray();
        var e = LinkEvaluation.Evaluate(truthLeft, truthRight, [.. m.Select(i => result.Pairs.Left[i])], [.. m.Select(i => result.Pairs.Right[i])]);
        Assert.True(e.F1 >= 0.98, $"F1 {e.F1:F4} P {e.Precision:F4} R {e.Recall:F4}");
        Assert.True(result.Diagnostics.DeterministicLinks[0].NewPairs > 0);
    }

    [Fact]
    public void HospitalLbz_StandardisedColumns_LinksThePersonsAdmissions()
    {
        var (hospital, lbz, truthLeft, truthRight) = Registries(1500, seed: 6, lbz: true);
        var model = ModelParser.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Models", "hospital-lbz.yaml")));
        var result = Linker.Run(model, hospital, lbz);
        var m = Enumerable.Range(0, result.Pairs.Count).Where(i => result.Pairs.Match[i]).ToArray();
        var e = LinkEvaluation.Evaluate(truthLeft, truthRight, [.. m.Select(i => result.Pairs.Left[i])], [.. m.Select(i => result.Pairs.Right[i])]);
        Assert.True(e.F1 >= 0.97, $"F1 {e.F1:F4} P {e.Precision:F4} R {e.Recall:F4}");
    }

    /// <summary>Hospital records and registry records with pseudonymised keys; some noise (swaps, moves, missing keys).</summary>
    private static (Table Left, Table Right, string?[] TruthLeft, string?[] TruthRight) Registries(int n, int seed, bool lbz)
    {
        var rng = new Random(seed);
        string Key(string s) => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(s)));
        var left = new TableBuilder(new TableSchema(
        [
            new("source_key", ColumnKind.String), new("person_key", ColumnKind.String), new("dob_key", ColumnKind.String), new("dob_swap_key", ColumnKind.String),
            new("birth_year", ColumnKind.Int32), new("sex", ColumnKind.Int32), new("pc6_key", ColumnKind.String), new("pc4", ColumnKind.String),
            new("hospital", ColumnKind.String), new("operation_date", ColumnKind.Date), new("tumour_site", ColumnKind.String),
            new("admission_date", ColumnKind.Date), new("pa_date", ColumnKind.Date),
        ]));
        var rightColumns = new List<ColumnSchema>
        {
            new(lbz ? "admission_id" : "tumour_id", ColumnKind.String), new("dob_key", ColumnKind.String), new("dob_swap_key", ColumnKind.String),
            new("birth_year", ColumnKind.Int32), new("sex", ColumnKind.Int32), new("pc6_key", ColumnKind.String), new("pc4", ColumnKind.String),
        };
        rightColumns.AddRange(lbz
            ? [new("hospital", ColumnKind.String), new("admission_date", ColumnKind.Date)]
            : [new("person_key", ColumnKind.String), new("hospital_surgery", ColumnKind.String), new("hospital_diagnosis", ColumnKind.String), new("surgery_date", ColumnKind.Date), new("topography", ColumnKind.String), new("incidence_date", ColumnKind.Date)]);
        var right = new TableBuilder(new TableSchema(rightColumns));
        var truthLeft = new List<string?>();
        var truthRight = new List<string?>();
        string[] sites = ["C180", "C182", "C184", "C186", "C187", "C199", "C209"];
        var r = 0;
        for (var i = 0; i < n; i++)
        {
            var dob = new DateOnly(1930, 1, 1).AddDays(rng.Next(25000));
            var swap = dob.Day <= 12 && dob.Day != dob.Month ? new DateOnly(dob.Year, dob.Day, dob.Month) : (DateOnly?)null;
            var sex = 1 + rng.Next(2);
            var pc4 = (1000 + rng.Next(9000)).ToString(CultureInfo.InvariantCulture);
            var pc6 = pc4 + (char)('A' + rng.Next(20)) + (char)('A' + rng.Next(20));
            var hospital = "06" + (100000 + rng.Next(70)).ToString(CultureInfo.InvariantCulture);
            var op = new DateOnly(2020, 1, 1).AddDays(rng.Next(1400));
            var site = sites[rng.Next(sites.Length)];
            var bsn = rng.Next(10) < 8 ? Key("bsn" + i) : null;
            left.AddRow($"{hospital}|{i}", bsn, Key("dob" + dob), swap is { } s ? Key("dob" + s) : null, dob.Year, sex, Key("pc" + pc6), pc4, hospital, op, site, op.AddDays(-1), op.AddDays(-(i % 40)));
            truthLeft.Add($"p{i}");
            var copies = lbz ? 1 + rng.Next(3) : rng.Next(10) < 9 ? 1 : 0;
            for (var c = 0; c < copies; c++)
            {
                var rdob = rng.Next(50) == 0 && swap is { } sw ? sw : dob;
                var rswap = rdob.Day <= 12 && rdob.Day != rdob.Month ? new DateOnly(rdob.Year, rdob.Day, rdob.Month) : (DateOnly?)null;
                var moved = rng.Next(10) == 0;
                var rpc4 = moved ? (1000 + rng.Next(9000)).ToString(CultureInfo.InvariantCulture) : pc4;
                var rpc6 = moved ? rpc4 + "ZZ" : pc6;
                var common = new object?[] { lbz ? $"A{r}" : $"T{r}", Key("dob" + rdob), rswap is { } rs ? Key("dob" + rs) : null, rdob.Year, sex, Key("pc" + rpc6), rpc4 };
                object?[] rest = lbz
                    ? [rng.Next(5) == 0 ? "06" + (100000 + rng.Next(70)).ToString(CultureInfo.InvariantCulture) : hospital, op.AddDays(c == 0 ? -1 : 10 + rng.Next(300))]
                    : [rng.Next(10) < 7 ? bsn : null, hospital, hospital, op.AddDays(rng.Next(10) == 0 ? rng.Next(5) : 0), site, op.AddDays(-(i % 30))];
                right.AddRow([.. common, .. rest]);
                truthRight.Add($"p{i}");
                r++;
            }
        }

        for (var k = 0; k < n / 3; k++)
        {
            var dob = new DateOnly(1930, 1, 1).AddDays(rng.Next(25000));
            var pc4 = (1000 + rng.Next(9000)).ToString(CultureInfo.InvariantCulture);
            var common = new object?[] { $"X{k}", Key("dob" + dob), null, dob.Year, 1 + rng.Next(2), Key("pc" + pc4 + "QQ"), pc4 };
            object?[] rest = lbz
                ? ["06100001", new DateOnly(2021, 1, 1).AddDays(rng.Next(1000))]
                : [Key("other" + k), "06100002", "06100002", new DateOnly(2021, 1, 1).AddDays(k % 1000), "C509", new DateOnly(2021, 1, 1).AddDays(rng.Next(1000))];
            right.AddRow([.. common, .. rest]);
            truthRight.Add($"q{k}");
        }

        return (left.Build(), right.Build(), [.. truthLeft], [.. truthRight]);
    }
}
