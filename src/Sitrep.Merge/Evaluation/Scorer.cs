using NodaTime;
using Sitrep.Core.Model;
using Sitrep.Merge.Internal;

namespace Sitrep.Merge.Evaluation;

/// <summary>Precision and recall of one class (or of all): matched predictions, predictions, matched gold, gold.</summary>
public sealed record ClassScore(string Class, int Matched, int Predicted, int Gold)
{
    public double Precision => Predicted == 0 ? 0 : Matched / (double)Predicted;
    public double Recall => Gold == 0 ? 0 : Matched / (double)Gold;
}

/// <summary>How far matched tolls are from the gold's best: pairs where both give one, mean and median absolute error, share exact.</summary>
public sealed record TollScore(int Pairs, double MeanAbsoluteError, double MedianAbsoluteError, double ExactShare);

/// <summary>
/// Merging against the gold's own grouping of reports: <see cref="Dispatches"/> stored dispatches found in the gold by
/// (publication day, headline), pairs of them the gold puts in one event, pairs Sitrep merged, and both.
/// <see cref="CodedGoldPairs"/> counts only gold pairs whose two dispatches both yielded an event (the pairs merging could find).
/// </summary>
public sealed record MergeScore(int Dispatches, int GoldPairs, int PredictedPairs, int BothPairs, int CodedGoldPairs, int CodedBothPairs)
{
    public double Precision => PredictedPairs == 0 ? 0 : BothPairs / (double)PredictedPairs;
    public double Recall => GoldPairs == 0 ? 0 : BothPairs / (double)GoldPairs;
    public double CodedRecall => CodedGoldPairs == 0 ? 0 : CodedBothPairs / (double)CodedGoldPairs;
}

/// <summary>Everything <c>sitrep eval</c> reports.</summary>
public sealed record EvalReport(
    GoldFormat Format, LocalDate? From, LocalDate? To, int StoredDispatches, int StoredEvents, int MergedEvents, int GoldEventsInRange,
    IReadOnlyList<ClassScore> ByClass, ClassScore All, TollScore Toll, MergeScore? Merge, int GoldEventsOfStoredHeadlines);

/// <summary>
/// Scores merged events against gold events. A prediction matches a gold event of the same class whose dates come
/// within <c>days</c> of its own and whose point lies within <c>km</c>; matching is one-to-one, closest pairs first.
/// Only gold events dated within the stored dispatches' publication range are counted, and only predictions with a
/// date, a place and a class (UCDP does not count protests or strategic developments).
/// </summary>
public static class Scorer
{
    public static EvalReport Score(GoldFile gold, IReadOnlyList<StoredDispatch> dispatches, IReadOnlyList<MergedEvent> merged, double km, int days)
    {
        var dated = dispatches.Where(d => d.Dispatch.Date is not null).ToList();
        LocalDate? from = dated.Count == 0 ? null : dated.Min(d => d.Dispatch.Date!.Earliest);
        LocalDate? to = dated.Count == 0 ? null : dated.Max(d => d.Dispatch.Date!.Latest);
        var goldIn = gold.Events.Where(g => from is null || (g.To >= from.Value.PlusDays(-days) && g.From <= to!.Value.PlusDays(days))).ToList();

        string? ClassOf(MergedEvent m) => gold.Format == GoldFormat.UcdpGed
            ? (UcdpCodes.TypeOfViolence(m.Head) is int t ? t.ToString() : null)
            : m.Head.EventType;
        var predictions = merged.Where(m => !m.Aggregate && m.When is not null && m.Where is not null && ClassOf(m) is not null).ToList();

        // Candidate pairs through a day index of the gold.
        var byDay = new Dictionary<long, List<int>>();
        for (int g = 0; g < goldIn.Count; g++)
        {
            for (var d = goldIn[g].From; d <= goldIn[g].To && (d.ToEpochDay() - goldIn[g].From.ToEpochDay()) < 62; d = d.PlusDays(1))
            {
                if (!byDay.TryGetValue(d.ToEpochDay(), out var l))
                    byDay[d.ToEpochDay()] = l = [];
                l.Add(g);
            }
        }
        var pairs = new List<(int P, int G, double Km, long Gap)>();
        for (int p = 0; p < predictions.Count; p++)
        {
            var m = predictions[p];
            var cls = ClassOf(m)!;
            var seen = new HashSet<int>();
            long f = m.When!.From.ToEpochDay(), t = m.When.To.ToEpochDay();
            for (long day = f - days; day <= t + days; day++)
            {
                if (!byDay.TryGetValue(day, out var list))
                    continue;
                foreach (var g in list)
                {
                    var ge = goldIn[g];
                    if (!seen.Add(g) || ge.Class != cls || ge.Latitude is not double lat || ge.Longitude is not double lon)
                        continue;
                    double dist = PlaceGeometry.Km(m.Where!.Place.Latitude, m.Where.Place.Longitude, lat, lon);
                    long gap = Math.Max(0, Math.Max(ge.From.ToEpochDay() - t, f - ge.To.ToEpochDay()));
                    if (dist <= km && gap <= days)
                        pairs.Add((p, g, dist, gap));
                }
            }
        }
        pairs.Sort((a, b) => a.Gap != b.Gap ? a.Gap.CompareTo(b.Gap) : a.Km != b.Km ? a.Km.CompareTo(b.Km) : a.P != b.P ? a.P.CompareTo(b.P) : a.G.CompareTo(b.G));
        var usedP = new HashSet<int>();
        var usedG = new HashSet<int>();
        var matches = new List<(int P, int G)>();
        foreach (var (p, g, _, _) in pairs)
        {
            if (usedP.Contains(p) || usedG.Contains(g))
                continue;
            usedP.Add(p);
            usedG.Add(g);
            matches.Add((p, g));
        }
        var classes = goldIn.Select(g => g.Class).Concat(predictions.Select(m => ClassOf(m)!)).Distinct().Order(StringComparer.Ordinal).ToList();
        var byClass = classes.Select(c => new ClassScore(c,
            matches.Count(x => goldIn[x.G].Class == c),
            predictions.Count(m => ClassOf(m) == c),
            goldIn.Count(g => g.Class == c))).ToList();
        var all = new ClassScore("all", matches.Count, predictions.Count, goldIn.Count);

        var errors = matches.Where(x => predictions[x.P].Fatalities is not null && goldIn[x.G].Best is not null)
            .Select(x => (double)Math.Abs(predictions[x.P].Fatalities!.Best - goldIn[x.G].Best!.Value)).Order().ToList();
        var toll = errors.Count == 0 ? new TollScore(0, 0, 0, 0)
            : new TollScore(errors.Count, errors.Average(), errors[errors.Count / 2], errors.Count(e => e == 0) / (double)errors.Count);

        var (mergeScore, goldOfHeadlines) = gold.Format == GoldFormat.UcdpGed && gold.Events.Any(g => g.Reports.Count > 0)
            ? ScoreMerge(gold, dispatches, merged) : (null, 0);
        return new EvalReport(gold.Format, from, to, dispatches.Count, dispatches.Sum(d => d.Events.Count), merged.Count, goldIn.Count,
            byClass, all, toll, mergeScore, goldOfHeadlines);
    }

    /// <summary>Pairwise merge precision and recall: two stored dispatches are one event in the gold when their headlines share a gold event id.</summary>
    internal static (MergeScore, int) ScoreMerge(GoldFile gold, IReadOnlyList<StoredDispatch> dispatches, IReadOnlyList<MergedEvent> merged)
    {
        var slotOf = new Dictionary<(LocalDate, string), int>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var coded = new List<bool>();
        foreach (var d in dispatches)
        {
            if (d.Dispatch.Date is not { HasDay: true } date)
                continue;
            var key = (date.Earliest, Normalize(d.Dispatch.Title ?? d.Dispatch.Text));
            if (slotOf.ContainsKey(key))
                continue;
            slotOf[key] = coded.Count;
            index[d.Dispatch.Id] = coded.Count;
            coded.Add(d.Events.Count > 0);
        }
        var goldPairs = new HashSet<long>();
        var goldEventsOfHeadlines = 0;
        foreach (var g in gold.Events)
        {
            var slots = g.Reports.Select(r => slotOf.TryGetValue((r.Date, Normalize(r.Headline)), out var s) ? s : -1).Where(s => s >= 0).Distinct().Order().ToList();
            if (slots.Count > 0)
                goldEventsOfHeadlines++;
            for (int i = 0; i < slots.Count; i++)
                for (int j = i + 1; j < slots.Count; j++)
                    goldPairs.Add(((long)slots[i] << 32) | (uint)slots[j]);
        }
        var predicted = new HashSet<long>();
        foreach (var m in merged)
        {
            var slots = m.Reports.Select(r => index.TryGetValue(r.DispatchId, out var s) ? s : -1).Where(s => s >= 0).Distinct().Order().ToList();
            for (int i = 0; i < slots.Count; i++)
                for (int j = i + 1; j < slots.Count; j++)
                    predicted.Add(((long)slots[i] << 32) | (uint)slots[j]);
        }
        int both = predicted.Count(goldPairs.Contains);
        bool Coded(long pair) => coded[(int)(pair >> 32)] && coded[(int)(pair & 0xffffffff)];
        var codedGold = goldPairs.Where(Coded).ToList();
        return (new MergeScore(coded.Count, goldPairs.Count, predicted.Count, both, codedGold.Count, codedGold.Count(predicted.Contains)), goldEventsOfHeadlines);
    }

    private static string Normalize(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Normalize(System.Text.NormalizationForm.FormC);
}
