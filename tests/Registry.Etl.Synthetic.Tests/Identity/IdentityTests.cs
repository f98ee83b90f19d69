using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using Registry.Etl.Synthetic.Identity;
using Registry.Etl.Synthetic.Randomness;
using Registry.Etl.Synthetic.Tests.Support;

namespace Registry.Etl.Synthetic.Tests.Identity;

public sealed partial class IdentityTests
{
    [Fact]
    public void Bsn_ForIndex_ValidAndDistinct()
    {
        var bsn = new Bsn(5);
        var seen = new HashSet<int>();
        for (long i = 0; i < 200_000; i += 1)
        {
            var value = bsn.ForIndex(i * 449 % Bsn.Capacity);
            Assert.True(ExportFiles.ElevenProof(Bsn.Format(value)), $"{value} fails the 11-proof.");
            Assert.True(seen.Add(value), $"{value} given twice.");
        }
    }

    [Fact]
    public void Bsn_IsValid_KnownExamples()
    {
        Assert.True(Bsn.IsValid("123456782"));
        Assert.False(Bsn.IsValid("123456781"));
        Assert.False(Bsn.IsValid("000000000"));
        Assert.True(Bsn.IsValid("11111110".PadLeft(8, '0')) == ExportFiles.ElevenProof("11111110"));
    }

    [Fact]
    public void BsnTypo_AnyValidBsn_AlwaysFailsTheElevenProof()
    {
        var bsn = new Bsn(11);
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), ArbMap.Default.ArbFor<ulong>(), (index, key) =>
        {
            var valid = Bsn.Format(bsn.ForIndex(index % Bsn.Capacity));
            var rng = new Rng(key);
            var typo = IdentityNoiser.BsnTypo(ref rng, valid);
            return typo != valid && !ExportFiles.ElevenProof(typo);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void DobTypo_GivesAnotherRealDate_NotAfterTheRecord()
    {
        Prop.ForAll(Gen.Choose(new DateOnly(1920, 1, 1).DayNumber, new DateOnly(2010, 12, 31).DayNumber).ToArbitrary(), ArbMap.Default.ArbFor<ulong>(), (dob, key) =>
        {
            var rng = new Rng(key);
            var record = new DateOnly(2023, 6, 1).DayNumber;
            var typo = IdentityNoiser.DobTypo(ref rng, dob, record);
            return typo <= record && DateOnly.FromDayNumber(typo).Year >= 1900;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Postcode_RandomMovedAndTypo_FollowTheDutchFormat()
    {
        var rng = new Rng(3);
        for (var i = 0; i < 20_000; i++)
        {
            var region = 1 + (i % 9);
            var pc = Postcode.Random(ref rng, region);
            Assert.Equal(region, Postcode.Pc4(pc) / 1000);
            foreach (var candidate in new[] { pc, Postcode.Moved(ref rng, pc), Postcode.Typo(ref rng, pc) })
            {
                var text = Postcode.Format(candidate, PostcodeStyle.Compact);
                Assert.Matches(Pc6(), text);
            }

            Assert.NotEqual(pc, Postcode.Typo(ref rng, pc));
        }

        Assert.Matches(@"^\d{4} [A-Z]{2}$", Postcode.Format(Postcode.Pack(1234, 0, 1), PostcodeStyle.Spaced));
    }

    [GeneratedRegex("^[1-9][0-9]{3}(?!SA|SD|SS)[A-Z]{2}$")]
    private static partial Regex Pc6();
}
