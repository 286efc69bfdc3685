namespace Sitrep.Core.Model;

/// <summary>Distances, sizes and administrative nesting of places, shared by the coder and the merger.</summary>
public static class PlaceGeometry
{
    private const double EarthRadiusKm = 6371.0;

    /// <summary>Great-circle distance in kilometres (haversine).</summary>
    public static double Km(double lat1, double lon1, double lat2, double lon2)
    {
        double p1 = lat1 * Math.PI / 180, p2 = lat2 * Math.PI / 180;
        double dp = p2 - p1, dl = (lon2 - lon1) * Math.PI / 180;
        double h = Math.Sin(dp / 2) * Math.Sin(dp / 2) + Math.Cos(p1) * Math.Cos(p2) * Math.Sin(dl / 2) * Math.Sin(dl / 2);
        return 2 * EarthRadiusKm * Math.Asin(Math.Sqrt(Math.Min(1, h)));
    }

    public static double Km(Place a, Place b) => Km(a.Latitude, a.Longitude, b.Latitude, b.Longitude);

    /// <summary>
    /// "southern Syria", "le nord-est du pays": a part of a country, which the place recognizer names by the country's id and
    /// a compass point ("country:SY#south"), with a point inside it.
    /// </summary>
    public static bool IsCountryPart(Place p) => p.Id.StartsWith("country:", StringComparison.Ordinal) && p.Id.Contains('#');

    /// <summary>How far from the point of a country's part a place may lie and still be in that part.</summary>
    public const double CountryPartReachKm = 300;

    /// <summary>
    /// "east of al-Bab", "au nord de Manbij": a point set off from a named town, which the place recognizer names by the
    /// town's id and the new point ("{id}@lat,lon"; a point set off inside a region, "east of the Euphrates", is "{id}~lat,lon").
    /// It is a region only in name: it reaches its town and a few kilometres around its point (<see cref="OffsetPointReachKm"/>),
    /// not its whole governorate.
    /// </summary>
    public static bool IsOffsetPoint(Place p) => p.Kind == PlaceKind.Region && p.Id.Contains('@');

    /// <summary>The id of the town an offset point was set off from, or null for any other place.</summary>
    public static string? OffsetAnchor(Place p) => IsOffsetPoint(p) ? p.Id[..p.Id.IndexOf('@')] : null;

    /// <summary>How far from an offset point another point may lie and still be the same spot, when it was not set off from
    /// the same town: less than the offset itself (10 km).</summary>
    public const double OffsetPointReachKm = 8;

    /// <summary>A governorate, district, sub-district, region or country rather than a point.</summary>
    public static bool IsArea(Place p) => p.Kind is PlaceKind.Admin1 or PlaceKind.Admin2 or PlaceKind.Admin3 or PlaceKind.Region or PlaceKind.Country;

    /// <summary>How far from its point a place reaches: a large city covers its neighbourhoods.</summary>
    public static double ReachKm(Place p) => p.Kind switch
    {
        PlaceKind.Populated when p.Population >= 1_000_000 => 12,
        PlaceKind.Populated when p.Population >= 100_000 => 6,
        _ => 2,
    };

    /// <summary>Same governorate, by P-code when both have one, else by name within one country.</summary>
    public static bool SameAdmin1(Place a, Place b) =>
        a.Admin.Admin1PCode is { } pa && b.Admin.Admin1PCode is { } pb ? pa == pb
        : a.Admin.Admin1 is { } na && b.Admin.Admin1 is { } nb && string.Equals(na, nb, StringComparison.OrdinalIgnoreCase) && a.CountryCode == b.CountryCode;

    /// <summary>Same district, by P-code when both have one, else by name within one governorate.</summary>
    public static bool SameAdmin2(Place a, Place b) =>
        a.Admin.Admin2PCode is { } pa && b.Admin.Admin2PCode is { } pb ? pa == pb
        : a.Admin.Admin2 is { } na && b.Admin.Admin2 is { } nb && string.Equals(na, nb, StringComparison.OrdinalIgnoreCase) && SameAdmin1(a, b);

    /// <summary>Lower is more specific: a neighbourhood before a town, a town before a city, a city before a district or province.</summary>
    public static int Specificity(Place p) => p.Kind switch
    {
        PlaceKind.Neighbourhood => 0,
        PlaceKind.Feature => 1,
        PlaceKind.Populated when p.Population < 100_000 => 1,
        PlaceKind.Populated => 2,
        PlaceKind.Admin3 => 3,
        PlaceKind.Admin2 => 4,
        PlaceKind.Region => 5,
        PlaceKind.Admin1 => 6,
        _ => 7,
    };
}
