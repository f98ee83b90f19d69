using System.Data.Common;
using Dapper;

namespace Registry.Etl.Pipeline.Catalog;

/// <summary>The run catalog over either dialect: plain SQL through Dapper, one connection per call.</summary>
internal sealed partial class SqlRunCatalog : IRunCatalog
{
    private readonly CatalogDialect _dialect;

    private SqlRunCatalog(CatalogDialect dialect) => _dialect = dialect;

    public string Description => _dialect.Description;

    public static async Task<SqlRunCatalog> OpenAsync(CatalogDialect dialect, CancellationToken cancellationToken)
    {
        var catalog = new SqlRunCatalog(dialect);
        await catalog.MigrateAsync(cancellationToken).ConfigureAwait(false);
        return catalog;
    }

    public ValueTask DisposeAsync()
    {
        _dialect.ReleaseResources();
        return ValueTask.CompletedTask;
    }

    private async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await WithConnectionAsync(
            async (connection, ct) =>
            {
                await using var tx = await connection.BeginTransactionAsync(ct).ConfigureAwait(false);
                await _dialect.LockForMigrationAsync(connection, tx, ct).ConfigureAwait(false);
                await connection.ExecuteAsync(new CommandDefinition("create table if not exists catalog_schema (version integer not null)", transaction: tx, cancellationToken: ct))
                    .ConfigureAwait(false);
                var current = await connection.ExecuteScalarAsync<long?>(new CommandDefinition("select max(version) from catalog_schema", transaction: tx, cancellationToken: ct))
                    .ConfigureAwait(false) ?? 0;
                var migrations = CatalogSchema.Migrations(_dialect.IdentityColumn);
                for (var v = (int)current; v < migrations.Count; v++)
                {
                    foreach (var statement in migrations[v])
                    {
                        await connection.ExecuteAsync(new CommandDefinition(statement, transaction: tx, cancellationToken: ct)).ConfigureAwait(false);
                    }

                    await connection.ExecuteAsync(new CommandDefinition("insert into catalog_schema (version) values (@v)", new { v = v + 1 }, tx, cancellationToken: ct))
                        .ConfigureAwait(false);
                }

                await tx.CommitAsync(ct).ConfigureAwait(false);
                return 0;
            },
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Opens a connection, runs <paramref name="work"/>, and turns driver errors into <see cref="CatalogException"/>.</summary>
    private async Task<T> WithConnectionAsync<T>(Func<DbConnection, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = _dialect.CreateConnection();
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await _dialect.PrepareAsync(connection, cancellationToken).ConfigureAwait(false);
            return await work(connection, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is DbException or System.Net.Sockets.SocketException or TimeoutException)
        {
            throw new CatalogException($"The run catalog ({Description}) failed: {e.Message}", e, _dialect.IsTransient(e));
        }
    }

    private static long Ms(DateTimeOffset t) => t.ToUnixTimeMilliseconds();

    private static DateTimeOffset At(long ms) => DateTimeOffset.FromUnixTimeMilliseconds(ms);
}
