namespace Registry.Etl.Indicators.Tests.Support;

/// <summary>Paths in the repository, found from the test's working folder.</summary>
internal static class Repository
{
    public static string Root { get; } = Find();

    public static string Specs => Path.Combine(Root, "indicator-specs");

    public static string TestFolder => Path.Combine(Root, "tests", "Registry.Etl.Indicators.Tests");

    private static string Find()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Registry.Etl.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Registry.Etl.sln not found above the test folder.");
    }
}
