namespace Registry.Etl.Synthetic.Tests.Support;

/// <summary>The small set with default options, generated once per test run and shared by the tests that read files.</summary>
internal static class SmallSet
{
    private static readonly Lazy<MemorySink> Lazy = new(() =>
    {
        var sink = new MemorySink();
        new SyntheticGenerator(new SyntheticOptions()).Generate(sink);
        return sink;
    });

    public static MemorySink Files => Lazy.Value;
}
