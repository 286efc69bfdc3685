using Sitrep.Core.Model;

namespace Sitrep.Merge.Internal;

/// <summary>Distances and nesting between resolved places (the cross-dispatch counterpart of the coder's own).</summary>
internal static class Geo
{
    public static double Km(Place a, Place b) => Km(a.Latitude, a.Longitude, b.Latitude, b.Longitude);

    public static double Km(double lat1, double lon1, double lat2, double lon2)
    {
        const double r = 6371.0;
        double p1 = lat1 * Math.PI / 180, p2 = lat2 * Math.PI / 180;
        double dp = p2 - p1, dl = (lon2 - lon1) * Math.PI / 180;
        double h = Math.Sin(dp / 2) * Math.Sin(dp / 2) + Math.Cos(p1) * Math.Cos(p2) * Math.Sin(dl / 2) * Math.Sin(dl / 2);
        return 2 * r * Math.Asin(Math.Sqrt(Math.Min(1, h)));
    }

    public static bool IsArea(Place p) => p.Kind is PlaceKind.Admin1 or PlaceKind.Admin2 or PlaceKind.Admin3 or PlaceKind.Region or PlaceKind.Country;

    /// <summary>How far from its point a place reaches: a large city covers its neighbourhoods.</summary>
    public static double ReachKm(Place p) => p.Kind switch
    {
        PlaceKind.Populated when p.Population >= 1_000_000 => 12,
        PlaceKind.Populated when p.Population >= 100_000 => 6,
        _ => 2,
    };

    public static bool SameAdmin1(Place a, Place b) =>
        a.Admin.Admin1PCode is { } pa && b.Admin.Admin1PCode is { } pb ? pa == pb
        : a.Admin.Admin1 is { } na && b.Admin.Admin1 is { } nb && string.Equals(na, nb, StringComparison.OrdinalIgnoreCase) && a.CountryCode == b.CountryCode;

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

    /// <summary>Whether <paramref name="inner"/> lies in the area <paramref name="area"/> (by its administrative attachment).</summary>
    public static bool LiesIn(Place inner, Place area) => area.Kind switch
    {
        PlaceKind.Admin1 => SameAdmin1(inner, area) || string.Equals(inner.Admin.Admin1, area.Name, StringComparison.OrdinalIgnoreCase),
        PlaceKind.Admin2 => SameAdmin2(inner, area) && Specificity(inner) <= Specificity(area),
        PlaceKind.Admin3 => inner.Admin.Admin3PCode is { } p && p == area.Admin.Admin3PCode,
        PlaceKind.Region => SameAdmin1(inner, area),
        _ => false,
    };
}
