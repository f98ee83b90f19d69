using Registry.Etl.Pipeline.Catalog;

namespace Registry.Etl.Pipeline.Tests.Catalog;

public sealed class SqliteRunCatalogTests : RunCatalogContract, IDisposable
{
    private readonly string _state = Path.Combine(Path.GetTempPath(), "registry-etl-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Open_NoConnectionString_CreatesTheFileInTheStateFolder()
    {
        await using var catalog = await OpenAsync();
        Assert.True(File.Exists(Path.Combine(_state, "catalog.db")));
        Assert.StartsWith("sqlite:", catalog.Description, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(_state))
        {
            Directory.Delete(_state, recursive: true);
        }
    }

    protected override Task<IRunCatalog> OpenAsync() => RunCatalog.OpenAsync(_state, null, CancellationToken.None);
}
