namespace Sitrep.Core.Model;

/// <summary>How a figure was hedged in the text.</summary>
public enum QuantityQualifier
{
    /// <summary>"1 600", "sixteen": the figure as given.</summary>
    Exact,
    /// <summary>"près de 600", "about 60", "une soixantaine".</summary>
    Approximate,
    /// <summary>"au moins 16", "at least 16", "more than 100": a floor.</summary>
    AtLeast,
    /// <summary>"jusqu'à 30", "up to 30", "less than 10": a ceiling.</summary>
    AtMost,
    /// <summary>"des centaines", "dozens": an order of magnitude.</summary>
    Vague,
}

/// <summary>
/// A figure with UCDP-style bounds: <see cref="Low"/> ≤ <see cref="Best"/> ≤ <see cref="High"/>.
/// <see cref="Best"/> is the single figure ACLED would record.
/// </summary>
public sealed record Quantity(long Low, long Best, long High, QuantityQualifier Qualifier)
{
    public static Quantity ExactlyOf(long n) => new(n, n, n, QuantityQualifier.Exact);
}

/// <summary>What is being counted.</summary>
public enum CountedKind
{
    Unknown,
    Dead,
    Wounded,
    Displaced,
    Evacuated,
    Captured,
    Fighters,
    People,
}

/// <summary>A figure found in the text: its value, its range, and the rule that read it.</summary>
public sealed record QuantityMention(TextRange Range, Quantity Value, string Rule);

/// <summary>
/// A toll: a figure bound to its head ("600 morts", "16 people killed"), and parts of it
/// ("dont une soixantaine de civils"). <see cref="Cumulative"/> marks campaign or running totals.
/// </summary>
public sealed record TollMention(
    TextRange Range,
    Quantity Value,
    CountedKind Kind,
    Quantity? Civilians,
    bool Cumulative,
    string Rule);
