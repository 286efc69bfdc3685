using Sitrep.Coding.Context;
using Sitrep.Coding.Lexicon;
using Sitrep.Core.Model;
using NodaTime;

namespace Sitrep.Coding.Events;

/// <summary>A source's statement found in a sentence: who says it, and the reporting words.</summary>
internal sealed record ClaimCue(Actor Source, TextRange SourceRange, TextRange CueRange, string Rule);

/// <summary>Everything the coder reads from one dispatch, indexed by sentence.</summary>
internal sealed class CodingContext
{
    private readonly AnalyzedDispatch _doc;
    private readonly EventLexicon _lex;
    private readonly IActorCatalog _actors;
    private readonly Defaults _defaults;
    private readonly Frontlines _fronts;
    private readonly string _text;
    private readonly TollMention? _mainToll;

    public TextLayer Layer { get; }
    public DateSpan? Reference { get; }

    public CodingContext(AnalyzedDispatch doc, EventLexicon lex, IActorCatalog actors, Defaults defaults, Frontlines fronts)
    {
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

    // ---- triggers and units ------------------------------------------------------------------------------

    /// <summary>The trigger units of a sentence: triggers that are not negated, hypothetical, or part of a name.</summary>
    public List<Unit> Units(int s)
    {
        if (!_units.TryGetValue(s, out var units))
            _units[s] = units = FindUnits(s);
        return units;
    }

    private readonly Dictionary<int, List<Unit>> _units = new();

    private List<Unit> FindUnits(int s)
    {
        var (from, to) = Span(s);
        var matches = _lex.Triggers.Matches(_text, Layer.Tokens, from, to);
        // "Turkish-backed rebels took Manbij": a verb that gains ground only when a place name follows it.
        if (_lex.PlaceVerbs.Count > 0)
        {
            var placeStarts = (_doc.Places ?? []).Where(p => p.Resolution is Resolved { Place.Kind: not PlaceKind.Country }).Select(p => TokenAt(p.Range.Start)).ToHashSet();
            for (int t = from; t + 1 < to; t++)
                if (_lex.PlaceVerbs.TryGetValue(Key(t), out var verb) && placeStarts.Contains(t + 1) && !matches.Any(m => t >= m.FirstToken && t < m.FirstToken + m.Length))
                    matches.Add(new PhraseMatch<Trigger>(t, 1, verb, Key(t)));
            matches.Sort((a, b) => a.FirstToken.CompareTo(b.FirstToken));
        }
        var blocked = _lex.Blockers.Matches(_text, Layer.Tokens, from, to);
        var warnings = _lex.Warnings.Matches(_text, Layer.Tokens, from, to);
        var negated = new HashSet<int>();
        var placeNames = (_doc.Places ?? []).Select(p => p.Range).ToList();
        var actorNames = (_doc.Actors ?? []).Select(a => a.Range).ToList();
        var units = new List<Unit>();
        var weak = new List<(PhraseMatch<Trigger>, TextRange)>();
        Unit? current = null;
        foreach (var m in matches)
        {
            var range = new TextRange(Layer.Tokens[m.FirstToken].Range.Start, Layer.Tokens[m.FirstToken + m.Length - 1].Range.End);
            // A trigger word inside a place name is part of the name; inside an actor's words it still says how
            // ("l'aviation" is both the air force and an air strike), but a clash word inside a group's name does not.
            // A supporter's instrument ("appuyée par l'aviation russe") is how the side was helped, not a strike of its own.
            bool instrument = m.Value.Class.Name is "air" or "shelling";
            if (placeNames.Any(n => n.Contains(range)) || (!instrument && actorNames.Any(n => n.Contains(range)))
                || (instrument && (_doc.Actors ?? []).Any(a => a.Range.Contains(range) && IsSupporter(a)))
                || blocked.Any(b => m.FirstToken >= b.FirstToken && m.FirstToken < b.FirstToken + b.Length))
                continue;
            if (SinceFrame(m) || Resumes(m, matches))
                continue;
            // "La Turquie a mis en garde contre un « massacre »": what a warning names has not happened.
            if (Negated(m.FirstToken, from) || warnings.Any(w => w.FirstToken + w.Length <= m.FirstToken && m.FirstToken - (w.FirstToken + w.Length) <= 3
                                                                 && !Enumerable.Range(w.FirstToken + w.Length, m.FirstToken - w.FirstToken - w.Length).Any(IsClauseEdge)))
                negated.Add(m.FirstToken);
            // "killed", "morts" only head an event of their own when nothing else in the sentence does: otherwise they
            // are the toll of the event they follow.
            if (m.Value.Class.Name == "kill")
            {
                if (current is not null && !BreakBetween(current.LastToken, m.FirstToken))
                    current.Triggers.Add((m, range));
                else
                    weak.Add((m, range));
                continue;
            }
            bool joins = current is not null
                         && (ClassFamilies.Compatible(current.Head.Class.Name, m.Value.Class.Name) || MeansOf(current, m))
                         && !BreakBetween(current.LastToken, m.FirstToken)
                         && !PlaceBetween(current.LastToken, m.FirstToken);
            if (!joins)
            {
                current = new Unit { Sentence = s };
                units.Add(current);
            }
            current!.Triggers.Add((m, range));
        }
        if (units.Count == 0 && weak.Count > 0)
        {
            var unit = new Unit { Sentence = s };
            unit.Triggers.AddRange(weak);
            units.Add(unit);
        }
        else if (weak.Count > 0)
        {
            foreach (var w in weak)
                Owner(units, w.Item1.FirstToken).Triggers.Add(w);
            foreach (var u in units)
                u.Triggers.Sort((a, b) => a.Match.FirstToken.CompareTo(b.Match.FirstToken));
        }
        // A unit is not an event when any of its words is negated or hypothetical ("les avions n'ont pas bombardé"),
        // or when its clause is background ("Douma has been shelled many times since 2011").
        return units.Where(u => !u.Triggers.Any(t => negated.Contains(t.Match.FirstToken)) && !InBackgroundClause(u, from, to)).ToList();
    }

    private bool InBackgroundClause(Unit unit, int from, int to)
    {
        int left = unit.FirstToken, right = unit.LastToken;
        while (left > from && !IsClauseEdge(left - 1)) left--;
        while (right < to - 1 && !IsClauseEdge(right + 1)) right++;
        var clause = new TextRange(Layer.Tokens[left].Range.Start, Layer.Tokens[right].Range.End);
        var dates = (_doc.Dates ?? []).Where(d => clause.Contains(d.Range)).ToList();
        if (dates.Count > 0 && dates.All(d => d.Role == DateRole.Background))
            return true;
        // "Depuis 2011, Douma a été bombardée...": a background frame opening the sentence covers it, unless the
        // sentence dates an event of its own.
        var sentence = new TextRange(Layer.Tokens[from].Range.Start, Layer.Tokens[to - 1].Range.End);
        var inSentence = (_doc.Dates ?? []).Where(d => sentence.Contains(d.Range)).ToList();
        int firstEdge = Enumerable.Range(from, to - from).FirstOrDefault(IsClauseEdge, to);
        bool framed = firstEdge < unit.FirstToken && _lex.PeriodCues.Contains(Key(from))
                      && inSentence.Any(d => d.Role == DateRole.Background && d.Range.End <= Layer.Tokens[firstEdge].Range.Start);
        return framed && inSentence.All(d => d.Role != DateRole.Event);
    }

    /// <summary>
    /// "the deadliest day since a Turkish-Russian deal set up a buffer zone", "depuis l'accord de septembre": a happening
    /// named after "since" dates the sentence; it is not reported by it. Campaign nouns ("depuis le début de
    /// l'offensive") still frame a campaign total.
    /// </summary>
    private bool SinceFrame(PhraseMatch<Trigger> m)
    {
        if (!m.Value.Nominal || _lex.CampaignNouns.Contains(Key(m.FirstToken)))
            return false;
        int t = m.FirstToken - 1;
        // An article or a determiner, and one modifier ("a Turkish-Russian deal"), may stand between.
        for (int skipped = 0; t >= 0 && skipped < 4 && !_lex.PeriodCues.Contains(Key(t)); t--, skipped++)
            if (Key(t) is "," || _lex.ClauseBreaks.Contains(Key(t)) || Layer.Tokens[t].Kind == TokenKind.Number)
                return false;
        return t >= 0 && _lex.PeriodCues.Contains(Key(t));
    }

    /// <summary>
    /// "Les rebelles ont riposté en tirant des obus", "retaliated by shelling the town": a gerund after a means marker,
    /// right after the unit, says how its action was done; its trigger belongs to the unit.
    /// </summary>
    private bool MeansOf(Unit current, PhraseMatch<Trigger> m)
    {
        for (int t = Math.Max(current.LastToken + 1, m.FirstToken - 3); t < m.FirstToken; t++)
            if (_lex.MeansMarkers.Contains(Key(t)) && t - current.LastToken <= 2
                && (Key(t + 1).EndsWith(_lex.GerundSuffix, StringComparison.Ordinal) || (t + 1 == m.FirstToken && Key(m.FirstToken).EndsWith(_lex.GerundSuffix, StringComparison.Ordinal))))
                return true;
        return false;
    }

    /// <summary>
    /// "L'aviation russe a repris mardi ses frappes", "la reprise des combats": a gain-of-ground word whose object is an
    /// attack is a resumption of that attack, not a gain of ground.
    /// </summary>
    private bool Resumes(PhraseMatch<Trigger> m, List<PhraseMatch<Trigger>> matches)
    {
        if (m.Value.Class.Name != "territory")
            return false;
        int end = m.FirstToken + m.Length;
        var next = matches.FirstOrDefault(n => n.FirstToken >= end);
        return next.Value is { Nominal: true } t && t.Class.Name is "air" or "remote" or "shelling" or "clash" or "explosive"
               && next.FirstToken - end <= 3 && !Enumerable.Range(end, next.FirstToken - end).Any(IsClauseEdge);
    }

    private bool IsClauseEdge(int token)
    {
        var k = Key(token);
        return k == "," || _lex.ClauseBreaks.Contains(k);
    }

    private bool Negated(int token, int sentenceStart)
    {
        for (int i = token - 1; i >= Math.Max(sentenceStart, token - 5); i--)
        {
            var k = Key(i);
            if (_lex.ClauseBreaks.Contains(k) || k == ",")
                break;
            if (_lex.NegationBefore.Contains(k) || _lex.IrrealisBefore.Contains(k))
                return true;
        }
        return false;
    }

    private bool BreakBetween(int a, int b)
    {
        for (int i = a + 1; i < b; i++)
            if (_lex.ClauseBreaks.Contains(Key(i)))
                return true;
        return false;
    }

    private bool PlaceBetween(int a, int b)
    {
        int start = Layer.Tokens[a].Range.End, end = Layer.Tokens[b].Range.Start;
        return (_doc.Places ?? []).Any(p => p.Resolution is Resolved { Place.Kind: not PlaceKind.Country } && p.Range.Start >= start && p.Range.End <= end);
    }

    /// <summary>The unit a mention at <paramref name="token"/> belongs to: the last unit starting before it, else the first.</summary>
    private static Unit Owner(List<Unit> units, int token) =>
        units.LastOrDefault(u => u.FirstToken <= token) ?? units[0];

    // ---- claims -----------------------------------------------------------------------------------------

    /// <summary>"l'OSDH parle de", "selon l'OSDH", "according to SOHR", "state media said": the source of the sentence.</summary>
    public ClaimCue? ClaimOf(int s)
    {
        var (from, to) = Span(s);
        var cues = _lex.Reporting.Matches(_text, Layer.Tokens, from, to);
        if (cues.Count == 0)
            return null;
        var actors = (_doc.Actors ?? []).Where(a => InSentence(a.Range, s)).ToList();
        foreach (var cue in cues)
        {
            var cueRange = new TextRange(Layer.Tokens[cue.FirstToken].Range.Start, Layer.Tokens[cue.FirstToken + cue.Length - 1].Range.End);
            // A source stands just before its verb ("l'OSDH parle de") or just after "selon"/"according to".
            var before = actors.Where(a => a.Range.End <= cueRange.Start && TokenAt(cueRange.Start) - TokenAt(a.Range.End) <= 3).LastOrDefault();
            var after = actors.Where(a => a.Range.Start >= cueRange.End && TokenAt(a.Range.Start) - (cue.FirstToken + cue.Length) <= 2).FirstOrDefault();
            var who = new[] { before, after }.FirstOrDefault(a => a is not null && _actors.Describe(a.Actor).Role == ActorRole.Source) ?? before ?? after;
            if (who is not null)
                return new ClaimCue(who.Actor, who.Range, cueRange, $"lexicon:{_lex.Language.Code()}/events.json#reporting:{cue.Value}");
        }
        return null;
    }

    /// <summary>
    /// A reported sentence that adds nothing but its source's version (no new side, no date of its own) to an event of
    /// the two sentences before becomes a claim on that event. Returns false when the sentence holds events of its own.
    /// </summary>
    public bool AttachClaim(List<Draft> drafts, int s, List<Unit> units, ClaimCue cue)
    {
        var recent = drafts.Where(d => d.Sentence >= s - 2 && !d.Aggregate).ToList();
        if (recent.Count == 0)
            return false;
        Draft? target = units.Count == 0
            ? recent[^1]
            : recent.LastOrDefault(d => units.All(u => ClassFamilies.SameHappening(u.Head.Class, d)));
        if (target is null)
            return false;
        var sentenceActors = (_doc.Actors ?? []).Where(a => InSentence(a.Range, s) && a.Range != cue.SourceRange
                                                           && _actors.Describe(a.Actor).Role == ActorRole.Party).ToList();
        var known = new[] { target.Actor1?.Value.Id, target.Actor2?.Value.Id };
        if (units.Count > 0 && sentenceActors.Any(a => !known.Contains(a.Actor.Id)))
            return false;
        // "L'ONU fait état de civils exécutés à Boustan al-Qasr" after shelling placed elsewhere (or nowhere): a reported
        // event with a place of its own is that place's event, not another version of the earlier one. A place in
        // another country than the earlier event's ("un bilan qu'Ankara conteste") is who disputes it, not where it was.
        if (units.Count > 0 && EventPlaces().Any(p => InSentence(p.Range, s) && ((Resolved)p.Resolution).Place is { Kind: not PlaceKind.Country } place
                                                     && (target.Place is not { } t
                                                         || (place.CountryCode == t.Value.Place.CountryCode && !Geo.Nested(place, t.Value.Place)))))
            return false;
        int i = drafts.IndexOf(target);
        // An event told without a toll takes the toll its source gives ("reports that regime forces killed 1,300 people").
        var dead = target.Fatalities is null
            ? (_doc.Tolls ?? []).Where(t => InSentence(t.Range, s) && t.Kind == CountedKind.Dead && !t.Cumulative && IsOwnToll(t)).MaxBy(t => t.Value.Best)
            : null;
        drafts[i] = target with
        {
            Claims = target.Claims.Append(MakeClaim(s, cue)).ToList(),
            Fatalities = dead is null ? target.Fatalities : new Sourced<Quantity>(dead.Value, [new Evidence("fatalities", dead.Range, dead.Rule)]),
            Civilians = dead is null ? target.Civilians : dead.Civilians,
        };
        return true;
    }

    public Claim MakeClaim(int s, ClaimCue cue)
    {
        var sent = Layer.Sentences[s].Range;
        var says = new TextRange(cue.CueRange.End, sent.End).Of(_text).Trim(' ', ',', ':', '.').ReplaceLineEndings(" ");
        if (cue.SourceRange.Start >= cue.CueRange.End)
            says = new TextRange(cue.SourceRange.End, sent.End).Of(_text).Trim(' ', ',', ':', '.').ReplaceLineEndings(" ");
        var figure = (_doc.Tolls ?? []).Where(t => InSentence(t.Range, s)).Select(t => t.Value).FirstOrDefault()
                     ?? (_doc.Quantities ?? []).Where(q => InSentence(q.Range, s)).Select(q => q.Value).FirstOrDefault();
        return new Claim(cue.Source.Name, sent, says, figure, cue.Rule);
    }

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
            .Where(p => InSentence(p.Range, s) && ReferenceEquals(Owner(units, TokenAt(p.Range.Start)), units[mine]))
            .Where(p => !(MovesPeople(unit) && IsDestination(p)) && ((Resolved)p.Resolution).Place.Kind != PlaceKind.Country && !InOtherRelativeClause(p, unit))
            .ToList();
        places = places.Where(p => !Shadowed(p, places)).ToList();
        // "DARAA, Syria — Rebels in Quneitra agreed ...": the dateline says where the dispatch was filed from; an
        // event whose clause names a place of its own happened there.
        if (places.Count > 1 || places.Any(ForeignDateline))
            places = places.Where(p => !IsDateline(p)).ToList();

        var (a1, a2) = Sides(unit, clauseStart, clauseEnd);
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
        // Civilians are a side only of violence aimed at them (a massacre, an abduction, a killing with no other
        // trigger); in a battle, a strike, an evacuation or a deal they are victims or evacuees, counted in the toll.
        if (unit.Head.Class.Name is not ("massacre" or "abduction" or "kill") && a2 is not null && _actors.Describe(a2.Value).Role == ActorRole.Civilians)
            a2 = null;
        var dates = (_doc.Dates ?? []).Where(d => InSentence(d.Range, s) && d.Role != DateRole.Background).Select(d => WithPeriodCue(d, from)).ToList();
        var myDate = dates.Where(d => ReferenceEquals(Owner(units, TokenAt(d.Range.Start)), units[mine])).FirstOrDefault() ?? dates.FirstOrDefault();
        var tolls = (_doc.Tolls ?? []).Where(t => InSentence(t.Range, s) && ReferenceEquals(Owner(units, TokenAt(t.Range.Start)), units[mine])).ToList();
        bool campaign = unit.Triggers.Any(t => _lex.CampaignNouns.Contains(TokenKeys.Key(t.Range.SpanOf(_text))));
        bool periodCampaign = campaign && myDate?.Role == DateRole.PeriodStart;
        var dead = tolls.Where(t => t.Kind is CountedKind.Dead && (IsOwnToll(t) || periodCampaign || OtherStory(s, places)))
            .OrderByDescending(t => t == _mainToll).ThenByDescending(t => t.Value.Best).FirstOrDefault();
        var civiliansOnly = tolls.FirstOrDefault(t => t.Kind is CountedKind.Dead && t.Civilians is not null)?.Civilians;

        // A campaign counted from a start ("since the offensive began a month ago"), or a toll counted from a stated
        // date ("depuis le 18 février, 1 600 civils ont été tués"), is a total over a period, never one day's.
        bool aggregate = (dead?.Cumulative ?? false) || periodCampaign || (myDate?.Role == DateRole.PeriodStart && dead is not null && myDate.Rule.EndsWith(SinceSuffix, StringComparison.Ordinal));

        var typeEvidence = unit.Triggers.Select(t => new Evidence("event_type", t.Range, t.Match.Value.Rule)).ToList();
        var classes = SplitByInstrument(unit);
        var placeChoices = places.Count == 0 ? [null] : places.Cast<PlaceMention?>().ToList();
        foreach (var cls in classes)
        {
            foreach (var pm in placeChoices)
            {
                Sourced<Resolved>? place = pm is null ? null
                    : new Sourced<Resolved>((Resolved)pm.Resolution, [new Evidence("location", pm.Range, ((Resolved)pm.Resolution).Rule)]);
                var prev = earlier.LastOrDefault(d => !d.Aggregate || aggregate);
                // "The deal was welcomed ...": a unit that only points back speaks of the last event it can mean.
                var referent = pm is null && myDate is null && !aggregate && a1 is null && a2 is null
                    ? earlier.LastOrDefault(d => !d.Aggregate && PointsBack(unit, d)) : null;
                if (referent is not null)
                    prev = referent;
                bool inherited = false;
                // A campaign total without a place of its own is the campaign of the story ("depuis le début de
                // l'offensive, les combats ont fait 150 morts"); a war-long toll ("la guerre a fait 340 000 morts") codes nothing.
                if (place is null && aggregate && (!campaign || WarWide(s)))
                    continue;
                // "Calm is back to the fronts of X after violent clashes": the place is held by a unit that codes no
                // event (calm, tension), and the clashes it frames happened there.
                place ??= PlaceOfSilentUnit(units, s);
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
                if (actor1 is null && near && prev!.Actor1 is not null && prev.Actor1.Value.Id != actor2?.Value.Id && !SameClass(prev.Actor1.Value, actor2?.Value) && (violent || Named(prev.Actor1)))
                    actor1 = Inherit(prev.Actor1, "actor1");
                // The victims of an execution or an abduction are its own (civilians by default), never the side of a battle before it.
                if (actor2 is null && near && prev!.Actor2 is not null && prev.Actor2.Value.Id != actor1?.Value.Id && !SameClass(prev.Actor2.Value, actor1?.Value) && (violent || Named(prev.Actor2))
                    && cls.Name is not ("massacre" or "abduction"))
                    actor2 = Inherit(prev.Actor2, "actor2");
                if (cls.Name == "protest")
                {
                    // ACLED: the protesters are actor1; whom they protest against is not a side.
                    var protesters = _actors.ById(_defaults.ProtestActor1, _doc.Dispatch.Date);
                    if (protesters is not null && (actor1 is null || _actors.Describe(actor1.Value).Role != ActorRole.Party || _actors.Describe(actor1.Value).Class != "other"))
                        actor1 = new Sourced<Actor>(protesters, unit.Triggers.Select(t => new Evidence("actor1", t.Range, $"{Defaults.Rule}#protest_actor1")).ToList());
                    actor2 = null;
                }
                if (cls.Name == "territory" && actor2 is null && actor1 is not null)
                    actor2 = SentenceParty(s, actor1.Value);
                var clause = new Clause(s, clauseStart, clauseEnd);
                actor1 ??= DefaultActor1(cls.Name, actor2, unit.Range, front, place, clause);
                // "Les FDS ont proclamé la fin du califat du groupe EI après la prise de Baghouz": with the gainer known only
                // from context, the loser is still the other side the sentence names.
                if (cls.Name == "territory" && actor2 is null)
                    actor2 = SentenceParty(s, actor1.Value);
                if (violent)
                    actor2 ??= DefaultActor2(cls.Name, actor1, unit.Range, civiliansOnly is not null && dead?.Value.Best == civiliansOnly.Best, front, place, clause);

                var effective = cls;
                // "Les frappes ont tué six combattants" after an air strike at the same place is that air strike.
                if (cls.Name == "remote" && near && prev is not null && prev.EventType == cls.EventType && prev.Sentence >= s - 1
                    && _lex.Classes.TryGetValue(prev.TriggerClass, out var prevClass))
                    effective = prevClass;
                var (eventType, sub) = TypeOf(effective, actor1, actor2);

                Sourced<Quantity>? fatalities = dead is null ? null
                    : new Sourced<Quantity>(dead.Value, [new Evidence("fatalities", dead.Range, dead.Rule)]);
                var claims = cue is null ? new List<Claim>() : [MakeClaim(s, cue)];
                yield return new Draft(s, effective.Name, effective.Priority, eventType, sub, actor1, actor2, place, when, fromText,
                    fatalities, civiliansOnly ?? dead?.Civilians, aggregate, claims, typeEvidence, unit.Range);
            }
        }
    }

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
    /// own, in another paragraph than the headline toll, tells another story, whose toll is its own whatever its size.
    /// </summary>
    private bool OtherStory(int s, List<PlaceMention> places) =>
        _mainToll is not null && places.Count > 0 && !SameParagraph(Layer.SentenceAt(_mainToll.Range.Start), s);

    /// <summary>A sentence with a death toll and no trigger of its own gives its toll to the event just before it, if that had none.</summary>
    public void OrphanTolls(int s, List<Draft> drafts)
    {
        var dead = (_doc.Tolls ?? []).Where(t => InSentence(t.Range, s) && t.Kind == CountedKind.Dead && IsOwnToll(t)).MaxBy(t => t.Value.Best);
        if (dead is null || drafts.Count == 0)
            return;
        var last = drafts[^1];
        if (last.Sentence < s - 1 || last.Fatalities is not null || dead.Cumulative != last.Aggregate)
            return;
        drafts[^1] = last with
        {
            Fatalities = new Sourced<Quantity>(dead.Value, [new Evidence("fatalities", dead.Range, dead.Rule)]),
            Civilians = dead.Civilians,
        };
    }

    /// <summary>
    /// Resolved place mentions that can locate an event: not words that name an actor ("la Russie" is Russia, not
    /// a village whose name sounds alike; "Damas a démenti" is the government speaking).
    /// </summary>
    private IEnumerable<PlaceMention> EventPlaces() =>
        (_doc.Places ?? []).Where(p => p.Resolution is Resolved && !(_doc.Actors ?? []).Any(a => a.Range.Overlaps(p.Range)));

    /// <summary>A place of the sentence owned by a unit that codes no event ("calm", "tension"), when there is exactly one.</summary>
    private Sourced<Resolved>? PlaceOfSilentUnit(List<Unit> units, int s)
    {
        var free = EventPlaces()
            .Where(p => InSentence(p.Range, s) && !Owner(units, TokenAt(p.Range.Start)).Head.Class.CodesEvent
                        && ((Resolved)p.Resolution).Place.Kind != PlaceKind.Country)
            .ToList();
        if (free.Count != 1)
            return null;
        var r = (Resolved)free[0].Resolution;
        return new Sourced<Resolved>(r, [new Evidence("location", free[0].Range, "context:same-sentence<" + r.Rule)]);
    }

    /// <summary>The last place an event could have in the sentence just before, when both sentences are of one paragraph.</summary>
    private Sourced<Resolved>? PlaceOfPreviousSentence(int s)
    {
        if (s == 0 || !SameParagraph(s - 1, s))
            return null;
        var candidates = EventPlaces()
            .Where(p => InSentence(p.Range, s - 1) && !IsDestination(p) && ((Resolved)p.Resolution).Place.Kind != PlaceKind.Country)
            .ToList();
        var pm = candidates.Where(p => !Shadowed(p, candidates)).LastOrDefault();
        if (pm is null)
            return null;
        var r = (Resolved)pm.Resolution;
        return new Sourced<Resolved>(r, [new Evidence("location", pm.Range, "context:previous-sentence<" + r.Rule)]);
    }

    /// <summary>The sentence speaks of the whole war ("la guerre", "the conflict").</summary>
    private bool WarWide(int s)
    {
        var (from, to) = Span(s);
        return Enumerable.Range(from, to - from).Any(i => _lex.WarNouns.Contains(Key(i)));
    }

    /// <summary>Two sentences of one paragraph: no line break between them.</summary>
    private bool SameParagraph(int a, int b)
    {
        if (a == b)
            return true;
        var (first, last) = a < b ? (a, b) : (b, a);
        var between = new TextRange(Layer.Sentences[first].Range.End, Layer.Sentences[last].Range.Start);
        return !between.SpanOf(_text).Contains('\n');
    }

    /// <summary>
    /// "Hayat Tahrir al-Sham, which controls most of Idlib province, said its fighters repelled an attack near Morek": the
    /// place stands in a relative clause set off by commas that does not hold the unit's trigger; it describes a side.
    /// </summary>
    private bool InOtherRelativeClause(PlaceMention p, Unit unit)
    {
        int t = TokenAt(p.Range.Start), s = unit.Sentence;
        var (from, to) = Span(s);
        int open = -1;
        for (int i = t - 1; i > from; i--)
        {
            if (Key(i) == ",")
                break;
            if (_lex.RelativePronouns.Contains(Key(i)) && Key(i - 1) == ",")
            {
                open = i;
                break;
            }
        }
        if (open < 0)
            return false;
        int close = open + 1;
        while (close < to && Key(close) != ",")
            close++;
        return close < to && !(unit.FirstToken > open && unit.FirstToken < close);
    }

    private Sourced<Resolved>? DatelinePlace()
    {
        var pm = EventPlaces().FirstOrDefault(p => IsDateline(p) && !ForeignDateline(p) && ((Resolved)p.Resolution).Place.Kind != PlaceKind.Country);
        if (pm is null)
            return null;
        var r = (Resolved)pm.Resolution;
        return new Sourced<Resolved>(r, [new Evidence("location", pm.Range, "context:dateline<" + r.Rule)]);
    }

    /// <summary>
    /// A place of the dispatch's dateline: the places that open the text, up to the dash that closes the dateline
    /// ("ANKARA/BEIRUT —", "Alep (Syrie) -", "KHAN SHEIKHOUN, Syria —"), or an opening place set off by a comma or a bracket.
    /// </summary>
    private bool IsDateline(PlaceMention p) => p.Range.End <= (_datelineEnd ??= DatelineEnd());

    private int? _datelineEnd;

    private int DatelineEnd()
    {
        var first = (_doc.Places ?? []).FirstOrDefault();
        if (Layer.Tokens.Count == 0 || first is null || first.Range.Start != Layer.Tokens[0].Range.Start)
            return -1;
        for (int t = 1; t < Math.Min(Layer.Tokens.Count, 10); t++)
        {
            var r = Layer.Tokens[t].Range;
            if (Key(t) is "-" or "—" or "–" && r.Start > 0 && char.IsWhiteSpace(_text[r.Start - 1]) && r.End < _text.Length && char.IsWhiteSpace(_text[r.End]))
                return r.Start;
        }
        int next = TokenAt(first.Range.End);
        return next < Layer.Tokens.Count && Key(next) is "," or "(" ? first.Range.End : -1;
    }

    /// <summary>The country most of the dispatch's places (other than its dateline) lie in.</summary>
    private string? MainCountry() => (_mainCountry ??= new(() =>
        EventPlaces().Where(p => !IsDateline(p)).GroupBy(p => ((Resolved)p.Resolution).Place.CountryCode).MaxBy(g => g.Count())?.Key)).Value;

    private Lazy<string?>? _mainCountry;

    /// <summary>A dateline in another country than the story's ("BEIRUT — Syrian warplanes struck ...") never locates an event.</summary>
    private bool ForeignDateline(PlaceMention p) =>
        IsDateline(p) && MainCountry() is { } country && country != ((Resolved)p.Resolution).Place.CountryCode;

    /// <summary>Uncertainty from which an area is a part of a country rather than of a governorate (the recognizer gives 150 km).</summary>
    private const double CountryPartKm = 100;

    /// <summary>The recognizer's rule for a directional part of the country in focus ("le nord du pays").</summary>
    private const string CountryPartRule = "relative:country";

    /// <summary>A directional part of a country ("le nord du pays", "l'est de la Syrie"): the recognizer names it "{country id}#{compass}".</summary>
    private static bool IsCountryPart(Resolved r) =>
        r.Rule.StartsWith(CountryPartRule, StringComparison.Ordinal)
        || (r.Place.Kind == PlaceKind.Region && r.Place.Id.StartsWith("country:", StringComparison.Ordinal) && r.Place.Id.Contains('#'));

    /// <summary>
    /// <paramref name="later"/> follows <paramref name="earlier"/> after a comma and at most three short words, none a
    /// coordinator ("X, dans le nord du pays"; not "X, Y et Z", a list).
    /// </summary>
    private bool Apposed(PlaceMention earlier, PlaceMention later)
    {
        int b = TokenAt(earlier.Range.End), t = TokenAt(later.Range.Start);
        return AfterComma(earlier, later)
               && Enumerable.Range(b + 1, t - b - 1).All(i => Key(i) != "," && !_lex.Coordinators.Contains(Key(i)));
    }

    /// <summary><paramref name="later"/> starts at most three tokens after a comma that closes <paramref name="earlier"/>.</summary>
    private bool AfterComma(PlaceMention earlier, PlaceMention later)
    {
        int b = TokenAt(earlier.Range.End), t = TokenAt(later.Range.Start);
        return b < t && t - b <= 4 && Key(b) == ",";
    }

    /// <summary>
    /// A vaguer place that only describes a more precise one of the same clause ("Hajar al-Aswad, à neuf kilomètres au
    /// sud du Vieux Damas"; "Kafr Nabl in Idlib countryside") is not a second place of the event.
    /// </summary>
    private bool Shadowed(PlaceMention p, List<PlaceMention> all)
    {
        var rp = (Resolved)p.Resolution;
        // "Daraa al-Balad in Daraa city", "Sheikh Maqsoud neighbourhood of Aleppo": a town named just after a place
        // near it, joined by a locative, says where that place is.
        if (all.Any(q => q != p && q.Resolution is Resolved rq && q.Range.End <= p.Range.Start && !PlaceGeometry.IsArea(rp.Place) && !PlaceGeometry.IsArea(rq.Place) && rq.Place.Id != rp.Place.Id
                         && PlaceGeometry.Km(rp.Place, rq.Place) <= 10 && TokenAt(p.Range.Start) - TokenAt(q.Range.End) <= 4
                         && Enumerable.Range(TokenAt(q.Range.End), TokenAt(p.Range.Start) - TokenAt(q.Range.End)).Any(i => Key(i) is "in" or "of" or "à" or "dans" or "de" or "du" or ",")))
            return true;
        // "Afrine, dans le nord-ouest de la Syrie", "Baghouz, in eastern Syria": a part of the country set after a place
        // by a comma says where that place is (such a part spans several governorates, so containment cannot be tested).
        if (PlaceGeometry.IsArea(rp.Place) && rp.UncertaintyKm >= CountryPartKm
            && all.Any(q => q != p && q.Resolution is Resolved rq && q.Range.End <= p.Range.Start && Apposed(q, p)
                            && (rq.GeoPrecision < rp.GeoPrecision || (rq.GeoPrecision == rp.GeoPrecision && !IsCountryPart(rq) && IsCountryPart(rp)))))
            return true;
        // "Dans le nord du pays, deux combattants ont été tués près de Jisr al-Choughour", "la prise de Baghouz, son dernier
        // réduit dans l'est de la Syrie": a part of the country in a clause that names a place of that country says where
        // that place is.
        if (IsCountryPart(rp)
            && all.Any(q => q != p && q.Resolution is Resolved rq && rq.GeoPrecision <= rp.GeoPrecision && !IsCountryPart(rq)
                            && rq.Place.CountryCode == rp.Place.CountryCode && Layer.SentenceAt(q.Range.Start) == Layer.SentenceAt(p.Range.Start)))
            return true;
        return all.Any(q => q != p && q.Resolution is Resolved rq
                            && (rq.GeoPrecision < rp.GeoPrecision || (rq.GeoPrecision == rp.GeoPrecision && PlaceGeometry.Specificity(rq.Place) < PlaceGeometry.Specificity(rp.Place) && PlaceGeometry.IsArea(rp.Place)))
                            && (PlaceGeometry.IsArea(rp.Place) ? PlaceGeometry.SameAdmin1(rp.Place, rq.Place) : PlaceGeometry.Km(rp.Place, rq.Place) <= rp.UncertaintyKm + 5));
    }

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
            var place = new Sourced<Resolved>(resolved, [new Evidence("location", pm.Range, resolved.Rule)]);
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

    /// <summary>An "Event" date right after "depuis"/"since" ("depuis le 18 février") starts a period.</summary>
    private DateMention WithPeriodCue(DateMention d, int sentenceStart)
    {
        if (d.Role != DateRole.Event)
            return d;
        int t = TokenAt(d.Range.Start);
        for (int i = t - 1; i >= Math.Max(sentenceStart, t - 8); i--)
            if (_lex.PeriodCues.Contains(Key(i)))
                return d with { Role = DateRole.PeriodStart, Rule = d.Rule + SinceSuffix };
        return d;
    }

    /// <summary>Another fighting party named anywhere in the sentence ("... s'emparent de Palmyre après des combats contre les forces du régime").</summary>
    private Sourced<Actor>? SentenceParty(int s, Actor actor1)
    {
        var c1 = _actors.Describe(actor1).Class;
        var candidates = (_doc.Actors ?? []).Where(a => InSentence(a.Range, s) && _actors.Describe(a.Actor) is { Role: ActorRole.Party } info && info.Class != c1 && !IsSupporter(a)).ToList();
        // "... the fifth day of Ankara's offensive against Kurdish-led forces": whom the fighting is against comes first.
        var other = candidates.FirstOrDefault(a => After(TokenAt(a.Range.Start), _lex.Against)) ?? candidates.FirstOrDefault();
        return other is null ? null : new Sourced<Actor>(other.Actor, [new Evidence("actor2", other.Range, other.Rule + " (same sentence)")]);
    }

    /// <summary>Strategic developments and protests: ACLED codes them with one side when the text names one.</summary>
    private static bool NonViolent(string cls) => cls is "evacuation" or "agreement" or "arrest" or "protest" or "looting";

    private bool SameClass(Actor a, Actor? b) => b is not null && _actors.Describe(a).Class == _actors.Describe(b).Class;

    private static bool Named<T>(Sourced<T> s) => s.Evidence.All(e => !e.Rule.Contains(Defaults.Rule, StringComparison.Ordinal));

    /// <summary>
    /// Evacuations and deals move people: where they are taken is not where the event happened. Forces that
    /// advance "into" a place or "dash to" it fight there, and a strike "on" or "into" a place lands there.
    /// </summary>
    private static bool MovesPeople(Unit unit) => unit.Head.Class.Name is "evacuation" or "agreement";

    /// <summary>"vers le désert", "to Idlib": a place named as a destination.</summary>
    private bool IsDestination(PlaceMention p)
    {
        int t = TokenAt(p.Range.Start);
        for (int i = t - 1; i >= Math.Max(0, t - 3); i--)
            if (_lex.DestinationWords.Contains(Key(i)))
                return true;
        // "vers Jarablous, dans le nord du pays": a place set after a destination by a comma says where the destination is.
        var before = (_doc.Places ?? []).LastOrDefault(q => q.Resolution is Resolved && q.Range.End <= p.Range.Start);
        return before is not null && !ReferenceEquals(before, p) && AfterComma(before, p) && IsDestination(before);
    }

    /// <summary>Remote violence with both air and ground fire ("l'aviation et l'artillerie ont pilonné") is two events, one per means.</summary>
    private List<TriggerClass> SplitByInstrument(Unit unit)
    {
        var head = unit.Head.Class;
        var instruments = unit.Triggers.Select(t => t.Match.Value.Class).Where(c => c.Name is "air" or "shelling").DistinctBy(c => c.Name).ToList();
        if (instruments.Count > 1 && head.Name is "remote" or "air" or "shelling" or "kill")
            return instruments.OrderByDescending(c => c.Priority).ToList();
        return [head];
    }

    private (string, string) TypeOf(TriggerClass cls, Sourced<Actor> a1, Sourced<Actor>? a2)
    {
        if (cls.NonStateSubEventType is not null && a1.Value.Inter != InterCode.StateForces)
            return (cls.EventType, cls.NonStateSubEventType);
        if (cls.CivilianEventType is not null && a2 is not null && _actors.Describe(a2.Value).Role == ActorRole.Civilians)
            return (cls.CivilianEventType, cls.CivilianSubEventType!);
        return (cls.EventType, cls.SubEventType);
    }

    // ---- sides ------------------------------------------------------------------------------------------

    private (Sourced<Actor>? A1, Sourced<Actor>? A2) Sides(Unit unit, int clauseStart, int clauseEnd)
    {
        // Who reports the sentence ("..., Turkey's defence minister said") speaks of the event; it is not a side of it.
        var speaker = ClaimOf(unit.Sentence)?.SourceRange;
        var parties = (_doc.Actors ?? [])
            .Where(a => _actors.Describe(a.Actor).Role != ActorRole.Source && a.Range != speaker)
            .Select(a => (Mention: a, Token: TokenAt(a.Range.Start)))
            .Where(a => a.Token >= clauseStart && a.Token < clauseEnd)
            .ToList();
        Sourced<Actor> Of(ActorMention m, string field) => new(m.Actor, [new Evidence(field, m.Range, m.Rule)]);
        // "areas controlled by the regime", "IS-held villages": the holder of an area is not who acts in the event; it
        // may be whom an attack on the area targets (or who holds a town left to it), never the victim of a killing or an arrest.
        bool attack = unit.Head.Class.Name is "remote" or "air" or "shelling" or "explosive" or "suicide" or "chemical" or "clash" or "advance" or "territory" or "evacuation";
        var holders = parties.Where(p => IsHolder(p.Mention)).ToList();
        parties = parties.Where(p => !holders.Contains(p) || (attack && p.Token > unit.LastToken)).ToList();
        // "Les FDS, soutenues par la coalition, ont pris Tabqa": the supporter is not a side.
        parties = parties.Where(p => !IsSupporter(p.Mention)).ToList();

        // "between X and Y" / "entre X et Y"
        for (int i = clauseStart; i < clauseEnd; i++)
        {
            if (!_lex.Between.Contains(Key(i)))
                continue;
            var two = parties.Where(p => p.Token > i).Take(2).ToList();
            if (two.Count == 2 && two[0].Mention.Actor.Id != two[1].Mention.Actor.Id)
                return (Of(two[0].Mention, "actor1"), Of(two[1].Mention, "actor2"));
            // "between the factions", "entre factions rivales": one plural description, fighting within that side.
            if (two.Count == 1 && two[0].Token - i <= 2
                && _actors.Describe(two[0].Mention.Actor).Generic && Key(TokenAt(two[0].Mention.Range.End) - 1).EndsWith('s'))
                return (Of(two[0].Mention, "actor1"), Of(two[0].Mention, "actor2"));
        }
        // Civilians are never the side that acts; nor are counted dead ("Two Turkish soldiers killed", "223 IS killed"):
        // a figure before a side that a killing follows names its victims.
        bool killing = unit.Has("kill");
        var victims = killing
            ? parties.Where(p => p.Token < unit.FirstToken
                                 && ((p.Token > 0 && Layer.Tokens[p.Token - 1].Kind == TokenKind.Number)
                                     || (_doc.Quantities ?? []).Any(q => q.Range.Overlaps(p.Mention.Range) || (q.Range.End <= p.Mention.Range.Start && TokenAt(q.Range.End) == p.Token))
                                     || (_doc.Tolls ?? []).Any(t => t.Kind == CountedKind.Dead && t.Range.Overlaps(p.Mention.Range)))).ToList()
            : [];
        var before = parties.Where(p => p.Token < unit.FirstToken && _actors.Describe(p.Mention.Actor).Role != ActorRole.Civilians && !victims.Contains(p) && !holders.Contains(p)).ToList();
        // A side inside the unit's words counts as after its first trigger when a passive "by" or a trigger noun's genitive
        // names it ("were killed by rebel shelling", "l'offensive du régime ... a fait 1 600 morts").
        var after = parties.Where(p => p.Token > unit.LastToken || (p.Token >= unit.FirstToken && p.Mention.Range.Start >= unit.Range.End)
                                       || (p.Token > unit.FirstToken && p.Token < unit.LastToken && (After(p.Token, _lex.By) || OfTriggerNoun(unit, p.Token)))).ToList();
        // Passive agent: "décrétée par l'armée", "killed by regime shelling"; the side of a trigger noun: "l'offensive du régime".
        var agent = after.FirstOrDefault(p => !holders.Contains(p) && (After(p.Token, _lex.By) || OfTriggerNoun(unit, p.Token)));
        if (victims.Count > 0 && before.Count == 0)
            return (agent.Mention is null ? null : Of(agent.Mention, "actor1"), Of(victims[0].Mention, "actor2"));
        // "Russia and the rebel group Faylaq al-Rahman reached an agreement": a coordinated subject holds both sides.
        if (before.Count >= 2 && after.Count == 0 && Coordinated(before[^2].Mention, before[^1].Mention) && before[^2].Mention.Actor.Id != before[^1].Mention.Actor.Id)
            return (Of(before[^2].Mention, "actor1"), Of(before[^1].Mention, "actor2"));
        // "Des combats ont opposé l'armée aux rebelles": with no subject, the first two sides after the trigger.
        if (before.Count == 0 && unit.Head.Class.Name is "clash" or "territory" or "advance")
        {
            var distinct = after.Where(p => _actors.Describe(p.Mention.Actor).Role == ActorRole.Party).DistinctBy(p => p.Mention.Actor.Id).Take(2).ToList();
            if (distinct.Count == 2 && !after.Take(2).Any(p => p.Token > 0 && _lex.By.Contains(Key(p.Token - 1))))
                return (Of(distinct[0].Mention, "actor1"), Of(distinct[1].Mention, "actor2"));
        }
        ActorMention? a1 = null, a2 = null;
        // "New advancement for the factions", "nouvelle avancée pour les FDS": who gained the ground.
        if (agent.Mention is null && unit.Head.Class.Name is "territory" or "advance")
            agent = after.FirstOrDefault(p => !holders.Contains(p) && p.Token - unit.LastToken <= 3 && After(p.Token, _lex.For));
        // "A rebel commander was assassinated by gunmen", "a été tué par": the subject of a passive verb is acted upon.
        bool passive = before.Count > 0 && agent.Mention is not null &&
                       Enumerable.Range(before[^1].Token + 1, Math.Max(0, unit.FirstToken - before[^1].Token - 1)).Any(t => _lex.PassiveAuxiliaries.Contains(Key(t)));
        if (passive)
            return (Of(agent.Mention!, "actor1"), Of(before[^1].Mention, "actor2"));
        if (before.Count > 0)
            a1 = before[^1].Mention;
        else if (agent.Mention is not null)
            a1 = agent.Mention;
        // The victim of an execution or an abduction stands right after its verb ("executed five soldiers"); a side further
        // on, or named as whom the victims served ("for spying for the regime"), is not its target.
        bool oneSided = unit.Head.Class.Name is "massacre" or "abduction" or "arrest";
        // "... the fifth day of Ankara's offensive against Kurdish-led forces": whom the fighting is against is the other side.
        foreach (var p in after.OrderBy(p => After(p.Token, _lex.Against) ? 0 : 1))
        {
            if (a1 is not null && (p.Mention == a1 || p.Mention.Actor.Id == a1.Actor.Id))
                continue;
            // "by the warplanes of the regime and Russia": a side coordinated with the agent acts with it.
            if (a1 is not null && a1 == agent.Mention && Coordinated(a1, p.Mention))
                continue;
            if (oneSided && (p.Token - unit.LastToken > 6 || After(p.Token, _lex.For)))
                continue;
            a2 = p.Mention;
            break;
        }
        return (a1 is null ? null : Of(a1, "actor1"), a2 is null ? null : Of(a2, "actor2"));
    }

    /// <summary>The side at <paramref name="token"/> hangs on a trigger noun of the unit by a genitive ("l'offensive du régime", "the bombardment of the regime").</summary>
    private bool OfTriggerNoun(Unit unit, int token)
    {
        // The genitive may open the side's own words ("des forces du régime").
        int g = _lex.Genitive.Contains(Key(token)) ? token : token - 1;
        if (g > 0 && g < token && Key(g) is "the" or "le" or "la" or "les" or "l'")
            g--;
        // Only an attack's noun names its doer so; "the death of a child", "l'enlèvement de X", "l'évacuation des rebelles"
        // name whom it befell.
        return g > 0 && _lex.Genitive.Contains(Key(g))
               && unit.Triggers.Any(t => t.Match.Value.Nominal && t.Match.FirstToken + t.Match.Length == g
                                         && t.Match.Value.Class.Name is "remote" or "air" or "shelling" or "explosive" or "suicide" or "chemical" or "clash" or "advance" or "territory");
    }

    /// <summary>The word before the token (or the one before an article) is one of <paramref name="words"/>.</summary>
    private bool After(int token, IReadOnlySet<string> words) =>
        (token > 0 && words.Contains(Key(token - 1)))
        || (token > 1 && words.Contains(Key(token - 2)) && Key(token - 1) is "the" or "les" or "le" or "la" or "l'");

    /// <summary>
    /// The mention names who holds an area rather than who acts: "IS-held", "regime-controlled" (control.json's
    /// held_suffixes), "regime held", or a mention right after "controlled by", "sous le contrôle de" (control.json's
    /// 'under' cues; an article may stand between).
    /// </summary>
    private bool IsHolder(ActorMention m) => SideQualifiers.IsHolder(_text, Layer, m.Range, _lex);

    /// <summary>
    /// The mention names who supports or brokers for a side ("backed by X", "brokered by X and Y"): it, or a mention
    /// coordinated with one that is.
    /// </summary>
    private bool IsSupporter(ActorMention m) => (_supporters ??= Supporters()).Contains(m);

    private HashSet<ActorMention>? _supporters;

    /// <summary>The dispatch's supporter mentions, read once: a list ("the United States, Russia and Jordan") carries the
    /// cue of its first mention to the mentions coordinated after it.</summary>
    private HashSet<ActorMention> Supporters()
    {
        var actors = _doc.Actors ?? [];
        var found = new HashSet<ActorMention>();
        for (int i = 0; i < actors.Count; i++)
            if (SideQualifiers.IsSupporter(_text, Layer, actors[i].Range, _lex)
                || (i > 0 && found.Contains(actors[i - 1]) && Coordinated(actors[i - 1], actors[i])))
                found.Add(actors[i]);
        return found;
    }

    /// <summary>Two mentions joined only by "et"/"and"/"," (an article may follow the joiner).</summary>
    private bool Coordinated(ActorMention a, ActorMention b)
    {
        int end = TokenAt(a.Range.End), start = TokenAt(b.Range.Start);
        var between = Enumerable.Range(end, Math.Max(0, start - end)).Select(Key).Where(k => k is not ("the" or "le" or "la" or "les" or "l'")).ToList();
        return between.Count is 1 or 2 && between.All(_lex.Coordinators.Contains);
    }

    /// <summary>An area stated relative to another place ("north of Aleppo", "Idlib countryside").</summary>
    /// <remarks>"the surroundings of X" (area:near) keeps X's own point, so X's district fronts still apply.</remarks>
    private static bool IsRelative(Resolved r) => r.Rule.StartsWith("relative:", StringComparison.Ordinal) ||
                                                  (r.Rule.StartsWith("area:", StringComparison.Ordinal) && r.Rule != "area:near");

    private Sourced<Actor> DefaultActor1(string cls, Sourced<Actor>? actor2, TextRange at, Front? front, Sourced<Resolved>? place, Clause? clause)
    {
        if (cls is "suicide" && (actor2 is null || _actors.Describe(actor2.Value).Class != _defaults.SuicideActor1))
            return GenericOf(_defaults.SuicideActor1, "actor1", at);
        // Executions and abductions are done where the perpetrator holds the ground: with no side named, the front's
        // holder is the perpetrator ("a man stoned to death in Deir Ezzor" in 2016 is IS's doing, not the army's).
        if (cls is "massacre" or "abduction" && front is not null && (actor2 is null || _actors.Describe(actor2.Value).Class == "civilians")
            && DispatchParty(exceptClass: "civilians", clause) is null)
            return FromFront(front.Holder, front, place, "actor1", at);
        if (actor2 is not null)
        {
            var c2 = _actors.Describe(actor2.Value).Class;
            if (FrontSide(front, other: c2) is { } side)
                return FromFront(side, front!, place, "actor1", at);
            return GenericOf(_defaults.Opponent.GetValueOrDefault(c2, _defaults.DefaultActor1), "actor1", at);
        }
        if (cls is "air" or "shelling" or "remote")
            return front is not null ? FromFront(front.Attacker, front, place, "actor1", at) : GenericOf(_defaults.RemoteActor1, "actor1", at);
        var context = DispatchParty(exceptClass: null, clause);
        if (context is not null)
            return new Sourced<Actor>(context.Actor, [new Evidence("actor1", context.Range, "context:first-party-of-dispatch")]);
        return front is not null ? FromFront(front.Attacker, front, place, "actor1", at) : GenericOf(_defaults.DefaultActor1, "actor1", at);
    }

    private Sourced<Actor> DefaultActor2(string cls, Sourced<Actor> actor1, TextRange at, bool civilianVictims, Front? front, Sourced<Resolved>? place, Clause? clause)
    {
        if (cls is "massacre" or "abduction" || (civilianVictims && cls is "kill"))
            return GenericOf("civilians", "actor2", at);
        var c1 = _actors.Describe(actor1.Value).Class;
        if (cls is "territory")
        {
            // Who lost ground is not who else the dispatch mentions: the front says it, else the stated default.
            if (FrontSide(front, other: c1) is { } loser)
                return FromFront(loser, front!, place, "actor2", at);
            return GenericOf(c1 == _defaults.TerritoryOpponent ? _defaults.Opponent.GetValueOrDefault(c1, "gov") : _defaults.TerritoryOpponent, "actor2", at);
        }
        var other = DispatchParty(exceptClass: c1, clause);
        var side = FrontSide(front, other: c1);
        // A party named in another paragraph belongs to another story ("raids on the Ghouta" in a dispatch whose first
        // paragraph is about IS in the desert): the front at the place, else the stated default, says who faced actor1.
        if (other is not null && (clause is not { } c || SameParagraph(Math.Max(0, Layer.SentenceAt(other.Range.Start)), c.S)))
            return new Sourced<Actor>(other.Actor, [new Evidence("actor2", other.Range, "context:other-party-of-dispatch")]);
        if (side is not null)
            return FromFront(side, front!, place, "actor2", at);
        return GenericOf(_defaults.Opponent.GetValueOrDefault(c1, _defaults.DefaultActor1), "actor2", at);
    }

    /// <summary>The side of the front facing a side of class <paramref name="other"/>, or null if that class is not on this front.</summary>
    private static string? FrontSide(Front? front, string other) =>
        front is null ? null : other == front.Attacker ? front.Holder : other == front.Holder ? front.Attacker : null;

    private Sourced<Actor> FromFront(string cls, Front front, Sourced<Resolved>? place, string field, TextRange at)
    {
        var actor = _actors.Generic(cls, _doc.Dispatch.Date)
                    ?? throw new InvalidOperationException($"the actor dictionary has no generic actor for class '{cls}' (data/coding/frontlines.json names it)");
        var range = place?.Evidence.FirstOrDefault()?.Range ?? at;
        return new Sourced<Actor>(actor, [new Evidence(field, range, $"frontline:coding/frontlines.json#{string.Join('+', front.Areas)}:{front.From:yyyy-MM}")]);
    }

    /// <summary>Tokens [From, To) of sentence S: the clause of the event being coded.</summary>
    private readonly record struct Clause(int S, int From, int To);

    /// <summary>
    /// The first fighting party the dispatch names, to stand for a side the event's clause leaves unnamed. Not a side
    /// named in another clause of the same sentence that has its own trigger ("Shells on Aleppo ..., and advancement for
    /// the SDF in ..." does not give the SDF to the shells), nor a side named only as an area's holder.
    /// </summary>
    private ActorMention? DispatchParty(string? exceptClass, Clause? clause) =>
        (_doc.Actors ?? []).FirstOrDefault(a =>
        {
            var info = _actors.Describe(a.Actor);
            if (info.Role != ActorRole.Party || (exceptClass is not null && info.Class == exceptClass) || IsHolder(a) || IsSupporter(a))
                return false;
            if (clause is { } c && InSentence(a.Range, c.S) && Units(c.S).Count > 1)
            {
                int t = TokenAt(a.Range.Start);
                return t >= c.From && t < c.To;
            }
            return true;
        });

    private Sourced<Actor> GenericOf(string cls, string field, TextRange at)
    {
        var actor = _actors.Generic(cls, _doc.Dispatch.Date)
                    ?? throw new InvalidOperationException($"the actor dictionary has no generic actor for class '{cls}' (data/coding/defaults.json names it)");
        return new Sourced<Actor>(actor, [new Evidence(field, at, $"{Defaults.Rule}#{cls}")]);
    }

    private static Sourced<T> Inherit<T>(Sourced<T> from, string field) =>
        new(from.Value, from.Evidence.Select(e => e with { Field = field, Rule = "context:previous-event<" + e.Rule }).ToList());

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
        var guess = end.Value.PlusDays(-30);
        return new Sourced<DateSpan>(new DateSpan(guess, end.Value, TimePrecision.Month), [new Evidence("event_date", at, "context:campaign-without-start")]);
    }

    private static TimePrecision Precision(LocalDate from, LocalDate to) =>
        Period.Between(from, to, PeriodUnits.Days).Days <= 7 ? TimePrecision.Week : TimePrecision.Month;
}
