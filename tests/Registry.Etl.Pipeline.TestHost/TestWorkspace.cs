using System.Globalization;
using System.Text;

namespace Registry.Etl.Pipeline.TestHost;

/// <summary>
/// A throw-away folder with deterministic exports, contracts and a pipeline file using the test stages,
/// for in-process and child-process tests alike. Deleted on dispose.
/// </summary>
public sealed class TestWorkspace : IDisposable
{
    private TestWorkspace(string root)
    {
        Root = root;
        Directory.CreateDirectory(ExportsDirectory);
        Directory.CreateDirectory(ContractsDirectory);
        File.WriteAllText(Path.Combine(ContractsDirectory, "dcra.v1.yaml"), "# test contract\n");
        File.WriteAllText(Path.Combine(ContractsDirectory, "lbz.v1.yaml"), "# test contract\n");
    }

    public string Root { get; }

    public string ExportsDirectory => Path.Combine(Root, "exports");

    public string ContractsDirectory => Path.Combine(Root, "contracts");

    public string OutputDirectory => Path.Combine(Root, "out");

    public string StateDirectory => Path.Combine(Root, "state");

    /// <summary>The test host executable (built beside the test projects in the same configuration).</summary>
    public static string HostDll
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Registry.Etl.sln")))
            {
                dir = dir.Parent;
            }

            var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
            return Path.Combine(dir!.FullName, "tests", "Registry.Etl.Pipeline.TestHost", "bin", configuration, "net10.0", "Registry.Etl.Pipeline.TestHost.dll");
        }
    }

    /// <summary>A workspace with <paramref name="files"/> export files per source (dcra, lbz), some rows bad.</summary>
    public static TestWorkspace Create(int files = 3, int rowsPerFile = 40)
    {
        var ws = new TestWorkspace(Path.Combine(Path.GetTempPath(), "registry-etl-tests", Guid.NewGuid().ToString("N")));
        foreach (var source in new[] { "dcra", "lbz" })
        {
            for (var f = 0; f < files; f++)
            {
                ws.WriteExport(source, string.Create(CultureInfo.InvariantCulture, $"h{f % 2}/{source}_2025-0{f + 1}-01.csv"), Rows(source.Length * 31 + f, rowsPerFile));
            }
        }

        return ws;
    }

    /// <summary>Deterministic export rows: about one in twenty is bad (wrong hospital or a non-number).</summary>
    public static string Rows(int seed, int count)
    {
        var random = new Random(seed);
        var text = new StringBuilder("hospital;value\n");
        for (var i = 0; i < count; i++)
        {
            var hospital = string.Create(CultureInfo.InvariantCulture, $"0601{random.Next(1, 7):D4}");
            var bad = random.Next(20);
            text.Append(bad == 0 ? "06x;1" : bad == 1 ? hospital + ";n/a" : string.Create(CultureInfo.InvariantCulture, $"{hospital};{random.Next(0, 100)}")).Append('\n');
        }

        return text.ToString();
    }

    public void WriteExport(string source, string relativePath, string content)
    {
        var path = Path.Combine(ExportsDirectory, source, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }

    /// <summary>Writes a pipeline file and returns its path. <paramref name="stages"/> is the YAML list body.</summary>
    public string WritePipeline(
        string stages,
        string name = "test",
        string? schedule = null,
        string quality = "max_quarantined_fraction: 0.2",
        int keepRuns = 14,
        string? fileName = null)
    {
        var yaml = new StringBuilder();
        yaml.Append(CultureInfo.InvariantCulture, $"name: {name}\n");
        if (schedule is not null)
        {
            yaml.Append("schedule:\n").Append(Indent(schedule)).Append('\n');
        }

        yaml.Append("sources:\n");
        foreach (var source in new[] { "dcra", "lbz" })
        {
            yaml.Append(CultureInfo.InvariantCulture, $"  - id: {source}\n    exports: exports/{source}\n    contracts: contracts\n");
        }

        yaml.Append("indicators:\n  - test-mean@1\n  - test-mean@2\n");
        yaml.Append("stages:\n").Append(Indent(stages)).Append('\n');
        yaml.Append("outputs:\n  directory: out\nstate:\n  directory: state\n");
        yaml.Append(CultureInfo.InvariantCulture, $"retention:\n  keep_runs: {keepRuns}\n");
        yaml.Append("quality:\n").Append(Indent(quality)).Append('\n');
        var path = Path.Combine(Root, fileName ?? $"{name}.yaml");
        File.WriteAllText(path, yaml.ToString());
        return path;
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
            // a child process may still be closing a file; the temp folder is cleaned by the OS eventually
        }
    }

    private static string Indent(string block) =>
        string.Join('\n', block.Trim('\n').Split('\n').Select(l => "  " + l));
}
