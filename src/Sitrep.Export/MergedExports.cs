using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Sitrep.Core.Model;
using Sitrep.Export.Internal;
using Sitrep.Merge;

namespace Sitrep.Export;

/// <summary>
/// The exports of merged events (<c>sitrep merge</c>): one row or feature per incident, every report listed.
/// <paramref name="dispatches"/> arguments look stored dispatches up by content hash (the head's dispatch gives the
/// evidence text; each report's dispatch its external id).
/// </summary>
public static class MergedExports
{
    public const string AcledCsvName = "merged-events.csv";
    public const string UcdpCsvName = "merged-events-ucdp.csv";
    public const string GeoJsonName = "merged-events.geojson";

    private static readonly JsonWriterOptions JsonOptions = new() { Indented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// events.csv's columns (<see cref="AcledCsv.Columns"/>) for merged events, then <c>merged_id</c>, <c>reports</c>:
    /// <c>event_id_cnty</c> is the merged id with the country prefix; <c>source</c> lists every report's source
    /// ("; "-separated, each once, in the order stored); <c>dispatch_id</c> every report's dispatch external id (";"-separated);
    /// dates, place and tolls are the merged ones; the evidence is the head report's.
    /// </summary>
    public static void WriteAcledCsv(TextWriter w, IEnumerable<MergedEvent> events, IReadOnlyDictionary<string, StoredDispatch> dispatches)
    {
        var columns = AcledCsv.Columns.Concat(["merged_id", "reports"]).ToList();
        // events.csv's columns come first, in their order: their numeric cells keep their indices.
        var numeric = new HashSet<int>(AcledCsv.NumericColumns) { columns.IndexOf("reports") };
        Csv.WriteRow(w, columns);
        foreach (var m in events)
        {
            var headDispatch = dispatches[m.Head.DispatchId];
            var head = m.Head with { When = m.When, Where = m.Where, Fatalities = m.Fatalities };
            var row = AcledCsv.Row(headDispatch, head).ToList();
            Set(row, "event_id_cnty", $"{Countries.Find(m.Where?.Place.CountryCode)?.Alpha3 ?? "XXX"}-{m.Id}");
            Set(row, "source", string.Join("; ", InOrder(m).Select(r => r.Source).Where(s => !string.IsNullOrEmpty(s)).Distinct()));
            Set(row, "dispatch_id", string.Join(";", InOrder(m).Select(r => r.ExternalId).Distinct()));
            Set(row, "timestamp", Format.Long(m.Reports.Max(r => r.StoredAt).ToUnixTimeSeconds()));
            row.Add(m.Id);
            row.Add(Format.Int(m.Reports.Count));
            Csv.WriteRow(w, row, numeric);
        }
    }

    /// <summary>The UCDP-style columns, in order.</summary>
    public static IReadOnlyList<string> UcdpColumns { get; } =
    [
        "id", "year", "type_of_violence", "side_a", "side_b", "number_of_sources", "source_article", "source_office",
        "where_prec", "where_coordinates", "adm_1", "adm_2", "latitude", "longitude", "country", "date_prec",
        "date_start", "date_end", "low", "best", "high", "event_type", "sub_event_type", "aggregate",
    ];

    /// <summary>
    /// UCDP GED-style CSV, one row per merged event: date_start/date_end (inclusive), date_prec and where_prec
    /// (<see cref="Ucdp"/>), low/best/high (empty when no report gives a toll), the sides as actor names,
    /// source_article the reports' dispatch ids and source_office their sources (";"-separated).
    /// </summary>
    public static void WriteUcdpCsv(TextWriter w, IEnumerable<MergedEvent> events)
    {
        var numeric = new HashSet<int>(new[] { "year", "type_of_violence", "number_of_sources", "where_prec", "latitude", "longitude", "date_prec", "low", "best", "high" }
            .Select(c => UcdpColumns.ToList().IndexOf(c)));
        Csv.WriteRow(w, UcdpColumns);
        foreach (var m in events)
        {
            var place = m.Where?.Place;
            var t = m.Fatalities;
            Csv.WriteRow(w,
            [
                m.Id,
                m.When is null ? "" : Format.Int(m.When.From.Year),
                Ucdp.TypeOfViolence(m.Head) is int v ? Format.Int(v) : "",
                m.Head.Actor1?.Name ?? "",
                m.Head.Actor2?.Name ?? "",
                Format.Int(m.Reports.Count),
                string.Join(";", InOrder(m).Select(r => r.ExternalId)),
                string.Join(";", InOrder(m).Select(r => r.Source ?? "")),
                Ucdp.WherePrecision(m.Where) is int wp ? Format.Int(wp) : "",
                place?.Name ?? "",
                place?.Admin.Admin1 ?? "",
                place?.Admin.Admin2 ?? "",
                place is null ? "" : Format.Coordinate(place.Latitude),
                place is null ? "" : Format.Coordinate(place.Longitude),
                Countries.Find(place?.CountryCode)?.Name ?? place?.CountryCode ?? "",
                Ucdp.DatePrecision(m.When) is int dp ? Format.Int(dp) : "",
                Format.Day(m.When?.From),
                Format.Day(m.When?.To),
                t is null ? "" : Format.Long(t.Low),
                t is null ? "" : Format.Long(t.Best),
                t is null ? "" : Format.Long(t.High),
                m.Head.EventType,
                m.Head.SubEventType,
                m.Aggregate ? "true" : "false",
            ], numeric);
        }
    }

    /// <summary>
    /// A GeoJSON FeatureCollection (RFC 7946, longitude first), one Point feature per merged event (a null geometry
    /// when unplaced), with the merged fields and every report as properties.
    /// </summary>
    public static void WriteGeoJson(Stream stream, IEnumerable<MergedEvent> events)
    {
        using var w = new Utf8JsonWriter(stream, JsonOptions);
        w.WriteStartObject();
        w.WriteString("type", "FeatureCollection");
        w.WriteStartArray("features");
        foreach (var m in events)
        {
            w.WriteStartObject();
            w.WriteString("type", "Feature");
            w.WriteString("id", m.Id);
            if (m.Where?.Place is { } p)
            {
                w.WritePropertyName("geometry");
                GeoJson.WritePoint(w, p.Latitude, p.Longitude);
            }
            else
                w.WriteNull("geometry");
            w.WriteStartObject("properties");
            w.WriteString("event_type", m.Head.EventType);
            w.WriteString("sub_event_type", m.Head.SubEventType);
            w.WriteString("actor1", m.Head.Actor1?.Name);
            w.WriteString("actor2", m.Head.Actor2?.Name);
            w.WriteString("date_start", Format.Day(m.When?.From));
            w.WriteString("date_end", Format.Day(m.When?.To));
            if (m.When is null) w.WriteNull("time_precision"); else w.WriteNumber("time_precision", (int)m.When.Precision);
            w.WriteString("location", m.Where?.Place.Name);
            w.WriteString("admin1", m.Where?.Place.Admin.Admin1);
            w.WriteString("admin1_pcode", m.Where?.Place.Admin.Admin1PCode);
            if (m.Where is null) w.WriteNull("geo_precision"); else w.WriteNumber("geo_precision", m.Where.GeoPrecision);
            if (m.Fatalities is { } f)
            {
                w.WriteNumber("fatalities_low", f.Low);
                w.WriteNumber("fatalities", f.Best);
                w.WriteNumber("fatalities_high", f.High);
            }
            else
            {
                w.WriteNull("fatalities_low");
                w.WriteNull("fatalities");
                w.WriteNull("fatalities_high");
            }
            w.WriteBoolean("aggregate", m.Aggregate);
            w.WriteStartArray("reports");
            foreach (var r in m.Reports)
            {
                w.WriteStartObject();
                w.WriteString("dispatch_id", r.ExternalId);
                w.WriteString("dispatch_hash", r.DispatchId);
                w.WriteString("event_id", r.EventId);
                w.WriteString("source", r.Source);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndObject();
            if (w.BytesPending > 64 * 1024)
                w.Flush();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>The reports in the order they were stored (then by key): the order sources are listed in.</summary>
    private static IEnumerable<EventReport> InOrder(MergedEvent m) => m.Reports.OrderBy(r => r.StoredAt).ThenBy(r => r.Key, StringComparer.Ordinal);

    private static void Set(List<string> row, string column, string value)
    {
        int i = AcledCsv.Columns.ToList().IndexOf(column);
        row[i] = value;
    }
}
