namespace Sitrep.Core.Model;

/// <summary>What kind of thing a place is.</summary>
public enum PlaceKind
{
    Country,
    Admin1,
    Admin2,
    Admin3,
    Populated,
    Neighbourhood,
    Region,
    Feature,
}

/// <summary>Administrative attachment of a point: names and (in Syria) OCHA P-codes.</summary>
public sealed record AdminAreas(
    string? Admin1,
    string? Admin1PCode,
    string? Admin2 = null,
    string? Admin2PCode = null,
    string? Admin3 = null,
    string? Admin3PCode = null);

/// <summary>A gazetteer entry.</summary>
public sealed record Place(
    string Id,
    string Name,
    PlaceKind Kind,
    double Latitude,
    double Longitude,
    string CountryCode,
    AdminAreas Admin,
    long Population = 0);

/// <summary>How a place was resolved, or why it was not. An unresolved name is an answer, not a dropped mention.</summary>
public abstract record PlaceResolution;

/// <summary>
/// A resolved place. <see cref="GeoPrecision"/> is ACLED's: 1 the place itself, 2 near it or part of a region, 3 a larger area.
/// <see cref="UncertaintyKm"/> is the radius within which the event lies (0 when the place itself is meant).
/// </summary>
public sealed record Resolved(Place Place, double Score, int GeoPrecision, double UncertaintyKm, string Rule) : PlaceResolution;

public sealed record Unresolved(string Reason) : PlaceResolution;

/// <summary>A place name found in the text and what it resolved to.</summary>
public sealed record PlaceMention(TextRange Range, string Surface, PlaceResolution Resolution);
