using NodaTime;
using Sitrep.Core.Model;
using Sitrep.Storage;

namespace Sitrep.Api.Internal;

/// <summary>One report of an event: the stored dispatch and the event coded from it.</summary>
internal sealed record ApiReport(StoredDispatch Dispatch, EventRecord Event);

/// <summary>
/// An event as the API shows it: its head report (the one whose fields are shown), every report merged into it, and
/// the merged toll, date and place. Without merging, each coded event is its own single-report event.
/// </summary>
internal sealed record ApiEvent(string Id, ApiReport Head, IReadOnlyList<ApiReport> Reports, Quantity? Fatalities, DateSpan? When, EventLocation? Where, bool Aggregate)
{
    public EventRecord Record => Head.Event;
}

/// <summary>Who held an area on a day, since when, and the words (of which dispatch) that say so.</summary>
internal sealed record ApiControl(
    string Area, string? Admin1, string? Admin1PCode, Actor Controller, ControlShare Share, LocalDate From, LocalDate? To,
    IReadOnlyList<(StoredDispatch Dispatch, Evidence Evidence)> Evidence, bool Disputed, Place? Place);

/// <summary>
/// An immutable view of the whole store, rebuilt after each write: reads never touch SQLite, so filters cannot reach
/// SQL and many requests read at once without locks.
/// </summary>
internal sealed class Snapshot
{
    public IReadOnlyList<StoredDispatch> Dispatches { get; }
    public IReadOnlyDictionary<string, StoredDispatch> ById { get; }
    public IReadOnlyDictionary<string, StoredDispatch> ByExternalId { get; }
    public IReadOnlyList<ApiEvent> Events { get; }
    public IReadOnlyDictionary<string, ApiEvent> EventById { get; }
    private readonly Func<LocalDate, IReadOnlyList<ApiControl>> _controlAt;

    public Snapshot(IReadOnlyList<StoredDispatch> dispatches)
    {
        Dispatches = dispatches;
        ById = dispatches.ToDictionary(d => d.Dispatch.Id, StringComparer.Ordinal);
        var byExternal = new Dictionary<string, StoredDispatch>(StringComparer.Ordinal);
        foreach (var d in dispatches)
            byExternal.TryAdd(d.Dispatch.ExternalId, d);
        ByExternalId = byExternal;
        Events = Merging.Events(dispatches)
            .OrderBy(e => e.When?.To ?? LocalDate.MaxIsoValue).ThenBy(e => e.Id, StringComparer.Ordinal).ToList();
        var byId = new Dictionary<string, ApiEvent>(StringComparer.Ordinal);
        foreach (var e in Events)
        {
            byId.TryAdd(e.Id, e);
            foreach (var r in e.Reports)
                byId.TryAdd(r.Event.Id, e); // a merged report's own id leads to its event
        }
        EventById = byId;
        _controlAt = Merging.Control(dispatches);
    }

    public StoredDispatch? Dispatch(string id) => ById.GetValueOrDefault(id) ?? ByExternalId.GetValueOrDefault(id);

    /// <summary>The control state on a day: one entry per area.</summary>
    public IReadOnlyList<ApiControl> ControlAt(LocalDate day) => _controlAt(day);

    /// <summary>The first and last days of the events and control statements, or null when the store is empty.</summary>
    public (LocalDate First, LocalDate Last)? Span()
    {
        var days = Events.Where(e => e.When is not null).SelectMany(e => new[] { e.When!.From, e.When.To })
            .Concat(Dispatches.SelectMany(d => d.Control).Where(c => c.AsOf is not null).Select(c => c.AsOf!.From))
            .ToList();
        return days.Count == 0 ? null : (days.Min(), days.Max());
    }
}

/// <summary>
/// Owns the store: one writer at a time, and the current <see cref="Snapshot"/>. Another process (<c>sitrep analyze</c>)
/// may add dispatches to the same file while the server runs: at most once a second, a read checks the number of
/// stored dispatches (dispatches are only ever added) and rebuilds the snapshot when it changed.
/// </summary>
internal sealed class Catalog : IDisposable
{
    private const long RecheckMilliseconds = 1000;
    private readonly DispatchStore _store;
    private readonly object _gate = new();
    private volatile Snapshot _snapshot;
    private long _checkedAt;

    public Catalog(DispatchStore store)
    {
        _store = store;
        _snapshot = new Snapshot(store.ReadAll().ToList());
        _checkedAt = Environment.TickCount64;
    }

    public Snapshot Current
    {
        get
        {
            long now = Environment.TickCount64; // a monotonic timer for throttling, not a calendar clock
            if (now - Interlocked.Read(ref _checkedAt) >= RecheckMilliseconds && Monitor.TryEnter(_gate))
            {
                try
                {
                    Interlocked.Exchange(ref _checkedAt, now);
                    if (_store.Count != _snapshot.Dispatches.Count)
                        _snapshot = new Snapshot(_store.ReadAll().ToList());
                }
                finally
                {
                    Monitor.Exit(_gate);
                }
            }
            return _snapshot;
        }
    }

    /// <summary>Stores an analysed dispatch and publishes a new snapshot; runs one at a time.</summary>
    public SaveResult Save(Func<AnalyzedDispatch> analyze, Instant at)
    {
        lock (_gate)
        {
            var result = _store.Save(analyze(), at);
            if (result is SaveResult.Stored || _store.Count != _snapshot.Dispatches.Count)
                _snapshot = new Snapshot(_store.ReadAll().ToList());
            return result;
        }
    }

    public void Dispose()
    {
        lock (_gate)
            _store.Dispose();
    }
}
