using Sitrep.Coding.Context;
using Sitrep.Coding.Lexicon;
using Sitrep.Core.Model;

namespace Sitrep.Coding.Events;

/// <summary>Triggers and the units they form, per sentence: what is an event word, and what only frames one.</summary>
internal sealed partial class CodingContext
{
    // ---- triggers and units ------------------------------------------------------------------------------

    /// <summary>The trigger units of a sentence: triggers that are not negated, hypothetical, or part of a name.</summary>
    public List<Unit> Units(int s)
    {
        if (!_units.TryGetValue(s, out var units))
            _units[s] = units = FindUnits(s);
        return units;
    }

    private readonly Dictionary<int, List<Unit>> _units = new();

    /// <summary>How many words after a capture word its building object may stand ("stormed the Omari mosque").</summary>
    private const int BuildingReach = 4;

    /// <summary>The first tokens of the dispatch's resolved place names (other than countries), read once.</summary>
    private HashSet<int>? _placeStarts;

    private List<Unit> FindUnits(int s)
    {
        var (from, to) = Span(s);
        var matches = _lex.Triggers.Matches(_text, Layer.Tokens, from, to);
        // "Turkish-backed rebels took Manbij", "sont entrés dans Damas": a verb that gains ground only when a place name follows it.
        if (_lex.PlaceVerbs.Count > 0)
        {
            var placeStarts = _placeStarts ??= (_doc.Places ?? []).Where(p => p.Resolution is Resolved { Place.Kind: not PlaceKind.Country }).Select(p => TokenAt(p.Range.Start)).ToHashSet();
            foreach (var verb in _lex.PlaceVerbs.Matches(_text, Layer.Tokens, from, to))
                if (placeStarts.Contains(verb.FirstToken + verb.Length)
                    && !matches.Any(m => verb.FirstToken < m.FirstToken + m.Length && m.FirstToken < verb.FirstToken + verb.Length))
                    matches.Add(verb);
            matches.Sort((a, b) => a.FirstToken.CompareTo(b.FirstToken));
        }
        // A capture told with words that change what it was: the match takes another class, its id saying why.
        void Recast(string cls, string why, Func<PhraseMatch<Trigger>, bool> applies)
        {
            if (!_lex.Classes.TryGetValue(cls, out var recast))
                return;
            for (int i = 0; i < matches.Count; i++)
                if (matches[i].Value.Class.Name == "territory" && applies(matches[i]))
                    matches[i] = Retyped(matches[i], recast, why);
        }
        // "U.S. special forces killed an IS leader in a raid", "un raid héliporté des forces spéciales": a raid told beside
        // ground forces ('ground_cues') was fought on the ground, a clash, not an air strike.
        if (_lex.RaidNouns.Count > 0 && _lex.GroundCues.Matches(_text, Layer.Tokens, from, to).Count > 0 && _lex.Classes.TryGetValue("clash", out var ground))
            for (int i = 0; i < matches.Count; i++)
                if (matches[i].Length == 1 && _lex.RaidNouns.Contains(Key(matches[i].FirstToken)) && ClassFamilies.IsRemote(matches[i].Value.Class.Name))
                    matches[i] = Retyped(matches[i], ground, "+ground");
        // "security forces stormed the Omari mosque", "les forces ont investi la mosquée": a building stormed is an assault on
        // who is inside, not ground taken.
        // ("regained control of the hospital", "took the prison" still take ground: only a storming word ('storm_words') assaults.)
        if (_lex.BuildingNouns.Count > 0)
            Recast("clash", "+building", m => Enumerable.Range(m.FirstToken, m.Length).Any(t => _lex.StormWords.Contains(Key(t)))
                                             && Enumerable.Range(m.FirstToken + m.Length, BuildingReach).TakeWhile(t => t < to).Any(t => _lex.BuildingNouns.Contains(Key(t))));
        // "regime forces tried to storm the neighbourhood", "ont tenté de reprendre": ground attempted, not gained, is a clash.
        if (_lex.AttemptWords.Count > 0)
            Recast("clash", "+attempt", m => Enumerable.Range(Math.Max(from, m.FirstToken - 3), Math.Min(3, m.FirstToken - from)).Any(t => _lex.AttemptWords.Contains(Key(t))));
        // "sont entrés dans Damas sans rencontrer de résistance", "took the town without a fight": ground taken unopposed is
        // a non-violent transfer (ACLED), not a battle.
        if (_lex.Unopposed.Count > 0)
        {
            var unopposed = _lex.Unopposed.Matches(_text, Layer.Tokens, from, to);
            Recast("transfer", "+unopposed", m => m.FirstToken + m.Length is var end
                                                  && unopposed.Any(u => u.FirstToken >= end && u.FirstToken - end <= 16 && !Enumerable.Range(end, u.FirstToken - end).Any(t => _lex.ClauseBreaks.Contains(Key(t)))));
        }
        // "defused a car bomb", "shot down two drones", "abattu avant d'avoir pu se faire exploser": a weapon stopped before it
        // struck is ACLED's disrupted weapons use; without a weapon beside it, a disrupting word ("foiled an infiltration") is none.
        matches.RemoveAll(m => m.Value.Class.Name == "disrupted" && !WeaponBeside(m, matches));
        var disrupting = matches.Where(m => m.Value.Class.Name == "disrupted").ToList();
        var blocked = _lex.Blockers.Matches(_text, Layer.Tokens, from, to);
        var warnings = _lex.Warnings.Matches(_text, Layer.Tokens, from, to)
            .Where(w => !disrupting.Any(d => d.FirstToken < w.FirstToken + w.Length && w.FirstToken < d.FirstToken + d.Length)).ToList();
        var condemned = _lex.Condemnations.Matches(_text, Layer.Tokens, from, to);
        var forecasts = _lex.UnrealCopulas.Matches(_text, Layer.Tokens, from, to);
        var support = _lex.SupportedBy.Matches(_text, Layer.Tokens, from, to);
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
            bool instrument = ClassFamilies.IsInstrument(m.Value.Class.Name);
            if (placeNames.Any(n => n.Contains(range)) || (!instrument && actorNames.Any(n => n.Contains(range)))
                || (instrument && (_doc.Actors ?? []).Any(a => (a.Range.Contains(range) || InstrumentOfSupport(m, a)) && IsSupporter(a)))
                || blocked.Any(b => m.FirstToken >= b.FirstToken && m.FirstToken < b.FirstToken + b.Length)
                || (instrument && m.Value.Nominal && support.Any(b => SupportingInstrument(b, m, matches))))
                continue;
            if (SinceFrame(m) || SinceWhen(m, from) || Resumes(m, matches) || AfterTold(m, s, current) || PlaceState(m))
                continue;
            // "The government controls most of western Syria": past the headline, a present hold verb states who holds
            // ground (the control reader reads it); in a headline it tells a capture ("Regime forces control the village").
            if (s > 0 && m.Value.Class.Name == "territory" && _lex.HoldForms.Contains(Key(m.FirstToken)))
                continue;
            // "La Turquie a mis en garde contre un « massacre »": what a warning names has not happened.
            // A cue at most three words before the trigger, in its clause.
            bool Governs(PhraseMatch<string> w) => w.FirstToken + w.Length <= m.FirstToken && m.FirstToken - (w.FirstToken + w.Length) <= 3
                                                   && !Enumerable.Range(w.FirstToken + w.Length, m.FirstToken - w.FirstToken - w.Length).Any(IsClauseEdge);
            if (Negated(m.FirstToken, from) || ((m.Value.Nominal || ArticleBefore(m.FirstToken)) && UnrealAfter(m.FirstToken + m.Length, to)) || warnings.Any(Governs))
                negated.Add(m.FirstToken);
            // "L'Otan a condamné les « frappes aveugles » du régime": past the first sentence, the strikes condemned are no new
            // event (a headline's "The Observatory condemns the massacres that claimed 50 lives" is its only telling of them).
            if (s > 0 && m.Value.Nominal && condemned.Any(Governs))
                negated.Add(m.FirstToken);
            // "Aleppo would be 'the mother of all battles'", "la bataille sera longue": a noun after a future or conditional
            // copula in its clause is a forecast.
            if (m.Value.Nominal && forecasts.Any(f => f.FirstToken + f.Length <= m.FirstToken && m.FirstToken - (f.FirstToken + f.Length) <= ForecastReach
                                                       && !Enumerable.Range(f.FirstToken + f.Length, m.FirstToken - f.FirstToken - f.Length).Any(t => IsClauseEdge(t) || Key(t) == ",")))
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
            // "targeted Douma with poisonous gases": a weapon named after 'with' is how the unit struck, past the place it struck.
            bool joins = current is not null
                         && (ClassFamilies.Compatible(current.Head.Class.Name, m.Value.Class.Name) || MeansOf(current, m) || FiredBy(current, m) || WeaponsAttack(current, m) || NamedAfter(current, m))
                         && !BreakBetween(current.LastToken, m.FirstToken)
                         && (!PlaceBetween(current.LastToken, m.FirstToken) || InstrumentLinked(current, m));
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
        // A negated killing beside another trigger says only that nobody died ("ont opposé ..., sans faire de victimes"):
        // it leaves the unit, which stays an event.
        foreach (var u in units.Where(u => u.Triggers.Any(t => t.Match.Value.Class.Name != "kill")))
            u.Triggers.RemoveAll(t => t.Match.Value.Class.Name == "kill" && negated.Contains(t.Match.FirstToken));
        // "Les bombardements ont fait 465 morts depuis le début de l'offensive": a campaign named only as the start of the
        // period is the frame of the other units' total, not an event beside them; they are that campaign's.
        var frames = units.Where(u => u.Triggers.All(t => CampaignFrame(t.Match))).ToList();
        if (frames.Count > 0 && frames.Count < units.Count)
        {
            units.RemoveAll(frames.Contains);
            _framedSentences.Add(s);
        }
        // "Un avion saoudien chargé d'aide a atterri à Alep", "left the country aboard a plane": an aircraft with nothing that
        // it did is no strike.
        units.RemoveAll(u => u.Triggers.All(t => t.Match.Value.Nominal && _lex.VehicleNouns.Contains(Key(t.Match.FirstToken))));
        // "Un convoi humanitaire de l'ONU est entré dans Madaya", "UN inspectors entered Douma": who enters is no armed side.
        units.RemoveAll(u => u.Triggers.All(t => t.Match.Value.Class.Name == "territory") && EnteredByNonCombatants(u, from));
        // "qui ont détruit deux blindés", "destroys several tanks": military gear or posts destroyed are fought over, not
        // ACLED's looting or property destruction. After a strike or a fight of the sentence they are what it did
        // ("strikes hit IS positions, destroying command posts"); told alone, they are a clash.
        var destroyed = units.Where(u => u.Triggers.All(t => t.Match.Value.Class.Name == "looting") && DestroysMilitaryObject(u, to)).ToList();
        units.RemoveAll(u => destroyed.Contains(u) && units.Any(o => o.FirstToken < u.FirstToken && !destroyed.Contains(o) && o.Head.Class.CodesEvent && !NonViolent(o.Head.Class.Name)));
        if (_lex.Classes.TryGetValue("clash", out var fight))
            foreach (var u in destroyed.Where(units.Contains))
                for (int k = 0; k < u.Triggers.Count; k++)
                    u.Triggers[k] = u.Triggers[k] with { Match = Retyped(u.Triggers[k].Match, fight, "+military-object") };
        // "Le séisme a fait plus de 5 900 morts", "the quake killed 3,300 people", "le séisme du 6 février, qui a fait ...":
        // deaths a disaster caused are no conflict event.
        units.RemoveAll(u => u.Triggers.All(t => t.Match.Value.Class.Name == "kill") && DisasterClause(u, from, to));
        // "the Idlib deal is temporary", "l'accord n'a jamais été appliqué": a deal named only after a definite determiner,
        // with no verb of its making, is one already told or known, not a new agreement.
        units.RemoveAll(u => u.Triggers.All(t => t.Match.Value.Class.Name is "agreement" or "kill") && u.Triggers.Any(t => t.Match.Value.Class.Name == "agreement")
                             && u.Triggers.Where(t => t.Match.Value.Class.Name == "agreement").All(t => t.Match.Value.Nominal && DefiniteBefore(t.Match.FirstToken)));
        // "L'attaque n'a pas été revendiquée", "at the time of the attack": a noun of no particular means after a definite
        // determiner, with no place, date or side of its own in its clause, tells again the violence told before; its toll,
        // if any, is that event's (RuleEventCoder gives a sentence with no unit's toll to the event before it). A campaign
        // framed from its start ("depuis le début de l'assaut") is a total of its own.
        units.RemoveAll(u => u.Triggers.All(t => t.Match.Value.Class.Name == "kill" || RecallsViolence(t.Match))
                             && u.Triggers.Any(t => t.Match.Value.Class.Name != "kill") && !u.Triggers.Any(t => CampaignFrame(t.Match)) && RetellsViolence(u, s, from, to));
        var told = units.Where(u => !u.Triggers.Any(t => negated.Contains(t.Match.FirstToken))).ToList();
        // "Samedi, une voiture piégée a tué trois personnes à Manbij, et en mars un attentat avait tué huit personnes à
        // Raqqa": a killing in a clause of its own, dated only in the background, is that background's, not the unit's.
        foreach (var u in told)
            foreach (var k in u.Triggers.Where(t => t.Match.Value.Class.Name == "kill" && t.Match.FirstToken > u.FirstToken).ToList())
            {
                var (left, right) = ClauseTokens(k.Match.FirstToken, k.Match.FirstToken, from, to);
                if (left <= u.FirstToken || !OnlyBackgroundDates(left, right))
                    continue;
                u.Triggers.Remove(k);
                for (int t = left; t <= right; t++)
                    _backgroundTokens.Add(t);
            }
        var now = told.Where(u => !InBackgroundClause(u, from, to)).ToList();
        // "..., and in January a blast in Ras al-Ain killed eight": what a background unit's clause counts is not the
        // count of the unit before it.
        foreach (var u in told.Except(now))
        {
            var (_, right) = ClauseTokens(u, from, to);
            for (int t = u.FirstToken; t <= right; t++)
                _backgroundTokens.Add(t);
        }
        // "In September, raids killed 36 civilians. Those first strikes hit ...": a sentence with no date of its own whose
        // every event opens with its name told again after a definite or demonstrative word goes on with the background.
        if (now.Count > 0 && s > 0 && _onlyBackgroundSentences.Contains(s - 1) && SameParagraph(s - 1, s)
            && !(_doc.Dates ?? []).Any(d => InSentence(d.Range, s) && d.Role != DateRole.Background)
            && now.All(u => u.Triggers[0].Match is var first && first.Value.Class.Name != "kill" && first.Value.Nominal && DefiniteBefore(first.FirstToken)))
            now.Clear();
        if (now.Count < told.Count)
            _backgroundSentences.Add(s);
        if (now.Count == 0 && told.Count > 0)
            _onlyBackgroundSentences.Add(s);
        return now;
    }

    /// <summary>
    /// "The army, backed by Syrian air strikes, said ...", "appuyées par des factions rebelles et par les frappes de la
    /// coalition": strikes named in a support phrase (events.json supported_by), a few words after it in its clause with no
    /// other trigger or relative pronoun between ("backed by Moscow, which stepped up its air strikes" are Moscow's own),
    /// are how a side was helped, not a strike of their own.
    /// </summary>
    private bool SupportingInstrument(PhraseMatch<string> phrase, PhraseMatch<Trigger> m, List<PhraseMatch<Trigger>> matches)
    {
        const int Reach = 8;
        int end = phrase.FirstToken + phrase.Length;
        // The phrase ends with its link ("backed by", "avec l'appui de"); "ses alliés avaient mené 21 frappes" names allies who struck.
        var link = Key(end - 1);
        return (_lex.By.Contains(link) || _lex.Genitive.Contains(link) || _lex.AllyLinks.Contains(link))
               && end <= m.FirstToken && m.FirstToken - end <= Reach
               && !Enumerable.Range(end, m.FirstToken - end).Any(t => IsClauseEdge(t) || _lex.RelativePronouns.Contains(Key(t)))
               && !matches.Any(o => o.FirstToken >= end && o.FirstToken < m.FirstToken);
    }

    /// <summary>"backed by airstrikes from the US-led coalition": the instrument of the support that <paramref name="supporter"/> gives.</summary>
    private bool InstrumentOfSupport(PhraseMatch<Trigger> m, ActorMention supporter) =>
        TokenAt(supporter.Range.Start) is var first && first > m.FirstToken
        && SideQualifiers.OnlyInstrumentBetween(_text, Layer, m.FirstToken, first, _lex);

    /// <summary>The trigger match read as another class, its id saying why ("+ground", "+attempt").</summary>
    private static PhraseMatch<Trigger> Retyped(PhraseMatch<Trigger> m, TriggerClass cls, string why) =>
        m with { Value = m.Value with { Class = cls, Id = m.Value.Id + why } };

    /// <summary>
    /// "A car bomb exploded ..., killing three civilians, in an attack claimed by IS": a noun of no particular means
    /// (events.json anaphoric_nouns) after a locative and an indefinite article names the violence its unit told; it is
    /// that unit's, not a happening of its own.
    /// </summary>
    private bool NamedAfter(Unit current, PhraseMatch<Trigger> m) =>
        m.Value.Nominal && m.FirstToken >= 2 && _lex.AnaphoricNouns.Contains(Key(m.FirstToken))
        && _lex.Indefinite.Contains(Key(m.FirstToken - 1)) && _lex.Locatives.Contains(Key(m.FirstToken - 2))
        && current.Triggers.Any(t => ClassFamilies.IsInstrument(t.Match.Value.Class.Name) || t.Match.Value.Class.Name is "explosive" or "suicide" or "shooting");

    /// <summary>
    /// A weapon trigger that the disrupting word <paramref name="m"/> governs: its object (at most two words after it: "shot
    /// down two Turkish drones") or its subject (at most four words before it: "a suicide bomber was shot dead before"),
    /// with no clause edge between them. "ont abattu deux soldats lors d'un bombardement" stops no weapon.
    /// </summary>
    private bool WeaponBeside(PhraseMatch<Trigger> m, List<PhraseMatch<Trigger>> matches)
    {
        int end = m.FirstToken + m.Length;
        bool Clear(int from, int to) => !Enumerable.Range(from, to - from).Any(IsClauseEdge);
        return matches.Any(w => ClassFamilies.IsRemote(w.Value.Class.Name)
                                && (w.FirstToken >= end ? w.FirstToken - end <= 2 && Clear(end, w.FirstToken)
                                    : w.FirstToken + w.Length <= m.FirstToken && m.FirstToken - (w.FirstToken + w.Length) <= 4 && Clear(w.FirstToken + w.Length, m.FirstToken)));
    }

    /// <summary>A noun of military gear or posts ('military_objects') stands a few words after the unit's last trigger.</summary>
    private bool DestroysMilitaryObject(Unit unit, int to) =>
        _lex.MilitaryObjects.Count > 0
        && Enumerable.Range(unit.LastToken + 1, MilitaryObjectReach).TakeWhile(t => t < to).Any(t => _lex.MilitaryObjects.Contains(Key(t)));

    /// <summary>How many words after a destruction word its military object may stand ("destroyed two armoured vehicles").</summary>
    private const int MilitaryObjectReach = 4;

    /// <summary>
    /// A noun of non-combatants ('non_combatant_nouns': "convoi", "inspectors", "otages") stands before the unit in its
    /// sentence, with no fighting party named between it and the unit but as their holder.
    /// </summary>
    private bool EnteredByNonCombatants(Unit unit, int from)
    {
        int noun = unit.FirstToken - 1;
        while (noun >= from && !_lex.NonCombatantNouns.Contains(Key(noun)))
            noun--;
        if (noun < from)
            return false;
        int start = Layer.Tokens[noun].Range.End, end = Layer.Tokens[unit.FirstToken].Range.Start;
        // "Les otages aux mains de l'EI ont été libérés": a side named as who held them is no side that took anything.
        return !(_doc.Actors ?? []).Any(a => a.Range.Start >= start && a.Range.End <= end && _actors.Describe(a.Actor).Role == ActorRole.Party && !IsHolder(a));
    }

    private (int Left, int Right) ClauseTokens(Unit unit, int from, int to) => ClauseTokens(unit.FirstToken, unit.LastToken, from, to);

    private (int Left, int Right) ClauseTokens(int first, int last, int from, int to)
    {
        int left = first, right = last;
        while (left > from && !IsClauseEdge(left - 1)) left--;
        while (right < to - 1 && !IsClauseEdge(right + 1)) right++;
        return (left, right);
    }

    /// <summary>The tokens hold dates, and every one of them is background.</summary>
    private bool OnlyBackgroundDates(int left, int right) => DatesIn(left, right) is { Count: > 0 } dates && dates.All(d => d.Role == DateRole.Background);

    /// <summary>The date mentions inside tokens <paramref name="left"/> to <paramref name="right"/>.</summary>
    private List<DateMention> DatesIn(int left, int right)
    {
        var span = new TextRange(Layer.Tokens[left].Range.Start, Layer.Tokens[right].Range.End);
        return (_doc.Dates ?? []).Where(d => span.Contains(d.Range)).ToList();
    }

    /// <summary>A disaster noun in the unit's clause, or in the clause before it that a relative pronoun takes up.</summary>
    private bool DisasterClause(Unit unit, int from, int to)
    {
        var (left, right) = ClauseTokens(unit, from, to);
        if (left - 1 > from && Key(left - 1) == "," && _lex.RelativePronouns.Contains(Key(left)))
        {
            left--;
            while (left > from && !IsClauseEdge(left - 1)) left--;
        }
        return Enumerable.Range(left, right - left + 1).Any(t => _lex.DisasterNouns.Contains(Key(t)));
    }

    private bool InBackgroundClause(Unit unit, int from, int to)
    {
        var (left, right) = ClauseTokens(unit, from, to);
        var dates = DatesIn(left, right);
        // "restore positions they lost 20 months ago": a date after a pronoun that opens a clause of its own right after a
        // noun of the unit's clause dates that clause, not the unit ("since they deployed in 2015" still frames it).
        if (Enumerable.Range(unit.LastToken + 1, Math.Max(0, right - unit.LastToken)).FirstOrDefault(t => _lex.SubjectPronouns.Contains(Key(t)), -1) is var pronoun
            && pronoun > 0 && !_lex.PeriodCues.Contains(Key(pronoun - 1)) && !_lex.ClauseBreaks.Contains(Key(pronoun - 1)) && !_lex.Coordinators.Contains(Key(pronoun - 1))
            && dates.All(d => TokenAt(d.Range.Start) > pronoun))
            dates.Clear();
        // A unit dated only on days to come ("the Council will meet on Thursday to discuss the offensive") has not happened.
        if (dates.Count > 0 && dates.All(d => d.Role is DateRole.Background or DateRole.Future))
            return true;
        // "Depuis 2011, Douma a été bombardée...", "En janvier 2021, des raids avaient tué 57 combattants", "Plus tôt encore,
        // en avril 2017, l'attaque chimique avait tué...", "Back in April 2017, a sarin attack had killed...": a background
        // frame set off before the unit covers it, unless the sentence dates an event of its own.
        var sentence = new TextRange(Layer.Tokens[from].Range.Start, Layer.Tokens[to - 1].Range.End);
        var inSentence = (_doc.Dates ?? []).Where(d => sentence.Contains(d.Range)).ToList();
        bool framed = inSentence.Any(d => d.Role == DateRole.Background && TokenAt(d.Range.End) is var after && after < unit.FirstToken
                                          && Enumerable.Range(after, unit.FirstToken - after).Any(IsClauseEdge) && !DescribesPlace(d, from));
        return framed && inSentence.All(d => d.Role != DateRole.Event);
    }

    /// <summary>
    /// "Maarat al-Nouman, tenue par les rebelles depuis 2012, a été reprise": a date in an apposition opened right after
    /// a place name describes that place, and frames nothing after the apposition.
    /// </summary>
    private bool DescribesPlace(DateMention d, int sentenceStart)
    {
        int open = TokenAt(d.Range.Start) - 1;
        while (open > sentenceStart && Key(open) != "," && !_lex.ClauseBreaks.Contains(Key(open)))
            open--;
        return open > sentenceStart && Key(open) == "," && PlaceEndsAt(open - 1);
    }

    /// <summary>A resolved place name ends with the token.</summary>
    private bool PlaceEndsAt(int token) =>
        token >= 0 && Layer.Tokens[token].Range.End is var end && (_doc.Places ?? []).Any(p => p.Resolution is Resolved && p.Range.End == end);

    /// <summary>The match stands at most <paramref name="reach"/> tokens after the unit's last trigger, in its clause.</summary>
    private bool RightAfter(Unit current, PhraseMatch<Trigger> m, int reach) =>
        m.FirstToken - current.LastToken <= reach && !Enumerable.Range(current.LastToken + 1, m.FirstToken - current.LastToken - 1).Any(IsClauseEdge);

    /// <summary>
    /// "the deadliest day since a Turkish-Russian deal set up a buffer zone", "depuis l'accord de septembre": a happening
    /// named after "since" dates the sentence; it is not reported by it. Campaign nouns ("depuis le début de
    /// l'offensive") still frame a campaign total.
    /// </summary>
    /// <summary>Sentences whose campaign is named only as the start of a period: their units tell that campaign's total.</summary>
    private readonly HashSet<int> _framedSentences = [];

    /// <summary>Sentences that told a background happening ("En avril 2017, l'attaque avait tué 80 personnes"): their tolls are its.</summary>
    private readonly HashSet<int> _backgroundSentences = [];

    /// <summary>Tokens of the clauses of background units, from the unit's first word: their tolls belong to no event told.</summary>
    private readonly HashSet<int> _backgroundTokens = [];

    /// <summary>Sentences that told background only: a sentence after one that names its events again goes on with it.</summary>
    private readonly HashSet<int> _onlyBackgroundSentences = [];

    /// <summary>A campaign noun after a period cue ("depuis le début de l'offensive", "since the offensive began").</summary>
    private bool CampaignFrame(PhraseMatch<Trigger> m)
    {
        if (!m.Value.Nominal || !_lex.CampaignNouns.Contains(Key(m.FirstToken)))
            return false;
        for (int t = m.FirstToken - 1, skipped = 0; t >= 0 && skipped < 5; t--, skipped++)
        {
            if (_lex.PeriodCues.Contains(Key(t)))
                return true;
            if (Key(t) is "," || _lex.ClauseBreaks.Contains(Key(t)) || Layer.Tokens[t].Kind == TokenKind.Number)
                return false;
        }
        return false;
    }

    /// <summary>How many words may stand between a future copula and the noun it forecasts ("would be the mother of all battles").</summary>
    private const int ForecastReach = 6;

    /// <summary>
    /// "Al-Bab has been in rebel hands since mid-July, when the last security forces withdrew": a clause opened by 'when' right
    /// after the start of a period ("since mid-July,") tells how that period began, not a new event.
    /// </summary>
    private bool SinceWhen(PhraseMatch<Trigger> m, int from)
    {
        const int Reach = 10, StartReach = 5;
        for (int t = m.FirstToken - 1; t > from + 1 && m.FirstToken - t <= Reach; t--)
        {
            if (IsClauseEdge(t) || Key(t) == ",")
                return false;
            if (!_lex.WhenWords.Contains(Key(t)) || Key(t - 1) != ",")
                continue;
            for (int b = t - 2; b >= from && t - 2 - b < StartReach; b--)
            {
                if (Key(b) == "," || IsClauseEdge(b))
                    return false;
                if (_lex.PeriodCues.Contains(Key(b)))
                    return true;
            }
            return false;
        }
        return false;
    }

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
    /// "Hours after the attack, an air strike hit...", "avant l'offensive": a definite trigger noun after a sequence cue
    /// dates what follows by a happening already told (earlier in the sentence or the dispatch): a unit of its class, or,
    /// for a noun of no particular means ("the attack"), any violent one. It tells no new one; "after the arrest of X",
    /// with no arrest told before, does.
    /// </summary>
    private bool AfterTold(PhraseMatch<Trigger> m, int s, Unit? current)
    {
        if (!m.Value.Nominal || m.FirstToken < 2 || !_lex.Definite.Contains(Key(m.FirstToken - 1)) || !_lex.SequenceCues.Contains(Key(m.FirstToken - 2)))
            return false;
        bool anaphoric = _lex.AnaphoricNouns.Contains(Key(m.FirstToken));
        bool Tells(Unit u) => u.Head.Class.CodesEvent
                              && (ClassFamilies.Compatible(u.Head.Class.Name, m.Value.Class.Name) || (anaphoric && !NonViolent(u.Head.Class.Name)));
        return (current is not null && Tells(current)) || Enumerable.Range(0, s).Any(i => Units(i).Any(Tells));
    }

    /// <summary>
    /// A violent event was told before the unit, and the unit's clause names no place, no date and no side of its own
    /// ("qui a imputé l'attaque au groupe EI" says who did it).
    /// </summary>
    private bool RetellsViolence(Unit unit, int s, int from, int to)
    {
        var (left, right) = ClauseTokens(unit, from, to);
        var clause = new TextRange(Layer.Tokens[left].Range.Start, Layer.Tokens[right].Range.End);
        if (EventPlaces().Any(p => clause.Contains(p.Range)) || DatesIn(left, right).Count > 0
            || (_doc.Actors ?? []).Any(a => clause.Contains(a.Range) && _actors.Describe(a.Actor).Role == ActorRole.Party))
            return false;
        return Enumerable.Range(0, s).Any(i => Units(i).Any(u => u.Head.Class.CodesEvent && !NonViolent(u.Head.Class.Name)));
    }

    /// <summary>"la Ghouta orientale assiégée depuis 2013", "Aleppo, encircled": a state participle right after a place name
    /// (a comma may stand between) describes the place.</summary>
    private bool PlaceState(PhraseMatch<Trigger> m)
    {
        if (m.Length != 1 || !_lex.StateParticiples.Contains(Key(m.FirstToken)) || m.FirstToken == 0)
            return false;
        return PlaceEndsAt(Key(m.FirstToken - 1) == "," ? m.FirstToken - 2 : m.FirstToken - 1);
    }

    /// <summary>
    /// "a poison gas attack", "une attaque au gaz", "a drone attack": a noun of no particular means right beside a weapon
    /// (two words may stand between) is that weapon's attack, one unit.
    /// </summary>
    private bool WeaponsAttack(Unit current, PhraseMatch<Trigger> m)
    {
        bool Anaphoric(PhraseMatch<Trigger> t) => t.Value.Nominal && _lex.AnaphoricNouns.Contains(Key(t.FirstToken));
        var last = current.Triggers[^1].Match;
        bool pair = (Anaphoric(m) && ClassFamilies.IsRemote(last.Value.Class.Name)) || (Anaphoric(last) && ClassFamilies.IsRemote(m.Value.Class.Name));
        return pair && RightAfter(current, m, 3);
    }

    /// <summary>
    /// "Des obus tirés lundi sur Douma", "rockets fired at the town": a firing verb right after a weapon of remote violence
    /// says how that weapon struck; it is no shooting of its own.
    /// </summary>
    private bool FiredBy(Unit current, PhraseMatch<Trigger> m) =>
        m.Value.Class.Name == "shooting" && !m.Value.Nominal && ClassFamilies.IsRemote(current.Head.Class.Name) && RightAfter(current, m, 3);

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
    /// A word of 'instrument_links' ("with", "avec") at most two words before <paramref name="m"/>, and at most eight words
    /// after the unit, with no clause edge between.
    /// </summary>
    private bool InstrumentLinked(Unit current, PhraseMatch<Trigger> m)
    {
        for (int t = m.FirstToken - 1; t >= Math.Max(current.LastToken + 1, m.FirstToken - 3); t--)
            if (_lex.InstrumentLinks.Contains(Key(t)))
                return m.FirstToken - current.LastToken <= 9 && !Enumerable.Range(current.LastToken + 1, t - current.LastToken - 1).Any(IsClauseEdge);
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
        if (next.Value is { Nominal: true } t && t.Class.Name is "air" or "remote" or "shelling" or "clash" or "explosive"
            && next.FirstToken - end <= 3 && !Enumerable.Range(end, next.FirstToken - end).Any(IsClauseEdge))
            return true;
        // "des raids aériens ont repris sur les quartiers est", "les combats ont repris": an attack as the subject resumes.
        if (m.Value.Nominal)
            return false;
        var before = matches.LastOrDefault(n => n.FirstToken + n.Length <= m.FirstToken);
        return before.Value is { Nominal: true } b && b.Class.Name is "air" or "remote" or "shelling" or "clash" or "explosive"
               && m.FirstToken - (before.FirstToken + before.Length) <= 3
               && !Enumerable.Range(before.FirstToken + before.Length, m.FirstToken - before.FirstToken - before.Length).Any(IsClauseEdge)
               && !(_doc.Actors ?? []).Any(a => { int at = TokenAt(a.Range.Start); return at > before.FirstToken && at < m.FirstToken; })
               // "troops backed by Russian warplanes captured": an instrument inside a side's words is no subject of its own.
               && !(_doc.Actors ?? []).Any(a => a.Range.Contains(Layer.Tokens[before.FirstToken].Range));
    }

    private bool IsClauseEdge(int token)
    {
        var k = Key(token);
        return k == "," || _lex.ClauseBreaks.Contains(k);
    }

    private bool Negated(int token, int sentenceStart)
    {
        // "l'armée reprendrait la ville", "lancerait une offensive": told in the future or the conditional.
        if (Unreal(token))
            return true;
        // "des renforts ont été envoyés pour reprendre la ville", "in order to retake": a purpose right before the trigger.
        if (token > sentenceStart && _lex.PurposeCues.Matches(_text, Layer.Tokens, Math.Max(sentenceStart, token - 4), token).Any(m => m.FirstToken + m.Length == token))
            return true;
        for (int i = token - 1; i >= Math.Max(sentenceStart, token - 5); i--)
        {
            var k = Key(i);
            if (_lex.ClauseBreaks.Contains(k) || k == ",")
                break;
            if (_lex.NegationBefore.Contains(k) || _lex.IrrealisBefore.Contains(k) || Unreal(i))
                return true;
        }
        return false;
    }

    /// <summary>"a breach could cause": a verb form right after an article is used as a noun.</summary>
    private bool ArticleBefore(int token) => token > 0 && _lex.IsArticle(Key(token - 1));

    /// <summary>
    /// "l'offensive se poursuivrait jusqu'à Kobané", "the offensive would continue": a trigger noun whose verb, right after
    /// it (one word may stand between), is in the future or the conditional.
    /// </summary>
    private bool UnrealAfter(int token, int to)
    {
        // One word may stand between: a reflexive ("se poursuivrait"), an adjective or an adverb ("air strikes alone would").
        for (int t = token; t < Math.Min(to, token + 2); t++)
        {
            if (Unreal(t))
                return true;
            if (Layer.Tokens[t].Kind != TokenKind.Word || IsClauseEdge(t))
                return false;
        }
        return false;
    }

    /// <summary>A lower-case verb form of the future or the conditional (a capital is a name: "Sera", "Tira").</summary>
    private bool Unreal(int token) =>
        _lex.UnrealForms.Contains(Key(token)) && !char.IsUpper(_text[Layer.Tokens[token].Range.Start]);

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

    /// <summary>
    /// The unit a word of the sentence belongs to: the last one that starts before it, unless a clause break (';', ':')
    /// parts it from that unit and none from the next ("the second in three days: on Saturday, a vehicle blew up": the
    /// Saturday is the blast's).
    /// </summary>
    private Unit Owner(List<Unit> units, int token)
    {
        int i = units.FindLastIndex(u => u.FirstToken <= token);
        if (i < 0)
            return units[0];
        if (i + 1 < units.Count && units[i].LastToken < token && BreakBetween(units[i].LastToken, token) && !BreakBetween(token, units[i + 1].FirstToken))
            return units[i + 1];
        return units[i];
    }
}
