using Npgsql;

namespace Sitrep.Storage.Tests.Postgres;

/// <summary>
/// The PostgreSQL server the PostgreSQL store's tests run against: the one whose superuser connection string is in
/// <c>SITREP_TEST_POSTGRES</c>. <c>./test.sh</c> starts a throwaway one with <c>tests/postgres/server.sh</c> (which
/// installs PostgreSQL and PostGIS from Debian's packages when they are missing) and sets the variable. Each test
/// gets a database of its own, dropped afterwards.
/// </summary>
public sealed class TestServer : IDisposable
{
    public const string Variable = "SITREP_TEST_POSTGRES";

    private readonly List<string> created = [];

    /// <summary>The superuser connection string, or a failure that says how to get a server.</summary>
    public static string Admin =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } cs
            ? cs
            : throw new InvalidOperationException(
                $"{Variable} is not set. Run the tests with ./test.sh, which starts a throwaway PostgreSQL server with " +
                "tests/postgres/server.sh and sets it, or set it to a superuser connection string of your own server " +
                "(Host=...;Username=...), on which PostGIS is installed.");

    /// <summary>A new empty database; its Npgsql connection string.</summary>
    public string NewDatabase()
    {
        var name = "sitrep_test_" + Guid.NewGuid().ToString("N")[..16];
        Execute(Admin, $"CREATE DATABASE {name}");
        lock (created)
            created.Add(name);
        return new NpgsqlConnectionStringBuilder(Admin) { Database = name, Pooling = false }.ConnectionString;
    }

    public static void Execute(string connectionString, string sql)
    {
        using var c = new NpgsqlConnection(connectionString);
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    public static object? Scalar(string connectionString, string sql)
    {
        using var c = new NpgsqlConnection(connectionString);
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        return cmd.ExecuteScalar();
    }

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        foreach (var name in created)
        {
            try { Execute(Admin, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)"); }
            catch (NpgsqlException) { /* a leftover test database on a throwaway server is harmless */ }
        }
    }
}

[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<TestServer>
{
    public const string Name = "postgres";
}
