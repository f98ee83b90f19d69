using System.Security.Cryptography;
using System.Text;
using Registry.Etl.Ingest.Pseudonyms;
using Registry.Etl.Ingest.Tests.Support;

namespace Registry.Etl.Ingest.Tests.Pseudonyms;

/// <summary>
/// The pseudonymiser reuses one keyed HMAC per purpose; these check it against the definition in its
/// documentation computed with one-shot HMACs (key = HMAC(secret, label + purpose), pseudonym = HMAC(key, text)),
/// in any order of purposes and from several threads at once.
/// </summary>
public sealed class PseudonymiserTests
{
    private static readonly string[] Texts = ["123456782", "1980-02-29", "1234AB", "06105536:P-001", "", new string('x', 300), "é"];

    [Fact]
    public void Of_InterleavedPurposes_EqualsOneShotHmacOfTheDerivedKey()
    {
        foreach (var _ in Enumerable.Range(0, 3))
        {
            foreach (var purpose in Enum.GetValues<PseudonymPurpose>())
            {
                foreach (var text in Texts)
                {
                    Assert.Equal(Oracle(purpose, text), Repo.Pseudonymiser.Of(purpose, text));
                }
            }
        }
    }

    [Fact]
    public void Of_FromSeveralThreads_EqualsOneShotHmac()
    {
        var expected = Texts.Select(t => Oracle(PseudonymPurpose.Bsn, t)).ToArray();
        Parallel.For(0, 4000, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
        {
            var t = i % Texts.Length;
            Assert.Equal(expected[t], Repo.Pseudonymiser.Of(PseudonymPurpose.Bsn, Texts[t]));
        });
    }

    private static string Oracle(PseudonymPurpose purpose, string text)
    {
        var key = HMACSHA256.HashData(Encoding.UTF8.GetBytes(Repo.TestSecret), Encoding.ASCII.GetBytes("registry-etl/pseudonym/v1/" + purpose.ToString().ToLowerInvariant()));
        return Convert.ToHexString(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(text)));
    }
}
