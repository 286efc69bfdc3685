using System.Globalization;
using System.Text;
using NodaTime;
using NodaTime.Text;

namespace Sitrep.Merge.Evaluation;

/// <summary>The two gold formats <c>sitrep eval</c> reads, told apart by their header.</summary>
public enum GoldFormat
{
    /// <summary>UCDP GED: <c>id</c>, <c>type_of_violence</c>, <c>date_start</c>, <c>date_end</c>, <c>latitude</c>, <c>longitude</c>, <c>best</c>, optionally <c>source_headline</c>/<c>source_date</c>.</summary>
    UcdpGed,
    /// <summary>ACLED: <c>event_id_cnty</c>, <c>event_date</c>, <c>event_type</c>, <c>latitude</c>, <c>longitude</c>, <c>fatalities</c>.</summary>
    Acled,
}

/// <summary>
/// One gold event: its id, its class (UCDP's type_of_violence "1"/"2"/"3", or ACLED's event type), its inclusive
/// dates, its point, its best toll, and the reports (publication day, headline) it was coded from, when the file gives them.
/// </summary>
public sealed record GoldEvent(string Id, string Class, LocalDate From, LocalDate To, double? Latitude, double? Longitude, long? Best, IReadOnlyList<(LocalDate Date, string Headline)> Reports);

/// <summary>A gold file read, or why it could not be.</summary>
public sealed record GoldFile(GoldFormat Format, IReadOnlyList<GoldEvent> Events, int SkippedRows)
{
    /// <summary>Reads a UCDP GED or ACLED CSV; the format is detected from the header. Bad rows are counted and skipped.</summary>
    public static (GoldFile? Gold, string? Error) Read(TextReader reader)
    {
        using var rows = CsvReader.Rows(reader).GetEnumerator();
        if (!rows.MoveNext())
            return (null, "the gold file is empty");
        var header = rows.Current.Select(h => h.Trim().TrimStart('\uFEFF')).ToList();
        int Col(string name) => header.IndexOf(name);
        GoldFormat format;
        if (Col("type_of_violence") >= 0 && Col("date_start") >= 0 && Col("best") >= 0)
            format = GoldFormat.UcdpGed;
        else if (Col("event_id_cnty") >= 0 && Col("event_type") >= 0 && Col("event_date") >= 0)
            format = GoldFormat.Acled;
        else
            return (null, "the header is neither UCDP GED's (id, type_of_violence, date_start, best...) nor ACLED's (event_id_cnty, event_date, event_type...)");
        var events = new List<GoldEvent>();
        int skipped = 0;
        while (rows.MoveNext())
        {
            var r = rows.Current;
            string Get(string name) => Col(name) is int i && i >= 0 && i < r.Count ? r[i].Trim() : "";
            var ev = format == GoldFormat.UcdpGed ? Ucdp(Get) : Acled(Get);
            if (ev is null)
                skipped++;
            else
                events.Add(ev);
        }
        return (new GoldFile(format, events, skipped), null);
    }

    private static GoldEvent? Ucdp(Func<string, string> get)
    {
        if (Day(get("date_start")) is not LocalDate from || Day(get("date_end")) is not LocalDate to || get("type_of_violence") is not ("1" or "2" or "3"))
            return null;
        var reports = new List<(LocalDate, string)>();
        var dates = get("source_date").Split(';');
        var heads = get("source_headline").Split(';');
        if (dates.Length == heads.Length)
        {
            for (int i = 0; i < dates.Length; i++)
            {
                if (Day(dates[i].Trim()) is LocalDate d && heads[i].Trim().Length > 0)
                    reports.Add((d, heads[i].Trim()));
            }
        }
        return new GoldEvent(get("id"), get("type_of_violence"), from, to, Number(get("latitude")), Number(get("longitude")), (long?)Number(get("best")), reports);
    }

    private static GoldEvent? Acled(Func<string, string> get)
    {
        if (Day(get("event_date")) is not LocalDate day || get("event_type").Length == 0)
            return null;
        return new GoldEvent(get("event_id_cnty"), get("event_type"), day, day, Number(get("latitude")), Number(get("longitude")), (long?)Number(get("fatalities")), []);
    }

    private static LocalDate? Day(string s)
    {
        var r = LocalDatePattern.Iso.Parse(s.Length > 10 ? s[..10] : s);
        return r.Success ? r.Value : null;
    }

    private static double? Number(string s) => double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : null;
}

/// <summary>An RFC 4180 reader: quoted fields may hold commas, doubled quotes and line breaks.</summary>
internal static class CsvReader
{
    public static IEnumerable<List<string>> Rows(TextReader reader)
    {
        var row = new List<string>();
        var field = new StringBuilder();
        bool quoted = false, any = false;
        int c;
        while ((c = reader.Read()) >= 0)
        {
            any = true;
            char ch = (char)c;
            if (quoted)
            {
                if (ch == '"')
                {
                    if (reader.Peek() == '"') { reader.Read(); field.Append('"'); }
                    else quoted = false;
                }
                else
                    field.Append(ch);
            }
            else if (ch == '"')
                quoted = true;
            else if (ch == ',')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (ch == '\n' || ch == '\r')
            {
                if (ch == '\r' && reader.Peek() == '\n')
                    reader.Read();
                row.Add(field.ToString());
                field.Clear();
                yield return row;
                row = [];
                any = false;
            }
            else
                field.Append(ch);
        }
        if (any)
        {
            row.Add(field.ToString());
            yield return row;
        }
    }
}
