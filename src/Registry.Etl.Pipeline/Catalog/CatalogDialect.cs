using System.Data.Common;

namespace Registry.Etl.Pipeline.Catalog;

/// <summary>What differs between the SQLite and PostgreSQL catalogs: connections, identity, locking, errors.</summary>
internal abstract class CatalogDialect
{
    public abstract string Description { get; }

    /// <summary>The column definition of an auto-numbered primary key.</summary>
    public abstract string IdentityColumn { get; }

    public abstract DbConnection CreateConnection();

    /// <summary>Serialises schema migration between processes opening the catalog at the same moment.</summary>
    public abstract Task LockForMigrationAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken);

    public abstract bool IsTransient(Exception error);

    public virtual Task PrepareAsync(DbConnection connection, CancellationToken cancellationToken) => Task.CompletedTask;

    public virtual void ReleaseResources()
    {
    }
}
