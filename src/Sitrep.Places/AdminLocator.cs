using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;
using NetTopologySuite.Index.Strtree;
using Sitrep.Core.Model;
using Sitrep.Places.Internal;

namespace Sitrep.Places;

/// <summary>
/// Point → administrative areas by point-in-polygon over the OCHA governorate (admin1) and district (admin2)
/// polygons of the gazetteer, through an STR-tree of prepared geometries. Names are the OCHA English names
/// ("Rural Damascus", "Idleb") and P-codes ("SY03", "SY0301"). A point outside every polygon (outside Syria,
/// or a gazetteer compiled without OCHA files) gets no areas.
/// </summary>
public sealed class AdminLocator
{
    private readonly STRtree<Entry> _tree = new();
    private readonly Dictionary<string, Entry> _byCode = new(StringComparer.Ordinal);
    private readonly IReadOnlyDictionary<string, string> _names;
    private static readonly GeometryFactory Factory = new(new PrecisionModel(), 4326);

    private sealed record Entry(byte Level, string PCode, string Name, string Parent, Geometry Geometry, IPreparedGeometry Prepared);

    internal AdminLocator(IEnumerable<AdminShape> shapes, IReadOnlyDictionary<string, string> adminNames)
    {
        _names = adminNames;
        foreach (var s in shapes)
        {
            if (s.Level is not (1 or 2))
                continue;
            var e = new Entry(s.Level, s.PCode, s.Name, s.ParentPCode, s.Geometry, PreparedGeometryFactory.Prepare(s.Geometry));
            _tree.Insert(s.Geometry.EnvelopeInternal, e);
            _byCode[s.PCode] = e;
        }
        _tree.Build();
    }

    /// <summary>True when the gazetteer carried administrative polygons.</summary>
    public bool HasPolygons => _byCode.Count > 0;

    /// <summary>The governorate and district containing the point, or null when no polygon contains it.</summary>
    public AdminAreas? Locate(double latitude, double longitude)
    {
        if (_byCode.Count == 0)
            return null;
        var pt = Factory.CreatePoint(new Coordinate(longitude, latitude));
        Entry? a1 = null, a2 = null;
        foreach (var e in _tree.Query(pt.EnvelopeInternal))
        {
            if (!e.Prepared.Covers(pt))
                continue;
            if (e.Level == 1) a1 = e;
            else a2 = e;
        }
        if (a1 is null && a2 is not null && _byCode.TryGetValue(a2.Parent, out var parent))
            a1 = parent;
        if (a1 is null)
            return null;
        return new AdminAreas(a1.Name, a1.PCode, a2?.Name, a2?.PCode);
    }

    /// <summary>The English name of an OCHA P-code (governorate, district, sub-district), or null.</summary>
    public string? NameOf(string pcode) => _names.TryGetValue(pcode, out var n) ? n : null;

    /// <summary>The polygon of a governorate or district by its P-code, or null.</summary>
    public Geometry? Geometry(string pcode) => _byCode.TryGetValue(pcode, out var e) ? e.Geometry : null;

    /// <summary>The union of the governorate polygons: the whole country.</summary>
    internal Geometry? Country()
    {
        var parts = _byCode.Values.Where(e => e.Level == 1).Select(e => e.Geometry).ToList();
        if (parts.Count == 0)
            return null;
        return _country ??= NetTopologySuite.Operation.Union.CascadedPolygonUnion.Union(parts.Select(g => g.Buffer(0.001)).ToList());
    }

    private Geometry? _country;
}
