using Sitrep.Core.Model;

namespace Sitrep.Coding.Events;

/// <summary>Distances and containment between resolved places, for inheritance and merging.</summary>
internal static class Geo
{
    public static double Km(Place a, Place b)
    {
        const double r = 6371.0;
        double p1 = a.Latitude * Math.PI / 180, p2 = b.Latitude * Math.PI / 180;
        double dp = p2 - p1, dl = (b.Longitude - a.Longitude) * Math.PI / 180;
        double h = Math.Sin(dp / 2) * Math.Sin(dp / 2) + Math.Cos(p1) * Math.Cos(p2) * Math.Sin(dl / 2) * Math.Sin(dl / 2);
        return 2 * r * Math.Asin(Math.Sqrt(h));
    }

    public static bool IsArea(Place p) => p.Kind is PlaceKind.Admin1 or PlaceKind.Admin2 or PlaceKind.Admin3 or PlaceKind.Region or PlaceKind.Country;

    /// <summary>How far from its point a place reaches: a large city covers its neighbourhoods.</summary>
    public static double ReachKm(Place p) => p.Kind switch
    {
        PlaceKind.Populated when p.Population >= 1_000_000 => 12,
        PlaceKind.Populated when p.Population >= 100_000 => 6,
        _ => 2,
    };

    /// <summary>One place lies in or is the other: same point, a point within a city's reach, or a point in an area.</summary>
    public static bool Nested(Place a, Place b)
    {
        if (IsArea(a) || IsArea(b))
        {
            var (area, other) = IsArea(a) ? (a, b) : (b, a);
            return SameAdmin1(area, other) && (!IsArea(other) || Specificity(other) <= Specificity(area) || SameAdmin1(a, b));
        }
        return Km(a, b) <= Math.Max(2, Math.Max(ReachKm(a), ReachKm(b)));
    }

    /// <summary>Close enough that an unnamed side or place carries over from one to the other.</summary>
    public static bool Near(Place a, Place b) =>
        IsArea(a) || IsArea(b) ? SameAdmin1(a, b) : Km(a, b) <= 25;

    public static bool SameAdmin1(Place a, Place b) =>
        a.Admin.Admin1PCode is { } pa && b.Admin.Admin1PCode is { } pb ? pa == pb
        : a.Admin.Admin1 is { } na && b.Admin.Admin1 is { } nb && string.Equals(na, nb, StringComparison.OrdinalIgnoreCase) && a.CountryCode == b.CountryCode;

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
