using System.Globalization;
using System.Text;

namespace Sitrep.Places;

/// <summary>
/// The transliteration-tolerant key under which names are indexed and looked up. Two spellings of one Arabic
/// name written by French, English or UN transliterators usually share a key: "Talbissé", "Talbiseh" and
/// "Tallbisah" are all <c>talbasa</c>; "al-Hajar al-Aswad" and "Hajar Aswad" are both <c>hajar asad</c>.
/// </summary>
/// <remarks>
/// A name is split into words at spaces, hyphens and slashes; Arabic articles (al-, el-, ad-, ash-, as-, ar-...)
/// are dropped; each word is folded: accents and apostrophes removed, lower case, <c>ou→u</c>, <c>ch→sh</c>,
/// <c>dj→j</c>, <c>dh→z</c>, <c>th→t</c>, <c>gh→g</c>, <c>kh→k</c>, <c>q/c/ck→k</c>, <c>v→f</c> (Arabic has no v: "Tivur" and "Tifour" are one name), a final <c>h</c> after a vowel
/// dropped (-eh/-ah endings), doubled letters collapsed, and every run of vowels (with y and w inside a word)
/// written as a single <c>a</c>. Words of the key are joined by one space. The <see cref="Skeleton"/> (consonants
/// only) is a looser key, used only to propose candidates that are then checked by similarity.
/// </remarks>
public static class NameKey
{
    /// <summary>Changes whenever the folding rules change: an index compiled with other rules is stale.</summary>
    public const int RulesVersion = 4;

    private static readonly HashSet<string> ArticleWords = new(StringComparer.Ordinal)
    {
        "al", "el", "ad", "ed", "ar", "er", "as", "es", "ash", "esh", "ach", "ech", "at", "et", "ath", "an", "en",
        "az", "ez", "adh", "ul", "il", "ag", "aj",
    };

    /// <summary>True when the lower-case word is an Arabic article as transliterations write it (al, el, ash, ez...).</summary>
    public static bool IsArticle(string lowerWord) => ArticleWords.Contains(lowerWord);

    /// <summary>The key of a whole name: its folded words without articles, joined by spaces; empty when nothing is left.</summary>
    public static string Key(string name) => string.Join(' ', Words(name));

    /// <summary>The folded words of a name, articles removed.</summary>
    public static List<string> Words(string name)
    {
        var result = new List<string>(4);
        var parts = Split(name);
        for (int i = 0; i < parts.Count; i++)
        {
            var lower = Plain(parts[i]);
            if (lower.Length == 0)
                continue;
            // An article is dropped only when a word follows it ("Al Bab" keys as "bab", but a lone "As" stays).
            if (i < parts.Count - 1 && IsArticle(lower))
                continue;
            var f = FoldPlain(lower);
            if (f.Length > 0)
                result.Add(f);
        }
        return result;
    }

    /// <summary>Splits a name into its words at spaces, hyphens, slashes, commas and brackets.</summary>
    public static List<string> Split(string name)
    {
        var parts = new List<string>(4);
        int start = -1;
        for (int i = 0; i <= name.Length; i++)
        {
            bool sep = i == name.Length || name[i] is ' ' or '-' or '‑' or '–' or '/' or ',' or '(' or ')' or '\t' or '.' or ';' or '_';
            if (sep)
            {
                if (start >= 0)
                    parts.Add(name[start..i]);
                start = -1;
            }
            else if (start < 0)
                start = i;
        }
        return parts;
    }

    /// <summary>Lower case, accents and apostrophes removed, special letters spelled in ASCII; non-letters dropped.</summary>
    public static string Plain(ReadOnlySpan<char> word)
    {
        var sb = new StringBuilder(word.Length + 2);
        var decomposed = word.ToString().Normalize(NormalizationForm.FormD);
        foreach (char c0 in decomposed)
        {
            char c = char.ToLowerInvariant(c0);
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                sb.Append(c);
                continue;
            }
            switch (c)
            {
                case 'ı': sb.Append('i'); break;
                case 'ł': sb.Append('l'); break;
                case 'ø': sb.Append('o'); break;
                case 'ß': sb.Append("ss"); break;
                case 'æ': sb.Append("ae"); break;
                case 'œ': sb.Append("oe"); break;
                case 'đ': case 'ð': sb.Append('d'); break;
                case 'ħ': sb.Append('h'); break;
                case 'þ': sb.Append("th"); break;
                default: break; // marks, apostrophes, ʿ ʾ, other scripts
            }
        }
        return sb.ToString();
    }

    /// <summary>Folds one word (any case, accents allowed) to its key form.</summary>
    public static string Fold(ReadOnlySpan<char> word) => FoldPlain(Plain(word));

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    /// <summary>Folds one word already made <see cref="Plain"/>.</summary>
    public static string FoldPlain(string s)
    {
        if (s.Length == 0)
            return s;
        // Digraphs and letter equivalences, in order.
        s = s.Replace("yy", "y").Replace("ww", "w").Replace("tch", "sh").Replace("dj", "j").Replace("ch", "sh").Replace("ou", "u").Replace("oo", "u")
             .Replace("ee", "i").Replace("dh", "z").Replace("th", "t").Replace("gh", "g").Replace("kh", "k")
             .Replace("ph", "f").Replace("v", "f").Replace("ck", "k").Replace("q", "k").Replace("c", "k").Replace("x", "ks");
        var sb = new StringBuilder(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            bool vowel = IsVowel(c);
            if (c is 'y' or 'w')
            {
                // y/w before a vowel, at the start of a word or between vowels, is a consonant (Yabroud, Wadi, Daraya, Hayan);
                // elsewhere it is part of a vowel sound (Dayr, Sweida).
                bool beforeVowel = i + 1 < s.Length && IsVowel(s[i + 1]);
                vowel = !(beforeVowel && (i == 0 || IsVowel(s[i - 1])));
            }
            if (vowel)
            {
                // A final h after a vowel (Hamah, Raqqah, Hasakeh) is silent.
                if (sb.Length == 0 || sb[^1] != 'a')
                    sb.Append('a');
                continue;
            }
            if (c == 'h' && i == s.Length - 1 && sb.Length > 1 && sb[^1] == 'a')
                continue;
            if (sb.Length > 0 && sb[^1] == c)
                continue; // doubled letters
            sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>The consonants of a key, in order (spaces kept): the loose key used to propose candidates.</summary>
    public static string Skeleton(string key)
    {
        var sb = new StringBuilder(key.Length);
        foreach (char c in key)
            if (c != 'a')
                sb.Append(c);
        return sb.ToString();
    }

    /// <summary>Similarity of two keys in [0,1] (2·LCS / total length), used to accept a loose candidate.</summary>
    public static double Similarity(string a, string b)
    {
        if (a.Length == 0 || b.Length == 0)
            return 0;
        var prev = new int[b.Length + 1];
        var cur = new int[b.Length + 1];
        for (int i = 1; i <= a.Length; i++)
        {
            for (int j = 1; j <= b.Length; j++)
                cur[j] = a[i - 1] == b[j - 1] ? prev[j - 1] + 1 : Math.Max(prev[j], cur[j - 1]);
            (prev, cur) = (cur, prev);
        }
        return 2.0 * prev[b.Length] / (a.Length + b.Length);
    }

    /// <summary>64-bit FNV-1a hash of a key: the index stores hashes, not strings.</summary>
    public static ulong Hash(ReadOnlySpan<char> key)
    {
        ulong h = 14695981039346656037UL;
        foreach (char c in key)
        {
            h ^= c;
            h *= 1099511628211UL;
        }
        return h;
    }

    /// <summary>Continues a hash with a word separator and another word: Hash("a b") = Extend(Hash("a"), "b").</summary>
    public static ulong Extend(ulong hash, ReadOnlySpan<char> word)
    {
        hash ^= ' ';
        hash *= 1099511628211UL;
        foreach (char c in word)
        {
            hash ^= c;
            hash *= 1099511628211UL;
        }
        return hash;
    }

    internal static bool IsUpperInitial(ReadOnlySpan<char> word) => word.Length > 0 && char.IsUpper(word[0]);

    internal static string Culture(string s) => s.ToLower(CultureInfo.InvariantCulture);
}
