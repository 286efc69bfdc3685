using Sitrep.Coding.Context;
using Sitrep.Coding.Events;
using Sitrep.Coding.Lexicon;
using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;

namespace Sitrep.Coding.Control;

/// <summary>
/// Reads who holds which area, sentence by sentence:
/// <list type="bullet">
/// <item>"AREAS ... sous le contrôle de ACTOR", "AREAS are held by ACTOR", "sous contrôle kurde": the areas named before the cue (else after it) are held by the actor after it;</item>
/// <item>"ACTOR a repris le contrôle (total) de AREA": a territory verb before a control noun; the actor before the verb holds the areas after the noun;</item>
/// <item>"il n'y a plus aucune présence rebelle dans AREA": the state holds the area fully;</item>
/// <item>"ACTOR sont présents à AREA": the actor holds part of the area;</item>
/// <item>"IS-held AREA", "regime-controlled AREA": the compound's first part names the controller.</item>
/// </list>
/// Share: full when stated ("contrôle total", "seule la province") or when a whole governorate is named without a
/// partial cue; partial for parts ("une partie de", "le nord d'Alep") and for towns inside a governorate.
/// </summary>
public sealed class RuleControlReader : IControlReader
{
    private readonly IReadOnlyDictionary<Language, ControlLexicon> _lexicons;
    private readonly IReadOnlyDictionary<Language, EventLexicon> _events;
    private readonly IActorCatalog _actors;
    private readonly IReadOnlyDictionary<string, CapitalAreas> _capitals;
    private readonly string _focus;

    /// <param name="french">The French conjugation table the event lexicons were built from (loaded once by the caller).</param>
    public RuleControlReader(IReadOnlyDictionary<Language, EventLexicon> events, IActorCatalog actors, FrenchConjugations french, string countryFocus = "SY")
    {
        _events = events;
        _actors = actors;
        var english = new EnglishInflector();
        _lexicons = Enum.GetValues<Language>().ToDictionary(l => l, l => ControlLexicon.Load(l, french, english));
        _capitals = CapitalAreas.Load();
        _focus = countryFocus;
    }

    public IReadOnlyList<ControlAssertion> Read(AnalyzedDispatch doc)
    {
        var lex = _lexicons[doc.Dispatch.Language];
        // The held compounds and the controllers' adjectives are the event lexicon's (both read control.json).
        var events = _events[doc.Dispatch.Language];
        var text = doc.Content;
        var layer = doc.RequireText();
        // What the dispatch says of who holds what holds on the day it was filed; with only its month known, on the last
        // day it names ("lundi 21 mai"). A sentence that dates its own change ("ont pris samedi le contrôle de Nassib") is as of that day.
        var filed = doc.Dispatch.Date is { HasDay: true } d ? DateSpan.OfDay(d.Earliest) : CodingContext.ReferenceDay(doc) ?? Month(doc);
        var result = new List<ControlAssertion>();
        for (int s = 0; s < layer.Sentences.Count; s++)
        {
            var sent = layer.Sentences[s];
            int from = sent.FirstToken, to = from + sent.TokenCount;
            var asOf = (doc.Dates ?? []).Where(d => d.Role == DateRole.Event && sent.Range.Contains(d.Range) && d.Span.Precision == TimePrecision.Day
                                                    && d.Span.From == d.Span.To && (filed is null || d.Span.To <= filed.To))
                           .Select(d => (DateSpan?)d.Span).FirstOrDefault() ?? filed;
            var keys = PhraseMatcher<string>.Keys(text, layer.Tokens, from, to);
            var cues = lex.Cues.Matches(text, layer.Tokens, from, to, keys);
            var areas = Areas(doc, s, cues, layer);
            // A side named as another's supporter ("soutenues par la coalition") does not take what that side takes.
            var sides = (doc.Actors ?? []).Where(a => sent.Range.Contains(a.Range) && !SideQualifiers.IsSupporter(text, layer, a.Range, events)).ToList();
            var parties = sides.Where(a => _actors.Describe(a.Actor).Role != ActorRole.Source).ToList();
            // A government named as a speaker ("the Syrian government", "aux mains du gouvernement") may still hold ground.
            var holders = sides.Where(a => _actors.Describe(a.Actor).Class is not ("other" or "civilians")).ToList();
            var found = new List<(Actor Actor, TextRange ActorRange, string Rule, List<Area> Areas, TextRange Cue, bool Full)>();

            foreach (var cue in cues)
            {
                var cueRange = Range(layer, cue.FirstToken, cue.Length);
                switch (cue.Value)
                {
                    case ControlLexicon.Under:
                    {
                        // The controller follows the cue; its words may begin inside it ("sous le contrôle des Forces démocratiques").
                        var who = holders.FirstOrDefault(a => a.Range.End > cueRange.End && a.Range.Start >= cueRange.Start && Gap(layer, cueRange.End, a.Range.Start) <= 3);
                        (Actor, TextRange, string)? controller = who is not null ? (who.Actor, who.Range, who.Rule) : Adjective(doc, lex, layer, cue.FirstToken + cue.Length, to);
                        if (controller is not { } c)
                            break;
                        // Areas of this clause only: after the previous cue of the sentence.
                        int floor = cues.Where(c => c.FirstToken < cue.FirstToken && c.Value == ControlLexicon.Under)
                            .Select(c => Range(layer, c.FirstToken, c.Length).End).DefaultIfEmpty(sent.Range.Start).Max();
                        var before = areas.Where(a => a.Range.End <= cueRange.Start && a.Range.Start >= floor).ToList();
                        var chosen = before.Count > 0 ? before : areas.Where(a => a.Range.Start >= c.Item2.End).ToList();
                        found.Add((c.Item1, c.Item2, c.Item3, chosen, cueRange, false));
                        break;
                    }
                    case ControlLexicon.Absence:
                    {
                        var state = _actors.Generic("gov", doc.Dispatch.Date);
                        if (state is null)
                            break;
                        found.Add((state, cueRange, $"lexicon:{lex.Code}/control.json#absence", areas.Where(a => a.Range.Start >= cueRange.End).ToList(), cueRange, true));
                        break;
                    }
                    case ControlLexicon.Presence:
                    {
                        var who = parties.LastOrDefault(a => a.Range.End <= cueRange.Start);
                        if (who is null)
                            break;
                        found.Add((who.Actor, who.Range, who.Rule, areas.Where(a => a.Range.Start >= cueRange.End).Take(1).ToList(), cueRange, false));
                        break;
                    }
                }
            }

            // "ACTOR a repris (...) le contrôle total de AREA"
            var territory = events.Triggers.Matches(text, layer.Tokens, from, to, keys)
                .Where(m => m.Value.Class.Name == "territory").ToList();
            for (int i = from; i < to; i++)
            {
                if (!lex.ControlNouns.Contains(keys[i - from]) || cues.Any(c => i >= c.FirstToken && i < c.FirstToken + c.Length))
                    continue;
                int verbToken = territory.Where(m => m.FirstToken < i && i - m.FirstToken <= 10).Select(m => m.FirstToken).DefaultIfEmpty(-1).Max();
                for (int j = i - 1; verbToken < 0 && j >= Math.Max(from, i - 4); j--)
                    if (lex.GainVerbs.Contains(keys[j - from]))
                        verbToken = j;
                if (verbToken < 0)
                    continue;
                var verbStart = layer.Tokens[verbToken].Range.Start;
                var who = parties.LastOrDefault(a => a.Range.End <= verbStart);
                if (who is null)
                    continue;
                bool full = (i + 1 < to && lex.Full.Contains(keys[i + 1 - from])) || (i > from && lex.Full.Contains(keys[i - 1 - from]));
                var nounRange = layer.Tokens[i].Range;
                found.Add((who.Actor, who.Range, who.Rule, areas.Where(a => a.Range.Start >= nounRange.End).Take(1).ToList(), Range(layer, verbToken, i - verbToken + 1), full));
            }

            // "Les rebelles ne contrôlent plus que la province d'Idleb", "the SDF hold much of the northeast"
            found.AddRange(HoldStatements(lex, doc, layer, keys, from, to, cues, holders, areas)
                .Select(h => (h.Who.Actor, h.Who.Range, h.Who.Rule, h.Areas, h.Verb, false)));

            // "IS-held Raqqa", "regime-controlled areas"
            foreach (var suffix in events.HeldSuffixes)
            {
                for (int i = from; i < to; i++)
                {
                    if (SideQualifiers.HeldClass(keys[i - from], suffix, events.HolderAdjectives) is not { } cls || _actors.Generic(cls, doc.Dispatch.Date) is not { } actor)
                        continue;
                    // "seized full control of the Kurdish-held town of Afrin": after a capture in the sentence, the compound
                    // names who held the town until then, not who holds it now.
                    if (territory.Any(m => m.FirstToken < i))
                        continue;
                    var tr = layer.Tokens[i].Range;
                    var next = areas.FirstOrDefault(a => a.Range.Start >= tr.End && Gap(layer, tr.End, a.Range.Start) <= 3)
                               ?? areas.LastOrDefault(a => a.Range.End <= tr.Start && Gap(layer, a.Range.End, tr.Start) <= 3);
                    if (next is not null)
                        found.Add((actor, tr, $"lexicon:{lex.Code}/control.json#held:{suffix}", [next], tr, false));
                }
            }

            foreach (var f in found)
            {
                foreach (var area in f.Areas.Where(a => !DescribesAnother(a, f.Areas, layer, keys, from, lex)))
                {
                    var share = Share(lex, doc, layer, area, f.Full, sent, keys, from);
                    var evidence = new List<Evidence>
                    {
                        new("area", area.Range, area.Rule),
                        new("controller", f.ActorRange, f.Rule),
                        new("share", f.Cue, $"lexicon:{lex.Code}/control.json"),
                    };
                    result.Add(new ControlAssertion($"{doc.Dispatch.Id[..12]}-c{result.Count + 1}", doc.Dispatch.Id, area.Name, area.Place,
                        f.Actor, share, asOf, evidence));
                }
            }
        }
        return result
            // The same statement made twice ("la capitale" in two sentences) is one assertion; two different areas
            // of one governorate ("le nord-est du pays", "l'est de l'Euphrate") stay two.
            .GroupBy(c => (c.AreaPlace?.Admin.Admin1PCode, c.Area.ToLowerInvariant(), c.Controller.Id, c.Share))
            .Select(g => g.First())
            .ToList();
    }

    /// <summary>
    /// "HTS et des groupes rebelles contrôlent encore la moitié de la province d'Idleb", "the government controls most of
    /// western Syria": a side, a present form of a hold verb right after it (only control.json's hold_between words may
    /// stand between), and the areas of the country in focus that follow it in its clause, the first within ten words.
    /// A negation with the verb ("ne contrôlent plus Alep") states no control, unless it reads "only" ("ne ... plus que").
    /// </summary>
    private IEnumerable<(ActorMention Who, TextRange Verb, List<Area> Areas)> HoldStatements(ControlLexicon lex, AnalyzedDispatch doc, TextLayer layer,
        string[] keys, int from, int to, List<PhraseMatch<string>> cues, List<ActorMention> parties, List<Area> areas)
    {
        var events = _events[doc.Dispatch.Language];
        var (breaks, relatives, holdVerbs) = (events.ClauseBreaks, events.RelativePronouns, events.HoldForms);
        bool InCue(int t) => cues.Any(c => t >= c.FirstToken && t < c.FirstToken + c.Length);
        for (int i = from; i < to; i++)
        {
            if (!holdVerbs.Contains(keys[i - from]) || InCue(i))
                continue;
            var verb = layer.Tokens[i].Range;
            // The subject ends right before the verb, or before words of hold_between ("encore", "still", ", qui"), or
            // before an apposition between commas ("Jaish al-Islam, the main rebel group in the Ghouta, still controls").
            int b = i;
            while (b - 1 >= from && lex.HoldBetween.Contains(keys[b - 1 - from]) && i - (b - 1) <= 3)
                b--;
            var who = parties.LastOrDefault(a => TokenIndex(layer, a.Range.End) == b && a.Range.End <= verb.Start);
            int close = b < i && keys[b - from] == "," ? b : b - 1 >= from && keys[b - 1 - from] == "," ? b - 1 : -1;
            if (who is null && close > from)
            {
                int open = Enumerable.Range(Math.Max(from, close - 14), close - Math.Max(from, close - 14)).Reverse().FirstOrDefault(t => keys[t - from] == ",", -1);
                if (open > from)
                    who = parties.LastOrDefault(a => TokenIndex(layer, a.Range.End) == open);
            }
            if (who is null)
                continue;
            int subjectEnd = b;
            var negation = Enumerable.Range(subjectEnd, i - subjectEnd).Concat(Enumerable.Range(i + 1, Math.Max(0, Math.Min(to, i + 3) - i - 1)))
                .Where(t => lex.HoldNegation.Contains(keys[t - from])
                            // "contrôle désormais plus de 60 % de la province": a comparative, not "ne ... plus".
                            && !(t + 1 < to && lex.HoldComparatives.Contains(keys[t + 1 - from]))).ToList();
            bool exclusive = negation.Any(t => t + 1 < to && lex.HoldExclusive.Contains(keys[t + 1 - from]));
            if (negation.Count > 0 && !exclusive)
                continue;
            // "Les FDS, qui tiennent Raqqa, ont attaqué ...": a relative clause ends at its closing comma.
            bool relative = Enumerable.Range(subjectEnd, i - subjectEnd).Any(t => relatives.Contains(keys[t - from]));
            int end = to;
            for (int t = i + 1; t < to && end == to; t++)
                if (breaks.Contains(keys[t - from]) || holdVerbs.Contains(keys[t - from]) || (InCue(t) && !InCue(t - 1)) || (relative && keys[t - from] == ",")
                    || lex.HoldExceptions.Contains(keys[t - from]))
                    end = t;
            var held = areas.Where(a => a.Range.Start >= verb.End && TokenIndex(layer, a.Range.Start) < end
                                        && (a.Place is null || a.Place.CountryCode == _focus)).ToList();
            if (held.Count == 0 || TokenIndex(layer, held[0].Range.Start) - i > 10)
                continue;
            yield return (who, verb, held);
        }
    }

    /// <summary>
    /// "une partie des provinces de Deraa et de Qouneitra, dans le sud", "most of Deir al-Zor province in the east of the
    /// country", "dans le sud, près de Deraa": a part of the country set right beside another area (not joined to it by
    /// "and") says where that area lies, or is said by it; it is not an area of its own.
    /// </summary>
    private static bool DescribesAnother(Area a, List<Area> areas, TextLayer layer, string[] keys, int from, ControlLexicon lex) =>
        a.Rule.StartsWith("relative:country", StringComparison.Ordinal)
        && areas.Any(b => b != a && !b.Rule.StartsWith("relative:country", StringComparison.Ordinal)
                          && (b.Range.End <= a.Range.Start ? Beside(b.Range, a.Range, layer, keys, from, lex) : Beside(a.Range, b.Range, layer, keys, from, lex)));

    /// <summary>Two areas a few words apart and not joined by a word of control.json's area_joiners ("and", "ainsi que").</summary>
    private static bool Beside(TextRange first, TextRange second, TextLayer layer, string[] keys, int from, ControlLexicon lex)
    {
        int a = TokenIndex(layer, first.End), b = TokenIndex(layer, second.Start);
        return b - a <= 4 && !Enumerable.Range(a, Math.Max(0, b - a)).Any(t => lex.AreaJoiners.Contains(keys[t - from]));
    }

    /// <summary>An area named in a sentence: a resolved place, or "la capitale" / "sa grande banlieue" of the country in focus.</summary>
    private sealed record Area(string Name, Place? Place, TextRange Range, string Rule);

    private List<Area> Areas(AnalyzedDispatch doc, int s, List<PhraseMatch<string>> cues, TextLayer layer)
    {
        var sent = layer.Sentences[s].Range;
        var list = (doc.Places ?? [])
            // A whole country is no area a side holds in a dispatch about it ("retook a prison in northeast Syria").
            .Where(p => sent.Contains(p.Range) && p.Resolution is Resolved { Place.Kind: not PlaceKind.Country } && !(doc.Actors ?? []).Any(a => a.Range.Overlaps(p.Range)))
            .Select(p => new Area(p.Range.Of(doc.Content), ((Resolved)p.Resolution).Place, p.Range, ((Resolved)p.Resolution).Rule))
            .ToList();
        if (_capitals.TryGetValue(_focus, out var cap))
        {
            foreach (var c in cues.Where(c => c.Value is ControlLexicon.Capital or ControlLexicon.CapitalProvince))
            {
                var r = Range(layer, c.FirstToken, c.Length);
                if (list.Any(a => a.Range.Overlaps(r)))
                    continue;
                var place = c.Value == ControlLexicon.Capital ? cap.Capital : cap.CapitalProvince;
                list.Add(new Area(r.Of(doc.Content), place, r, $"{place.Id}"));
            }
        }
        return list.OrderBy(a => a.Range.Start).ToList();
    }

    private ControlShare Share(ControlLexicon lex, AnalyzedDispatch doc, TextLayer layer, Area area, bool statedFull, Sentence sent, string[] keys, int from)
    {
        if (statedFull)
            return ControlShare.Full;
        // A partial cue in the few words before the area, or inside the area's own words ("nord d'Alep").
        int areaToken = TokenIndex(layer, area.Range.Start);
        int windowStart = Math.Max(from, areaToken - 6);
        var partial = lex.Partial.Matches(doc.Content, layer.Tokens, windowStart, Math.Min(from + keys.Length, TokenIndex(layer, area.Range.End)), keys[(windowStart - from)..]);
        // "près de 80 % de la province": a share in per cent is a part.
        if (partial.Count > 0 || Enumerable.Range(windowStart, areaToken - windowStart).Any(i => lex.PercentWords.Contains(keys[i - from])))
            return ControlShare.Partial;
        bool fullCue = Enumerable.Range(windowStart, areaToken - windowStart).Any(i => lex.Full.Contains(keys[i - from]));
        if (fullCue)
            return ControlShare.Full;
        return area.Place?.Kind is PlaceKind.Admin1 ? ControlShare.Full : ControlShare.Partial;
    }

    private (Actor, TextRange, string)? Adjective(AnalyzedDispatch doc, ControlLexicon lex, TextLayer layer, int token, int end)
    {
        var events = _events[doc.Dispatch.Language];
        for (int i = token; i < Math.Min(end, token + 2); i++)
        {
            var key = TokenKeys.Key(doc.Content, layer.Tokens[i]);
            // "held by a coalition of rebel and jihadist factions": a class word heading a genitive names a make-up, not that class.
            if (i + 1 < layer.Tokens.Count && events.Genitive.Contains(TokenKeys.Key(doc.Content, layer.Tokens[i + 1])))
                continue;
            if (events.HolderAdjectives.TryGetValue(key, out var cls) && _actors.Generic(cls, doc.Dispatch.Date) is { } actor)
                return (actor, layer.Tokens[i].Range, $"lexicon:{lex.Code}/control.json#adjective:{key}");
        }
        return null;
    }

    private static TextRange Range(TextLayer layer, int first, int length) =>
        new(layer.Tokens[first].Range.Start, layer.Tokens[first + length - 1].Range.End);

    private static int TokenIndex(TextLayer layer, int pos) => layer.TokenAtOrAfter(pos);

    private static int Gap(TextLayer layer, int endPos, int startPos) => TokenIndex(layer, startPos) - TokenIndex(layer, endPos);

    private static DateSpan? Month(AnalyzedDispatch doc) =>
        doc.Dispatch.Date is { } d ? new DateSpan(d.Earliest, d.Latest, d.HasDay ? TimePrecision.Day : TimePrecision.Month) : null;
}
