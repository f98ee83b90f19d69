using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Registry.Etl.Pipeline.Catalog;

/// <summary>The embedded catalog: one SQLite file in WAL mode, writers wait up to 30 s for each other.</summary>
internal sealed class SqliteDialect(string path) : CatalogDialect
{
    private readonly string _connectionString = new SqliteConnectionStringBuilder
    {
        DataSource = path,
        Mode = SqliteOpenMode.ReadWriteCreate,
        DefaultTimeout = 30,
        Pooling = false,
    }.ToString();

    public override string Description => $"sqlite:{path}";

    public override string IdentityColumn => "integer primary key autoincrement";

    public override DbConnection CreateConnection() => new SqliteConnection(_connectionString);

    public override async Task PrepareAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await connection.ExecuteAsync(new CommandDefinition("pragma journal_mode=wal; pragma synchronous=full;", cancellationToken: cancellationToken))
            .ConfigureAwait(false);
    }

    // BeginTransaction in Microsoft.Data.Sqlite is BEGIN IMMEDIATE: the write lock is taken up front.
    public override Task LockForMigrationAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    public override bool IsTransient(Exception error) =>
        error is SqliteException { SqliteErrorCode: 5 or 6 }; // SQLITE_BUSY, SQLITE_LOCKED
}
