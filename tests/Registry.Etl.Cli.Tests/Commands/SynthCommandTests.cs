namespace Registry.Etl.Cli.Tests.Commands;

public sealed class SynthCommandTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "synth-cli-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Synth_SmallOneSourceWindow_WritesFilesAndSummary()
    {
        var (code, output, error) = await Run("synth", "--scale", "small", "--sources", "dcra,nkr", "--end-date", "2023-04-30", "--out", _directory);

        Assert.True(code == 0, error);
        Assert.Contains("dcra", output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_directory, "nkr", "nkr_2023-04-01.csv")));
        Assert.True(File.Exists(Path.Combine(_directory, "truth", "hospitals.csv")));
        Assert.Empty(Directory.GetFiles(_directory, "*.partial", SearchOption.AllDirectories));
        Assert.False(Directory.Exists(Path.Combine(_directory, "lbz")));
        Assert.All(Directory.GetFiles(Path.Combine(_directory, "dcra"), "*.csv", SearchOption.AllDirectories),
            f => Assert.True(string.CompareOrdinal(Path.GetFileNameWithoutExtension(f)[^10..], "2023-04-30") <= 0));
    }

    [Theory]
    [InlineData("--end-date", "31-12-2024")]
    [InlineData("--sources", "dcra,foo")]
    [InlineData("--years", "0")]
    public async Task Synth_InvalidOption_ExitsWithUsageError(string option, string value)
    {
        var (code, _, error) = await Run("synth", option, value, "--out", _directory);

        Assert.Equal(2, code);
        Assert.StartsWith("synth:", error, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    private static async Task<(int Code, string Output, string Error)> Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CliApplication.RunAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
