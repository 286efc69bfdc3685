using System.Globalization;
using NodaTime;
using NodaTime.Text;
using Sitrep.Core.Model;
using Sitrep.Export.Internal;

namespace Sitrep.Export;

/// <summary>
/// <c>events.csv</c>: one row per coded event, ACLED's columns in ACLED's order (<see cref="AcledColumns"/>), then
/// Sitrep's own (<see cref="SitrepColumns"/>). CSV conventions are those of <c>Internal/Csv</c>: RFC 4180 quoting,
/// CRLF, a leading apostrophe on text cells a spreadsheet would run as formulas. The header is always written.
/// <list type="bullet">
/// <item>Dates are ISO <c>yyyy-MM-dd</c>. <c>event_date</c> is the last day of the event's span (ACLED records the
/// day of the event; for a span we use the last day, the one by which it is known to have happened) and
/// <c>date_from</c>/<c>date_to</c> keep the whole span; <c>time_precision</c> says how sure the day is.</item>
/// <item><c>fatalities</c> is the best figure, 0 when unknown; <c>fatalities_low</c>/<c>fatalities_high</c> are the
/// bounds, empty when unknown, so an unknown toll and a known zero differ. A campaign total is written as coded,
/// with <c>aggregate</c> true.</item>
/// <item><c>dispatch_id</c> is the dispatch's external id (what the input called it), so rows join back to inputs.</item>
/// <item><c>inter1</c>/<c>inter2</c> are ACLED inter codes (0 when there is no such actor), <c>interaction</c> per
/// <see cref="Acled.Interaction"/>; <c>iso</c>/<c>country</c>/<c>region</c> come from <see cref="Countries"/>.</item>
/// <item><c>timestamp</c> is the Unix time, in seconds, at which the dispatch was stored; <c>source_scale</c> and
/// <c>tags</c> are left empty (Sitrep does not code them).</item>
/// </list>
/// </summary>
public static class AcledCsv
{
    /// <summary>ACLED's columns, in ACLED's order.</summary>
    public static IReadOnlyList<string> AcledColumns { get; } =
    [
        "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
        "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
        "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
        "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
    ];

    /// <summary>Sitrep's columns, after ACLED's.</summary>
    public static IReadOnlyList<string> SitrepColumns { get; } =
    [
        "dispatch_id", "date_from", "date_to", "fatalities_low", "fatalities_high", "aggregate", "admin1_pcode", "evidence",
    ];

    /// <summary>Every column of events.csv, in order: <see cref="AcledColumns"/> then <see cref="SitrepColumns"/>.</summary>
    public static IReadOnlyList<string> Columns { get; } = [.. AcledColumns, .. SitrepColumns];

    /// <summary>Indices in <see cref="Columns"/> of the cells written unquoted (numbers); exports that append columns reuse them.</summary>
    internal static readonly IReadOnlySet<int> NumericColumns = new HashSet<int>(
        new[] { "year", "time_precision", "inter1", "inter2", "interaction", "iso", "latitude", "longitude", "geo_precision",
                "fatalities", "timestamp", "fatalities_low", "fatalities_high" }
            .Select(c => Columns.ToList().IndexOf(c)));

    /// <summary>Writes the header and one row per event of every dispatch, in the order given.</summary>
    public static void Write(TextWriter writer, IEnumerable<StoredDispatch> dispatches)
    {
        WriteHeader(writer);
        foreach (var d in dispatches)
            WriteRows(writer, d);
    }

    public static void WriteHeader(TextWriter writer) => Csv.WriteRow(writer, Columns);

    /// <summary>The rows of one dispatch's events.</summary>
    public static void WriteRows(TextWriter writer, StoredDispatch dispatch)
    {
        foreach (var e in dispatch.Events)
            Csv.WriteRow(writer, Row(dispatch, e), NumericColumns);
    }

    /// <summary>The cells of one event's row, unquoted, in <see cref="Columns"/> order.</summary>
    public static IReadOnlyList<string> Row(StoredDispatch stored, EventRecord e)
    {
        var d = stored.Dispatch;
        var place = e.Where?.Place;
        var country = Countries.Find(place?.CountryCode);
        var when = e.When;
        return
        [
            Acled.EventIdCnty(d, e),
            Format.Day(when?.To),
            when is null ? "" : Format.Int(when.To.Year),
            when is null ? "" : Format.Int((int)when.Precision),
            Acled.DisorderType(e.EventType, e.SubEventType),
            e.EventType,
            e.SubEventType,
            e.Actor1?.Name ?? "",
            Format.Names(e.AssocActors1),
            Format.Int((int)(e.Actor1?.Inter ?? InterCode.None)),
            e.Actor2?.Name ?? "",
            Format.Names(e.AssocActors2),
            Format.Int((int)(e.Actor2?.Inter ?? InterCode.None)),
            Acled.Interaction(e.Actor1, e.Actor2) is int i ? Format.Int(i) : "",
            Acled.CivilianTargeting(e),
            country is null ? "" : Format.Int(country.Numeric),
            country?.Region ?? "",
            country?.Name ?? place?.CountryCode ?? "",
            place?.Admin.Admin1 ?? "",
            place?.Admin.Admin2 ?? "",
            place?.Admin.Admin3 ?? "",
            place?.Name ?? "",
            place is null ? "" : Format.Coordinate(place.Latitude),
            place is null ? "" : Format.Coordinate(place.Longitude),
            e.Where is null ? "" : Format.Int(e.Where.GeoPrecision),
            d.Source ?? "",
            "",
            e.Notes,
            Format.Long(e.Fatalities?.Best ?? 0),
            "",
            Format.Long(stored.StoredAt.ToUnixTimeSeconds()),
            // Sitrep's own
            d.ExternalId,
            Format.Day(when?.From),
            Format.Day(when?.To),
            e.Fatalities is null ? "" : Format.Long(e.Fatalities.Low),
            e.Fatalities is null ? "" : Format.Long(e.Fatalities.High),
            e.Aggregate ? "true" : "false",
            place?.Admin.Admin1PCode ?? "",
            EvidenceText.Summarize(d.Text, e.Evidence),
        ];
    }
}

/// <summary>How values are written in the exports: invariant culture, ISO dates.</summary>
internal static class Format
{
    private static readonly LocalDatePattern Iso = LocalDatePattern.Iso;

    public static string Day(LocalDate? d) => d is LocalDate day ? Iso.Format(day) : "";

    public static string Int(int n) => n.ToString(CultureInfo.InvariantCulture);

    public static string Long(long n) => n.ToString(CultureInfo.InvariantCulture);

    /// <summary>Degrees to 4 decimals (about 11 m), as ACLED writes them; events.json keeps every digit.</summary>
    public static string Coordinate(double degrees) => Math.Round(degrees, 4).ToString("0.0###", CultureInfo.InvariantCulture);

    /// <summary>ACLED joins several associated actors with "; ".</summary>
    public static string Names(IEnumerable<Actor> actors) => string.Join("; ", actors.Select(a => a.Name));
}
