using Registry.Etl.Synthetic.Tests.Support;

namespace Registry.Etl.Synthetic.Tests.Generation;

/// <summary>
/// BSN fields in the exports of a moderately sized world: the share missing and the share failing the
/// 11-proof (checked here independently) match the configured rates, and agree row by row with the truth.
/// </summary>
public sealed class BsnRateTests
{
    private static readonly Lazy<MemorySink> Files = new(() =>
    {
        var sink = new MemorySink();
        new SyntheticGenerator(ModerateWorld.Options with { Sources = SyntheticSource.Dcra | SyntheticSource.Nkr }).Generate(sink);
        return sink;
    });

    [Fact]
    public void DcraBsn_MissingAndInvalidShares_MatchConfiguredRates()
    {
        var noise = ModerateWorld.Options.ResolvedCalibration.Noise;
        var (empty, invalid, total) = Count("dcra/", ';');
        var pNo = noise.PersonWithoutBsn;
        ModerateWorld.AssertRate(pNo + (1 - pNo) * noise.Hospital.BsnMissing, empty, total, "DCRA BSN missing");
        ModerateWorld.AssertRate((1 - pNo) * noise.Hospital.BsnTypo, invalid, total, "DCRA BSN failing the 11-proof");
    }

    [Fact]
    public void NkrBsn_MissingAndInvalidShares_MatchConfiguredRates()
    {
        var noise = ModerateWorld.Options.ResolvedCalibration.Noise;
        var (empty, invalid, total) = Count("nkr/nkr_2022", ';');
        var pNo = noise.PersonWithoutBsn;
        ModerateWorld.AssertRate(pNo + (1 - pNo) * noise.Nkr.BsnMissing, empty, total, "NKR BSN missing");
        ModerateWorld.AssertRate((1 - pNo) * noise.Nkr.BsnTypo, invalid, total, "NKR BSN failing the 11-proof");
    }

    /// <summary>First submissions without a planted identity flaw; every row's BSN must agree with its truth tags.</summary>
    private static (int Empty, int Invalid, int Total) Count(string prefix, char nkrDelimiter)
    {
        int empty = 0, invalid = 0, total = 0;
        foreach (var path in Files.Value.Files.Keys.Where(p => p.StartsWith(prefix, StringComparison.Ordinal)))
        {
            var text = ExportFiles.Decode(Files.Value.Files[path], out _);
            var delimiter = prefix.StartsWith("nkr", StringComparison.Ordinal) ? nkrDelimiter : text.IndexOf(';') is var s && s >= 0 && s < text.IndexOf('\n') ? ';' : ',';
            var records = Csv.Parse(text, delimiter);
            var truth = ExportFiles.Truth(Files.Value, path);
            var bsnColumn = Array.IndexOf(records[0].Fields, "bsn");
            for (var i = 1; i < records.Count; i++)
            {
                var bsn = records[i].Fields[bsnColumn];
                var tags = truth[i - 1]["noise"].Split('|');
                var isEmpty = bsn.Length == 0;
                var isInvalid = !isEmpty && !ExportFiles.ElevenProof(bsn);
                Assert.Equal(tags.Contains("bsn_missing") || tags.Contains("no_bsn"), isEmpty);
                if (!tags.Contains("flaw_identity"))
                {
                    Assert.Equal(tags.Contains("bsn_typo"), isInvalid);
                }

                if (truth[i - 1]["version"] != "1" || truth[i - 1]["duplicate"] == "1" || tags.Contains("flaw_identity"))
                {
                    continue;
                }

                total++;
                empty += isEmpty ? 1 : 0;
                invalid += isInvalid ? 1 : 0;
            }
        }

        return (empty, invalid, total);
    }
}
