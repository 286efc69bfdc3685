using NodaTime;
using Sitrep.Core.Model;
using Sitrep.Merge;

namespace Sitrep.Api.Internal;

/// <summary>
/// How the API groups reports into events and control statements into a state per day: Sitrep.Merge's
/// <see cref="EventMerging"/> and <see cref="ControlTimeline"/>, resolved back to the stored dispatches they cite.
/// Every endpoint reads the result through <see cref="Snapshot"/>.
/// </summary>
internal static class Merging
{
    public static IEnumerable<ApiEvent> Events(IReadOnlyList<StoredDispatch> dispatches)
    {
        var byId = dispatches.ToDictionary(d => d.Dispatch.Id, StringComparer.Ordinal);
        foreach (var m in EventMerging.Merge(dispatches))
        {
            var reports = new List<ApiReport>(m.Reports.Count);
            ApiReport? head = null;
            foreach (var r in m.Reports)
            {
                if (!byId.TryGetValue(r.DispatchId, out var d) || d.Events.FirstOrDefault(e => e.Id == r.EventId) is not { } record)
                    continue;
                var report = new ApiReport(d, record);
                reports.Add(report);
                if (record.Id == m.Head.Id && d.Dispatch.Id == m.Head.DispatchId)
                    head = report;
            }
            if (head is null)
            {
                if (!byId.TryGetValue(m.Head.DispatchId, out var hd))
                    continue;
                head = new ApiReport(hd, m.Head);
                reports.Insert(0, head);
            }
            yield return new ApiEvent(m.Id, head, reports, m.Fatalities, m.When, m.Where, m.Aggregate);
        }
    }

    public static Func<LocalDate, IReadOnlyList<ApiControl>> Control(IReadOnlyList<StoredDispatch> dispatches)
    {
        var byId = dispatches.ToDictionary(d => d.Dispatch.Id, StringComparer.Ordinal);
        var timeline = ControlTimeline.Build(dispatches);
        return day => timeline.StateAt(day)
            .Select(p => new ApiControl(p.Area, p.Admin1, p.Admin1PCode, p.Controller, p.Share, p.From, p.To,
                p.Evidence.Where(v => byId.ContainsKey(v.DispatchId)).Select(v => (byId[v.DispatchId], v.Evidence)).ToList(),
                p.Disputed, p.Place))
            .ToList();
    }
}
