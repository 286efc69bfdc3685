using Sitrep.Core.Model;
using static Sitrep.Core.Model.PlaceGeometry;

namespace Sitrep.Merge.Internal;

/// <summary>Nesting of places across dispatches (distances and sizes in <see cref="PlaceGeometry"/>).</summary>
internal static class Geo
{
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
