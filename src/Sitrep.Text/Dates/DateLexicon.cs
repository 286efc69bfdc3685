using System.Text.Json;
using Sitrep.Core.Data;
using Sitrep.Core.Model;
using Sitrep.Text.Numbers;
using Sitrep.Text.Numbers.Internal;

namespace Sitrep.Text.Dates;

/// <summary>The calendar unit of a relative expression.</summary>
public enum DateUnit
{
    Day,
    Week,
    Month,
    Year,
    /// <summary>Saturday and Sunday ("over the weekend", "ce week-end"): the last ones on or before the anchor.</summary>
    Weekend,
}

/// <summary>
/// A relative expression ("hier", "la semaine dernière", "last night"): the reference day's unit (day, ISO week
/// Monday–Sunday, calendar month, calendar year) shifted by <see cref="From"/>..<see cref="To"/> units, inclusive.
/// With offset 0 for a week, month or year the span stops at the reference day ("cette semaine" is Monday to the reference day).
/// </summary>
public sealed record RelativeEntry(string Id, DateUnit Unit, int From, int To)
{
    /// <summary>Counted from the day the story last named ("la veille", "the following day"), not from the dispatch's day.</summary>
    public bool FromStory { get; init; }
}

/// <summary>"depuis le début de l'année", "since the start of the month": a period from the start of the unit to the reference day.</summary>
public sealed record PeriodStartEntry(string Id, DateUnit Unit);

/// <summary>The date vocabulary of one language, loaded from <c>lang/{code}/dates.json</c> (and its numbers, for "il y a trois jours").</summary>
public sealed class DateLexicon
{
    public string Code { get; private set; } = "";

    /// <summary>"dmy" (21/05/2018) or "mdy" (5/21/2018): how an all-digits date is read.</summary>
    public string NumericOrder { get; private set; } = "dmy";

    /// <summary>Explicit dates ending more than this many days before the reference are background, never event dates.</summary>
    public int BackgroundDays { get; private set; } = 366;

    /// <summary>
    /// An event date ending more than this many days before the reference, told with no 'since' or start verb, is a past
    /// happening the dispatch recalls ("in March", "three months ago"), not news: background too. Defaults to <see cref="BackgroundDays"/>.
    /// </summary>
    public int StaleDays { get; private set; } = 366;

    internal Dictionary<string, int> Months { get; } = new(StringComparer.Ordinal);
    internal HashSet<string> AmbiguousMonths { get; } = new(StringComparer.Ordinal);
    internal Dictionary<string, int> Weekdays { get; } = new(StringComparer.Ordinal);
    internal HashSet<string> OrdinalSuffixes { get; } = new(StringComparer.Ordinal);
    internal PhraseTable<string> MonthCues { get; } = new();
    /// <summary>"mi", "mid" ('monthPrefixes'): joined to a month by a hyphen ("la mi-décembre", "mid-November") they make one word that is that month.</summary>
    internal HashSet<string> MonthCuePrefixes { get; } = new(StringComparer.Ordinal);
    internal PhraseTable<string> YearCues { get; } = new();
    internal HashSet<string> Next { get; } = new(StringComparer.Ordinal);
    internal HashSet<string> Last { get; } = new(StringComparer.Ordinal);
    /// <summary>'nextNotBefore': words before which 'next' is no date word ("next to").</summary>
    internal HashSet<string> NextNotBefore { get; } = new(StringComparer.Ordinal);
    /// <summary>'yearLinks': words that may join a month to the year after it ("September of last year", "mai de l'année dernière").</summary>
    internal HashSet<string> YearLinks { get; } = new(StringComparer.Ordinal);
    internal PhraseTable<RelativeEntry> Relative { get; } = new();
    internal PhraseTable<PeriodStartEntry> PeriodStarts { get; } = new();
    internal PhraseTable<string> AgoPrefix { get; } = new();
    internal PhraseTable<string> AgoSuffix { get; } = new();
    /// <summary>"in", "en l'espace de" ('ago.durationPrefix'): before a number of days, weeks or months, the period up to the
    /// dispatch's day that a toll was counted over ("killed in 4 days", "tués en trois jours").</summary>
    internal PhraseTable<string> DurationPrefix { get; } = new();
    /// <summary>"earlier", "plus tôt" ('ago.storySuffix'): "two days earlier" counts back from the last day the story named, not from the dispatch's.</summary>
    internal PhraseTable<string> EarlierSuffix { get; } = new();
    /// <summary>"later", "plus tard" ('later.suffix'): "three days later" counts on from the last day the story named.</summary>
    internal PhraseTable<string> LaterSuffix { get; } = new();
    internal Dictionary<string, DateUnit> AgoUnits { get; } = new(StringComparer.Ordinal);
    internal PhraseTable<string> StartVerbs { get; } = new();
    /// <summary>"when", "lorsque" ('whenWords'): right after a day a start verb dates, they tell what happened that day, not a period.</summary>
    internal HashSet<string> WhenWords { get; } = new(StringComparer.Ordinal);
    /// <summary>"will", "doit", "se réunira" ('futureCues'): a weekday a few words after one is the next such day ("will meet on Thursday").</summary>
    internal PhraseTable<string> FutureCues { get; } = new();
    internal PhraseTable<string> Since { get; } = new();
    /// <summary>"le début", "the start" ('startNouns'): after a 'since' cue, the start of what is told, before the day it names.</summary>
    internal PhraseTable<string> StartNouns { get; } = new();
    internal PhraseTable<string> BackgroundCues { get; } = new();
    /// <summary>"dans la nuit de", "on the night of": before a weekday (and "à"/"to" another), a night across two days.</summary>
    internal PhraseTable<string> NightOf { get; } = new();
    internal HashSet<string> NightLinks { get; } = new(StringComparer.Ordinal);
    internal NumberLexicon Numbers { get; private set; } = null!;

    public static DateLexicon Load(Language language)
    {
        var code = language.Code();
        return FromJson(code, DataFiles.ReadText($"lang/{code}/dates.json"), NumberLexicon.Load(language));
    }

    public static DateLexicon FromJson(string code, string json, NumberLexicon numbers)
    {
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        var lex = new DateLexicon { Code = code, Numbers = numbers };
        if (root.TryGetProperty("numericOrder", out var order)) lex.NumericOrder = order.GetString()!;
        if (root.TryGetProperty("backgroundDays", out var bg)) lex.BackgroundDays = bg.GetInt32();
        lex.StaleDays = root.TryGetProperty("staleDays", out var stale) ? stale.GetInt32() : lex.BackgroundDays;
        foreach (var p in root.GetProperty("months").EnumerateObject()) lex.Months[Folded.Fold(p.Name)] = p.Value.GetInt32();
        foreach (var p in root.GetProperty("weekdays").EnumerateObject()) lex.Weekdays[Folded.Fold(p.Name)] = p.Value.GetInt32();
        Fill(root, "ambiguousMonths", lex.AmbiguousMonths);
        Fill(root, "ordinalSuffixes", lex.OrdinalSuffixes);
        Fill(root, "next", lex.Next);
        Fill(root, "last", lex.Last);
        Fill(root, "nextNotBefore", lex.NextNotBefore);
        Fill(root, "yearLinks", lex.YearLinks);
        Fill(root, "monthCues", lex.MonthCues);
        Fill(root, "monthPrefixes", lex.MonthCuePrefixes);
        Fill(root, "yearCues", lex.YearCues);
        Fill(root, "startVerbs", lex.StartVerbs);
        Fill(root, "whenWords", lex.WhenWords);
        Fill(root, "futureCues", lex.FutureCues);
        Fill(root, "since", lex.Since);
        Fill(root, "startNouns", lex.StartNouns);
        Fill(root, "backgroundCues", lex.BackgroundCues);
        if (root.TryGetProperty("nightOf", out var night))
        {
            Fill(night, "forms", lex.NightOf);
            Fill(night, "links", lex.NightLinks);
        }
        if (root.TryGetProperty("relative", out var rel))
            foreach (var e in rel.EnumerateArray())
            {
                var entry = new RelativeEntry(e.GetProperty("id").GetString()!, Unit(e), e.GetProperty("from").GetInt32(), e.GetProperty("to").GetInt32())
                {
                    FromStory = e.TryGetProperty("anchor", out var an) && an.GetString() == "story",
                };
                foreach (var f in e.GetProperty("forms").EnumerateArray()) lex.Relative.Add(f.GetString()!, entry);
            }
        if (root.TryGetProperty("periodStarts", out var ps))
            foreach (var e in ps.EnumerateArray())
            {
                var entry = new PeriodStartEntry(e.GetProperty("id").GetString()!, Unit(e));
                foreach (var f in e.GetProperty("forms").EnumerateArray()) lex.PeriodStarts.Add(f.GetString()!, entry);
            }
        if (root.TryGetProperty("ago", out var ago))
        {
            Fill(ago, "prefix", lex.AgoPrefix);
            Fill(ago, "suffix", lex.AgoSuffix);
            Fill(ago, "storySuffix", lex.EarlierSuffix);
            Fill(ago, "durationPrefix", lex.DurationPrefix);
        }
        if (root.TryGetProperty("later", out var later))
            Fill(later, "suffix", lex.LaterSuffix);
        if (root.TryGetProperty("agoUnits", out var units))
            foreach (var p in units.EnumerateObject()) lex.AgoUnits[Folded.Fold(p.Name)] = Enum.Parse<DateUnit>(p.Value.GetString()!, true);
        return lex;
    }

    private static DateUnit Unit(JsonElement e) => Enum.Parse<DateUnit>(e.GetProperty("unit").GetString()!, true);

    private static void Fill(JsonElement root, string name, HashSet<string> set)
    {
        if (root.TryGetProperty(name, out var arr))
            foreach (var v in arr.EnumerateArray()) set.Add(Folded.Fold(v.GetString()!));
    }

    private static void Fill(JsonElement root, string name, PhraseTable<string> table)
    {
        if (root.TryGetProperty(name, out var arr))
            foreach (var v in arr.EnumerateArray()) table.Add(v.GetString()!, v.GetString()!);
    }
}
