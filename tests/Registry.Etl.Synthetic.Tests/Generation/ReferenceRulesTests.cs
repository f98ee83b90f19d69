using System.Globalization;
using Registry.Etl.Synthetic.Tests.Support;

namespace Registry.Etl.Synthetic.Tests.Generation;

/// <summary>
/// The generated rows obey the rules of the export reference and issue 3 (no date after the export date,
/// ranges, surgery not before diagnosis, death not before birth, discharge not before admission), except
/// the implausible values planted on purpose, which the truth tags.
/// </summary>
public sealed class ReferenceRulesTests
{
    private static MemorySink Set => SmallSet.Files;

    [Fact]
    public void DcraRows_ObeyRangesAndCrossFieldRules_ExceptPlantedImplausibleValues()
    {
        var planted = 0;
        foreach (var (path, row, truth, export) in Rows("dcra/", "dd-MM-yyyy"))
        {
            AssertDatesNotAfter(row, export, "dd-MM-yyyy", path);
            var birth = D(row["geboortedatum"], "dd-MM-yyyy")!.Value;
            var operation = D(row["datum_operatie"], "dd-MM-yyyy")!.Value;
            Assert.True(operation >= D(row["datum_pa"], "dd-MM-yyyy"), $"{path}: operation before diagnosis.");
            Assert.True(D(row["datum_ontslag"], "dd-MM-yyyy") >= D(row["datum_opname"], "dd-MM-yyyy"), $"{path}: discharge before admission.");
            Assert.True(D(row["datum_ontslag"], "dd-MM-yyyy") >= operation, $"{path}: discharge before operation.");
            if (D(row["datum_overlijden"], "dd-MM-yyyy") is { } death)
            {
                Assert.True(death >= operation && death >= birth, $"{path}: death before operation or birth.");
            }

            Assert.InRange(Age(birth, operation), 0, 120);
            Assert.True(int.Parse(row["pos_lymf"], CultureInfo.InvariantCulture) <= int.Parse(row["ond_lymf"], CultureInfo.InvariantCulture));
            if (row["gewicht"].Length > 0)
            {
                Assert.InRange(double.Parse(row["gewicht"].Replace(',', '.'), CultureInfo.InvariantCulture), 30, 250);
            }

            if (row["lengte"].Length > 0 && int.Parse(row["lengte"], CultureInfo.InvariantCulture) is < 120 or > 220)
            {
                Assert.Contains("implausible", truth["noise"], StringComparison.Ordinal);
                planted++;
            }
        }

        Assert.True(planted > 0, "no implausible value planted in the sample");
    }

    [Fact]
    public void DhbaRows_ObeyCrossFieldRules()
    {
        foreach (var (path, row, _, export) in Rows("dhba/", "dd-MM-yyyy"))
        {
            AssertDatesNotAfter(row, export, "dd-MM-yyyy", path);
            var procedure = D(row["datum_ingreep"], "dd-MM-yyyy")!.Value;
            Assert.True(D(row["datum_ontslag"], "dd-MM-yyyy") >= D(row["datum_opname"], "dd-MM-yyyy"));
            Assert.True(D(row["datum_ontslag"], "dd-MM-yyyy") >= procedure);
            Assert.True(D(row["datum_overlijden"], "dd-MM-yyyy") is not { } death || death >= procedure);
            Assert.True(D(row["datum_ltp"], "dd-MM-yyyy") is not { } ltp || ltp >= procedure);
            Assert.InRange(Age(D(row["geboortedatum"], "dd-MM-yyyy")!.Value, procedure), 0, 120);
        }
    }

    [Fact]
    public void NkrRows_ObeyCrossFieldRules()
    {
        foreach (var (path, row, _, export) in Rows("nkr/", "yyyy-MM-dd"))
        {
            AssertDatesNotAfter(row, export, "yyyy-MM-dd", path);
            var incidence = D(row["incdat"], "yyyy-MM-dd")!.Value;
            Assert.True(D(row["chir_datum"], "yyyy-MM-dd") is not { } surgery || surgery >= incidence, $"{path}: surgery before diagnosis.");
            Assert.True(D(row["vit_stat_dat"], "yyyy-MM-dd") >= incidence);
            Assert.True(D(row["vit_stat_dat"], "yyyy-MM-dd") >= D(row["gebdat"], "yyyy-MM-dd"));
            Assert.True(D(row["recidief_dat"], "yyyy-MM-dd") is not { } recurrence || recurrence >= incidence);
            Assert.InRange(Age(D(row["gebdat"], "yyyy-MM-dd")!.Value, incidence), 0, 120);
        }
    }

    [Fact]
    public void LbzRows_ObeyCrossFieldRules()
    {
        foreach (var (path, row, _, export) in Rows("lbz/", "yyyyMMdd"))
        {
            AssertDatesNotAfter(row, export, "yyyyMMdd", path);
            var admission = D(row["LBZOpnamedatum"], "yyyyMMdd")!.Value;
            Assert.True(D(row["LBZOntslagdatum"], "yyyyMMdd") >= admission);
            Assert.InRange(Age(D(row["gebdat"], "yyyyMMdd")!.Value, admission), 0, 120);
            Assert.InRange(int.Parse(row["LBZICaantaldagen"], CultureInfo.InvariantCulture), 0, 365);
        }
    }

    private static IEnumerable<(string Path, Dictionary<string, string> Row, Dictionary<string, string> Truth, DateOnly Export)> Rows(string prefix, string format)
    {
        foreach (var path in Set.Files.Keys.Where(p => p.StartsWith(prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var text = ExportFiles.Decode(Set.Files[path], out _);
            var delimiter = prefix == "lbz/" ? ',' : prefix == "dcra/" && text.IndexOf(';') is var s && (s < 0 || s > text.IndexOf('\n')) ? ',' : ';';
            var records = Csv.Parse(text, delimiter);
            var truth = ExportFiles.Truth(Set, path);
            var name = Path.GetFileNameWithoutExtension(path);
            var export = prefix == "lbz/"
                ? DateOnly.ParseExact(name[4..] + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture).AddMonths(1)
                : DateOnly.ParseExact(name[^10..], "yyyy-MM-dd", CultureInfo.InvariantCulture);
            for (var i = 1; i < records.Count; i++)
            {
                yield return (path, ExportFiles.Row(records[0].Fields, records[i]), truth[i - 1], export);
            }
        }
    }

    private static void AssertDatesNotAfter(Dictionary<string, string> row, DateOnly export, string format, string path)
    {
        foreach (var (column, value) in row)
        {
            if (value.Length == format.Length && DateOnly.TryParseExact(value, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                Assert.True(date <= export, $"{path}: {column} {value} after the export date {export:yyyy-MM-dd}.");
                Assert.True(date.Year >= 1900, $"{path}: {column} {value} before 1900.");
            }
        }
    }

    private static DateOnly? D(string value, string format) =>
        value.Length == 0 ? null : DateOnly.ParseExact(value, format, CultureInfo.InvariantCulture);

    private static int Age(DateOnly birth, DateOnly on) =>
        on.Year - birth.Year - (on.Month < birth.Month || (on.Month == birth.Month && on.Day < birth.Day) ? 1 : 0);
}
