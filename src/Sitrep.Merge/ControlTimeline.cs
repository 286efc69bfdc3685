using NodaTime;
using Sitrep.Core.Model;

namespace Sitrep.Merge;

/// <summary>
/// Who holds an area over a stretch of time: <see cref="Controller"/> holds <see cref="Area"/> (with
/// <see cref="Share"/>) from <see cref="From"/> to <see cref="To"/>, both inclusive; <see cref="To"/> is null while no
/// later source says otherwise. <see cref="Evidence"/> lists each statement behind the period (ranges into the text of
/// the dispatch named beside it). <see cref="Disputed"/> is true when sources of the same date disagree about the area:
/// both claims are kept and flagged, never one silently dropped.
/// </summary>
public sealed record ControlPeriod(
    string Area,
    string? Admin1,
    string? Admin1PCode,
    Actor Controller,
    ControlShare Share,
    LocalDate From,
    LocalDate? To,
    IReadOnlyList<(string DispatchId, Evidence Evidence)> Evidence,
    bool Disputed)
{
    /// <summary>
    /// The area's identity in the timeline: <c>admin1:SY03</c> for a governorate, <c>place:ID</c> for a resolved
    /// locality or district, <c>area:text</c> for an area the gazetteer did not resolve ("east of the Euphrates").
    /// </summary>
    public string Key { get; init; } = "";

    /// <summary>The resolved place of the area (its point, and its admin attachment), when there is one.</summary>
    public Place? Place { get; init; }

    /// <summary>Whether the period holds on <paramref name="date"/>.</summary>
    public bool Covers(LocalDate date) => From <= date && (To is not LocalDate to || date <= to);
}

/// <summary>
/// The control timeline, per administrative area and per locality, built from control statements ("X is under the
/// control of Y") and from territory-changing events (Battles / Government regains territory, Battles / Non-state
/// actor overtakes territory, Strategic developments / Non-violent transfer of territory: the event's first actor
/// holds its place from the event's first day).
/// <para>
/// A statement counts from the first day of its as-of span (or of its dispatch's date). For each area, statements are
/// taken in date order: a controller stated again continues its period (a change of share starts a new one); a full
/// hold by one controller ends, the day before, the periods of every controller not stated on that date. Statements
/// of one date that disagree (two full holders, or a full holder and another claimant) mark their periods
/// <see cref="ControlPeriod.Disputed"/>. The result does not depend on the order of the dispatches.
/// </para>
/// </summary>
public sealed class ControlTimeline
{
    /// <summary>The sub-event types that change who holds the event's place.</summary>
    public static IReadOnlySet<string> TerritorySubEvents { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "Government regains territory",
        "Non-state actor overtakes territory",
        "Non-violent transfer of territory",
    };

    private ControlTimeline(IReadOnlyList<ControlPeriod> periods) => Periods = periods;

    /// <summary>Every period, by area key, then start date, then controller.</summary>
    public IReadOnlyList<ControlPeriod> Periods { get; }

    private sealed record Observation(
        string Key, string Area, string? Admin1, string? Admin1PCode, Place? Place, Actor Controller, ControlShare Share,
        LocalDate From, string DispatchId, IReadOnlyList<Evidence> Evidence);

    public static ControlTimeline Build(IEnumerable<StoredDispatch> dispatches)
    {
        ArgumentNullException.ThrowIfNull(dispatches);
        var observations = new List<Observation>();
        foreach (var d in dispatches.DistinctBy(d => d.Dispatch.Id))
        {
            var fallback = d.Dispatch.Date?.Earliest;
            foreach (var c in d.Control)
            {
                var from = c.AsOf?.From ?? fallback;
                if (from is not LocalDate day)
                    continue; // an undated statement cannot be placed on a timeline
                var (key, area, a1, a1p) = Describe(c.AreaPlace, c.Area);
                observations.Add(new Observation(key, area, a1, a1p, c.AreaPlace, c.Controller, c.Share, day, d.Dispatch.Id, c.Evidence));
            }
            foreach (var e in d.Events)
            {
                if (!TerritorySubEvents.Contains(e.SubEventType) || e.Actor1 is null || e.Where is null || e.Aggregate)
                    continue;
                var from = e.When?.From ?? fallback;
                if (from is not LocalDate day)
                    continue;
                var place = e.Where.Place;
                var (key, area, a1, a1p) = Describe(place, place.Name);
                // Taking a town gives the town; taking ground in a governorate gives part of it.
                var share = place.Kind is PlaceKind.Admin1 or PlaceKind.Admin2 or PlaceKind.Region or PlaceKind.Country ? ControlShare.Partial : ControlShare.Full;
                var evidence = e.Evidence.Where(v => v.Field is "event_type" or "sub_event_type" or "location" or "actor1" or "event_date").ToList();
                observations.Add(new Observation(key, area, a1, a1p, place, e.Actor1, share, day, d.Dispatch.Id, evidence));
            }
        }
        var periods = new List<ControlPeriod>();
        foreach (var area in observations.GroupBy(o => o.Key).OrderBy(g => g.Key, StringComparer.Ordinal))
            periods.AddRange(Timeline(area.ToList()));
        return new ControlTimeline(periods);
    }

    /// <summary>The periods that hold on <paramref name="date"/>: the state of control on that day.</summary>
    public IReadOnlyList<ControlPeriod> StateAt(LocalDate date) => Periods.Where(p => p.Covers(date)).ToList();

    private static (string Key, string Area, string? Admin1, string? Admin1PCode) Describe(Place? place, string text)
    {
        if (place is null)
            return ("area:" + text.Trim().ToLowerInvariant(), text.Trim(), null, null);
        var a1 = place.Admin.Admin1 ?? (place.Kind == PlaceKind.Admin1 ? place.Name : null);
        var a1p = place.Admin.Admin1PCode;
        if (place.Kind == PlaceKind.Admin1)
            return ("admin1:" + (a1p ?? place.Name.ToLowerInvariant()), a1 ?? place.Name, a1, a1p);
        return ("place:" + place.Id, place.Name, a1, a1p);
    }

    private sealed class Open(Observation first, bool disputed)
    {
        public Observation First { get; } = first;
        public List<(string, Evidence)> Evidence { get; } = [];
        public bool Disputed { get; set; } = disputed;
    }

    private static List<ControlPeriod> Timeline(List<Observation> obs)
    {
        var result = new List<ControlPeriod>();
        var open = new SortedDictionary<string, Open>(StringComparer.Ordinal);
        foreach (var day in obs.GroupBy(o => o.From).OrderBy(g => g.Key))
        {
            var today = day.OrderBy(o => o.Controller.Id, StringComparer.Ordinal).ThenBy(o => o.DispatchId, StringComparer.Ordinal).ToList();
            var full = today.Where(o => o.Share == ControlShare.Full).Select(o => o.Controller.Id).ToHashSet();
            var claimants = today.Select(o => o.Controller.Id).ToHashSet();
            bool conflict = full.Count > 1 || (full.Count == 1 && claimants.Count > 1);
            if (full.Count > 0)
            {
                foreach (var id in open.Keys.Where(id => !claimants.Contains(id)).ToList())
                {
                    result.Add(Close(open[id], day.Key.PlusDays(-1)));
                    open.Remove(id);
                }
            }
            foreach (var o in today)
            {
                if (open.TryGetValue(o.Controller.Id, out var current) && current.First.Share != o.Share && current.First.From < o.From)
                {
                    result.Add(Close(current, day.Key.PlusDays(-1)));
                    open.Remove(o.Controller.Id);
                    current = null;
                }
                if (current is null)
                    open[o.Controller.Id] = current = new Open(o, conflict);
                current.Disputed |= conflict;
                foreach (var ev in o.Evidence)
                    current.Evidence.Add((o.DispatchId, ev));
            }
        }
        foreach (var o in open.Values)
            result.Add(Close(o, null));
        result.Sort((a, b) => a.From != b.From ? a.From.CompareTo(b.From) : string.CompareOrdinal(a.Controller.Id, b.Controller.Id));
        return result;
    }

    private static ControlPeriod Close(Open o, LocalDate? to)
    {
        var f = o.First;
        return new ControlPeriod(f.Area, f.Admin1, f.Admin1PCode, f.Controller, f.Share, f.From, to, o.Evidence, o.Disputed)
        {
            Key = f.Key,
            Place = f.Place,
        };
    }
}
