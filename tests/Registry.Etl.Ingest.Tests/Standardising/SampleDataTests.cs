using Registry.Etl.Core.Data;
using Registry.Etl.Ingest.Resolution;
using Registry.Etl.Ingest.Standardising;
using Registry.Etl.Ingest.Tests.Support;

namespace Registry.Etl.Ingest.Tests.Standardising;

/// <summary>
/// Every committed sample export, checked against the generator's truth: the rows ingest quarantines are
/// exactly the rows the generator made implausible (a height of 320 cm); warnings match the BSN noise; the
/// resolved table has one row per source key of the accepted rows.
/// </summary>
public sealed class SampleDataTests
{
    [Theory]
    [InlineData("dcra", 4)]
    [InlineData("dhba", 0)]
    [InlineData("nkr", 0)]
    [InlineData("lbz", 0)]
    public void Ingest_EverySampleFile_QuarantinesExactlyTheImplausibleRows(string source, int expectedQuarantined)
    {
        var ingester = Repo.Ingester(source);
        long quarantined = 0;
        foreach (var (path, name) in Repo.SampleFiles(source))
        {
            var r = ingester.Ingest(path, name);
            var truth = TruthFile.Read(source, name);

            Assert.Equal(truth.Count, r.RowsRead);
            Assert.Equal(r.RowsRead, r.RowsAccepted + r.RowsQuarantined);
            Assert.Equal(r.RowsAccepted, r.Accepted.RowCount);
            var implausible = truth.Where(t => t.Noise.Contains("implausible")).Select(t => t.Line).Order().ToArray();
            var lines = r.Quarantine.Get<int>("line");
            Assert.Equal(implausible, lines.Values.ToArray().Distinct().Order().ToArray());
            Assert.Equal(truth.Where(t => !t.Noise.Contains("implausible")).Select(t => t.Line), r.Accepted.Get<int>("source_line").Values.ToArray());
            quarantined += r.RowsQuarantined;
        }

        Assert.Equal(expectedQuarantined, quarantined);
    }

    [Theory]
    [InlineData("dcra")]
    [InlineData("dhba")]
    [InlineData("nkr")]
    public void Ingest_SampleBsnNoise_IsCountedAsWarnings(string source)
    {
        var ingester = Repo.Ingester(source);
        long missing = 0, invalid = 0, truthMissing = 0, truthTypo = 0, nullKeys = 0, rows = 0;
        foreach (var (path, name) in Repo.SampleFiles(source))
        {
            var r = ingester.Ingest(path, name);
            missing += r.IssueCounts.GetValueOrDefault("bsn_missing");
            invalid += r.IssueCounts.GetValueOrDefault("bsn_invalid");
            nullKeys += r.Accepted["person_key"].NullCount;
            rows += r.RowsAccepted;
            foreach (var t in TruthFile.Read(source, name))
            {
                truthMissing += t.Noise.Contains("bsn_missing") || t.Noise.Contains("no_bsn") ? 1 : 0;
                truthTypo += t.Noise.Contains("bsn_typo") ? 1 : 0;
            }
        }

        Assert.Equal(truthMissing, missing);
        Assert.True(invalid >= truthTypo, $"{invalid} invalid BSNs, but the truth has {truthTypo} typos");
        Assert.True(nullKeys >= missing + invalid - 10, "a missing or invalid BSN gives a null person_key"); // quarantined rows may carry one too
        Assert.True(nullKeys < rows);
    }

    [Theory]
    [InlineData("dcra")]
    [InlineData("dhba")]
    [InlineData("nkr")]
    [InlineData("lbz")]
    public void Resolve_SampleSource_KeepsOneRowPerKeyFromTheLatestExport(string source)
    {
        var ingester = Repo.Ingester(source);
        var files = Repo.SampleFiles(source).Select(f => ingester.Ingest(f.Path, f.Name)).ToArray();
        var (table, counts) = ExportResolver.Resolve(ingester.Contracts.Schema, [.. files.Select(f => (f.File, f.ExportDate, f.AcceptedChunks))]);

        var latest = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var f in files.OrderBy(f => f.ExportDate).ThenBy(f => f.File, StringComparer.Ordinal))
        {
            var keys = f.Accepted.GetString("source_key");
            for (var r = 0; r < keys.Length; r++)
            {
                latest[keys[r]!] = ColumnStorage.ToDays(f.ExportDate);
            }
        }

        Assert.Equal(latest.Count, table.RowCount);
        Assert.Equal(counts.RowsIn, counts.RowsOut + counts.SupersededByLaterExport + counts.SupersededWithinFile);
        var resolvedKeys = table.GetString("source_key");
        var exportDays = table.Get<int>("export_date");
        for (var r = 0; r < table.RowCount; r++)
        {
            Assert.Equal(latest[resolvedKeys[r]!], exportDays[r]);
        }
    }
}
