using Sitrep.Coding.Context;
using Sitrep.Coding.Events;
using Sitrep.Coding.Lexicon;
using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;
using NodaTime;

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
            // "Raqqa, which IS declared the capital of its caliphate", "la capitale provinciale": another capital than the country's.
            cues.RemoveAll(c => c.Value == ControlLexicon.Capital && c.FirstToken + c.Length < to
                                && lex.CapitalBlockers.Contains(TokenKeys.Key(doc.Content, layer.Tokens[c.FirstToken + c.Length])));
            // The capture words of the sentence ("a repris", "seized"): after one, a hold cue may name who held an area until then.
            var territory = events.Triggers.Matches(text, layer.Tokens, from, to, keys)
                .Where(m => m.Value.Class.Name == "territory").ToList();
            var endedCues = new HashSet<int>();
            cues.AddRange(DatedUnderCues(doc, lex, events, layer, keys, from, to, cues, territory, endedCues));
            cues.Sort((a, b) => a.FirstToken.CompareTo(b.FirstToken));
            var areas = Areas(doc, s, cues, layer);
            // A side named as another's supporter ("soutenues par la coalition") does not take what that side takes.
            var sides = (doc.Actors ?? []).Where(a => sent.Range.Contains(a.Range) && !SideQualifiers.IsSupporter(text, layer, a.Range, events)).ToList();
            var parties = sides.Where(a => _actors.Describe(a.Actor).Role != ActorRole.Source).ToList();
            // A government named as a speaker ("the Syrian government", "aux mains du gouvernement") may still hold ground.
            // So may an armed side of no war class ("tribal fighters", "Druze factions", a foreign army), but no source, protester or civilian.
            var holders = sides.Where(a => _actors.Describe(a.Actor) is var info && info.Class != "civilians"
                                           && (info.Class != "other" || info.Role == ActorRole.Party && a.Actor.Inter is InterCode.StateForces or InterCode.RebelGroup
                                               or InterCode.PoliticalMilitia or InterCode.IdentityMilitia or InterCode.External)).ToList();
            var found = new List<(Actor Actor, TextRange ActorRange, string Rule, List<Area> Areas, TextRange Cue, bool Full)>();
            // "the village remains in Islamic State hands", "in rebel hands": a side named inside the cue.
            var slots = SlotCues(doc, lex, layer, keys, from, to, holders).ToList();
            // "Les rebelles ne contrôlent plus que la province d'Idleb", "the SDF hold much of the northeast"; not the noun
            // of a slot cue ("under regime control").
            var holds = HoldStatements(lex, doc, layer, keys, from, to, cues, holders, areas)
                .Where(h => !slots.Any(c => Range(layer, c.First, c.Last - c.First + 1).Contains(h.Verb))).ToList();

            // The areas an 'under' cue puts under its controller: those its antecedent names, else those of the clause before
            // it (after the previous cue and after a contrast, "tandis que", "while"), else, for a cue that opens its sentence, those after it.
            List<Area> UnderAreas(int cueToken, TextRange cueRange, TextRange controllerRange)
            {
                int floor = cues.Where(c => c.FirstToken < cueToken && c.Value == ControlLexicon.Under)
                    .Select(c => Range(layer, c.FirstToken, c.Length).End)
                    .Concat(Enumerable.Range(from, cueToken - from).Where(t => lex.Contrasts.Contains(keys[t - from])).Select(t => layer.Tokens[t].Range.End))
                    // "..., and many are still believed to be held by the group": a comma and a coordinator open a clause of
                    // its own when no area stands between them and the cue; with one, they close a list ("Seule la province
                    // d'Idleb, une partie de Hama, et de larges portions de Deraa restent sous le contrôle de").
                    .Concat(Enumerable.Range(from + 1, Math.Max(0, cueToken - from - 2)).Where(t => keys[t - 1 - from] == "," && lex.AreaJoiners.Contains(keys[t - from])
                                                                                             && !areas.Any(a => TokenIndex(layer, a.Range.Start) > t && TokenIndex(layer, a.Range.Start) < cueToken))
                        .Select(t => layer.Tokens[t].Range.End))
                    .DefaultIfEmpty(sent.Range.Start).Max();
                var chosen = Antecedent(lex, doc, layer, keys, from, cueToken, controllerRange, areas);
                if (chosen is not null)
                    return chosen;
                // A copula or a verb stands before the cue ("Raqqa est désormais aux mains de"): the areas of the
                // clause before it, but not those of a relative clause between commas ("X, which lies near Y, is held by").
                // Nor an area a hold verb before it gives another side ("HTS contrôle Darat Izza et les localités tenues par le
                // Zinki": the localities are the Zinki's, Darat Izza is HTS's).
                var before = areas.Where(a => a.Range.End <= cueRange.Start && a.Range.Start >= floor
                                              && !InRelativeClause(a, layer, keys, from, TokenIndex(layer, floor), cueToken, events)
                                              && !holds.Any(h => h.Verb.End <= a.Range.Start && h.Areas.Contains(a) && h.Who.Range != controllerRange)).ToList();
                // Only a cue that opens its sentence ("Sous contrôle kurde depuis 2015, Manbij ...") holds the areas after it.
                return before.Count > 0 ? before
                    : cueToken - from <= 2 ? areas.Where(a => a.Range.Start >= controllerRange.End).ToList() : [];
            }

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
                        found.Add((c.Item1, c.Item2, c.Item3, UnderAreas(cue.FirstToken, cueRange, c.Item2), cueRange, false));
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

            foreach (var (first, last, side) in slots)
            {
                var cueRange = Range(layer, first, last - first + 1);
                found.Add((side.Item1, side.Item2, side.Item3, UnderAreas(first, cueRange, side.Item2), cueRange, false));
            }

            // "ACTOR a repris (...) le contrôle total de AREA"
            for (int i = from; i < to; i++)
            {
                if (!lex.ControlNouns.Contains(keys[i - from]) || cues.Any(c => i >= c.FirstToken && i < c.FirstToken + c.Length))
                    continue;
                int verbToken = territory.Where(m => m.FirstToken < i && i - m.FirstToken <= 10).Select(m => m.FirstToken).DefaultIfEmpty(-1).Max();
                for (int j = i - 1; verbToken < 0 && j >= Math.Max(from, i - 4); j--)
                    if (lex.GainVerbs.Contains(keys[j - from]))
                        verbToken = j;
                // "announced it had lost control of", "n'a pas repris le contrôle": no gain.
                if (verbToken < 0 || Enumerable.Range(verbToken + 1, i - verbToken - 1).Any(t => lex.LossVerbs.Contains(keys[t - from]) || lex.HoldNegation.Contains(keys[t - from])))
                    continue;
                var verbStart = layer.Tokens[verbToken].Range.Start;
                var who = parties.LastOrDefault(a => a.Range.End <= verbStart);
                if (who is null)
                    continue;
                // "le contrôle total", "full control", "la totalité de": the noun or a word beside it says the whole.
                bool full = lex.Full.Contains(keys[i - from]) || (i + 1 < to && lex.Full.Contains(keys[i + 1 - from])) || (i > from && lex.Full.Contains(keys[i - 1 - from]));
                var nounRange = layer.Tokens[i].Range;
                // The first area after the noun, and those listed with it ("le contrôle de Khan Cheikhoun et de Maaret al-Noomane").
                // A noun of the whole ("la totalité de") says so of the area right after it only ("la totalité des armes stockées à Hama").
                // An area inside a relative clause after the noun ("the hill of Mishtenour, which overlooks the town") is not taken.
                int relative = Enumerable.Range(i + 1, Math.Max(0, to - i - 2)).FirstOrDefault(t => keys[t - from] == "," && events.RelativePronouns.Contains(keys[t + 1 - from]), to);
                var gained = areas.Where(a => a.Range.Start >= nounRange.End && TokenIndex(layer, a.Range.Start) < relative
                                              && (!lex.Full.Contains(keys[i - from]) || Gap(layer, nounRange.End, a.Range.Start) <= 3)).ToList();
                found.Add((who.Actor, who.Range, who.Rule, gained.Count == 0 ? [] : ListAfter(gained[0], gained, layer, keys, from, lex, events), Range(layer, verbToken, i - verbToken + 1), full));
            }

            found.AddRange(holds.Select(h => (h.Who.Actor, h.Who.Range, h.Who.Rule, h.Areas, h.Verb, false)));

            // "IS-held Raqqa", "regime-controlled areas"
            foreach (var suffix in events.HeldSuffixes)
            {
                for (int i = from; i < to; i++)
                {
                    // "the last Islamic State-held town": a side's name of several words ends where the suffix begins.
                    var tr = layer.Tokens[i].Range;
                    var generic = SideQualifiers.HeldClass(keys[i - from], suffix, events.HolderAdjectives) is { } cls ? _actors.Generic(cls, doc.Dispatch.Date) : null;
                    var named = generic is null && keys[i - from].EndsWith(suffix, StringComparison.Ordinal)
                        ? holders.FirstOrDefault(a => a.Range.End == tr.End - suffix.Length && a.Range.Start < tr.Start) : null;
                    var actor = generic ?? named?.Actor;
                    if (actor is null)
                        continue;
                    // "seized full control of the Kurdish-held town of Afrin": after a capture in the sentence, the compound
                    // names who held the town until then, not who holds it now.
                    if (territory.Any(m => m.FirstToken < i))
                        continue;
                    // "IS-held hostages": people held, not an area.
                    if (i + 1 < to && lex.NotAreaNouns.Contains(keys[i + 1 - from]))
                        continue;
                    var next = areas.FirstOrDefault(a => a.Range.Start >= tr.End && Gap(layer, tr.End, a.Range.Start) <= 3)
                               ?? areas.LastOrDefault(a => a.Range.End <= tr.Start && Gap(layer, a.Range.End, tr.Start) <= 3)
                               // "al-Bukamal, the last Islamic State-held town": set after the place by a comma.
                               ?? areas.LastOrDefault(a => a.Range.End <= tr.Start && Gap(layer, a.Range.End, tr.Start) <= 6
                                                           && keys[TokenIndex(layer, a.Range.End) - from] == ","
                                                           && !Enumerable.Range(TokenIndex(layer, a.Range.End) + 1, Math.Max(0, i - TokenIndex(layer, a.Range.End) - 1)).Any(t => keys[t - from] == ","));
                    if (next is not null)
                        found.Add((actor, named?.Range ?? tr, named?.Rule ?? $"lexicon:{lex.Code}/control.json#held:{suffix}", [next], tr, false));
                }
            }

            // "le quartier rebelle de Bab al-Nairab", "the rebel stronghold of Douma": a side's adjective beside a holder noun
            // names who holds the place the noun is of; after a capture in the sentence, who held it until then (not read).
            for (int i = from; i + 2 < to; i++)
            {
                if (!events.HolderNouns.Contains(keys[i - from]) || territory.Any(m => m.FirstToken < i))
                    continue;
                int adjective = i > from && lex.HolderSides.Contains(keys[i - 1 - from]) ? i - 1 : lex.HolderSides.Contains(keys[i + 1 - from]) ? i + 1 : -1;
                int link = Math.Max(i, adjective) + 1;
                if (adjective < 0 || link >= to || !lex.HolderLinks.Contains(keys[link - from])
                    || !events.HolderAdjectives.TryGetValue(keys[adjective - from], out var cls) || _actors.Generic(cls, doc.Dispatch.Date) is not { } actor)
                    continue;
                // "Douma, ultime bastion rebelle de la Ghouta orientale": set after a place by a comma, the noun describes that
                // place, and the place after it only says where it lies. "the former rebel stronghold of": no hold now.
                int start = Math.Min(i, adjective), comma = Enumerable.Range(Math.Max(from, start - 3), start - Math.Max(from, start - 3)).LastOrDefault(t => keys[t - from] == ",", -1);
                if (start > from && lex.PastHolds.Matches(text, layer.Tokens, start - 1, start).Count > 0)
                    continue;
                var of = (comma > from ? areas.LastOrDefault(a => TokenIndex(layer, a.Range.End) == comma) : null)
                         ?? areas.FirstOrDefault(a => TokenIndex(layer, a.Range.Start) is var t && t > link && t - link <= 2);
                if (of is not null)
                    found.Add((actor, layer.Tokens[adjective].Range, $"lexicon:{lex.Code}/control.json#holder_sides:{keys[adjective - from]}", [of],
                        Range(layer, start, 2), false));
            }

            // "la ville, jusque-là tenue par les FDS": who held the area before it changed hands holds it no more.
            var past = lex.PastHolds.Matches(text, layer.Tokens, from, to);
            // "la ville était aux mains des rebelles depuis plus d'un an": a hold told in the imperfect or the pluperfect has ended.
            var pastTense = lex.PastTenseHolds.Matches(text, layer.Tokens, from, to);
            bool Ended(TextRange cueRange) => layer.TokenAtOrAfter(cueRange.Start) is var cue
                && (past.Any(p => p.FirstToken + p.Length <= cue && cue - (p.FirstToken + p.Length) <= 1)
                    || pastTense.Any(p => p.FirstToken + p.Length == cue) || endedCues.Contains(cue));
            // The start of the period the sentence dates ("depuis 2012", "since 2012"): an ended hold held then. Read only for one.
            DateMention? Since() => (doc.Dates ?? []).FirstOrDefault(d => sent.Range.Contains(d.Range)
                && (d.Role == DateRole.PeriodStart || events.PeriodCues.Contains(TokenKeys.Key(text, layer.Tokens[layer.TokenAtOrAfter(d.Range.Start)]))));
            foreach (var f in found)
            {
                bool ended = Ended(f.Cue);
                foreach (var area in f.Areas.Where(a => !DescribesAnother(a, f.Areas, layer, keys, from, lex)))
                {
                    // An ended hold is stated as of the days it is known to have held (PastHold), never as of the filing day;
                    // with no such day it is not stated at all.
                    var held = asOf;
                    if (ended && (held = PastHold(doc, area, f.Actor, Since(), filed)) is null)
                        continue;
                    var share = Share(lex, doc, layer, area, f.Full, sent, keys, from, f.Cue);
                    var evidence = new List<Evidence>
                    {
                        new("area", area.Range, area.Rule),
                        new("controller", f.ActorRange, f.Rule),
                        new("share", f.Cue, $"lexicon:{lex.Code}/control.json"),
                    };
                    result.Add(new ControlAssertion($"{doc.Dispatch.Id[..12]}-c{result.Count + 1}", doc.Dispatch.Id, area.Name, area.Place,
                        f.Actor, share, held, evidence));
                }
            }
        }
        result.AddRange(Captures(doc, lex, layer, result, filed).ToList());
        return result
            // The same statement made twice ("la capitale" in two sentences) is one assertion; two different areas
            // of one governorate ("le nord-est du pays", "l'est de l'Euphrate") stay two.
            .GroupBy(c => (c.AreaPlace?.Admin.Admin1PCode, c.Area.ToLowerInvariant(), c.Controller.Id, c.Share))
            .Select(g => g.First())
            .ToList();
    }

    /// <summary>
    /// "Les rebelles ont pris Maarat al-Nouman", "the army retook Palmyra": a capture coded as an event, by a side the text
    /// names, at a place the text names, says the taker holds the place from that day: a partial hold, as a town named
    /// held is (full control is what the text states, and a statement read from it for the same side wins; one for another
    /// side in the capture's own sentence tells whom the place was taken from, and gives way). A withdrawal (whose first side is who left) and a
    /// campaign total say nothing of who holds what. Only a plain capture is read: its taker named before the capture word
    /// or right after it ("was retaken by the army"), its place named within a few words of it with no thing taken between
    /// (control.json's not_area_nouns: "a pris la totalité des armes stockées à Hama"), and its word coding no other place
    /// ("seize Tal Abyad as Kurds turn to Damascus" leaves unsure which place was taken). When the event's first word (a
    /// headline's) is too far from the side the body names, a capture verb of the side's own sentence, with the place as its
    /// object, is the capture word; not after an aim or an attempt ("to retake", "tenté de reprendre": control.json
    /// capture_guards), unless the words say it succeeded ("managed to": capture_successes).
    /// </summary>
    private IEnumerable<ControlAssertion> Captures(AnalyzedDispatch doc, ControlLexicon lex, TextLayer layer, List<ControlAssertion> stated, DateSpan? filed)
    {
        const int AgentReach = 40, ObjectReach = 10;
        int n = stated.Count;
        var events = doc.Events ?? [];
        var lexicon = _events[doc.Dispatch.Language];
        foreach (var e in events)
        {
            bool taken = TakesGround(e)
                         || (e.SubEventType == "Non-violent transfer of territory" && e.Evidence.Any(v => v.Field == "event_type" && v.Rule.Contains("+unopposed", StringComparison.Ordinal)));
            if (!taken || e.Aggregate || e.Actor1 is not { } taker || e.Where is not { } where || where.Place.Kind == PlaceKind.Country
                || _actors.Describe(taker).Role != ActorRole.Party || _actors.Describe(taker).Class == "civilians")
                continue;
            var area = e.Evidence.FirstOrDefault(v => v.Field == "location" && !v.Rule.StartsWith("context:", StringComparison.Ordinal));
            var side = e.Evidence.FirstOrDefault(v => v.Field == "actor1" && !v.Rule.StartsWith("context:", StringComparison.Ordinal) && !v.Rule.StartsWith("default:", StringComparison.Ordinal));
            if (area is null || side is null
                || stated.Any(c => c.AreaPlace is { } p && p.Id == where.Place.Id && _actors.Describe(c.Controller).Class == _actors.Describe(taker).Class))
                continue;
            // The capture word is the event's first word; or else a capture verb in the sentence that names the side, with
            // the place named as its object: a headline's "seize" is too far from the body's "An alliance ... seized the
            // town of Jisr al-Shughour" to be its verb, and the body's own word then is (not an aim: "an assault to retake").
            var first = e.Evidence.FirstOrDefault(v => v.Field == "event_type");
            int sideSentence = layer.SentenceAt(side.Range.Start);
            Evidence? how = null;
            // A taker named after the capture word is its agent ("was retaken by the army"), not the object of another verb
            // ("La prise de Tal Abyad prive l'EI de ...").
            // So is a taker named right after a taker phrase ("Hajin ... fell to U.S.-backed fighters"; events.json taker_phrases).
            bool agent = layer.TokenAtOrAfter(side.Range.Start) is var st && st > 0
                         && (lexicon.By.Contains(TokenKeys.Key(doc.Content, layer.Tokens[st - 1]))
                             || lexicon.TakerPhrases.Matches(doc.Content, layer.Tokens, Math.Max(0, st - 6), st).Any(m => m.FirstToken + m.Length == st));
            foreach (var v in e.Evidence.Where(v => v.Field == "event_type" && (side.Range.End <= v.Range.Start || (agent && side.Range.Start <= v.Range.End + AgentReach))))
            {
                if (events.Any(o => o != e && o.Where is { } ow && ow.Place.Id != where.Place.Id && o.Evidence.Any(x => x.Field == "event_type" && x.Range == v.Range)))
                    continue;
                if (v == first && PlainObject(v.Range, area.Range))
                {
                    how = v;
                    break;
                }
                if (v != first && layer.SentenceAt(v.Range.Start) == sideSentence && CaptureVerb(v.Range)
                    && (doc.Places ?? []).FirstOrDefault(p => p.Range.Start >= v.Range.End && layer.SentenceAt(p.Range.Start) == sideSentence
                                                             && p.Resolution is Resolved r && r.Place.Id == where.Place.Id && PlainObject(v.Range, p.Range)) is { Resolution: Resolved named } mention)
                {
                    how = v;
                    area = new Evidence("location", mention.Range, named.Rule);
                    break;
                }
            }
            if (how is null)
                continue;
            var asOf = e.When is { } w && (filed is null || w.To <= filed.To) ? DateSpan.OfDay(w.To) : filed;
            // "Maarat al-Nouman, tenue par les rebelles depuis 2012, a été reprise par l'armée": who held the place, told in
            // the capture's own sentence, is whom it was taken from; the capture says who holds it now.
            var sentence = layer.Sentences[layer.SentenceAt(how.Range.Start)].Range;
            stated.RemoveAll(c => c.AreaPlace is { } p && p.Id == where.Place.Id && c.Evidence.All(v => sentence.Contains(v.Range)));
            yield return new ControlAssertion($"{doc.Dispatch.Id[..12]}-c{++n}", doc.Dispatch.Id, area.Range.Of(doc.Content), where.Place, taker, ControlShare.Partial, asOf,
                [area with { Field = "area" }, side with { Field = "controller" }, how with { Field = "share", Rule = "event:" + e.Id + "<" + how.Rule }]);
        }

        bool CaptureVerb(TextRange word)
        {
            int t = layer.TokenAtOrAfter(word.Start), start = layer.TokenAtOrAfter(layer.Sentences[layer.SentenceAt(word.Start)].Range.Start);
            // A verb, not a noun ("the capture of", "new advancement"): a form of a noun entry counts when it is also a
            // gain verb's form ("managed to capture") with no article before it.
            var key = TokenKeys.Key(doc.Content, layer.Tokens[t]);
            bool article = t > start && lexicon.IsArticle(TokenKeys.Key(doc.Content, layer.Tokens[t - 1]));
            return lexicon.Triggers.Matches(doc.Content, layer.Tokens, t, Math.Min(layer.Tokens.Count, t + 4))
                       .Any(m => m.FirstToken == t && m.Value.Class.Name == "territory" && (!m.Value.Nominal || (lex.GainVerbs.Contains(key) && !article)))
                   && !Enumerable.Range(Math.Max(start, t - 3), t - Math.Max(start, t - 3)).Any(i => lex.CaptureGuards.Contains(TokenKeys.Key(doc.Content, layer.Tokens[i]))
                          && !lex.CaptureSuccesses.Matches(doc.Content, layer.Tokens, Math.Max(start, i - 3), i + 1).Any(m => m.FirstToken + m.Length == i + 1));
        }

        // "a pris la totalité des armes stockées à Hama": what was taken is named between the capture word and the place.
        bool PlainObject(TextRange word, TextRange place)
        {
            int first = layer.TokenAtOrAfter(word.End), last = layer.TokenAtOrAfter(place.Start);
            return last - first <= ObjectReach
                   && !Enumerable.Range(first, Math.Max(0, last - first)).Any(t => lex.NotAreaNouns.Contains(TokenKeys.Key(doc.Content, layer.Tokens[t])));
        }
    }

    /// <summary>
    /// "Zabadani, contrôlée depuis 2012 par des rebelles", "held since 2012 by": a two-word 'under' cue with the start of a
    /// period (a period cue and a date) inside it; not after a capture word in the sentence.
    /// </summary>
    private static IEnumerable<PhraseMatch<string>> DatedUnderCues(AnalyzedDispatch doc, ControlLexicon lex, EventLexicon events, TextLayer layer,
        string[] keys, int from, int to, List<PhraseMatch<string>> cues, List<PhraseMatch<Trigger>> territory, HashSet<int> ended)
    {
        for (int i = from; i + 3 < to; i++)
        {
            if (!lex.UnderPairs.TryGetValue(keys[i - from], out var seconds) || !events.PeriodCues.Contains(keys[i + 1 - from])
                || cues.Any(c => i >= c.FirstToken && i < c.FirstToken + c.Length))
                continue;
            var date = (doc.Dates ?? []).FirstOrDefault(d => layer.TokenAtOrAfter(d.Range.Start) is var ds && (ds == i + 1 || ds == i + 2));
            if (date is null || layer.TokenAtOrAfter(date.Range.End) is var after && (after >= to || !seconds.Contains(keys[after - from])))
                continue;
            // "ont repris le poste-frontière de Nassib, tenu depuis avril 2015 par les rebelles": after a capture in the
            // sentence, a hold since a date names who held the place until then: a hold that has ended.
            if (territory.Any(m => m.FirstToken < i))
                ended.Add(i);
            yield return new PhraseMatch<string>(i, after - i + 1, ControlLexicon.Under, $"{keys[i - from]} … {keys[after - from]}");
        }
    }

    /// <summary>A capture by force: the sub-event types in which a side takes ground from another.</summary>
    private static bool TakesGround(EventRecord e) => e.SubEventType is "Government regains territory" or "Non-state actor overtakes territory";

    /// <summary>
    /// The days an ended hold of <paramref name="area"/> by <paramref name="holder"/> is known to have held: from the start
    /// of the period its sentence dates ("tenue depuis avril 2015 par les rebelles") to the day before the first capture of
    /// the area by another side the dispatch codes after that start, or the period of that start alone, or that day before
    /// alone; null when the text gives neither (the hold is then stated nowhere).
    /// </summary>
    private DateSpan? PastHold(AnalyzedDispatch doc, Area area, Actor holder, DateMention? since, DateSpan? filed)
    {
        var start = since is { } s && (filed is null || s.Span.From < filed.From) ? s.Span.From : (LocalDate?)null;
        var side = _actors.Describe(holder).Class;
        var captured = area.Place is null ? null
            : (doc.Events ?? []).Where(e => TakesGround(e) && !e.Aggregate && e.Where?.Place.Id == area.Place.Id && e.When is not null
                                            && e.Actor1 is { } taker && _actors.Describe(taker).Class != side
                                            && (start is not LocalDate from || e.When.From > from))
                .Select(e => (LocalDate?)e.When!.From).Min();
        var end = captured?.PlusDays(-1);
        if (start is LocalDate a && end is LocalDate b)
            return a <= b ? new DateSpan(a, b, TimePrecision.Day) : null;
        // "depuis 2012" alone: held through the period it names, whose last day is surely one it held.
        if (start is not null)
            return since!.Span;
        return end is LocalDate day ? DateSpan.OfDay(day) : null;
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
        // A cue that names an area ("la capitale") does not end the list of a hold verb; one that states control does.
        bool InCue(int t) => cues.Any(c => ControlLexicon.States(c.Value) && t >= c.FirstToken && t < c.FirstToken + c.Length);
        for (int i = from; i < to; i++)
        {
            // "The SDF has controlled Ras al-Ain since 2013": a present perfect holds still (control.json perfect_holds).
            bool perfect = i > from && lex.PerfectHolds.Contains(keys[i - from]) && lex.PerfectAuxiliaries.Contains(keys[i - 1 - from]);
            if (!(holdVerbs.Contains(keys[i - from]) || perfect) || InCue(i))
                continue;
            var verb = layer.Tokens[i].Range;
            // The subject ends right before the verb (or its auxiliary), or before words of hold_between ("encore", "still",
            // ", qui"), or before an apposition between commas ("Jaish al-Islam, the main rebel group in the Ghouta, still controls").
            int b = perfect ? i - 1 : i;
            while (b - 1 >= from && lex.HoldBetween.Contains(keys[b - 1 - from]) && i - (b - 1) <= 3)
                b--;
            var who = parties.LastOrDefault(a => TokenIndex(layer, a.Range.End) == b && a.Range.End <= verb.Start);
            // "Hayat Tahrir al-Cham (HTS) contrôle": the side's acronym in brackets stands between it and the verb.
            if (who is null && b - 1 > from && keys[b - 1 - from] == ")")
            {
                int open = OpeningBracket(keys, from, b - 1);
                if (open > from)
                    who = parties.LastOrDefault(a => TokenIndex(layer, a.Range.End) == open) ?? parties.LastOrDefault(a => TokenIndex(layer, a.Range.End) == b - 1);
            }
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
            // A list of parts after a comma ("qui contrôlent un tiers du pays, dont la majeure partie de Raqqa") is still the clause's.
            bool relative = Enumerable.Range(subjectEnd, i - subjectEnd).Any(t => relatives.Contains(keys[t - from]));
            bool Inclusion(int t) => t + 1 < to && lex.InclusionWords.Contains(keys[t + 1 - from]);
            int end = to, lead = i;
            for (int t = i + 1; t < to && end == to; t++)
            {
                if (breaks.Contains(keys[t - from]) || holdVerbs.Contains(keys[t - from]) || (InCue(t) && !InCue(t - 1)) || (relative && keys[t - from] == "," && !Inclusion(t))
                    || lex.HoldExceptions.Contains(keys[t - from]))
                    end = t;
                else if (lead == i && lex.InclusionWords.Contains(keys[t - from]))
                    lead = t;
            }
            var candidates = areas.Where(a => a.Range.Start >= verb.End && TokenIndex(layer, a.Range.Start) < end
                                              && (a.Place is null || a.Place.CountryCode == _focus)).ToList();
            if (candidates.Count == 0)
                continue;
            int first = TokenIndex(layer, candidates[0].Range.Start);
            if (first - i > 10 && !(lead > i && first > lead && first - lead <= 8))
                continue;
            // The areas follow one another: one named far after the last ("..., and its commander held talks in Damascus") is no longer held.
            var held = new List<Area> { candidates[0] };
            foreach (var a in candidates.Skip(1))
                if (TokenIndex(layer, a.Range.Start) - TokenIndex(layer, held[^1].Range.End) is var gap && (gap <= 7 || (gap <= 9 && JoinerLed(held[^1], layer, keys, from, lex)))
                    || JoinedAfterAside(a, layer, keys, from, lex, events))
                    held.Add(a);
                else
                    break;
            yield return (who, verb, held);
        }
    }

    /// <summary>
    /// What an 'under' cue qualifies, from the word right before it (commas and control.json's hold_between words skipped):
    /// <list type="bullet">
    /// <item>a side ("les FDS, dominées par les Kurdes") or a noun of people or of a group ("des otages aux mains de l'EI",
    /// "une coalition dominée par HTS"): no area, so an empty list;</item>
    /// <item>an area ("vers la région d'Afrine, contrôlée par la Turquie"): that area and those listed with it, not the
    /// other areas of the sentence;</item>
    /// <item>a holder noun ("dans la région contrôlée par"): the area named just before it, else right after the controller;</item>
    /// <item>anything else, a copula or a verb ("est désormais aux mains de"): null, the clause decides.</item>
    /// </list>
    /// </summary>
    private List<Area>? Antecedent(ControlLexicon lex, AnalyzedDispatch doc, TextLayer layer, string[] keys, int from, int cueToken, TextRange controller, List<Area> areas)
    {
        var holderNouns = _events[doc.Dispatch.Language].HolderNouns;
        int t = cueToken - 1;
        while (t >= from && cueToken - t <= 3 && (keys[t - from] == "," || lex.HoldBetween.Contains(keys[t - from])))
            t--;
        if (t < from)
            return null;
        bool EndsAt(TextRange r, int token) => TokenIndex(layer, r.End) == token + 1 && r.End <= layer.Tokens[token].Range.End;
        var actors = (doc.Actors ?? []).Where(a => a.Range.End <= layer.Tokens[cueToken].Range.Start).ToList();
        // "Hayat Tahrir al-Cham (HTS), dominé par": the bracketed acronym of a side.
        int head = t;
        if (keys[t - from] == ")")
        {
            int open = OpeningBracket(keys, from, t);
            if (open > from && actors.Any(a => EndsAt(a.Range, t - 1) || EndsAt(a.Range, open - 1)))
                return [];
            return null;
        }
        if (actors.Any(a => EndsAt(a.Range, head)))
            return [];
        // "les otages français détenus par", "detainees held by": a noun of people or of a group a word or two before the cue.
        for (int k = head; k >= Math.Max(from, head - 2); k--)
        {
            var key = keys[k - from];
            if (lex.NotAreaNouns.Contains(key))
                return [];
            if (holderNouns.Contains(key) || areas.Any(a => EndsAt(a.Range, k)) || !char.IsLetter(key[0]))
                break;
        }
        // "Tadef, une localité toujours tenue par l'EI", "Tadef, a town held by IS": a short noun phrase set after a place by a
        // comma names that place again; the cue holds it alone, not the other places of the clause.
        int comma = Enumerable.Range(Math.Max(from, head - ApposedWords), head - Math.Max(from, head - ApposedWords) + 1).Reverse()
            .FirstOrDefault(k => keys[k - from] == ",", -1);
        var articles = _events[doc.Dispatch.Language];
        if (comma > from && comma < head && articles.IsArticle(keys[comma + 1 - from])
            && Enumerable.Range(comma + 1, head - comma).All(k => char.IsLetter(keys[k - from][0]))
            && areas.LastOrDefault(a => EndsAt(a.Range, comma - 1)) is { } apposed && !Describing(apposed))
            return [apposed];
        // A part of the country or a distance ("Afrin, ville du nord de la Syrie contrôlée par") only says where the subject lies.
        if (areas.LastOrDefault(a => EndsAt(a.Range, head)) is { } named)
            return Describing(named) ? null : ListBefore(named, areas, layer, keys, from, lex, _events[doc.Dispatch.Language]);
        // "ont fui Afrine vers les zones tenues par le régime", "withdrew toward the Afrin region held by Turkey": after a word of
        // destination the zone is where they went, not the places of the clause before: only an area inside the destination phrase.
        var events = _events[doc.Dispatch.Language];
        if (holderNouns.Contains(keys[head - from])
            && Enumerable.Range(Math.Max(from, head - 4), head - Math.Max(from, head - 4)).LastOrDefault(k => events.DestinationWords.Contains(keys[k - from]), -1) is var to && to >= from)
        {
            var inside = areas.Where(a => TokenIndex(layer, a.Range.Start) > to && a.Range.End <= layer.Tokens[head].Range.Start && !Describing(a)).ToList();
            return inside.Count > 0 ? inside
                : areas.Where(a => a.Range.Start >= controller.End && Gap(layer, controller.End, a.Range.Start) <= 3 && !Describing(a)).Take(1).ToList();
        }
        return null;
    }

    /// <summary>How many words a noun phrase set after a place may have and still name it again before a cue ("a small town").</summary>
    private const int ApposedWords = 3;

    /// <summary>The "(" at most eight tokens before the ")" at <paramref name="close"/> ("Hayat Tahrir al-Cham (HTS)"), or -1.</summary>
    private static int OpeningBracket(string[] keys, int from, int close) =>
        Enumerable.Range(Math.Max(from, close - 8), close - Math.Max(from, close - 8)).Reverse().FirstOrDefault(k => keys[k - from] == "(", -1);

    /// <summary>An area inside a relative clause set between commas before the cue ("Khan Cheikhoun, qui se trouve sur la route
    /// de Hama, est tenue par"): it locates the subject, it is not the subject.</summary>
    private static bool InRelativeClause(Area a, TextLayer layer, string[] keys, int from, int floor, int cueToken, EventLexicon events)
    {
        int at = TokenIndex(layer, a.Range.Start);
        int open = Enumerable.Range(Math.Max(from, floor), Math.Max(0, at - Math.Max(from, floor))).Reverse()
            .FirstOrDefault(t => keys[t - from] == "," && t + 1 < cueToken && events.RelativePronouns.Contains(keys[t + 1 - from]), -1);
        if (open < 0 || Enumerable.Range(open + 1, at - open - 1).Any(t => keys[t - from] == ","))
            return false;
        return Enumerable.Range(at, cueToken - at).Any(t => keys[t - from] == ",");
    }

    /// <summary>Whether two areas are one list: joined by a comma or a word of area_joiners, with only articles, "de" and the
    /// words of share cues between ("Khan Cheikhoun et de Maaret al-Noomane", "Douma, Harasta and most of Arbin").</summary>
    private static bool Listed(TextRange first, TextRange second, TextLayer layer, string[] keys, int from, ControlLexicon lex, EventLexicon events)
    {
        int a = TokenIndex(layer, first.End), b = TokenIndex(layer, second.Start);
        if (b < a || b - a > 10)
            return false;
        var gap = Enumerable.Range(a, b - a).Select(t => keys[t - from]).ToList();
        return gap.Any(k => k == "," || lex.AreaJoiners.Contains(k))
               && gap.All(k => k == "," || lex.AreaJoiners.Contains(k) || ListFiller(k, lex, events));
    }

    /// <summary>A word that may stand inside a list of areas without ending it: an article, "of"/"de", a word of a share cue.</summary>
    private static bool ListFiller(string k, ControlLexicon lex, EventLexicon events) =>
        events.Genitive.Contains(k) || events.Definite.Contains(k) || events.Indefinite.Contains(k) || lex.ShareWords.Contains(k);

    /// <summary>"Sukhnah, about 70 km to the northeast, and most of Deir el-Zour province": an area whose list joiner stands right
    /// before it (only articles, "of" and share words between) continues the list after an aside.</summary>
    private static bool JoinedAfterAside(Area a, TextLayer layer, string[] keys, int from, ControlLexicon lex, EventLexicon events)
    {
        for (int t = TokenIndex(layer, a.Range.Start) - 1; t >= from; t--)
        {
            var k = keys[t - from];
            if (lex.AreaJoiners.Contains(k))
                return true;
            if (!ListFiller(k, lex, events))
                return false;
        }
        return false;
    }

    /// <summary>"des provinces de Raqqa et de Deir Ezzor, ainsi que des dizaines de villages autour de Kobané": a joiner right after an area goes on with its list.</summary>
    private static bool JoinerLed(Area a, TextLayer layer, string[] keys, int from, ControlLexicon lex)
    {
        int t = TokenIndex(layer, a.Range.End);
        return Enumerable.Range(t, 2).Any(k => k - from < keys.Length && lex.AreaJoiners.Contains(keys[k - from]));
    }

    private static List<Area> ListAfter(Area first, List<Area> areas, TextLayer layer, string[] keys, int from, ControlLexicon lex, EventLexicon events)
    {
        var list = new List<Area> { first };
        foreach (var a in areas.Where(a => a.Range.Start >= first.Range.End))
            if (Listed(list[^1].Range, a.Range, layer, keys, from, lex, events))
                list.Add(a);
            else
                break;
        return list;
    }

    private static List<Area> ListBefore(Area last, List<Area> areas, TextLayer layer, string[] keys, int from, ControlLexicon lex, EventLexicon events)
    {
        var list = new List<Area> { last };
        foreach (var a in areas.Where(a => a.Range.End <= last.Range.Start).Reverse())
            if (Listed(a.Range, list[0].Range, layer, keys, from, lex, events))
                list.Insert(0, a);
            else
                break;
        return list;
    }

    /// <summary>
    /// "une partie des provinces de Deraa et de Qouneitra, dans le sud", "most of Deir al-Zor province in the east of the
    /// country", "dans le sud, près de Deraa": a part of the country set right beside another area (not joined to it by
    /// "and") says where that area lies, or is said by it; it is not an area of its own.
    /// </summary>
    private static bool DescribesAnother(Area a, List<Area> areas, TextLayer layer, string[] keys, int from, ControlLexicon lex) =>
        Describing(a)
        && areas.Any(b => b != a && !Describing(b)
                          // "villages along the Euphrates south of Mayadin": a distance or bearing after a river is the place meant.
                          && (a.Rule.StartsWith("relative:country", StringComparison.Ordinal) || a.Rule.StartsWith("relative:region", StringComparison.Ordinal) || b.Place?.Kind is not PlaceKind.Feature)
                          && (b.Range.End <= a.Range.Start ? Beside(b.Range, a.Range, layer, keys, from, lex, Reach(a)) : Beside(a.Range, b.Range, layer, keys, from, lex, Reach(a))));

    /// <summary>A part of the country, a spot given by its distance or bearing from a place ("à une trentaine de kilomètres
    /// au nord-ouest de Hama"), or "the city" named again ("the Sheikh Maqsoud district in the north of the city"): set beside
    /// another area, it says where that area lies.</summary>
    private static bool Describing(Area a) =>
        a.Rule.StartsWith("relative:country", StringComparison.Ordinal) || a.Rule.StartsWith("relative:region", StringComparison.Ordinal)
        || a.Rule.StartsWith("relative:distance", StringComparison.Ordinal)
        || a.Rule.StartsWith("relative:direction", StringComparison.Ordinal) || a.Rule.Contains("#anaphora<", StringComparison.Ordinal);

    /// <summary>How many words may stand between a describing area and the area it describes ("district in the north of the city").</summary>
    private static int Reach(Area a) => a.Rule.Contains("#anaphora<", StringComparison.Ordinal) ? 6 : 4;

    /// <summary>Two areas a few words apart and not joined by a word of control.json's area_joiners ("and", "ainsi que").</summary>
    private static bool Beside(TextRange first, TextRange second, TextLayer layer, string[] keys, int from, ControlLexicon lex, int reach = 4)
    {
        int a = TokenIndex(layer, first.End), b = TokenIndex(layer, second.Start);
        return b - a <= reach && !Enumerable.Range(a, Math.Max(0, b - a)).Any(t => lex.AreaJoiners.Contains(keys[t - from]));
    }

    /// <summary>An area named in a sentence: a resolved place, or "la capitale" / "sa grande banlieue" of the country in focus.</summary>
    private sealed record Area(string Name, Place? Place, TextRange Range, string Rule);

    private List<Area> Areas(AnalyzedDispatch doc, int s, List<PhraseMatch<string>> cues, TextLayer layer)
    {
        var sent = layer.Sentences[s].Range;
        var list = (doc.Places ?? [])
            // A whole country is no area a side holds in a dispatch about it ("retook a prison in northeast Syria").
            // Nor is a place abroad ("BEIRUT (Reuters) - ... positions held by militias in eastern Syria").
            .Where(p => sent.Contains(p.Range) && p.Resolution is Resolved { Place.Kind: not PlaceKind.Country } r && r.Place.CountryCode == _focus
                        && !(doc.Actors ?? []).Any(a => a.Range.Overlaps(p.Range)))
            .Select(p => new Area(p.Range.Of(doc.Content), ((Resolved)p.Resolution).Place, p.Range, ((Resolved)p.Resolution).Rule))
            .ToList();
        if (_capitals.TryGetValue(_focus, out var cap))
        {
            foreach (var c in cues.Where(c => c.Value is ControlLexicon.Capital or ControlLexicon.CapitalProvince))
            {
                var r = Range(layer, c.FirstToken, c.Length);
                if (list.Any(a => a.Range.Overlaps(r)))
                    continue;
                // "Homs et sa banlieue": a possessive after another town names that town's outskirts, not the capital's.
                if (c.Value == ControlLexicon.CapitalProvince && list.LastOrDefault(a => a.Range.End <= r.Start && Gap(layer, a.Range.End, r.Start) <= 3) is { } owner
                    && owner.Place is { } p && p.Admin.Admin1PCode != cap.Capital.Admin.Admin1PCode && p.Name != cap.Capital.Name)
                    continue;
                var place = c.Value == ControlLexicon.Capital ? cap.Capital : cap.CapitalProvince;
                list.Add(new Area(r.Of(doc.Content), place, r, $"{place.Id}"));
            }
        }
        // "la ville", "the town": the town named last in the sentences before, when no place follows ("la ville de Manbij").
        foreach (var c in cues.Where(c => c.Value == ControlLexicon.Anaphora))
        {
            var r = Range(layer, c.FirstToken, c.Length);
            if (list.Any(a => a.Range.Overlaps(r) || (a.Range.Start >= r.End && Gap(layer, r.End, a.Range.Start) <= 2)))
                continue;
            // A town named before it in its own sentence ("fighting raged in Aleppo as a barrel bomb hit an opposition area of the
            // city"); else the town the dispatch names most often before; on a tie the first named, the town the dispatch is
            // about (a capital named later as a side's seat, "between the Kurds and Damascus", does not take over).
            bool Town(PlaceMention p) => p.Resolution is Resolved { Place.Kind: PlaceKind.Populated or PlaceKind.Admin2 or PlaceKind.Admin3 } t
                                         && t.Place.CountryCode == _focus && !(doc.Actors ?? []).Any(a => a.Range.Overlaps(p.Range));
            var named = (doc.Places ?? []).LastOrDefault(p => p.Range.Start >= sent.Start && p.Range.End <= r.Start && Town(p))
                ?? (doc.Places ?? []).Where(p => p.Range.End <= sent.Start && Town(p))
                .GroupBy(p => ((Resolved)p.Resolution).Place.Id)
                .OrderBy(g => g.Count()).ThenByDescending(g => g.Min(p => p.Range.Start))
                .Select(g => g.OrderBy(p => p.Range.Start).Last()).LastOrDefault();
            if (named is { Resolution: Resolved town })
                list.Add(new Area(named.Range.Of(doc.Content), town.Place, r, $"lexicon:{_lexicons[doc.Dispatch.Language].Code}/control.json#anaphora<{town.Rule}"));
        }
        return list.OrderBy(a => a.Range.Start).ToList();
    }

    private ControlShare Share(ControlLexicon lex, AnalyzedDispatch doc, TextLayer layer, Area area, bool statedFull, Sentence sent, string[] keys, int from, TextRange cue)
    {
        // "Deir Ezzor est contrôlée en majorité par les FDS", "the province is largely held by": a partial word between the
        // area and its cue, or inside the cue.
        if (area.Range.End <= cue.Start)
        {
            int a = Gap(layer, area.Range.End, cue.Start) <= 4 ? TokenIndex(layer, area.Range.End) : TokenIndex(layer, cue.Start), c = TokenIndex(layer, cue.End);
            if (c > a && lex.Partial.Matches(doc.Content, layer.Tokens, a, c, keys[(a - from)..]).Count > 0)
                return ControlShare.Partial;
        }
        // A partial cue in the few words before the area, or inside the area's own words ("nord d'Alep"), even after a stated
        // full control of another ("le contrôle total de Tartous et de la plupart des localités de la campagne de Lattaquié").
        int areaToken = TokenIndex(layer, area.Range.Start);
        int windowStart = Math.Max(from, areaToken - 6);
        var partial = lex.Partial.Matches(doc.Content, layer.Tokens, windowStart, Math.Min(from + keys.Length, TokenIndex(layer, area.Range.End)), keys[(windowStart - from)..]);
        // "près de 80 % de la province": a share in per cent is a part. So are quarters of a town ("full control over 3
        // neighborhoods in the city"), unless the area is the quarter itself.
        var quarters = _events[doc.Dispatch.Language].QuarterNouns;
        if (partial.Count > 0 || Enumerable.Range(windowStart, areaToken - windowStart).Any(i => lex.PercentWords.Contains(keys[i - from]))
            || (area.Place?.Kind != PlaceKind.Neighbourhood && Enumerable.Range(windowStart, areaToken - windowStart)
                .Any(i => quarters.Contains(keys[i - from]) || (keys[i - from].EndsWith('s') && quarters.Contains(keys[i - from][..^1])))))
            return ControlShare.Partial;
        if (statedFull)
            return ControlShare.Full;
        bool fullCue = Enumerable.Range(windowStart, areaToken - windowStart).Any(i => lex.Full.Contains(keys[i - from]));
        if (fullCue)
            return ControlShare.Full;
        return area.Place?.Kind is PlaceKind.Admin1 ? ControlShare.Full : ControlShare.Partial;
    }

    /// <summary>
    /// "the village remains in Islamic State hands", "in rebel hands": control.json's 'slot_under' cues, the words before and
    /// after a slot where a holding side (or a holder adjective, alone in the slot) is named. Yields the cue's first and last
    /// tokens and the side.
    /// </summary>
    private IEnumerable<(int First, int Last, (Actor, TextRange, string) Side)> SlotCues(AnalyzedDispatch doc, ControlLexicon lex, TextLayer layer,
        string[] keys, int from, int to, List<ActorMention> holders)
    {
        const int SlotReach = 6;
        bool At(string[] words, int t)
        {
            if (t < from || t + words.Length > to)
                return false;
            for (int k = 0; k < words.Length; k++)
                if (keys[t + k - from] != words[k])
                    return false;
            return true;
        }
        foreach (var (before, after) in lex.SlotUnder)
            for (int i = from; i < to; i++)
            {
                if (!At(before, i))
                    continue;
                int slot = i + before.Length;
                for (int e = slot + 1; e <= Math.Min(to - after.Length, slot + SlotReach); e++)
                {
                    if (!At(after, e))
                        continue;
                    int start = layer.Tokens[slot].Range.Start, end = layer.Tokens[e - 1].Range.End;
                    (Actor, TextRange, string)? side = holders.FirstOrDefault(a => a.Range.Start >= start && a.Range.End <= end) is { } h ? (h.Actor, h.Range, h.Rule)
                        : e - slot == 1 ? Adjective(doc, lex, layer, slot, slot + 1) : null;
                    if (side is { } found)
                        yield return (i, e + after.Length - 1, found);
                    break;
                }
            }
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
