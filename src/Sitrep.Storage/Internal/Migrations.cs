using System.Reflection;
using Microsoft.Data.Sqlite;

namespace Sitrep.Storage.Internal;

/// <summary>One embedded migration: <c>Migrations/0002_add_x.sql</c> brings the schema to version 2.</summary>
internal sealed record Migration(int Version, string Name, string Sql);

/// <summary>
/// The embedded migrations and how they are applied. The schema version of a database is the highest version in
/// its <c>schema_version</c> table; each missing migration is applied, in order, in its own transaction.
/// </summary>
internal static class Migrations
{
    private const string Prefix = "sitrep-migrations/";

    /// <summary>All migrations, ordered by version; versions run 1, 2, 3... without gaps (a gap is a bug).</summary>
    public static IReadOnlyList<Migration> All { get; } = Load();

    public static int Latest => All[^1].Version;

    private static IReadOnlyList<Migration> Load()
    {
        var assembly = typeof(Migrations).Assembly;
        var list = new List<Migration>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            var name = resource[Prefix.Length..];
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
            throw new InvalidOperationException("no migrations are embedded in Sitrep.Storage");
        return list;
    }

    /// <summary>
    /// The database's schema version (0 for an empty database), read without writing anything. A database newer
    /// than the code, or one that is not Sitrep's, is refused here, before anything touches it.
    /// </summary>
    public static int Check(SqliteConnection connection, string path)
    {
        var tables = new List<string>();
        using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";
            using var r = list.ExecuteReader();
            while (r.Read())
                tables.Add(r.GetString(0));
        }
        if (!tables.Contains("schema_version"))
            return tables.Count == 0 ? 0 : throw StoreException.NotSitrep(path, tables);
        using var max = connection.CreateCommand();
        max.CommandText = "SELECT COALESCE(MAX(version), 0) FROM schema_version";
        int current = Convert.ToInt32(max.ExecuteScalar());
        if (current > Latest)
            throw StoreException.NewerSchema(path, current, Latest);
        return current;
    }

    /// <summary>Applies every migration above <paramref name="current"/> (as returned by <see cref="Check"/>) and returns the new version.</summary>
    public static int Apply(SqliteConnection connection, int current)
    {
        if (current == 0)
            Exec(connection, null, "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL)");
        foreach (var migration in All.Where(m => m.Version > current))
        {
            using var tx = connection.BeginTransaction(); // BEGIN IMMEDIATE: one process migrates at a time
            using (var again = connection.CreateCommand())
            {
                again.Transaction = tx;
                again.CommandText = "SELECT COALESCE(MAX(version), 0) FROM schema_version";
                if (Convert.ToInt32(again.ExecuteScalar()) >= migration.Version)
                    continue; // another process applied it meanwhile
            }
            Exec(connection, tx, migration.Sql);
            using var record = connection.CreateCommand();
            record.Transaction = tx;
            record.CommandText = "INSERT INTO schema_version (version, name) VALUES ($v, $n)";
            record.Parameters.AddWithValue("$v", migration.Version);
            record.Parameters.AddWithValue("$n", migration.Name);
            record.ExecuteNonQuery();
            tx.Commit();
        }
        using var max = connection.CreateCommand();
        max.CommandText = "SELECT COALESCE(MAX(version), 0) FROM schema_version";
        return Convert.ToInt32(max.ExecuteScalar());
    }

    private static void Exec(SqliteConnection connection, SqliteTransaction? tx, string sql)
    {
        using var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }
}
