namespace Sitrep.Core.Model;

public enum TokenKind
{
    Word,
    Number,
    Punctuation,
    Symbol,
}

/// <summary>A token is a range into the dispatch text and its kind; it holds no copy of the text.</summary>
public readonly record struct Token(TextRange Range, TokenKind Kind);

/// <summary>A sentence: its range and the slice [FirstToken, FirstToken + TokenCount) of the document's tokens.</summary>
public readonly record struct Sentence(TextRange Range, int FirstToken, int TokenCount);

/// <summary>The text-analysis layer of a dispatch: sentences and tokens, all ranges into its text.</summary>
public sealed record TextLayer(IReadOnlyList<Sentence> Sentences, IReadOnlyList<Token> Tokens)
{
    public IEnumerable<Token> TokensOf(Sentence s)
    {
        for (int i = s.FirstToken; i < s.FirstToken + s.TokenCount; i++)
            yield return Tokens[i];
    }

    /// <summary>Index of the first token that starts at or after <paramref name="position"/> (the token count if none does).</summary>
    public int TokenAtOrAfter(int position)
    {
        int lo = 0, hi = Tokens.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (Tokens[mid].Range.Start < position) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /// <summary>Index of the sentence that contains the position, or -1.</summary>
    public int SentenceAt(int position)
    {
        int lo = 0, hi = Sentences.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) / 2;
            var r = Sentences[mid].Range;
            if (position < r.Start) hi = mid - 1;
            else if (position >= r.End) lo = mid + 1;
            else return mid;
        }
        return -1;
    }
}
