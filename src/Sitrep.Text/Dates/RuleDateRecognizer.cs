using NodaTime;
using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;
using Sitrep.Text.Numbers.Internal;

namespace Sitrep.Text.Dates;

/// <summary>
/// Finds date expressions in a French or English dispatch and resolves them against its date (ISO calendar, NodaTime).
/// <para><b>Explicit dates</b> ("lundi 21 mai", "21 mai 2018", "May 21, 2018", "mars 2011", "en 2011", "in March",
/// "2018-05-21"): a missing year is the dispatch's, or the year before when the date would fall more than 31 days
/// after the dispatch. A weekday that contradicts the date is flagged (<see cref="DateProblemKind.WeekdayMismatch"/>)
/// and the day of the month wins. An impossible date is a problem, not a mention. A month or a year alone needs a cue
/// before it ("en", "in", "since"...). An explicit date ending more than <see cref="DateLexicon.BackgroundDays"/> days
/// before the reference, or one preceded in its sentence by a background cue ("depuis le début de la guerre, en 2011",
/// "since the conflict began in 2011"), is <see cref="DateRole.Background"/>; "depuis le 19 avril", "since May 3"
/// make a <see cref="DateRole.PeriodStart"/> running to the reference day, and so does a date right after a start
/// verb ("l'offensive lancée en décembre", "the siege, which began on July 29").</para>
/// <para><b>Reference day</b>: the dispatch's day when it has one; for a month-only dispatch, the first explicit
/// day-precise event date of the text that falls in that month (the seed's "lundi 21 mai"); otherwise none, and
/// relative expressions are resolved against the whole month, so they stay month-precise. Without a dispatch date,
/// relative expressions are not resolved (<see cref="DateProblemKind.NoAnchor"/>).</para>
/// <para><b>Relative expressions</b> (data: <c>relative</c>): "hier"/"yesterday" the day before the reference;
/// "last night"/"cette nuit"/"quelques heures plus tôt" the day before or the reference day; "la semaine dernière"
/// the previous ISO week, Monday to Sunday; "cette semaine" Monday to the reference day; "le mois dernier" the
/// previous calendar month; a weekday alone ("on Tuesday", "lundi") the most recent such day on or before the
/// reference ("next Monday", "lundi prochain": the first one after it); "il y a trois jours", "two weeks ago" the
/// reference minus the amount, widened by a slack when hedged ("près d'un mois": ±2 days a month, ±1 a week,
/// ±15 a year) and a <see cref="DateRole.PeriodStart"/> running to the reference when a start verb comes just
/// before ("qui a commencé il y a près d'un mois").</para>
/// <para><b>Precision</b> (ACLED time_precision) follows the span's length: one day is Day (1), two to seven days
/// Week (2), more Month (3).</para>
/// </summary>
public sealed class RuleDateRecognizer : IDateRecognizer
{
    /// <summary>How far back a month or a day after a 'since' cue may lie and still start the period a dispatch tells.</summary>
    private const int RecentStartDays = 92;

    private readonly IReadOnlyDictionary<Language, DateLexicon> _lexicons;

    /// <summary>Loads the French and English data files.</summary>
    public RuleDateRecognizer()
        : this(Enum.GetValues<Language>().ToDictionary(l => l, DateLexicon.Load))
    {
    }

    public RuleDateRecognizer(IReadOnlyDictionary<Language, DateLexicon> lexicons)
    {
        _lexicons = lexicons;
    }

    public IReadOnlyList<DateMention> Recognize(AnalyzedDispatch doc) => Read(doc).Mentions;

    /// <summary>
    /// The reference day of a dispatch given the dates read in it: the dispatch's day, or (month-only dispatch) the
    /// first day-precise event date in that month; null when neither.
    /// </summary>
    public static DateSpan? ReferenceDay(AnalyzedDispatch doc, IReadOnlyList<DateMention> dates)
    {
        var d = doc.Dispatch.Date;
        if (d is null)
            return null;
        if (d.Day is not null)
            return DateSpan.OfDay(d.Earliest);
        foreach (var m in dates)
            if (m.Role == DateRole.Event && m.Span.Precision == TimePrecision.Day && m.Span.From >= d.Earliest && m.Span.From <= d.Latest
                && IsExplicitDay(m.Rule))
                return m.Span;
        return null;
    }

    /// <summary>
    /// The rule of a day a start verb dates that a 'when' clause tells ("Clashes erupted on Thursday when ..."): an event's
    /// day, and the start of what a later total counts "since the fighting began".
    /// </summary>
    public const string StartDayRule = "weekday-start-day";

    /// <summary>How many words before a date in apposition its 'since' cue may stand ("Depuis le début de l'opération « Rameau d'olivier », le 20 janvier").</summary>
    private const int SinceApposedReach = 14;

    /// <summary>How many words before a weekday a future cue makes it the next such day.</summary>
    private const int FutureReach = 5;

    private static readonly string[] ExplicitDayRules = ["#iso", "#numeric", "#day-month", "#weekday-day-month", "#month-day", "#weekday-month-day"];

    private static bool IsExplicitDay(string rule) => ExplicitDayRules.Any(r => rule.EndsWith(r, StringComparison.Ordinal));

    /// <summary>Reads the dispatch's dates, its reference day and the problems found.</summary>
    public DateReading Read(AnalyzedDispatch doc)
    {
        var layer = doc.RequireText();
        if (!_lexicons.TryGetValue(doc.Dispatch.Language, out var lex))
            return new DateReading([], null, []);
        var folded = new Folded(doc.Content, layer.Tokens);
        var problems = new List<DateProblem>();
        var covered = new bool[folded.Count];
        var dispatchDate = doc.Dispatch.Date;

        // Pass 1: explicit dates (they need the dispatch date only for a missing year).
        var explicitDates = new List<(DateMention Mention, int First, int End)>();
        foreach (var s in layer.Sentences)
        {
            int s0 = s.FirstToken, s1 = s.FirstToken + s.TokenCount;
            for (int i = s0; i < s1; i++)
            {
                if (covered[i]) continue;
                if (ExplicitAt(folded, lex, i, s1, dispatchDate, problems) is { } hit)
                {
                    for (int k = hit.First; k < hit.End; k++) covered[k] = true;
                    explicitDates.Add((new DateMention(folded.Span(hit.First, hit.End), hit.Span, DateRole.Event, hit.Rule), hit.First, hit.End));
                    i = hit.End - 1;
                }
            }
        }
        // A date that starts a period ("depuis le 19 avril", "depuis le début de l'offensive, le 1er avril") is not the day
        // the dispatch speaks from.
        var reference = ReferenceDay(doc, explicitDates
            .Where(e => SinceBefore(folded, lex, e.First, layer.Sentences[layer.SentenceAt(e.Mention.Range.Start)].FirstToken) < 0)
            .Select(e => e.Mention).ToList());
        (LocalDate From, LocalDate To)? anchor = reference is not null ? (reference.From, reference.To)
            : dispatchDate is not null ? (dispatchDate.Earliest, dispatchDate.Latest) : null;

        // Roles of explicit dates: background, period start, event.
        var mentions = new List<(DateMention Mention, int First)>();
        foreach (var (m, first, end) in explicitDates)
        {
            int sentenceStart = layer.Sentences[layer.SentenceAt(m.Range.Start)].FirstToken;
            var role = DateRole.Event;
            var span = m.Span;
            var (_, sinceAt) = lex.Since.MatchEndingAt(folded, first, 4);
            bool apposedSince = sinceAt < sentenceStart && SinceBefore(folded, lex, first, sentenceStart) >= 0;
            bool old = EndedBefore(span, anchor, lex.BackgroundDays);
            bool cue = lex.BackgroundCues.AnyIn(folded, Math.Max(sentenceStart, first - 12), first, out _, out _);
            // "Depuis le début de l'escalade, fin avril, ...": a month of the last quarter after a 'since' cue starts the
            // period told, it is not the war's background.
            bool recentStart = anchor is { } ra && span.To >= ra.From.PlusDays(-RecentStartDays) && span.To < ra.From
                               && lex.Since.AnyIn(folded, Math.Max(sentenceStart, first - 12), first, out _, out _);
            var range = m.Range;
            if (old || cue && span.Precision != TimePrecision.Day && !recentStart)
            {
                role = DateRole.Background;
                if (sinceAt >= sentenceStart)
                    range = folded.Span(sinceAt, end);
            }
            else if (sinceAt >= sentenceStart)
            {
                role = DateRole.PeriodStart;
                range = folded.Span(sinceAt, end);
                if (anchor is { } a2 && a2.To >= span.From)
                    span = Make(span.From, a2.To);
            }
            else if (recentStart || apposedSince)
            {
                role = DateRole.PeriodStart;
                if (anchor is { } a4 && a4.To >= span.From)
                    span = Make(span.From, a4.To);
            }
            // "l'offensive lancée en décembre", "the siege, which began on July 29": a start verb just before the date
            // makes it the start of a period that runs to the reference day.
            else if (anchor is { } a3 && a3.To > span.To && lex.StartVerbs.AnyIn(folded, Math.Max(sentenceStart, first - 3), first, out int startAt, out _))
            {
                role = DateRole.PeriodStart;
                range = folded.Span(startAt, end);
                span = Make(span.From, a3.To);
            }
            if (role == DateRole.Event && Stale(span, anchor, lex))
                role = DateRole.Background;
            mentions.Add((new DateMention(range, span, role, m.Rule), first));
        }

        // Pass 2: relative expressions.
        foreach (var s in layer.Sentences)
        {
            int s0 = s.FirstToken, s1 = s.FirstToken + s.TokenCount;
            for (int i = s0; i < s1; i++)
            {
                if (covered[i]) continue;
                if (RelativeAt(folded, lex, i, s0, s1, anchor, mentions) is not { } hit) continue;
                for (int k = hit.First; k < hit.End; k++) covered[k] = true;
                var range = folded.Span(hit.First, hit.End);
                var (span, role) = (hit.Span, hit.Role);
                // "Depuis cette date, plus de 1 600 civils ont été tués", "since the day before": a day after a 'since' cue
                // starts a period that runs to the reference day.
                if (span is not null && role == DateRole.Event && anchor is { } since && since.To > span.To
                    && SinceBefore(folded, lex, hit.First, s0) is var sinceAt && sinceAt >= s0)
                {
                    (span, role) = (Make(span.From, since.To), DateRole.PeriodStart);
                    range = folded.Span(sinceAt, hit.End);
                }
                if (span is not null && role == DateRole.Event && Stale(span, anchor, lex))
                    role = DateRole.Background;
                if (span is null)
                    problems.Add(new DateProblem(range, DateProblemKind.NoAnchor,
                        $"'{range.Of(folded.Text)}' is relative, but the dispatch has no date to resolve it against; give the dispatch a date (YYYY-MM or YYYY-MM-DD)"));
                else
                    mentions.Add((new DateMention(range, span, role, hit.Rule), hit.First));
                i = hit.End - 1;
            }
        }
        var ordered = mentions.OrderBy(m => m.First).Select(m => m.Mention).ToList();
        return new DateReading(ordered, reference, problems);
    }

    /// <summary>
    /// Where a 'since' cue before the date at <paramref name="first"/> starts ("depuis le 19 avril"; "depuis le début de
    /// l'offensive, le 1er avril", the start told and its date in apposition), or -1.
    /// </summary>
    private static int SinceBefore(Folded doc, DateLexicon lex, int first, int sentenceStart)
    {
        var (_, at) = lex.Since.MatchEndingAt(doc, first, 4);
        if (at >= sentenceStart)
            return at;
        // "depuis le début de l'offensive mercredi", "since the start of the offensive on Wednesday": the start told stands
        // between the cue and its day.
        for (int q = first - 2; q >= Math.Max(sentenceStart, first - 9); q--)
        {
            if (doc.IsBoundary(q) || doc.Words[q] == ",")
                break;
            var (_, sl) = lex.Since.Match(doc, q);
            if (sl > 0 && q + sl < first && lex.StartNouns.Match(doc, q + sl).Length is var nl && nl > 0 && q + sl + nl < first)
                return q;
        }
        if (first - 1 > sentenceStart && (doc.Words[first - 1] == "," || (first - 2 > sentenceStart && doc.Words[first - 2] == ",")))
            for (int q = Math.Max(sentenceStart, first - SinceApposedReach); q < first - 1; q++)
                if (lex.Since.Match(doc, q).Length > 0)
                    return q;
        return -1;
    }

    private readonly record struct Hit(int First, int End, DateSpan Span, string Rule);

    private readonly record struct RelativeHit(int First, int End, DateSpan? Span, DateRole Role, string Rule);

    /// <summary>An event date that ended more than <see cref="DateLexicon.StaleDays"/> days before the reference day.</summary>
    private static bool Stale(DateSpan span, (LocalDate From, LocalDate To)? anchor, DateLexicon lex) => EndedBefore(span, anchor, lex.StaleDays);

    /// <summary>The span ended more than <paramref name="days"/> days before the reference.</summary>
    private static bool EndedBefore(DateSpan span, (LocalDate From, LocalDate To)? anchor, int days) =>
        anchor is { } a && span.To < a.From.PlusDays(-days);

    /// <summary>Precision from the span's length: 1 day Day, up to 7 days Week, more Month.</summary>
    public static DateSpan Make(LocalDate from, LocalDate to)
    {
        int days = Period.Between(from, to, PeriodUnits.Days).Days + 1;
        var precision = days <= 1 ? TimePrecision.Day : days <= 7 ? TimePrecision.Week : TimePrecision.Month;
        return new DateSpan(from, to, precision);
    }

    private static bool TryInt(Folded doc, int i, int maxDigits, out int value)
    {
        value = 0;
        if (!doc.IsNumber(i)) return false;
        var w = doc.Words[i];
        if (w.Length > maxDigits || !w.All(char.IsAsciiDigit)) return false;
        value = int.Parse(w);
        return true;
    }

    private static bool TryYear(Folded doc, int i, out int year) =>
        TryInt(doc, i, 4, out year) && doc.Words[i].Length == 4 && year is >= 1900 and <= 2100;

    private static Hit? ExplicitAt(Folded doc, DateLexicon lex, int i, int s1, DispatchDate? dispatch, List<DateProblem> problems)
    {
        string rule = $"{lex.Code}/dates.json#";
        int j = i;
        int? weekday = null;
        if (doc.IsWord(j) && lex.Weekdays.TryGetValue(doc.Words[j], out var wd))
        {
            weekday = wd;
            j++;
            if (j < s1 && doc.Words[j] is "," or "le" or "the") j++;
        }
        // ISO 2018-05-21
        if (weekday is null && TryYear(doc, j, out var iy) && j + 4 < s1 && doc.Words[j + 1] == "-" && doc.Words[j + 3] == "-"
            && TryInt(doc, j + 2, 2, out var im) && TryInt(doc, j + 4, 2, out var id))
            return Day(doc, lex, i, j + 5, iy, im, id, null, dispatch, problems, rule + "iso");
        // 21/05/2018 or 5/21/2018
        if (TryInt(doc, j, 2, out var n1) && j + 4 < s1 && doc.Words[j + 1] == "/" && doc.Words[j + 3] == "/"
            && TryInt(doc, j + 2, 2, out var n2) && TryYear(doc, j + 4, out var ny))
        {
            var (dd, mm) = lex.NumericOrder == "mdy" ? (n2, n1) : (n1, n2);
            return Day(doc, lex, i, j + 5, ny, mm, dd, weekday, dispatch, problems, rule + "numeric");
        }
        // 21 mai [2018], 1er mai, 21st of May
        if (TryInt(doc, j, 2, out var d1) && d1 is >= 1 and <= 31)
        {
            int k = j + 1;
            if (k < s1 && lex.OrdinalSuffixes.Contains(doc.Words[k]) && doc.Tokens[k].Range.Start == doc.Tokens[j].Range.End) k++;
            if (k < s1 && doc.Words[k] == "of") k++;
            if (k < s1 && lex.Months.TryGetValue(doc.Words[k], out var mo))
            {
                int end = k + 1;
                int? year = null;
                if (end < s1 && doc.Words[end] == ",") end++;
                if (TryYear(doc, end, out var y)) { year = y; end++; }
                else end = k + 1;
                return Day(doc, lex, i, end, year, mo, d1, weekday, dispatch, problems, rule + (weekday is null ? "day-month" : "weekday-day-month"));
            }
        }
        // May 21[, 2018]; "Dec. 10", an abbreviated month with its stop
        int dot = j + 1 < s1 && doc.Words[j + 1] == "." ? 1 : 0;
        if (j < s1 && lex.Months.TryGetValue(doc.Words[j], out var m2) && TryInt(doc, j + 1 + dot, 2, out var d2) && d2 is >= 1 and <= 31
            && !(TryYear(doc, j + 1 + dot, out _)))
        {
            int end = j + 2 + dot;
            if (end < s1 && lex.OrdinalSuffixes.Contains(doc.Words[end])) end++;
            int? year = null;
            int e2 = end;
            if (e2 < s1 && doc.Words[e2] == ",") e2++;
            if (TryYear(doc, e2, out var y2)) { year = y2; end = e2 + 1; }
            return Day(doc, lex, i, end, year, m2, d2, weekday, dispatch, problems, rule + (weekday is null ? "month-day" : "weekday-month-day"));
        }
        if (weekday is not null)
            return null; // a weekday alone is relative (pass 2)
        // mars 2011, August 2013
        if (lex.Months.TryGetValue(doc.Words[i], out var m3) && TryYear(doc, i + 1, out var y3) && i + 1 < s1)
        {
            if (lex.AmbiguousMonths.Contains(doc.Words[i]) && !HasCue(doc, lex.MonthCues, i) && !IsCapitalized(doc, i))
                return null;
            var from = new LocalDate(y3, m3, 1);
            return new Hit(i, i + 2, Make(from, from.PlusMonths(1).PlusDays(-1)), rule + "month-year");
        }
        // en mars, in March, la mi-décembre, mid-November (year inferred)
        if (((lex.Months.TryGetValue(doc.Words[i], out var m4) && HasCue(doc, lex.MonthCues, i)) || CuedMonth(doc.Words[i], lex, out m4)) && dispatch is not null
            && !(lex.AmbiguousMonths.Contains(doc.Words[i]) && !IsCapitalized(doc, i) && lex.Code == "en"))
        {
            int y = dispatch.Year;
            if (m4 > dispatch.Month + 1) y--;
            // "In September last year", "en mai de l'année dernière": a year counted back from the dispatch's right after
            // the month ('relative' entries in years, with 'of'/'de' between) is the month's year.
            int after = i + 1;
            if (after < doc.Count && lex.YearLinks.Contains(doc.Words[after]))
                after++;
            var (years, yl) = lex.Relative.Match(doc, after);
            if (yl > 0 && years.Unit == DateUnit.Year && years.From == years.To)
            {
                var inYear = new LocalDate(dispatch.Year + years.From, m4, 1);
                return new Hit(i, after + yl, Make(inYear, inYear.PlusMonths(1).PlusDays(-1)), rule + "month+" + years.Id);
            }
            var from = new LocalDate(y, m4, 1);
            // "early in February" in a dispatch of 26 February: the month so far, not days still to come.
            var to = from.PlusMonths(1).PlusDays(-1);
            if (dispatch.HasDay && y == dispatch.Year && m4 == dispatch.Month && dispatch.Latest < to)
                to = dispatch.Latest;
            return new Hit(i, i + 1, Make(from, to), rule + "month");
        }
        // en 2011, in 2011
        if (TryYear(doc, i, out var y5) && HasCue(doc, lex.YearCues, i))
        {
            var next = i + 1 < doc.Count ? doc.Words[i + 1] : "";
            if (next.Length > 0 && doc.IsNumber(i + 1)) return null;
            return new Hit(i, i + 1, Make(new LocalDate(y5, 1, 1), new LocalDate(y5, 12, 31)), rule + "year");
        }
        return null;
    }

    private static bool HasCue(Folded doc, Numbers.Internal.PhraseTable<string> cues, int i) => cues.MatchEndingAt(doc, i, 3).Start >= 0;

    /// <summary>"mi-décembre", "mid-November": a month cue and a month written as one hyphenated word.</summary>
    private static bool CuedMonth(string word, DateLexicon lex, out int month)
    {
        month = 0;
        int dash = word.IndexOf('-');
        return dash > 0 && dash < word.Length - 1 && lex.MonthCuePrefixes.Contains(word[..dash]) && lex.Months.TryGetValue(word[(dash + 1)..], out month);
    }

    private static bool IsCapitalized(Folded doc, int i) => char.IsUpper(doc.Text[doc.Tokens[i].Range.Start]);

    private static Hit? Day(Folded doc, DateLexicon lex, int first, int end, int? year, int month, int day, int? weekday,
        DispatchDate? dispatch, List<DateProblem> problems, string rule)
    {
        var range = doc.Span(first, end);
        if (month is < 1 or > 12)
        {
            problems.Add(new DateProblem(range, DateProblemKind.ImpossibleDate, $"'{range.Of(doc.Text)}' has month {month}; months run from 1 to 12"));
            return null;
        }
        int y;
        if (year is int given)
            y = given;
        else if (dispatch is not null)
        {
            y = dispatch.Year;
            // A day without a year more than a month after the dispatch belongs to the year before.
            if (day <= CalendarSystem.Iso.GetDaysInMonth(y, month) && new LocalDate(y, month, day) > dispatch.Latest.PlusDays(31))
                y--;
        }
        else
        {
            problems.Add(new DateProblem(range, DateProblemKind.NoAnchor,
                $"'{range.Of(doc.Text)}' has no year and the dispatch has no date; give the dispatch a date (YYYY-MM or YYYY-MM-DD)"));
            return null;
        }
        int days = CalendarSystem.Iso.GetDaysInMonth(y, month);
        if (day < 1 || day > days)
        {
            problems.Add(new DateProblem(range, DateProblemKind.ImpossibleDate,
                $"'{range.Of(doc.Text)}' is day {day} of {y:D4}-{month:D2}, which has {days} days"));
            return null;
        }
        var date = new LocalDate(y, month, day);
        if (weekday is int w && (int)date.DayOfWeek != w)
            problems.Add(new DateProblem(range, DateProblemKind.WeekdayMismatch,
                $"'{range.Of(doc.Text)}': {date:uuuu-MM-dd} is a {date.DayOfWeek}, not a {(IsoDayOfWeek)w}; the day of the month is kept"));
        return new Hit(first, end, DateSpan.OfDay(date), rule);
    }

    /// <summary>The longest period whose first day a day counted from the story may count from.</summary>
    private const int StoryPeriodDays = 7;

    /// <summary>
    /// "Samedi, un camion piégé a explosé à Azaz. La veille, un autre engin avait tué trois rebelles": a relative day counted
    /// from the story (data: <c>"anchor": "story"</c>; "three days later", "deux jours plus tôt") is counted from the last
    /// single day the text named before it, not from the dispatch's day; with no such day before it, from the reference.
    /// </summary>
    private static (LocalDate From, LocalDate To)? StoryDay(int i, List<(DateMention Mention, int First)> mentions, bool shifted = false)
    {
        // A day that starts a period ("Clashes erupted last Wednesday") is a named day too: its first. The start of a long
        // count ("400 tués depuis le 12 décembre", over a week back) is not the day the story is at for a day counted from it
        // (shifted: "la veille" after it is the eve of the dispatch's day), only for "that date" itself.
        var before = mentions.Where(m => m.First < i && (m.Mention.Role == DateRole.Event && m.Mention.Span.Days == 1
                                                         || m.Mention.Role == DateRole.PeriodStart && (!shifted || m.Mention.Span.Days <= StoryPeriodDays))).ToList();
        if (before.Count == 0)
            return null;
        var last = before.MaxBy(m => m.First).Mention;
        return last.Role == DateRole.PeriodStart ? (last.Span.From, last.Span.From) : (last.Span.From, last.Span.To);
    }

    private static RelativeHit? RelativeAt(Folded doc, DateLexicon lex, int i, int s0, int s1,
                                           (LocalDate From, LocalDate To)? reference, List<(DateMention Mention, int First)> mentions)
    {
        var anchor = reference;
        string rule = $"{lex.Code}/dates.json#";
        var (period, pl) = lex.PeriodStarts.Match(doc, i);
        if (pl > 0)
        {
            DateSpan? span = anchor is { } a ? Make(StartOf(a.From, period.Unit), a.To) : null;
            return new RelativeHit(i, i + pl, span, DateRole.PeriodStart, rule + period.Id);
        }
        if (NightOf(doc, lex, i, s1, anchor) is { } night)
            return night;
        var (rel, rl) = lex.Relative.Match(doc, i);
        if (rl > 0)
        {
            var from = rel.FromStory ? StoryDay(i, mentions, shifted: rel.From != 0 || rel.To != 0) ?? reference : reference;
            DateSpan? span = from is { } a ? Shift(a.From, a.To, rel) : null;
            return new RelativeHit(i, i + rl, span, DateRole.Event, rule + rel.Id);
        }
        // Weekday alone: "on Tuesday", "lundi", "lundi prochain", "last Monday".
        if (lex.Weekdays.TryGetValue(doc.Words[i], out var wd) && doc.IsWord(i))
        {
            if (lex.Code == "en" && !IsCapitalized(doc, i)) return null;
            int first = i, end = i + 1;
            bool next = false;
            // "on Monday next to a vehicle": 'next' before one of 'nextNotBefore' is no date word.
            if (end < s1 && lex.Next.Contains(doc.Words[end]) && !(end + 1 < s1 && lex.NextNotBefore.Contains(doc.Words[end + 1]))) { next = true; end++; }
            else if (end < s1 && lex.Last.Contains(doc.Words[end])) end++;
            else if (i > s0 && lex.Next.Contains(doc.Words[i - 1])) { next = true; first = i - 1; }
            else if (i > s0 && lex.Last.Contains(doc.Words[i - 1])) first = i - 1;
            // "The Security Council will meet on Thursday", "doit se réunir jeudi": after a future cue, the next such day.
            else if (lex.FutureCues.AnyIn(doc, Math.Max(s0, first - FutureReach), first, out _, out _)) next = true;
            DateSpan? span = null;
            if (anchor is { } a)
            {
                var dow = (IsoDayOfWeek)wd;
                span = next
                    ? Make(a.From.Next(dow), a.To.Next(dow))
                    : Make(OnOrBefore(a.From, dow), OnOrBefore(a.To, dow));
            }
            // "since the offensive began on Wednesday": a start verb just before makes the day the start of a period.
            // "Clashes erupted on Thursday when insurgents ambushed a patrol": a 'when' clause right after tells that day's happening.
            if (!next && lex.StartVerbs.AnyIn(doc, Math.Max(s0, first - 3), first, out _, out _))
                return end < s1 && lex.WhenWords.Contains(doc.Words[end])
                    ? new RelativeHit(first, end, span, DateRole.Event, rule + StartDayRule)
                    : new RelativeHit(first, end, span is null || anchor is not { } wa ? span : Make(span.From, wa.To), DateRole.PeriodStart, rule + "weekday-period");
            return new RelativeHit(first, end, span, next ? DateRole.Future : DateRole.Event, rule + (next ? "weekday-next" : "weekday"));
        }
        // "killed in 4 days", "tués en trois jours", "within 27 days of bombing": the days up to the dispatch's, over which what
        // is told was counted.
        var (_, durationLength) = lex.DurationPrefix.Match(doc, i);
        if (durationLength > 0 && reference is { } upTo && NumberReader.TryRead(doc, lex.Numbers, i + durationLength, out var length) && length.End < s1
            && !length.YearLike && lex.AgoUnits.TryGetValue(doc.Words[length.End], out var lengthUnit) && lengthUnit is DateUnit.Day or DateUnit.Week or DateUnit.Month)
        {
            int n = (int)Math.Clamp(length.Value.Best, 1, 1000);
            return new RelativeHit(i, length.End + 1, Make(Minus(upTo.To, lengthUnit, n).PlusDays(1), upTo.To), DateRole.PeriodStart, rule + "duration");
        }
        // "il y a près d'un mois", "three days ago"
        int at = i;
        var (_, prefixLength) = lex.AgoPrefix.Match(doc, i);
        if (prefixLength > 0) at = i + prefixLength;
        if (!NumberReader.TryRead(doc, lex.Numbers, at, out var amount) || amount.End >= s1 || amount.YearLike)
            return null;
        if (!lex.AgoUnits.TryGetValue(doc.Words[amount.End], out var unit))
            return null;
        int endTok = amount.End + 1, direction = -1;
        if (prefixLength == 0)
        {
            // "three days ago" counts from the dispatch's day; "two days earlier", "three days later" from the story's.
            var (_, sl) = lex.AgoSuffix.Match(doc, endTok);
            if (sl == 0)
            {
                (_, sl) = lex.EarlierSuffix.Match(doc, endTok);
                if (sl == 0)
                {
                    (_, sl) = lex.LaterSuffix.Match(doc, endTok);
                    direction = 1;
                }
                // With no day named before it, "three days later" has nothing to count from.
                var story = sl == 0 ? null : StoryDay(i, mentions);
                if (sl == 0 || direction > 0 && story is null) return null;
                anchor = story ?? reference;
            }
            endTok += sl;
        }
        bool hedged = amount.Value.Qualifier != QuantityQualifier.Exact;
        bool start = lex.StartVerbs.AnyIn(doc, Math.Max(s0, i - 4), i, out _, out _);
        DateSpan? agoSpan = null;
        if (anchor is { } an)
        {
            int n = (int)Math.Min(amount.Value.Best, 1000);
            int slack = !hedged ? 0 : unit switch { DateUnit.Day => 1, DateUnit.Week => 1, DateUnit.Month => 2, _ => 15 } * Math.Max(1, n);
            n *= -direction;
            var from = Minus(an.From, unit, n).PlusDays(-slack);
            var to = start ? an.To : Minus(an.To, unit, n).PlusDays(slack);
            agoSpan = Make(from, to);
        }
        // "three days later" past the dispatch's day has not happened yet.
        if (direction > 0)
            return new RelativeHit(i, endTok, agoSpan, reference is { } r && agoSpan!.From > r.To ? DateRole.Future : DateRole.Event, rule + "later");
        return new RelativeHit(i, endTok, agoSpan, start ? DateRole.PeriodStart : DateRole.Event, rule + (start ? "ago-period" : "ago"));
    }

    /// <summary>
    /// "dans la nuit de samedi à dimanche", "on the night of Saturday to Sunday": the night that ends on the second day
    /// (the latest such day on or before the reference), or that starts on the only day named ("dans la nuit de samedi").
    /// </summary>
    private static RelativeHit? NightOf(Folded doc, DateLexicon lex, int i, int s1, (LocalDate From, LocalDate To)? anchor)
    {
        var (_, nl) = lex.NightOf.Match(doc, i);
        int j = i + nl;
        if (nl == 0 || j >= s1 || !doc.IsWord(j) || !lex.Weekdays.TryGetValue(doc.Words[j], out var first))
            return null;
        int end = j + 1;
        int? second = null;
        if (end + 1 < s1 && lex.NightLinks.Contains(doc.Words[end]) && doc.IsWord(end + 1) && lex.Weekdays.TryGetValue(doc.Words[end + 1], out var w2))
        {
            second = w2;
            end += 2;
        }
        DateSpan? span = null;
        if (anchor is { } a)
        {
            var last = second is int w ? OnOrBefore(a.To, (IsoDayOfWeek)w) : OnOrBefore(a.To, (IsoDayOfWeek)first).PlusDays(1);
            if (last > a.To)
                last = a.To;
            span = Make(last.PlusDays(-1), last);
        }
        return new RelativeHit(i, end, span, DateRole.Event, $"{lex.Code}/dates.json#night-of");
    }

    private static LocalDate Minus(LocalDate d, DateUnit unit, int n) => unit switch
    {
        DateUnit.Day => d.PlusDays(-n),
        DateUnit.Week or DateUnit.Weekend => d.PlusWeeks(-n),
        DateUnit.Month => d.PlusMonths(-n),
        _ => d.PlusYears(-n),
    };

    private static LocalDate OnOrBefore(LocalDate d, IsoDayOfWeek dow) => d.DayOfWeek == dow ? d : d.Previous(dow);

    private static LocalDate StartOf(LocalDate d, DateUnit unit) => unit switch
    {
        DateUnit.Day => d,
        DateUnit.Week => OnOrBefore(d, IsoDayOfWeek.Monday),
        DateUnit.Weekend => d.DayOfWeek == IsoDayOfWeek.Sunday ? d.PlusDays(-1) : OnOrBefore(d, IsoDayOfWeek.Saturday),
        DateUnit.Month => new LocalDate(d.Year, d.Month, 1),
        _ => new LocalDate(d.Year, 1, 1),
    };

    private static LocalDate EndOf(LocalDate d, DateUnit unit) => unit switch
    {
        DateUnit.Day => d,
        DateUnit.Week => StartOf(d, DateUnit.Week).PlusDays(6),
        DateUnit.Weekend => StartOf(d, DateUnit.Weekend).PlusDays(1),
        DateUnit.Month => new LocalDate(d.Year, d.Month, 1).PlusMonths(1).PlusDays(-1),
        _ => new LocalDate(d.Year, 12, 31),
    };

    private static LocalDate Add(LocalDate d, DateUnit unit, int n) => unit switch
    {
        DateUnit.Day => d.PlusDays(n),
        DateUnit.Week or DateUnit.Weekend => d.PlusWeeks(n),
        DateUnit.Month => d.PlusMonths(n),
        _ => d.PlusYears(n),
    };

    /// <summary>The units [From, To] around the anchor [a0, a1]; the current unit stops at the anchor's end.</summary>
    private static DateSpan Shift(LocalDate a0, LocalDate a1, RelativeEntry e)
    {
        var from = StartOf(Add(a0, e.Unit, e.From), e.Unit);
        var to = EndOf(Add(a1, e.Unit, e.To), e.Unit);
        if (to > a1 && e.To >= 0 && e.Unit != DateUnit.Day)
            to = a1;
        return Make(from, to);
    }
}
