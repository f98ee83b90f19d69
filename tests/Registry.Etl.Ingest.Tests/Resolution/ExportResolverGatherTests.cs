using Registry.Etl.Core.Data;
using Registry.Etl.Ingest.Resolution;
using Registry.Etl.Ingest.Tests.Support;

namespace Registry.Etl.Ingest.Tests.Resolution;

/// <summary>
/// Resolution gathers the winning rows chunk by chunk and releases each chunk; its table must equal the
/// column-wise <see cref="TableGather"/> of the same winners (last row per key over files in export order),
/// values, nulls and validity arrays alike.
/// </summary>
public sealed class ExportResolverGatherTests
{
    [Theory]
    [InlineData("dcra")]
    [InlineData("lbz")]
    public void ResolveAndRelease_SampleSource_EqualsColumnWiseGatherOfTheWinners(string source)
    {
        var ingester = Repo.Ingester(source);
        var files = Repo.SampleFiles(source).Select(f => ingester.Ingest(f.Path, f.Name)).ToArray();
        var schema = ingester.Contracts.Schema;

        var chunks = files.OrderBy(f => f.ExportDate).ThenBy(f => f.File, StringComparer.Ordinal).SelectMany(f => f.AcceptedChunks).ToArray();
        var winners = new Dictionary<string, (int Table, int Row)>(StringComparer.Ordinal);
        for (var t = 0; t < chunks.Length; t++)
        {
            var keys = chunks[t].GetString("source_key");
            for (var r = 0; r < keys.Length; r++)
            {
                winners[keys[r]!] = (t, r);
            }
        }

        var rows = winners.Values.OrderBy(w => w.Table).ThenBy(w => w.Row).ToArray();
        var expected = TableGather.Gather(schema, chunks, rows);

        var input = files.Select(f => (f.File, f.ExportDate, f.AcceptedChunks)).ToList();
        var (actual, _) = ExportResolver.ResolveAndRelease(schema, input);

        Assert.Empty(input);
        Assert.Equal(expected.RowCount, actual.RowCount);
        for (var c = 0; c < schema.Count; c++)
        {
            Assert.Equal(expected[c].NullCount, actual[c].NullCount);
            for (var r = 0; r < expected.RowCount; r++)
            {
                Assert.Equal(expected[c].GetValue(r), actual[c].GetValue(r));
            }
        }
    }
}
