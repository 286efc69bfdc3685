using Sitrep.Coding.Context;
using Sitrep.Coding.Lexicon;
using Sitrep.Core.Model;

namespace Sitrep.Coding.Events;

/// <summary>Which places of a clause locate its event: datelines, frames, apposed and shadowed areas, destinations.</summary>
internal sealed partial class CodingContext
{
    /// <summary>
    /// Resolved place mentions that can locate an event: not words that name an actor ("la Russie" is Russia, not
    /// a village whose name sounds alike; "Damas a démenti" is the government speaking), and no place of another country
    /// than the one in focus ("a déclaré M. Erdogan lors d'un discours à Çanakkale", "réunis à Astana", "since Ankara
    /// launched its operation"): a dataset of the focus country codes its events there, and a foreign place in its
    /// dispatches is where someone spoke, met or governs.
    /// </summary>
    private IReadOnlyList<PlaceMention> EventPlaces() =>
        _eventPlaces ??= (_doc.Places ?? []).Where(p => p.Resolution is Resolved r && !(_doc.Actors ?? []).Any(a => a.Range.Overlaps(p.Range)) && !Metonym(p)
                                                        && !(_capital is { } focus && r.Place.CountryCode is { Length: > 0 } cc && cc != focus.CountryCode)
                                                        // "Since Dec. 10": a month is not the village of that name.
                                                        && !(_doc.Dates ?? []).Any(d => d.Range.Overlaps(p.Range))).ToList();

    /// <summary>
    /// "l'offensive lancée par Damas et son allié russe", "strikes ordered by Moscow": after a passive agent's word, the
    /// capital of the country in focus, or a place of another country, names a government, not where anything happened.
    /// </summary>
    private bool Metonym(PlaceMention p)
    {
        int t = TokenAt(p.Range.Start);
        var place = ((Resolved)p.Resolution).Place;
        bool capital = _capital is { } c && place.Kind is PlaceKind.Populated or PlaceKind.Admin1 && PlaceGeometry.Km(place, c) <= 10;
        // "fighting between Syria's Kurds and Damascus", "un accord avec Damas": the capital named as a party of a
        // fight or a deal is the government.
        if (capital && t > 0 && (_lex.PartyLinks.Contains(Key(t - 1)) || (_lex.Coordinators.Contains(Key(t - 1)) && BetweenBefore(t - 1))))
            return true;
        // "Damas a nié toute implication", "Damascus denied": the capital that opens a clause and speaks is the government.
        int after = TokenAt(p.Range.End);
        bool opensClause = t == 0 || Layer.Sentences[Layer.SentenceAt(p.Range.Start)].FirstToken == t || IsClauseEdge(t - 1) || _lex.Coordinators.Contains(Key(t - 1));
        if (capital && opensClause && after < Layer.Tokens.Count
            && _lex.Reporting.Matches(_text, Layer.Tokens, after, Math.Min(Layer.Tokens.Count, after + 3)).Any(r => r.FirstToken <= after + 1))
            return true;
        if (t == 0 || !_lex.By.Contains(Key(t - 1)))
            return false;
        return capital || (_capital is { } focus && place.CountryCode != focus.CountryCode);
    }

    private List<PlaceMention>? _eventPlaces;

    /// <summary>A "between"/"entre" opens the coordination that ends at <paramref name="coordinator"/> (a few words back, no comma).</summary>
    private bool BetweenBefore(int coordinator)
    {
        int s = Layer.SentenceAt(Layer.Tokens[coordinator].Range.Start);
        int from = Math.Max(s >= 0 ? Layer.Sentences[s].FirstToken : 0, coordinator - 8);
        for (int i = coordinator - 1; i >= from; i--)
        {
            if (Key(i) == ",")
                return false;
            if (_lex.Between.Contains(Key(i)))
                return true;
        }
        return false;
    }

    /// <summary>The location of an event, with the words that state it and the rule that read them (<paramref name="how"/> prefixes the recognizer's rule).</summary>
    private static Sourced<Resolved> Located(PlaceMention pm, string? how = null)
    {
        var r = (Resolved)pm.Resolution;
        return new Sourced<Resolved>(r, [new Evidence("location", pm.Range, how is null ? r.Rule : how + "<" + r.Rule)]);
    }

    /// <summary>A place of the sentence owned by a unit that codes no event ("calm", "tension"), when there is exactly one.</summary>
    private Sourced<Resolved>? PlaceOfSilentUnit(List<Unit> units, int s)
    {
        var free = EventPlaces()
            .Where(p => InSentence(p.Range, s) && !Owner(units, TokenAt(p.Range.Start)).Head.Class.CodesEvent
                        && ((Resolved)p.Resolution).Place.Kind != PlaceKind.Country)
            .ToList();
        return free.Count == 1 ? Located(free[0], "context:same-sentence") : null;
    }

    /// <summary>
    /// "Les jihadistes se sont emparés du camp de Yarmouk ... Samedi, des barils ont été largués sur le camp": a noun of a kind
    /// of place after a determiner (events.json 'place_heads', "le camp", "the camp"), with no place named right after it, names
    /// again the last place the dispatch introduced with that noun ("camp de Yarmouk", "the Yarmouk camp"), not the last
    /// place it named ("le quartier voisin de Hajar al-Aswad").
    /// </summary>
    private Sourced<Resolved>? NamedAgain(int from, int to)
    {
        for (int i = Math.Max(1, from); i < to; i++)
        {
            if (!_lex.PlaceHeads.Contains(Key(i)) || !_lex.PlaceHeadDeterminers.Contains(Key(i - 1)))
                continue;
            var start = Layer.Tokens[i - 1].Range.Start;
            // "le camp de Yarmouk", "the camp of al-Hol", "le camp, assiégé ...": a place right after is the camp itself.
            if (EventPlaces().Any(p => p.Range.Start >= Layer.Tokens[i].Range.End && TokenAt(p.Range.Start) - i <= 5 && !Enumerable.Range(i + 1, TokenAt(p.Range.Start) - i - 1).Any(t => Key(t) == ",")))
                continue;
            var head = Key(i);
            var pm = EventPlaces().LastOrDefault(p => p.Range.End <= start && IntroducedAs(p, head));
            if (pm is not null)
                return Located(pm, "context:named-again");
        }
        return null;
    }

    /// <summary>A place mention with <paramref name="head"/> in its own words, among the five words before it (no comma between:
    /// "camp de réfugiés palestiniens de Yarmouk"), or right after it ("Yarmouk camp").</summary>
    private bool IntroducedAs(PlaceMention p, string head)
    {
        int first = TokenAt(p.Range.Start), after = TokenAt(p.Range.End);
        if (Enumerable.Range(first, Math.Max(0, after - first)).Any(t => Key(t) == head))
            return true;
        for (int t = first - 1; t >= Math.Max(0, first - 5) && Key(t) != ","; t--)
            if (Key(t) == head)
                return true;
        return after < Layer.Tokens.Count && Key(after) == head;
    }

    /// <summary>A place named right before an armed side's name, with nothing between and no locative before it ("Idlib
    /// rebels"; not "in Idlib warplanes bomb", nor "the Eastern Ghouta witnesses clashes", whose 'witnesses' is a source).</summary>
    private bool QualifiesSide(PlaceMention p)
    {
        int first = TokenAt(p.Range.Start), after = TokenAt(p.Range.End);
        if (first > 0 && _lex.Locatives.Contains(Key(first - 1)))
            return false;
        return (_doc.Actors ?? []).Any(a => TokenAt(a.Range.Start) == after && a.Range.Start >= p.Range.End && _actors.Describe(a.Actor).Role == ActorRole.Party);
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
        return pm is null ? null : Located(pm, "context:previous-sentence");
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
        return pm is null ? null : Located(pm, "context:dateline");
    }

    /// <summary>
    /// A place of the dispatch's dateline: the places that open the text (or its first sentence after the headline), up to
    /// the dash that closes the dateline ("ANKARA/BEIRUT —", "Alep (Syrie) -", "KHAN SHEIKHOUN, Syria —"), or an opening
    /// place set off by a comma or a bracket.
    /// </summary>
    private bool IsDateline(PlaceMention p) => Dateline() is { } d && d.Contains(p.Range);

    /// <summary>"DEIR EZZOR: Gunmen shot dead ...": a place in capitals that opens a sentence and a colon closes.</summary>
    private bool IsHeader(PlaceMention p)
    {
        int t = TokenAt(p.Range.Start), s = Layer.SentenceAt(p.Range.Start);
        int after = TokenAt(p.Range.End);
        return s >= 0 && Layer.Sentences[s].FirstToken == t && after < Layer.Tokens.Count && Key(after) == ":"
               && !p.Range.Of(_text).Any(char.IsLower);
    }

    /// <summary>"DAMASCUS, Feb 18 (AFP) -": the text of the dateline, which names where and when the dispatch was filed.</summary>
    internal TextRange? Dateline() => (_dateline ??= new(DatelineRange)).Value;

    private Lazy<TextRange?>? _dateline;

    private TextRange? DatelineRange()
    {
        if (Layer.Tokens.Count == 0)
            return null;
        int start = IsTitle(0) ? Layer.Sentences[1].FirstToken : 0;
        int from = Layer.Tokens[start].Range.Start;
        var first = (_doc.Places ?? []).FirstOrDefault(p => p.Range.Start >= from);
        // "BEYROUTH, 27 mai 2012 (AFP) -": a town in capitals opens a dateline even when the gazetteer does not know it.
        bool capitals = Layer.Tokens[start].Kind == TokenKind.Word && Layer.Tokens[start].Range.Length >= 3
                        && Layer.Tokens[start].Range.Of(_text).All(c => !char.IsLetter(c) || char.IsUpper(c));
        if ((first is null || first.Range.Start != from) && !capitals)
            return null;
        for (int t = start + 1; t < Math.Min(Layer.Tokens.Count, start + 12); t++)
        {
            var r = Layer.Tokens[t].Range;
            if (Key(t) is "-" or "—" && r.Start > 0 && char.IsWhiteSpace(_text[r.Start - 1]) && r.End < _text.Length && char.IsWhiteSpace(_text[r.End]))
                return new TextRange(from, r.Start);
        }
        if (first is null || first.Range.Start != from)
            return null;
        int next = TokenAt(first.Range.End);
        return next < Layer.Tokens.Count && Key(next) is "," or "(" ? new TextRange(from, first.Range.End) : null;
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
    /// <summary>How far from a city the quarter a clause names may lie and still be one of its quarters.</summary>
    private const double QuarterKm = 10;
    /// <summary>Population from which a town is a city that has quarters of its own.</summary>
    private const long CityPopulation = 100_000;

    /// <summary>"in the Bab Touma district", "dans le quartier de Bab Touma": a quarter named with a quarter noun beside it.</summary>
    private bool NamedAsQuarter(PlaceMention q)
    {
        int first = TokenAt(q.Range.Start), after = TokenAt(q.Range.End);
        return (after < Layer.Tokens.Count && _lex.QuarterNouns.Contains(Key(after)))
               || Enumerable.Range(Math.Max(0, first - 3), first - Math.Max(0, first - 3)).Any(t => _lex.QuarterNouns.Contains(Key(t)));
    }

    /// <summary>The recognizer's rule for a directional part of the country in focus ("le nord du pays").</summary>
    private const string CountryPartRule = "relative:country";

    /// <summary>A directional part of a country ("le nord du pays", "l'est de la Syrie"): the recognizer names it "{country id}#{compass}".</summary>
    private static bool IsCountryPart(Resolved r) =>
        r.Rule.StartsWith(CountryPartRule, StringComparison.Ordinal)
        || (r.Place.Kind == PlaceKind.Region && r.Place.Id.StartsWith("country:", StringComparison.Ordinal) && r.Place.Id.Contains('#'));

    /// <summary>A point the text situates from another place ("à 50 km au sud de X", "au sud-ouest de la capitale").</summary>
    private static bool SituatedFromAnother(PlaceMention p) => p.Resolution is Resolved { GeoPrecision: 2 } r && r.Place.Id.Contains('@');

    /// <summary>A coordinating word (not a comma) stands between two places named for themselves (not situated from another).</summary>
    private bool JoinedBy(PlaceMention a, PlaceMention b)
    {
        if (SituatedFromAnother(a) || SituatedFromAnother(b))
            return false;
        var (first, second) = a.Range.Start < b.Range.Start ? (a, b) : (b, a);
        int from = TokenAt(first.Range.End), to = TokenAt(second.Range.Start);
        return Enumerable.Range(from, Math.Max(0, to - from)).Any(i => Key(i) != "," && _lex.Coordinators.Contains(Key(i)));
    }

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

    /// <summary><paramref name="later"/> stands in a phrase set off by the comma that closes <paramref name="earlier"/>: at most
    /// eight words on, with no other comma, coordinator or clause break between. Up to <paramref name="headWords"/> words
    /// may stand between the place and the comma ("the Tabqa air base, ...").</summary>
    private bool InApposition(PlaceMention earlier, PlaceMention later, int headWords = 0)
    {
        int b = TokenAt(earlier.Range.End), t = TokenAt(later.Range.Start);
        for (int k = 0; k < headWords && b < t && Key(b) != "," && !_lex.Coordinators.Contains(Key(b)) && !_lex.ClauseBreaks.Contains(Key(b)); k++)
            b++;
        // "In Idlib, a shepherd was shot dead near Saraqeb": a clause between them, with an event or a toll of its own, is no
        // apposition; the first place frames the clause.
        var between = new TextRange(earlier.Range.End, later.Range.Start);
        return b < t && t - b <= 9 && Key(b) == ","
               && Enumerable.Range(b + 1, t - b - 1).All(i => Key(i) != "," && !_lex.Coordinators.Contains(Key(i)) && !_lex.ClauseBreaks.Contains(Key(i)))
               && !Units(Layer.SentenceAt(later.Range.Start)).Any(u => u.Head.Class.CodesEvent && u.Triggers.Any(tr => between.Contains(tr.Range)))
               && !(_doc.Tolls ?? []).Any(x => between.Contains(x.Range));
    }

    /// <summary>
    /// The place is one end of "entre X et Y", "between X and Y", opened right after a comma that closes another place of
    /// the list: the span situates that place.
    /// </summary>
    private bool BetweenEnd(PlaceMention p, List<PlaceMention> all)
    {
        const int Reach = 8;
        int t = TokenAt(p.Range.Start);
        int sentenceStart = Layer.Sentences[Layer.SentenceAt(p.Range.Start)].FirstToken;
        for (int w = t - 1; w > sentenceStart && w >= t - Reach; w--)
        {
            if (!_lex.Between.Contains(Key(w)))
                continue;
            if (Key(w - 1) != ",")
                return false;
            int comma = Layer.Tokens[w - 1].Range.Start;
            // The place the span situates ends right before the comma; the span holds one coordinator at most.
            return all.Any(q => q != p && q.Resolution is Resolved && q.Range.End <= comma && comma - q.Range.End <= 1)
                   && Enumerable.Range(w + 1, t - w - 1).Count(i => _lex.Coordinators.Contains(Key(i)) && Key(i) != ",") <= 1;
        }
        return false;
    }

    /// <summary>A vicinity phrase ("aux portes de", "near") ends right before the place (an article may stand between).</summary>
    private bool VicinityBefore(PlaceMention p)
    {
        int t = TokenAt(p.Range.Start);
        int s = Layer.SentenceAt(p.Range.Start);
        int from = Math.Max(s >= 0 ? Layer.Sentences[s].FirstToken : 0, t - 6);
        return _lex.VicinityPhrases.Matches(_text, Layer.Tokens, from, t).Any(m => t - (m.FirstToken + m.Length) <= 1);
    }

    /// <summary>The word after the comma that closes the place (an article skipped) is a common noun heading a genitive:
    /// lower-case, no locative, genitive, coordinator, vicinity word or relative pronoun, and a genitive right after it or
    /// after one more word ("X, cradle of ...", "X, berceau de ...", "X, bastion rebelle de ...").</summary>
    private bool NounAfterComma(PlaceMention place)
    {
        int t = TokenAt(place.Range.End);
        if (t >= Layer.Tokens.Count || Key(t) != ",")
            return false;
        t++;
        if (t < Layer.Tokens.Count && _lex.IsArticle(Key(t)))
            t++;
        if (t >= Layer.Tokens.Count || Layer.Tokens[t].Kind != TokenKind.Word)
            return false;
        var first = _text[Layer.Tokens[t].Range.Start];
        var key = Key(t);
        return char.IsLower(first) && !_lex.Locatives.Contains(key) && !_lex.Genitive.Contains(key) && !_lex.Coordinators.Contains(key)
               && !_lex.RelativePronouns.Contains(key) && !_lex.VicinityPhrases.Matches(_text, Layer.Tokens, t, Math.Min(Layer.Tokens.Count, t + 4)).Any(m => m.FirstToken == t)
               && ((t + 1 < Layer.Tokens.Count && _lex.Genitive.Contains(Key(t + 1)))
                   || (t + 2 < Layer.Tokens.Count && Layer.Tokens[t + 1].Kind == TokenKind.Word && char.IsLower(_text[Layer.Tokens[t + 1].Range.Start]) && _lex.Genitive.Contains(Key(t + 2))));
    }

    /// <summary>A possessive ending follows the place ("Idlib's").</summary>
    private bool PossessiveAfter(PlaceMention place) =>
        _text.AsSpan(place.Range.End).StartsWith("'s", StringComparison.Ordinal) || _text.AsSpan(place.Range.End).StartsWith("’s", StringComparison.Ordinal);

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
        // "Deraa al-Balad, le quartier rebelle de la ville de Deraa": an apposition naming a quarter may stand between.
        // A quarter named after its city is never what situates the city ("Damas ... dans le quartier de Bab Touma").
        if (all.Any(q => q != p && q.Resolution is Resolved rq && q.Range.End <= p.Range.Start && !PlaceGeometry.IsArea(rp.Place) && !PlaceGeometry.IsArea(rq.Place) && rq.Place.Id != rp.Place.Id
                         && !(rp.Place.Kind == PlaceKind.Neighbourhood && rq.Place.Kind == PlaceKind.Populated)
                         && PlaceGeometry.Km(rp.Place, rq.Place) <= 10
                         && TokenAt(p.Range.Start) - TokenAt(q.Range.End) is var gap
                         && (gap <= 4 || (gap <= 10 && Enumerable.Range(TokenAt(q.Range.End), gap).Any(i => _lex.QuarterNouns.Contains(Key(i)))))
                         && Enumerable.Range(TokenAt(q.Range.End), TokenAt(p.Range.Start) - TokenAt(q.Range.End)).Any(i => Key(i) is "in" or "of" or "à" or "dans" or "de" or "du" or ",")))
            return true;
        // "Rebel mortar fire on Damascus killed two in the Bab Touma district": a city whose quarter the clause names is where
        // that quarter lies, not a second place of the event.
        if (rp.Place.Kind == PlaceKind.Populated && rp.Place.Population >= CityPopulation
            && all.Any(q => q != p && q.Resolution is Resolved rq && rq.Place.Kind == PlaceKind.Neighbourhood && q.Range.Start > p.Range.End
                            && PlaceGeometry.Km(rp.Place, rq.Place) <= QuarterKm && NamedAsQuarter(q)))
            return true;
        // "la Ghouta orientale, enclave rebelle aux portes de Damas": a place after a vicinity phrase, in an apposition to
        // another place, says where that place lies.
        if (all.Any(q => q != p && q.Resolution is Resolved && q.Range.End <= p.Range.Start && InApposition(q, p) && VicinityBefore(p)))
            return true;
        // "l'aéroport de Tabqa, dernier bastion du régime à Raqa", "the Tabqa air base, the regime's last stronghold in
        // Raqqa": a place after a stronghold noun, in an apposition to another place, says where that place lies.
        if (all.Any(q => q != p && q.Resolution is Resolved && q.Range.End <= p.Range.Start && InApposition(q, p, headWords: 2)
                         && Enumerable.Range(TokenAt(q.Range.End), TokenAt(p.Range.Start) - TokenAt(q.Range.End)).SkipWhile(i => Key(i) != ",").Any(i => _lex.StrongholdNouns.Contains(Key(i)))))
            return true;
        // "Kafranbel, cradle of Idlib's protest movement", "Kafranbel, berceau de la contestation d'Idleb": in an apposition
        // that opens with a noun, a place after a genitive, or before a possessive, describes the place before it.
        if (all.Any(q => q != p && q.Resolution is Resolved && q.Range.End <= p.Range.Start && InApposition(q, p) && NounAfterComma(q)
                         && (_lex.Genitive.Contains(Key(TokenAt(p.Range.Start) - 1)) || PossessiveAfter(p))))
            return true;
        // "un pont à Rastane, entre Hama et Homs": both ends of a 'between' set after a place by a comma say where it lies.
        if (BetweenEnd(p, all))
            return true;
        // "Ain Issa, à une cinquantaine de kilomètres au sud de Tall Abyad", "Moadamiyet al-Cham, au sud-ouest de la capitale":
        // a place situated from another, in an apposition to a place named before it, says where that place lies.
        if (SituatedFromAnother(p) && all.Any(q => q != p && q.Resolution is Resolved && !SituatedFromAnother(q) && q.Range.End <= p.Range.Start && InApposition(q, p)))
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
        // A part of the country never shadows a place it was set beside ("la province d'Idleb, dans le nord-ouest de la Syrie");
        // places joined by a coordinator are each a place of the event ("la Ghouta orientale ainsi qu'à Moadamiyet al-Cham").
        return all.Any(q => q != p && q.Resolution is Resolved rq && !(IsCountryPart(rq) && rq.GeoPrecision >= rp.GeoPrecision) && !JoinedBy(q, p)
                            && (rq.GeoPrecision < rp.GeoPrecision || (rq.GeoPrecision == rp.GeoPrecision && PlaceGeometry.Specificity(rq.Place) < PlaceGeometry.Specificity(rp.Place) && PlaceGeometry.IsArea(rp.Place)))
                            && (PlaceGeometry.IsArea(rp.Place) ? PlaceGeometry.SameAdmin1(rp.Place, rq.Place) : PlaceGeometry.Km(rp.Place, rq.Place) <= rp.UncertaintyKm + 5));
    }

    /// <summary>
    /// Evacuations and deals move people: where they are taken is not where the event happened. Forces that
    /// advance "into" a place or "dash to" it fight there, and a strike "on" or "into" a place lands there.
    /// </summary>
    private static bool MovesPeople(Unit unit) => unit.Head.Class.Name is "evacuation" or "agreement";

    /// <summary>"tirés depuis Douma", "fired from Douma": a place named as where a strike came from.</summary>
    private bool IsOrigin(PlaceMention p)
    {
        int t = TokenAt(p.Range.Start);
        if (CueBefore(t, _lex.OriginWords))
            return true;
        // 'les "groupes terroristes" de la Ghouta', "rebels from Daraa": a place joined to a side's name by a genitive says
        // where the side comes from.
        int g = t - 1;
        if (g > 0 && _lex.Definite.Contains(Key(g)))
            g--;
        while (g > 0 && IsQuote(g))
            g--;
        if (g <= 0 || !_lex.Genitive.Contains(Key(g)) && !_lex.OriginWords.Contains(Key(g)))
            return false;
        int before = g - 1;
        while (before > 0 && IsQuote(before))
            before--;
        return (_doc.Actors ?? []).Any(a => TokenAt(a.Range.End) - 1 == before && _actors.Describe(a.Actor).Role == ActorRole.Party);
    }

    /// <summary>"vers le désert", "to Idlib": a place named as a destination.</summary>
    private bool IsDestination(PlaceMention p)
    {
        int t = TokenAt(p.Range.Start);
        // "towards the border town of Jarablus": the words of a description may stand between.
        for (int i = t - 1; i >= Math.Max(0, t - 5); i--)
        {
            if (_lex.DestinationWords.Contains(Key(i)))
                return true;
            if (Key(i) is "," || _lex.ClauseBreaks.Contains(Key(i)))
                break;
        }
        // "vers Jarablous, dans le nord du pays": a place set after a destination by a comma says where the destination is,
        // also when the destination's own name found no entry ("vers Ithriya, dans la province de Hama").
        var before = (_doc.Places ?? []).LastOrDefault(q => q.Range.End <= p.Range.Start);
        return before is not null && !ReferenceEquals(before, p) && AfterComma(before, p) && IsDestination(before);
    }
}
