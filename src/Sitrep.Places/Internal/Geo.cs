using Sitrep.Core.Model;

namespace Sitrep.Places.Internal;

/// <summary>Great-circle distance and displacement on a sphere of the Earth's mean radius.</summary>
internal static class Geo
{
    private const double R = 6371.0;

    /// <summary>The distance the coder and the merger use too (<see cref="PlaceGeometry.Km(double, double, double, double)"/>).</summary>
    public static double Km(double lat1, double lon1, double lat2, double lon2) => PlaceGeometry.Km(lat1, lon1, lat2, lon2);

    /// <summary>The point <paramref name="km"/> away on the bearing (degrees clockwise from north).</summary>
    public static (double Lat, double Lon) Displace(double lat, double lon, double km, double bearingDeg)
    {
        double d = km / R, b = Rad(bearingDeg), p1 = Rad(lat), l1 = Rad(lon);
        double p2 = Math.Asin(Math.Sin(p1) * Math.Cos(d) + Math.Cos(p1) * Math.Sin(d) * Math.Cos(b));
        double l2 = l1 + Math.Atan2(Math.Sin(b) * Math.Sin(d) * Math.Cos(p1), Math.Cos(d) - Math.Sin(p1) * Math.Sin(p2));
        return (p2 * 180 / Math.PI, l2 * 180 / Math.PI);
    }

    private static double Rad(double deg) => deg * Math.PI / 180;
}
