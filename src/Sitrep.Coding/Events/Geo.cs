using Sitrep.Core.Model;
using static Sitrep.Core.Model.PlaceGeometry;

namespace Sitrep.Coding.Events;

/// <summary>When two places of one dispatch are one place, or near enough to share unnamed sides (distances in <see cref="PlaceGeometry"/>).</summary>
internal static class Geo
{
    /// <summary>One place lies in or is the other: same point, a point within a city's reach, or a point in an area.</summary>
    public static bool Nested(Place a, Place b)
    {
        // "a village east of al-Bab" and "the outskirts of Manbij": an offset point is a point a few kilometres wide, that
        // also reaches the town it was set off from ("in Kafr Takharim" and "south-west of Kafr Takharim").
        if ((IsOffsetPoint(a) || IsOffsetPoint(b)) && (IsOffsetPoint(a) || !IsArea(a)) && (IsOffsetPoint(b) || !IsArea(b)))
            return (OffsetAnchor(a) ?? a.Id) == (OffsetAnchor(b) ?? b.Id) || Km(a, b) <= OffsetPointReachKm;
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
}
