using NodaTime;

namespace Sitrep.Core.Model;

/// <summary>
/// The publication date of a dispatch, as precise as its source gave it. A month-only date
/// (" date 2018-05") stays a month: it is never silently turned into the first of the month.
/// </summary>
public sealed record DispatchDate(int Year, int Month, int? Day)
{
    public bool HasDay => Day is not null;

    /// <summary>The first day the publication may fall on.</summary>
    public LocalDate Earliest => new(Year, Month, Day ?? 1);

    /// <summary>The last day the publication may fall on (inclusive).</summary>
    public LocalDate Latest => Day is int d
        ? new LocalDate(Year, Month, d)
        : new LocalDate(Year, Month, 1).PlusMonths(1).PlusDays(-1);

    public static DispatchDate OfDay(LocalDate date) => new(date.Year, date.Month, date.Day);

    public override string ToString() => Day is int d ? $"{Year:D4}-{Month:D2}-{d:D2}" : $"{Year:D4}-{Month:D2}";

    /// <summary>Parses YYYY-MM or YYYY-MM-DD (a time part after the date is ignored). Bad data is a failed result, never an exception.</summary>
    public static ParseOutcome<DispatchDate> Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return ParseOutcome<DispatchDate>.Fail("the date is empty");
        var s = text.Trim();
        if (s.Length > 10 && (s[10] == 'T' || s[10] == ' '))
            s = s[..10];
        var parts = s.Split('-');
        if (parts.Length is < 2 or > 3 || parts[0].Length != 4 || parts.Any(p => p.Length == 0 || !p.All(char.IsAsciiDigit)))
            return ParseOutcome<DispatchDate>.Fail($"'{text}' is not a date of the form YYYY-MM or YYYY-MM-DD");
        int year = int.Parse(parts[0]), month = int.Parse(parts[1]);
        if (month is < 1 or > 12)
            return ParseOutcome<DispatchDate>.Fail($"'{text}' has month {month}; months run from 01 to 12");
        if (parts.Length == 2)
            return ParseOutcome<DispatchDate>.Ok(new DispatchDate(year, month, null));
        int day = int.Parse(parts[2]);
        int days = CalendarSystem.Iso.GetDaysInMonth(year, month);
        if (day < 1 || day > days)
            return ParseOutcome<DispatchDate>.Fail($"'{text}' has day {day}, but {year:D4}-{month:D2} has {days} days");
        return ParseOutcome<DispatchDate>.Ok(new DispatchDate(year, month, day));
    }
}

/// <summary>A parse that either produced a value or says, in words a user can act on, why it did not.</summary>
public readonly record struct ParseOutcome<T>(T? Value, string? Error) where T : class
{
    public bool Success => Value is not null;

    public static ParseOutcome<T> Ok(T value) => new(value, null);

    public static ParseOutcome<T> Fail(string error) => new(null, error);
}
