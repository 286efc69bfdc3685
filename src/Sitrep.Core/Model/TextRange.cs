namespace Sitrep.Core.Model;

/// <summary>Characters [Start, End) of a dispatch's text: the start is inclusive, the end exclusive.</summary>
public readonly record struct TextRange(int Start, int End)
{
    public int Length => End - Start;

    public bool IsEmpty => End <= Start;

    public bool Contains(TextRange other) => other.Start >= Start && other.End <= End;

    public bool Overlaps(TextRange other) => other.Start < End && Start < other.End;

    /// <summary>The smallest range that covers both.</summary>
    public TextRange Union(TextRange other) => new(Math.Min(Start, other.Start), Math.Max(End, other.End));

    /// <summary>The characters this range covers in <paramref name="text"/>.</summary>
    public string Of(string text) => text.Substring(Start, Length);

    public ReadOnlySpan<char> SpanOf(string text) => text.AsSpan(Start, Length);

    public override string ToString() => $"[{Start},{End})";
}
