using Sitrep.Core.Model;

namespace Sitrep.Text.Dates;

/// <summary>What went wrong with a date expression. Bad dates are results, not exceptions.</summary>
public enum DateProblemKind
{
    /// <summary>"31 février": no such day. No mention is produced.</summary>
    ImpossibleDate,
    /// <summary>"mardi 21 mai 2018" when 21 May 2018 is a Monday: the day of the month wins, the weekday is flagged.</summary>
    WeekdayMismatch,
    /// <summary>A relative expression ("hier") or a date without a year in a dispatch without a date: nothing to resolve it against.</summary>
    NoAnchor,
}

/// <summary>A problem found while reading dates: where, what, and a message that says what was expected.</summary>
public sealed record DateProblem(TextRange Range, DateProblemKind Kind, string Message);

/// <summary>
/// Everything the date stage read in one dispatch: the mentions, the reference day relative expressions were
/// anchored to (null when there was none: no dispatch date, or a month-only one that the text did not fix),
/// and the problems.
/// </summary>
public sealed record DateReading(IReadOnlyList<DateMention> Mentions, DateSpan? ReferenceDay, IReadOnlyList<DateProblem> Problems);
