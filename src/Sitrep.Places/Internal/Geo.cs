namespace Sitrep.Places.Internal;

/// <summary>Great-circle distance and displacement on a sphere of the Earth's mean radius.</summary>
internal static class Geo
{
    private const double R = 6371.0;

    public static double Km(double lat1, double lon1, double lat2, double lon2)
    {
        double p1 = Rad(lat1), p2 = Rad(lat2);
        double a = Math.Pow(Math.Sin((p2 - p1) / 2), 2) + Math.Cos(p1) * Math.Cos(p2) * Math.Pow(Math.Sin(Rad(lon2 - lon1) / 2), 2);
        return 2 * R * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

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
