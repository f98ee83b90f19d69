using System.Text;
using Registry.Etl.Core.Data;
using Registry.Etl.Ingest.Contracts;
using Registry.Etl.Pipeline.Stages.Ingest;
using Registry.Etl.Pipeline.Tables;

namespace Registry.Etl.Pipeline.Tests.Stages;

/// <summary>
/// The committed sample exports through the real ingest code (contracts in pipelines/sources, the same job
/// the ingest stage runs), with a test-only pseudonym secret: the standardised tables linkage reads.
/// </summary>
internal static class SampleIngest
{
    private static readonly byte[] Secret = Encoding.UTF8.GetBytes("test-only secret for the synthetic sample data");

    /// <summary>Where the standardised sample files are written, once per test process.</summary>
    private static readonly string Folder = Path.Combine(Path.GetTempPath(), "sample-ingest-" + Guid.NewGuid().ToString("N"));

    /// <summary>The source's standardised table, as the ingest stage hands it over: a Parquet file.</summary>
    public static IngestedSource Ingested(string root, string source) => AsIngested(source, Read(root, source));

    /// <summary>A table written where a stage would find it (the artifact ingest sets).</summary>
    public static IngestedSource AsIngested(string source, Table table)
    {
        Directory.CreateDirectory(Folder);
        var path = Path.Combine(Folder, $"{source}-{Guid.NewGuid():N}.parquet");
        TableParquet.Write(table, path);
        return new IngestedSource(source, path, table.Schema, table.RowCount);
    }

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
