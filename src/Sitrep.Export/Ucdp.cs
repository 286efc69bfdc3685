using Sitrep.Core.Model;

namespace Sitrep.Export;

/// <summary>UCDP GED's codes, derived from an event's own fields (see the UCDP GED codebook).</summary>
public static class Ucdp
{
    /// <summary>UCDP's type_of_violence: see <see cref="Sitrep.Merge.UcdpCodes.TypeOfViolence"/>.</summary>
    public static int? TypeOfViolence(EventRecord e) => Sitrep.Merge.UcdpCodes.TypeOfViolence(e);

    /// <summary>
    /// UCDP's where_prec from a location: 1 the place itself, 2 within about 25 km of it, 3 a district (admin2),
    /// 4 a governorate (admin1), 6 the country. Null when unplaced.
    /// </summary>
    public static int? WherePrecision(EventLocation? where) => where is null ? null : where.Place.Kind switch
    {
        PlaceKind.Country => 6,
        PlaceKind.Admin1 or PlaceKind.Region => 4,
        PlaceKind.Admin2 or PlaceKind.Admin3 => 3,
        _ => where.GeoPrecision <= 1 && where.UncertaintyKm <= 1 ? 1 : where.UncertaintyKm <= 25 && where.GeoPrecision <= 2 ? 2 : 3,
    };

    /// <summary>UCDP's date_prec from a span: 1 one day, 2 two to six days, 3 a week, 4 a month, 5 longer. Null when undated.</summary>
    public static int? DatePrecision(DateSpan? when) => when?.Days switch
    {
        null => null,
        1 => 1,
        <= 6 => 2,
        <= 8 => 3,
        <= 31 => 4,
        _ => 5,
    };
}
