using System.Globalization;
using System.Text;
using Sitrep.Core.Model;
using Sitrep.Text.Tokens;

namespace Sitrep.Text.Numbers.Internal;

/// <summary>
/// The tokens of a dispatch as the lexicons see them: lower case, without diacritics, with every apostrophe
/// written <c>'</c> ("l’" and "L'" both read "l'"). Index i is token i of the text layer; ranges stay in the text.
/// </summary>
internal sealed class Folded
{
    public Folded(string text, IReadOnlyList<Token> tokens)
    {
        Text = text;
        Tokens = tokens;
        Words = new string[tokens.Count];
        for (int i = 0; i < tokens.Count; i++)
            Words[i] = Fold(tokens[i].Range.SpanOf(text));
    }

    public string Text { get; }

    public IReadOnlyList<Token> Tokens { get; }

    public string[] Words { get; }

    public int Count => Words.Length;

    public bool IsNumber(int i) => i >= 0 && i < Words.Length && Tokens[i].Kind == TokenKind.Number;

    public bool IsWord(int i) => i >= 0 && i < Words.Length && Tokens[i].Kind == TokenKind.Word;

    /// <summary>Characters between token i and token i+1 (the gap), or empty at the end.</summary>
    public ReadOnlySpan<char> GapAfter(int i) =>
        i + 1 < Tokens.Count ? Text.AsSpan(Tokens[i].Range.End, Tokens[i + 1].Range.Start - Tokens[i].Range.End) : ReadOnlySpan<char>.Empty;

    public TextRange Span(int first, int endExclusive) => new(Tokens[first].Range.Start, Tokens[endExclusive - 1].Range.End);

    /// <summary>True when token i ends a clause: . ; : ! ? or a line break before the next token.</summary>
    public bool IsBoundary(int i)
    {
        if (i < 0 || i >= Words.Length)
            return true;
        if (Tokens[i].Kind == TokenKind.Punctuation && Words[i] is "." or ";" or ":" or "!" or "?" or "…" or "(" or ")")
            return true;
        return false;
    }

    /// <summary>Lower case, no diacritics, apostrophes as <c>'</c>, hyphen variants as <c>-</c>.</summary>
    public static string Fold(ReadOnlySpan<char> s)
    {
        bool plain = true;
        foreach (char c in s)
            if (c > 0x7F || char.IsUpper(c))
            {
                plain = false;
                break;
            }
        if (plain)
            return s.ToString();
        var decomposed = s.ToString().Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (char c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
                continue;
            if (RuleTokenizer.IsApostrophe(c))
                sb.Append('\'');
            else if (c is '‑' or '‐' or '–')
                sb.Append('-');
            else
                sb.Append(char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }

    /// <summary>A lexicon form split into folded tokens with the same tokenizer as the text.</summary>
    public static string[] FoldPhrase(string phrase)
    {
        var toks = RuleTokenizer.Tokenize(phrase);
        var words = new string[toks.Count];
        for (int i = 0; i < toks.Count; i++)
            words[i] = Fold(toks[i].Range.SpanOf(phrase));
        return words;
    }
}

/// <summary>A trie of multi-token phrases: finds the longest phrase that starts at a token.</summary>
internal sealed class PhraseTable<T>
{
    private sealed class Node
    {
        public Dictionary<string, Node>? Next;
        public bool Has;
        public T Value = default!;
    }

    private readonly Node _root = new();

    public int Count { get; private set; }

    public void Add(string phrase, T value)
    {
        var words = Folded.FoldPhrase(phrase);
        if (words.Length == 0)
            throw new ArgumentException($"empty phrase in a lexicon: '{phrase}'");
        var node = _root;
        foreach (var w in words)
        {
            node.Next ??= new Dictionary<string, Node>(StringComparer.Ordinal);
            if (!node.Next.TryGetValue(w, out var child))
                node.Next[w] = child = new Node();
            node = child;
        }
        if (!node.Has)
            Count++;
        node.Has = true;
        node.Value = value;
    }

    /// <summary>True when <paramref name="word"/> (folded) is a one-token phrase of the table.</summary>
    public bool Has(string word) => _root.Next is not null && _root.Next.TryGetValue(word, out var n) && n.Has;

    /// <summary>The longest phrase starting at token <paramref name="start"/>: its value and its length in tokens (0 when none).</summary>
    public (T Value, int Length) Match(Folded doc, int start)
    {
        var node = _root;
        int best = 0;
        T value = default!;
        for (int i = start; i < doc.Count && node.Next is not null; i++)
        {
            if (!node.Next.TryGetValue(doc.Words[i], out var child))
                break;
            node = child;
            if (node.Has)
            {
                best = i - start + 1;
                value = node.Value;
            }
        }
        return (value, best);
    }

    /// <summary>The longest phrase that ends exactly at token <paramref name="endExclusive"/> - 1: its value and first token (-1 when none).</summary>
    public (T Value, int Start) MatchEndingAt(Folded doc, int endExclusive, int maxLength = 6)
    {
        for (int len = Math.Min(maxLength, endExclusive); len >= 1; len--)
        {
            var node = _root;
            int start = endExclusive - len;
            bool ok = true;
            for (int i = start; i < endExclusive; i++)
            {
                if (node.Next is null || !node.Next.TryGetValue(doc.Words[i], out var child))
                {
                    ok = false;
                    break;
                }
                node = child;
            }
            if (ok && node.Has)
                return (node.Value, start);
        }
        return (default!, -1);
    }

    /// <summary>True when some phrase of the table occurs in tokens [from, to).</summary>
    public bool AnyIn(Folded doc, int from, int to, out int at, out T value)
    {
        for (int i = Math.Max(0, from); i < Math.Min(to, doc.Count); i++)
        {
            var (v, l) = Match(doc, i);
            if (l > 0 && i + l <= to)
            {
                at = i;
                value = v;
                return true;
            }
        }
        at = -1;
        value = default!;
        return false;
    }
}
