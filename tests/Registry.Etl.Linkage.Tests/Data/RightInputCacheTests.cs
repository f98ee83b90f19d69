using Registry.Etl.Core.Data;
using Registry.Etl.Linkage.Data;
using Registry.Etl.Linkage.Model;
using Registry.Etl.Linkage.Output;

namespace Registry.Etl.Linkage.Tests.Data;

public sealed class RightInputCacheTests
{
    // the link model of LinkerTests with a two-column blocking rule added (combined keys: CompiledRule)
    private static readonly string Model = LinkerTests.LinkModel.Replace("  - [surname]\n", "  - [surname]\n  - [surname, sex]\n", StringComparison.Ordinal);

    [Fact]
    public void Strings_RightEncodedOnceForTwoLefts_SameIdsValuesAndCountsAsEncodedPerLeft()
    {
        var (first, right, _, _) = LinkerTests.People(600, seed: 11);
        var (other, _, _, _) = LinkerTests.People(300, seed: 12); // other people: values the right side lacks, and the reverse
        var cache = new RightInputCache();
        foreach (var left in new[] { first, other, first })
        {
            var alone = new InputData(left, right, LinkType.Link);
            var shared = new InputData(left, right, LinkType.Link, cache);
            foreach (var column in new[] { "key", "surname", "dob", "sex" })
            {
                AssertSameEncoding(alone.Strings(ColumnRef.Same(column)), shared.Strings(ColumnRef.Same(column)));
            }
        }

        // the same right column instance is encoded once: a second left finds it
        var column0 = right[right.Schema.IndexOf("surname")];
        Assert.Same(cache.Strings(column0), cache.Strings(column0));
    }

    [Fact]
    public void Run_TwoLeftsSharingTheRightEncoding_GiveTheSameTablesAsRunsOnTheirOwn()
    {
        var model = ModelParser.Parse(Model);
        Assert.Equal(3, model.Blocking.Count);
        var (first, right, _, _) = LinkerTests.People(800, seed: 21);
        var (other, _, _, _) = LinkerTests.People(400, seed: 22);
        var cache = new RightInputCache();
        foreach (var left in new[] { first, other })
        {
            var alone = LinkageTables.Build(Linker.Run(model, left, right, new LinkageOptions { MaxDegreeOfParallelism = 2 }), left, right);
            var shared = LinkageTables.Build(Linker.Run(model, left, right, new LinkageOptions { MaxDegreeOfParallelism = 2, RightCache = cache }), left, right);
            Assert.True(alone["pairs"].RowCount > 0);
            foreach (var name in LinkageTables.Names)
            {
                AssertSameTable(name, alone[name], shared[name]);
            }
        }
    }

    internal static void AssertSameEncoding(EncodedStrings expected, EncodedStrings actual)
    {
        Assert.Equal(expected.Left, actual.Left);
        Assert.Equal(expected.Right, actual.Right);
        Assert.Equal(expected.Values, actual.Values);
        Assert.Equal(expected.Counts, actual.Counts);
        Assert.Equal(expected.NonNull, actual.NonNull);
    }

    internal static void AssertSameTable(string name, Table expected, Table actual)
    {
        Assert.Equal(expected.Schema.Select(c => c.Name), actual.Schema.Select(c => c.Name));
        Assert.Equal(expected.RowCount, actual.RowCount);
        for (var c = 0; c < expected.Columns.Count; c++)
        {
            for (var row = 0; row < expected.RowCount; row++)
            {
                Assert.True(Equals(expected[c].GetValue(row), actual[c].GetValue(row)), $"{name}.{expected.Schema[c].Name} row {row}: {expected[c].GetValue(row)} != {actual[c].GetValue(row)}");
            }
        }
    }
}
