using Sitrep.Core.Model;
using Sitrep.Places.Internal;

namespace Sitrep.Places.Matching;

/// <summary>
/// One word of the text as the matcher sees it: a hyphen-separated part of a word token ("al-Aswad" is two
/// units), with its folded key. Articles (al-, el-, "Al" before a capitalised word) are units that names skip.
/// </summary>
internal readonly record struct Unit(int Token, int Start, int End, string Lower, string Key, bool Article, bool Capitalised, bool JoinedToPrevious);

internal static class UnitBuilder
{
    private static readonly HashSet<string> StandaloneArticles = ["al", "el", "ar", "ash", "az", "ez", "ad", "adh", "ath", "ed", "er", "esh", "ech", "ach", "ul", "an", "as", "at", "es", "en"];
    private static readonly HashSet<string> LowercaseArticles = ["al", "el", "ash", "az", "ez", "adh", "ath", "esh", "ech", "ach", "ul"];

    public static List<Unit> Build(string text, TextLayer layer)
    {
        var units = new List<Unit>(layer.Tokens.Count + 8);
        var toks = layer.Tokens;
        for (int t = 0; t < toks.Count; t++)
        {
            var tok = toks[t];
            if (tok.Kind != TokenKind.Word)
                continue;
            int s = tok.Range.Start, e = tok.Range.End;
            // English possessive: "Hama's countryside" names Hama.
            if (e - s > 3 && (text[e - 1] is 's' or 'S') && text[e - 2] is '\'' or '’')
                e -= 2;
            if (e - s >= 2 && text[e - 1] is '\'' or '’')
                continue; // an elided article or preposition: l', d'
            int partStart = s;
            var parts = new List<(int S, int E)>();
            for (int i = s; i <= e; i++)
            {
                if (i == e || text[i] is '-' or '‑' or '_')
                {
                    if (i > partStart)
                        parts.Add((partStart, i));
                    partStart = i + 1;
                }
            }
            for (int k = 0; k < parts.Count; k++)
            {
                var (ps, pe) = parts[k];
                var span = text.AsSpan(ps, pe - ps);
                var lower = NameKey.Plain(span);
                bool cap = char.IsUpper(span[0]);
                bool article;
                if (parts.Count > 1)
                    article = k < parts.Count - 1 && NameKey.IsArticle(lower);
                else
                {
                    // A standalone article: "Al Bab", "Deir ez Zor"; only before a capitalised word, and the English
                    // and French words an/as/at/en/es only when capitalised mid-sentence.
                    bool nextCap = t + 1 < toks.Count && toks[t + 1].Kind == TokenKind.Word && char.IsUpper(text[toks[t + 1].Range.Start])
                                   && text.AsSpan(e, toks[t + 1].Range.Start - e).Trim().IsEmpty;
                    article = nextCap && StandaloneArticles.Contains(lower) && (LowercaseArticles.Contains(lower) || cap && lower is "al" or "el" or "ar" or "ad" or "ed" or "er");
                }
                var key = NameKey.FoldPlain(lower);
                units.Add(new Unit(t, ps, pe, lower, key, article, cap, k > 0));
            }
        }
        return units;
    }
}

/// <summary>A name found in the text: units [FirstUnit, LastUnit] and the gazetteer entries it may name ((place &lt;&lt; 1) | curated).</summary>
internal sealed record NameMatch(int FirstUnit, int LastUnit, IReadOnlyList<int> Candidates, bool Loose)
{
    /// <summary>The matched text made plain, computed once when first needed.</summary>
    public string? PlainSurface { get; set; }
}

/// <summary>
/// Walks the index's key trie (stored as hashes of every key and of every proper key prefix) from each unit:
/// each step extends the hash by one word and stops as soon as no indexed name starts that way, so the cost is
/// the length of the text times the length of the longest name, whatever the gazetteer's size.
/// </summary>
internal sealed class NameMatcher(GazetteerIndex index)
{
    private const int MaxWords = 8;

    /// <summary>The country whose names the loose index holds (see GazetteerIndex.Build).</summary>
    private const string LooseCountry = "SY";

    public List<NameMatch> FindAll(List<Unit> units)
    {
        var found = new List<NameMatch>();
        for (int i = 0; i < units.Count; i++)
        {
            if (units[i].Article || units[i].Key.Length == 0)
                continue;
            ulong h = 0;
            int words = 0, last = -1;
            bool any = false, severalWords = false;
            NameMatch? singleForeign = null;
            for (int j = i; j < units.Count && words < MaxWords; j++)
            {
                var u = units[j];
                if (j > i && !Adjacent(units, j - 1, j))
                    break;
                if (u.Article)
                    continue;
                if (u.Key.Length == 0)
                    break;
                h = words == 0 ? NameKey.Hash(u.Key) : NameKey.Extend(h, u.Key);
                words++;
                last = j;
                var (lo, hi) = GazetteerIndex.EqualRange(index.NameHash, h);
                if (hi > lo)
                {
                    var cands = new int[hi - lo];
                    Array.Copy(index.NamePlace, lo, cands, 0, hi - lo);
                    var match = new NameMatch(i, last, Dedupe(cands), false);
                    found.Add(match);
                    any = true;
                    severalWords |= j > i;
                    if (j == i && !match.Candidates.Any(c => index.Countries[c >> 1] == LooseCountry || (c & 1) == 1 || Spells(u.Lower, c >> 1)))
                        singleForeign = match;
                }
                if (!index.IsPrefix(h))
                    break;
            }
            // "Tal Jabin" for OCHA's "Tal Jbine": two capitalised words with no exact two-word entry may spell one loosely.
            if (i + 1 < units.Count && Adjacent(units, i, i + 1) && units[i].Capitalised && units[i + 1].Capitalised && !units[i + 1].Article
                && units[i].Key.Length >= 3 && units[i + 1].Key.Length >= 3 && !severalWords)
            {
                var loose2 = Loose(units[i].Key + " " + units[i + 1].Key);
                if (loose2.Count > 0)
                    found.Add(new NameMatch(i, i + 1, loose2, true));
            }
            if ((!any || singleForeign is not null) && units[i].Capitalised && units[i].Key.Length >= 4)
            {
                var loose = Loose(units[i].Key);
                if (loose.Count > 0 && singleForeign is null)
                    found.Add(new NameMatch(i, i, loose, true));
                else if ((loose = loose.Where(c => Spells(units[i].Lower, c >> 1, CloseSpelling)).ToList()).Count > 0)
                {
                    // The word spells only foreign places exactly ("Maardis" is a Turkish village's alternate name) and a
                    // Syrian place loosely (OCHA's "Maar Dis"): all of them are candidates, and the choice is a loose one.
                    found.Remove(singleForeign!);
                    found.Add(new NameMatch(i, i, singleForeign!.Candidates.Concat(loose).ToArray(), true));
                }
            }
        }
        return found;
    }

    /// <summary>The plain word spells the entry's own name closely (not only one of its transliterations).</summary>
    private bool Spells(string plainWord, int place, double threshold = ForeignOwnSpelling) =>
        NameKey.Similarity(plainWord, NameKey.Plain(index.Names[place])) >= threshold;

    /// <summary>A word this close to a foreign place's own name means that place ("Moscow"), never a loose Syrian one.</summary>
    private const double ForeignOwnSpelling = 0.7;

    /// <summary>How close a word must be to a Syrian name to be offered beside foreign places it spells by transliteration only.</summary>
    private const double CloseSpelling = 0.8;

    private static bool Adjacent(List<Unit> units, int a, int b)
    {
        if (units[b].JoinedToPrevious)
            return true;
        // Consecutive tokens with only spaces between them.
        return units[b].Token == units[a].Token + 1;
    }

    private static IReadOnlyList<int> Dedupe(int[] cands)
    {
        if (cands.Length == 1)
            return cands;
        var best = new Dictionary<int, int>();
        foreach (var c in cands)
            best[c >> 1] = best.TryGetValue(c >> 1, out var old) ? old | c : c;
        return best.Values.ToArray();
    }

    /// <summary>Syrian entries whose consonant skeleton equals the word's and whose name is similar enough (≥ 0.75).</summary>
    /// <remarks>The loose index holds Syrian names only (see GazetteerIndex.Build).</remarks>
    private List<int> Loose(string key)
    {
        var result = new List<int>();
        var sk = NameKey.Skeleton(key);
        if (sk.Length < 3)
            return result;
        var (lo, hi) = GazetteerIndex.EqualRange(index.LooseHash, NameKey.Hash("~" + sk));
        for (int k = lo; k < hi && result.Count < 20; k++)
        {
            int p = index.LoosePlace[k];
            if (NameKey.Similarity(key, NameKey.Key(index.Names[p])) >= 0.75 && !result.Contains(p << 1))
                result.Add(p << 1);
        }
        return result;
    }
}
