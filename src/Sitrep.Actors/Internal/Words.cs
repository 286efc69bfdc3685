using System.Globalization;
using System.Text;
using Sitrep.Core.Model;
using Sitrep.Text.Tokens;

namespace Sitrep.Actors.Internal;

/// <summary>
/// A word as the dictionary matches it: a token, or a part of a hyphenated token ("IS-held" is "IS" and "held";
/// "al-Sham" is "al" and "Sham"), or an English possessive split off ("regime’s" is "regime" and "’s").
/// <see cref="Folded"/> is lower case without accents, apostrophes as '; <see cref="Exact"/> is the surface with a
/// marker in front when it is written in capitals (the key an acronym matches), else null.
/// </summary>
internal readonly record struct Word(TextRange Range, string Folded, string? Exact);

internal static class Words
{
    /// <summary>Key prefix of a case-sensitive (acronym) word in the tries.</summary>
    public const char ExactMarker = '\u0001';

    /// <summary>Appends the words of one token.</summary>
    public static void Split(string text, Token token, List<Word> into)
    {
        int start = token.Range.Start, end = token.Range.End;
        if (token.Kind != TokenKind.Word)
        {
            into.Add(Make(text, start, end));
            return;
        }
        // An English possessive ends the word: "regime’s" → "regime" + "’s".
        int possessive = end;
        if (end - start > 2 && (text[end - 1] == 's' || text[end - 1] == 'S') && RuleTokenizer.IsApostrophe(text[end - 2]))
            possessive = end - 2;
        int partStart = start;
        for (int i = start; i < possessive; i++)
        {
            if (text[i] is '-' or '‑' or '‐' or '_')
            {
                if (i > partStart)
                    into.Add(Make(text, partStart, i));
                partStart = i + 1;
            }
        }
        if (possessive > partStart)
            into.Add(Make(text, partStart, possessive));
        if (possessive < end)
            into.Add(Make(text, possessive, end));
    }

    /// <summary>The words of a phrase of the dictionary, tokenized exactly as dispatch text is.</summary>
    public static List<Word> OfPhrase(string phrase)
    {
        var words = new List<Word>();
        foreach (var t in RuleTokenizer.Tokenize(phrase))
            Split(phrase, t, words);
        return words;
    }

    private static Word Make(string text, int start, int end)
    {
        var span = text.AsSpan(start, end - start);
        return new Word(new TextRange(start, end), Fold(span), IsCapitals(span) ? ExactMarker + span.ToString() : null);
    }

    /// <summary>Two or more letters, all capitals: the shape of an acronym.</summary>
    public static bool IsCapitals(ReadOnlySpan<char> s)
    {
        if (s.Length < 2)
            return false;
        foreach (var c in s)
            if (!char.IsLetter(c) || !char.IsUpper(c))
                return false;
        return true;
    }

    /// <summary>Lower case, accents removed, every apostrophe as ', ligatures opened.</summary>
    public static string Fold(ReadOnlySpan<char> s)
    {
        bool ascii = true, upper = false;
        foreach (var c in s)
        {
            ascii &= c <= 0x7F;
            upper |= char.IsAsciiLetterUpper(c);
        }
        if (ascii && s.IndexOf('`') < 0)
        {
            if (!upper)
                return s.ToString();
            Span<char> lower = s.Length <= 128 ? stackalloc char[s.Length] : new char[s.Length];
            s.ToLowerInvariant(lower);
            return new string(lower);
        }
        var sb = new StringBuilder(s.Length);
        foreach (var c in s.ToString().Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
                continue;
            if (RuleTokenizer.IsApostrophe(c))
                sb.Append('\'');
            else if (c == 'œ' || c == 'Œ')
                sb.Append("oe");
            else if (c == 'æ' || c == 'Æ')
                sb.Append("ae");
            else
                sb.Append(char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }
}
