using System.Text;
using Sitrep.Core.Model;

namespace Sitrep.Cli.Internal;

/// <summary>
/// The audit view of one analysed dispatch: every event and control statement, each field with its value, the words
/// that support it (quoted, with their character range) and the rule that read them.
/// </summary>
public static class Explanation
{
    /// <param name="mentions">Also list what every stage found before coding (places with their resolution or the reason
    /// they stay unresolved, sides, dates, tolls), to see why a field was or was not coded.</param>
    public static string Render(AnalyzedDispatch doc, bool mentions = false)
    {
        var d = doc.Dispatch;
        var text = d.Text;
        var sb = new StringBuilder();
        sb.AppendLine($"Dispatch {d.ExternalId} ({d.Language.Code()}, dated {d.Date?.ToString() ?? "unknown"}, {text.Length} characters)");
        sb.AppendLine(new string('─', 72));
        sb.AppendLine(text.Trim());
        sb.AppendLine(new string('─', 72));
        var events = doc.Events ?? [];
        if (events.Count == 0)
            sb.AppendLine("No event coded.");
        for (int i = 0; i < events.Count; i++)
        {
            var e = events[i];
            sb.AppendLine($"Event {i + 1}: {e.EventType} / {e.SubEventType}{(e.Aggregate ? " (campaign total, not one day)" : "")}");
            Field(sb, "when", e.When?.ToString() + (e.When is null ? "" : $" (time_precision {(int)e.When.Precision})"), e.Evidence, "event_date", text);
            Field(sb, "actor1", e.Actor1?.Name, e.Evidence, "actor1", text);
            Field(sb, "actor2", e.Actor2?.Name, e.Evidence, "actor2", text);
            Field(sb, "where", e.Where is null ? null : $"{e.Where.Place.Name} ({string.Join("; ", new[] { $"{e.Where.Place.Latitude:F4}, {e.Where.Place.Longitude:F4}", Admin(e.Where.Place), $"geo_precision {e.Where.GeoPrecision}" }.Where(x => x.Length > 0))})", e.Evidence, "location", text);
            Field(sb, "type", e.EventType, e.Evidence, "event_type", text);
            Field(sb, "fatalities", e.Fatalities is null ? null : Figure(e.Fatalities) + (e.CivilianFatalities is null ? "" : $", of whom civilians {Figure(e.CivilianFatalities)}"), e.Evidence, "fatalities", text);
            foreach (var c in e.Claims)
                sb.AppendLine($"  claim       {c.Source} says: \"{c.Says}\"{(c.Figure is null ? "" : $" [figure {Figure(c.Figure)}]")}  {c.Range} {c.Rule}");
        }
        var control = doc.Control ?? [];
        for (int i = 0; i < control.Count; i++)
        {
            var c = control[i];
            var admin = c.AreaPlace is null ? "" : Admin(c.AreaPlace);
            sb.AppendLine($"Control {i + 1}: {c.Area}{(admin.Length > 0 ? $" ({admin})" : "")} held by {c.Controller.Name}, {c.Share.ToString().ToLowerInvariant()}, as of {c.AsOf?.ToString() ?? "unknown"}");
            foreach (var ev in c.Evidence)
                sb.AppendLine($"  {ev.Field,-11} \"{Quote(ev.Range, text)}\" {ev.Range} {ev.Rule}");
        }
        if (mentions)
            Mentions(sb, doc, text);
        return sb.ToString();
    }

    private static void Mentions(StringBuilder sb, AnalyzedDispatch doc, string text)
    {
        sb.AppendLine("Mentions:");
        foreach (var p in doc.Places ?? [])
            sb.AppendLine(p.Resolution switch
            {
                Resolved r => $"  place       \"{Quote(p.Range, text)}\" {p.Range} → {r.Place.Name} ({string.Join("; ", new[] { Admin(r.Place), r.Place.CountryCode, $"geo_precision {r.GeoPrecision}" }.Where(x => x.Length > 0))}) {r.Rule}",
                Unresolved u => $"  place       \"{Quote(p.Range, text)}\" {p.Range} unresolved: {u.Reason}",
                _ => throw new InvalidOperationException($"unknown place resolution {p.Resolution.GetType().Name}"),
            });
        foreach (var a in doc.Actors ?? [])
            sb.AppendLine($"  side        \"{Quote(a.Range, text)}\" {a.Range} → {a.Actor.Name} {a.Rule}");
        foreach (var d in doc.Dates ?? [])
            sb.AppendLine($"  date        \"{Quote(d.Range, text)}\" {d.Range} → {d.Span} ({d.Role.ToString().ToLowerInvariant()}) {d.Rule}");
        foreach (var t in doc.Tolls ?? [])
            sb.AppendLine($"  toll        \"{Quote(t.Range, text)}\" {t.Range} → {Figure(t.Value)} {t.Kind.ToString().ToLowerInvariant()}{(t.Civilians is null ? "" : $", civilians {Figure(t.Civilians)}")}{(t.Cumulative ? ", cumulative" : "")} {t.Rule}");
    }

    private static void Field(StringBuilder sb, string name, string? value, IReadOnlyList<Evidence> evidence, string field, string text)
    {
        sb.AppendLine($"  {name,-11} {value ?? "—"}");
        foreach (var ev in evidence.Where(v => v.Field == field))
            sb.AppendLine($"  {"",-11}   ← \"{Quote(ev.Range, text)}\" {ev.Range} {ev.Rule}");
    }

    private static string Admin(Place p) => string.Join(" ", new[] { p.Admin.Admin1, p.Admin.Admin1PCode }.Where(x => !string.IsNullOrEmpty(x)));

    private static string Figure(Quantity q) =>
        q.Low == q.High ? $"{q.Best} ({q.Qualifier.ToString().ToLowerInvariant()})" : $"{q.Best} [{q.Low}–{q.High}] ({q.Qualifier.ToString().ToLowerInvariant()})";

    private static string Quote(TextRange r, string text)
    {
        var s = r.Of(text).ReplaceLineEndings(" ");
        return s.Length <= 90 ? s : s[..87] + "...";
    }
}
