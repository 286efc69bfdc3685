using Sitrep.Coding.Context;
using Sitrep.Coding.Lexicon;
using Sitrep.Core.Model;
using NodaTime;

namespace Sitrep.Coding.Events;

/// <summary>A source's statement found in a sentence: who says it, and the reporting words.</summary>
/// <paramref name="Verb"/> is the lemma or phrase of the reporting lexicon that matched ("say", "revendiquer", "selon").
internal sealed record ClaimCue(Actor Source, TextRange SourceRange, TextRange CueRange, string Verb, string Rule);

/// <summary>Everything the coder reads from one dispatch, indexed by sentence.</summary>
internal sealed partial class CodingContext
{
    private readonly AnalyzedDispatch _doc;
    private readonly EventLexicon _lex;
    private readonly IActorCatalog _actors;
    private readonly Defaults _defaults;
    private readonly Frontlines _fronts;
    private readonly string _text;
    private readonly TollMention? _mainToll;
    private readonly Place? _capital;

    public TextLayer Layer { get; }
    public DateSpan? Reference { get; }

    public CodingContext(AnalyzedDispatch doc, EventLexicon lex, IActorCatalog actors, Defaults defaults, Frontlines fronts, Place? capital = null)
    {
        _capital = capital;
        _doc = doc;
        _lex = lex;
        _actors = actors;
        _defaults = defaults;
        _fronts = fronts;
        _mainToll = MainDeadToll(doc.Tolls ?? []);
        _text = doc.Content;
        Layer = doc.RequireText();
        Reference = ReferenceDay(doc);
    }

    public string SentenceText(int s)
    {
        var t = Layer.Sentences[s].Range.Of(_text).ReplaceLineEndings(" ");
        return t.Length <= 400 ? t : t[..400] + "…";
    }

    public bool IsQuestion(int s)
    {
        var sent = Layer.Sentences[s];
        var last = Layer.Tokens[sent.FirstToken + sent.TokenCount - 1];
        return _text[last.Range.Start] == '?';
    }

    private (int From, int To) Span(int s) => (Layer.Sentences[s].FirstToken, Layer.Sentences[s].FirstToken + Layer.Sentences[s].TokenCount);

    private string Key(int token) => TokenKeys.Key(_text, Layer.Tokens[token]);

    private int TokenAt(int pos) => Layer.TokenAtOrAfter(pos);

    private bool InSentence(TextRange r, int s) => Layer.Sentences[s].Range.Contains(r);

    // ---- drafting events -------------------------------------------------------------------------------

    public IEnumerable<Draft> Draft(Unit unit, List<Draft> earlier, ClaimCue? cue)
    {
        int s = unit.Sentence;
        var units = Units(s);
        var mine = units.FindIndex(u => u.FirstToken == unit.FirstToken);
        var (from, to) = Span(s);
        var (clauseStart, clauseEnd) = ClauseOf(units, mine, from, to);

        // Places: resolved mentions this unit owns; several distinct places make several events.
        var places = EventPlaces()
            .Where(p => InSentence(p.Range, s) && !_backgroundTokens.Contains(TokenAt(p.Range.Start)) && ReferenceEquals(Owner(units, TokenAt(p.Range.Start)), units[mine]))
            .Where(p => !(MovesPeople(unit) && IsDestination(p)) && ((Resolved)p.Resolution).Place.Kind != PlaceKind.Country && !InOtherRelativeClause(p, unit))
            .ToList();
        places = places.Where(p => !Shadowed(p, places)).ToList();
        // "Jeudi, l'OSDH avait recensé 35 morts à travers le pays": a count spread over the whole country, with no place of
        // its own, is no event of any place the story named.
        if (places.Count == 0 && CountedCountryWide(s))
            yield break;
        // "Des obus tirés depuis la Syrie ont tué deux civils jeudi à Akçakale": an event whose clause places it only in
        // another country than the one in focus happened there; it is not this country's event, nor a story place's.
        if (places.Count == 0 && HappenedAbroad(unit, units, s))
            yield break;
        // "des obus tirés depuis Douma ... dans un quartier de la capitale": a strike happened where it hit, not where it came from.
        var origin = unit.Head.Class.Name is "remote" or "shelling" ? places.FirstOrDefault(IsOrigin) : null;
        if (ClassFamilies.IsInstrument(unit.Head.Class.Name) && places.Count > 1 && places.Any(p => !IsOrigin(p)))
            places = places.Where(p => !IsOrigin(p)).ToList();
        // "Syrian troops take Khan Sheikhoun in blow to Idlib rebels": a place right before a side's name qualifies the side;
        // with another place in the clause, it is not where the event happened.
        if (places.Count > 1 && places.Any(p => !QualifiesSide(p)))
            places = places.Where(p => !QualifiesSide(p)).ToList();
        // "DARAA, Syria — Rebels in Quneitra agreed ...": the dateline says where the dispatch was filed from; an
        // event whose clause names a place of its own happened there.
        if (places.Count > 1 || places.Any(ForeignDateline))
            places = places.Where(p => !IsDateline(p)).ToList();
        // "IDLIB: Regime forces shelled the town of Kansafra": a bulletin's section header names the governorate the
        // paragraph is about; a place of the sentence's own says where.
        if (places.Count > 1 && places.Any(p => !IsHeader(p)))
            places = places.Where(p => !IsHeader(p)).ToList();

        var (a1, a2) = Sides(unit, clauseStart, clauseEnd);
        // "U.S.-backed forces push into Raqqa as coalition strikes kill civilians": an ally named beside a side is not its foe.
        if (a1 is not null && a2 is not null && Allied(a1.Value, a2.Value))
            a2 = null;
        // "Les rebelles ont attaqué Harasta et bombardé Damas": a unit with no subject of its own shares the subject of the
        // unit before it in the sentence, when nothing but a coordinator or a comma stands between them.
        // A side between the two verbs is then the first verb's object ("attacked army positions near Palmyra and shelled").
        bool sharesSubject = mine > 0 && CoordinatedVerb(unit) && !BreakBetween(units[mine - 1].LastToken, unit.FirstToken)
                             && (a1 is null || a1.Evidence.All(e => e.Range.Start >= units[mine - 1].Range.End && e.Range.End <= unit.Range.Start));
        if (sharesSubject)
        {
            var (ps, pe) = ClauseOf(units, mine - 1, from, to);
            var (subject, _) = Sides(units[mine - 1], ps, pe);
            if (subject is not null && subject.Evidence.All(e => e.Range.End <= units[mine - 1].Range.Start) && subject.Value.Id != a2?.Value.Id)
                a1 = new Sourced<Actor>(subject.Value, subject.Evidence.Select(e => e with { Rule = "context:subject-of-previous-verb<" + e.Rule }).ToList());
        }
        // Civilians are a side only of violence aimed at them (a massacre, an abduction, a shooting at them, a killing with
        // no other trigger); in a battle, a strike, an evacuation or a deal they are victims or evacuees, counted in the toll.
        if (unit.Head.Class.Name is not ("massacre" or "abduction" or "kill" or "shooting") && a2 is not null && _actors.Describe(a2.Value).Role == ActorRole.Civilians)
            a2 = null;
        // "DAMASCUS, Feb 18 (AFP) - ... on Friday": the dateline's day is when the dispatch was filed, not when its events happened.
        var dateline = Dateline();
        var dates = (_doc.Dates ?? []).Where(d => InSentence(d.Range, s) && d.Role is not (DateRole.Background or DateRole.Future) && !(dateline is { } dl && dl.Contains(d.Range)))
            .Select(d => WithPeriodCue(d, from)).ToList();
        // A unit with no date of its own takes the sentence's, but not one another unit of the sentence owns that codes an
        // event of its own ("Les raids ont touché un village proche d'Al-Boukamal, reprise le mois dernier par le régime").
        var myDate = dates.Where(d => ReferenceEquals(Owner(units, TokenAt(d.Range.Start)), units[mine])).FirstOrDefault()
                     ?? dates.FirstOrDefault(d => Owner(units, TokenAt(d.Range.Start)) is var o && (!o.Head.Class.CodesEvent || units.IndexOf(o) < mine));
        var tolls = (_doc.Tolls ?? []).Where(t => InSentence(t.Range, s) && !_backgroundTokens.Contains(TokenAt(t.Range.Start))
                                                  && ReferenceEquals(Owner(units, TokenAt(t.Range.Start)), units[mine])).ToList();
        // "... has killed 437 civilians, most of them in coalition air strikes": a unit after a campaign total, with no toll,
        // place or date of its own, says how the counted died; it is part of that total, not an event of its own.
        if (tolls.Count == 0 && places.Count == 0 && !dates.Any(d => ReferenceEquals(Owner(units, TokenAt(d.Range.Start)), units[mine]))
            && (_doc.Tolls ?? []).Any(t => InSentence(t.Range, s) && t.Kind == CountedKind.Dead && t.Cumulative && t.Range.End <= unit.Range.Start))
            yield break;
        bool campaign = unit.Triggers.Any(t => CampaignWord(t.Range)) || _framedSentences.Contains(s);
        bool periodCampaign = campaign && myDate?.Role == DateRole.PeriodStart;
        var deadTolls = tolls.Where(t => t.Kind is CountedKind.Dead && (IsOwnToll(t) || periodCampaign || OtherStory(s, places))).ToList();
        // The unit's count is the first it gives (a total over a period before a day's count); after "the toll rose to", the
        // latest, largest one.
        var dead = HasTollUpdate(s)
            ? deadTolls.OrderByDescending(t => t == _mainToll).ThenByDescending(t => t.Value.Best).FirstOrDefault()
            : deadTolls.OrderByDescending(t => t == _mainToll).ThenByDescending(t => t.Cumulative).ThenBy(t => t.Range.Start).FirstOrDefault();
        var civiliansOnly = tolls.FirstOrDefault(t => t.Kind is CountedKind.Dead && t.Civilians is not null)?.Civilians;
        var evacuated = tolls.Where(t => t.Kind is CountedKind.Evacuated).ToList();
        bool civilianEvacuees = evacuated.Count > 0 && evacuated.All(t => t.Civilians is { } c && c.Best == t.Value.Best);

        // A campaign counted from a start ("since the offensive began a month ago"), or a toll counted from a stated
        // date ("depuis le 18 février, 1 600 civils ont été tués"), is a total over a period, never one day's.
        // A toll counted from a stated start is a total over the period, when the period is longer than a couple of days
        // ("depuis le 10 décembre"; "since Tuesday" is still one incident's count).
        bool aggregate = (dead?.Cumulative ?? false) || periodCampaign
                         || (myDate?.Role == DateRole.PeriodStart && dead is not null
                             && (myDate.Rule.EndsWith(SinceSuffix, StringComparison.Ordinal) || myDate.Span.Days > 3));
        // "32 combattants ... ont été tués depuis samedi soir" in a Sunday dispatch: a count since the day before is one
        // incident's, not a campaign's.
        if (aggregate && !campaign && myDate?.Role == DateRole.PeriodStart && Reference is { } today
            && Period.Between(myDate.Span.From, today.To, PeriodUnits.Days).Days <= OneIncidentDays)
            aggregate = false;
        // "19 rebels were killed in the battle for the district on Saturday": a campaign word, then one day, after the count
        // (and no source speaking between them: "..., local media reported on Monday") count that day's dead.
        if (aggregate && !periodCampaign && dead is { Cumulative: true } && myDate is { Role: DateRole.Event } day && day.Span.Days == 1
            && day.Range.Start >= dead.Range.End && !HasTollUpdate(s)
            && TokenAt(dead.Range.End) is var after && TokenAt(day.Range.Start) is var on
            && unit.Triggers.Any(t => t.Match.FirstToken >= after && t.Match.FirstToken < on && CampaignWord(t.Range))
            && _lex.Reporting.Matches(_text, Layer.Tokens, after, on).Count == 0)
            aggregate = false;

        var typeEvidence = unit.Triggers.Select(t => new Evidence("event_type", t.Range, t.Match.Value.Rule)).ToList();
        var classes = SplitByInstrument(unit);
        bool separate = OpensSeparately(s);
        var placeChoices = places.Count == 0 ? [null] : places.Cast<PlaceMention?>().ToList();
        bool tollGiven = false;
        foreach (var cls in classes)
        {
            foreach (var pm in placeChoices)
            {
                Sourced<Resolved>? place = pm is null ? null : Located(pm);
                var prev = earlier.LastOrDefault(d => !d.Aggregate || aggregate);
                // "The deal was welcomed ...": a unit that only points back speaks of the last event it can mean.
                var referent = pm is null && myDate is null && !aggregate && a1 is null && a2 is null
                    ? earlier.LastOrDefault(d => !d.Aggregate && PointsBack(unit, d)) : null;
                if (referent is not null)
                    prev = referent;
                bool inherited = false;
                // A campaign total without a place of its own is the campaign of the story ("depuis le début de
                // l'offensive, les combats ont fait 150 morts"); a war-long toll ("la guerre a fait 340 000 morts") codes nothing.
                // So is a total counted from a start the sentence opens with ("Depuis le début de l'escalade, fin avril, plus de
                // 200 civils ont péri").
                if (place is null && aggregate && (!(campaign || _lex.PeriodCues.Contains(Key(from)) || myDate?.Role == DateRole.PeriodStart) || WarWide(s)))
                    continue;
                // "Calm is back to the fronts of X after violent clashes": the place is held by a unit that codes no
                // event (calm, tension), and the clashes it frames happened there.
                place ??= PlaceOfSilentUnit(units, s);
                // A campaign total with no place of its own is the story's: it takes the place of the dispatch's first event,
                // not of the incident told just before it.
                if (place is null && aggregate && earlier.FirstOrDefault(d => !d.Aggregate && d.Place is not null) is { } story
                    && prev?.Place is { } last && !PlaceGeometry.SameAdmin1(story.Place!.Value.Place, last.Value.Place))
                {
                    place = Inherit(story.Place!, "location");
                    inherited = true;
                }
                place ??= NamedAgain(clauseStart, clauseEnd);
                if (place is null && prev?.Place is not null)
                {
                    place = Inherit(prev.Place, "location");
                    inherited = true;
                }
                // "As part of the escalation in the Eastern Ghouta… the regime forces target ...": a sentence that names no
                // place continues the story of the sentence before it in the paragraph, and ACLED coders take its place.
                place ??= PlaceOfPreviousSentence(s);
                // "un attentat à l'entrée ouest de la ville": with no place in the story so far, the dispatch's dateline.
                place ??= DatelinePlace();
                bool near = prev is not null && (inherited || (prev.Place is not null && place is not null && Geo.Near(prev.Place.Value.Place, place.Value.Place)));

                // "Ces raids interviennent alors que le régime masse des renforts": the event pointed back to keeps its sides.
                var actor1 = referent?.Actor1 is { } r1 ? Inherit(r1, "actor1") : a1;
                var actor2 = referent?.Actor2 is { } r2 ? Inherit(r2, "actor2") : a2;
                Sourced<DateSpan>? when;
                bool fromText = false;
                if (aggregate)
                {
                    when = AggregateSpan(myDate, unit.Range);
                    fromText = myDate is not null;
                }
                else if (myDate is not null && myDate.Role == DateRole.Event)
                {
                    when = new Sourced<DateSpan>(myDate.Span, [new Evidence("event_date", myDate.Range, myDate.Rule)]);
                    fromText = true;
                }
                // "Clashes erupted last Wednesday" with no total counted: the event runs from the day it began to the
                // reference day, not the dispatch's day alone.
                else if (myDate is not null && myDate.Role == DateRole.PeriodStart)
                {
                    when = new Sourced<DateSpan>(myDate.Span, [new Evidence("event_date", myDate.Range, myDate.Rule)]);
                    fromText = true;
                }
                else if (prev?.When is not null && !prev.Aggregate
                         && ((prev.DateFromText && SameParagraph(prev.Sentence, s)) || (inherited && PointsBack(unit, prev))))
                {
                    when = Inherit(prev.When, "event_date");
                    fromText = true;
                }
                else
                    when = Fallback(unit.Range);

                var front = place is null ? null : _fronts.At(place.Value.Place, when?.Value, IsRelative(place.Value));
                bool violent = !NonViolent(cls.Name);
                // A side carries over from the previous event at the same place; a side that was itself only a
                // stated default carries over only to violent events, which need an opponent.
                // A side of the class of the one the clause names is that side's ally, not its opponent ("Jaich al-Islam" after
                // "le dernier bastion rebelle").
                // A violent event takes its unnamed sides from the violent event before it, not from an evacuation or a deal
                // between them ("IS fighters withdrew" does not make IS the attacker of the campaign told next).
                // A campaign total is the story's: its unnamed sides are those of the dispatch's first violent event (past the
                // headline, whose few words name sides loosely: "les rebelles" for "les rebelles menés par HTS").
                var sidePrev = aggregate && violent && (earlier.FirstOrDefault(d => !d.Aggregate && Violent(d) && !IsTitle(d.Sentence)) ?? earlier.FirstOrDefault(d => !d.Aggregate && Violent(d))) is { } storyEvent ? storyEvent
                    : violent && prev is not null && !Violent(prev) ? earlier.LastOrDefault(d => (!d.Aggregate || aggregate) && Violent(d)) : prev;
                bool sideNear = sidePrev is not null && (ReferenceEquals(sidePrev, prev) ? near
                    : sidePrev.Place is not null && place is not null && Geo.Near(sidePrev.Place.Value.Place, place.Value.Place));
                // A mine or a bomb whose victims are named ("une mine a explosé au passage d'un véhicule de l'armée") was laid by
                // whoever the front or the defaults say, not by the side of the battle told before.
                // An air strike is flown by a side that has aircraft: after "les rebelles ont repris Saraqeb", "des frappes
                // aériennes" on the town are the other side's, and the rebels are its target.
                if (actor1 is null && actor2 is null && sideNear && cls.Name == "air" && sidePrev!.Actor1 is { } ground && !Flies(ground.Value)
                    && sidePrev.Actor2 is { } flier && Flies(flier.Value))
                {
                    actor1 = Inherit(flier, "actor1");
                    actor2 = Inherit(ground, "actor2");
                }
                // A bomb is laid by whoever is named for it, not by the side of a strike or a battle told before it (nor aimed
                // at that side's target).
                bool bombApart = cls.Name is "explosive" or "suicide" && sidePrev is not null && sidePrev.TriggerClass != cls.Name;
                if (actor1 is null && sideNear && !(cls.Name is "explosive" && actor2 is not null) && !bombApart && !(cls.Name == "air" && !Flies(sidePrev!.Actor1?.Value)) && sidePrev!.Actor1 is not null && sidePrev.Actor1.Value.Id != actor2?.Value.Id && !SameClass(sidePrev.Actor1.Value, actor2?.Value) && (violent || Named(sidePrev.Actor1)))
                    actor1 = Inherit(sidePrev.Actor1, "actor1");
                // "Vendredi, des frappes avaient touché l'hôpital de la ville, tuant 16 civils" in a dispatch whose headline toll
                // keeps the figure out (IsOwnToll): the dead the strike's own clause counts are all civilians, its target
                // (as CiviliansTargeted reads a kept toll), not the town's holder nor the side of the event told before.
                if (actor2 is null && violent && ClassFamilies.IsRemote(cls.Name) && dead is null
                    && tolls.FirstOrDefault(t => t.Kind is CountedKind.Dead && OnlyCivilians(t.Value, t.Civilians)) is { } victims)
                    actor2 = GenericOf("civilians", "actor2", victims.Range);
                // The victims of an execution or an abduction are its own (civilians by default), never the side of a battle before it;
                // and a battle is fought by armed sides, never against the civilians of an attack told before it ("flogging
                // ... in the southern countryside of Damascus and clashes in Eastern Ghouta").
                // Nor is an ally of actor1 its target ("the coalition said it had carried out air strikes" after a mine that hit the SDF).
                if (actor2 is null && sideNear && sidePrev!.Actor2 is not null && sidePrev.Actor2.Value.Id != actor1?.Value.Id && !SameClass(sidePrev.Actor2.Value, actor1?.Value) && (violent || Named(sidePrev.Actor2))
                    && !(actor1 is not null && Allied(actor1.Value, sidePrev.Actor2.Value))
                    && cls.Name is not ("massacre" or "abduction") && !bombApart
                    && !(cls.EventType == "Battles" && _actors.Describe(sidePrev.Actor2.Value).Role == ActorRole.Civilians))
                    actor2 = Inherit(sidePrev.Actor2, "actor2");
                actor1 = LocalJihadists(actor1, place, when);
                actor2 = LocalJihadists(actor2, place, when);
                TriggerClass? force = null;
                if (cls.Name == "protest")
                {
                    // ACLED: the protesters are actor1; whom they protest against is not a side.
                    var protesters = _actors.ById(_defaults.ProtestActor1, _doc.Dispatch.Date);
                    // "un manifestant a été tué par les forces de sécurité qui dispersaient un rassemblement": a killing of
                    // protesters by a named armed side is excessive force against them; the side is actor1, the protesters actor2.
                    var violence = unit.Triggers.Select(t => t.Match.Value.Class).FirstOrDefault(c => c.Name != "protest" && c.ProtesterEventType is not null);
                    bool armed = actor1 is not null && Told(actor1) && _actors.Describe(actor1.Value) is { Role: ActorRole.Party } side && side.Class != "other";
                    if (violence is not null && armed && protesters is not null)
                    {
                        force = violence;
                        actor2 = new Sourced<Actor>(protesters, unit.Triggers.Where(t => t.Match.Value.Class.Name == "protest").Select(t => new Evidence("actor2", t.Range, $"{Defaults.Rule}#protest_actor1")).ToList());
                    }
                    else
                    {
                        // A side of the 'other' class named in the clause (a tribe, a Druze faction) protests as itself; one taken
                        // from the context ("Jordanian air strikes ... Dozens of demonstrators gathered") does not.
                        if (protesters is not null && (actor1 is null || !Told(actor1) || _actors.Describe(actor1.Value).Role != ActorRole.Party || _actors.Describe(actor1.Value).Class != "other"))
                            actor1 = new Sourced<Actor>(protesters, unit.Triggers.Select(t => new Evidence("actor1", t.Range, $"{Defaults.Rule}#protest_actor1")).ToList());
                        actor2 = null;
                    }
                }
                if (cls.Name == "territory" && actor2 is null && actor1 is not null)
                    actor2 = SentenceParty(s, actor1.Value);
                // "Turkish-backed rebels are besieging the Kurdish-held city of Afrin": the holder an attack is aimed at.
                if (actor2 is null && violent && cls.Name is not ("massacre" or "abduction" or "kill"))
                    actor2 = HolderAfter(unit, clauseEnd, actor1);
                var clause = new Clause(s, clauseStart, clauseEnd);
                // "Des avions russes ont mené leurs premières frappes... D'autres frappes ont touché Lataminé": an unattributed
                // strike is the story's air power's, the last side the dispatch named striking from the air.
                if (actor1 is null && cls.Name is "air" or "remote" && _lex.Classes.TryGetValue("air", out var airClass)
                    && earlier.LastOrDefault(d => !d.Aggregate && d.SubEventType == airClass.SubEventType && d.Actor1 is { } a && Told(a) && Flies(a.Value) && a.Value.Id != actor2?.Value.Id) is { Actor1: { } striker })
                    actor1 = new Sourced<Actor>(striker.Value, striker.Evidence.Select(e => e with { Field = "actor1", Rule = "context:story-air-power<" + e.Rule }).ToList());
                // "des obus tirés depuis Douma sont tombés sur Damas": shells fired from a place are its holder's (the front there).
                if (actor1 is null && origin is not null && Located(origin) is var firedFrom && _fronts.At(firedFrom.Value.Place, when?.Value, false) is { } originFront
                    && originFront.Holder != (actor2 is null ? null : _actors.Describe(actor2.Value).Class))
                    actor1 = FromFront(originFront.Holder, originFront, firedFrom, "actor1", unit.Range);
                actor1 ??= DefaultActor1(cls.Name, actor2, unit.Range, front, place, clause);
                // "Les FDS ont proclamé la fin du califat du groupe EI après la prise de Baghouz": with the gainer known only
                // from context, the loser is still the other side the sentence names.
                if (cls.Name == "territory" && actor2 is null)
                    actor2 = SentenceParty(s, actor1.Value);
                // "Russian raids on a market killed 22 people", "a Turkish strike hit a convoy of civilians": a strike aimed at
                // a civilian site, that names no target and counts no fighters, targeted civilians (read once merged).
                var site = violent && actor2 is null && ClassFamilies.IsRemote(cls.Name) ? CivilianSite(unit, clause, tolls) : null;
                if (violent)
                    actor2 ??= DefaultActor2(cls.Name, actor1, unit.Range, civiliansOnly is not null && dead?.Value.Best == civiliansOnly.Best, front, place, clause);

                var effective = force ?? cls;
                // "Israel struck Iranian targets near Damascus": a strike by an air power, with no instrument named, came from the air.
                if (cls.Name == "remote" && _defaults.AirPowers.Contains(actor1.Value.Id) && _lex.Classes.TryGetValue("air", out var air))
                    effective = air;
                // "Les frappes ont tué six combattants" after an air strike at the same place is that air strike.
                else if (cls.Name == "remote" && near && prev is not null && prev.EventType == cls.EventType && prev.Sentence >= s - 1
                    && _lex.Classes.TryGetValue(prev.TriggerClass, out var prevClass))
                    effective = prevClass;
                var (eventType, sub) = TypeOf(effective, actor1, actor2, civilianEvacuees);

                // "Des frappes aériennes et des tirs d'artillerie sur Tal Abyad ont tué neuf civils": one toll told for several
                // events of one clause (two means, or several places) is counted once, on the first of them.
                Sourced<Quantity>? fatalities = dead is null || tollGiven ? null : new Sourced<Quantity>(dead.Value, [new Evidence("fatalities", dead.Range, dead.Rule)]);
                // "killing 31 people, the Observatory said; the committees put the death toll at 40": another, larger figure of
                // the same dead in the unit is the high bound.
                if (fatalities is not null && !dead!.Cumulative)
                    fatalities = WidenedBy(fatalities, deadTolls.Where(t => t != dead && t.Value.Best > dead.Value.High), anotherSource: false) ?? fatalities;
                tollGiven |= fatalities is not null;
                var claims = cue is null ? new List<Claim>() : [MakeClaim(s, cue)];
                yield return new Draft(s, effective.Name, effective.Priority, eventType, sub, actor1, actor2, place, when, fromText,
                    fatalities, fatalities is null ? null : civiliansOnly ?? dead?.Civilians, aggregate, claims, typeEvidence, unit.Range)
                    { Separate = separate, CivilianSite = site };
            }
        }
    }

    /// <summary>
    /// A count of the sentence spread over the whole country right after it ("35 morts à travers le pays", "killed 50 people
    /// nationwide"); not "a nationwide ceasefire".
    /// </summary>
    private bool CountedCountryWide(int s)
    {
        const int Reach = 3;
        var (from, to) = Span(s);
        var wide = _lex.CountryWide.Matches(_text, Layer.Tokens, from, to);
        return wide.Count > 0 && (_doc.Tolls ?? []).Any(t => InSentence(t.Range, s) && TokenAt(t.Range.End) is var after
                                                             && wide.Any(w => w.FirstToken >= after && w.FirstToken - after <= Reach));
    }

    /// <summary>How far into its sentence a cue of another incident may stand ("Elsewhere in the enclave on Wednesday, ...").</summary>
    private const int SeparateCueReach = 2;

    /// <summary>"Elsewhere, ...", "Separately, ...", "Par ailleurs, ...": the sentence opens on an incident of its own.</summary>
    private bool OpensSeparately(int s)
    {
        if (_separate.TryGetValue(s, out bool known))
            return known;
        var (from, to) = Span(s);
        return _separate[s] = _lex.SeparateCues.Matches(_text, Layer.Tokens, from, to).Any(m => m.FirstToken - from <= SeparateCueReach);
    }

    private readonly Dictionary<int, bool> _separate = new();

    /// <summary>The unit's verb follows a coordinator ("and shelled", "et bombardé"; an adverb may stand between).</summary>
    private bool CoordinatedVerb(Unit unit)
    {
        int t = unit.FirstToken;
        if (unit.Triggers[0].Match.Value.Nominal)
            return false;
        return (t > 0 && _lex.Coordinators.Contains(Key(t - 1)) && Key(t - 1) != ",")
               || (t > 1 && _lex.Coordinators.Contains(Key(t - 2)) && Key(t - 2) != "," && Layer.Tokens[t - 1].Kind == TokenKind.Word && !(_doc.Actors ?? []).Any(a => a.Range.Contains(Layer.Tokens[t - 1].Range)));
    }

    /// <summary>Tokens [start, end) of the clause of unit <paramref name="i"/>: from the unit before it (or a clause break) to the unit after it.</summary>
    private (int Start, int End) ClauseOf(List<Unit> units, int i, int from, int to)
    {
        int start = i > 0 ? units[i - 1].LastToken + 1 : from;
        int end = i + 1 < units.Count ? units[i + 1].FirstToken : to;
        // A clause break ("puis", "while", ";") closes a clause: the one before the unit, and the unit's own after it
        // ("Ces raids interviennent alors que le régime masse des renforts").
        for (int t = units[i].FirstToken - 1; t >= start; t--)
            if (_lex.ClauseBreaks.Contains(Key(t))) { start = t + 1; break; }
        for (int t = units[i].LastToken + 1; t < end; t++)
            if (_lex.ClauseBreaks.Contains(Key(t))) { end = t; break; }
        return (start, end);
    }

    /// <summary>
    /// "Under the agreement, ...", "l'attaque a fait cinq morts": every trigger of the unit is a noun after a definite
    /// determiner (an adjective may stand between) and the event before is of a compatible kind, so the unit speaks
    /// of that event again, whatever paragraph it is in.
    /// </summary>
    private bool PointsBack(Unit unit, Draft prev) =>
        ClassFamilies.Compatible(unit.Head.Class.Name, prev.TriggerClass)
        && unit.Triggers.Where(t => t.Match.Value.Class.Name != "kill").All(t => t.Match.Value.Nominal && DefiniteBefore(t.Match.FirstToken))
        && unit.Triggers.Any(t => t.Match.Value.Class.Name != "kill");

    /// <summary>"The attack was carried out by warplanes", "l'attaque": every trigger of the unit (but a killing) is an
    /// anaphoric noun after a definite determiner, which may tell again a violent event of any means.</summary>
    private bool TellsAgain(Unit unit) =>
        unit.Triggers.Any(t => t.Match.Value.Class.Name != "kill")
        && unit.Triggers.Where(t => t.Match.Value.Class.Name != "kill")
            .All(t => t.Match.Length == 1 && RecallsViolence(t.Match));

    /// <summary>"l'attaque", "the attack": a noun of no particular means after a definite determiner points back to violence told before.</summary>
    private bool RecallsViolence(PhraseMatch<Trigger> m) =>
        m.Value.Nominal && _lex.AnaphoricNouns.Contains(Key(m.FirstToken)) && DefiniteBefore(m.FirstToken);

    private static bool Violent(Draft d) => !NonViolent(d.TriggerClass);

    private bool DefiniteBefore(int token) =>
        (token > 0 && _lex.Definite.Contains(Key(token - 1)))
        || (token > 1 && _lex.Definite.Contains(Key(token - 2)) && Layer.Tokens[token - 1].Kind == TokenKind.Word);

    /// <summary>
    /// The dispatch's headline death toll: its first incident (not campaign) toll of the dead, a stated figure before
    /// a vague one ("dozens"). Measured on FA-KES, this is the toll a coder records for an article far more often
    /// than the largest or the sum of its figures.
    /// </summary>
    public static TollMention? MainDeadToll(IReadOnlyList<TollMention> tolls)
    {
        var incident = tolls.Where(t => t.Kind == CountedKind.Dead && !t.Cumulative).ToList();
        return incident.FirstOrDefault(t => t.Value.Qualifier != QuantityQualifier.Vague) ?? incident.FirstOrDefault();
    }

    /// <summary>
    /// Whether an incident may carry this toll: the dispatch's main toll or a smaller one. A larger figure that is not the
    /// headline toll is almost always another count (an earlier incident, a running total). Campaign totals always may.
    /// </summary>
    private bool IsOwnToll(TollMention t) =>
        t.Cumulative || _mainToll is null || t == _mainToll || t.Value.Best <= _mainToll.Value.Best;

    /// <summary>
    /// "Par ailleurs, un kamikaze s'est fait exploser à Al-Bab, tuant au moins 51 personnes": a clause with a place of its
    /// own, in another paragraph than the headline toll, tells another story, whose toll is its own whatever its size. So
    /// does a clause whose sentence names the place in another clause ("ont repris X après des combats ... qui ont fait 30 morts").
    /// </summary>
    private bool OtherStory(int s, List<PlaceMention> places) =>
        _mainToll is not null && !SameParagraph(Layer.SentenceAt(_mainToll.Range.Start), s)
        && (places.Count > 0 || EventPlaces().Any(p => InSentence(p.Range, s) && ((Resolved)p.Resolution).Place.Kind != PlaceKind.Country && !_backgroundTokens.Contains(TokenAt(p.Range.Start))));

    /// <summary>
    /// A sentence with a death toll and no trigger of its own gives its toll to the event just before it, if that had none;
    /// if it had one, the sentence's figure widens its range ("The White Helmets put the death toll at 15").
    /// </summary>
    public void OrphanTolls(int s, List<Draft> drafts)
    {
        if (_backgroundSentences.Contains(s))
            return;
        if (drafts.Count > 0 && drafts[^1] is { Fatalities: { } told } had && had.Sentence >= s - ClaimReach)
        {
            if ((UpdatedBy(told, s) ?? WidenedBy(told, s, anotherSource: false)) is { } wider)
                drafts[^1] = had with { Fatalities = wider };
            return;
        }
        var dead = (_doc.Tolls ?? []).Where(t => InSentence(t.Range, s) && t.Kind == CountedKind.Dead && IsOwnToll(t)).MaxBy(t => t.Value.Best);
        if (dead is null || drafts.Count == 0)
            return;
        var last = drafts[^1];
        // "An air strike hit a market in Douma. The death toll rose to 45": a running count that says it was updated is the
        // incident's own toll now, not a campaign's.
        bool updated = dead.Cumulative && !last.Aggregate && HasTollUpdate(s);
        if (last.Sentence < s - ClaimReach || last.Fatalities is not null || (dead.Cumulative != last.Aggregate && !updated))
            return;
        drafts[^1] = last with
        {
            Fatalities = new Sourced<Quantity>(dead.Value, [new Evidence("fatalities", dead.Range, dead.Rule)]),
            Civilians = dead.Civilians,
        };
    }

    /// <summary>
    /// A told toll whose range another figure of sentence <paramref name="s"/> widens, UCDP-style (best 12 from the first
    /// source, high 16 from the second), or null. A figure far above the told one is a total of something larger.
    /// </summary>
    /// <remarks>Only another source's figure lowers the low bound; a figure of the same story with no source of its own may be
    /// a part of the toll ("30 regime and 39 rebel fighters" of 70) and only raises the high one.</remarks>
    private Sourced<Quantity>? WidenedBy(Sourced<Quantity> told, int s, bool anotherSource) =>
        WidenedBy(told, (_doc.Tolls ?? []).Where(t => InSentence(t.Range, s)), anotherSource);

    /// <summary>The told toll widened by the largest of <paramref name="counts"/> that counts the same dead (not vague, not a
    /// total, at most <see cref="MaxClaimRatio"/> times it), when that count lies outside it; null otherwise.</summary>
    private static Sourced<Quantity>? WidenedBy(Sourced<Quantity> told, IEnumerable<TollMention> counts, bool anotherSource)
    {
        if (told.Value.Qualifier == QuantityQualifier.Vague)
            return null;
        var other = counts.Where(t => t.Kind == CountedKind.Dead && !t.Cumulative
                                      && t.Value.Qualifier != QuantityQualifier.Vague && t.Value.Best <= told.Value.Best * MaxClaimRatio).MaxBy(t => t.Value.Best);
        if (other is null || ((!anotherSource || other.Value.Low >= told.Value.Low) && other.Value.High <= told.Value.High))
            return null;
        return Recounted(told, told.Value with { Low = anotherSource ? Math.Min(told.Value.Low, other.Value.Low) : told.Value.Low, High = Math.Max(told.Value.High, other.Value.High) },
            other, "+another-figure");
    }

    /// <summary>A told toll given a new value by another figure of the text, which joins its evidence with the reason.</summary>
    private static Sourced<Quantity> Recounted(Sourced<Quantity> told, Quantity value, TollMention by, string why) =>
        told with { Value = value, Evidence = told.Evidence.Append(new Evidence("fatalities", by.Range, by.Rule + why)).ToList() };

    /// <summary>
    /// "the toll rose to 15", "le bilan s'est alourdi à 15 morts" (events.json 'toll_updates'): a later, larger figure of the
    /// same dead is the best count now; the earlier one stays as the low bound.
    /// </summary>
    private Sourced<Quantity>? UpdatedBy(Sourced<Quantity> told, int s)
    {
        if (!HasTollUpdate(s))
            return null;
        var later = (_doc.Tolls ?? []).Where(t => InSentence(t.Range, s) && t.Kind == CountedKind.Dead && t.Value.Qualifier != QuantityQualifier.Vague
                                                 && t.Value.Best > told.Value.Best && t.Value.Best <= told.Value.Best * MaxUpdateRatio).MaxBy(t => t.Value.Best);
        if (later is null)
            return null;
        return Recounted(told, later.Value with { Low = Math.Min(told.Value.Low, later.Value.Low), High = Math.Max(told.Value.High, later.Value.High) },
            later, "+update");
    }

    /// <summary>Sentence <paramref name="s"/> says a toll was updated ("rose to", "s'est alourdi"; events.json 'toll_updates').</summary>
    private bool HasTollUpdate(int s)
    {
        if (!_tollUpdates.TryGetValue(s, out bool said))
        {
            var (from, to) = Span(s);
            _tollUpdates[s] = said = _lex.TollUpdates.Matches(_text, Layer.Tokens, from, to).Count > 0;
        }
        return said;
    }

    /// <summary>Whether each sentence asked about says a toll was updated, read once (claims, orphan tolls and updates all ask).</summary>
    private readonly Dictionary<int, bool> _tollUpdates = new();

    /// <summary>A toll updated more than this many times over is a count of something else ("two civilians" then "the war's 500,000").</summary>
    private const long MaxUpdateRatio = 20;

    /// <summary>A second figure more than this many times the told toll is a total of something larger, not a version of it.</summary>
    private const long MaxClaimRatio = 4;

    /// <summary>
    /// "The White Helmets put the death toll at 15", "La défense civile a fait état de 16 morts": units made only of nouns of
    /// the toll itself, in a sentence with no place of its own, right after an event, count that event's dead again;
    /// they are not another event.
    /// </summary>
    public bool OnlyRestatesToll(List<Unit> units, int s, List<Draft> drafts)
    {
        if (units.Count == 0 || !units.All(u => u.Triggers.All(t => _lex.TollNouns.Contains(MatchKey(t.Match)))))
            return false;
        // The event counted again may be a campaign's total ("le bilan ... s'est alourdi à 215 morts ... Le ministère fait
        // état de 156 morts").
        var last = drafts.LastOrDefault();
        if (last is null || last.Sentence < s - 2 || last.Sentence >= s)
            return false;
        return !EventPlaces().Any(p => InSentence(p.Range, s) && ((Resolved)p.Resolution).Place is { Kind: not PlaceKind.Country } place
                                       && (last.Place is not { } at || !Geo.Nested(place, at.Value.Place)));
    }

    private string MatchKey(PhraseMatch<Trigger> m) => string.Join(' ', Enumerable.Range(m.FirstToken, m.Length).Select(Key));

    /// <summary>
    /// A dispatch from a source that reports one kind of event only (an Airwars incident title) and has no trigger word:
    /// one event of that kind at each of its most specific places.
    /// </summary>
    public IEnumerable<Draft> ProfileDrafts(SourceProfile profile)
    {
        if (!_lex.Classes.TryGetValue(profile.TriggerClass, out var cls))
            throw new InvalidDataException($"data/coding/sources.json names class '{profile.TriggerClass}', which data/coding/classes.json does not define");
        var places = EventPlaces().Where(p => ((Resolved)p.Resolution).Place.Kind != PlaceKind.Country).ToList();
        places = places.Where(p => !Shadowed(p, places)).ToList();
        var date = (_doc.Dates ?? []).FirstOrDefault(d => d.Role == DateRole.Event);
        foreach (var pm in places)
        {
            var resolved = (Resolved)pm.Resolution;
            var place = Located(pm);
            var when = date is not null ? new Sourced<DateSpan>(date.Span, [new Evidence("event_date", date.Range, date.Rule)]) : Fallback(pm.Range);
            var rule = $"source-profile:coding/sources.json#{profile.Names[0]}";
            var actor = _actors.Generic(profile.Actor1Class, _doc.Dispatch.Date)
                        ?? throw new InvalidOperationException($"the actor dictionary has no generic actor for class '{profile.Actor1Class}' (data/coding/sources.json names it)");
            var front = _fronts.At(resolved.Place, when?.Value, IsRelative(resolved));
            // On a front, the strike is coded to the front's dyad (the ground war it supports, as UCDP does) with the
            // source's air power as associated actor; elsewhere the air power is the side.
            var sourced = new Sourced<Actor>(actor, [new Evidence("actor1", pm.Range, rule)]);
            var actor1 = front is null ? sourced : FromFront(front.Attacker, front, place, "actor1", pm.Range);
            var actor2 = DefaultActor2(cls.Name, actor1, pm.Range, false, front, place, null);
            IReadOnlyList<Actor> assoc = front is null ? [] : [actor];
            int sentence = Math.Max(0, Layer.SentenceAt(pm.Range.Start));
            yield return new Draft(sentence, cls.Name, cls.Priority, cls.EventType, cls.SubEventType, actor1, actor2, place, when, date is not null,
                null, null, false, [], [new Evidence("event_type", pm.Range, rule)], pm.Range) { Assoc1 = assoc };
        }
    }

    private const string SinceSuffix = "+since";

    /// <summary>A trigger's words are a noun of a campaign ("offensive", "la bataille").</summary>
    private bool CampaignWord(TextRange trigger) => _lex.CampaignNouns.Contains(TokenKeys.Key(trigger.SpanOf(_text)));

    /// <summary>How many days a count "since" a day may run and still be one incident's ("depuis samedi soir" on a Sunday).</summary>
    private const int OneIncidentDays = 1;

    /// <summary>An "Event" date right after "depuis"/"since" ("depuis le 18 février") starts a period.</summary>
    private DateMention WithPeriodCue(DateMention d, int sentenceStart)
    {
        if (d.Role != DateRole.Event)
            return d;
        int t = TokenAt(d.Range.Start);
        for (int i = t - 1; i >= Math.Max(sentenceStart, t - 8); i--)
        {
            // "... since the start of the year: on Saturday, a vehicle blew up": a cue past a ':' or ';' is another clause's.
            if (Key(i) is ":" or ";")
                break;
            if (_lex.PeriodCues.Contains(Key(i)) && !BeforePlace(i + 1))
                return d with { Role = DateRole.PeriodStart, Rule = d.Rule + SinceSuffix };
        }
        return d;
    }

    /// <summary>A place name starts at <paramref name="token"/>, or right after an article there ("depuis la Syrie": where
    /// from, not since when).</summary>
    private bool BeforePlace(int token)
    {
        bool StartsPlace(int t) => t < Layer.Tokens.Count && (_doc.Places ?? []).Any(p => p.Resolution is Resolved && TokenAt(p.Range.Start) == t);
        return StartsPlace(token) || (_lex.Definite.Contains(Key(token)) && StartsPlace(token + 1));
    }

    /// <summary>
    /// The unit's own places lie in another country than the one in focus, named after a locative ("à Akçakale", "in
    /// Kilis", "in the Turkish town of Akcakale"): not a speaker's, a government's or a dateline's. Or its sentence is set
    /// in another country as a whole ("Au Liban, l'armée a ...", "in neighbouring Iraq, where gunmen killed ...").
    /// </summary>
    private bool HappenedAbroad(Unit unit, List<Unit> units, int s) =>
        _capital is { } focus && (_doc.Places ?? []).Any(p =>
            p.Resolution is Resolved { Place: var place } && place.CountryCode is { Length: > 0 } cc && cc != focus.CountryCode
            && InSentence(p.Range, s) && !IsDateline(p) && !Metonym(p)
            // "..., President Erdogan said in a speech in Ankara": where the source spoke.
            && !(ClaimOf(s) is { } claim && p.Range.Start >= claim.CueRange.Start)
            && TokenAt(p.Range.Start) is var t && t > 0
            // "Human losses in Aerial bombardment": a trigger's word is no place, whatever town it spells.
            && !units.Any(u => u.Triggers.Any(g => g.Range.Overlaps(p.Range)))
            && (place.Kind == PlaceKind.Country
                ? CountryFrames(t, TokenAt(p.Range.End) - 1, unit, s)
                : ReferenceEquals(Owner(units, t), unit) && !(_doc.Actors ?? []).Any(a => a.Range.Overlaps(p.Range))
                  && ((CueBefore(t, _lex.Locatives) || SettlementBefore(t, s))
                      || (t > unit.LastToken && (ListedAfterLocative(t, s) || VicinityBefore(p))))));

    /// <summary>
    /// A country named after a locative sets the unit's clause in it: at the head of the sentence, closed by a comma ("Au
    /// Liban, l'armée a bombardé ...", "In Iraq, militants killed ..."), or before a relative of place that opens a clause
    /// where the unit's last word stands ("the attack came as IS grew bolder in neighbouring Iraq, where militants killed ...").
    /// </summary>
    private bool CountryFrames(int first, int last, Unit unit, int s)
    {
        const int Reach = 3;
        int start = Layer.Sentences[s].FirstToken;
        int cue = Enumerable.Range(Math.Max(start, first - Reach), first - Math.Max(start, first - Reach)).Reverse()
            .FirstOrDefault(k => _lex.Locatives.Contains(Key(k)), -1);
        if (cue < 0 || last + 1 >= Layer.Tokens.Count || Key(last + 1) != ",")
            return false;
        if (cue == start && unit.FirstToken > last)
            return true;
        return last + 2 < Layer.Tokens.Count && _lex.LocativeRelatives.Contains(Key(last + 2)) && unit.LastToken > last + 2;
    }

    /// <summary>A settlement noun and a genitive right before token <paramref name="t"/>, after a locative a few words before
    /// ("in the Turkish border town of Akcakale", "dans la ville turque d'Akçakale").</summary>
    private bool SettlementBefore(int t, int s)
    {
        const int Reach = 4;
        int start = Layer.Sentences[s].FirstToken;
        if (t - 2 < start || !_lex.Genitive.Contains(Key(t - 1)))
            return false;
        bool noun = false;
        for (int k = t - 2; k >= Math.Max(start, t - 2 - Reach); k--)
        {
            if (Layer.Tokens[k].Kind != TokenKind.Word)
                return false;
            if (_lex.SettlementNouns.Contains(Key(k)))
                noun = true;
            else if (noun && _lex.Locatives.Contains(Key(k)))
                return true;
        }
        return false;
    }

    /// <summary>One of <paramref name="cues"/> right before token <paramref name="t"/>, or before its article ("in Ankara",
    /// "dans le sud-est de la Turquie", "tirés depuis la Ghouta").</summary>
    private bool CueBefore(int t, IReadOnlySet<string> cues) =>
        t > 0 && (cues.Contains(Key(t - 1)) || (t > 1 && _lex.Definite.Contains(Key(t - 1)) && cues.Contains(Key(t - 2))));

    /// <summary>
    /// "dans plusieurs villes de Turquie, dont Diyarbakir": a place named after a part word ('place_parts') that closes a
    /// locative phrase a few words before is where that phrase puts what happened.
    /// </summary>
    private bool ListedAfterLocative(int t, int s)
    {
        const int Reach = 6;
        int first = Layer.Sentences[s].FirstToken;
        int q = t - 1;
        if (q > first && Key(q) == ",")
            q--;
        if (q < first || !_lex.PlaceParts.Contains(Key(q)))
            return false;
        for (int k = q - 1; k >= Math.Max(first, q - Reach); k--)
        {
            if (Key(k) != "," && IsClauseEdge(k))
                return false;
            if (_lex.Locatives.Contains(Key(k)))
                return true;
        }
        return false;
    }

    /// <summary>
    /// Sentence <paramref name="s"/> is the dispatch's headline: its first sentence, set off by a line break and not closed
    /// by a full stop ("Syrie : un camion piégé fait des dizaines de morts à Azaz").
    /// </summary>
    public bool IsTitle(int s)
    {
        if (s != 0 || Layer.Sentences.Count < 2)
            return false;
        var first = Layer.Sentences[0].Range;
        var gap = new TextRange(first.End, Layer.Sentences[1].Range.Start).SpanOf(_text);
        return gap.Contains('\n') && !first.SpanOf(_text).TrimEnd().EndsWith('.');
    }

    /// <summary>A class that strikes or fights (a strike, a shelling, a bomb, a clash, a shooting): not a capture, a killing word or a deal.</summary>
    private static bool Strikes(string cls) => ClassFamilies.IsRemote(cls) || cls is "clash" or "shooting";

    /// <summary>
    /// "Russian warplanes struck a bakery in Ariha, killing at least 10 civilians": a strike whose only dead are civilians
    /// targeted them (ACLED's actor2 'Civilians'), unless its own words name an armed target. Read on the merged event, so
    /// that a headline's default target does not split it from the lead that counts its dead.
    /// </summary>
    internal Draft CiviliansTargeted(Draft d)
    {
        // "Des hommes en uniforme ont tiré sur tout ce qui bougeait" merged into "60 civils ont été tués": a fight whose
        // other side is the civilians is violence against them, as a killing of civilians is (classes.json 'kill').
        var clash = _lex.Classes.GetValueOrDefault("clash");
        if (clash is not null && d.EventType == clash.EventType && d.Actor2 is { } victims && _actors.Describe(victims.Value).Role == ActorRole.Civilians
            && _lex.Classes.TryGetValue("kill", out var kill) && kill.CivilianEventType is { } vac)
            return d with { EventType = vac, SubEventType = kill.CivilianSubEventType! };
        // "Syrian forces storm Deraa mosque" merged into "... in an assault on protesters": an armed side's fight with the
        // protesters is excessive force against them (classes.json 'clash').
        if (clash is not null && d.EventType == clash.EventType && d.Actor2 is { } crowd && crowd.Value.Id == _defaults.ProtestActor1
            && clash.ProtesterEventType is { } protests && d.Actor1 is { } force && _actors.Describe(force.Value).Role == ActorRole.Party)
            return d with { EventType = protests, SubEventType = clash.ProtesterSubEventType! };
        if (!ClassFamilies.IsRemote(d.TriggerClass) || (d.Actor2 is { } a2 && Told(a2)))
            return d;
        if (d.Fatalities is { } dead && OnlyCivilians(dead.Value, d.Civilians))
            return d with { Actor2 = GenericOf("civilians", "actor2", dead.Evidence[0].Range) };
        return d.CivilianSite is { } site ? d with { Actor2 = site } : d;
    }

    /// <summary>
    /// The civilians a strike's clause names as where it hit (events.json civilian_sites: "un marché", "the hospital", "a
    /// convoy of civilians"), outside the clause's counts, a few words after one of the strike's own words and with no
    /// destination word before it ("the wounded were taken to hospital"); null when a count of its dead names fighters
    /// ("killing 12 fighters near a school") or fighters stand near the site ("casualties of civilians and fighters").
    /// </summary>
    private Sourced<Actor>? CivilianSite(Unit unit, Clause clause, IReadOnlyList<TollMention> tolls)
    {
        var dead = tolls.Where(t => t.Kind is CountedKind.Dead).ToList();
        foreach (var t in dead)
            for (int k = TokenAt(t.Range.Start); k < Layer.Tokens.Count && Layer.Tokens[k].Range.Start < t.Range.End; k++)
                if (_lex.MemberNouns.Contains(Key(k)))
                    return null;
        if (_actors.Generic("civilians", _doc.Dispatch.Date) is not { } civilians)
            return null;
        foreach (var (match, _) in unit.Triggers)
        {
            int from = match.FirstToken + match.Length, to = Math.Min(Math.Min(from + SiteWindow + 1, clause.To), Layer.Tokens.Count);
            for (int k = from; k < to; k++)
                if (_lex.DestinationWords.Contains(Key(k)))
                    to = k;
            // "casualties of civilians and fighters": a strike that hit fighters too was not aimed at civilians alone.
            if (Enumerable.Range(from, Math.Max(0, to - from)).Any(k => _lex.MemberNouns.Contains(Key(k))))
                continue;
            for (int k = from; k < to; k++)
            {
                var range = Layer.Tokens[k].Range;
                if (_lex.CivilianSites.Contains(Key(k)) && !dead.Any(t => t.Range.Contains(range)))
                    return new Sourced<Actor>(civilians, [new Evidence("actor2", range, $"lexicon:{_lex.Language.Code()}/events.json#civilian_sites")]);
            }
        }
        return null;
    }

    /// <summary>How many words after a strike's word its civilian site may stand ("raids on civilian homes", "hit a convoy of civilians").</summary>
    private const int SiteWindow = 6;

    /// <summary>Every one of the counted dead is a civilian, and there are some.</summary>
    private static bool OnlyCivilians(Quantity dead, Quantity? civilians) => civilians is { } c && c.Best == dead.Best && c.Best > 0;

    /// <summary>Strategic developments and protests: ACLED codes them with one side when the text names one.</summary>
    private static bool NonViolent(string cls) => cls is "evacuation" or "transfer" or "agreement" or "arrest" or "protest" or "looting" or "disrupted";

    /// <summary>The side has aircraft (defaults.json air_classes and air_powers); an unknown side may.</summary>
    private bool Flies(Actor? a) => a is null || _defaults.AirPowers.Contains(a.Id) || (_defaults.AirClasses.Contains(_actors.Describe(a).Class) && !_defaults.GroundOnly.Contains(a.Id));

    private bool SameClass(Actor a, Actor? b) => b is not null && _actors.Describe(a).Class == _actors.Describe(b).Class;

    /// <summary>The two sides' classes fought on one side on the dispatch's day (defaults.json 'allies').</summary>
    private bool Allied(Actor a, Actor b) => _defaults.Allied(_actors.Describe(a).Class, _actors.Describe(b).Class, _doc.Dispatch.Date);

    /// <summary>The side rests on the words of its own sentence: not on a stated default, the front, or the context.</summary>
    internal static bool Told(Sourced<Actor> s) =>
        Named(s) && s.Evidence.All(e => !e.Rule.StartsWith("context:", StringComparison.Ordinal) && !e.Rule.StartsWith("frontline:", StringComparison.Ordinal));

    /// <summary>The value rests on words of the text, not only on a stated default of data/coding/defaults.json.</summary>
    internal static bool Named<T>(Sourced<T> s) => s.Evidence.All(e => !e.Rule.Contains(Defaults.Rule, StringComparison.Ordinal));

    /// <summary>Remote violence with both air and ground fire ("l'aviation et l'artillerie ont pilonné") is two events, one per means.</summary>
    private List<TriggerClass> SplitByInstrument(Unit unit)
    {
        var head = unit.Head.Class;
        var instruments = unit.Triggers.Select(t => t.Match.Value.Class).Where(c => c.Name is "air" or "shelling").DistinctBy(c => c.Name).ToList();
        if (instruments.Count > 1 && head.Name is "remote" or "air" or "shelling" or "kill")
            return instruments.OrderByDescending(c => c.Priority).ToList();
        return [head];
    }

    private (string, string) TypeOf(TriggerClass cls, Sourced<Actor> a1, Sourced<Actor>? a2, bool civilianEvacuees = false)
    {
        // "Des centaines de civils ont été évacués de Madaya": an evacuation of civilians alone moves no front.
        if (civilianEvacuees && cls.Name == "evacuation" && cls.CivilianEventType is not null)
            return (cls.CivilianEventType, cls.CivilianSubEventType!);
        if (cls.NonStateSubEventType is not null && a1.Value.Inter != InterCode.StateForces)
            return (cls.EventType, cls.NonStateSubEventType);
        // "Security forces opened fire on demonstrators": ACLED's excessive force against protesters, where the class has it;
        // else protesters are unarmed and violence against them is against civilians.
        if (cls.ProtesterEventType is not null && a2 is not null && a2.Value.Id == _defaults.ProtestActor1)
            return (cls.ProtesterEventType, cls.ProtesterSubEventType!);
        if (cls.CivilianEventType is not null && a2 is not null && (_actors.Describe(a2.Value).Role == ActorRole.Civilians || a2.Value.Id == _defaults.ProtestActor1))
            return (cls.CivilianEventType, cls.CivilianSubEventType!);
        return (cls.EventType, cls.SubEventType);
    }

    // ---- dates ------------------------------------------------------------------------------------------

    /// <summary>
    /// The day the dispatch speaks from: the latest day-precise date in its text that falls within its publication
    /// month (a month-only dispatch plus "lundi 21 mai" gives that Monday), else its own day, else none.
    /// </summary>
    public static DateSpan? ReferenceDay(AnalyzedDispatch doc)
    {
        var date = doc.Dispatch.Date;
        var days = (doc.Dates ?? []).Where(d => d.Role == DateRole.Event && d.Span.Precision == TimePrecision.Day && d.Span.From == d.Span.To).Select(d => d.Span.From);
        if (date is not null)
            days = days.Where(d => d >= date.Earliest.PlusDays(-7) && d <= date.Latest);
        var latest = days.DefaultIfEmpty().Max();
        if (latest != default)
            return DateSpan.OfDay(latest);
        return date?.HasDay == true ? DateSpan.OfDay(date.Earliest) : null;
    }

    private Sourced<DateSpan>? Fallback(TextRange at)
    {
        if (Reference is not null)
            return new Sourced<DateSpan>(Reference, [new Evidence("event_date", at, "context:reference-day")]);
        var date = _doc.Dispatch.Date;
        if (date is null)
            return null;
        var span = date.HasDay
            ? new DateSpan(date.Earliest.PlusDays(-1), date.Earliest, TimePrecision.Week)
            : new DateSpan(date.Earliest, date.Latest, TimePrecision.Month);
        return new Sourced<DateSpan>(span, [new Evidence("event_date", at, "context:dispatch-date")]);
    }

    /// <summary>A campaign total runs from the start its sentence gives ("il y a près d'un mois") to the reference day.</summary>
    private Sourced<DateSpan>? AggregateSpan(DateMention? start, TextRange at)
    {
        var end = Reference?.To ?? _doc.Dispatch.Date?.Latest;
        if (end is null)
            return null;
        if (start is not null)
        {
            var from = start.Span.From < end.Value ? start.Span.From : end.Value.PlusDays(-30);
            return new Sourced<DateSpan>(new DateSpan(from, end.Value, Precision(from, end.Value)), [new Evidence("event_date", start.Range, start.Rule)]);
        }
        // "The clashes erupted on Sunday ... 54 people had been killed since the fighting began": a start told a few sentences
        // before, in the same paragraph, is the campaign's.
        if (StartToldBefore(Layer.SentenceAt(at.Start)) is { } told && told.Span.From <= end.Value)
            return new Sourced<DateSpan>(new DateSpan(told.Span.From, end.Value, Precision(told.Span.From, end.Value)),
                [new Evidence("event_date", told.Range, told.Rule + "+context:campaign-start-told-before")]);
        var guess = end.Value.PlusDays(-30);
        return new Sourced<DateSpan>(new DateSpan(guess, end.Value, TimePrecision.Month), [new Evidence("event_date", at, "context:campaign-without-start")]);
    }

    /// <summary>The start of a period told in the few sentences before sentence <paramref name="s"/>, in its paragraph ("The clashes erupted on Sunday").</summary>
    private DateMention? StartToldBefore(int s) =>
        (_doc.Dates ?? []).LastOrDefault(d => (d.Role == DateRole.PeriodStart || d.Rule.EndsWith(Sitrep.Text.Dates.RuleDateRecognizer.StartDayRule, StringComparison.Ordinal))
                                              && Layer.SentenceAt(d.Range.Start) is var ds && ds >= s - StartReach && ds < s && SameParagraph(ds, s));

    /// <summary>How many sentences before a campaign total its start may be told.</summary>
    private const int StartReach = 3;

    private static TimePrecision Precision(LocalDate from, LocalDate to) =>
        Period.Between(from, to, PeriodUnits.Days).Days <= 7 ? TimePrecision.Week : TimePrecision.Month;
}
