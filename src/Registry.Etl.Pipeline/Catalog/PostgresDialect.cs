using System.Data.Common;
using Dapper;
using Npgsql;

namespace Registry.Etl.Pipeline.Catalog;

/// <summary>The shared catalog on PostgreSQL (Npgsql); migrations serialised by an advisory lock.</summary>
internal sealed class PostgresDialect : CatalogDialect
{
    // any constant: it only has to be the same for every process migrating the catalog
    private const long MigrationLockKey = 0x5245_4745_544C;

    private readonly NpgsqlDataSource _dataSource;

    public PostgresDialect(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        Description = $"postgres:{builder.Host}:{builder.Port}/{builder.Database}";
        _dataSource = NpgsqlDataSource.Create(builder.ConnectionString);
    }

    public override string Description { get; }

    public override string IdentityColumn => "bigint generated always as identity primary key";

    public override DbConnection CreateConnection() => _dataSource.CreateConnection();

    public override async Task LockForMigrationAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken) =>
        await connection.ExecuteAsync(new CommandDefinition("select pg_advisory_xact_lock(@k)", new { k = MigrationLockKey }, transaction, cancellationToken: cancellationToken))
            .ConfigureAwait(false);

    public override bool IsTransient(Exception error) => error switch
    {
        NpgsqlException n => n.IsTransient,
        System.Net.Sockets.SocketException => true,
        TimeoutException => true,
        _ => false,
    };

    public override void ReleaseResources() => _dataSource.Dispose();
}
