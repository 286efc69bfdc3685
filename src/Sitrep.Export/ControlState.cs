using System.Text.Encodings.Web;
using System.Text.Json;
using Sitrep.Core.Model;
using Sitrep.Export.Internal;
using Sitrep.Merge;

namespace Sitrep.Export;

/// <summary>
/// The state of control at a date (<c>sitrep control --as-of DATE</c>): <c>control-state.csv</c>, one row per
/// period holding that day, and <c>control-state.geojson</c>, the same as features whose geometry is the area's
/// polygon when the caller has it (OCHA admin shapes), else the area's point, else null.
/// <c>from</c>/<c>to</c> are inclusive ISO days (<c>to</c> empty while open); <c>disputed</c> is true when sources
/// of one date disagree; <c>evidence</c> quotes the words behind it, prefixed by the dispatch's external id.
/// </summary>
public static class ControlState
{
    public const string CsvName = "control-state.csv";
    public const string GeoJsonName = "control-state.geojson";

    public static IReadOnlyList<string> Columns { get; } =
        ["area", "admin1", "admin1_pcode", "controller", "share", "from", "to", "disputed", "dispatch_ids", "evidence"];

    /// <summary>Writes the periods. <paramref name="dispatches"/> (by content hash) give the text of the evidence and the external ids.</summary>
    public static void WriteCsv(TextWriter w, IEnumerable<ControlPeriod> periods, IReadOnlyDictionary<string, StoredDispatch> dispatches)
    {
        Csv.WriteRow(w, Columns);
        foreach (var p in periods)
            Csv.WriteRow(w, Row(p, dispatches));
    }

    public static IReadOnlyList<string> Row(ControlPeriod p, IReadOnlyDictionary<string, StoredDispatch> dispatches) =>
    [
        p.Area,
        p.Admin1 ?? "",
        p.Admin1PCode ?? "",
        p.Controller.Name,
        ControlCsv.Share(p.Share),
        Format.Day(p.From),
        Format.Day(p.To),
        p.Disputed ? "true" : "false",
        string.Join(";", p.Evidence.Select(e => External(e.DispatchId, dispatches)).Distinct()),
        Evidence(p, dispatches),
    ];

    /// <summary>
    /// A GeoJSON FeatureCollection of the periods; <paramref name="geometryJson"/> gives an area's geometry as GeoJSON
    /// text (e.g. its governorate polygon), or null to fall back to the area's point.
    /// </summary>
    public static void WriteGeoJson(Stream stream, IEnumerable<ControlPeriod> periods, IReadOnlyDictionary<string, StoredDispatch> dispatches, Func<ControlPeriod, string?>? geometryJson = null)
    {
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        w.WriteStartObject();
        w.WriteString("type", "FeatureCollection");
        w.WriteStartArray("features");
        foreach (var p in periods)
        {
            w.WriteStartObject();
            w.WriteString("type", "Feature");
            w.WritePropertyName("geometry");
            if (geometryJson?.Invoke(p) is { } raw)
                w.WriteRawValue(raw);
            else if (p.Place is { } place)
                GeoJson.WritePoint(w, place.Latitude, place.Longitude);
            else
                w.WriteNullValue();
            w.WriteStartObject("properties");
            var row = Row(p, dispatches);
            for (int i = 0; i < Columns.Count; i++)
            {
                if (Columns[i] == "disputed")
                    w.WriteBoolean("disputed", p.Disputed);
                else
                    w.WriteString(Columns[i], row[i]);
            }
            w.WriteString("area_key", p.Key);
            w.WriteEndObject();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static string External(string dispatchId, IReadOnlyDictionary<string, StoredDispatch> dispatches) =>
        dispatches.TryGetValue(dispatchId, out var d) ? d.Dispatch.ExternalId : dispatchId;

    private static string Evidence(ControlPeriod p, IReadOnlyDictionary<string, StoredDispatch> dispatches) =>
        string.Join(" | ", p.Evidence.GroupBy(e => e.DispatchId).Select(g =>
            dispatches.TryGetValue(g.Key, out var d)
                ? $"{d.Dispatch.ExternalId}: {EvidenceText.Summarize(d.Dispatch.Text, g.Select(x => x.Evidence))}"
                : g.Key));
}
