using Registry.Etl.Core.Identifiers;

namespace Registry.Etl.Core.Tests.Identifiers;

public sealed class HospitalCodeTests
{
    [Theory]
    [InlineData("06010101", true)]
    [InlineData(" 06010101 ", true)]
    [InlineData("0601010", false)]
    [InlineData("060101011", false)]
    [InlineData("06O10101", false)]
    [InlineData("", false)]
    public void TryParse_ChecksEightDigits(string text, bool expected) =>
        Assert.Equal(expected, HospitalCode.TryParse(text, out _));
}
