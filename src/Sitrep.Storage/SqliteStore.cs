using Microsoft.Data.Sqlite;
using NodaTime;
using Sitrep.Core.Model;
using Sitrep.Storage.Internal;

namespace Sitrep.Storage;

/// <summary>
/// Sitrep's embedded store: one SQLite file (<c>sitrep.db</c> unless <c>--db</c> says otherwise) holding dispatches,
/// their coded events (actors, dates, places, tolls, claims, evidence ranges) and control statements, enough to
/// export again without re-analysing.
/// <para>
/// The schema is versioned: <see cref="Open"/> applies the embedded migrations (<c>Migrations/NNNN_name.sql</c>)
/// the file lacks, and refuses, untouched, a file written by a newer Sitrep. Each dispatch is saved in one
/// transaction: a failure part-way leaves nothing of it stored. A dispatch's identity is its content hash
/// (<see cref="Dispatch.Id"/>): saving it again stores nothing and says under which external id it was first stored.
/// </para>
/// One instance owns one connection and is not thread-safe; several processes may share a file (SQLite locking).
/// </summary>
public sealed partial class SqliteStore : IDisposable
{
    /// <summary>The file name used when the command line is not given <c>--db</c>.</summary>
    public const string DefaultFileName = "sitrep.db";

    private readonly SqliteConnection connection;
    private readonly DispatchWriter writer;
    private readonly DispatchReader reader;
    private readonly SqliteCommand lookup;

    private SqliteStore(SqliteConnection connection, string path, int schemaVersion)
    {
        this.connection = connection;
        Path = path;
        SchemaVersion = schemaVersion;
        writer = new DispatchWriter(connection);
        reader = new DispatchReader(connection);
        lookup = connection.CreateCommand();
        lookup.CommandText = "SELECT external_id FROM dispatches WHERE id = $id";
        lookup.Parameters.Add(new SqliteParameter("$id", ""));
    }

    /// <summary>The database file (or <c>:memory:</c>).</summary>
    public string Path { get; }

    /// <summary>The schema version of the open database: after <see cref="Open"/>, always <see cref="LatestSchemaVersion"/>.</summary>
    public int SchemaVersion { get; }

    /// <summary>The newest schema version this code knows (the number of its highest migration).</summary>
    public static int LatestSchemaVersion => Migrations.Latest;

    /// <summary>
    /// Opens the database at <paramref name="path"/>, creating the file (and its folder) if needed, and brings its
    /// schema up to date. A file that cannot be used (newer schema, not SQLite, not Sitrep's) is a
    /// <see cref="StoreException"/> that says what to do.
    /// </summary>
    public static SqliteStore Open(string path)
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
            int version = Migrations.Check(connection, path);
            if (fileBacked)
            {
                // Write-ahead log: readers do not block the writer; NORMAL sync keeps every committed dispatch
                // across a crash of the process (a power cut may lose the last commits, never half of one).
                Pragma(connection, "PRAGMA journal_mode = WAL");
                Pragma(connection, "PRAGMA synchronous = NORMAL");
            }
            Pragma(connection, "PRAGMA busy_timeout = 5000");
            version = Migrations.Apply(connection, version);
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

    /// <summary>
    /// Stores the dispatch with its events and control statements (an absent layer is stored as none), in one
    /// transaction, stamped <paramref name="storedAt"/>. A dispatch whose content hash is already stored is not
    /// stored again. If anything fails, the transaction is rolled back and the exception propagates: nothing of
    /// this dispatch is stored, and earlier dispatches are untouched. Ranges outside the text are a bug in the
    /// caller and throw before anything is written.
    /// </summary>
    public SaveResult Save(AnalyzedDispatch doc, Instant storedAt)
    {
        ArgumentNullException.ThrowIfNull(doc);
        var d = doc.Dispatch;
        var events = doc.Events ?? [];
        var control = doc.Control ?? [];
        CheckRanges(d, events, control);

        using var tx = connection.BeginTransaction(); // BEGIN IMMEDIATE: the duplicate check and the insert are one unit
        if (ExternalIdOf(d.Id, tx) is string existing)
            return new SaveResult.AlreadyStored(d.Id, existing);
        writer.Write(tx, d, events, control, storedAt);
        tx.Commit();
        return new SaveResult.Stored(d.Id, d.ExternalId, events.Count, control.Count);
    }

    /// <summary>Whether a dispatch with this content hash (<see cref="Dispatch.Id"/>) is stored.</summary>
    public bool Contains(string dispatchId) => ExternalIdOf(dispatchId) is not null;

    /// <summary>The external id a dispatch was first stored under, or null if it is not stored.</summary>
    public string? ExternalIdOf(string dispatchId) => ExternalIdOf(dispatchId, null);

    /// <summary>The number of stored dispatches.</summary>
    public int Count
    {
        get
        {
            using var cmd = connection.CreateCommand();
            cmd.CommandText = "SELECT COUNT(*) FROM dispatches";
            return Convert.ToInt32(cmd.ExecuteScalar());
        }
    }

    /// <summary>
    /// Every stored dispatch with its events and control statements, in the order they were stored. The sequence
    /// is read lazily from the open database: enumerate it before disposing the store.
    /// </summary>
    public IEnumerable<StoredDispatch> ReadAll() => reader.All();

    /// <summary>One stored dispatch by content hash, or null.</summary>
    public StoredDispatch? Read(string dispatchId) => reader.One(dispatchId);

    /// <summary>Tests only: called before each row of a save is written, to make a save fail half-way.</summary>
    internal Action<string>? BeforeWriteStep
    {
        get => writer.BeforeStep;
        set => writer.BeforeStep = value;
    }

    /// <summary>Tests only: runs raw SQL (e.g. to fake a database written by a newer Sitrep).</summary>
    internal object? ExecuteScalar(string sql)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        return cmd.ExecuteScalar();
    }

    private string? ExternalIdOf(string dispatchId, SqliteTransaction? tx)
    {
        lookup.Transaction = tx;
        lookup.Parameters[0].Value = dispatchId;
        return lookup.ExecuteScalar() as string;
    }

    private static void CheckRanges(Dispatch d, IReadOnlyList<EventRecord> events, IReadOnlyList<ControlAssertion> control)
    {
        int n = d.Text.Length;
        var ranges = events.SelectMany(e => e.Evidence.Select(v => v.Range).Concat(e.Claims.Select(c => c.Range)))
            .Concat(control.SelectMany(c => c.Evidence.Select(v => v.Range)));
        foreach (var r in ranges)
        {
            if (r.Start < 0 || r.End > n || r.End < r.Start)
                throw new ArgumentException($"range {r} lies outside the text of dispatch '{d.ExternalId}' (length {n}); nothing was stored", nameof(events));
        }
    }

    private static void Pragma(SqliteConnection connection, string sql)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    public void Dispose()
    {
        lookup.Dispose();
        writer.Dispose();
        reader.Dispose();
        connection.Dispose();
    }
}
