using Registry.Etl.Ingest.Standardising;

namespace Registry.Etl.Ingest.Tests.Standardising;

public sealed class FieldPatternTests
{
    [Theory]
    [InlineData("[0-9]{4}", "0303", true)]
    [InlineData("[0-9]{4}", "03031", false)]
    [InlineData("[0-9]{4}", "x0303", false)]
    [InlineData("[0-9]{4}", "", false)]
    [InlineData("[0-9]{4}", "0303\n", false)]
    [InlineData("[0-9]{4}", "0303\r\n", false)]
    [InlineData("[A-Z][0-9]{2,4}|Z", "Z", true)]
    [InlineData("[A-Z][0-9]{2,4}|Z", "C18Z", false)]
    public void IsMatch_TheWholeValue(string pattern, string text, bool expected) =>
        Assert.Equal(expected, FieldPattern.Of(pattern).IsMatch(text));

    [Fact]
    public async Task Of_OnePerPatternText_OneCompiledInstancePerThread()
    {
        var pattern = FieldPattern.Of("[0-9A-F]{16}");
        Assert.Same(pattern, FieldPattern.Of("[0-9A-F]{16}"));
        Assert.NotSame(pattern, FieldPattern.Of("[0-9a-f]{16}"));
        Assert.Same(pattern.Regex, pattern.Regex);
        var other = await Task.Factory.StartNew(() => pattern.Regex, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        Assert.NotSame(pattern.Regex, other);
    }

    [Fact]
    public void IsMatch_FromManyThreadsAtOnce_SameAnswers()
    {
        var pattern = FieldPattern.Of("[0-9A-Za-z]{1,20}");
        var values = Enumerable.Range(0, 20_000).Select(i => i % 3 == 0 ? $"A{i}" : i % 3 == 1 ? $"A-{i}" : new string('9', 1 + (i % 25))).ToArray();
        var expected = values.Select(v => v.Length <= 20 && v.All(char.IsAsciiLetterOrDigit)).ToArray();
        var answers = new bool[values.Length];
        Parallel.For(0, values.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => answers[i] = pattern.IsMatch(values[i]));
        Assert.Equal(expected, answers);
    }
}
