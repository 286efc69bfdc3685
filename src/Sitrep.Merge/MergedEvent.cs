using NodaTime;
using Sitrep.Core.Model;

namespace Sitrep.Merge;

/// <summary>
/// One report of an event: event <see cref="EventId"/> of the stored dispatch <see cref="DispatchId"/> (its content
/// hash; <see cref="ExternalId"/> is what the input called it), the dispatch's <see cref="Source"/> and when it was stored.
/// </summary>
public sealed record EventReport(string DispatchId, string ExternalId, string EventId, string? Source, Instant StoredAt)
{
    /// <summary>The report's identity in merge results and in the store: <c>DISPATCHHASH/EVENTID</c>.</summary>
    public string Key => DispatchId + "/" + EventId;
}

/// <summary>
/// An incident as all its reports describe it. <see cref="Head"/> is one report's record, unchanged (its evidence
/// ranges point into the text of the dispatch <see cref="EventRecord.DispatchId"/>): the report whose place and date
/// are the most precise. The merged values are beside it: <see cref="Fatalities"/> has the lowest low, the highest
/// best and the highest high of every report and every claimed figure (a later, higher toll replaces an earlier one,
/// tolls are never added); <see cref="When"/> and <see cref="Where"/> come from the most precise report.
/// <see cref="Aggregate"/> marks a campaign total (totals only ever merge with totals, never with incidents).
/// <see cref="Reports"/> are ordered by their <see cref="EventReport.Key"/>; <see cref="Id"/> is derived from the
/// first of them, so the same reports always give the same id, whatever order they were read in.
/// </summary>
public sealed record MergedEvent(
    string Id,
    EventRecord Head,
    IReadOnlyList<EventReport> Reports,
    Quantity? Fatalities,
    DateSpan? When,
    EventLocation? Where,
    bool Aggregate);

/// <summary>One test of whether two reports describe the same incident: its name, the value measured, whether it passed, and the rule.</summary>
public sealed record MergeCriterion(string Name, string Value, bool Passed, string Rule)
{
    public override string ToString() => $"{(Passed ? "ok  " : "FAIL")} {Name,-10} {Value}  ({Rule})";
}

/// <summary>
/// Why two reports were judged to be the same incident (or not): every criterion with its value, and the score used
/// to order links (a higher score is a surer link and is tried first).
/// </summary>
public sealed record MergeLink(EventReport A, EventReport B, bool Passed, double Score, IReadOnlyList<MergeCriterion> Criteria);

/// <summary>The merged events and, for each, the links that joined its reports (a spanning tree: one fewer than its reports).</summary>
public sealed record MergeResult(IReadOnlyList<MergedEvent> Events, IReadOnlyDictionary<string, IReadOnlyList<MergeLink>> Links)
{
    /// <summary>The links that joined the reports of the merged event <paramref name="mergedId"/> (none for a single report).</summary>
    public IReadOnlyList<MergeLink> LinksOf(string mergedId) => Links.TryGetValue(mergedId, out var l) ? l : [];
}
