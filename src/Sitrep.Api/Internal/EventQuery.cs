using System.Globalization;
using Microsoft.AspNetCore.Http;
using NodaTime;
using NodaTime.Text;

namespace Sitrep.Api.Internal;

/// <summary>The output formats of <c>GET /api/events</c>.</summary>
internal enum EventFormat
{
    Json,
    GeoJson,
    Csv,
}

/// <summary>
/// The filters and page of <c>GET /api/events</c>, validated. Dates are inclusive days; an event matches a date range
/// when its span overlaps it (events without a date never match a date filter). The bounding box is
/// <c>west,south,east,north</c> in degrees. <see cref="Types"/> match the event type exactly (case-insensitive);
/// <see cref="Actor"/> and <see cref="Place"/> are case-insensitive substrings of an actor's name or id, and of the
/// location or its governorate; <see cref="Admin1"/> is a governorate P-code (<c>SY04</c>).
/// </summary>
internal sealed record EventQuery(
    LocalDate? From,
    LocalDate? To,
    (double West, double South, double East, double North)? Box,
    IReadOnlySet<string> Types,
    string? Actor,
    string? Admin1,
    string? Place,
    int Offset,
    int Limit,
    EventFormat Format)
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 5000;

    public static readonly string[] Known = ["from", "to", "bbox", "type", "actor", "admin1", "place", "offset", "limit", "format"];

    /// <summary>Reads the query string; bad input is an <see cref="ApiError"/>, never an exception.</summary>
    public static (EventQuery? Query, ApiError? Error) Parse(IQueryCollection q)
    {
        foreach (var key in q.Keys)
            if (!Known.Contains(key, StringComparer.Ordinal))
                return (null, ApiError.UnknownParameter(key, Known));
        foreach (var key in q.Keys)
            if (key != "type" && q[key].Count > 1)
                return (null, ApiError.BadParameter(key, $"'{key}' is given {q[key].Count} times; give it once"));

        var (from, e1) = Date(q, "from");
        if (e1 is not null) return (null, e1);
        var (to, e2) = Date(q, "to");
        if (e2 is not null) return (null, e2);
        if (from is LocalDate f && to is LocalDate t && t < f)
            return (null, ApiError.BadParameter("to", $"'to' ({Iso(t)}) is before 'from' ({Iso(f)})"));

        (double, double, double, double)? box = null;
        if (Single(q, "bbox") is string b)
        {
            var parts = b.Split(',');
            var nums = new double[4];
            if (parts.Length != 4 || !parts.Select((p, i) => double.TryParse(p.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out nums[i]) && double.IsFinite(nums[i])).All(ok => ok))
                return (null, ApiError.BadParameter("bbox", $"'bbox' must be four numbers west,south,east,north (degrees), got '{ApiError.Clip(b)}'"));
            if (nums[0] < -180 || nums[2] > 180 || nums[1] < -90 || nums[3] > 90 || nums[0] > nums[2] || nums[1] > nums[3])
                return (null, ApiError.BadParameter("bbox", "'bbox' must have -180 ≤ west ≤ east ≤ 180 and -90 ≤ south ≤ north ≤ 90"));
            box = (nums[0], nums[1], nums[2], nums[3]);
        }

        var types = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var v in q["type"])
            foreach (var type in (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                types.Add(type);

        var actor = Text(q, "actor");
        var place = Text(q, "place");
        var admin1 = Text(q, "admin1");
        if (admin1 is not null && !(admin1.Length is >= 3 and <= 12 && admin1.All(char.IsAsciiLetterOrDigit)))
            return (null, ApiError.BadParameter("admin1", $"'admin1' is a governorate P-code such as SY04 (letters and digits), got '{ApiError.Clip(admin1)}'"));

        var (offset, e3) = Int(q, "offset", 0, 0, int.MaxValue);
        if (e3 is not null) return (null, e3);
        var (limit, e4) = Int(q, "limit", DefaultLimit, 1, MaxLimit);
        if (e4 is not null) return (null, e4);

        var format = EventFormat.Json;
        if (Single(q, "format") is string fmt)
        {
            switch (fmt.ToLowerInvariant())
            {
                case "json": format = EventFormat.Json; break;
                case "geojson": format = EventFormat.GeoJson; break;
                case "csv": format = EventFormat.Csv; break;
                default: return (null, ApiError.BadParameter("format", $"'format' is json, geojson or csv, got '{ApiError.Clip(fmt)}'"));
            }
        }
        return (new EventQuery(from, to, box, types, actor, admin1?.ToUpperInvariant(), place, offset, limit, format), null);
    }

    public static string Iso(LocalDate d) => LocalDatePattern.Iso.Format(d);

    /// <summary>Reads an ISO day (<c>YYYY-MM-DD</c>); absent is null.</summary>
    public static (LocalDate? Date, ApiError? Error) Date(IQueryCollection q, string name)
    {
        var s = Single(q, name);
        if (s is null)
            return (null, null);
        var r = LocalDatePattern.Iso.Parse(s.Trim());
        return r.Success ? (r.Value, null) : (null, ApiError.BadParameter(name, $"'{name}' must be a day YYYY-MM-DD, got '{ApiError.Clip(s)}'"));
    }

    private static (int Value, ApiError? Error) Int(IQueryCollection q, string name, int fallback, int min, int max)
    {
        var s = Single(q, name);
        if (s is null)
            return (fallback, null);
        if (!int.TryParse(s.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out int n) || n < min || n > max)
            return (0, ApiError.BadParameter(name, $"'{name}' must be a whole number from {min} to {max}, got '{ApiError.Clip(s)}'"));
        return (n, null);
    }

    private static string? Single(IQueryCollection q, string name) => q.TryGetValue(name, out var v) && v.Count > 0 && !string.IsNullOrWhiteSpace(v[0]) ? v[0] : null;

    private static string? Text(IQueryCollection q, string name) => Single(q, name)?.Trim();
}
