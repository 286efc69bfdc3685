using System.Text.Encodings.Web;
using System.Text.Json;
using NodaTime.Text;
using Sitrep.Core.Model;

namespace Sitrep.Export;

/// <summary>
/// <c>events.json</c>: everything, losslessly, one entry per dispatch (in the order given) holding its events and
/// control statements:
/// <code>
/// { "format": "sitrep-events", "version": 1,
///   "dispatches": [ { "dispatch_id": "wire-0001", "dispatch_hash": "…", "language": "fr", "date": "2018-05",
///                     "date_precision": "month", "source", "url", "title", "origin": {"file", "line"},
///                     "stored_at": "…Z", "timestamp": 1526900000, "text_length": 1234,
///                     "events": [ … ], "control": [ … ] } ] }
/// </code>
/// Every event carries all its fields plus the derived ACLED columns, each claim its source, range, text, words and
/// figure, and each evidence range its field, start, end (exclusive), rule and the text it covers. The dispatch
/// text itself is not repeated. Absent values are <c>null</c>; names are snake_case; qualifiers are
/// exact, approximate, at_least, at_most, vague.
/// </summary>
public static class EventsJson
{
    public const string FormatName = "sitrep-events";

    public const int FormatVersion = 1;

    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // keep "Talbissé" readable; the file is not embedded in HTML
    };

    public static void Write(Stream stream, IEnumerable<StoredDispatch> dispatches)
    {
        using var w = Open(stream);
        WriteStart(w);
        foreach (var d in dispatches)
            WriteDispatch(w, d);
        WriteEnd(w);
    }

    /// <summary>The whole document as a string (for tests and small outputs).</summary>
    public static string ToJson(IEnumerable<StoredDispatch> dispatches)
    {
        using var ms = new MemoryStream();
        Write(ms, dispatches);
        return System.Text.Encoding.UTF8.GetString(ms.ToArray());
    }

    internal static Utf8JsonWriter Open(Stream stream) => new(stream, Options);

    internal static void WriteStart(Utf8JsonWriter w)
    {
        w.WriteStartObject();
        w.WriteString("format", FormatName);
        w.WriteNumber("version", FormatVersion);
        w.WriteStartArray("dispatches");
    }

    internal static void WriteEnd(Utf8JsonWriter w)
    {
        w.WriteEndArray();
        w.WriteEndObject();
        w.Flush();
    }

    internal static void WriteDispatch(Utf8JsonWriter w, StoredDispatch stored)
    {
        var d = stored.Dispatch;
        w.WriteStartObject();
        w.WriteString("dispatch_id", d.ExternalId);
        w.WriteString("dispatch_hash", d.Id);
        w.WriteString("language", d.Language.Code());
        w.WriteString("date", d.Date?.ToString());
        w.WriteString("date_precision", d.Date is null ? null : d.Date.HasDay ? "day" : "month");
        w.WriteString("source", d.Source);
        w.WriteString("url", d.Url);
        w.WriteString("title", d.Title);
        w.WriteStartObject("origin");
        w.WriteString("file", d.Origin.File);
        NumberOrNull(w, "line", d.Origin.Line);
        w.WriteEndObject();
        w.WriteString("stored_at", InstantPattern.ExtendedIso.Format(stored.StoredAt));
        w.WriteNumber("timestamp", stored.StoredAt.ToUnixTimeSeconds());
        w.WriteNumber("text_length", d.Text.Length);
        w.WriteStartArray("events");
        foreach (var e in stored.Events)
            WriteEvent(w, stored, e);
        w.WriteEndArray();
        w.WriteStartArray("control");
        foreach (var c in stored.Control)
            WriteControl(w, stored, c);
        w.WriteEndArray();
        w.WriteEndObject();
        if (w.BytesPending > 64 * 1024)
            w.Flush();
    }

    private static void WriteEvent(Utf8JsonWriter w, StoredDispatch stored, EventRecord e)
    {
        var d = stored.Dispatch;
        w.WriteStartObject();
        w.WriteString("id", e.Id);
        w.WriteString("event_id_cnty", Acled.EventIdCnty(d, e));
        w.WriteString("dispatch_id", d.ExternalId);
        w.WriteString("dispatch_hash", d.Id);
        w.WriteString("record_dispatch_id", e.DispatchId);
        w.WriteString("disorder_type", Acled.DisorderType(e.EventType, e.SubEventType));
        w.WriteString("event_type", e.EventType);
        w.WriteString("sub_event_type", e.SubEventType);
        WriteActor(w, "actor1", e.Actor1);
        WriteActor(w, "actor2", e.Actor2);
        WriteActors(w, "assoc_actors_1", e.AssocActors1);
        WriteActors(w, "assoc_actors_2", e.AssocActors2);
        NumberOrNull(w, "interaction", Acled.Interaction(e.Actor1, e.Actor2));
        w.WriteBoolean("civilian_targeting", e.Actor2?.Inter == InterCode.Civilians);
        if (e.When is { } when)
        {
            w.WriteStartObject("date");
            w.WriteString("event_date", Format.Day(when.To));
            WriteSpanFields(w, when);
            w.WriteNumber("days", when.Days);
            w.WriteEndObject();
        }
        else
            w.WriteNull("date");
        if (e.Where is { } where)
        {
            w.WriteStartObject("location");
            WritePlace(w, "place", where.Place);
            w.WriteNumber("geo_precision", where.GeoPrecision);
            w.WriteNumber("uncertainty_km", where.UncertaintyKm);
            w.WriteEndObject();
        }
        else
            w.WriteNull("location");
        WriteQuantity(w, "fatalities", e.Fatalities);
        WriteQuantity(w, "civilian_fatalities", e.CivilianFatalities);
        w.WriteBoolean("aggregate", e.Aggregate);
        w.WriteStartArray("claims");
        foreach (var c in e.Claims)
        {
            w.WriteStartObject();
            w.WriteString("source", c.Source);
            WriteRange(w, d.Text, c.Range);
            w.WriteString("says", c.Says);
            WriteQuantity(w, "figure", c.Figure);
            w.WriteString("rule", c.Rule);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        WriteEvidence(w, d.Text, e.Evidence);
        w.WriteString("notes", e.Notes);
        w.WriteEndObject();
    }

    private static void WriteControl(Utf8JsonWriter w, StoredDispatch stored, ControlAssertion c)
    {
        w.WriteStartObject();
        w.WriteString("id", c.Id);
        w.WriteString("dispatch_id", stored.Dispatch.ExternalId);
        w.WriteString("dispatch_hash", stored.Dispatch.Id);
        w.WriteString("record_dispatch_id", c.DispatchId);
        w.WriteString("area", c.Area);
        if (c.AreaPlace is null)
            w.WriteNull("place");
        else
            WritePlace(w, "place", c.AreaPlace);
        WriteActor(w, "controller", c.Controller);
        w.WriteString("share", ControlCsv.Share(c.Share));
        if (c.AsOf is { } asOf)
        {
            w.WriteStartObject("as_of");
            WriteSpanFields(w, asOf);
            w.WriteEndObject();
        }
        else
            w.WriteNull("as_of");
        WriteEvidence(w, stored.Dispatch.Text, c.Evidence);
        w.WriteEndObject();
    }

    /// <summary>An "evidence" array: field, start, end (exclusive), the text covered, and the rule (shared with the HTTP API).</summary>
    public static void WriteEvidence(Utf8JsonWriter w, string text, IEnumerable<Evidence> evidence)
    {
        w.WriteStartArray("evidence");
        foreach (var v in evidence)
        {
            w.WriteStartObject();
            w.WriteString("field", v.Field);
            WriteRange(w, text, v.Range);
            w.WriteString("rule", v.Rule);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    /// <summary>start, end (exclusive) and the characters they cover, exactly as in the dispatch.</summary>
    private static void WriteRange(Utf8JsonWriter w, string text, TextRange range)
    {
        w.WriteNumber("start", range.Start);
        w.WriteNumber("end", range.End);
        w.WriteString("text", range.SpanOf(text));
    }

    private static void WriteSpanFields(Utf8JsonWriter w, DateSpan span)
    {
        w.WriteString("from", Format.Day(span.From));
        w.WriteString("to", Format.Day(span.To));
        w.WriteNumber("time_precision", (int)span.Precision);
    }

    /// <summary>An actor as <c>{"id","name","inter"}</c>, or null (shared with the HTTP API).</summary>
    public static void WriteActor(Utf8JsonWriter w, string name, Actor? actor)
    {
        if (actor is null)
        {
            w.WriteNull(name);
            return;
        }
        w.WritePropertyName(name);
        WriteActorValue(w, actor);
    }

    private static void WriteActors(Utf8JsonWriter w, string name, IReadOnlyList<Actor> actors)
    {
        w.WriteStartArray(name);
        foreach (var a in actors)
            WriteActorValue(w, a);
        w.WriteEndArray();
    }

    private static void WriteActorValue(Utf8JsonWriter w, Actor a)
    {
        w.WriteStartObject();
        w.WriteString("id", a.Id);
        w.WriteString("name", a.Name);
        w.WriteNumber("inter", (int)a.Inter);
        w.WriteEndObject();
    }

    private static void WritePlace(Utf8JsonWriter w, string name, Place p)
    {
        var country = Countries.Find(p.CountryCode);
        w.WriteStartObject(name);
        w.WriteString("id", p.Id);
        w.WriteString("name", p.Name);
        w.WriteString("kind", p.Kind.ToString().ToLowerInvariant());
        w.WriteNumber("latitude", p.Latitude);
        w.WriteNumber("longitude", p.Longitude);
        w.WriteString("country_code", p.CountryCode);
        NumberOrNull(w, "iso", country?.Numeric);
        w.WriteString("country", country?.Name);
        w.WriteString("region", country?.Region);
        w.WriteString("admin1", p.Admin.Admin1);
        w.WriteString("admin1_pcode", p.Admin.Admin1PCode);
        w.WriteString("admin2", p.Admin.Admin2);
        w.WriteString("admin2_pcode", p.Admin.Admin2PCode);
        w.WriteString("admin3", p.Admin.Admin3);
        w.WriteString("admin3_pcode", p.Admin.Admin3PCode);
        w.WriteNumber("population", p.Population);
        w.WriteEndObject();
    }

    /// <summary>A figure as <c>{"low","best","high","qualifier"}</c>, or null (shared with the HTTP API).</summary>
    public static void WriteQuantity(Utf8JsonWriter w, string name, Quantity? q)
    {
        if (q is null)
        {
            w.WriteNull(name);
            return;
        }
        w.WriteStartObject(name);
        w.WriteNumber("low", q.Low);
        w.WriteNumber("best", q.Best);
        w.WriteNumber("high", q.High);
        w.WriteString("qualifier", Qualifier(q.Qualifier));
        w.WriteEndObject();
    }

    public static string Qualifier(QuantityQualifier q) => q switch
    {
        QuantityQualifier.Exact => "exact",
        QuantityQualifier.Approximate => "approximate",
        QuantityQualifier.AtLeast => "at_least",
        QuantityQualifier.AtMost => "at_most",
        QuantityQualifier.Vague => "vague",
        _ => throw new ArgumentOutOfRangeException(nameof(q), q, null),
    };

    private static void NumberOrNull(Utf8JsonWriter w, string name, int? value)
    {
        if (value is int v)
            w.WriteNumber(name, v);
        else
            w.WriteNull(name);
    }
}
