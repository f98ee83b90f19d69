namespace Registry.Etl.Pipeline.Catalog;

/// <summary>Opens the run catalog a pipeline uses.</summary>
public static class RunCatalog
{
    /// <summary>The SQLite file in a state folder.</summary>
    public static string SqlitePath(string stateDirectory) => Path.Combine(Path.GetFullPath(stateDirectory), "catalog.db");

    /// <summary>
    /// PostgreSQL when <paramref name="connectionString"/> is given, otherwise SQLite at
    /// <c>&lt;state&gt;/catalog.db</c>. Creates or migrates the schema before returning.
    /// </summary>
    public static async Task<IRunCatalog> OpenAsync(string stateDirectory, string? connectionString, CancellationToken cancellationToken)
    {
        CatalogDialect dialect;
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            Directory.CreateDirectory(Path.GetFullPath(stateDirectory));
            dialect = new SqliteDialect(SqlitePath(stateDirectory));
        }
        else
        {
            dialect = new PostgresDialect(connectionString);
        }

        try
        {
            return await SqlRunCatalog.OpenAsync(dialect, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            dialect.ReleaseResources();
            throw;
        }
    }
}
