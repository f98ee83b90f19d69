using System.Globalization;
using System.Text.RegularExpressions;
using Registry.Etl.Synthetic.Tests.Support;

namespace Registry.Etl.Synthetic.Tests.Generation;

/// <summary>Every generated file matches the export reference (pipelines/sources/README.md), read independently.</summary>
public sealed partial class LayoutTests
{
    private static readonly string[] Grades = ["", "I", "II", "IIIa", "IIIb", "IVa", "IVb", "V"];

    private static MemorySink Set => SmallSet.Files;

    [Fact]
    public void DcraFiles_MatchReferenceLayoutAndTheHospitalDialect()
    {
        var columns = ReferenceLayout.Columns("DCRA:");
        Assert.Equal(44, columns.Count);
        var hospitals = HospitalDialects();
        var files = Set.Files.Keys.Where(p => p.StartsWith("dcra/", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(files);
        Assert.Contains(hospitals.Values, d => d.Delimiter == ',');
        Assert.Contains(hospitals.Values, d => d.Encoding == "windows-1252");
        foreach (var path in files)
        {
            var match = DcraPath().Match(path);
            Assert.True(match.Success, $"{path} does not follow dcra/<agb>/dcra_<agb>_<yyyy-MM-dd>.csv.");
            var (delimiter, expectedEncoding) = hospitals[match.Groups[1].Value];
            var agb = match.Groups[1].Value;
            var bytes = Set.Files[path];
            var text = ExportFiles.Decode(bytes, out var encoding);

            // A Windows-1252 file with only ASCII in it is also valid UTF-8 (without BOM).
            Assert.True(encoding == expectedEncoding || (encoding == "utf-8" && expectedEncoding == "windows-1252"), $"{path}: {encoding}, hospital delivers {expectedEncoding}.");
            var records = Csv.Parse(text, delimiter);
            Assert.Equal(columns, records[0].Fields);
            foreach (var r in records)
            {
                Assert.True(r.Terminator == "\r\n", $"{path}:{r.Line}: line end is not CRLF.");
                Assert.True(r.Fields.Length == columns.Count, $"{path}:{r.Line}: {r.Fields.Length} fields.");
            }

            foreach (var r in records.Skip(1))
            {
                var row = ExportFiles.Row(records[0].Fields, r);
                Assert.Equal(agb, row["agb"]);
                Assert.NotEmpty(row["record_id"]);
                foreach (var date in new[] { "geboortedatum", "datum_pa", "datum_mdo", "datum_opname", "datum_operatie", "datum_ontslag", "datum_overlijden" })
                {
                    AssertDate(row[date], "dd-MM-yyyy", path, r.Line, date);
                }

                Assert.Matches(delimiter == ';' ? CommaDecimal() : PointDecimal(), row["gewicht"]);
                Assert.Contains(row["cd_graad"], Grades);
                Assert.Matches(Postcode(), row["postcode"]);
            }
        }
    }

    [Fact]
    public void DhbaFiles_SemicolonUtf8BomCrlf_ReferenceLayout()
    {
        var columns = ReferenceLayout.Columns("DHBA:");
        var files = Set.Files.Keys.Where(p => p.StartsWith("dhba/", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(files);
        foreach (var path in files)
        {
            Assert.Matches(DhbaPath(), path);
            var bytes = Set.Files[path];
            Assert.True(ExportFiles.HasBom(bytes), $"{path}: no BOM.");
            var records = Csv.Parse(ExportFiles.Decode(bytes, out _), ';');
            Assert.Equal(columns, records[0].Fields);
            foreach (var r in records)
            {
                Assert.Equal("\r\n", r.Terminator);
                Assert.Equal(columns.Count, r.Fields.Length);
            }

            foreach (var r in records.Skip(1))
            {
                var row = ExportFiles.Row(records[0].Fields, r);
                foreach (var date in new[] { "geboortedatum", "datum_ingreep", "datum_opname", "datum_ontslag", "datum_overlijden", "datum_ltp", "datum_fu" })
                {
                    AssertDate(row[date], "dd-MM-yyyy", path, r.Line, date);
                }

                Assert.Matches(CommaDecimal(), row["gewicht"]);
            }
        }
    }

    /// <summary>DHBA exports dated before 2018-01-01 follow dhba.v2014: no ltp, datum_ltp, datum_fu (reference, "Delivery layout").</summary>
    [Fact]
    public void DhbaFiles_Before2018_HaveTheV2014LayoutWithoutLongTermItems()
    {
        var full = ReferenceLayout.Columns("DHBA:");
        string[] longTerm = ["ltp", "datum_ltp", "datum_fu"];
        Assert.Equal(longTerm, full.TakeLast(3));
        var sink = new MemorySink();
        new SyntheticGenerator(new SyntheticOptions { FirstYear = 2016, Years = 2, Sources = SyntheticSource.Dhba, EndDate = new DateOnly(2018, 6, 30), Truth = false }).Generate(sink);
        var early = 0;
        var late = 0;
        foreach (var (path, bytes) in sink.Files)
        {
            var records = Csv.Parse(ExportFiles.Decode(bytes, out _), ';');
            var before = string.CompareOrdinal(path[^14..^4], "2018-01-01") < 0;
            var expected = before ? full.Take(full.Count - 3).ToArray() : full.ToArray();
            Assert.Equal(expected, records[0].Fields);
            Assert.All(records, r => Assert.Equal(expected.Length, r.Fields.Length));
            early += before ? 1 : 0;
            late += before ? 0 : 1;
        }

        Assert.True(early > 0 && late > 0);
    }

    [Fact]
    public void NkrFiles_SemicolonUtf8LfIsoDates_ReferenceLayout()
    {
        var columns = ReferenceLayout.Columns("NKR:");
        var files = Set.Files.Keys.Where(p => p.StartsWith("nkr/", StringComparison.Ordinal)).ToList();
        Assert.Equal(["nkr/nkr_2023-04-01.csv", "nkr/nkr_2024-04-01.csv", "nkr/nkr_2025-04-01.csv"], files.Order());
        foreach (var path in files)
        {
            var bytes = Set.Files[path];
            Assert.False(ExportFiles.HasBom(bytes));
            Assert.DoesNotContain((byte)'\r', bytes);
            var records = Csv.Parse(ExportFiles.Decode(bytes, out var encoding), ';');
            Assert.Equal("utf-8", encoding);
            Assert.Equal(columns, records[0].Fields);
            var cutoff = new DateOnly(int.Parse(path[8..12], CultureInfo.InvariantCulture), 2, 1);
            var keys = new HashSet<string>();
            foreach (var r in records.Skip(1))
            {
                Assert.Equal(columns.Count, r.Fields.Length);
                var row = ExportFiles.Row(records[0].Fields, r);
                Assert.True(keys.Add(row["key_zid"]), $"{path}: key_zid {row["key_zid"]} twice.");
                foreach (var date in new[] { "gebdat", "incdat", "chir_datum", "vit_stat_dat", "recidief_dat" })
                {
                    AssertDate(row[date], "yyyy-MM-dd", path, r.Line, date);
                }

                Assert.True(DateOnly.ParseExact(row["vit_stat_dat"], "yyyy-MM-dd", CultureInfo.InvariantCulture) <= cutoff, $"{path}:{r.Line}: follow-up after the cut-off.");
                Assert.Contains(row["vit_stat"], new[] { "0", "1" });
            }
        }
    }

    [Fact]
    public void LbzFiles_CommaUtf8LfCompactDates_ReferenceLayout()
    {
        var columns = ReferenceLayout.Columns("LBZ:");
        var files = Set.Files.Keys.Where(p => p.StartsWith("lbz/", StringComparison.Ordinal)).ToList();
        Assert.Equal(36, files.Count);
        foreach (var path in files)
        {
            Assert.Matches(LbzPath(), path);
            var bytes = Set.Files[path];
            Assert.False(ExportFiles.HasBom(bytes));
            Assert.DoesNotContain((byte)'\r', bytes);
            var records = Csv.Parse(ExportFiles.Decode(bytes, out _), ',');
            Assert.Equal(columns, records[0].Fields);
            var month = DateOnly.ParseExact(path[8..15] + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);
            var truth = ExportFiles.Truth(Set, path);
            var index = 0;
            foreach (var r in records.Skip(1))
            {
                Assert.Equal(columns.Count, r.Fields.Length);
                var row = ExportFiles.Row(records[0].Fields, r);

                // Admissions discharged in the file's month; a corrected re-delivery (version 2) of last month's.
                var version = truth[index++]["version"];
                var expectedMonth = version == "2" ? month.AddMonths(-1) : month;
                Assert.Equal(expectedMonth.ToString("yyyyMM", CultureInfo.InvariantCulture), row["LBZOntslagdatum"][..6]);
                AssertDate(row["gebdat"], "yyyyMMdd", path, r.Line, "gebdat");
                AssertDate(row["LBZOpnamedatum"], "yyyyMMdd", path, r.Line, "LBZOpnamedatum");
                AssertDate(row["LBZOntslagdatum"], "yyyyMMdd", path, r.Line, "LBZOntslagdatum");
                Assert.True(string.CompareOrdinal(row["LBZOpnamedatum"], row["LBZOntslagdatum"]) <= 0, $"{path}:{r.Line}: discharge before admission.");
                Assert.Matches(Procedures(), row["LBZVerrichtingen"]);
                Assert.Matches(Diagnoses(), row["LBZIcd10nevendiagnosen"]);
                Assert.Contains(row["LBZZorgtype"], new[] { "K", "D", "O" });
                Assert.Contains(row["LBZUrgentie"], new[] { "1", "2" });
            }
        }
    }

    [Fact]
    public void FreeText_HoldsDelimitersQuotesNewlinesAndAccentsInBothEncodings()
    {
        var remarks = new List<(string Text, string Encoding)>();
        foreach (var path in Set.Files.Keys.Where(p => p.StartsWith("dcra/", StringComparison.Ordinal)))
        {
            var text = ExportFiles.Decode(Set.Files[path], out var encoding);
            var delimiter = text.IndexOf(';') is var s && s >= 0 && s < text.IndexOf('\r') ? ';' : ',';
            var records = Csv.Parse(text, delimiter);
            remarks.AddRange(records.Skip(1).Select(r => r.Fields[^1]).Where(t => t.Length > 0).Select(t => (t, encoding)));
        }

        Assert.Contains(remarks, r => r.Text.Contains(';', StringComparison.Ordinal));
        Assert.Contains(remarks, r => r.Text.Contains(',', StringComparison.Ordinal));
        Assert.Contains(remarks, r => r.Text.Contains('"', StringComparison.Ordinal));
        Assert.Contains(remarks, r => r.Text.Contains('\n', StringComparison.Ordinal));
        Assert.Contains(remarks, r => r.Encoding == "windows-1252" && r.Text.Any(c => c > 127));
        Assert.Contains(remarks, r => r.Encoding == "utf-8-bom" && r.Text.Any(c => c > 127));
    }

    /// <summary>Delimiter and encoding per hospital from truth/hospitals.csv; each must be one the reference allows.</summary>
    private static Dictionary<string, (char Delimiter, string Encoding)> HospitalDialects()
    {
        var (header, rows) = ExportFiles.Read(Set.Files["truth/hospitals.csv"], ',');
        var result = new Dictionary<string, (char, string)>();
        foreach (var r in rows)
        {
            var row = ExportFiles.Row(header, r);
            Assert.Contains(row["delimiter"], new[] { ";", "," });
            Assert.Contains(row["encoding"], new[] { "utf-8-bom", "windows-1252" });
            result[row["agb"]] = (row["delimiter"][0], row["encoding"]);
        }

        return result;
    }

    private static void AssertDate(string value, string format, string path, int line, string column)
    {
        if (value.Length == 0)
        {
            return;
        }

        Assert.True(
            DateOnly.TryParseExact(value, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
            $"{path}:{line} {column}='{value}' is not {format}.");
    }

    [GeneratedRegex(@"^dcra/(06\d{6})/dcra_\1_\d{4}-\d{2}-\d{2}\.csv$")]
    private static partial Regex DcraPath();

    [GeneratedRegex(@"^dhba/(06\d{6})/dhba_\1_\d{4}-\d{2}-\d{2}\.csv$")]
    private static partial Regex DhbaPath();

    [GeneratedRegex(@"^lbz/lbz_\d{4}-\d{2}\.csv$")]
    private static partial Regex LbzPath();

    [GeneratedRegex(@"^(\d{2,3},\d)?$")]
    private static partial Regex CommaDecimal();

    [GeneratedRegex(@"^(\d{2,3}\.\d)?$")]
    private static partial Regex PointDecimal();

    [GeneratedRegex(@"^([1-9]\d{3} ?[A-Za-z]{2})?$")]
    private static partial Regex Postcode();

    [GeneratedRegex(@"^(\d{6}:\d{8}(\|\d{6}:\d{8})*)?$")]
    private static partial Regex Procedures();

    [GeneratedRegex(@"^([A-Z]\d{2,4}(:C)?(\|[A-Z]\d{2,4}(:C)?)*)?$")]
    private static partial Regex Diagnoses();
}
