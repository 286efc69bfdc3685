using System.Text;
using Sitrep.Core.Model;
using Sitrep.Merge;

namespace Sitrep.Cli.Internal;

/// <summary>The audit view of a merged event: its reports (with the words of each), the links that joined them, and the nearest reports left apart, each with every criterion.</summary>
internal static class MergeExplanation
{
    public static string Render(MergedEvent m, IReadOnlyList<MergeLink> links, IReadOnlyList<MergeLink> nearMisses, IReadOnlyDictionary<string, StoredDispatch> dispatches)
    {
        var sb = new StringBuilder();
        sb.AppendLine($"Event {m.Id}: {m.Head.EventType} / {m.Head.SubEventType}{(m.Aggregate ? " (campaign total)" : "")}, {m.Reports.Count} report(s)");
        sb.AppendLine($"  when        {m.When?.ToString() ?? "—"}{(m.When is null ? "" : $" (time_precision {(int)m.When.Precision})")}");
        sb.AppendLine($"  where       {(m.Where is null ? "—" : $"{m.Where.Place.Name} ({m.Where.Place.Latitude:F4}, {m.Where.Place.Longitude:F4}; {m.Where.Place.Admin.Admin1}; geo_precision {m.Where.GeoPrecision})")}");
        sb.AppendLine($"  fatalities  {(m.Fatalities is null ? "—" : $"best {m.Fatalities.Best}, low {m.Fatalities.Low}, high {m.Fatalities.High}")}");
        sb.AppendLine("Reports:");
        foreach (var r in m.Reports)
        {
            var d = dispatches[r.DispatchId];
            var e = d.Events.First(x => x.Id == r.EventId);
            var excerpt = d.Dispatch.Text.ReplaceLineEndings(" ").Trim();
            if (excerpt.Length > 100)
                excerpt = excerpt[..97] + "...";
            sb.AppendLine($"  {r.Key}  {r.ExternalId} ({d.Dispatch.Language.Code()}, {d.Dispatch.Date}, {r.Source ?? "no source"}): {e.When} {e.Where?.Place.Name ?? "—"}, " +
                          $"{e.Actor1?.Name ?? "—"} / {e.Actor2?.Name ?? "—"}, toll {e.Fatalities?.Best.ToString() ?? "—"}");
            sb.AppendLine($"      \"{excerpt}\"");
        }
        sb.AppendLine(links.Count == 0 ? "Merged with nothing: no other report passed every criterion with it." : "Why they were merged:");
        foreach (var l in links)
            Link(sb, l);
        if (nearMisses.Count > 0)
        {
            sb.AppendLine("Nearest reports left apart:");
            foreach (var l in nearMisses)
                Link(sb, l);
        }
        return sb.ToString();
    }

    private static void Link(StringBuilder sb, MergeLink l)
    {
        sb.AppendLine($"  {l.A.ExternalId}/{l.A.EventId} ~ {l.B.ExternalId}/{l.B.EventId}: {(l.Passed ? "same incident" : "not merged")} (score {l.Score:F2})");
        foreach (var c in l.Criteria)
            sb.AppendLine($"    {c}");
    }
}
