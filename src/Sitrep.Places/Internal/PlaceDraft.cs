using NetTopologySuite.Geometries;
using Sitrep.Core.Model;

namespace Sitrep.Places.Internal;

/// <summary>Where a gazetteer entry came from; several flags when merged.</summary>
[Flags]
internal enum PlaceSource : byte
{
    None = 0,
    GeoNames = 1,
    Ocha = 2,
    Curated = 4,
}

/// <summary>A place as the compiler assembles it from the imports, before it is written to the index.</summary>
internal sealed class PlaceDraft
{
    public required string Id;
    public required string Name;
    public PlaceKind Kind;
    public string FeatureCode = "";
    public string Country = "";
    public double Lat;
    public double Lon;
    public long Population;
    public string Admin1 = "";
    public string Admin2 = "";
    public string Admin3 = "";
    /// <summary>OCHA CAPIT_LVL: 1 governorate capital, 2 district, 3 sub-district; 0 none.</summary>
    public byte CapitalLevel;
    /// <summary>For a curated region: the radius (km) within which a mention of it lies.</summary>
    public float RadiusKm;
    public PlaceSource Source;
    public long GeonameId;
    /// <summary>Every name the place is known by (raw spellings; keyed when written).</summary>
    public readonly HashSet<string> Names = new(StringComparer.Ordinal);
    /// <summary>Names from the curated exonym table (their keys mark the entry as curated at lookup).</summary>
    public readonly HashSet<string> CuratedNames = new(StringComparer.Ordinal);
    public bool Removed;
    /// <summary>The entry a removed draft was folded into (its names and its id's exonyms go there).</summary>
    public PlaceDraft? MergedInto;
}

/// <summary>An administrative polygon kept in the index for point-in-polygon: level 1 governorate, 2 district, 5 neighbourhood.</summary>
internal sealed record AdminShape(byte Level, string PCode, string Name, string ParentPCode, Geometry Geometry);
