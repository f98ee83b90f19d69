using System.Text;
using Registry.Etl.Core.Data;
using Registry.Etl.Ingest.Contracts;
using Registry.Etl.Pipeline.Stages.Ingest;

namespace Registry.Etl.Pipeline.Tests.Stages;

/// <summary>
/// The committed sample exports through the real ingest code (contracts in pipelines/sources, the same job
/// the ingest stage runs), with a test-only pseudonym secret: the standardised tables linkage reads.
/// </summary>
internal static class SampleIngest
{
    private static readonly byte[] Secret = Encoding.UTF8.GetBytes("test-only secret for the synthetic sample data");

    public static Table Read(string root, string source)
    {
        var folder = Path.Combine(root, "sample-data", source);
        var files = Directory.GetFiles(folder, "*.csv", SearchOption.AllDirectories)
            .Select(f => (f, Path.GetRelativePath(folder, f).Replace('\\', '/'), (string?)null))
            .OrderBy(f => f.Item2, StringComparer.Ordinal)
            .ToArray();
        var job = new SourceIngestJob(ContractSet.LoadDirectory(Path.Combine(root, "pipelines", "sources"), source), Secret, cache: null);
        return job.RunAsync(files, null, CancellationToken.None).GetAwaiter().GetResult().Table!;
    }
}
