using Registry.Etl.Pipeline.Catalog;
using Registry.Etl.Pipeline.TestHost;

namespace Registry.Etl.Pipeline.Tests.Catalog;

/// <summary>The same contract on a real PostgreSQL (a fresh database per test class instance).</summary>
public sealed class PostgresRunCatalogTests : RunCatalogContract, IDisposable
{
    private readonly PostgresDatabase _database = PostgresDatabase.Create();

    [Fact]
    public async Task Open_UnreachableServer_IsATransientCatalogError()
    {
        var e = await Assert.ThrowsAsync<CatalogException>(() =>
            RunCatalog.OpenAsync("unused", "Host=127.0.0.1;Port=1;Username=x;Password=y;Database=z;Timeout=2", CancellationToken.None));
        Assert.True(e.IsTransient);
        Assert.True(Registry.Etl.Pipeline.Running.TransientErrors.IsTransient(e));
    }

    [Fact]
    public async Task Open_ConcurrentFirstOpens_MigrateExactlyOnce()
    {
        var catalogs = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => OpenAsync()));
        foreach (var c in catalogs)
        {
            await c.DisposeAsync();
        }

        await using var catalog = await OpenAsync();
        Assert.Empty(await catalog.ListRunsAsync(null, 10, CancellationToken.None));
    }

    public void Dispose() => _database.Dispose();

    protected override Task<IRunCatalog> OpenAsync() => RunCatalog.OpenAsync("unused", _database.ConnectionString, CancellationToken.None);
}
