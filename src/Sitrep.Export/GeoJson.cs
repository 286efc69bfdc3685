using System.Text.Json;

namespace Sitrep.Export;

/// <summary>GeoJSON pieces shared by the file exports and the HTTP API.</summary>
public static class GeoJson
{
    /// <summary>A Point geometry value (RFC 7946: longitude first), rounded to 6 decimals (about 0.1 m).</summary>
    public static void WritePoint(Utf8JsonWriter w, double latitude, double longitude)
    {
        w.WriteStartObject();
        w.WriteString("type", "Point");
        w.WriteStartArray("coordinates");
        w.WriteNumberValue(Math.Round(longitude, 6));
        w.WriteNumberValue(Math.Round(latitude, 6));
        w.WriteEndArray();
        w.WriteEndObject();
    }
}
