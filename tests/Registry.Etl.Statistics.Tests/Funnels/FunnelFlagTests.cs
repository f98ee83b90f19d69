using Registry.Etl.Statistics.Funnels;

namespace Registry.Etl.Statistics.Tests.Funnels;

/// <summary>Classification against the 95% and 99.8% limits, and the output codes.</summary>
public sealed class FunnelFlagTests
{
    private static readonly Interval Inner = new(0.10, 0.30);
    private static readonly Interval Outer = new(0.05, 0.40);

    [Theory]
    [InlineData(0.41, FunnelFlag.Above998, "above_99.8")]
    [InlineData(0.35, FunnelFlag.Above95, "above_95")]
    [InlineData(0.40, FunnelFlag.Above95, "above_95")]
    [InlineData(0.30, FunnelFlag.Within, "within")]
    [InlineData(0.20, FunnelFlag.Within, "within")]
    [InlineData(0.10, FunnelFlag.Within, "within")]
    [InlineData(0.07, FunnelFlag.Below95, "below_95")]
    [InlineData(0.05, FunnelFlag.Below95, "below_95")]
    [InlineData(0.00, FunnelFlag.Below998, "below_99.8")]
    public void Classify_Value_GivesFlagAndCode(double value, FunnelFlag expected, string code)
    {
        var flag = FunnelFlagCodes.Classify(value, Inner, Outer);
        Assert.Equal(expected, flag);
        Assert.Equal(code, flag.ToCode());
        Assert.Equal(flag, FunnelFlagCodes.Parse(code));
    }

    [Fact]
    public void Classify_BadInput_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => FunnelFlagCodes.Classify(double.NaN, Inner, Outer));
        Assert.Throws<ArgumentException>(() => FunnelFlagCodes.Classify(0.2, Outer, Inner));
        Assert.Throws<ArgumentException>(() => FunnelFlagCodes.Parse("above"));
    }
}
