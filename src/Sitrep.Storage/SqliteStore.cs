using Microsoft.Data.Sqlite;
using Sitrep.Storage.Internal;

namespace Sitrep.Storage;

/// <summary>
/// Sitrep's embedded store: one SQLite file (<c>sitrep.db</c> unless <c>--db</c> says otherwise). See
/// <see cref="DispatchStore"/> for what it holds and how it saves. Several processes may share a file (SQLite
/// locking, with a write-ahead log).
/// </summary>
public sealed class SqliteStore : DispatchStore
{
    /// <summary>The file name used when the command line is not given <c>--db</c>.</summary>
    public const string DefaultFileName = "sitrep.db";

    private SqliteStore(SqliteConnection connection, string path, int schemaVersion)
        : base(connection, path, schemaVersion)
    {
    }

    /// <summary>The newest schema version this code knows (the number of its highest SQLite migration).</summary>
    public static int LatestSchemaVersion => Migrations.Sqlite.Latest;

    /// <summary>
    /// Opens the database at <paramref name="path"/>, creating the file (and its folder) if needed, and brings its
    /// schema up to date. A file that cannot be used (newer schema, not SQLite, not Sitrep's) is a
    /// <see cref="StoreException"/> that says what to do.
    /// </summary>
    public static new SqliteStore Open(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var full = System.IO.Path.GetFullPath(path);
        var folder = System.IO.Path.GetDirectoryName(full);
        if (!string.IsNullOrEmpty(folder))
            Directory.CreateDirectory(folder);
        return Connect(new SqliteConnectionStringBuilder
        {
            DataSource = full,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false, // the file is closed on Dispose, so it can be moved or deleted at once
            ForeignKeys = true,
        }, path, fileBacked: true);
    }

    /// <summary>A private in-memory database, gone on Dispose: for tests and benchmarks.</summary>
    public static SqliteStore OpenInMemory() =>
        Connect(new SqliteConnectionStringBuilder { DataSource = ":memory:", Pooling = false, ForeignKeys = true }, ":memory:", fileBacked: false);

    private static SqliteStore Connect(SqliteConnectionStringBuilder builder, string path, bool fileBacked)
    {
        var connection = new SqliteConnection(builder.ToString());
        try
        {
            connection.Open();
            int version = Migrations.Sqlite.Check(connection, path);
            if (fileBacked)
            {
                // Write-ahead log: readers do not block the writer; NORMAL sync keeps every committed dispatch
                // across a crash of the process (a power cut may lose the last commits, never half of one).
                Pragma(connection, "PRAGMA journal_mode = WAL");
                Pragma(connection, "PRAGMA synchronous = NORMAL");
            }
            Pragma(connection, "PRAGMA busy_timeout = 5000");
            version = Migrations.Sqlite.Apply(connection, version);
            return new SqliteStore(connection, path, version);
        }
        catch (SqliteException e) when (e.SqliteErrorCode == 26) // SQLITE_NOTADB
        {
            connection.Dispose();
            throw StoreException.NotADatabase(path, e);
        }
        catch (SqliteException e) when (e.SqliteErrorCode is 14 or 8) // SQLITE_CANTOPEN, SQLITE_READONLY
        {
            connection.Dispose();
            throw StoreException.Unopenable(path, e);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>SQLite serialises writers (BEGIN IMMEDIATE), so a duplicate is always seen before the insert: any
    /// unique-key failure is a bug in the records, not a race.</summary>
    private protected override bool IsDuplicateKey(System.Data.Common.DbException e) => false;

    private static void Pragma(SqliteConnection connection, string sql)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }
}
