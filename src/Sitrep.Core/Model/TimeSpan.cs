using NodaTime;

namespace Sitrep.Core.Model;

/// <summary>ACLED's time_precision: 1 the day is known, 2 within a week or a few days, 3 within a month or more.</summary>
public enum TimePrecision
{
    Day = 1,
    Week = 2,
    Month = 3,
}

/// <summary>
/// When something happened: the inclusive interval [From, To] (UCDP's date_start/date_end) and ACLED's precision.
/// </summary>
public sealed record DateSpan(LocalDate From, LocalDate To, TimePrecision Precision)
{
    public static DateSpan OfDay(LocalDate d) => new(d, d, TimePrecision.Day);

    public int Days => Period.Between(From, To, PeriodUnits.Days).Days + 1;

    public override string ToString() => From == To ? From.ToString("uuuu-MM-dd", null) : $"{From:uuuu-MM-dd}..{To:uuuu-MM-dd}";
}

/// <summary>What role a date expression plays.</summary>
public enum DateRole
{
    /// <summary>A date an event may be placed on.</summary>
    Event,
    /// <summary>"depuis le début de la guerre, en 2011": background, never an event date.</summary>
    Background,
    /// <summary>"depuis le 19 avril", "il y a près d'un mois": the start of a running period up to the dispatch.</summary>
    PeriodStart,
    /// <summary>"lundi prochain", "will meet on Thursday": a day after the dispatch's; nothing told on it has happened.</summary>
    Future,
}

/// <summary>A date expression found in the text, resolved against the dispatch's date.</summary>
public sealed record DateMention(TextRange Range, DateSpan Span, DateRole Role, string Rule);
