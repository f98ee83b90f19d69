using Registry.Etl.Ingest.Contracts;
using Registry.Etl.Ingest.Resolution;
using Registry.Etl.Ingest.Tests.Support;
using Xunit.Abstractions;

namespace Registry.Etl.Ingest.Tests.Standardising;

public sealed class SampleDataTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("dcra")]
    [InlineData("dhba")]
    [InlineData("nkr")]
    [InlineData("lbz")]
    public void Ingest_EverySampleFile_AccountsForEveryRow(string source)
    {
        var ingester = Repo.Ingester(source);
        long read = 0, quarantined = 0;
        foreach (var (path, name) in Repo.SampleFiles(source))
        {
            var r = ingester.Ingest(path, name);
            Assert.Equal(r.RowsRead, r.RowsAccepted + r.RowsQuarantined);
            Assert.Equal(r.RowsAccepted, r.Accepted.RowCount);
            read += r.RowsRead;
            quarantined += r.RowsQuarantined;
            foreach (var (code, n) in r.IssueCounts)
            {
                output.WriteLine($"{name} {code} {n}");
            }
        }

        output.WriteLine($"{source}: read {read}, quarantined {quarantined}");
        Assert.True(read > 0);
    }
}
