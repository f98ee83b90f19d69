using Npgsql;

namespace Registry.Etl.Pipeline.TestHost;

/// <summary>
/// A fresh PostgreSQL database per test, dropped afterwards. The server and a role that may create
/// databases come from <c>tests/scripts/ensure-postgres.sh</c>, which <c>make test</c> runs; its
/// connection string is in <see cref="Variable"/>. Without it the test fails: it never skips.
/// </summary>
public sealed class PostgresDatabase : IDisposable
{
    public const string Variable = "REGISTRY_ETL_TEST_POSTGRES";

    private readonly string _admin;

    private PostgresDatabase(string admin, string name)
    {
        _admin = admin;
        Name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(admin) { Database = name, Pooling = false }.ConnectionString;
    }

    public string Name { get; }

    public string ConnectionString { get; }

    public static PostgresDatabase Create()
    {
        var admin = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(admin))
        {
            throw new InvalidOperationException(
                $"{Variable} is not set. Run the tests with 'make test' (it installs and starts PostgreSQL through tests/scripts/ensure-postgres.sh and sets it), " +
                "or run that script and export the connection string it prints.");
        }

        var db = new PostgresDatabase(admin, $"registry_etl_t_{Guid.NewGuid():N}");
        db.Execute($"create database {db.Name}");
        return db;
    }

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();

        // a connection of the test that is still closing (or starting) can make the forced drop fail once
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                Execute($"drop database if exists {Name} with (force)");
                return;
            }
            catch (PostgresException e) when (attempt < 5 && e.SqlState is PostgresErrorCodes.InsufficientPrivilege or PostgresErrorCodes.ObjectInUse)
            {
                Thread.Sleep(200 * attempt);
            }
        }
    }

    private void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_admin) { Pooling = false }.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
