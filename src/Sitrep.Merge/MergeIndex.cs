using System.Security.Cryptography;
using System.Text;
using Sitrep.Core.Model;
using Sitrep.Merge.Internal;

namespace Sitrep.Merge;

/// <summary>What one <see cref="MergeIndex.Add"/> changed: merged events that are new or gained reports, and ids that no longer exist.</summary>
public sealed record MergeUpdate(IReadOnlyList<MergedEvent> Changed, IReadOnlyList<string> Retired, int NewReports);

/// <summary>
/// Incremental cross-dispatch merging. New dispatches join the events already indexed; the result after any sequence
/// of <see cref="Add"/> calls is the same as merging every dispatch at once, in any order.
/// <para>
/// How: every pair of reports that passes the criteria (<see cref="MergeOptions"/>) is a candidate link, found through
/// buckets of (event type, day). Within each connected group of candidate links, links are taken surest first
/// (highest score, then by the reports' keys) and join two clusters only if every report of one passes the criteria
/// with every report of the other (complete linkage: a vague report cannot chain two distinct incidents together).
/// Nothing in this depends on the order reports arrive: ties are broken by <see cref="EventReport.Key"/>. An
/// <see cref="Add"/> re-clusters only the groups its new reports touch.
/// </para>
/// Not thread-safe.
/// </summary>
public sealed class MergeIndex
{
    /// <summary>Spans longer than this many days are not bucketed by day but kept in one list per event type.</summary>
    private const int MaxBucketedSpan = 62;

    private readonly MergeOptions options;
    private readonly HashSet<string> dispatchIds = new(StringComparer.Ordinal);
    private readonly List<Report> reports = [];
    private readonly List<List<(int Other, double Score)>> edges = [];
    private readonly HashSet<long> edgeSet = [];
    private readonly Dictionary<(string Type, long Day), List<int>> buckets = [];
    private readonly Dictionary<string, List<int>> wide = new(StringComparer.Ordinal);
    private readonly List<int> graphParent = [];
    private readonly Dictionary<int, List<int>> graphMembers = [];
    private readonly List<string> mergedOf = [];
    private readonly Dictionary<string, MergedEvent> merged = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<MergeLink>> links = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int[]> membersOf = new(StringComparer.Ordinal);
    private int[] stamp = new int[64];
    private int stampId;

    public MergeIndex(MergeOptions? options = null) => this.options = options ?? MergeOptions.Default;

    /// <summary>The number of reports (events of stored dispatches) indexed.</summary>
    public int ReportCount => reports.Count;

    /// <summary>The number of merged events.</summary>
    public int EventCount => merged.Count;

    /// <summary>Whether the dispatch (by content hash) is already indexed.</summary>
    public bool Contains(string dispatchId) => dispatchIds.Contains(dispatchId);

    /// <summary>
    /// Adds dispatches (one already indexed, by content hash, is ignored) and re-merges the groups their events touch.
    /// </summary>
    public MergeUpdate Add(IEnumerable<StoredDispatch> dispatches)
    {
        ArgumentNullException.ThrowIfNull(dispatches);
        int first = reports.Count;
        // Within one call, read dispatches in hash order: the links found do not depend on it, but this keeps runs identical.
        foreach (var d in dispatches.OrderBy(d => d.Dispatch.Id, StringComparer.Ordinal))
        {
            if (!dispatchIds.Add(d.Dispatch.Id))
                continue;
            foreach (var e in d.Events)
                Insert(new Report(d, e));
        }
        if (reports.Count == first)
            return new MergeUpdate([], [], 0);

        var roots = new SortedSet<int>();
        for (int i = first; i < reports.Count; i++)
            roots.Add(Find(i));
        var changed = new List<MergedEvent>();
        var retired = new HashSet<string>(StringComparer.Ordinal);
        foreach (var root in roots)
        {
            var members = graphMembers[root];
            foreach (var m in members)
            {
                if (mergedOf[m] is { } old && old.Length > 0)
                    retired.Add(old);
            }
            foreach (var (ev, memberSlots, clusterLinks) in Cluster(members))
            {
                foreach (var m in memberSlots)
                    mergedOf[m] = ev.Id;
                merged[ev.Id] = ev;
                membersOf[ev.Id] = memberSlots;
                if (clusterLinks.Count > 0)
                    links[ev.Id] = clusterLinks;
                else
                    links.Remove(ev.Id);
                retired.Remove(ev.Id);
                changed.Add(ev);
            }
        }
        foreach (var id in retired)
        {
            merged.Remove(id);
            links.Remove(id);
            membersOf.Remove(id);
        }
        changed.Sort(Order);
        return new MergeUpdate(changed, retired.OrderBy(x => x, StringComparer.Ordinal).ToList(), reports.Count - first);
    }

    /// <summary>Every merged event (by date, then id) with the links that joined its reports.</summary>
    public MergeResult Result()
    {
        var list = merged.Values.ToList();
        list.Sort(Order);
        return new MergeResult(list, new Dictionary<string, IReadOnlyList<MergeLink>>(links, StringComparer.Ordinal));
    }

    /// <summary>
    /// Why the reports of <paramref name="mergedId"/> are together, and why nearby reports (same type, within the day
    /// gap) are not: each pair with every criterion. Null when there is no such merged event.
    /// </summary>
    public (MergedEvent Event, IReadOnlyList<MergeLink> Links, IReadOnlyList<MergeLink> NearMisses)? Explain(string mergedId)
    {
        if (!merged.TryGetValue(mergedId, out var ev))
            return null;
        var members = membersOf[mergedId];
        var inside = members.ToHashSet();
        var near = new List<MergeLink>();
        foreach (var m in members)
        {
            foreach (var c in Candidates(reports[m]))
            {
                if (!inside.Contains(c))
                    near.Add(Criteria.Explain(reports[m], reports[c], options));
            }
        }
        near.Sort((x, y) => y.Score.CompareTo(x.Score) is var s && s != 0 ? s : string.CompareOrdinal(x.A.Key + x.B.Key, y.A.Key + y.B.Key));
        return (ev, links.TryGetValue(mergedId, out var l) ? l : [], near.Take(10).ToList());
    }

    /// <summary>The merged event holding the report <c>DISPATCHHASH/EVENTID</c>, or null.</summary>
    public MergedEvent? EventOf(string reportKey)
    {
        for (int i = 0; i < reports.Count; i++)
        {
            if (reports[i].Key == reportKey)
                return merged[mergedOf[i]];
        }
        return null;
    }

    private static int Order(MergedEvent a, MergedEvent b)
    {
        int c = (a.When, b.When) switch
        {
            (null, null) => 0,
            (null, _) => 1,
            (_, null) => -1,
            var (x, y) => x!.From.CompareTo(y!.From),
        };
        return c != 0 ? c : string.CompareOrdinal(a.Id, b.Id);
    }

    private void Insert(Report r)
    {
        int slot = reports.Count;
        r.Slot = slot;
        reports.Add(r);
        edges.Add([]);
        graphParent.Add(slot);
        graphMembers[slot] = [slot];
        mergedOf.Add("");
        if (stamp.Length <= slot)
            Array.Resize(ref stamp, stamp.Length * 2);
        if (!r.HasWhen || r.Place is null)
            return; // undated or unplaced: its own event, never merged
        foreach (var c in Candidates(r))
        {
            if (Criteria.Test(r, reports[c], options, out double score))
            {
                edges[slot].Add((c, score));
                edges[c].Add((slot, score));
                edgeSet.Add(PairKey(slot, c));
                Union(slot, c);
            }
        }
        var type = r.Event.EventType;
        if (r.ToDay - r.FromDay > MaxBucketedSpan)
        {
            if (!wide.TryGetValue(type, out var list))
                wide[type] = list = [];
            list.Add(slot);
        }
        else
        {
            for (long day = r.FromDay; day <= r.ToDay; day++)
            {
                if (!buckets.TryGetValue((type, day), out var list))
                    buckets[(type, day)] = list = [];
                list.Add(slot);
            }
        }
    }

    /// <summary>Indexed reports of the same type whose spans come within the day gap of <paramref name="r"/>'s (each once).</summary>
    private List<int> Candidates(Report r)
    {
        var found = new List<int>();
        if (!r.HasWhen || r.Place is null)
            return found;
        if (++stampId == int.MaxValue)
        {
            Array.Clear(stamp);
            stampId = 1;
        }
        var type = r.Event.EventType;
        for (long day = r.FromDay - options.MaxDayGap; day <= r.ToDay + options.MaxDayGap; day++)
        {
            if (!buckets.TryGetValue((type, day), out var list))
                continue;
            foreach (var c in list)
            {
                if (c != r.Slot && stamp[c] != stampId)
                {
                    stamp[c] = stampId;
                    found.Add(c);
                }
            }
        }
        if (wide.TryGetValue(type, out var w))
        {
            foreach (var c in w)
            {
                var o = reports[c];
                if (c != r.Slot && stamp[c] != stampId && o.FromDay <= r.ToDay + options.MaxDayGap && r.FromDay <= o.ToDay + options.MaxDayGap)
                {
                    stamp[c] = stampId;
                    found.Add(c);
                }
            }
        }
        return found;
    }

    private static long PairKey(int a, int b) => a < b ? ((long)a << 32) | (uint)b : ((long)b << 32) | (uint)a;

    private int Find(int x)
    {
        while (graphParent[x] != x)
        {
            graphParent[x] = graphParent[graphParent[x]];
            x = graphParent[x];
        }
        return x;
    }

    private void Union(int a, int b)
    {
        int ra = Find(a), rb = Find(b);
        if (ra == rb)
            return;
        var ma = graphMembers[ra];
        var mb = graphMembers[rb];
        if (ma.Count < mb.Count)
            (ra, rb, ma, mb) = (rb, ra, mb, ma);
        graphParent[rb] = ra;
        ma.AddRange(mb);
        graphMembers.Remove(rb);
    }

    /// <summary>Complete-linkage clustering of one connected group of candidate links, surest links first.</summary>
    private IEnumerable<(MergedEvent Event, int[] Members, IReadOnlyList<MergeLink> Links)> Cluster(List<int> group)
    {
        if (group.Count == 1)
        {
            yield return (Build([reports[group[0]]]), [group[0]], []);
            yield break;
        }
        var candidateLinks = new List<(int A, int B, double Score)>();
        foreach (var a in group)
        {
            foreach (var (b, score) in edges[a])
            {
                if (string.CompareOrdinal(reports[a].Key, reports[b].Key) < 0)
                    candidateLinks.Add((a, b, score));
            }
        }
        candidateLinks.Sort((x, y) =>
        {
            int c = y.Score.CompareTo(x.Score);
            if (c != 0) return c;
            c = string.CompareOrdinal(reports[x.A].Key, reports[y.A].Key);
            return c != 0 ? c : string.CompareOrdinal(reports[x.B].Key, reports[y.B].Key);
        });
        var cluster = group.ToDictionary(g => g, g => new List<int> { g });
        var owner = group.ToDictionary(g => g, g => g);
        var used = group.ToDictionary(g => g, _ => new List<(int, int)>());
        foreach (var (a, b, _) in candidateLinks)
        {
            int ca = owner[a], cb = owner[b];
            if (ca == cb)
                continue;
            bool all = true;
            foreach (var x in cluster[ca])
            {
                foreach (var y in cluster[cb])
                {
                    if (!edgeSet.Contains(PairKey(x, y)))
                    {
                        all = false;
                        break;
                    }
                }
                if (!all)
                    break;
            }
            if (!all)
                continue;
            if (cluster[ca].Count < cluster[cb].Count)
                (ca, cb) = (cb, ca);
            foreach (var y in cluster[cb])
                owner[y] = ca;
            cluster[ca].AddRange(cluster[cb]);
            used[ca].AddRange(used[cb]);
            used[ca].Add((a, b));
            cluster.Remove(cb);
            used.Remove(cb);
        }
        foreach (var (root, members) in cluster)
        {
            var sorted = members.OrderBy(m => reports[m].Key, StringComparer.Ordinal).ToArray();
            var ev = Build(sorted.Select(m => reports[m]).ToList());
            var clusterLinks = used[root]
                .Select(p => Criteria.Explain(reports[p.Item1], reports[p.Item2], options))
                .OrderByDescending(l => l.Score).ThenBy(l => l.A.Key, StringComparer.Ordinal).ThenBy(l => l.B.Key, StringComparer.Ordinal)
                .ToList();
            yield return (ev, sorted, clusterLinks);
        }
    }

    /// <summary>The merged event of reports given in key order.</summary>
    internal static MergedEvent Build(IReadOnlyList<Report> members)
    {
        var id = "M" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(members[0].Key)), 0, 6).ToLowerInvariant();
        Report? bestWhere = null, bestWhen = null;
        foreach (var r in members)
        {
            if (r.Event.Where is { } w && (bestWhere is null || WhereRank(w).CompareTo(WhereRank(bestWhere.Event.Where!)) < 0))
                bestWhere = r;
            if (r.Event.When is { } t && (bestWhen is null || WhenRank(t).CompareTo(WhenRank(bestWhen.Event.When!)) < 0))
                bestWhen = r;
        }
        var head = bestWhere ?? bestWhen ?? members[0];
        return new MergedEvent(id, head.Event, members.Select(m => m.Ref).ToList(), Toll(members), bestWhen?.Event.When, bestWhere?.Event.Where, head.Event.Aggregate);
    }

    private static (int, double, int) WhereRank(EventLocation w) => (w.GeoPrecision, w.UncertaintyKm, PlaceGeometry.Specificity(w.Place));

    private static (int, int) WhenRank(DateSpan t) => (t.Days, (int)t.Precision);

    /// <summary>
    /// Low, best and high over every report's toll and every claimed figure: the lowest low, the highest best (a later,
    /// higher count replaces an earlier one; tolls of one incident are never added), the highest high.
    /// </summary>
    internal static Quantity? Toll(IReadOnlyList<Report> members)
    {
        Quantity? best = null;
        long low = long.MaxValue, high = long.MinValue;
        foreach (var r in members)
        {
            if (r.Event.Fatalities is { } f)
            {
                if (best is null || f.Best > best.Best)
                    best = f;
                low = Math.Min(low, f.Low);
                high = Math.Max(high, f.High);
            }
            foreach (var c in r.Event.Claims)
            {
                if (c.Figure is { } g)
                {
                    low = Math.Min(low, g.Low);
                    high = Math.Max(high, g.High);
                }
            }
        }
        if (best is null)
            return null;
        return new Quantity(Math.Min(low, best.Best), best.Best, Math.Max(high, best.Best),
            members.Count(m => m.Event.Fatalities is not null) > 1 && (low != best.Best || high != best.Best) ? QuantityQualifier.Approximate : best.Qualifier);
    }
}
