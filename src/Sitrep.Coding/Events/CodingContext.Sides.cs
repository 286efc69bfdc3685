using Sitrep.Coding.Context;
using Sitrep.Coding.Lexicon;
using Sitrep.Core.Model;

namespace Sitrep.Coding.Events;

/// <summary>Who acts and who is acted upon: the sides a clause names, and the defaults and fronts when it names none.</summary>
internal sealed partial class CodingContext
{
    /// <summary>Another fighting party named anywhere in the sentence ("... s'emparent de Palmyre après des combats contre les forces du régime").</summary>
    private Sourced<Actor>? SentenceParty(int s, Actor actor1)
    {
        var c1 = _actors.Describe(actor1).Class;
        var candidates = (_doc.Actors ?? []).Where(a => InSentence(a.Range, s) && _actors.Describe(a.Actor) is { Role: ActorRole.Party } info && info.Class != c1 && !IsSupporter(a) && !CountryAsDestination(a)).ToList();
        // "... the fifth day of Ankara's offensive against Kurdish-led forces": whom the fighting is against comes first.
        var other = candidates.FirstOrDefault(a => After(TokenAt(a.Range.Start), _lex.Against)) ?? candidates.FirstOrDefault();
        return other is null ? null : new Sourced<Actor>(other.Actor, [new Evidence("actor2", other.Range, other.Rule + " (same sentence)")]);
    }

    // ---- sides ------------------------------------------------------------------------------------------

    private (Sourced<Actor>? A1, Sourced<Actor>? A2) Sides(Unit unit, int clauseStart, int clauseEnd)
    {
        // Who reports the sentence ("..., Turkey's defence minister said") speaks of the event; it is not a side of it,
        // unless it speaks of what it did itself ("the SDF said they had arrested", "l'armée a annoncé avoir repris").
        var cue = ClaimOf(unit.Sentence);
        // "un attentat revendiqué par l'EI": who claims an attack (events.json responsibility_verbs) did it; who claims an
        // advance or a capture only reports it ("the Russian claim about the regime's advance").
        // Only a claimant named after the attack as its agent ("claimed by", "revendiqué par", events.json agent_phrases) is
        // sure to claim it: "in what two groups claimed was a gas attack" only reports.
        bool claimsAttack = cue is not null && TakesResponsibility(cue) && cue.SourceRange.Start > unit.Range.Start
                            && AfterAgentPhrase(TokenAt(cue.SourceRange.Start), clauseStart)
                            && (Strikes(unit.Head.Class.Name) || unit.Head.Class.Name is "massacre" or "abduction");
        var speaker = cue is not null && !SelfReported(cue, unit) && !claimsAttack ? cue.SourceRange : (TextRange?)null;
        var parties = (_doc.Actors ?? [])
            .Where(a => _actors.Describe(a.Actor).Role != ActorRole.Source && a.Range != speaker)
            .Select(a => (Mention: a, Token: TokenAt(a.Range.Start)))
            .Where(a => a.Token >= clauseStart && a.Token < clauseEnd)
            .ToList();
        Sourced<Actor> Of(ActorMention m, string field) => new(m.Actor, [new Evidence(field, m.Range, m.Rule)]);
        // "areas controlled by the regime", "IS-held villages": the holder of an area is not who acts in the event; it
        // may be whom an attack on the area targets (or who holds a town left to it), never the victim of a killing or an arrest.
        bool attack = Strikes(unit.Head.Class.Name) || unit.Head.Class.Name is "advance" or "territory" or "evacuation";
        var holders = parties.Where(p => IsHolder(p.Mention)).ToList();
        parties = parties.Where(p => !holders.Contains(p) || (attack && p.Token > unit.LastToken)).ToList();
        // "Les FDS, soutenues par la coalition, ont pris Tabqa": the supporter is not a side.
        parties = parties.Where(p => !IsSupporter(p.Mention)).ToList();
        // "200 000 habitants ont fui vers la Turquie", "fled into Turkey": a country named as where people went is a place,
        // not a side.
        parties = parties.Where(p => !CountryAsDestination(p.Mention)).ToList();

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
                                 && ((p.Token > clauseStart && Layer.Tokens[p.Token - 1].Kind == TokenKind.Number)
                                     || (_doc.Quantities ?? []).Any(q => q.Range.Overlaps(p.Mention.Range) || (q.Range.End <= p.Mention.Range.Start && TokenAt(q.Range.End) == p.Token && TokenAt(q.Range.Start) >= clauseStart))
                                     || (_doc.Tolls ?? []).Any(t => t.Kind == CountedKind.Dead && t.Range.Overlaps(p.Mention.Range))
                                     || KilledParticiple(unit, p))).ToList()
            : [];
        // "The clashes erupted on Sunday when tribal fighters attacked SDF checkpoints": a side right after a 'when' inside the
        // unit's words is the subject of the clause it opens, as one before the unit is.
        var before = parties.Where(p => (p.Token < unit.FirstToken || p.Token > unit.FirstToken && p.Token < unit.LastToken && AfterWhen(p.Token) && !_actors.Describe(p.Mention.Actor).Generic)
                                        && _actors.Describe(p.Mention.Actor).Role != ActorRole.Civilians && !victims.Contains(p) && !holders.Contains(p)).ToList();
        // A side inside the unit's words counts as after its first trigger when a passive "by" or a trigger noun's genitive
        // names it ("were killed by rebel shelling", "l'offensive du régime ... a fait 1 600 morts").
        // "Syrie : frappes israéliennes près de Damas": a side whose words hold the unit's instrument counts wherever it starts.
        // "ont ouvert le feu sur un convoi de civils, tuant quatre personnes", "ont opposé X à Y, faisant quatre morts": a
        // killing a few words after a comma only counts the unit's dead; it does not stretch the unit's words over the
        // sides named before it.
        int lastWord = unit.Triggers.Where(t => !(t.Match.Value.Class.Name == "kill" && t.Match.FirstToken > unit.FirstToken
                                                  && Enumerable.Range(Math.Max(unit.FirstToken, t.Match.FirstToken - 3), Math.Min(3, t.Match.FirstToken - unit.FirstToken)).Any(c => Key(c) == ",")))
            .Select(t => t.Match.FirstToken + t.Match.Length - 1).DefaultIfEmpty(unit.LastToken).Max();
        var after = parties.Where(p => p.Token > lastWord || (p.Token >= unit.FirstToken && p.Mention.Range.Start >= unit.Range.End)
                                       || (p.Token > unit.FirstToken && p.Token < unit.LastToken && (After(p.Token, _lex.By) || OfTriggerNoun(unit, p.Token) || WithClashNoun(unit, p.Token) || AfterAgentPhrase(p.Token, clauseStart)))
                                       || (p.Token >= unit.FirstToken && HoldsTrigger(unit, p.Mention))).ToList();
        // Passive agent: "décrétée par l'armée", "killed by regime shelling"; the side of a trigger noun: "l'offensive du régime".
        // "..., abandonnée par les jihadistes": a 'par' behind a comma is another participle's agent, not the unit's.
        var agent = after.FirstOrDefault(p => !holders.Contains(p)
                                              && ((After(p.Token, _lex.By) && !CommaBetween(unit.LastToken, p.Token)) || OfTriggerNoun(unit, p.Token) || AfterAgentPhrase(p.Token, clauseStart) || HoldsTrigger(unit, p.Mention)));
        // "Homs est tombée aux mains des rebelles", "Palmyra, which fell to IS in May": the side a capture's words end on
        // took the place, from the side that had it (a subject that "lost" it) if one is named.
        if (unit.Head.Class.Name == "territory"
            && after.FirstOrDefault(p => p.Token > unit.LastToken && p.Token - unit.LastToken <= 2 && AfterPhrase(_lex.TakerPhrases, p.Token, clauseStart)) is { Mention: { } taker })
        {
            var loser = before.LastOrDefault(p => _actors.Describe(p.Mention.Actor).Class != _actors.Describe(taker.Actor).Class).Mention;
            return (Of(taker, "actor1"), loser is null ? null : Of(loser, "actor2"));
        }
        // "Une vingtaine de combattants des FDS et au moins 13 rebelles proturcs ont été tués": the dead of two armed sides
        // counted together, with no one else named as acting, are the two sides of the fighting.
        if (victims.Count >= 2 && before.Count == 0 && agent.Mention is null && unit.Head.Class.Name is "kill" or "clash"
            && victims.Where(v => _actors.Describe(v.Mention.Actor).Role == ActorRole.Party).DistinctBy(v => _actors.Describe(v.Mention.Actor).Class).Take(2).ToList() is [var v1, var v2])
            return (Of(v1.Mention, "actor1"), Of(v2.Mention, "actor2"));
        if (victims.Count > 0 && before.Count == 0)
            return (agent.Mention is null ? null : Of(agent.Mention, "actor1"), Of(victims[0].Mention, "actor2"));
        // "Russia and the rebel group Faylaq al-Rahman reached an agreement", "government forces and rebels exchanged fire":
        // a coordinated subject of a deal or a clash holds both sides. Of a capture or a strike it is allies acting together
        // ("les forces turques et les rebelles syriens se sont emparés d'Afrin").
        if (before.Count >= 2 && after.Count == 0 && unit.Head.Class.Name is "agreement" or "clash" or "evacuation"
            && Coordinated(before[^2].Mention, before[^1].Mention) && before[^2].Mention.Actor.Id != before[^1].Mention.Actor.Id)
            return (Of(before[^2].Mention, "actor1"), Of(before[^1].Mention, "actor2"));
        // "Des combats ont opposé l'armée aux rebelles": with no subject, the first two sides after the trigger.
        if (before.Count == 0 && unit.Head.Class.Name is "clash" or "territory" or "advance")
        {
            var distinct = after.Where(p => _actors.Describe(p.Mention.Actor).Role == ActorRole.Party).DistinctBy(p => p.Mention.Actor.Id).Take(2).ToList();
            if (distinct.Count == 2 && !after.Take(2).Any(p => p.Token > 0 && _lex.By.Contains(Key(p.Token - 1))))
                return (Of(distinct[0].Mention, "actor1"), Of(distinct[1].Mention, "actor2"));
        }
        // "Rebels said clashes with IS fighters killed 30": a fighting side that reports a fight with another, naming no
        // one else as fighting it, was in it.
        if (before.Count == 0 && agent.Mention is null && unit.Head.Class.Name == "clash" && speaker is { } spoken
            && after.FirstOrDefault(p => WithClashNoun(unit, p.Token)) is { Mention: { } foe }
            && (_doc.Actors ?? []).FirstOrDefault(a => a.Range == spoken) is { } reporter
            && _actors.Describe(reporter.Actor) is { Role: ActorRole.Party } side && side.Class != _actors.Describe(foe.Actor).Class)
            return (Of(reporter, "actor1"), Of(foe, "actor2"));
        ActorMention? a1 = null, a2 = null;
        // "New advancement for the factions", "nouvelle avancée pour les FDS": who gained the ground.
        if (agent.Mention is null && unit.Head.Class.Name is "territory" or "advance")
            agent = after.FirstOrDefault(p => !holders.Contains(p) && p.Token - unit.LastToken <= 3 && After(p.Token, _lex.For));
        // "A rebel commander was assassinated by gunmen", "a été tué par": the subject of a passive verb is acted upon.
        bool passive = before.Count > 0 && agent.Mention is not null &&
                       Enumerable.Range(before[^1].Token + 1, Math.Max(0, unit.FirstToken - before[^1].Token - 1)).Any(t => _lex.PassiveAuxiliaries.Contains(Key(t)));
        if (passive)
            return (Of(agent.Mention!, "actor1"), Of(before[^1].Mention, "actor2"));
        // "U.S. forces in Syria have been attacked", "un convoi militaire turc a été visé": with no agent named, the subject
        // of a perfect passive attack ('agentless_passive_auxiliaries') is its target; who attacked is left to the defaults.
        if (before.Count > 0 && Strikes(unit.Head.Class.Name) && TokenAt(before[^1].Mention.Range.End) is var subjectEnd
            && unit.FirstToken - subjectEnd is > 0 and <= 4 && _lex.AgentlessPassive.Contains(Key(unit.FirstToken - 1)))
            return (null, Of(before[^1].Mention, "actor2"));
        if (before.Count > 0)
        {
            // "Les forces turques et les rebelles qu'elles soutiennent ont pris X": of allies named together, the first leads.
            int lead = before.Count - 1;
            while (lead > 0 && Coordinated(before[lead - 1].Mention, before[lead].Mention))
                lead--;
            a1 = before[lead].Mention;
        }
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

    /// <summary>
    /// A compound after the unit in its clause whose first part names a holder ("the Kurdish-held city", "IS-held
    /// villages"): the generic actor of that class, if it is not the class of <paramref name="actor1"/>.
    /// </summary>
    private Sourced<Actor>? HolderAfter(Unit unit, int clauseEnd, Sourced<Actor>? actor1)
    {
        for (int t = unit.LastToken + 1; t < clauseEnd; t++)
        {
            var k = Key(t);
            foreach (var suffix in _lex.HeldSuffixes)
            {
                if (SideQualifiers.HeldClass(k, suffix, _lex.HolderAdjectives) is not { } cls)
                    continue;
                if (actor1 is not null && _actors.Describe(actor1.Value).Class == cls)
                    return null;
                var actor = _actors.Generic(cls, _doc.Dispatch.Date);
                return actor is null ? null : new Sourced<Actor>(actor, [new Evidence("actor2", Layer.Tokens[t].Range, $"lexicon:{_lex.Language.Code()}/control.json#held:{suffix}")]);
            }
        }
        return null;
    }

    /// <summary>The side at <paramref name="token"/> hangs on a trigger noun of the unit by a genitive ("l'offensive du régime", "the bombardment of the regime").</summary>
    private bool OfTriggerNoun(Unit unit, int token)
    {
        // The genitive may open the side's own words ("des forces du régime").
        int g = _lex.Genitive.Contains(Key(token)) ? token : token - 1;
        if (g > 0 && g < token && IsArticle(g))
            g--;
        // Only an attack's noun names its doer so; "the death of a child", "l'enlèvement de X", "l'évacuation des rebelles"
        // name whom it befell.
        // "un kamikaze jordanien du Front al-Nosra", "des raids aériens du régime": one describing word may follow the noun.
        return g > 0 && _lex.Genitive.Contains(Key(g))
               && unit.Triggers.Any(t => t.Match.Value.Nominal && (t.Match.FirstToken + t.Match.Length == g || (t.Match.FirstToken + t.Match.Length == g - 1 && Describing(g - 1)))
                                         && (Strikes(t.Match.Value.Class.Name) || t.Match.Value.Class.Name is "advance" or "territory"));
    }

    /// <summary>A describing word that may follow an attack noun (events.json post_describers: "jordanien", "aériens").</summary>
    private bool Describing(int token) => _lex.PostDescribers.Contains(Key(token));

    /// <summary>
    /// The side at <paramref name="token"/> is whom a fight noun of the unit was fought with ("des combats avec les jihadistes
    /// de HTS qui ont fait 30 morts", "clashes with IS that left 12 dead"): the other side, though a killing follows it.
    /// </summary>
    private bool WithClashNoun(Unit unit, int token)
    {
        int link = token - 1;
        if (link > 0 && IsArticle(link))
            link--;
        return link > 0 && _lex.PartyLinks.Contains(Key(link))
               && unit.Triggers.Any(t => t.Match.Value.Nominal && t.Match.Value.Class.Name == "clash" && t.Match.FirstToken + t.Match.Length == link);
    }

    /// <summary>
    /// "Turkish soldiers killed in Syrian air strike", "Deux soldats turcs tués dans une frappe": in headline style, a side
    /// right before a killing participle that a place or an agent follows (not an object) is whom it killed.
    /// </summary>
    private bool KilledParticiple(Unit unit, (ActorMention Mention, int Token) p)
    {
        // The token right after the side's words.
        int end = TokenAt(p.Mention.Range.End);
        if (!unit.Triggers.Any(t => t.Match.Value.Class.Name == "kill" && !t.Match.Value.Nominal && t.Match.FirstToken == end && t.Match.Length == 1))
            return false;
        int next = end + 1;
        // "Turkish air strikes killed at least two civilians": a figure right after the verb ("at least two") is its object.
        if ((_doc.Quantities ?? []).Any(q => TokenAt(q.Range.Start) == next))
            return false;
        return next >= Layer.Tokens.Count || Key(next) is "," or "." || _lex.Locatives.Contains(Key(next)) || _lex.By.Contains(Key(next));
    }

    /// <summary>
    /// A fighting side reports, before the unit, what it did: a word that takes it up as the unit's subject ('self_reference':
    /// "they", "it", "to have", "avoir", "qu'ils") stands right before the unit, after the reporting cue.
    /// </summary>
    private bool SelfReported(ClaimCue cue, Unit unit)
    {
        // "The coalition said it had carried out nine air strikes": the self-reference may stand a verb and a count before the unit.
        const int Reach = 6;
        if (_actors.Describe(cue.Source).Role != ActorRole.Party || cue.SourceRange.End > unit.Range.Start || cue.CueRange.End > unit.Range.Start)
            return false;
        int from = Math.Max(TokenAt(cue.CueRange.End), unit.FirstToken - Reach);
        return from < unit.FirstToken && _lex.SelfReference.Matches(_text, Layer.Tokens, from, unit.FirstToken).Count > 0;
    }

    private bool CommaBetween(int from, int to) => Enumerable.Range(from + 1, Math.Max(0, to - from - 1)).Any(t => Key(t) == ",");

    /// <summary>"killed in coalition airstrikes", "tués dans des frappes russes": the side's own words hold the unit's instrument.</summary>
    private static bool HoldsTrigger(Unit unit, ActorMention m) =>
        unit.Triggers.Any(t => ClassFamilies.IsInstrument(t.Match.Value.Class.Name) && m.Range.Contains(t.Range));

    /// <summary>
    /// The mention is a country's name, as a place, right after a destination word ("vers la Turquie", "into Turkey") or a
    /// border noun and its link ("the last crossing with Turkey", "ville frontalière de la Turquie": events.json border_nouns).
    /// </summary>
    private bool CountryAsDestination(ActorMention m)
    {
        int t = TokenAt(m.Range.Start);
        if (t > 0 && IsArticle(t - 1))
            t--;
        bool border = t > 1 && (_lex.AllyLinks.Contains(Key(t - 1)) || _lex.Genitive.Contains(Key(t - 1))) && _lex.BorderNouns.Contains(Key(t - 2));
        return t > 0 && (_lex.DestinationWords.Contains(Key(t - 1)) || border)
               && (_doc.Places ?? []).Any(p => p.Range.Overlaps(m.Range) && p.Resolution is Resolved { Place.Kind: PlaceKind.Country });
    }

    /// <summary>"des frappes attribuées à la coalition": an agent phrase ends right before the side (an article may stand between).</summary>
    private bool AfterAgentPhrase(int token, int clauseStart) => AfterPhrase(_lex.AgentPhrases, token, clauseStart);

    /// <summary>One of <paramref name="phrases"/> ends right before the token (an article may stand between).</summary>
    private bool AfterPhrase(PhraseMatcher<string> phrases, int token, int clauseStart)
    {
        if (token <= clauseStart)
            return false;
        var matches = phrases.Matches(_text, Layer.Tokens, Math.Max(clauseStart, token - 5), token);
        return matches.Any(m => m.FirstToken + m.Length == token
                                || (m.FirstToken + m.Length == token - 1 && IsArticle(token - 1)));
    }

    /// <summary>The word before the token (or the one before an article) is one of <paramref name="words"/>.</summary>
    private bool After(int token, IReadOnlySet<string> words)
    {
        // Quotes around a side's name ('tirés par les "groupes terroristes"') do not part it from the word before.
        while (token > 0 && IsQuote(token - 1))
            token--;
        // "par des combattants de la faction Ahrar al-Charqiya", "by fighters of the Islamic State": the side whose men
        // act stands after a noun of its members.
        if (token > 2 && _lex.Genitive.Contains(Key(token - 1)) && _lex.MemberNouns.Contains(Key(token - 2)))
            token -= IsArticle(token - 3) || _lex.MemberDeterminers.Contains(Key(token - 3)) ? 3 : 2;
        // "par des membres des forces gouvernementales": the genitive may open the side's own name.
        else if (token > 1 && _lex.Genitive.Contains(Key(token)) && _lex.MemberNouns.Contains(Key(token - 1)))
            token -= IsArticle(token - 2) || _lex.MemberDeterminers.Contains(Key(token - 2)) ? 2 : 1;
        return (token > 0 && words.Contains(Key(token - 1)))
               || (token > 1 && words.Contains(Key(token - 2)) && IsArticle(token - 1));
    }

    /// <summary>The word before the token (or before its article) is a 'when' word ("when tribal fighters", "lorsque des insurgés").</summary>
    private bool AfterWhen(int token)
    {
        int t = token - 1;
        if (t > 0 && (IsArticle(t) || _lex.MemberDeterminers.Contains(Key(t))))
            t--;
        return t >= 0 && _lex.WhenWords.Contains(Key(t));
    }

    private bool IsQuote(int token) => Key(token) is "\"" or "“" or "”" or "«" or "»";

    /// <summary>The token is a definite article ("the", "le", "la", "les", "l'").</summary>
    private bool IsArticle(int token) => Key(token) is "the" or "le" or "la" or "les" or "l'";

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
        var between = Enumerable.Range(end, Math.Max(0, start - end)).Where(t => !IsArticle(t)).Select(Key).ToList();
        return between.Count is 1 or 2 && between.All(_lex.Coordinators.Contains);
    }

    /// <summary>An area stated relative to another place ("north of Aleppo", "Idlib countryside").</summary>
    /// <remarks>"the surroundings of X" (area:near) keeps X's own point, so X's district fronts still apply.</remarks>
    private static bool IsRelative(Resolved r) => r.Rule.StartsWith("relative:", StringComparison.Ordinal) ||
                                                  (r.Rule.StartsWith("area:", StringComparison.Ordinal) && r.Rule != "area:near");

    private Sourced<Actor> DefaultActor1(string cls, Sourced<Actor>? actor2, TextRange at, Front? front, Sourced<Resolved>? place, Clause? clause)
    {
        // "No group has claimed responsibility": a bombing nobody is named for is an unidentified group's, whatever the defaults say.
        if (cls is "suicide" or "explosive" && UnclaimedCue(Layer.SentenceAt(at.Start)) is { } unclaimed)
            return Unidentified("actor1", unclaimed, $"lexicon:{_lex.Language.Code()}/events.json#unclaimed");
        if (cls is "suicide" && (actor2 is null || _actors.Describe(actor2.Value).Class != _defaults.SuicideActor1))
            return GenericOf(_defaults.SuicideActor1, "actor1", at);
        // Executions and abductions are done where the perpetrator holds the ground: with no side named, the front's
        // holder is the perpetrator ("a man stoned to death in Deir Ezzor" in 2016 is IS's doing, not the army's).
        if (cls is "massacre" or "abduction" && front is not null && (actor2 is null || _actors.Describe(actor2.Value).Class == "civilians")
            && DispatchParty(exceptClass: "civilians", clause) is null)
            return FromFront(front.Holder, front, place, "actor1", at);
        // "A car bomb exploded in Manbij": a bomb nobody is named for, off any front, is an unidentified group's (ACLED's
        // "Unidentified Armed Group"), not the side another sentence of the dispatch names.
        if (cls is "explosive" && actor2 is null && front is null)
            return Unidentified("actor1", at, $"{Defaults.Rule}#explosive_actor1");
        if (actor2 is not null)
        {
            var c2 = _actors.Describe(actor2.Value).Class;
            if (FrontSide(front, other: c2) is { } side)
                return FromFront(side, front!, place, "actor1", at);
            var opponent = _defaults.OpponentOf(c2, _doc.Dispatch.Date, place?.Value.Place.Admin.Admin1PCode, _defaults.DefaultActor1);
            // "a Turkish convoy was targeted by an air strike": an air strike is flown by a side with aircraft, not by the
            // target's usual ground foe.
            if (cls == "air" && !Flies(_actors.Generic(opponent, _doc.Dispatch.Date)) && _defaults.RemoteActor1 != c2)
                opponent = _defaults.RemoteActor1;
            return GenericOf(opponent, "actor1", at);
        }
        if (ClassFamilies.IsInstrument(cls))
            return front is not null ? FromFront(front.Attacker, front, place, "actor1", at) : GenericOf(_defaults.RemoteActor1, "actor1", at);
        var context = DispatchParty(exceptClass: null, clause, ownSpeaker: cls is not ("massacre" or "abduction" or "kill"));
        if (context is not null)
            return new Sourced<Actor>(context.Actor, [new Evidence("actor1", context.Range, "context:first-party-of-dispatch")]);
        return front is not null ? FromFront(front.Attacker, front, place, "actor1", at) : GenericOf(_defaults.DefaultActor1, "actor1", at);
    }

    private Sourced<Actor> DefaultActor2(string cls, Sourced<Actor> actor1, TextRange at, bool civilianVictims, Front? front, Sourced<Resolved>? place, Clause? clause)
    {
        if (cls is "massacre" or "abduction" || (civilianVictims && cls is "kill" or "shooting"))
            return GenericOf("civilians", "actor2", at);
        var c1 = _actors.Describe(actor1.Value).Class;
        if (cls is "territory")
        {
            // Who lost ground is not who else the dispatch mentions: the front says it, else the stated default.
            if (FrontSide(front, other: c1) is { } loser)
                return FromFront(loser, front!, place, "actor2", at);
            return GenericOf(c1 == _defaults.TerritoryOpponent ? _defaults.OpponentOf(c1, _doc.Dispatch.Date, place?.Value.Place.Admin.Admin1PCode, "gov") : _defaults.TerritoryOpponent, "actor2", at);
        }
        var other = DispatchParty(exceptClass: c1, clause, speakers: false);
        if (other is not null && Allied(actor1.Value, other.Actor))
            other = null;
        var side = FrontSide(front, other: c1);
        // A party named in another paragraph belongs to another story ("raids on the Ghouta" in a dispatch whose first
        // paragraph is about IS in the desert): the front at the place, else the stated default, says who faced actor1.
        // A bomb's target is named in its own sentence, not wherever else the dispatch names a side ("an Israeli air
        // strike ... two car bombs").
        if (other is not null && (clause is not { } c || (cls is "explosive" or "suicide" ? InSentence(other.Range, c.S) : SameParagraph(Math.Max(0, Layer.SentenceAt(other.Range.Start)), c.S))))
            return new Sourced<Actor>(other.Actor, [new Evidence("actor2", other.Range, "context:other-party-of-dispatch")]);
        if (side is not null)
            return FromFront(side, front!, place, "actor2", at);
        return GenericOf(_defaults.OpponentOf(c1, _doc.Dispatch.Date, place?.Value.Place.Admin.Admin1PCode, _defaults.DefaultActor1), "actor2", at);
    }

    /// <summary>The side of the front facing a side of class <paramref name="other"/>, or null if that class is not on this front.</summary>
    /// <remarks>A class allied with one of the front's sides ('allies': the Turkish-backed factions on Turkey's front) faces the other.</remarks>
    private string? FrontSide(Front? front, string other) =>
        front is null ? null
        : other == front.Attacker ? front.Holder
        : other == front.Holder ? front.Attacker
        : _defaults.Allied(other, front.Attacker, _doc.Dispatch.Date) ? front.Holder
        : _defaults.Allied(other, front.Holder, _doc.Dispatch.Date) ? front.Attacker
        : null;

    /// <summary>
    /// "Les jihadistes ont attaqué près de Saraqeb" in 2020: where a dispatch names no jihadist group, the jihadists of a
    /// governorate held by one (data/coding/defaults.json jihadists_by_area) are that group, not the Islamic State the
    /// actor dictionary falls back to (a side from a mention that took its description's fallback, of the Islamic State's class).
    /// </summary>
    private Sourced<Actor>? LocalJihadists(Sourced<Actor>? side, Sourced<Resolved>? place, Sourced<DateSpan>? when)
    {
        if (side is null || place is null || when is null || _actors.Describe(side.Value).Class != "is"
            || !side.Evidence.Any(e => (_doc.Actors ?? []).Any(a => a.FallbackOf is not null && a.Range == e.Range)))
            return side;
        var area = _defaults.JihadistAreas.FirstOrDefault(a => a.Admin1 == place.Value.Place.Admin.Admin1PCode && a.From <= when.Value.To && when.Value.From <= a.To);
        if (area is null || _actors.ById(area.Actor, _doc.Dispatch.Date) is not { } actor)
            return side;
        return new Sourced<Actor>(actor, side.Evidence.Select(e => e with { Rule = $"{e.Rule}+{Defaults.Rule}#jihadists_by_area:{area.Admin1}:{area.From:yyyy-MM}" }).ToList());
    }

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
    private ActorMention? DispatchParty(string? exceptClass, Clause? clause, bool speakers = true, bool ownSpeaker = true) =>
        (_doc.Actors ?? []).FirstOrDefault(a =>
        {
            var info = _actors.Describe(a.Actor);
            if (info.Role != ActorRole.Party || (exceptClass is not null && info.Class == exceptClass) || IsHolder(a) || IsSupporter(a) || CountryAsDestination(a))
                return false;
            // "Washington a accusé la Russie": who speaks of an event is not whom it was aimed at. (It may be who did it:
            // "L'armée a annoncé avoir repris Alep".)
            if (!speakers && Layer.SentenceAt(a.Range.Start) is int sa && sa >= 0 && ClaimOf(sa)?.SourceRange == a.Range)
                return false;
            // "Kurds say civilians executed": who reports a killing of civilians in the event's own sentence, not as its doer
            // (a side that speaks of what it did is a side of the clause already), did not do it. ("Residents accuse the
            // SDF of arresting ...": a side named after the cue is whom the report is about.)
            if (!ownSpeaker && clause is { } own && InSentence(a.Range, own.S) && ClaimOf(own.S) is { } said && said.SourceRange == a.Range && a.Range.End <= said.CueRange.Start)
                return false;
            if (clause is { } c && InSentence(a.Range, c.S) && Units(c.S).Count > 1)
            {
                int t = TokenAt(a.Range.Start);
                return t >= c.From && t < c.To;
            }
            return true;
        });

    /// <summary>
    /// The generic actor of a class on the dispatch date; before the class's first actor exists (a suicide bombing of 2012,
    /// before the Islamic State entered Syria) the unidentified armed group of defaults.json 'explosive_actor1' stands.
    /// </summary>
    private Sourced<Actor> GenericOf(string cls, string field, TextRange at)
    {
        if (_actors.Generic(cls, _doc.Dispatch.Date) is { } actor)
            return new Sourced<Actor>(actor, [new Evidence(field, at, $"{Defaults.Rule}#{cls}")]);
        return Unidentified(field, at, $"{Defaults.Rule}#{cls}>explosive_actor1");
    }

    /// <summary>
    /// The words that say the attack of sentence <paramref name="s"/> is unclaimed (events.json 'unclaimed'): the first such
    /// words from that sentence on, unless another bombing is told first ("... killing five. No group has claimed
    /// responsibility.", "L'attaque n'a pas été revendiquée" two paragraphs on).
    /// </summary>
    private TextRange? UnclaimedCue(int s)
    {
        for (int k = s; k < Layer.Sentences.Count; k++)
        {
            var (from, to) = Span(k);
            if (_lex.Unclaimed.Matches(_text, Layer.Tokens, from, to) is [var m, ..])
                return new TextRange(Layer.Tokens[m.FirstToken].Range.Start, Layer.Tokens[m.FirstToken + m.Length - 1].Range.End);
            if (k > s && Units(k).Any(u => u.Head.Class.Name is "explosive" or "suicide" && !DefiniteBefore(u.FirstToken)))
                return null;
        }
        return null;
    }

    /// <summary>The unidentified armed group (defaults.json 'explosive_actor1'), ACLED's side for violence nobody is named for.</summary>
    private Sourced<Actor> Unidentified(string field, TextRange at, string rule)
    {
        var unknown = _actors.ById(_defaults.ExplosiveActor1, _doc.Dispatch.Date)
                      ?? throw new InvalidOperationException($"the actor dictionary has no entry '{_defaults.ExplosiveActor1}' (data/coding/defaults.json explosive_actor1 names it)");
        return new Sourced<Actor>(unknown, [new Evidence(field, at, rule)]);
    }

    private static Sourced<T> Inherit<T>(Sourced<T> from, string field) =>
        new(from.Value, from.Evidence.Select(e => e with { Field = field, Rule = "context:previous-event<" + e.Rule }).ToList());
}
