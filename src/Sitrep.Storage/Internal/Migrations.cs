using System.Data.Common;

namespace Sitrep.Storage.Internal;

/// <summary>One embedded migration: <c>Migrations/sqlite/0002_add_x.sql</c> brings a SQLite schema to version 2.</summary>
internal sealed record Migration(int Version, string Name, string Sql);

/// <summary>
/// What differs between the two databases when their schema is checked and migrated: where the migrations are
/// embedded, how the tables of a database are listed, and how one process at a time is let migrate.
/// </summary>
/// <param name="Folder">The folder under <c>Migrations/</c> that holds this database's scripts.</param>
/// <param name="ListTables">A query of one text column: the names of the user tables the database holds.</param>
/// <param name="Lock">Run first in each migration's transaction to keep other processes out, or null when
/// starting the transaction already does (SQLite's BEGIN IMMEDIATE).</param>
internal sealed record Dialect(string Folder, string ListTables, string? Lock)
{
    public static readonly Dialect Sqlite = new(
        "sqlite",
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
        null);

    /// <summary>PostGIS's own table (spatial_ref_sys) is not a sign of someone else's database.</summary>
    public static readonly Dialect Postgres = new(
        "postgres",
        "SELECT table_name::text FROM information_schema.tables WHERE table_schema = current_schema() " +
        "AND table_type = 'BASE TABLE' AND table_name <> 'spatial_ref_sys' ORDER BY table_name",
        "SELECT pg_advisory_xact_lock(7370012018)");
}

/// <summary>
/// The embedded migrations of one database and how they are applied. The schema version of a database is the
/// highest version in its <c>schema_version</c> table; each missing migration is applied, in order, in its own
/// transaction.
/// </summary>
internal sealed class Migrations
{
    public static readonly Migrations Sqlite = new(Dialect.Sqlite);
    public static readonly Migrations Postgres = new(Dialect.Postgres);

    private readonly Dialect dialect;

    private Migrations(Dialect dialect)
    {
        this.dialect = dialect;
        All = Load($"sitrep-migrations/{dialect.Folder}/");
    }

    /// <summary>All migrations, ordered by version; versions run 1, 2, 3... without gaps (a gap is a bug).</summary>
    public IReadOnlyList<Migration> All { get; }

    public int Latest => All[^1].Version;

    private static IReadOnlyList<Migration> Load(string prefix)
    {
        var assembly = typeof(Migrations).Assembly;
        var list = new List<Migration>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)))
        {
            var name = resource[prefix.Length..];
            var digits = new string(name.TakeWhile(char.IsAsciiDigit).ToArray());
            if (digits.Length == 0)
                throw new InvalidOperationException($"migration '{name}' must start with its version number, e.g. 0002_name.sql");
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            list.Add(new Migration(int.Parse(digits), name, reader.ReadToEnd()));
        }
        list.Sort((a, b) => a.Version.CompareTo(b.Version));
        for (int i = 0; i < list.Count; i++)
        {
            if (list[i].Version != i + 1)
                throw new InvalidOperationException($"migrations must be numbered 1, 2, 3... without gaps or repeats; found '{list[i].Name}' at position {i + 1}");
        }
        if (list.Count == 0)
            throw new InvalidOperationException($"no migrations are embedded in Sitrep.Storage under '{prefix}'");
        return list;
    }

    /// <summary>
    /// The database's schema version (0 for an empty database), read without writing anything. A database newer
    /// than the code, or one that is not Sitrep's, is refused here, before anything touches it.
    /// </summary>
    public int Check(DbConnection connection, string path)
    {
        var tables = new List<string>();
        using (var list = connection.CreateCommand())
        {
            list.CommandText = dialect.ListTables;
            using var r = list.ExecuteReader();
            while (r.Read())
                tables.Add(r.GetString(0));
        }
        if (!tables.Contains("schema_version"))
            return tables.Count == 0 ? 0 : throw StoreException.NotSitrep(path, tables);
        int current = Version(connection, null);
        if (current > Latest)
            throw StoreException.NewerSchema(path, current, Latest);
        return current;
    }

    /// <summary>Applies every migration above <paramref name="current"/> (as returned by <see cref="Check"/>) and returns the new version.</summary>
    public int Apply(DbConnection connection, int current)
    {
        if (current == 0)
            Exec(connection, null, "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL)");
        foreach (var migration in All.Where(m => m.Version > current))
        {
            using var tx = connection.BeginTransaction(); // SQLite: BEGIN IMMEDIATE; PostgreSQL: the advisory lock below
            if (dialect.Lock is { } lockSql)
                Exec(connection, tx, lockSql);
            if (Version(connection, tx) >= migration.Version)
                continue; // another process applied it meanwhile
            Exec(connection, tx, migration.Sql);
            using var record = connection.CreateCommand();
            record.Transaction = tx;
            record.CommandText = "INSERT INTO schema_version (version, name) VALUES (@v, @n)";
            Insert.Parameter(record, "@v").Value = migration.Version;
            Insert.Parameter(record, "@n").Value = migration.Name;
            record.ExecuteNonQuery();
            tx.Commit();
        }
        return Version(connection, null);
    }

    private static int Version(DbConnection connection, DbTransaction? tx)
    {
        using var max = connection.CreateCommand();
        max.Transaction = tx;
        max.CommandText = "SELECT COALESCE(MAX(version), 0) FROM schema_version";
        return Convert.ToInt32(max.ExecuteScalar());
    }

    private static void Exec(DbConnection connection, DbTransaction? tx, string sql)
    {
        using var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }
}
