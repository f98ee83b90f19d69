using Registry.Etl.Synthetic.Tests.Support;

namespace Registry.Etl.Synthetic.Tests.Generation;

/// <summary>The ground truth covers every record of every export, row for row, with the right key and line.</summary>
public sealed class TruthTests
{
    private static MemorySink Set => SmallSet.Files;

    [Theory]
    [InlineData("dcra/")]
    [InlineData("dhba/")]
    [InlineData("nkr/")]
    [InlineData("lbz/")]
    public void EveryExportRow_HasItsTruthRow_WithKeyLineAndPerson(string prefix)
    {
        var files = Set.Files.Keys.Where(p => p.StartsWith(prefix, StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(files);
        var known = typeof(SyntheticGenerator).Assembly.GetType("Registry.Etl.Synthetic.Identity.NoiseTagNames") is not null;
        Assert.True(known);
        foreach (var path in files)
        {
            Assert.True(Set.Files.ContainsKey("truth/" + path), $"{path} has no truth file.");
            var text = ExportFiles.Decode(Set.Files[path], out _);
            var delimiter = prefix switch { "lbz/" => ',', "dcra/" => text.IndexOf(';') is var s && s >= 0 && s < text.IndexOf('\n') ? ';' : ',', _ => ';' };
            var records = Csv.Parse(text, delimiter);
            var header = records[0].Fields;
            var truth = ExportFiles.Truth(Set, path);
            Assert.Equal(records.Count - 1, truth.Count);
            for (var i = 1; i < records.Count; i++)
            {
                var row = ExportFiles.Row(header, records[i]);
                var t = truth[i - 1];
                Assert.Equal(i.ToString(System.Globalization.CultureInfo.InvariantCulture), t["row"]);
                Assert.Equal(records[i].Line.ToString(System.Globalization.CultureInfo.InvariantCulture), t["line"]);
                var key = prefix switch
                {
                    "dcra/" or "dhba/" => row["agb"] + "|" + row["record_id"],
                    "nkr/" => row["key_zid"],
                    _ => row["LBZIdopname"],
                };
                Assert.Equal(key, t["source_key"]);
                Assert.True(long.TryParse(t["person_id"], out var person) && person >= 0, $"{path}:{records[i].Line}: person_id '{t["person_id"]}'.");
            }
        }
    }

    [Fact]
    public void RecordsOfOnePerson_AcrossSources_ShareThePersonId()
    {
        // A DCRA record's truth names its NKR tumour; that tumour's truth row names the same person.
        var nkr = ExportFiles.Truth(Set, "nkr/nkr_2025-04-01.csv").ToDictionary(t => t["source_key"], t => t["person_id"]);
        var checkedLinks = 0;
        foreach (var path in Set.Files.Keys.Where(p => p.StartsWith("dcra/", StringComparison.Ordinal)))
        {
            foreach (var t in ExportFiles.Truth(Set, path))
            {
                foreach (var related in t["related"].Split(';', StringSplitOptions.RemoveEmptyEntries))
                {
                    Assert.StartsWith("nkr:", related);
                    if (nkr.TryGetValue(related[4..], out var person))
                    {
                        Assert.Equal(t["person_id"], person);
                        checkedLinks++;
                    }
                }
            }
        }

        Assert.True(checkedLinks > 1000, $"only {checkedLinks} DCRA-NKR links checked.");
    }

    [Fact]
    public void NoiseTags_AreFromTheDocumentedList_AndPlantedNoiseOccurs()
    {
        var documented = new HashSet<string>(System.Text.Json.JsonDocument.Parse(Set.Files["truth/calibration.json"])
            .RootElement.GetProperty("noise_tags").EnumerateArray().Select(e => e.GetString()!));
        var seen = new HashSet<string>();
        foreach (var path in Set.Files.Keys.Where(p => p.StartsWith("truth/", StringComparison.Ordinal) && p.Count(c => c == '/') >= 2))
        {
            foreach (var t in ExportFiles.Truth(Set, path[6..]))
            {
                foreach (var tag in t["noise"].Split('|', StringSplitOptions.RemoveEmptyEntries))
                {
                    Assert.Contains(tag, documented);
                    seen.Add(tag);
                }
            }
        }

        foreach (var expected in new[] { "bsn_missing", "bsn_typo", "dob_typo", "dob_swap", "sex_mismatch", "pc_typo", "pc_missing", "pc_stale", "pc_moved", "pseudonym_missing", "flaw_identity", "item_missing" })
        {
            Assert.Contains(expected, seen);
        }
    }

    [Fact]
    public void HospitalTruth_NamesEveryExportingHospital_AndThePlantedRoles()
    {
        var (header, rows) = ExportFiles.Read(Set.Files["truth/hospitals.csv"], ',');
        var hospitals = rows.Select(r => ExportFiles.Row(header, r)).ToList();
        Assert.True(hospitals.Count >= 20);
        var agbs = Set.Files.Keys.Where(p => p.StartsWith("dcra/", StringComparison.Ordinal)).Select(p => p.Split('/')[1]).Distinct().Order();
        Assert.Equal(hospitals.Select(h => h["agb"]).Order(), agbs);
        Assert.Equal(2, hospitals.Count(h => h["role"].Contains("leak_outlier", StringComparison.Ordinal)));
        Assert.Equal(2, hospitals.Count(h => h["role"].Contains("mortality_outlier", StringComparison.Ordinal)));
        Assert.Equal(2, hospitals.Count(h => h["role"] == "casemix_only"));
    }
}
