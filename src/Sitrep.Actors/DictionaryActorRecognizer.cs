using Sitrep.Actors.Internal;
using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;

namespace Sitrep.Actors;

/// <summary>
/// Finds the actors named or described in a dispatch with an <see cref="ActorDictionary"/>.
/// <para>Matching: within each sentence, from left to right, the longest dictionary phrase that starts at a word
/// (a trie walk, so linear in the text). Words compare without case or accents; a word the dictionary writes in
/// capitals (IS, SDF, OSDH) matches only the same capitals, and in a sentence written all in capitals the
/// acronyms that are also words (IS, US) do not match at all. Hyphenated tokens are read part by part ("IS-held"
/// names IS). Blocks ("anti-regime", "civil war") consume their words and name nobody, and so does a name inside a place
/// name ("the Kurds Mountain", "le mont des Kurdes": the dictionary's placeHeads). A phrase marked speaker-only
/// ("Damas", "Ankara") counts only next to a speech cue ("selon Damas", "Ankara said").</para>
/// <para>Resolution, in text order: a name codes to the entry valid on the dispatch date (<see cref="ActorDictionary.ScopeTo"/>);
/// a description followed by "de/du/of the" and a name ("les jihadistes du groupe EI") is that name, and the mention
/// covers the whole phrase; any other description is the most recently named specific actor it may refer to, else
/// its fallback entry, else no mention.</para>
/// <para><see cref="ActorMention.Rule"/> is <c>file#entry:lang:phrase</c>, followed by <c> -> id (why)</c> when
/// the date or the context changed the actor.</para>
/// </summary>
public sealed class DictionaryActorRecognizer : IActorRecognizer
{
    private readonly ActorDictionary _dictionary;
    private readonly Func<Word, bool> _anyCapitals = static _ => true;
    private readonly Func<Word, bool> _capitalsInCapitalSentence;

    public DictionaryActorRecognizer(ActorDictionary dictionary)
    {
        _dictionary = dictionary ?? throw new ArgumentNullException(nameof(dictionary));
        var wordLike = dictionary.WordLikeAcronyms.Select(a => Words.ExactMarker + a).ToHashSet(StringComparer.Ordinal);
        _capitalsInCapitalSentence = w => !wordLike.Contains(w.Exact!);
    }

    public ActorDictionary Dictionary => _dictionary;

    private readonly record struct Match(int Start, int End, PatternTarget Target, PatternTarget? Description, TextRange Range);

    public IReadOnlyList<ActorMention> Recognize(AnalyzedDispatch doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        var layer = doc.RequireText();
        var text = doc.Content;
        var tries = _dictionary.Tries[doc.Dispatch.Language];
        var words = new List<Word>();
        var found = new List<(int Length, PatternTarget Value)>();
        var inSentence = new List<Match>();
        var matches = new List<Match>();

        foreach (var sentence in layer.Sentences)
        {
            words.Clear();
            inSentence.Clear();
            for (int t = sentence.FirstToken; t < sentence.FirstToken + sentence.TokenCount; t++)
                Words.Split(text, layer.Tokens[t], words);
            var exactAllowed = WrittenInCapitals(text, layer, sentence) ? _capitalsInCapitalSentence : _anyCapitals;

            int i = 0;
            while (i < words.Count)
            {
                found.Clear();
                tries.Names.Walk(words, i, words.Count, 1, exactAllowed, found);
                var best = Longest(found, words, i, tries, exactAllowed);
                if (best is not (int length, PatternTarget target))
                {
                    i++;
                    continue;
                }
                if (target.Kind != TargetKind.Block && !InPlaceName(words, i, i + length, tries, exactAllowed))
                    inSentence.Add(new Match(i, i + length, target, null, Span(words, i, i + length)));
                i += length;
            }
            Link(inSentence, words, tries, exactAllowed, found, matches);
        }
        return Resolve(matches, doc.Dispatch.Date, doc.Content);
    }

    /// <summary>The longest phrase found, leaving out speaker-only phrases with no speech cue next to them.</summary>
    private (int, PatternTarget)? Longest(List<(int Length, PatternTarget Value)> found, List<Word> words, int start, LanguageTries tries, Func<Word, bool> exactAllowed)
    {
        (int, PatternTarget)? best = null;
        int bestLength = 0;
        for (int k = 0; k < found.Count; k++)
        {
            var (length, target) = found[k];
            if (length <= bestLength)
                continue;
            if (target.SpeakerOnly && !NextToSpeechCue(words, start, start + length, tries, exactAllowed))
                continue;
            best = (length, target);
            bestLength = length;
        }
        return best;
    }

    /// <summary>
    /// A name inside a place name: "the Kurds Mountain" (Jabal al-Akrad), "le mont des Kurdes", "Jabal Turkman". The
    /// dictionary's placeHeads list the words that make a people's name part of a place when they follow or precede it.
    /// </summary>
    private static bool InPlaceName(List<Word> words, int start, int end, LanguageTries tries, Func<Word, bool> exactAllowed) =>
        Flanked(words, start, end, tries.PlaceHeadsBefore, tries.PlaceHeadsAfter, exactAllowed);

    private static bool NextToSpeechCue(List<Word> words, int start, int end, LanguageTries tries, Func<Word, bool> exactAllowed) =>
        Flanked(words, start, end, tries.CuesBefore, tries.CuesAfter, exactAllowed);

    /// <summary>A phrase of <paramref name="after"/> starts right after [start, end), or one of <paramref name="before"/> (stored reversed) ends right before it.</summary>
    private static bool Flanked(List<Word> words, int start, int end, PhraseTrie<PatternTarget> before, PhraseTrie<PatternTarget> after, Func<Word, bool> exactAllowed)
    {
        var found = new List<(int, PatternTarget)>();
        after.Walk(words, end, words.Count, 1, exactAllowed, found);
        if (found.Count > 0)
            return true;
        before.Walk(words, start - 1, 0, -1, exactAllowed, found);
        return found.Count > 0;
    }

    /// <summary>
    /// Joins a description to the name that follows it through a linker ("les jihadistes du groupe EI",
    /// "the militants of the Islamic State", "des militaires des forces spéciales américaines" where the name's own
    /// phrase begins with the linker), then appends the sentence's matches.
    /// </summary>
    private void Link(List<Match> inSentence, List<Word> words, LanguageTries tries, Func<Word, bool> exactAllowed,
        List<(int Length, PatternTarget Value)> found, List<Match> into)
    {
        for (int k = 0; k < inSentence.Count; k++)
        {
            var m = inSentence[k];
            if (m.Target.Kind == TargetKind.Description && k + 1 < inSentence.Count)
            {
                var next = inSentence[k + 1];
                if (next.Target.Kind == TargetKind.Entry && next.Start >= m.End && IsSpecificParty(next.Target.Id))
                {
                    found.Clear();
                    // The linker fills the gap, or runs into the name when the name's phrase took its article ("of | the Red Front").
                    tries.Linkers.Walk(words, m.End, next.End - 1, 1, exactAllowed, found);
                    int gap = next.Start - m.End;
                    if (found.Exists(f => f.Length >= Math.Max(gap, 1)))
                    {
                        into.Add(new Match(m.Start, next.End, next.Target, m.Target, m.Range.Union(next.Range)));
                        k++;
                        continue;
                    }
                }
            }
            into.Add(m);
        }
    }

    private bool IsSpecificParty(string id) =>
        _dictionary.TryGet(id, out var e) && e.Kind == ActorKind.Party && !e.Generic;

    private IReadOnlyList<ActorMention> Resolve(List<Match> matches, DispatchDate? date, string text)
    {
        var mentions = new List<ActorMention>(matches.Count);
        var recent = new Dictionary<string, (int Order, ActorEntry Entry)>(StringComparer.Ordinal);
        int order = 0, lastEnd = 0;
        foreach (var m in matches)
        {
            order++;
            // A description resolves to a party named in its own paragraph: "l'armée" four paragraphs after
            // "son allié russe" is the dispatch's own country's army, its fallback.
            if (m.Range.Start > lastEnd && ParagraphBreak(text.AsSpan(lastEnd, m.Range.Start - lastEnd)))
                recent.Clear();
            lastEnd = Math.Max(lastEnd, m.Range.End);
            if (m.Target.Kind == TargetKind.Entry)
            {
                var named = _dictionary.Get(m.Target.Id);
                var scoped = m.Target.Timeless ? named : _dictionary.ScopeTo(named, date);
                var rule = RuleOf(m.Target);
                if (m.Description is PatternTarget d)
                    rule = RuleOf(d) + " of " + rule;
                if (scoped.Id != named.Id)
                    rule += $" -> {scoped.Id} ({(date is null ? "undated: latest name" : "dated " + date)})";
                mentions.Add(new ActorMention(m.Range, scoped.ToActor(), rule));
                if (scoped.Kind == ActorKind.Party && !scoped.Generic)
                    Remember(recent, order, named, scoped);
            }
            else if (m.Target.Kind == TargetKind.Description)
            {
                var description = _dictionary.GetDescription(m.Target.Id);
                var (entry, why) = FromContext(description, recent) is ActorEntry c ? (c, "context") : (Fallback(description, date), "fallback");
                if (entry is null)
                    continue;
                mentions.Add(new ActorMention(m.Range, entry.ToActor(), $"{RuleOf(m.Target)} -> {entry.Id} ({why})", why == "fallback" ? description.Id : null));
            }
        }
        return mentions;
    }

    /// <summary>A blank line: two line breaks with only spaces between them.</summary>
    private static bool ParagraphBreak(ReadOnlySpan<char> between)
    {
        int breaks = 0;
        foreach (var c in between)
        {
            if (c == '\n')
            {
                if (++breaks == 2)
                    return true;
            }
            else if (!char.IsWhiteSpace(c))
                breaks = 0;
        }
        return false;
    }

    private static void Remember(Dictionary<string, (int, ActorEntry)> recent, int order, ActorEntry named, ActorEntry scoped)
    {
        recent[named.Id] = (order, scoped);
        recent[scoped.Id] = (order, scoped);
        recent["class:" + scoped.Class.Code()] = (order, scoped);
        foreach (var tag in scoped.Tags.Concat(named.Tags))
            recent["tag:" + tag] = (order, scoped);
    }

    private static ActorEntry? FromContext(ActorDescription description, Dictionary<string, (int Order, ActorEntry Entry)> recent)
    {
        (int Order, ActorEntry? Entry) best = (0, null);
        foreach (var spec in description.Resolves)
            if (recent.TryGetValue(spec, out var r) && r.Order > best.Order)
                best = r;
        return best.Entry;
    }

    private ActorEntry? Fallback(ActorDescription description, DispatchDate? date)
    {
        if (description.Fallback.Count == 0)
            return null;
        foreach (var id in description.Fallback)
        {
            var e = _dictionary.Get(id);
            if (date is null || e.ValidOn(date))
                return _dictionary.ScopeTo(e, date);
        }
        return _dictionary.ScopeTo(_dictionary.Get(description.Fallback[0]), date);
    }

    private string RuleOf(PatternTarget t) => $"{_dictionary.FileName}#{t.Id}:{t.Language}:{t.Pattern}";

    private static TextRange Span(List<Word> words, int start, int end) => new(words[start].Range.Start, words[end - 1].Range.End);

    /// <summary>A sentence of two words or more with letters and no lower-case letter at all (a headline in capitals).</summary>
    private static bool WrittenInCapitals(string text, TextLayer layer, Sentence sentence)
    {
        int lettered = 0;
        for (int t = sentence.FirstToken; t < sentence.FirstToken + sentence.TokenCount; t++)
        {
            var token = layer.Tokens[t];
            if (token.Kind != TokenKind.Word)
                continue;
            bool hasLetter = false;
            foreach (var c in token.Range.SpanOf(text))
            {
                if (char.IsLower(c))
                    return false;
                hasLetter |= char.IsLetter(c);
            }
            if (hasLetter)
                lettered++;
        }
        return lettered >= 2;
    }
}
