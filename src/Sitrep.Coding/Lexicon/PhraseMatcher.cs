using Sitrep.Core.Model;

namespace Sitrep.Coding.Lexicon;

/// <summary>A match of a lexicon phrase: tokens [FirstToken, FirstToken + Length) and the entry's value.</summary>
public readonly record struct PhraseMatch<T>(int FirstToken, int Length, T Value, string Phrase);

/// <summary>
/// Longest-match lookup of token sequences, indexed by first token: the work per token is the number of
/// phrases that start with that token's key, independent of the size of the lexicon.
/// </summary>
public sealed class PhraseMatcher<T>
{
    private readonly Dictionary<string, List<(string[] Keys, T Value, string Phrase)>> _byFirst = new(StringComparer.Ordinal);

    public int Count { get; private set; }

    /// <summary>
    /// Words that may stand between the first word of a phrase and the rest ("sont entrés dimanche soir dans la ville"):
    /// up to two of them, matched as part of the phrase. Empty: phrases match only as written.
    /// </summary>
    public IReadOnlySet<string> Insertions { get; init; } = new HashSet<string>();

    public void Add(string phrase, T value)
    {
        var keys = TokenKeys.Phrase(phrase);
        if (keys.Length == 0)
            return;
        if (!_byFirst.TryGetValue(keys[0], out var list))
            _byFirst[keys[0]] = list = [];
        if (list.Any(e => e.Keys.SequenceEqual(keys)))
            return;
        list.Add((keys, value, phrase));
        list.Sort((a, b) => b.Keys.Length.CompareTo(a.Keys.Length));
        Count++;
    }

    /// <summary>All non-overlapping longest matches in tokens [from, to), left to right.</summary>
    public List<PhraseMatch<T>> Matches(string text, IReadOnlyList<Token> tokens, int from, int to, string[]? keys = null)
    {
        var found = new List<PhraseMatch<T>>();
        keys ??= Keys(text, tokens, from, to);
        for (int i = from; i < to;)
        {
            var m = MatchAt(keys, i - from, to - from);
            if (m is { } hit)
            {
                found.Add(hit with { FirstToken = i });
                i += hit.Length;
            }
            else i++;
        }
        return found;
    }

    public static string[] Keys(string text, IReadOnlyList<Token> tokens, int from, int to)
    {
        var keys = new string[to - from];
        for (int i = from; i < to; i++)
            keys[i - from] = TokenKeys.Key(text, tokens[i]);
        return keys;
    }

    private PhraseMatch<T>? MatchAt(string[] keys, int i, int n)
    {
        if (!_byFirst.TryGetValue(keys[i], out var list))
            return null;
        int inserted = 0;
        while (inserted < 2 && i + 1 + inserted < n && Insertions.Contains(keys[i + 1 + inserted]))
            inserted++;
        // As written first; then past the insertions after the first word.
        for (int skip = 0; skip <= inserted; skip += Math.Max(1, inserted))
            foreach (var (k, value, phrase) in list)
            {
                if (i + k.Length + skip > n || (skip > 0 && k.Length == 1))
                    continue;
                bool ok = true;
                for (int j = 1; j < k.Length && ok; j++)
                    ok = keys[i + j + skip] == k[j];
                if (ok)
                    return new PhraseMatch<T>(i, k.Length + skip, value, phrase);
            }
        return null;
    }
}
