using System.Globalization;
using Sitrep.Core.Data;
using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;

namespace Sitrep.Text.Tokens;

/// <summary>
/// Splits a dispatch into sentences and tokens, French or English. Tokens are ranges, never copies.
/// Words keep inner hyphens ("vingt-cinq", "al-Aswad"); an elided article ("l’", "d'") is its own token,
/// with its apostrophe; digits stay separate from spaces ("1 600" is two Number tokens: the numbers stage joins them).
/// A sentence ends at . ! ? (unless after a known abbreviation or between digits) or at a line break.
/// </summary>
public sealed class RuleTokenizer : ITextAnalyzer
{
    private readonly Dictionary<Language, HashSet<string>> _abbreviations = new();

    public RuleTokenizer()
    {
        foreach (var lang in Enum.GetValues<Language>())
            _abbreviations[lang] = DataFiles.ReadLines($"lang/{lang.Code()}/abbreviations.txt")
                .Select(l => l.Trim().ToLowerInvariant()).ToHashSet();
    }

    public TextLayer Analyze(string text, Language language)
    {
        var tokens = Tokenize(text);
        var sentences = new List<Sentence>();
        var abbr = _abbreviations[language];
        int first = 0;
        for (int i = 0; i < tokens.Count; i++)
        {
            bool end = i == tokens.Count - 1;
            if (!end)
            {
                var t = tokens[i];
                var next = tokens[i + 1];
                bool lineBreak = text.AsSpan(t.Range.End, next.Range.Start - t.Range.End).Contains('\n');
                if (lineBreak)
                    end = true;
                else if (t.Kind == TokenKind.Punctuation && IsTerminal(text[t.Range.Start]))
                {
                    bool prevAbbr = text[t.Range.Start] == '.' && i > first &&
                                    abbr.Contains(DottedWordBefore(text, tokens, i, first)) &&
                                    tokens[i - 1].Range.End == t.Range.Start;
                    // "U.S.-led", "U.N.": a full stop with a word or a hyphen right after it, no space between, ends nothing.
                    bool inner = text[t.Range.Start] == '.' && next.Range.Start == t.Range.End
                                 && (next.Kind != TokenKind.Punctuation || text[next.Range.Start] is '-' or '‑');
                    bool closer = next.Kind == TokenKind.Punctuation && IsCloser(text[next.Range.Start]);
                    end = !prevAbbr && !closer && !inner;
                }
                else if (t.Kind == TokenKind.Punctuation && IsCloser(text[t.Range.Start]) && i > first &&
                         tokens[i - 1].Kind == TokenKind.Punctuation && IsTerminal(text[tokens[i - 1].Range.Start]))
                    end = true;
            }
            if (end)
            {
                var range = new TextRange(tokens[first].Range.Start, tokens[i].Range.End);
                sentences.Add(new Sentence(range, first, i - first + 1));
                first = i + 1;
            }
        }
        return new TextLayer(sentences, tokens);
    }

    /// <summary>
    /// The word before the full stop at <paramref name="stop"/>, with the letters and stops written against it ("U.S" of
    /// "U.S."), in lower case: what abbreviations.txt lists.
    /// </summary>
    private static string DottedWordBefore(string text, List<Token> tokens, int stop, int first)
    {
        int k = stop - 1;
        while (k - 2 >= first && tokens[k - 1].Range.Of(text) == "." && tokens[k - 2].Kind == TokenKind.Word
               && tokens[k - 2].Range.End == tokens[k - 1].Range.Start && tokens[k - 1].Range.End == tokens[k].Range.Start)
            k -= 2;
        return text[tokens[k].Range.Start..tokens[stop - 1].Range.End].ToLowerInvariant();
    }

    private static bool IsTerminal(char c) => c is '.' or '!' or '?' or '…';

    private static bool IsCloser(char c) => c is '"' or '»' or '”' or ')' or '’';

    public static bool IsApostrophe(char c) => c is '\'' or '’' or '‘' or 'ʼ' or '`';

    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>(text.Length / 5 + 4);
        int i = 0, n = text.Length;
        while (i < n)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c) || char.GetUnicodeCategory(c) == UnicodeCategory.Format)
            {
                i++;
                continue;
            }
            int start = i;
            if (char.IsDigit(c))
            {
                while (i < n && (char.IsDigit(text[i]) || ((text[i] == ',' || text[i] == '.') && i + 1 < n && char.IsDigit(text[i + 1]) && i > start)))
                    i++;
                tokens.Add(new Token(new TextRange(start, i), TokenKind.Number));
                continue;
            }
            if (char.IsLetter(c))
            {
                while (i < n)
                {
                    char d = text[i];
                    if (char.IsLetterOrDigit(d) || char.GetUnicodeCategory(d) == UnicodeCategory.NonSpacingMark)
                    {
                        i++;
                        continue;
                    }
                    // A hyphen joins the parts of a word; so does an underscore, as careless transliterations write it ("al_Sham").
                    if ((d == '-' || d == '‑' || d == '_') && i + 1 < n && char.IsLetterOrDigit(text[i + 1]))
                    {
                        i++;
                        continue;
                    }
                    if (IsApostrophe(d))
                    {
                        // An elision (l', d', qu', jusqu') ends the token after the apostrophe; an inner apostrophe
                        // of a transliteration (Dar'a, Ma'arrat) stays inside the word.
                        int len = i - start;
                        bool elision = len <= 5 && IsElision(text.AsSpan(start, len));
                        if (elision)
                        {
                            i++;
                            break;
                        }
                        if (i + 1 < n && char.IsLetter(text[i + 1]))
                        {
                            i++;
                            continue;
                        }
                    }
                    break;
                }
                tokens.Add(new Token(new TextRange(start, i), TokenKind.Word));
                continue;
            }
            i++;
            var kind = char.IsPunctuation(c) ? TokenKind.Punctuation : TokenKind.Symbol;
            tokens.Add(new Token(new TextRange(start, i), kind));
        }
        return tokens;
    }

    private static bool IsElision(ReadOnlySpan<char> word)
    {
        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        return lower switch
        {
            "l" or "d" or "j" or "m" or "n" or "s" or "t" or "c" or "qu" or "jusqu" or "lorsqu" or "puisqu" or "quoiqu" => true,
            _ => false,
        };
    }
}
