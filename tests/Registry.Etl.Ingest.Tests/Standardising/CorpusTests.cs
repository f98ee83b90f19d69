using Registry.Etl.Core.Errors;
using Registry.Etl.Ingest.Standardising;
using Registry.Etl.Ingest.Tests.Support;

namespace Registry.Etl.Ingest.Tests.Standardising;

/// <summary>The broken exports of Corpus/ (see its README), each with its expected outcome.</summary>
public sealed class CorpusTests
{
    [Theory]
    [InlineData("valid", 5, 0, "")]
    [InlineData("invalid_date", 4, 1, "3:datum_operatie:invalid_date")]
    [InlineData("future_date", 4, 1, "3:datum_ontslag:future_date")]
    [InlineData("negative_age", 4, 1, "3:geboortedatum:negative_age 3:geboortedatum:date_order")]
    [InlineData("non_numeric", 3, 2, "3:lengte:not_a_number 4:gewicht:not_a_number")]
    [InlineData("unknown_code", 2, 3, "3:asa:unknown_code 4:cd_graad:unknown_code 5:locprim:unknown_code")]
    [InlineData("embedded_newlines", 5, 0, "")]
    [InlineData("huge_field", 4, 1, "3:opmerking:field_too_long")]
    [InlineData("extra_and_reordered_columns", 5, 0, "")]
    [InlineData("field_count", 4, 1, "3::field_count")]
    [InlineData("windows1252_detected", 5, 0, "")]
    public void Ingest_CorpusFile_AcceptsAndQuarantinesAsExpected(string folder, int accepted, int quarantined, string issues)
    {
        var result = IngestCase(folder);

        Assert.Equal(accepted + quarantined, result.RowsRead);
        Assert.Equal(accepted, result.RowsAccepted);
        Assert.Equal(quarantined, result.RowsQuarantined);
        Assert.Equal(accepted, result.Accepted.RowCount);
        var q = result.Quarantine;
        var found = Enumerable.Range(0, q.RowCount)
            .Select(r => $"{q["line"].GetValue(r)}:{q["column"].GetValue(r)}:{q["code"].GetValue(r)}");
        Assert.Equal(issues, string.Join(" ", found));
    }

    [Theory]
    [InlineData("empty", 1, "empty")]
    [InlineData("wrong_header", 1, "Wrong header")]
    [InlineData("missing_required_column", 1, "Missing required column 'datum_operatie'")]
    [InlineData("wrong_encoding", 2, "Wrong encoding")]
    [InlineData("truncated", 6, "truncated")]
    [InlineData("unbalanced_quote", 4, "Unbalanced quote")]
    public void Ingest_BrokenFile_FailsNamingFileLineAndExpectation(string folder, int line, string reason)
    {
        var e = Assert.Throws<DataFileException>(() => IngestCase(folder));

        Assert.Equal(FileName(folder), e.Location.File);
        Assert.Equal(line, e.Location.Line);
        Assert.Contains(reason, e.Message, StringComparison.Ordinal);
        Assert.Contains("expected", e.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Ingest_EmbeddedNewlines_KeepsTheLineWhereEachRowStarts()
    {
        var lines = IngestCase("embedded_newlines").Accepted.Get<int>("source_line");

        Assert.Equal([2, 3, 6, 7, 8], lines.Values.ToArray());
    }

    [Fact]
    public void Ingest_ExtraAndReorderedColumns_GivesTheValuesOfTheOrderedFile()
    {
        var valid = IngestCase("valid");
        var reordered = IngestCase("extra_and_reordered_columns");

        Assert.Equal(1, reordered.IssueCounts["extra_column"]);
        for (var c = 0; c < valid.Accepted.Columns.Count; c++)
        {
            var name = valid.Accepted.Schema[c].Name;
            for (var r = 0; r < valid.Accepted.RowCount; r++)
            {
                Assert.Equal(valid.Accepted[c].GetValue(r), reordered.Accepted[name].GetValue(r));
            }
        }
    }

    [Fact]
    public void Quarantine_Detail_NeverHoldsTheRawValue()
    {
        var q = IngestCase("negative_age").Quarantine;

        Assert.DoesNotContain("2022", (string)q["detail"].GetValue(0)!, StringComparison.Ordinal);
        Assert.DoesNotContain("01-03", (string)q["detail"].GetValue(0)!, StringComparison.Ordinal);
    }

    private static FileIngestResult IngestCase(string folder)
    {
        var name = FileName(folder);
        return Repo.Ingester(name[..4]).Ingest(Path.Combine(Repo.Corpus, folder, name), name);
    }

    private static string FileName(string folder) =>
        Path.GetFileName(Directory.GetFiles(Path.Combine(Repo.Corpus, folder), "*.csv").Single());
}
