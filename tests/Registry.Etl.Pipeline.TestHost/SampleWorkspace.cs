using Registry.Etl.Cli.Hosting;
using Registry.Etl.Pipeline.Stages;

namespace Registry.Etl.Pipeline.TestHost;

/// <summary>
/// A throw-away copy of a few hospitals of <c>sample-data/</c> and a copy of <c>pipelines/nightly.yaml</c>
/// pointing at it, running the real stages (<c>CliStages</c>): the longest prefix of the nightly stages this
/// build registers, so the tests grow with the stages. Small enough that a run takes seconds.
/// </summary>
public sealed class SampleWorkspace : IDisposable
{
    /// <summary>A development key for synthetic test data only: the real stages refuse to run without one.</summary>
    public const string PseudonymKey = "registry-etl-tests-synthetic-data-only";

    private SampleWorkspace(string root) => Root = root;

    public string Root { get; }

    public string PipelineFile => Path.Combine(Root, "nightly.yaml");

    public string OutputDirectory => Path.Combine(Root, "out");

    public string StateDirectory => Path.Combine(Root, "state");

    /// <summary>The nightly stages this build can run, in order (what the copied pipeline declares).</summary>
    public IReadOnlyList<string> Stages { get; private init; } = [];

    /// <summary>The real stages of the CLI.</summary>
    public static IStageFactory RealStages() => CliStages.Create();

    public static string RepositoryRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Registry.Etl.sln")))
            {
                dir = dir.Parent;
            }

            return dir?.FullName ?? throw new InvalidOperationException("Registry.Etl.sln not found above " + AppContext.BaseDirectory);
        }
    }

    /// <summary>Sets the pseudonym key in this process (for in-process runs) unless one is set.</summary>
    public static void EnsurePseudonymKey()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("REGISTRY_ETL_PSEUDONYM_KEY")))
        {
            Environment.SetEnvironmentVariable("REGISTRY_ETL_PSEUDONYM_KEY", PseudonymKey);
        }
    }

    /// <summary>
    /// Copies the first <paramref name="hospitals"/> DCRA hospitals, the first DHBA hospital, every NKR extract
    /// and the first <paramref name="lbzMonths"/> LBZ months of sample-data.
    /// </summary>
    public static SampleWorkspace Create(int hospitals = 3, int lbzMonths = 3)
    {
        var repo = RepositoryRoot;
        var sample = Path.Combine(repo, "sample-data");
        var root = Path.Combine(Path.GetTempPath(), "registry-etl-tests", "sample-" + Guid.NewGuid().ToString("N"));
        var exports = Path.Combine(root, "exports");
        CopyFolders(Path.Combine(sample, "dcra"), Path.Combine(exports, "dcra"), hospitals);
        CopyFolders(Path.Combine(sample, "dhba"), Path.Combine(exports, "dhba"), 1);
        CopyFiles(Path.Combine(sample, "nkr"), Path.Combine(exports, "nkr"), int.MaxValue);
        CopyFiles(Path.Combine(sample, "lbz"), Path.Combine(exports, "lbz"), lbzMonths);

        var nightly = Path.Combine(repo, "pipelines", "nightly.yaml");
        var registered = RealStages().Names.ToHashSet(StringComparer.Ordinal);
        var stages = PipelineCopy.DeclaredStages(nightly).TakeWhile(registered.Contains).ToArray();
        var ws = new SampleWorkspace(root) { Stages = stages };
        PipelineCopy.Write(nightly, ws.PipelineFile, exports, ws.OutputDirectory, ws.StateDirectory, stages);
        return ws;
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // a killed child may still hold a file for a moment; the temp folder is cleaned eventually
        }
    }

    private static void CopyFolders(string from, string to, int count)
    {
        foreach (var folder in Directory.GetDirectories(from).Order(StringComparer.Ordinal).Take(count))
        {
            CopyFiles(folder, Path.Combine(to, Path.GetFileName(folder)), int.MaxValue);
        }
    }

    private static void CopyFiles(string from, string to, int count)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from, "*.csv").Order(StringComparer.Ordinal).Take(count))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }
    }
}
