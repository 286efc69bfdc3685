using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;
using Sitrep.Text.Numbers.Internal;

namespace Sitrep.Text.Numbers;

/// <summary>The number and toll vocabularies of one language.</summary>
public sealed record QuantityLexicon(NumberLexicon Numbers, TollLexicon Tolls)
{
    public static QuantityLexicon Load(Language language) => new(NumberLexicon.Load(language), TollLexicon.Load(language));
}

/// <summary>
/// A toll with what the event coder needs beyond <see cref="TollMention"/>: its <see cref="Scope"/> (incident,
/// running total or campaign total: <see cref="TollMention.Cumulative"/> is true for the latter two), the range of
/// the figure alone, and the range of its head when one was found.
/// </summary>
public sealed record TollReading(TollMention Mention, TollScope Scope, TextRange Figure, TextRange? Head);

/// <summary>Everything the stage read in one dispatch.</summary>
public sealed record QuantityReading(IReadOnlyList<QuantityMention> Quantities, IReadOnlyList<TollReading> Tolls)
{
    /// <summary>
    /// The toll an event coder should give a dispatch that reports one main incident: the first Dead toll in text
    /// order that is not a campaign total, preferring a stated figure to a vague one ("dozens" only when nothing
    /// else is given). Null when there is none. Measured on FA-KES dev (503 articles with a toll): 0.81 within 10%,
    /// against 0.62 for the largest incident toll and 0.32 for the sum (see data/README.md).
    /// </summary>
    public TollReading? MainDeadToll() =>
        Tolls.Where(t => t.Mention.Kind == CountedKind.Dead && t.Scope != TollScope.Campaign)
             .OrderBy(t => t.Mention.Value.Qualifier == QuantityQualifier.Vague ? 1 : 0)
             .FirstOrDefault();
}

/// <summary>
/// Reads figures and tolls, French or English.
/// <para>Figures: digits with spaces (ordinary, thin, non-breaking), dots or commas as thousands separators; a single
/// separator not followed by exactly three digits is a decimal one ("2,5", "1.5 million"); number words; approximations
/// ("une soixantaine", "dozens": bounds from the language data); hedges ("près de", "at least": factors from the data).
/// A bare four-digit number from 1900 to 2100 is a year, never a figure, unless a head follows it ("1900 people");
/// "un", "a", "one" alone are figures only when a head follows. Days of a month ("21 mai", "May 21") are not figures.</para>
/// <para>Tolls: a figure bound to a head after it ("600 morts", "20 opposition fighters": up to three words in between),
/// optionally followed by a participle ("were killed", "évacués": up to the language's verbWindow words after the head), or preceded by an
/// active verb ("killing 5 civilians", "aura fait près de 600 morts") or by a toll noun and a link ("the death toll
/// ... at 58", "le bilan s'élève à 12"). The kind comes from a Dead/Wounded/Displaced/Captured head, else from the verb,
/// else from the head (People, Fighters). A part ("dont une soixantaine de civils", "including 5 children", "six
/// civilians were among 22 people killed") is folded into its whole: its civilian count goes to
/// <see cref="TollMention.Civilians"/> and it is not reported as a toll of its own. A cumulative cue in the clause
/// (six tokens either side) makes the toll Running or Campaign; so does a figure above the language's maxIncident.</para>
/// </summary>
public sealed class RuleQuantityRecognizer : IQuantityRecognizer
{
    private const int HeadWindow = 3;
    private const int TollNounWindow = 16;
    private const int CueWindow = 6;
    /// <summary>Words a bracketed aside ("(FDS)", "(SOHR)") may hold and still be skipped between a head and its participle.</summary>
    private const int BracketWords = 3;
    private const int HoursInADay = 24;

    private readonly IReadOnlyDictionary<Language, QuantityLexicon> _lexicons;

    /// <summary>Loads the French and English data files.</summary>
    public RuleQuantityRecognizer()
        : this(Enum.GetValues<Language>().ToDictionary(l => l, QuantityLexicon.Load))
    {
    }

    public RuleQuantityRecognizer(IReadOnlyDictionary<Language, QuantityLexicon> lexicons)
    {
        _lexicons = lexicons;
    }

    public (IReadOnlyList<QuantityMention> Quantities, IReadOnlyList<TollMention> Tolls) Recognize(AnalyzedDispatch doc)
    {
        var reading = Read(doc);
        return (reading.Quantities, reading.Tolls.Select(t => t.Mention).ToList());
    }

    public QuantityReading Read(AnalyzedDispatch doc)
    {
        var layer = doc.RequireText();
        if (!_lexicons.TryGetValue(doc.Dispatch.Language, out var lex))
            return new QuantityReading([], []);
        var folded = new Folded(doc.Content, layer.Tokens);
        var quantities = new List<QuantityMention>();
        var tolls = new List<TollReading>();
        // Tokens where a place name starts: "tirés depuis Douma" is where the shells came from, not a period.
        var placeStarts = new bool[layer.Tokens.Count];
        foreach (var p in doc.Places ?? [])
            if (p.Resolution is Resolved && !(doc.Dates ?? []).Any(d => d.Range.Overlaps(p.Range))
                && layer.TokenAtOrAfter(p.Range.Start) is int t && t >= 0 && t < placeStarts.Length)
                placeStarts[t] = true;
        // Tokens of a date: "ont tué dimanche 3 décembre au moins 23 civils" puts a date between the verb and the figure.
        var dateTokens = new bool[layer.Tokens.Count];
        foreach (var d in doc.Dates ?? [])
            for (int t = layer.TokenAtOrAfter(d.Range.Start); t >= 0 && t < dateTokens.Length && layer.Tokens[t].Range.Start < d.Range.End; t++)
                dateTokens[t] = true;
        // Tokens of a clock time or an age ("8h10", "a 12-year-old boy"): never a figure, and transparent between a figure and its head.
        var aside = new bool[layer.Tokens.Count];
        foreach (var sentence in layer.Sentences)
            ReadSentence(folded, lex, sentence.FirstToken, sentence.FirstToken + sentence.TokenCount, quantities, tolls, placeStarts, dateTokens, aside);
        return new QuantityReading(quantities, tolls);
    }

    private readonly record struct Head(int First, int End, TollEntry Entry);

    /// <summary>A second count joined to a first one: the index of its figure in the sentence's numbers (-1 for an implied one,
    /// "sa femme"), its value, its head, whether a connector or a joiner (not a comma) joined it, and whether a possessive of
    /// kinship introduced it ("his wife", "leurs enfants").</summary>
    private readonly record struct Item(int NumberIndex, Quantity Value, Head Head, bool Closed, bool Kin = false);

    private static void ReadSentence(Folded doc, QuantityLexicon lex, int s0, int s1, List<QuantityMention> quantities, List<TollReading> tolls, bool[] placeStarts, bool[] dateTokens, bool[] aside)
    {
        var numbers = new List<NumberMatch>();
        int lastAgeEnd = -1;
        for (int i = s0; i < s1;)
        {
            if (NumberReader.TryRead(doc, lex.Numbers, i, out var m) && m.End <= s1)
            {
                // "8h10", "à 5h", "10:30", "3 am": a clock time is no figure.
                // "a 40-year-old farmer", "aged 12", "aged 9 and 11": an age is no count.
                int asideEnd = ClockTimeEnd(doc, lex.Numbers, m, s1);
                if (asideEnd < 0 && AgeEnd(doc, lex, m, s0, s1, lastAgeEnd) is var ageEnd && ageEnd > 0)
                {
                    asideEnd = ageEnd;
                    lastAgeEnd = m.End;
                }
                if (asideEnd > 0)
                {
                    for (int t = m.First; t < asideEnd; t++)
                        aside[t] = true;
                    i = asideEnd;
                    continue;
                }
                // "Nov 7 2016 Child Killed": a number inside a date is no figure.
                if (!IsDayOfMonth(doc, lex.Numbers, m) && !(m.First < dateTokens.Length && dateTokens[m.First]))
                    numbers.Add(m);
                i = m.End;
            }
            else
                i++;
        }

        ImpliedOnes(doc, lex.Tolls, s0, s1, numbers, aside);
        JoinRanges(doc, lex.Numbers, numbers);
        // "5 members of one family": a number word inside a head phrase is part of the head.
        numbers.RemoveAll(n => InsideHead(doc, lex.Tolls, n, s0));
        var consumed = new bool[numbers.Count];
        (NumberMatch Match, Head Head)? pendingPart = null;
        for (int k = 0; k < numbers.Count; k++)
        {
            var m = numbers[k];
            if (consumed[k])
                continue;
            var head = FindHead(doc, lex.Tolls, m.End, s1, aside, out bool population, out int headAt);
            // "a former commander", "un jeune homme", "a 12-year-old boy": describing words and an age do not part "a" from its head.
            bool headAdjacent = head is Head hd && (headAt == m.End || OnlyDescribing(doc, lex.Tolls, aside, m.End, hd.First, false, names: m.Weak && !m.YearLike));
            // "a family of five", "une famille de cinq personnes": a group named right before the figure is what it counts, with
            // no head of its own or a plain one ("personnes").
            var (group, groupStart) = lex.Tolls.Groups.MatchEndingAt(doc, m.First, 4);
            bool grouped = group is not null && groupStart >= s0 && !population && !m.Weak
                           && (!headAdjacent || head!.Value.Entry.Kind == CountedKind.People);
            if (grouped && !headAdjacent)
            {
                head = new Head(m.End, m.End, group!);
                headAdjacent = true;
            }
            if (m.YearLike && m.First > s0 && lex.Numbers.Months.Contains(doc.Words[m.First - 1]))
                continue; // "16 Apr 2017 Death toll ...": a date, even before a head

            // "Explosion kills one in Homs": a lone "one" right after a killing verb counts one victim with no head.
            bool loneOne = m.Weak && !headAdjacent && !population && LoneOne(doc, lex.Tolls, m, s0, s1);
            if (loneOne)
                head = null;
            if (!loneOne && (population || ((m.Weak || m.YearLike) && !headAdjacent)))
            {
                if (!m.Weak && !m.YearLike)
                    quantities.Add(new QuantityMention(doc.Span(m.First, m.End), m.Value, Rule(lex, m)));
                continue;
            }
            if (m.End > m.First)
                quantities.Add(new QuantityMention(doc.Span(m.First, m.End), m.Value, Rule(lex, m)));

            int after = head?.End ?? m.End;
            // Coordinated figures: "ten children and five women", "50 militants and eight civilians" count together.
            var value = m.Value;
            bool anyCivilian = head?.Entry.Civilian == true || (grouped && group!.Civilian);
            Quantity? coordinatedCivilians = anyCivilian ? m.Value : null;
            int last = m.End;
            void Take(Item it)
            {
                var v = it.Value;
                if (it.NumberIndex >= 0)
                {
                    var cm = numbers[it.NumberIndex];
                    consumed[it.NumberIndex] = true;
                    quantities.Add(new QuantityMention(doc.Span(cm.First, cm.End), cm.Value, Rule(lex, cm)));
                    last = Math.Max(last, cm.End);
                    k = Math.Max(k, it.NumberIndex);
                }
                value = Sum(value, v);
                if (it.Head.Entry.Civilian)
                {
                    // "a man, his wife and their three children": civilian kin make the first count, which names no side, civilians too.
                    // (Only the first civilian item can find anyCivilian false: it sets it below.)
                    if (it.Kin && head is Head fh && fh.Entry is { Kind: CountedKind.People, Civilian: false } && !anyCivilian)
                        coordinatedCivilians = coordinatedCivilians is null ? m.Value : Sum(coordinatedCivilians, m.Value);
                    coordinatedCivilians = coordinatedCivilians is null ? v : Sum(coordinatedCivilians, v);
                    anyCivilian = true;
                }
                after = Math.Max(after, it.Head.End);
            }
            // In a headline the figures may stand side by side ("kill 10 children 5 women"). "a woman and her two children",
            // "un homme, sa femme et leur enfant", "a commander along with two of his guards": a possessive with no figure counts one.
            var joined = new List<Item>();
            for (int cursor = after; head is Head ch && NextItem(doc, lex, numbers, consumed, cursor, s1, aside, true) is Item it; cursor = it.Head.End)
            {
                // "12 dead and 40 wounded": the wounded, displaced or captured are never added to another count.
                if (!Addable(it.Head.Entry.Kind, ch.Entry.Kind))
                    break;
                // A comma joins counts only in a list that a connector closes ("un homme, sa femme et leur enfant",
                // "five patients, two hospital staff and a boy").
                if (!it.Closed && !ClosedList(doc, lex, numbers, consumed, it, s1, aside))
                    break;
                joined.Add(it);
            }
            // "killing 20 people, 12 soldiers and 8 rebels": a list after a comma that adds up to the first count breaks it down.
            bool breakdown = joined.Count > 1 && !joined[0].Closed && joined.All(j => j.NumberIndex >= 0)
                             && joined.Sum(j => j.Value.Best) == m.Value.Best;
            if (!breakdown)
                foreach (var it in joined)
                    Take(it);
            // A part right after the head: "dont une soixantaine de civils", "including 5 children".
            (NumberMatch Match, Head Head)? part = null;
            int p = after;
            if (p < s1 && doc.Words[p] == ",") p++;
            var (_, pl) = lex.Tolls.Parts.Match(doc, p);
            if (pl > 0 && k + 1 < numbers.Count && numbers[k + 1].First == p + pl)
            {
                var pm = numbers[k + 1];
                var ph = FindHead(doc, lex.Tolls, pm.End, s1, aside, out _, out _);
                if (ph is Head phh)
                {
                    part = (pm, phh);
                    consumed[k + 1] = true;
                    quantities.Add(new QuantityMention(doc.Span(pm.First, pm.End), pm.Value, Rule(lex, pm)));
                    after = phh.End;
                }
            }
            // "Nine civilians, including a Kurdish politician, were executed", "neuf civils, dont une élue kurde, ont été
            // exécutés": a part that counts no one is an aside between the head and its verb.
            if (part is null && head is not null)
                SetPartAside(doc, lex.Tolls, after, s1, aside);
            // A part before its whole: "six civilians were among 22 people killed".
            if (head is Head h0)
            {
                var (_, bl) = lex.Tolls.PartBefore.Match(doc, h0.End);
                if (bl > 0 && k + 1 < numbers.Count && numbers[k + 1].First == h0.End + bl)
                {
                    pendingPart = (m, h0);
                    continue;
                }
            }

            var active = FindActive(doc, lex.Tolls, grouped ? groupStart : m.First, s0, dateTokens, out int activeStart);
            int passiveEnd = -1;
            var passive = active is null ? FindPassive(doc, lex.Tolls, after, s1, aside, out passiveEnd) : null;
            // "12 soldiers were killed, as well as 7 rebels", "killed 5 civilians in the town, along with 3 fighters": a joiner after the
            // verb or the head adds a second count of the same victims.
            if (head is Head jh && part is null && LateJoiner(doc, lex.Tolls, passive is not null ? passiveEnd : after, s1) is int jq
                && NextItem(doc, lex, numbers, consumed, jq, s1, aside, false) is Item ji
                && Addable(ji.Head.Entry.Kind, jh.Entry.Kind))
            {
                int before = after;
                Take(ji);
                // "..., ainsi que 231 membres des forces de sécurité et 250 combattants": the joined count may itself be coordinated.
                for (int cursor = ji.Head.End; NextItem(doc, lex, numbers, consumed, cursor, s1, aside, false) is Item more
                     && Addable(more.Head.Entry.Kind, jh.Entry.Kind); cursor = more.Head.End)
                {
                    Take(more);
                    last = Math.Max(last, more.Head.End);
                }
                if (passive is not null)
                    after = before; // the range runs to the verb, then to the joined count
                else if (active is null)
                    passive = FindPassive(doc, lex.Tolls, after, s1, aside, out passiveEnd);
                last = Math.Max(last, ji.Head.End);
            }
            var noun = FindTollNoun(doc, lex.Tolls, m, s0, s1, out var nounRange);

            // A part after the verb: "22 people were killed, including 5 children".
            if (part is null && passive is not null)
            {
                int p2 = passiveEnd;
                if (p2 < s1 && doc.Words[p2] == ",") p2++;
                var (_, pl2) = lex.Tolls.Parts.Match(doc, p2);
                if (pl2 > 0 && k + 1 < numbers.Count && numbers[k + 1].First == p2 + pl2
                    && FindHead(doc, lex.Tolls, numbers[k + 1].End, s1, aside, out _, out _) is Head ph2)
                {
                    part = (numbers[k + 1], ph2);
                    consumed[k + 1] = true;
                    quantities.Add(new QuantityMention(doc.Span(numbers[k + 1].First, numbers[k + 1].End), numbers[k + 1].Value, Rule(lex, numbers[k + 1])));
                }
            }

            CountedKind? verbKind = passive?.Kind ?? active?.Kind ?? noun?.Kind;
            if (head is null && verbKind is null)
                continue;
            if ((m.Weak || m.YearLike) && verbKind is null && head!.Value.Entry.Kind != CountedKind.Dead)
                continue;
            // "a town of 50,000 inhabitants": such a head counts victims only when a toll verb binds it.
            if (verbKind is null && head is Head nh && nh.Entry.NeedsVerb)
                continue;
            var headKind = head?.Entry.Kind;
            CountedKind kind = headKind is CountedKind.Dead or CountedKind.Wounded or CountedKind.Displaced or CountedKind.Captured
                ? headKind.Value
                : verbKind ?? headKind ?? CountedKind.Unknown;

            Quantity? civilians = null;
            if (anyCivilian)
                civilians = coordinatedCivilians;
            else if (part is { } pt && pt.Head.Entry.Civilian)
                civilians = pt.Match.Value;
            if (pendingPart is { } pp && numbers.IndexOf(pp.Match) == k - 1)
            {
                if (pp.Head.Entry.Civilian && civilians is null)
                    civilians = pp.Match.Value;
            }
            pendingPart = null;

            // A headline's bare head ("Child killed") has an empty figure: the head itself stands for it.
            int figureEnd = m.End > m.First ? m.End : m.First + 1;
            var range = doc.Span(m.First, Math.Max(figureEnd, last));
            if (head is Head hh) range = range.Union(doc.Span(hh.First, hh.End)).Union(doc.Span(m.First, after));
            if (grouped) range = range.Union(doc.Span(groupStart, m.First));
            if (part is { } pr) range = range.Union(doc.Span(pr.Head.First, pr.Head.End));
            if (passive is not null) range = range.Union(doc.Span(after, passiveEnd));
            if (active is not null) range = range.Union(doc.Span(activeStart, m.First));
            if (noun is not null) range = range.Union(nounRange);

            int cueFrom = Math.Max(s0, Math.Min(m.First, activeStart >= 0 ? activeStart : m.First) - CueWindow);
            // "Les combats pour la ville, qui ont commencé il y a une semaine, ont fait 462 morts": a relative clause right
            // before the toll's verb describes its subject, and a cue inside it is the toll's.
            if (RelativeClauseBefore(doc, lex.Tolls, s0, activeStart >= 0 ? activeStart : m.First) is int relative)
                cueFrom = Math.Min(cueFrom, relative);
            int cueTo = Math.Min(s1, Math.Max(after, passiveEnd) + CueWindow);
            // "the seventh car bomb since the start of the year: on Saturday, a vehicle blew up, killing four": a cue past a
            // ';' or ':' belongs to another clause.
            int tollFirst = activeStart >= 0 ? activeStart : m.First;
            for (int b = tollFirst - 1; b >= cueFrom; b--)
                if (doc.Words[b] is ":" or ";")
                {
                    cueFrom = b + 1;
                    break;
                }
            for (int b = Math.Max(after, passiveEnd); b < cueTo; b++)
                if (doc.Words[b] is ":" or ";")
                {
                    cueTo = b;
                    break;
                }
            var scope = ScopeOf(doc, lex, cueFrom, cueTo, placeStarts, s0, activeStart >= 0 ? activeStart : m.First);
            // "Depuis le début de l'escalade, fin avril, plus de 200 civils ont péri": a sentence that opens with a period
            // cue counts its tolls over that period.
            if (scope == TollScope.Incident && OpensWithPeriodCue(doc, lex.Tolls, s0, placeStarts))
                scope = TollScope.Campaign;
            if (value.Best > lex.Tolls.MaxIncident)
                scope = TollScope.Campaign;

            string rule = $"{lex.Tolls.Code}/tolls.json#" + string.Join("+", new[]
            {
                active is not null ? active.Id : null,
                noun is not null ? noun.Id : null,
                grouped && head?.Entry != group ? group!.Id : null,
                head?.Entry.Id,
                passive is not null ? passive.Id : null,
            }.Where(x => x is not null));
            var mention = new TollMention(range, value, kind, civilians, scope != TollScope.Incident, rule);
            tolls.Add(new TollReading(mention, scope, doc.Span(m.First, figureEnd), head is Head hr ? doc.Span(hr.First, hr.End) : null));
        }
    }

    /// <summary>
    /// Counts of one told with no figure: a headline's bare singular head before its toll verb ("Child killed by sniper
    /// fire": an empty figure before the head), and a determiner before a head that names one person right after a killing
    /// verb ("killing its driver", "tuant sa femme": the determiner stands for the figure).
    /// </summary>
    private static void ImpliedOnes(Folded doc, TollLexicon tl, int s0, int s1, List<NumberMatch> numbers, bool[] aside)
    {
        var (_, bl) = tl.BareOneHeads.Match(doc, s0);
        if (bl > 0 && doc.IsWord(s0) && char.IsUpper(doc.Text[doc.Span(s0, s0 + 1).Start]) && !numbers.Any(n => n.First <= s0 && s0 < n.End))
        {
            // The verb follows the head at once, past auxiliaries only ("Child soldiers were killed" is no count of one).
            int j = s0 + bl;
            for (int al; j < s1 && (al = tl.Auxiliaries.Match(doc, j).Length) > 0;)
                j += al;
            if (j < s1 && tl.Passive.Match(doc, j).Length > 0)
                numbers.Add(new NumberMatch(s0, s0, s0, Quantity.ExactlyOf(1), $"{tl.Code}/tolls.json#bareOneHeads", true, false));
        }
        for (int i = s0 + 1; i + 1 < s1; i++)
        {
            var w = doc.Words[i];
            if (!tl.OneDeterminers.Contains(w) && !(tl.Determiners.Contains(w) && tl.OneHeads.Match(doc, i + 1).Length > 0))
                continue;
            if (tl.Heads.Match(doc, i + 1).Length == 0 || numbers.Any(n => n.First <= i + 1 && i < n.End))
                continue;
            var (_, vs) = tl.Active.MatchEndingAt(doc, i, 5);
            if (vs < s0)
                continue;
            numbers.Add(new NumberMatch(i, i, i + 1, Quantity.ExactlyOf(1), $"{tl.Code}/tolls.json#oneHeads", true, false));
        }
        numbers.Sort((a, b) => a.First.CompareTo(b.First));
    }

    private static bool LoneOne(Folded doc, TollLexicon tl, NumberMatch m, int s0, int s1)
    {
        if (m.End != m.First + 1 || !tl.LoneOnes.Contains(doc.Words[m.First]))
            return false;
        var (_, vs) = tl.Active.MatchEndingAt(doc, m.First, 5);
        return vs >= s0 && (m.End >= s1 || !doc.IsWord(m.End) || tl.LoneOneFollowers.Contains(doc.Words[m.End]));
    }

    /// <summary>
    /// Where a coordinator may stand after a head: right after it, or past up to two describing words ("22 combattants
    /// prorégime et 31 jihadistes", "12 YPG fighters and ..."), but not past a verb of the toll.
    /// </summary>
    private static int CoordinatedNext(Folded doc, QuantityLexicon lex, int after, int s1, bool[] aside)
    {
        int q = after;
        // "20 members of the regime forces and 35 fighters": a head's complement may be longer.
        int window = q < s1 && lex.Tolls.ComplementLinks.Contains(doc.Words[q]) ? lex.Tolls.ComplementWindow : 2;
        for (int gap = 0; gap < window && q < s1; gap++)
        {
            // "un enfant de 5 ans et sa mère": an age is part of the gap.
            while (q < s1 && aside[q])
                q++;
            if (q < s1 && lex.Numbers.Connectors.Contains(doc.Words[q]) && CompoundHeadEnd(doc, lex, q, s1) is int second)
            {
                // "16 government soldiers and allied militiamen and 12 rebels": the first "and" joins two heads of one count.
                q = second;
                break;
            }
            if (q >= s1 || !doc.IsWord(q) || lex.Numbers.Connectors.Contains(doc.Words[q])
                || lex.Tolls.Joiners.Match(doc, q).Length > 0 || lex.Tolls.Passive.Match(doc, q).Length > 0)
                break;
            q++;
        }
        while (q < s1 && aside[q])
            q++;
        return q;
    }

    /// <summary>
    /// "soldiers and allied militiamen and 12 rebels": a connector at <paramref name="q"/> followed by one or two words with
    /// no figure, then by another connector and a figure, joins a second head to the first count; the second connector's
    /// position, or null.
    /// </summary>
    private static int? CompoundHeadEnd(Folded doc, QuantityLexicon lex, int q, int s1)
    {
        const int HeadWords = 2;
        for (int r = q + 2; r <= q + 1 + HeadWords && r + 1 < s1; r++)
        {
            if (!doc.IsWord(r - 1) || doc.IsNumber(r - 1) || lex.Tolls.Passive.Match(doc, r - 1).Length > 0)
                return null;
            if (lex.Numbers.Connectors.Contains(doc.Words[r]) && doc.IsNumber(r + 1))
                return r;
        }
        return null;
    }

    /// <summary>
    /// The count joined at <paramref name="after"/> (the end of the previous count's head): past a describing gap, a connector
    /// ("and", "et"), a joiner ("as well as", "ainsi que") or, when <paramref name="allowComma"/>, a comma; then a determiner
    /// ("her", "ses", "de"); then a figure and its head, or a head that names one person ("sa femme", "her husband").
    /// In a headline a figure may follow the head with no joiner ("10 children 5 women").
    /// </summary>
    private static Item? NextItem(Folded doc, QuantityLexicon lex, List<NumberMatch> numbers, bool[] consumed, int after, int s1, bool[] aside, bool allowComma)
    {
        var tl = lex.Tolls;
        int next = numbers.FindIndex(n => n.First >= after);
        bool hasNumber = next >= 0 && !consumed[next];
        if (hasNumber && numbers[next].First == after && FollowingHead(doc, tl, numbers[next], s1, aside) is Head h0)
            return new Item(next, numbers[next].Value, h0, true);
        int link = CoordinatedNext(doc, lex, after, s1, aside);
        if (link >= s1)
            return null;
        int jl;
        bool closed = true;
        if (lex.Numbers.Connectors.Contains(doc.Words[link]))
            jl = 1;
        else if (tl.Joiners.Match(doc, link).Length is var l && l > 0)
            jl = l;
        else if (allowComma && doc.Words[link] == ",")
        {
            jl = 1;
            closed = false;
        }
        else
            return null;
        int p = link + jl;
        // "a coûté la vie à un homme et à ses trois enfants": the preposition of the first count may be said again.
        if (p + 1 < s1 && tl.RepeatedLinks.Contains(doc.Words[p]))
            p++;
        bool determiner = p < s1 && tl.Determiners.Contains(doc.Words[p]);
        int pd = determiner ? p + 1 : p;
        bool kin = determiner && tl.KinDeterminers.Contains(doc.Words[p]);
        if (hasNumber && (numbers[next].First == p || numbers[next].First == pd)
            && FollowingHead(doc, tl, numbers[next], s1, aside) is Head h)
            return new Item(next, numbers[next].Value, h, closed, kin && numbers[next].First == pd);
        // "sa femme", "leur fils", "her husband": a determiner and a head that name one person.
        if (!determiner || pd >= s1 || (hasNumber && numbers[next].First == pd))
            return null;
        var (entry, hl) = tl.Heads.Match(doc, pd);
        if (hl == 0)
            return null;
        if (!tl.OneDeterminers.Contains(doc.Words[p]) && tl.OneHeads.Match(doc, pd).Length != hl)
            return null;
        return new Item(-1, Quantity.ExactlyOf(1), new Head(pd, pd + hl, entry), closed, kin);
    }

    /// <summary>The head of a joined count: right after its figure, or past a determiner or describing words ("two of his guards").</summary>
    private static Head? FollowingHead(Folded doc, TollLexicon lex, NumberMatch m, int s1, bool[] aside)
    {
        if (FindHead(doc, lex, m.End, s1, aside, out _, out int at) is not Head h)
            return null;
        return at <= m.End + 1 || OnlyDescribing(doc, lex, aside, m.End, h.First, true) ? h : null;
    }

    /// <summary>A list joined by commas is one only when a connector or a joiner closes it ("un homme, sa femme et leur enfant").</summary>
    private static bool ClosedList(Folded doc, QuantityLexicon lex, List<NumberMatch> numbers, bool[] consumed, Item from, int s1, bool[] aside)
    {
        var it = from;
        for (int guard = 0; guard < 8; guard++)
        {
            if (NextItem(doc, lex, numbers, consumed, it.Head.End, s1, aside, true) is not Item n)
                return false;
            if (n.Closed)
                return true;
            it = n;
        }
        return false;
    }

    /// <summary>A joiner ("as well as", "ainsi que") within a few words after <paramref name="from"/>, before any boundary or figure: where it starts.</summary>
    private static int? LateJoiner(Folded doc, TollLexicon lex, int from, int s1)
    {
        const int window = 5;
        for (int q = from; q < Math.Min(s1, from + window + 1); q++)
        {
            if (doc.IsBoundary(q) || doc.IsNumber(q))
                return null;
            if (lex.Joiners.Match(doc, q).Length > 0)
                return q;
        }
        return null;
    }

    /// <summary>
    /// Tokens [from, to) are only describing words ("former", "jeune"), an age or a clock time, and, when <paramref name="withLinks"/>,
    /// determiners and complement links ("of his"); when <paramref name="names"/>, the capitalised words of a name too ("a senior
    /// Islamic State leader", "an SDF fighter").
    /// </summary>
    private static bool OnlyDescribing(Folded doc, TollLexicon lex, bool[] aside, int from, int to, bool withLinks, bool names = false)
    {
        for (int q = from; q < to; q++)
        {
            var w = doc.Words[q];
            if (aside[q] || lex.Modifiers.Contains(w) || (withLinks && (lex.Determiners.Contains(w) || lex.ComplementLinks.Contains(w)))
                || (names && doc.IsWord(q) && char.IsUpper(doc.Text[doc.Tokens[q].Range.Start])))
                continue;
            return false;
        }
        return true;
    }

    /// <summary>
    /// Where a clock time that starts with figure <paramref name="m"/> ends: "10:30" (no space around the colon), "3 am", "à 5h",
    /// "8h10" (the minutes glued to the marker), "10 h 30". -1 when it is no clock time. Only an hour from 0 to 24 qualifies.
    /// </summary>
    private static int ClockTimeEnd(Folded doc, NumberLexicon lex, NumberMatch m, int s1)
    {
        if (m.First != m.NumberFirst || m.End != m.First + 1 || !doc.IsNumber(m.First) || m.Value.Best is < 0 or > HoursInADay
            || m.End >= s1 || !IsDigits(doc.Words[m.First]))
            return -1;
        int e = m.End;
        // "10:30": the hour, a colon and two digits of minutes, with no space between.
        if (doc.Words[e] == ":" && e + 1 < doc.Count && doc.GapAfter(m.First).Length == 0 && doc.GapAfter(e).Length == 0
            && doc.IsNumber(e + 1) && doc.Words[e + 1].Length == 2 && IsDigits(doc.Words[e + 1]))
            return e + 2;
        // "8h10", "14h30": the marker carries the minutes.
        var w = doc.Words[e];
        int d = 0;
        while (d < w.Length && char.IsAsciiLetter(w[d])) d++;
        if (d > 0 && d < w.Length && doc.GapAfter(m.First).Length == 0 && IsDigits(w.AsSpan(d)) && lex.ClockMarkers.Has(w[..d]))
            return e + 1;
        var (_, ml) = lex.ClockMarkers.Match(doc, e);
        if (ml == 0)
            return -1;
        e += ml;
        // "10 h 30": the minutes after a spaced marker.
        if (e < s1 && doc.IsNumber(e) && doc.Words[e].Length == 2 && IsDigits(doc.Words[e]) && doc.Words[e - 1] == "h")
            e++;
        return Math.Min(e, s1);
    }

    /// <summary>
    /// Where an age that figure <paramref name="m"/> gives ends: after "aged", "âgé de" (the figure alone), before "-year-old" (the
    /// figure and the marker), or the next figure of a list of ages ("aged 9 and 11"). -1 when it is no age.
    /// </summary>
    private static int AgeEnd(Folded doc, QuantityLexicon lex, NumberMatch m, int s0, int s1, int lastAgeEnd)
    {
        var tl = lex.Tolls;
        var (_, al) = tl.AgesAfter.Match(doc, m.End);
        if (al > 0)
            return Math.Min(s1, m.End + al);
        if (tl.AgesBefore.MatchEndingAt(doc, m.First, 4).Start is int b && b >= s0)
            return m.End;
        // "aged 9 and 11", "âgés de 12 et 14 ans"
        if (lastAgeEnd >= s0 && m.First == lastAgeEnd + 1
            && (lex.Numbers.Connectors.Contains(doc.Words[lastAgeEnd]) || lex.Numbers.RangeLinks.Contains(doc.Words[lastAgeEnd]) || doc.Words[lastAgeEnd] == ","))
            return m.End;
        return -1;
    }

    /// <summary>A head phrase that starts within a few tokens before <paramref name="n"/> covers it ("members of one family").</summary>
    private static bool InsideHead(Folded doc, TollLexicon lex, NumberMatch n, int s0)
    {
        for (int q = Math.Max(s0, n.First - 4); q < n.First; q++)
            if (lex.Heads.Match(doc, q).Length is var l && l > 0 && q + l > n.First)
                return true;
        return false;
    }

    private static bool IsDigits(ReadOnlySpan<char> s)
    {
        if (s.IsEmpty)
            return false;
        foreach (char c in s)
            if (!char.IsAsciiDigit(c))
                return false;
        return true;
    }

    /// <summary>
    /// "between 20 and 30 people", "entre 20 et 30 morts", "20 to 25 fighters": two figures joined by a range link are one
    /// figure whose low and best are the first (as ACLED records a range) and whose high is the second.
    /// </summary>
    private static void JoinRanges(Folded doc, NumberLexicon lex, List<NumberMatch> numbers)
    {
        for (int k = 0; k + 1 < numbers.Count; k++)
        {
            var (a, b) = (numbers[k], numbers[k + 1]);
            if (a.End + 1 != b.First || !lex.RangeLinks.Contains(doc.Words[a.End]) || a.YearLike || b.YearLike || a.Weak || b.Weak
                || b.Value.Best <= a.Value.Best || b.Value.Best > a.Value.Best * 10)
                continue;
            bool opened = a.First > 0 && lex.RangeOpeners.Contains(doc.Words[a.First - 1]);
            // "and" alone joins two counts ("10 children and 5 women" has heads); only "between ... and" makes a range.
            if (!opened && lex.Connectors.Contains(doc.Words[a.End]))
                continue;
            numbers[k] = a with
            {
                First = opened ? a.First - 1 : a.First,
                End = b.End,
                Value = new Quantity(a.Value.Low, a.Value.Best, b.Value.High, QuantityQualifier.Approximate),
                Rule = $"{lex.Code}/numbers.json#range",
            };
            numbers.RemoveAt(k + 1);
        }
    }

    private static Quantity Sum(Quantity a, Quantity b)
    {
        var q = a.Qualifier == b.Qualifier ? a.Qualifier
            : a.Qualifier == QuantityQualifier.Vague || b.Qualifier == QuantityQualifier.Vague ? QuantityQualifier.Vague
            : QuantityQualifier.Approximate;
        if (a.Qualifier == QuantityQualifier.Exact && b.Qualifier != QuantityQualifier.Exact) q = b.Qualifier;
        if (b.Qualifier == QuantityQualifier.Exact && a.Qualifier != QuantityQualifier.Exact) q = a.Qualifier;
        return new Quantity(a.Low + b.Low, a.Best + b.Best, a.High + b.High, q);
    }

    private static string Rule(QuantityLexicon lex, NumberMatch m) =>
        m.Rule.Contains('/') ? m.Rule : $"{lex.Numbers.Code}/numbers.json#{m.Rule}";

    /// <summary>"21 mai", "May 21", "21st of May": the number is a day of the month, not a figure.</summary>
    private static bool IsDayOfMonth(Folded doc, NumberLexicon lex, NumberMatch m)
    {
        if (m.First != m.NumberFirst || !doc.IsNumber(m.First) || m.Value.Best is < 1 or > 31)
            return false;
        int next = m.End;
        if (next < doc.Count && doc.Words[next] is "er" or "st" or "nd" or "rd" or "th") next++;
        if (next < doc.Count && doc.Words[next] == "of") next++;
        if (next < doc.Count && lex.Months.Contains(doc.Words[next]))
            return true;
        return m.First > 0 && lex.Months.Contains(doc.Words[m.First - 1]);
    }

    private static Head? FindHead(Folded doc, TollLexicon lex, int from, int s1, bool[] aside, out bool population, out int at)
    {
        population = false;
        at = -1;
        int j = from;
        if (j < s1 && doc.Words[j] is "de" or "d'" or "of" or "des")
            j++;
        int limit = Math.Min(s1, j + HeadWindow + 1);
        for (int q = j; q < limit; q++)
        {
            // "a 12-year-old boy": an age stands between the figure and its head without counting in the window.
            if (aside[q])
            {
                limit = Math.Min(s1, limit + 1);
                continue;
            }
            if (doc.IsBoundary(q) || doc.IsNumber(q) || doc.Words[q] == ",")
                return null;
            var (_, popl) = lex.Population.Match(doc, q);
            if (popl > 0)
            {
                population = true;
                return null;
            }
            var (_, tn) = lex.TollNouns.Match(doc, q);
            if (tn > 0)
                return null;
            // "killed 13 and wounded 29": a verb of another count after a joiner starts that count; it is no head of this one.
            if (q > j && lex.VerbJoiners.Contains(doc.Words[q - 1]) && lex.Active.Match(doc, q).Item2 > 0)
                return null;
            var (entry, l) = lex.Heads.Match(doc, q);
            if (l > 0)
            {
                at = q == j ? from : q;
                return new Head(q, q + l, entry);
            }
            // "22 dead", "six killed": the participle itself is the head.
            if (q == j)
            {
                var (verb, vl) = lex.Passive.Match(doc, q);
                if (vl > 0)
                {
                    at = from;
                    return new Head(q, q + vl, verb);
                }
            }
        }
        return null;
    }

    /// <summary>
    /// The participle that says what happened to the counted, within the language's verbWindow after <paramref name="from"/>. Once a
    /// finite auxiliary has opened the counted's own verb ("had", "étaient"), only auxiliaries and adverbs may stand before the
    /// participle, or another verb joined to it ("were rounded up and executed"): in "Thousands had gathered to bury men killed"
    /// the participle is the men's, not the thousands'.
    /// </summary>
    private static TollEntry? FindPassive(Folded doc, TollLexicon lex, int from, int s1, bool[] aside, out int end)
    {
        end = -1;
        bool opened = false, stray = false;
        int limit = Math.Min(s1, from + lex.VerbWindow + 1);
        for (int q = from; q < limit; q++)
        {
            // "un homme de 35 ans a été tué": an age does not count in the window.
            if (aside[q])
            {
                limit = Math.Min(s1, limit + 1);
                continue;
            }
            // "Deux combattants des Forces démocratiques syriennes (FDS) ont péri": an acronym in brackets does not count either.
            if (doc.Words[q] == "(" && Enumerable.Range(q + 1, Math.Max(0, Math.Min(s1, q + BracketWords + 2) - q - 1)).FirstOrDefault(c => doc.Words[c] == ")", -1) is var close && close > q)
            {
                limit = Math.Min(s1, limit + close - q + 1);
                q = close;
                continue;
            }
            if (doc.IsBoundary(q) || doc.IsNumber(q))
                return null;
            var (verb, l) = lex.Passive.Match(doc, q);
            if (l > 0)
            {
                if (stray)
                    return null;
                end = q + l;
                return verb;
            }
            var (_, ol) = lex.VerbOpeners.Match(doc, q);
            if (ol > 0)
            {
                opened = true;
                q += ol - 1;
                continue;
            }
            if (!opened)
                continue;
            // "were rounded up and executed": a connector joins another verb of the same subject.
            if (lex.VerbJoiners.Contains(doc.Words[q]))
            {
                stray = false;
                continue;
            }
            var (_, al) = lex.Auxiliaries.Match(doc, q);
            if (al > 0)
            {
                q += al - 1;
                continue;
            }
            // "have brutally been killed", "ont été sommairement exécutés"
            if (!IsAdverb(lex, doc.Words[q]))
                stray = true;
        }
        return null;
    }

    /// <summary>How many words a part that counts no one may hold before the verb it stands in front of.</summary>
    private const int PartAsideReach = 10;

    /// <summary>
    /// A part marker right after a head (after its comma) that no count follows, up to the first verb opener: the words
    /// are set aside, so that the head still finds its verb past them.
    /// </summary>
    private static void SetPartAside(Folded doc, TollLexicon lex, int after, int s1, bool[] aside)
    {
        int q0 = after < s1 && doc.Words[after] == "," ? after + 1 : after;
        var (_, pl) = lex.Parts.Match(doc, q0);
        if (pl == 0)
            return;
        for (int q = q0 + pl; q < Math.Min(s1, q0 + pl + PartAsideReach); q++)
        {
            if (doc.IsBoundary(q) || doc.IsNumber(q))
                return;
            if (lex.VerbOpeners.Match(doc, q).Length > 0)
            {
                for (int t = after; t < q; t++)
                    aside[t] = true;
                return;
            }
        }
    }

    private static bool IsAdverb(TollLexicon lex, string w)
    {
        foreach (var suffix in lex.AdverbSuffixes)
            if (w.Length > suffix.Length + 2 && w.EndsWith(suffix, StringComparison.Ordinal))
                return true;
        return false;
    }

    /// <summary>A duration at <paramref name="q"/>: "four-month" (a hyphenated unit), or a link, a number and a unit ("en deux mois").</summary>
    private static bool CountedDuration(Folded doc, QuantityLexicon all, int q, int to)
    {
        var lex = all.Tolls;
        var w = doc.Words[q];
        int dash = w.LastIndexOf('-');
        if (dash > 0 && dash < w.Length - 1 && lex.DurationUnits.Contains(w[(dash + 1)..]) && doc.IsWord(q))
            return true;
        // "en 48 heures" is a total over two days; "in 24 hours of battle" is still one day's fighting.
        return lex.DurationLinks.Contains(w) && q + 2 < to && NumberReader.TryRead(doc, all.Numbers, q + 1, out var n) && n.End < to
               && lex.DurationUnits.Contains(doc.Words[n.End])
               && !(lex.HourUnits.Contains(doc.Words[n.End]) && n.Value.Best <= HoursInADay);
    }

    /// <summary>The sentence's first word is a one-word campaign cue ("Depuis", "Since") that no place name follows.</summary>
    private static bool OpensWithPeriodCue(Folded doc, TollLexicon lex, int s0, bool[] placeStarts)
    {
        var (cue, l) = lex.Cumulative.Match(doc, s0);
        return l == 1 && cue.Scope == TollScope.Campaign && !(s0 + 1 < placeStarts.Length && placeStarts[s0 + 1]);
    }

    /// <summary>Counts that never add up with a count of another kind.</summary>
    private static bool Separate(CountedKind kind) => kind is CountedKind.Wounded or CountedKind.Displaced or CountedKind.Captured or CountedKind.Evacuated;

    /// <summary>Two counts of these kinds add up: the same kind, or neither one kept separate.</summary>
    private static bool Addable(CountedKind a, CountedKind b) => a == b || !(Separate(a) || Separate(b));

    private static TollEntry? FindActive(Folded doc, TollLexicon lex, int numberFirst, int s0, bool[] dateTokens, out int start)
    {
        start = -1;
        int b = numberFirst;
        while (b - 1 >= s0 && b - 1 < dateTokens.Length && dateTokens[b - 1] && numberFirst - b < 6)
            b--;
        for (int skip = 0; skip < 2; skip++)
        {
            var (_, fs) = lex.Fillers.MatchEndingAt(doc, b, 3);
            if (fs < s0 || fs < 0)
                break;
            b = fs;
        }
        var (verb, vs) = lex.Active.MatchEndingAt(doc, b, 5);
        if (vs < s0 || vs < 0)
            return null;
        start = vs;
        return verb;
    }

    private static TollEntry? FindTollNoun(Folded doc, TollLexicon lex, NumberMatch m, int s0, int s1, out TextRange range)
    {
        range = default;
        // "... death toll ... at 58", "le bilan s'élève à 12"
        var (_, ls) = lex.TollLinks.MatchEndingAt(doc, m.First, 3);
        if (ls >= s0)
        {
            for (int q = ls - 1; q >= Math.Max(s0, ls - TollNounWindow); q--)
            {
                if (doc.IsBoundary(q))
                    break;
                var (noun, nl) = lex.TollNouns.Match(doc, q);
                if (nl > 0 && q + nl <= ls)
                {
                    range = doc.Span(q, q + nl);
                    return noun;
                }
            }
        }
        // "raise to 185 the number of casualties": a link word before the figure ("Get short URL 0 15 The death toll"
        // binds nothing).
        if (ls < s0)
            return null;
        for (int q = m.End; q < Math.Min(s1, m.End + 3); q++)
        {
            var (noun, nl) = lex.TollNouns.Match(doc, q);
            if (nl > 0)
            {
                range = doc.Span(q, q + nl);
                return noun;
            }
            if (doc.IsBoundary(q) || doc.IsNumber(q))
                break;
        }
        return null;
    }

    /// <summary>
    /// The first token of a relative clause set off by commas that ends right before <paramref name="at"/>
    /// ("..., qui ont commencé il y a une semaine, ont fait"), or null.
    /// </summary>
    private static int? RelativeClauseBefore(Folded doc, TollLexicon lex, int sentenceStart, int at)
    {
        if (at - 1 <= sentenceStart || doc.Words[at - 1] != ",")
            return null;
        int q = CommaBefore(doc, at - 2, sentenceStart);
        return q >= 0 && lex.RelativeOpeners.Match(doc, q + 1).Length > 0 ? q + 1 : null;
    }

    /// <summary>The last comma at or before token <paramref name="from"/>, after the sentence's first token; -1 when none.</summary>
    private static int CommaBefore(Folded doc, int from, int sentenceStart)
    {
        for (int c = from; c > sentenceStart; c--)
            if (doc.Words[c] == ",")
                return c;
        return -1;
    }

    /// <summary>
    /// The cue at <paramref name="q"/> stands in an apposition, closed before the toll, that describes a place: one named in
    /// it before the cue or right before its opening comma ("à Douma, ville assiégée depuis 2013, ..."). An apposition
    /// that opens with a relative pronoun ("Les combats, qui ont commencé il y a une semaine, ont fait 462 morts") or right
    /// with the cue ("Les combats, depuis mardi, ont fait...") describes the toll's subject, and the cue is the toll's.
    /// </summary>
    private static bool DescribesPlace(Folded doc, TollLexicon lex, bool[] placeStarts, int sentenceStart, int q, int cueEnd, int tollStart)
    {
        const int Reach = 4;
        bool closed = Enumerable.Range(cueEnd, Math.Max(0, Math.Min(tollStart, cueEnd + Reach + 1) - cueEnd)).Any(c => doc.Words[c] == ",");
        int open = CommaBefore(doc, q - 1, sentenceStart);
        if (!closed || open < 0 || q - open < 2 || lex.RelativeOpeners.Match(doc, open + 1).Length > 0)
            return false;
        for (int t = Math.Max(sentenceStart, open - Reach); t < q && t < placeStarts.Length; t++)
            if (placeStarts[t])
                return true;
        return false;
    }

    /// <summary>A superlative ends within the three words before <paramref name="q"/>.</summary>
    private static bool AfterSuperlative(Folded doc, TollLexicon lex, int q)
    {
        for (int end = q; end >= Math.Max(0, q - 3); end--)
        {
            var (_, start) = lex.Superlatives.MatchEndingAt(doc, end, 3);
            if (start >= 0)
                return true;
        }
        return false;
    }

    private static TollScope ScopeOf(Folded doc, QuantityLexicon all, int from, int to, bool[] placeStarts, int sentenceStart, int tollStart)
    {
        var lex = all.Tolls;
        var scope = TollScope.Incident;
        for (int q = from; q < to; q++)
        {
            // "during the four-month battle", "en deux mois": a toll counted over a stated duration.
            if (CountedDuration(doc, all, q, to))
                return TollScope.Campaign;
            var (cue, l) = lex.Cumulative.Match(doc, q);
            // "after a day of fighting that killed 20": a cue of the incident's own length outmatches the rate in it ("a day").
            if (l > 0 && cue.Scope == TollScope.Incident)
            {
                q += l - 1;
                continue;
            }
            // A cue right before a place name ("depuis Douma", "depuis la Syrie") says where from, not since when.
            if (l > 0 && q + l < placeStarts.Length && (placeStarts[q + l]
                || (lex.Articles.Contains(doc.Words[q + l]) && q + l + 1 < placeStarts.Length && placeStarts[q + l + 1])))
                continue;
            // "la journée la plus meurtrière depuis 2015": the cue dates a record.
            if (l > 0 && AfterSuperlative(doc, lex, q))
                continue;
            // "Des obus tirés sur Douma, dans la Ghouta assiégée depuis 2013, ont tué une femme": the cue dates the place's state.
            if (l > 0 && DescribesPlace(doc, lex, placeStarts, sentenceStart, q, q + l, tollStart))
                continue;
            if (l > 0 && q + l <= to)
            {
                if (cue.Scope == TollScope.Campaign)
                    return TollScope.Campaign;
                scope = TollScope.Running;
            }
        }
        return scope;
    }
}
