using Registry.Etl.Cli;

namespace Registry.Etl.Cli.Tests.Commands;

public sealed class ValidateExplainCommandTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "validate-cli-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, true);
        }
    }

    [Fact]
    public async Task Validate_RepositorySpecsAndNightlyPipeline_ExitsZero()
    {
        var (code, output, error) = await Run("validate", "--specs", Specs(), Path.Combine(Root(), "pipelines", "nightly.yaml"));
        Assert.True(code == 0, error);
        Assert.Contains("no errors", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_ChangedPublishedSpec_ExitsTwoNamingTheFile()
    {
        foreach (var file in Directory.GetFiles(Specs(), "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(_directory, "indicator-specs", Path.GetRelativePath(Specs(), file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        var spec = Path.Combine(_directory, "indicator-specs", "dcra-volume", "v1.yaml");
        await File.AppendAllTextAsync(spec, "# an edit\n");
        var (code, _, error) = await Run("validate", "--specs", Path.Combine(_directory, "indicator-specs"));
        Assert.Equal(2, code);
        Assert.Contains("indicator-specs/dcra-volume/v1.yaml:2:1: error published-changed", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Explain_KnownAndUnknownVersions_PrintOrFail()
    {
        var (code, output, _) = await Run("explain", "dcra-lymph-nodes@2", "--specs", Specs());
        Assert.Equal(0, code);
        Assert.Contains("rows where nodes_examined >= $threshold", output, StringComparison.Ordinal);
        Assert.Contains("threshold = 12", output, StringComparison.Ordinal);
        var (missing, _, error) = await Run("explain", "dcra-lymph-nodes@9", "--specs", Specs());
        Assert.Equal(2, missing);
        Assert.Contains("No indicator spec dcra-lymph-nodes@9", error, StringComparison.Ordinal);
    }

    private static string Specs() => Path.Combine(Root(), "indicator-specs");

    private static string Root()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Registry.Etl.sln")))
        {
            dir = dir.Parent;
        }

        return dir!.FullName;
    }

    private static async Task<(int Code, string Output, string Error)> Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CliApplication.RunAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
