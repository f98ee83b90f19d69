using System.Globalization;
using Registry.Etl.Linkage.Data;

namespace Registry.Etl.Linkage.Tests.Data;

/// <summary>A column's values read as numbers once per reader, and never with another reader's numbers.</summary>
public sealed class EncodedStringsTests
{
    [Fact]
    public void ValueNumbers_KeptForTheirReader_AnotherReaderGetsItsOwn()
    {
        var strings = new EncodedStrings([0, 1, -1], [2, 0], ["1,5", "2", "x"], [2, 1, 1], 4);
        static double Dutch(string s) => double.TryParse(s, NumberStyles.Float, CultureInfo.GetCultureInfo("nl-NL"), out var d) ? d : double.NaN;
        static double Invariant(string s) => double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : double.NaN;

        var dutch = strings.ValueNumbers(Dutch);
        var again = strings.ValueNumbers(Dutch);
        var invariant = strings.ValueNumbers(Invariant);

        Assert.Same(dutch, again);
        Assert.Equal([1.5, 2, double.NaN], dutch);
        Assert.Equal([double.NaN, 2, double.NaN], invariant); // "1,5" is no number to the invariant reader
    }
}
