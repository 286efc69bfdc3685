using System.Globalization;
using NetTopologySuite.Simplify;
using Sitrep.Core.Model;
using Sitrep.Places.Internal;

namespace Sitrep.Places;

/// <summary>What a compilation produced: the index file, counts, and any file it could not use.</summary>
public sealed record CompileResult(string OutputPath, int Places, int Names, int Shapes, IReadOnlyList<string> Problems)
{
    public bool Success => Places > 0;
}

/// <summary>
/// Turns imports into the compact binary gazetteer index (as NodaTime's compiler turns the tz database into a
/// resource). Sources are recognised by name and content: GeoNames dumps (cities500.txt, allCountries.txt, SY.txt),
/// alternateNamesV2.txt, admin1CodesASCII.txt, and OCHA COD-AB GeoJSON files (governorates, districts, community
/// points, Damascus neighbourhoods). The curated exonyms, regions and countries of data/places/ are always added.
/// A GeoNames Syrian town and the OCHA community point of the same name within 8 km become one entry.
/// </summary>
public static class GazetteerCompiler
{
    /// <summary>Compiles the sources into the index file at <paramref name="outputPath"/> (written atomically).</summary>
    public static CompileResult Compile(IEnumerable<string> sourceFiles, string outputPath, IProgress<string>? progress = null)
    {
        var files = sourceFiles.ToList();
        var (index, problems) = BuildIndex(files, progress);
        var dir = Path.GetDirectoryName(Path.GetFullPath(outputPath));
        if (!string.IsNullOrEmpty(dir))
            Directory.CreateDirectory(dir);
        var tmp = outputPath + ".tmp-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
        using (var fs = File.Create(tmp))
            index.Write(fs);
        File.Move(tmp, outputPath, overwrite: true);
        progress?.Report($"wrote {outputPath}: {index.Count:N0} places, {index.NameHash.Length:N0} names");
        return new CompileResult(outputPath, index.Count, index.NameHash.Length, index.Shapes.Count, problems);
    }

    /// <summary>The fingerprint an index compiled from these files carries: each file's full path, size and modification time, and the curated data's hash.</summary>
    public static string Fingerprint(IEnumerable<string> sourceFiles)
    {
        var parts = sourceFiles.Select(Path.GetFullPath).OrderBy(p => p, StringComparer.Ordinal).Select(p =>
        {
            var fi = new FileInfo(p);
            return fi.Exists ? $"{p}|{fi.Length}|{fi.LastWriteTimeUtc.Ticks}" : $"{p}|missing";
        });
        return $"v{GazetteerIndex.Version}.{NameKey.RulesVersion};{CuratedData.Fingerprint()};" + string.Join(";", parts);
    }

    internal static (GazetteerIndex Index, List<string> Problems) BuildIndex(IReadOnlyList<string> files, IProgress<string>? progress)
    {
        var problems = new List<string>();
        var drafts = new List<PlaceDraft>();
        var shapes = new List<AdminShape>();
        var adminNames = new Dictionary<string, string>(StringComparer.Ordinal);
        var qualifiers = CuratedData.Qualifiers();
        var classified = files.Select(f => (File: f, Kind: File.Exists(f) ? SourceReaders.Detect(f) : SourceKind.Unknown)).ToList();
        foreach (var (f, kind) in classified)
        {
            if (!File.Exists(f))
                problems.Add($"{f}: no such file");
            else if (kind == SourceKind.Unknown)
                problems.Add($"{f}: not a GeoNames dump, alternate-names file, admin1 code list or GeoJSON file");
        }
        foreach (var (f, _) in classified.Where(c => c.Kind == SourceKind.GeoNamesDump))
        {
            int n = SourceReaders.ReadGeoNames(f, drafts, progress);
            progress?.Report($"{Path.GetFileName(f)}: {n:N0} places");
        }
        var byGid = drafts.Where(d => d.GeonameId > 0).GroupBy(d => d.GeonameId).ToDictionary(g => g.Key, g => g.First());
        foreach (var (f, _) in classified.Where(c => c.Kind == SourceKind.AlternateNames))
            progress?.Report($"{Path.GetFileName(f)}: {SourceReaders.ReadAlternateNames(f, byGid):N0} names");
        foreach (var (f, _) in classified.Where(c => c.Kind == SourceKind.Admin1Codes))
            SourceReaders.ReadAdmin1Codes(f, adminNames);
        foreach (var (f, _) in classified.Where(c => c.Kind == SourceKind.GeoJson))
        {
            try
            {
                var (np, ns) = SourceReaders.ReadOcha(f, drafts, shapes, adminNames, qualifiers);
                progress?.Report($"{Path.GetFileName(f)}: {np:N0} places, {ns:N0} polygons");
                if (np == 0)
                    problems.Add($"{f}: no OCHA features (expected PCODE/NAME_EN or HAY_EN properties)");
            }
            catch (System.Text.Json.JsonException e)
            {
                problems.Add($"{f}: not valid GeoJSON ({e.Message})");
            }
        }
        // Polygons are simplified to ~50 m: plenty for admin assignment, a fraction of the size.
        for (int i = 0; i < shapes.Count; i++)
            shapes[i] = shapes[i] with { Geometry = TopologyPreservingSimplifier.Simplify(shapes[i].Geometry, 0.0005) };
        var locator = new AdminLocator(shapes, adminNames);
        MergeSyria(drafts, locator);
        AddCurated(drafts, problems);
        var index = GazetteerIndex.Build(drafts, adminNames, shapes, Fingerprint(files));
        return (index, problems);
    }

    /// <summary>
    /// Joins each GeoNames populated place in Syria to the OCHA community point of the same name key within 8 km
    /// (names and population move to the OCHA entry), folds a Damascus neighbourhood into the community point of
    /// the same name within 3 km, and gives every remaining Syrian place its governorate and district by polygon.
    /// </summary>
    private static void MergeSyria(List<PlaceDraft> drafts, AdminLocator locator)
    {
        var ochaPoints = drafts.Where(d => d.Source == PlaceSource.Ocha && d.Kind == PlaceKind.Populated).ToList();
        var byKey = new Dictionary<string, List<PlaceDraft>>(StringComparer.Ordinal);
        foreach (var o in ochaPoints)
            foreach (var k in o.Names.Select(NameKey.Key).Where(k => k.Length > 0).Distinct())
                (byKey.TryGetValue(k, out var l) ? l : byKey[k] = []).Add(o);
        foreach (var d in drafts)
        {
            bool geoNamesTown = d.Source == PlaceSource.GeoNames && d.Country == "SY" && d.Kind == PlaceKind.Populated;
            bool neighbourhood = d.Source == PlaceSource.Ocha && d.Kind == PlaceKind.Neighbourhood;
            if (!geoNamesTown && !neighbourhood)
                continue;
            double limit = geoNamesTown ? 8 : 3;
            PlaceDraft? best = null;
            double bestKm = limit;
            foreach (var k in d.Names.Select(NameKey.Key).Distinct())
            {
                if (!byKey.TryGetValue(k, out var list))
                    continue;
                foreach (var o in list)
                {
                    double km = Geo.Km(d.Lat, d.Lon, o.Lat, o.Lon);
                    if (km <= bestKm)
                        (best, bestKm) = (o, km);
                }
            }
            if (best is null)
                continue;
            best.Names.UnionWith(d.Names);
            best.Population = Math.Max(best.Population, d.Population);
            best.Source |= d.Source;
            if (geoNamesTown && best.GeonameId == 0)
                best.GeonameId = d.GeonameId;
            // A point should lie in the governorate its P-code names. When OCHA's point does not (it sits across the
            // boundary, as Ar-Rastan's does) and GeoNames' point of the same town does, GeoNames' point is kept.
            if (geoNamesTown && locator.HasPolygons && best.Admin1.Length > 0
                && locator.Locate(best.Lat, best.Lon)?.Admin1PCode is { } ochaIn && ochaIn != best.Admin1
                && locator.Locate(d.Lat, d.Lon)?.Admin1PCode == best.Admin1)
                (best.Lat, best.Lon) = (d.Lat, d.Lon);
            d.Removed = true;
            d.MergedInto = best;
        }
        if (!locator.HasPolygons)
            return;
        foreach (var d in drafts)
        {
            if (d.Removed || d.Admin1.StartsWith("SY", StringComparison.Ordinal) && d.Source.HasFlag(PlaceSource.Ocha))
                continue;
            if (d.Country is not ("SY" or "LB" or "IQ" or "TR" or "JO" or "IL" or "PS"))
                continue;
            if (locator.Locate(d.Lat, d.Lon) is { } a && (d.Country == "SY" || d.Kind == PlaceKind.Neighbourhood))
            {
                d.Admin1 = a.Admin1PCode ?? "";
                d.Admin2 = a.Admin2PCode ?? "";
            }
        }
    }

    /// <summary>Adds the curated regions and countries, and the exonyms to the entries they name.</summary>
    private static void AddCurated(List<PlaceDraft> drafts, List<string> problems)
    {
        foreach (var a in CuratedData.Regions().Concat(CuratedData.Countries()))
        {
            var d = new PlaceDraft
            {
                Id = a.Id, Name = a.Names[0], Kind = a.IsCountry ? PlaceKind.Country : PlaceKind.Region,
                Country = a.IsCountry ? a.Id["country:".Length..] : "SY", Lat = a.Lat, Lon = a.Lon, Admin1 = a.Admin1,
                Source = PlaceSource.Curated, FeatureCode = a.IsCountry ? "CURATED.COUNTRY" : "CURATED.REGION", RadiusKm = (float)a.RadiusKm,
            };
            foreach (var n in a.Names)
                d.CuratedNames.Add(n);
            drafts.Add(d);
        }
        var byId = new Dictionary<string, PlaceDraft>(StringComparer.Ordinal);
        foreach (var d in drafts.Where(d => !d.Removed))
        {
            byId.TryAdd(d.Id, d);
            if (d.GeonameId > 0)
                byId.TryAdd("geonames:" + d.GeonameId.ToString(CultureInfo.InvariantCulture), d);
            if (d.Kind is PlaceKind.Admin1 or PlaceKind.Admin2 && d.Id.StartsWith("ocha:", StringComparison.Ordinal))
                byId.TryAdd((d.Kind == PlaceKind.Admin1 ? "admin1:" : "admin2:") + d.Id[5..], d);
        }
        // An exonym of an entry folded into another (a Damascus neighbourhood into the community point of its name) names the survivor.
        foreach (var d in drafts.Where(d => d.Removed && d.MergedInto is { Removed: false }))
            byId.TryAdd(d.Id, d.MergedInto!);
        int missing = 0;
        foreach (var e in CuratedData.Exonyms())
        {
            if (byId.TryGetValue(e.Target, out var d))
                d.CuratedNames.Add(e.Name);
            else
                missing++;
        }
        if (missing > 0 && drafts.Any(d => d.Source.HasFlag(PlaceSource.Ocha)))
            problems.Add($"{missing} exonyms name entries that the imported sources do not contain");
    }
}
