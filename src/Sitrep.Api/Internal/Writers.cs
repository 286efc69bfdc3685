using System.Globalization;
using System.Text.Json;
using NetTopologySuite.Geometries;
using NodaTime;
using NodaTime.Text;
using Sitrep.Core.Model;
using Sitrep.Export;

namespace Sitrep.Api.Internal;

/// <summary>
/// The JSON the API writes. Names are snake_case; dates ISO days; absent values null; ranges are
/// <c>start</c> (inclusive) and <c>end</c> (exclusive) character offsets into the dispatch's <c>text</c>
/// (UTF-16 code units, as JavaScript strings count them).
/// </summary>
internal static class Writers
{
    public static string Day(LocalDate? d) => d is LocalDate day ? LocalDatePattern.Iso.Format(day) : "";

    public static void DayOrNull(Utf8JsonWriter w, string name, LocalDate? d)
    {
        if (d is LocalDate day) w.WriteString(name, LocalDatePattern.Iso.Format(day));
        else w.WriteNull(name);
    }

    public static void StringOrNull(Utf8JsonWriter w, string name, string? s)
    {
        if (s is null) w.WriteNull(name);
        else w.WriteString(name, s);
    }

    public static void Actor(Utf8JsonWriter w, string name, Actor? a) => EventsJson.WriteActor(w, name, a);

    public static void Quantity(Utf8JsonWriter w, string name, Quantity? q) => EventsJson.WriteQuantity(w, name, q);

    public static void Location(Utf8JsonWriter w, EventLocation? where)
    {
        if (where is null)
        {
            w.WriteNull("location");
            return;
        }
        var p = where.Place;
        w.WriteStartObject("location");
        w.WriteString("place_id", p.Id);
        w.WriteString("name", p.Name);
        w.WriteNumber("latitude", p.Latitude);
        w.WriteNumber("longitude", p.Longitude);
        w.WriteString("country_code", p.CountryCode);
        StringOrNull(w, "admin1", p.Admin.Admin1);
        StringOrNull(w, "admin1_pcode", p.Admin.Admin1PCode);
        StringOrNull(w, "admin2", p.Admin.Admin2);
        w.WriteNumber("geo_precision", where.GeoPrecision);
        w.WriteNumber("uncertainty_km", where.UncertaintyKm);
        w.WriteEndObject();
    }

    /// <summary>The fields of an event shown in lists, map popups and the detail.</summary>
    public static void EventFields(Utf8JsonWriter w, ApiEvent e)
    {
        var r = e.Record;
        var d = e.Head.Dispatch.Dispatch;
        w.WriteString("id", e.Id);
        w.WriteString("event_id_cnty", Acled.EventIdCnty(d, r));
        w.WriteString("event_type", r.EventType);
        w.WriteString("sub_event_type", r.SubEventType);
        w.WriteString("disorder_type", Acled.DisorderType(r.EventType, r.SubEventType));
        Actor(w, "actor1", r.Actor1);
        Actor(w, "actor2", r.Actor2);
        w.WriteStartArray("assoc_actors_1");
        foreach (var a in r.AssocActors1) w.WriteStringValue(a.Name);
        w.WriteEndArray();
        w.WriteStartArray("assoc_actors_2");
        foreach (var a in r.AssocActors2) w.WriteStringValue(a.Name);
        w.WriteEndArray();
        DayOrNull(w, "date_from", e.When?.From);
        DayOrNull(w, "date_to", e.When?.To);
        if (e.When is null) w.WriteNull("time_precision");
        else w.WriteNumber("time_precision", (int)e.When.Precision);
        Location(w, e.Where);
        Quantity(w, "fatalities", e.Fatalities);
        Quantity(w, "civilian_fatalities", r.CivilianFatalities);
        w.WriteBoolean("aggregate", e.Aggregate);
        w.WriteString("dispatch_id", d.Id);
        w.WriteString("external_id", d.ExternalId);
        StringOrNull(w, "source", d.Source);
        w.WriteNumber("report_count", e.Reports.Count);
        w.WriteString("notes", r.Notes);
    }

    public static void Evidence(Utf8JsonWriter w, string text, IEnumerable<Evidence> evidence) => EventsJson.WriteEvidence(w, text, evidence);

    public static void Claims(Utf8JsonWriter w, string text, IEnumerable<Claim> claims)
    {
        w.WriteStartArray("claims");
        foreach (var c in claims)
        {
            w.WriteStartObject();
            w.WriteString("source", c.Source);
            w.WriteString("says", c.Says);
            Quantity(w, "figure", c.Figure);
            w.WriteNumber("start", c.Range.Start);
            w.WriteNumber("end", c.Range.End);
            w.WriteString("text", c.Range.Of(text));
            w.WriteString("rule", c.Rule);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    /// <summary>The dispatch's own fields, without its text.</summary>
    public static void DispatchFields(Utf8JsonWriter w, StoredDispatch s)
    {
        var d = s.Dispatch;
        w.WriteString("id", d.Id);
        w.WriteString("external_id", d.ExternalId);
        w.WriteString("language", d.Language.Code());
        StringOrNull(w, "date", d.Date?.ToString());
        StringOrNull(w, "source", d.Source);
        StringOrNull(w, "url", d.Url);
        StringOrNull(w, "title", d.Title);
        w.WriteString("stored_at", InstantPattern.ExtendedIso.Format(s.StoredAt));
    }

    /// <summary><c>GET /api/events/{id}</c>: the event, each report with its source and claims, the head's evidence and the text it points into.</summary>
    public static void EventDetail(Utf8JsonWriter w, ApiEvent e)
    {
        w.WriteStartObject();
        EventFields(w, e);
        var head = e.Head.Dispatch;
        Evidence(w, head.Dispatch.Text, e.Record.Evidence);
        w.WriteStartObject("dispatch");
        DispatchFields(w, head);
        w.WriteString("text", head.Dispatch.Text);
        w.WriteEndObject();
        w.WriteStartArray("reports");
        foreach (var r in e.Reports)
        {
            var t = r.Dispatch.Dispatch.Text;
            w.WriteStartObject();
            w.WriteString("event_id", r.Event.Id);
            w.WriteBoolean("head", ReferenceEquals(r, e.Head) || r.Event.Id == e.Record.Id);
            w.WriteStartObject("dispatch");
            DispatchFields(w, r.Dispatch);
            w.WriteEndObject();
            w.WriteString("event_type", r.Event.EventType);
            DayOrNull(w, "date_from", r.Event.When?.From);
            DayOrNull(w, "date_to", r.Event.When?.To);
            Location(w, r.Event.Where);
            Quantity(w, "fatalities", r.Event.Fatalities);
            Claims(w, t, r.Event.Claims);
            Evidence(w, t, r.Event.Evidence);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary><c>GET /api/dispatches/{id}</c>: the dispatch with its text, events and control statements.</summary>
    public static void Dispatch(Utf8JsonWriter w, StoredDispatch s, Snapshot snapshot)
    {
        var text = s.Dispatch.Text;
        w.WriteStartObject();
        DispatchFields(w, s);
        w.WriteString("text", text);
        w.WriteStartArray("events");
        foreach (var e in s.Events)
        {
            w.WriteStartObject();
            w.WriteString("id", e.Id);
            StringOrNull(w, "merged_into", snapshot.EventById.TryGetValue(e.Id, out var merged) ? merged.Id : null);
            w.WriteString("event_type", e.EventType);
            w.WriteString("sub_event_type", e.SubEventType);
            Actor(w, "actor1", e.Actor1);
            Actor(w, "actor2", e.Actor2);
            DayOrNull(w, "date_from", e.When?.From);
            DayOrNull(w, "date_to", e.When?.To);
            Location(w, e.Where);
            Quantity(w, "fatalities", e.Fatalities);
            w.WriteBoolean("aggregate", e.Aggregate);
            Claims(w, text, e.Claims);
            Evidence(w, text, e.Evidence);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("control");
        foreach (var c in s.Control)
        {
            w.WriteStartObject();
            w.WriteString("id", c.Id);
            w.WriteString("area", c.Area);
            Actor(w, "controller", c.Controller);
            w.WriteString("share", ControlCsv.Share(c.Share));
            DayOrNull(w, "as_of", c.AsOf?.From);
            Evidence(w, text, c.Evidence);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>A "geometry" property holding a Point.</summary>
    public static void Point(Utf8JsonWriter w, double lat, double lon)
    {
        w.WritePropertyName("geometry");
        GeoJson.WritePoint(w, lat, lon);
    }

    /// <summary>A polygon or multipolygon as GeoJSON coordinates (rounded to 5 decimals, about a metre).</summary>
    public static void Geometry(Utf8JsonWriter w, Geometry g)
    {
        w.WriteStartObject("geometry");
        switch (g)
        {
            case Polygon p:
                w.WriteString("type", "Polygon");
                w.WriteStartArray("coordinates");
                Rings(w, p);
                w.WriteEndArray();
                break;
            case MultiPolygon mp:
                w.WriteString("type", "MultiPolygon");
                w.WriteStartArray("coordinates");
                foreach (var part in mp.Geometries.OfType<Polygon>())
                {
                    w.WriteStartArray();
                    Rings(w, part);
                    w.WriteEndArray();
                }
                w.WriteEndArray();
                break;
            default:
                var c = g.Centroid;
                w.WriteString("type", "Point");
                w.WriteStartArray("coordinates");
                w.WriteNumberValue(Math.Round(c.X, 5));
                w.WriteNumberValue(Math.Round(c.Y, 5));
                w.WriteEndArray();
                break;
        }
        w.WriteEndObject();
    }

    private static void Rings(Utf8JsonWriter w, Polygon p)
    {
        foreach (var ring in new[] { p.ExteriorRing }.Concat(p.InteriorRings))
        {
            w.WriteStartArray();
            foreach (var c in ring.Coordinates)
            {
                w.WriteStartArray();
                w.WriteNumberValue(Math.Round(c.X, 5));
                w.WriteNumberValue(Math.Round(c.Y, 5));
                w.WriteEndArray();
            }
            w.WriteEndArray();
        }
    }

    public static string Invariant(double d) => d.ToString(CultureInfo.InvariantCulture);
}
