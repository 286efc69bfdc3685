using Sitrep.Core.Model;
using Sitrep.Text.Tokens;

namespace Sitrep.Coding.Lexicon;

/// <summary>The comparison key of a token: lower case, every apostrophe written ', typographic hyphens as -.</summary>
public static class TokenKeys
{
    public static string Key(ReadOnlySpan<char> text)
    {
        Span<char> buf = text.Length <= 128 ? stackalloc char[text.Length] : new char[text.Length];
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            buf[i] = RuleTokenizer.IsApostrophe(c) ? '\'' : c is '‑' or '–' ? '-' : char.ToLowerInvariant(c);
        }
        return new string(buf);
    }

    public static string Key(string text, Token t) => Key(t.Range.SpanOf(text));

    /// <summary>Splits a phrase written in a data file into token keys, the way the tokenizer splits a dispatch.</summary>
    public static string[] Phrase(string phrase) =>
        RuleTokenizer.Tokenize(phrase).Select(t => Key(phrase, t)).ToArray();
}
