using Sitrep.Coding.Context;
using Sitrep.Coding.Lexicon;
using Sitrep.Core.Model;

namespace Sitrep.Coding.Events;

/// <summary>Sources' statements: who reports a sentence, and when a reported sentence is another version of an event.</summary>
internal sealed partial class CodingContext
{
    // ---- claims -----------------------------------------------------------------------------------------

    /// <summary>"l'OSDH parle de", "selon l'OSDH", "according to SOHR", "state media said": the source of the sentence.</summary>
    public ClaimCue? ClaimOf(int s)
    {
        // Read once a sentence: the side reader asks it for every mention it weighs.
        if (_claimCues.TryGetValue(s, out var known))
            return known;
        return _claimCues[s] = FindClaim(s);
    }

    private readonly Dictionary<int, ClaimCue?> _claimCues = new();

    /// <summary>How many tokens before its reporting verb a source may stand when words such as "de son côté" come between.</summary>
    private const int SourceReach = 7;

    /// <summary>How many sentences back the last event may be told and a reported sentence still tell it again.</summary>
    private const int ClaimReach = 4;

    private ClaimCue? FindClaim(int s)
    {
        var (from, to) = Span(s);
        var cues = _lex.Reporting.Matches(_text, Layer.Tokens, from, to);
        if (cues.Count == 0)
            return null;
        // Civilians are whom a toll counts ("tuant quatre civils, selon Sana"), never who speaks of it.
        var actors = (_doc.Actors ?? []).Where(a => InSentence(a.Range, s) && _actors.Describe(a.Actor).Role != ActorRole.Civilians).ToList();
        foreach (var cue in cues)
        {
            var cueRange = new TextRange(Layer.Tokens[cue.FirstToken].Range.Start, Layer.Tokens[cue.FirstToken + cue.Length - 1].Range.End);
            // A source stands just before its verb ("l'OSDH parle de") or just after "selon"/"according to".
            var before = actors.Where(a => a.Range.End <= cueRange.Start && TokenAt(cueRange.Start) - TokenAt(a.Range.End) <= 3).LastOrDefault();
            // "La défense civile a de son côté fait état de 16 morts", "the White Helmets, for their part, put the toll at 15":
            // a source named a few words before the verb, with no other mention between, still speaks.
            if (before is null && actors.Where(a => a.Range.End <= cueRange.Start && TokenAt(cueRange.Start) - TokenAt(a.Range.End) <= SourceReach).LastOrDefault() is { } far
                && _actors.Describe(far.Actor).Role == ActorRole.Source)
                before = far;
            var after = actors.Where(a => a.Range.Start >= cueRange.End && TokenAt(a.Range.Start) - (cue.FirstToken + cue.Length) <= 2).FirstOrDefault();
            // "..., appuyée par l'aviation russe, a annoncé l'armée syrienne", "..., said the army": a reporting verb right after a
            // comma, with its subject after it, is an inverted speech clause; the side before the comma belongs to what was said.
            int c = cue.FirstToken - 1;
            if (c > from && _lex.SpeechAuxiliaries.Contains(Key(c)))
                c--;
            // The speaker then ends the clause ("Russia, which backs Assad, said Turkish troops had been ..." is no inversion).
            bool inverted = after is not null && c >= from && Key(c) == ","
                            && TokenAt(after.Range.End) is var e && (e >= to || Key(e) is "," or "." or ";" or ":" or "»" or "\"");
            var who = inverted ? after
                : new[] { before, after }.FirstOrDefault(a => a is not null && _actors.Describe(a.Actor).Role == ActorRole.Source) ?? before ?? after;
            if (who is not null)
                return new ClaimCue(who.Actor, who.Range, cueRange, cue.Value, $"lexicon:{_lex.Language.Code()}/events.json#reporting:{cue.Value}");
        }
        return null;
    }

    /// <summary>
    /// A reported sentence that adds nothing but its source's version (no new side, no date of its own) to an event of
    /// the two sentences before becomes a claim on that event. Returns false when the sentence holds events of its own.
    /// </summary>
    public bool AttachClaim(List<Draft> drafts, int s, List<Unit> units, ClaimCue cue)
    {
        // "Elsewhere, barrel bombs killed 19 people, the Observatory said": a sentence that opens on another incident tells it
        // as an event of its own, not a source's version of the last one.
        if (units.Count > 0 && OpensSeparately(s))
            return false;
        // A headline's event is not what a reported lead tells again: the lead tells it in full, as an event of its own
        // (merged with the headline's afterwards).
        // A sentence that only gives a source's count ("Le ministère fait état de 156 morts") may count a campaign's total too.
        var recent = drafts.Where(d => d.Sentence >= s - 2 && (!d.Aggregate || units.Count == 0) && !(units.Count > 0 && IsTitle(d.Sentence))).ToList();
        // A story's sources speak one after the other ("The Observatory said ... The White Helmets put ... State media said
        // ..."): the last event told a few sentences before, with nothing told since, is still the one they speak of.
        if (recent.Count == 0 && drafts.LastOrDefault() is { Aggregate: false } last && last.Sentence >= s - ClaimReach && !(units.Count > 0 && IsTitle(last.Sentence)))
            recent = [last];
        if (recent.Count == 0)
            return false;
        // "Les combats, qui ont commencé il y a une semaine, ont fait 462 morts, selon l'OSDH": a total counted from a stated
        // start is an event of its own (an aggregate over the period), not another version of the day's event.
        // So is a total "since the fighting began", whose start a sentence before told: not an updated count ("rose to").
        if (units.Count > 0 && (_doc.Tolls ?? []).Any(t => InSentence(t.Range, s) && t.Kind == CountedKind.Dead && t.Cumulative)
            && ((_doc.Dates ?? []).Any(d => InSentence(d.Range, s) && d.Role == DateRole.PeriodStart) || !HasTollUpdate(s) && StartToldBefore(s) is not null))
            return false;
        Draft? target = units.Count == 0
            ? recent[^1]
            : recent.LastOrDefault(d => units.All(u => ClassFamilies.SameHappening(u.Head.Class, d) || (Violent(d) && (TellsAgain(u) || (units.Any(TellsAgain) && MeansOnly(u))))));
        if (target is null)
            return false;
        var sentenceActors = (_doc.Actors ?? []).Where(a => InSentence(a.Range, s) && a.Range != cue.SourceRange
                                                           && _actors.Describe(a.Actor).Role == ActorRole.Party).ToList();
        var known = new[] { target.Actor1?.Value.Id, target.Actor2?.Value.Id };
        // "des obus tirés par les groupes terroristes" after the regime's strikes: the side struck before now strikes,
        // as the passive agent of the sentence's own trigger. That is another event, not a version of the first.
        if (units.Count > 0 && target.Actor2 is { } struck && target.Actor1 is { } striker && !SameClass(striker.Value, struck.Value)
            && (sentenceActors.Any(a => SameClass(a.Actor, struck.Value) && After(TokenAt(a.Range.Start), _lex.By))
                || StrikesBack(units, struck.Value)))
            return false;
        // A new side is a new event, unless the sentence only tells the event again ("Washington accused Russia of the
        // attack": whom a source blames is its claim).
        if (units.Count > 0 && !units.All(TellsAgain) && sentenceActors.Any(a => !known.Contains(a.Actor.Id)))
            return false;
        // "The monitor said the previous day's bombardment had killed 34 civilians": a reported event dated another day than
        // the earlier one is that day's event, not another version of it.
        if (units.Count > 0 && target.When is { } tw && (_doc.Dates ?? []).Any(d => InSentence(d.Range, s) && d.Role == DateRole.Event
                                                                                 && (d.Span.To < tw.Value.From || d.Span.From > tw.Value.To)))
            return false;
        // "L'ONU fait état de civils exécutés à Boustan al-Qasr" after shelling placed elsewhere (or nowhere): a reported
        // event with a place of its own is that place's event, not another version of the earlier one. A place in
        // another country than the earlier event's ("un bilan qu'Ankara conteste") is who disputes it, not where it was.
        if (units.Count > 0 && EventPlaces().Any(p => InSentence(p.Range, s) && ((Resolved)p.Resolution).Place is { Kind: not PlaceKind.Country } place
                                                     && (target.Place is not { } t
                                                         || (place.CountryCode == t.Value.Place.CountryCode && !Geo.Nested(place, t.Value.Place)))))
            return false;
        int i = drafts.IndexOf(target);
        // An event told without a toll, or with a vague one ("killed dozens"), takes the toll its source gives ("reports that
        // regime forces killed 1,300 people", "the attack killed at least 58 civilians, the monitor said").
        // A reported sentence whose events were all background ("in which activists say hundreds died in February") gives
        // no toll to the event before it.
        bool backgroundOnly = units.Count == 0 && _backgroundSentences.Contains(s);
        var dead = !backgroundOnly && (target.Fatalities is null || target.Fatalities.Value.Qualifier == QuantityQualifier.Vague)
            ? (_doc.Tolls ?? []).Where(t => InSentence(t.Range, s) && t.Kind == CountedKind.Dead && !t.Cumulative && IsOwnToll(t)
                                           && (target.Fatalities is null || t.Value.Qualifier != QuantityQualifier.Vague)).MaxBy(t => t.Value.Best)
            : null;
        // "Islamic State claimed the attack", "l'EI a revendiqué l'attentat": a side that takes responsibility did the event,
        // when the text had named nobody for it in the event's own words (a side from the context or the front is no one named).
        var (actor1, actor2) = (target.Actor1, target.Actor2);
        if (TakesResponsibility(cue) && _actors.Describe(cue.Source).Role == ActorRole.Party
            && (actor1 is null || !Told(actor1) || actor1.Value.Id == _defaults.ExplosiveActor1))
        {
            // The side was only taken from context as the target; now that it claims the attack, the target is unknown
            // and the attack's victims are civilians unless the text named others.
            if (actor2 is not null && actor2.Value.Id == cue.Source.Id)
                actor2 = GenericOf("civilians", "actor2", cue.CueRange);
            if (actor2 is null || actor2.Value.Id != cue.Source.Id)
                actor1 = new Sourced<Actor>(cue.Source, [new Evidence("actor1", cue.SourceRange, cue.Rule + "+responsibility")]);
        }
        // Another source's figure for a told toll widens its range, UCDP-style ("tuant 12 civils, selon l'OSDH. La défense
        // civile a fait état de 16 morts": best 12, high 16); the best stays the first source's.
        var fatalities = dead is null ? target.Fatalities : new Sourced<Quantity>(dead.Value, [new Evidence("fatalities", dead.Range, dead.Rule)]);
        // "Le bilan s'est alourdi à 45 morts, selon l'OSDH, qui faisait auparavant état de 30 morts": the earlier count of an
        // updated toll is its low bound, the update its best.
        if (dead is not null && UpdatedBy(fatalities!, s) is { } updatedToll)
            fatalities = updatedToll;
        // "An air strike hit a market in Douma. The death toll rose to 45, the Observatory said": the updated count of an
        // incident told with no toll is its toll.
        else if (dead is null && !backgroundOnly && target.Fatalities is null && !target.Aggregate && HasTollUpdate(s)
                 && (_doc.Tolls ?? []).Where(t => InSentence(t.Range, s) && t.Kind == CountedKind.Dead && t.Cumulative && t.Value.Qualifier != QuantityQualifier.Vague)
                     .MaxBy(t => t.Value.Best) is { } running)
        {
            fatalities = new Sourced<Quantity>(running.Value, [new Evidence("fatalities", running.Range, running.Rule + "+update")]);
            dead = running;
        }
        if (dead is null && !backgroundOnly && target.Fatalities is { } told
            && (UpdatedBy(told, s) ?? WidenedBy(told, s, anotherSource: !target.Claims.Any(c => c.Source == cue.Source.Name))) is { } wider)
            fatalities = wider;
        // "The blast ripped through a truck. A doctor said 24 bodies had been brought in": the first figure of the dead kept out
        // of a retelling with no toll (larger than the headline's 20) may still widen the toll of the event the retelling merges into.
        var untaken = dead is null && !backgroundOnly && target.Fatalities is null
            ? (_doc.Tolls ?? []).Where(t => InSentence(t.Range, s) && t.Kind == CountedKind.Dead && !t.Cumulative && t.Value.Qualifier != QuantityQualifier.Vague).MinBy(t => t.Range.Start)
            : null;
        drafts[i] = target with
        {
            Actor1 = actor1,
            Actor2 = actor2,
            Claims = target.Claims.Append(MakeClaim(s, cue)).ToList(),
            Fatalities = fatalities,
            Civilians = dead is null ? target.Civilians : dead.Civilians,
            SourceCounts = untaken is null ? target.SourceCounts
                : target.SourceCounts.Append(new Sourced<Quantity>(untaken.Value, [new Evidence("fatalities", untaken.Range, untaken.Rule + "+another-source")])).ToList(),
        };
        return true;
    }

    /// <summary>"Turkish drones killed 16 Syrian soldiers" after the strike that killed Turkish soldiers: a unit whose own
    /// subject is of the side struck before is that side's answer, another event.</summary>
    private bool StrikesBack(List<Unit> units, Actor struck)
    {
        var (from, to) = Span(units[0].Sentence);
        for (int i = 0; i < units.Count; i++)
        {
            // "The SDF said it repelled the assault": a unit that names the attack told before with a definite noun answers
            // that attack; it does not strike back.
            if (!Strikes(units[i].Head.Class.Name)
                || units[i].Triggers.Any(t => RecallsViolence(t.Match)))
                continue;
            var (start, end) = ClauseOf(units, i, from, to);
            if (Sides(units[i], start, end).A1 is { } a1 && Named(a1) && SameClass(a1.Value, struck))
                return true;
        }
        return false;
    }

    /// <summary>"the attack was carried out by government warplanes": a unit of nothing but nouns of a means (aircraft,
    /// artillery) says how the attack told again was made, not another event.</summary>
    private static bool MeansOnly(Unit unit) =>
        unit.Triggers.All(t => t.Match.Value.Nominal && t.Match.Value.Class.Name is "air" or "shelling");

    public Claim MakeClaim(int s, ClaimCue cue)
    {
        var sent = Layer.Sentences[s].Range;
        var says = new TextRange(cue.CueRange.End, sent.End).Of(_text).Trim(' ', ',', ':', '.').ReplaceLineEndings(" ");
        if (cue.SourceRange.Start >= cue.CueRange.End)
            says = new TextRange(cue.SourceRange.End, sent.End).Of(_text).Trim(' ', ',', ':', '.').ReplaceLineEndings(" ");
        // A claim's figure is a count of people (a toll); "dozens of missiles", "five years of war" or "30 km west" are not.
        // Those who fled are no figure of what a source says happened ("près d'un million de personnes ont fui").
        var figure = (_doc.Tolls ?? []).Where(t => InSentence(t.Range, s) && t.Kind != CountedKind.Displaced).Select(t => t.Value).FirstOrDefault();
        return new Claim(cue.Source.Name, sent, says, figure, cue.Rule);
    }

    /// <summary>
    /// The cue takes responsibility for an event ("IS claimed responsibility", "l'EI a revendiqué l'attentat", "an attack
    /// claimed by IS"), not only reports one ("in what two groups claimed was a gas attack").
    /// </summary>
    private bool TakesResponsibility(ClaimCue cue)
    {
        if (!_lex.ResponsibilityVerbs.Contains(cue.Verb))
            return false;
        if (_lex.ResponsibilityObjects.Count == 0 || cue.SourceRange.Start > cue.CueRange.Start)
            return true;
        int next = TokenAt(cue.CueRange.End);
        return next < Layer.Tokens.Count && _lex.ResponsibilityObjects.Contains(Key(next));
    }
}
