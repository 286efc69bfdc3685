using Sitrep.Coding.Events;
using Sitrep.Core.Model;

namespace Sitrep.Coding.Lexicon;

/// <summary>
/// Words around an actor mention that say it is not a side of what the sentence reports: it holds an area
/// ("IS-held", "sous le contrôle de l'EI") or supports the side that acts ("US-backed", "soutenues par la coalition").
/// </summary>
public static class SideQualifiers
{
    /// <summary>The mention names who holds an area rather than who acts.</summary>
    public static bool IsHolder(string text, TextLayer layer, TextRange mention, EventLexicon lex) =>
        Qualified(text, layer, mention, lex.HeldSuffixes, lex.ControlledBy) || BesideHolderNoun(text, layer, mention, lex);

    /// <summary>"the last rebel stronghold", "le dernier bastion rebelle": the side stands right beside a noun of held ground.</summary>
    private static bool BesideHolderNoun(string text, TextLayer layer, TextRange mention, EventLexicon lex)
    {
        int first = layer.TokenAtOrAfter(mention.Start), after = layer.TokenAtOrAfter(mention.End);
        int s = layer.SentenceAt(mention.Start);
        if (s < 0 || first < 0 || first >= layer.Tokens.Count || layer.Tokens[first].Range.Start != mention.Start)
            return false;
        var sentence = layer.Sentences[s];
        bool NounAt(int t) => t >= sentence.FirstToken && t < sentence.FirstToken + sentence.TokenCount && lex.HolderNouns.Contains(TokenKeys.Key(text, layer.Tokens[t]));
        return NounAt(first - 1) || (after < layer.Tokens.Count && layer.Tokens[after].Range.Start >= mention.End && NounAt(after));
    }

    /// <summary>"IS-held", "Kurdish-held": the class (control.json's adjectives) that a compound ending in <paramref name="suffix"/> names by its first part, or null.</summary>
    public static string? HeldClass(string key, string suffix, IReadOnlyDictionary<string, string> adjectives) =>
        key.Length > suffix.Length && key.EndsWith(suffix, StringComparison.Ordinal) && adjectives.TryGetValue(key[..^suffix.Length], out var cls) ? cls : null;

    /// <summary>The mention names who supports the side that acts; ACLED records it as an associated actor at most.</summary>
    public static bool IsSupporter(string text, TextLayer layer, TextRange mention, EventLexicon lex) =>
        Qualified(text, layer, mention, lex.SupportedSuffixes, lex.SupportedBy, lex) || Allied(text, layer, mention, lex);

    /// <summary>
    /// "backed by airstrikes from the US-led coalition", "appuyées par des frappes de la coalition": between the support cue
    /// and its supporter stand only the instrument of the support (an air strike, shelling or remote trigger) and linking
    /// words ('definite', 'indefinite', 'genitive', 'by', 'origin_words').
    /// </summary>
    public static bool OnlyInstrumentBetween(string text, TextLayer layer, int from, int to, EventLexicon lex)
    {
        if (to - from is < 1 or > 6)
            return false;
        var instruments = lex.Triggers.Matches(text, layer.Tokens, from, to).Where(m => ClassFamilies.IsInstrument(m.Value.Class.Name)).ToList();
        if (instruments.Count == 0)
            return false;
        for (int t = from; t < to; t++)
        {
            var k = TokenKeys.Key(text, layer.Tokens[t]);
            if (!instruments.Any(m => t >= m.FirstToken && t < m.FirstToken + m.Length)
                && !(lex.Definite.Contains(k) || lex.Indefinite.Contains(k) || lex.Genitive.Contains(k) || lex.By.Contains(k) || lex.OriginWords.Contains(k)))
                return false;
        }
        return true;
    }

    /// <summary>
    /// An ally word opens the mention or stands right before it ("son allié russe", "Turkish troops and allied Syrian
    /// rebels") or right after it ("des groupes rebelles alliés").
    /// </summary>
    private static bool Allied(string text, TextLayer layer, TextRange mention, EventLexicon lex)
    {
        int s = layer.SentenceAt(mention.Start);
        int first = layer.TokenAtOrAfter(mention.Start), after = layer.TokenAtOrAfter(mention.End);
        if (s < 0 || first < 0 || first >= layer.Tokens.Count)
            return false;
        var sentence = layer.Sentences[s];
        int from = sentence.FirstToken, to = sentence.FirstToken + sentence.TokenCount;
        string? KeyAt(int t) => t >= from && t < to && layer.Tokens[t].Kind == TokenKind.Word ? TokenKeys.Key(text, layer.Tokens[t]) : null;
        bool Ally(int t) => KeyAt(t) is { } k && lex.AllyWords.Contains(k);
        if (Ally(first) || Ally(first - 1))
            return true;
        // "les rebelles alliés à la Turquie ont pris Afrine": allied to someone else, the mention is the side that acts.
        return after < layer.Tokens.Count && layer.Tokens[after].Range.Start >= mention.End && Ally(after)
               && !(KeyAt(after + 1) is { } k && lex.AllyLinks.Contains(k));
    }

    /// <summary>The mention is followed by one of <paramref name="suffixes"/> ("IS-held") or comes right after one of <paramref name="cues"/> (an article may
    /// stand between, and, given the lexicon of <paramref name="instruments"/>, an instrument of support).</summary>
    private static bool Qualified(string text, TextLayer layer, TextRange mention, IReadOnlyList<string> suffixes, PhraseMatcher<string> cues, EventLexicon? instruments = null)
    {
        int last = layer.TokenAtOrAfter(mention.End) - 1; // the token holding the mention's last character
        if (last < 0)
            return false;
        var token = layer.Tokens[last];
        if (token.Range.End > mention.End)
        {
            var rest = TokenKeys.Key(new TextRange(mention.End, token.Range.End).SpanOf(text));
            if (suffixes.Any(x => rest.StartsWith(x, StringComparison.Ordinal)))
                return true;
        }
        else if (last + 1 < layer.Tokens.Count && suffixes.Contains("-" + TokenKeys.Key(text, layer.Tokens[last + 1])))
            return true;
        int s = layer.SentenceAt(mention.Start);
        if (s < 0)
            return false;
        int from = layer.Sentences[s].FirstToken;
        int first = layer.TokenAtOrAfter(mention.Start);
        if (first - from < 1)
            return false;
        var found = cues.Matches(text, layer.Tokens, Math.Max(from, first - 8), first);
        return found.Any(c => first - (c.FirstToken + c.Length) <= 1
                              || (instruments is not null && (OnlyInstrumentBetween(text, layer, c.FirstToken + c.Length, first, instruments)
                                                              || ListedAfter(text, layer, c.FirstToken + c.Length, first, instruments))));
    }

    /// <summary>
    /// "appuyées par des factions rebelles et par les frappes de la coalition": the mention opens the next item of the list the
    /// support cue opened (a coordinator, and 'by' perhaps, right before it; no comma or clause break since the cue).
    /// </summary>
    private static bool ListedAfter(string text, TextLayer layer, int from, int first, EventLexicon lex)
    {
        string Key(int t) => TokenKeys.Key(text, layer.Tokens[t]);
        int k = first - 1;
        if (k > from && lex.By.Contains(Key(k)))
            k--;
        if (k <= from || !lex.Coordinators.Contains(Key(k)) || Key(k) == ",")
            return false;
        for (int t = from; t < k; t++)
            if (Key(t) == "," || lex.ClauseBreaks.Contains(Key(t)))
                return false;
        return true;
    }
}
