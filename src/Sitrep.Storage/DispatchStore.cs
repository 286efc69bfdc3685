using System.Data.Common;
using NodaTime;
using Sitrep.Core.Model;
using Sitrep.Storage.Internal;

namespace Sitrep.Storage;

/// <summary>
/// A Sitrep store: dispatches, their coded events (actors, dates, places, tolls, claims, evidence ranges) and
/// control statements, enough to export again without re-analysing, and the cross-dispatch merge. Two databases
/// hold it with the same tables and the same SQL: <see cref="SqliteStore"/>, the embedded default (one file), and
/// <see cref="PostgresStore"/> (a PostgreSQL server with PostGIS), chosen by <see cref="Open"/> from the
/// <c>--db</c> value.
/// <para>
/// The schema is versioned: opening applies the embedded migrations the database lacks, and refuses, untouched,
/// a database written by a newer Sitrep. Each dispatch is saved in one transaction: a failure part-way leaves
/// nothing of it stored. A dispatch's identity is its content hash (<see cref="Dispatch.Id"/>): saving it again
/// stores nothing and says under which external id it was first stored.
/// </para>
/// One instance owns one connection and is not thread-safe.
/// </summary>
public abstract partial class DispatchStore : IDisposable
{
    private readonly DbConnection connection;
    private readonly DispatchWriter writer;
    private readonly DispatchReader reader;
    private readonly DbCommand lookup;

    private protected DispatchStore(DbConnection connection, string path, int schemaVersion)
    {
        this.connection = connection;
        Path = path;
        SchemaVersion = schemaVersion;
        writer = new DispatchWriter(connection);
        reader = new DispatchReader(connection);
        lookup = connection.CreateCommand();
        lookup.CommandText = "SELECT external_id FROM dispatches WHERE id = @id";
        Insert.Parameter(lookup, "@id");
    }

    /// <summary>
    /// Opens the store that <paramref name="db"/> names: a PostgreSQL server when it is a <c>postgresql://</c> URL
    /// or an Npgsql connection string (<c>Host=...;Database=...</c>), otherwise a SQLite file (created if missing).
    /// A store that cannot be used is a <see cref="StoreException"/> that says what to do.
    /// </summary>
    public static DispatchStore Open(string db) =>
        PostgresAddress.Names(db) ? PostgresStore.Open(db) : SqliteStore.Open(db);

    /// <summary>Whether <paramref name="db"/> names a PostgreSQL server (a URL or a connection string) rather than a SQLite file.</summary>
    public static bool IsServer(string db) => PostgresAddress.Names(db);

    /// <summary>Where the store is, as it may be shown to the user: the file (or <c>:memory:</c>), or the server URL without a password.</summary>
    public string Path { get; }

    /// <summary>The schema version of the open database: after opening, always the newest this code knows.</summary>
    public int SchemaVersion { get; }

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

        using var tx = connection.BeginTransaction(); // SQLite: BEGIN IMMEDIATE, so the check and the insert are one unit
        if (ExternalIdOf(d.Id, tx) is string existing)
            return new SaveResult.AlreadyStored(d.Id, existing);
        try
        {
            writer.Write(tx, d, events, control, storedAt);
            tx.Commit();
            return new SaveResult.Stored(d.Id, d.ExternalId, events.Count, control.Count);
        }
        catch (DbException e) when (IsDuplicateKey(e))
        {
            // PostgreSQL: another process may have stored the same dispatch between the check and the insert.
            tx.Rollback();
            if (ExternalIdOf(d.Id) is string first)
                return new SaveResult.AlreadyStored(d.Id, first);
            throw;
        }
    }

    /// <summary>Whether a dispatch with this content hash (<see cref="Dispatch.Id"/>) is stored.</summary>
    public bool Contains(string dispatchId) => ExternalIdOf(dispatchId) is not null;

    /// <summary>The external id a dispatch was first stored under, or null if it is not stored.</summary>
    public string? ExternalIdOf(string dispatchId) => ExternalIdOf(dispatchId, null);

    /// <summary>The number of stored dispatches.</summary>
    public int Count => Convert.ToInt32(Scalar("SELECT COUNT(*) FROM dispatches"));

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
    internal object? ExecuteScalar(string sql) => Scalar(sql);

    /// <summary>Whether the failure is a unique-key violation (the same dispatch stored by another process meanwhile).</summary>
    private protected abstract bool IsDuplicateKey(DbException e);

    private protected DbConnection Connection => connection;

    private object? Scalar(string sql)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        return cmd.ExecuteScalar();
    }

    private string? ExternalIdOf(string dispatchId, DbTransaction? tx)
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

    public void Dispose()
    {
        lookup.Dispose();
        writer.Dispose();
        reader.Dispose();
        connection.Dispose();
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases what a subclass holds besides the connection.</summary>
    protected virtual void Dispose(bool disposing)
    {
    }
}
