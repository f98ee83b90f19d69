using Registry.Etl.Pipeline.Catalog;
using Registry.Etl.Pipeline.Definition;

namespace Registry.Etl.Scheduling;

/// <summary>One open catalog per state folder (or the one shared PostgreSQL catalog), opened on first use.</summary>
internal sealed class CatalogCache(string? connectionString) : IAsyncDisposable
{
    private readonly Dictionary<string, IRunCatalog> _open = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task<IRunCatalog> GetAsync(PipelineDefinition pipeline, CancellationToken cancellationToken)
    {
        var key = connectionString is null ? pipeline.StateDirectory : "postgres";
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!_open.TryGetValue(key, out var catalog))
            {
                catalog = await RunCatalog.OpenAsync(pipeline.StateDirectory, connectionString, cancellationToken).ConfigureAwait(false);
                _open[key] = catalog;
            }

            return catalog;
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var catalog in _open.Values)
        {
            await catalog.DisposeAsync().ConfigureAwait(false);
        }

        _open.Clear();
        _gate.Dispose();
    }
}
