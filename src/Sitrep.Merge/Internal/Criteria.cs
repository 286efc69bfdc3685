using System.Globalization;
using Sitrep.Core.Model;

namespace Sitrep.Merge.Internal;

/// <summary>
/// The pairwise test: are two reports one incident? Every criterion is computed in one place; the fast path
/// (<paramref name="explain"/> false) builds no text, the explaining path lists each criterion with its value.
/// The test is symmetric: the pair is put in key order first, so the score does not depend on argument order.
/// </summary>
internal static class Criteria
{
    public const string Battles = "Battles";

    public static bool Test(Report a, Report b, MergeOptions o, out double score) =>
        Run(a, b, o, explain: false, out score, out _);

    public static MergeLink Explain(Report a, Report b, MergeOptions o)
    {
        if (string.CompareOrdinal(a.Key, b.Key) > 0)
            (a, b) = (b, a);
        bool passed = Run(a, b, o, explain: true, out double score, out var list);
        return new MergeLink(a.Ref, b.Ref, passed, score, list!);
    }

    private static bool Run(Report a, Report b, MergeOptions o, bool explain, out double score, out List<MergeCriterion>? list)
    {
        if (string.CompareOrdinal(a.Key, b.Key) > 0)
            (a, b) = (b, a);
        list = explain ? [] : null;
        score = 0;
        bool ok = true;
        var ea = a.Event;
        var eb = b.Event;

        // 1. Two events of one dispatch were already judged distinct by the coder.
        bool otherDispatch = a.Dispatch.Dispatch.Id != b.Dispatch.Dispatch.Id;
        if (!Add(list, ref ok, otherDispatch, "dispatch", explain ? (otherDispatch ? "different dispatches" : "the same dispatch") : "",
                "events of one dispatch are never merged: the coder kept them apart") && !explain)
            return false;

        // 1b. One source does not report one incident twice on the day it publishes: two of its dispatches of one day are two incidents.
        if (o.SourceDayApart)
        {
            var (da, db) = (a.Dispatch.Dispatch, b.Dispatch.Dispatch);
            bool sameIssue = da.Source is { Length: > 0 } sa && string.Equals(sa, db.Source, StringComparison.OrdinalIgnoreCase)
                && da.Date is { HasDay: true } && da.Date == db.Date;
            if (!Add(list, ref ok, !sameIssue, "source", explain ? (sameIssue ? $"both {da.Source}, {da.Date}" : $"{da.Source ?? "—"} {da.Date} / {db.Source ?? "—"} {db.Date}") : "",
                    "one source's dispatches of one day report different incidents") && !explain)
                return false;
        }

        // 2. Campaign totals merge only with totals.
        bool sameKind = ea.Aggregate == eb.Aggregate;
        if (!Add(list, ref ok, sameKind, "aggregate", explain ? $"{Kind(ea)} / {Kind(eb)}" : "",
                "a campaign total never merges with (or adds to) an incident") && !explain)
            return false;

        // 3. Type, and sub-event type outside Battles (an air strike and a shelling are two events).
        bool sameType = ea.EventType == eb.EventType;
        bool sameSub = ea.SubEventType == eb.SubEventType;
        bool typeOk = sameType && (sameSub || ea.EventType == Battles);
        if (!Add(list, ref ok, typeOk, "type",
                explain ? $"{ea.EventType}/{ea.SubEventType} {(typeOk ? "~" : "≠")} {eb.EventType}/{eb.SubEventType}" : "",
                "same event type; same sub-event type except within Battles") && !explain)
            return false;
        if (typeOk)
            score += sameSub ? 0.5 : 0;

        // 4. Dates: the gap between the two spans, in days (0 when they overlap).
        bool dated = a.HasWhen && b.HasWhen;
        long gap = dated ? Math.Max(0, Math.Max(b.FromDay - a.ToDay, a.FromDay - b.ToDay)) : long.MaxValue;
        bool dayOk = dated && gap <= o.MaxDayGap;
        if (!Add(list, ref ok, dayOk, "day gap",
                explain ? (dated ? $"{gap} day{(gap == 1 ? "" : "s")} ({ea.When} / {eb.When})" : "a report has no date") : "",
                explain ? $"≤ {o.MaxDayGap} day{(o.MaxDayGap == 1 ? "" : "s")} between the date spans" : "") && !explain)
            return false;
        if (dayOk)
            score += 1 - gap / (double)(o.MaxDayGap + 1);

        // 5. Places: nested, or close.
        var (placeOk, placeScore, placeValue, placeRule) = Places(a, b, o, explain);
        if (!Add(list, ref ok, placeOk, "place", placeValue, placeRule) && !explain)
            return false;
        if (placeOk)
            score += placeScore;

        // 6. Sides: one report's actors are among the other's (an unnamed side conflicts with none).
        int shared = 0;
        foreach (var x in a.Sides)
        {
            foreach (var y in b.Sides)
            {
                if (x.Id == y.Id)
                    shared++;
            }
        }
        bool sidesOk = shared == Math.Min(a.Sides.Length, b.Sides.Length);
        if (!Add(list, ref ok, sidesOk, "actors",
                explain ? $"{{{string.Join(", ", a.Sides.Select(s => s.Name))}}} {(sidesOk ? "~" : "≠")} {{{string.Join(", ", b.Sides.Select(s => s.Name))}}}" : "",
                "one report's sides are among the other's") && !explain)
            return false;
        if (sidesOk)
            score += 0.5 * shared;

        // 7. Text evidence, where both give it: the tolls.
        var (ta, tb) = (ea.Fatalities, eb.Fatalities);
        if (ta is not null && tb is not null)
        {
            long lo = Math.Min(ta.Best, tb.Best), hi = Math.Max(ta.Best, tb.Best);
            bool tollOk = hi - lo <= o.MaxTollDifference || hi <= o.MaxTollRatio * Math.Max(1, lo);
            if (!Add(list, ref ok, tollOk, "toll", explain ? $"{ta.Best} / {tb.Best}" : "",
                    !explain ? "" : $"within ×{o.MaxTollRatio.ToString(CultureInfo.InvariantCulture)} or {o.MaxTollDifference} of each other (a later, higher toll replaces an earlier one)") && !explain)
                return false;
            if (tollOk)
                score += ta.Best == tb.Best ? 1 : 0.25;
        }
        else if (explain)
        {
            list!.Add(new MergeCriterion("toll", ta is null && tb is null ? "neither report gives a toll" : "only one report gives a toll", true, "no evidence either way"));
        }

        score = Math.Round(score, 9);
        return ok;
    }

    private static (bool Ok, double Score, string Value, string Rule) Places(Report a, Report b, MergeOptions o, bool explain)
    {
        var (pa, pb) = (a.Place, b.Place);
        if (pa is null || pb is null)
            return (false, 0, "a report has no place", "both reports must be placed");
        if (pa.Kind == PlaceKind.Country || pb.Kind == PlaceKind.Country)
            return (false, 0, explain ? $"{pa.Name} / {pb.Name}" : "", "a whole country is too coarse to merge on");
        if (pa.Id == pb.Id)
            return (true, 3, explain ? $"the same place, {pa.Name}" : "", "the same gazetteer place");
        bool areaA = PlaceGeometry.IsArea(pa), areaB = PlaceGeometry.IsArea(pb);
        if (areaA || areaB)
        {
            var (area, inner) = areaA && (!areaB || PlaceGeometry.Specificity(pa) >= PlaceGeometry.Specificity(pb)) ? (pa, pb) : (pb, pa);
            // A governorate-wide report says too little to tie it to one town's incident (measured on UCDP's grouping:
            // allowing it halves merge precision); a district is close enough.
            if (area.Kind is PlaceKind.Admin1 or PlaceKind.Region && !o.NestInGovernorates)
                return (false, 0, explain ? $"{inner.Name} / {area.Name} ({area.Kind})" : "", "a governorate-wide report is not tied to a place inside it");
            bool nested = Geo.LiesIn(inner, area);
            return (nested, nested ? 0.5 : 0, explain ? $"{inner.Name} {(nested ? "lies in" : "lies outside")} {area.Name} ({area.Kind})" : "",
                "a place inside the other report's area");
        }
        double km = PlaceGeometry.Km(pa, pb);
        double unc = Math.Min(o.MaxUncertaintyKm, Math.Max(a.Event.Where!.UncertaintyKm, b.Event.Where!.UncertaintyKm));
        double limit = Math.Max(o.MaxKm + unc, Math.Max(PlaceGeometry.ReachKm(pa), PlaceGeometry.ReachKm(pb)));
        bool close = km <= limit;
        return (close, close ? 2 * (1 - km / limit) : 0,
            explain ? $"{km.ToString("0.0", CultureInfo.InvariantCulture)} km ({pa.Name} / {pb.Name})" : "",
            explain ? $"≤ {limit.ToString("0.#", CultureInfo.InvariantCulture)} km apart" : "");
    }

    private static string Kind(EventRecord e) => e.Aggregate ? "campaign total" : "incident";

    private static bool Add(List<MergeCriterion>? list, ref bool ok, bool passed, string name, string value, string rule)
    {
        list?.Add(new MergeCriterion(name, value, passed, rule));
        ok &= passed;
        return passed;
    }
}
