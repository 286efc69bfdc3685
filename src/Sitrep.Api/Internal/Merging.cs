using NodaTime;
using Sitrep.Core.Model;

namespace Sitrep.Api.Internal;

/// <summary>
/// How the API groups reports into events and control statements into a state per day. This is the one place that
/// decides it: every endpoint reads the result through <see cref="Snapshot"/>.
/// </summary>
internal static class Merging
{
    /// <summary>Each coded event is its own event, with one report.</summary>
    public static IEnumerable<ApiEvent> Events(IReadOnlyList<StoredDispatch> dispatches) =>
        dispatches.SelectMany(d => d.Events.Select(e =>
        {
            var report = new ApiReport(d, e);
            return new ApiEvent(e.Id, report, [report], e.Fatalities, e.When, e.Where, e.Aggregate);
        }));

    /// <summary>
    /// For each area (its governorate P-code when known, else its name), the latest statement dated on or before the
    /// day (its own date, else the dispatch's). Two different controllers stated on that same latest day make it disputed.
    /// </summary>
    public static Func<LocalDate, IReadOnlyList<ApiControl>> Control(IReadOnlyList<StoredDispatch> dispatches)
    {
        var statements = dispatches
            .SelectMany(d => d.Control.Select(c => (Dispatch: d, Control: c, From: c.AsOf?.From ?? d.Dispatch.Date?.Latest)))
            .Where(x => x.From is not null)
            .Select(x => (x.Dispatch, x.Control, From: x.From!.Value))
            .ToList();
        return day =>
        {
            var result = new List<ApiControl>();
            foreach (var group in statements.Where(s => s.From <= day).GroupBy(s => Key(s.Control)))
            {
                var latest = group.Max(s => s.From);
                var last = group.Where(s => s.From == latest).ToList();
                var head = last[^1];
                var next = statements.Where(s => s.From > day && Key(s.Control) == group.Key).Select(s => (LocalDate?)s.From).Min();
                bool disputed = last.Select(s => s.Control.Controller.Id).Distinct().Count() > 1;
                var place = head.Control.AreaPlace;
                result.Add(new ApiControl(head.Control.Area, place?.Admin.Admin1, place?.Admin.Admin1PCode, head.Control.Controller, head.Control.Share,
                    latest, next?.PlusDays(-1), last.SelectMany(s => s.Control.Evidence.Select(v => (s.Dispatch, v))).ToList(), disputed, place));
            }
            return result;
        };
    }

    private static string Key(ControlAssertion c) =>
        c.AreaPlace?.Admin.Admin1PCode is { } p && c.AreaPlace.Kind == PlaceKind.Admin1 ? p : c.Area;
}
