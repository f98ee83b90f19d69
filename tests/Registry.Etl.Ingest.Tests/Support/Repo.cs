using Registry.Etl.Ingest.Contracts;
using Registry.Etl.Ingest.Pseudonyms;
using Registry.Etl.Ingest.Standardising;

namespace Registry.Etl.Ingest.Tests.Support;

internal static class Repo
{
    /// <summary>A key for tests only; it protects nothing.</summary>
    public const string TestSecret = "test-only-pseudonym-secret-not-for-real-data";

    private static readonly Lazy<string> RootPath = new(() =>
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Registry.Etl.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Registry.Etl.sln not found above the test directory.");
    });

    public static string Root => RootPath.Value;

    public static string Contracts => Path.Combine(Root, "pipelines", "sources");

    public static string SampleData => Path.Combine(Root, "sample-data");

    public static string Corpus => Path.Combine(Root, "tests", "Registry.Etl.Ingest.Tests", "Corpus");

    public static Pseudonymiser Pseudonymiser { get; } = new(System.Text.Encoding.UTF8.GetBytes(TestSecret));

    public static ContractSet ContractsOf(string source) => ContractSet.LoadDirectory(Contracts, source);

    public static FileIngester Ingester(string source) => new(ContractsOf(source), Pseudonymiser);

    /// <summary>Export files of a source in sample-data, as (full path, name relative to the source folder).</summary>
    public static IReadOnlyList<(string Path, string Name)> SampleFiles(string source)
    {
        var dir = Path.Combine(SampleData, source);
        return [.. Directory.EnumerateFiles(dir, "*.csv", SearchOption.AllDirectories)
            .Select(f => (f, Path.GetRelativePath(dir, f).Replace('\\', '/')))
            .OrderBy(f => f.Item2, StringComparer.Ordinal)];
    }
}
