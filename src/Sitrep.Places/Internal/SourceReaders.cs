using System.Globalization;
using System.Text;
using System.Text.Json;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;
using Sitrep.Core.Model;

namespace Sitrep.Places.Internal;

/// <summary>What kind of import a file is, told from its name and first bytes.</summary>
internal enum SourceKind
{
    Unknown,
    GeoNamesDump,
    AlternateNames,
    Admin1Codes,
    GeoJson,
}

internal static class SourceReaders
{
    /// <summary>Countries whose places of every feature class are kept from a full dump (the rest keep only populated places and admin areas).</summary>
    public static readonly HashSet<string> Region = ["SY", "LB", "IQ", "TR", "JO", "IL", "PS"];

    public static SourceKind Detect(string path)
    {
        var name = Path.GetFileName(path).ToLowerInvariant();
        if (name.EndsWith(".geojson") || name.EndsWith(".json"))
            return SourceKind.GeoJson;
        if (name.StartsWith("alternatenames"))
            return SourceKind.AlternateNames;
        if (name.StartsWith("admin1codes"))
            return SourceKind.Admin1Codes;
        using var reader = new StreamReader(path, Encoding.UTF8);
        var line = reader.ReadLine();
        while (line is not null && line.StartsWith('#'))
            line = reader.ReadLine();
        if (line is null)
            return SourceKind.Unknown;
        if (line.TrimStart().StartsWith('{'))
            return SourceKind.GeoJson;
        var cols = line.Split('\t');
        if (cols.Length >= 15 && long.TryParse(cols[0], out _))
            return SourceKind.GeoNamesDump;
        if (cols.Length is >= 4 and <= 10 && long.TryParse(cols[0], out _) && long.TryParse(cols[1], out _))
            return SourceKind.AlternateNames;
        if (cols.Length >= 3 && cols[0].Length >= 4 && cols[0][2] == '.')
            return SourceKind.Admin1Codes;
        return SourceKind.Unknown;
    }

    /// <summary>Reads a GeoNames dump (cities500.txt, allCountries.txt, SY.txt: 19 tab-separated columns).</summary>
    public static int ReadGeoNames(string path, List<PlaceDraft> places, IProgress<string>? progress)
    {
        int kept = 0;
        long lines = 0;
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            if (++lines % 1_000_000 == 0)
                progress?.Report($"{Path.GetFileName(path)}: {lines:N0} lines");
            if (line.Length == 0 || line[0] == '#')
                continue;
            var c = line.Split('\t');
            if (c.Length < 15 || !long.TryParse(c[0], out var id))
                continue;
            string fclass = c[6], fcode = c[7], cc = c[8];
            if (fclass is not ("P" or "A") && !Region.Contains(cc))
                continue;
            if (fclass == "A" && !fcode.StartsWith("ADM") && !fcode.StartsWith("PCL"))
                continue;
            if (!double.TryParse(c[4], NumberStyles.Float, CultureInfo.InvariantCulture, out var lat) ||
                !double.TryParse(c[5], NumberStyles.Float, CultureInfo.InvariantCulture, out var lon))
                continue;
            long.TryParse(c[14], out var pop);
            var d = new PlaceDraft
            {
                Id = "geonames:" + c[0],
                Name = c[1],
                Kind = KindOf(fclass, fcode),
                FeatureCode = fclass + "." + fcode,
                Country = cc,
                Lat = lat,
                Lon = lon,
                Population = pop,
                Admin1 = c[10].Length > 0 ? cc + "." + c[10] : "",
                Source = PlaceSource.GeoNames,
                GeonameId = id,
            };
            d.Names.Add(c[1]);
            if (c[2].Length > 0)
                d.Names.Add(c[2]);
            if (c[3].Length > 0)
                foreach (var alt in c[3].Split(','))
                    if (IsLatin(alt))
                        d.Names.Add(alt);
            places.Add(d);
            kept++;
        }
        return kept;
    }

    private static PlaceKind KindOf(string fclass, string fcode) => fclass switch
    {
        "P" when fcode is "PPLX" => PlaceKind.Neighbourhood,
        "P" => PlaceKind.Populated,
        "A" when fcode == "ADM1" => PlaceKind.Admin1,
        "A" when fcode == "ADM2" => PlaceKind.Admin2,
        "A" when fcode.StartsWith("ADM") => PlaceKind.Admin3,
        "A" => PlaceKind.Country,
        "L" => PlaceKind.Region,
        _ => PlaceKind.Feature,
    };

    /// <summary>Reads alternateNamesV2.txt rows for places already read; language codes that are not names (links, post codes, airport codes) are skipped.</summary>
    public static int ReadAlternateNames(string path, Dictionary<long, PlaceDraft> byGeonameId)
    {
        int added = 0;
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            var c = line.Split('\t');
            if (c.Length < 4 || !long.TryParse(c[1], out var gid) || !byGeonameId.TryGetValue(gid, out var d))
                continue;
            if (c[2] is "link" or "post" or "iata" or "icao" or "faac" or "unlc" or "wkdt" or "phon" or "fr_1793")
                continue;
            if (c.Length > 7 && c[7] == "1")
                continue; // historic
            if (IsLatin(c[3]) && d.Names.Add(c[3]))
                added++;
        }
        return added;
    }

    /// <summary>Reads admin1CodesASCII.txt ("SY.01\tName\tasciiname\tid") into code → name.</summary>
    public static void ReadAdmin1Codes(string path, Dictionary<string, string> names)
    {
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            var c = line.Split('\t');
            if (c.Length >= 2 && c[0].Contains('.'))
                names[c[0]] = c.Length > 2 && c[2].Length > 0 ? c[2] : c[1];
        }
    }

    /// <summary>
    /// Reads an OCHA COD-AB GeoJSON file: governorates (PCODE SY01..), districts (ADMIN1_COD present), community
    /// points (LATITUDE/ADMIN3_COD) or Damascus neighbourhoods (HAY_EN). Bytes that are not valid UTF-8 (a few
    /// truncated Arabic names) are read as U+FFFD instead of failing the file.
    /// </summary>
    public static (int Places, int Shapes) ReadOcha(string path, List<PlaceDraft> places, List<AdminShape> shapes, Dictionary<string, string> adminNames,
        IReadOnlyDictionary<string, string[]> qualifiers)
    {
        var text = new UTF8Encoding(false, false).GetString(File.ReadAllBytes(path));
        using var doc = JsonDocument.Parse(text);
        var options = new JsonSerializerOptions();
        options.Converters.Add(new GeoJsonConverterFactory());
        int np = 0, ns = 0;
        if (!doc.RootElement.TryGetProperty("features", out var features))
            return (0, 0);
        foreach (var f in features.EnumerateArray())
        {
            if (!f.TryGetProperty("properties", out var p) || p.ValueKind != JsonValueKind.Object)
                continue;
            Geometry? geom = null;
            if (f.TryGetProperty("geometry", out var g) && g.ValueKind == JsonValueKind.Object)
                geom = g.Deserialize<Geometry>(options);
            if (Str(p, "HAY_EN") is { } hay)
            {
                if (geom is null || hay.Length == 0 || hay.Equals("Unknown", StringComparison.OrdinalIgnoreCase))
                    continue;
                var code = Str(p, "HAY_PCODE") ?? "";
                shapes.Add(new AdminShape(5, code, hay, Str(p, "CITY_PCODE") ?? "", geom));
                var pt = geom.InteriorPoint;
                var d = new PlaceDraft { Id = "ocha:" + code, Name = Clean(hay), Kind = PlaceKind.Neighbourhood, Country = "SY", Lat = pt.Y, Lon = pt.X, Source = PlaceSource.Ocha, FeatureCode = "OCHA.ADM5" };
                d.Names.Add(d.Name);
                places.Add(d);
                np++;
                ns++;
                continue;
            }
            var pcode = Str(p, "PCODE");
            var nameEn = Str(p, "NAME_EN");
            if (pcode is null || nameEn is null)
                continue;
            if (p.TryGetProperty("LATITUDE", out _) || Str(p, "ADMIN3_COD") is not null)
            {
                double lat = Num(p, "LATITUDE") ?? geom?.Coordinate?.Y ?? double.NaN;
                double lon = Num(p, "LONGITUDE") ?? geom?.Coordinate?.X ?? double.NaN;
                if (double.IsNaN(lat) || double.IsNaN(lon))
                    continue;
                var d = new PlaceDraft
                {
                    Id = "ocha:" + pcode, Name = Clean(nameEn), Kind = PlaceKind.Populated, Country = "SY", Lat = lat, Lon = lon,
                    Admin1 = Str(p, "ADMIN1_COD") ?? "", Admin2 = Str(p, "ADMIN2_COD") ?? "", Admin3 = Str(p, "ADMIN3_COD") ?? "",
                    CapitalLevel = (byte)(Num(p, "CAPIT_LVL") ?? 0), Source = PlaceSource.Ocha, FeatureCode = "OCHA.ADM4",
                };
                AddOchaNames(d, nameEn, qualifiers);
                if (Str(p, "NAM_EN_REF") is { } refName)
                    AddOchaNames(d, refName, qualifiers);
                if (d.Admin3.Length > 0 && Str(p, "ADMIN3_EN") is { } a3)
                    adminNames.TryAdd(d.Admin3, a3);
                places.Add(d);
                np++;
                continue;
            }
            if (geom is null)
                continue;
            byte level = (byte)(Str(p, "ADMIN1_COD") is not null ? 2 : 1);
            var parent = Str(p, "ADMIN1_COD") ?? "";
            adminNames[pcode] = nameEn;
            shapes.Add(new AdminShape(level, pcode, nameEn, parent, geom));
            var rep = geom.InteriorPoint;
            var area = new PlaceDraft
            {
                Id = "ocha:" + pcode, Name = nameEn, Kind = level == 1 ? PlaceKind.Admin1 : PlaceKind.Admin2, Country = "SY",
                Lat = rep.Y, Lon = rep.X, Admin1 = level == 1 ? pcode : parent, Admin2 = level == 2 ? pcode : "",
                Source = PlaceSource.Ocha, FeatureCode = level == 1 ? "OCHA.ADM1" : "OCHA.ADM2",
            };
            area.Names.Add(nameEn);
            if (Str(p, "NAM_EN_REF") is { } r && r.Length > 0)
                area.Names.Add(r);
            places.Add(area);
            np++;
            ns++;
        }
        return (np, ns);
    }

    /// <summary>
    /// OCHA community names: "A - B" and "A / B" name two places joined in one community (both are kept), the
    /// article is often glued in ("Deir Elhajar": the unglued spelling is added beside it), and a qualifier is
    /// translated and put first ("Eastern Deir": "Deir Sharqi" and the other transliterations of
    /// <paramref name="qualifiers"/> are added).
    /// </summary>
    internal static void AddOchaNames(PlaceDraft d, string raw, IReadOnlyDictionary<string, string[]> qualifiers)
    {
        foreach (var part0 in raw.Split([" - ", " / ", "/"], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var part = Clean(part0);
            if (part.Length == 0)
                continue;
            d.Names.Add(part);
            var words = part.Split(' ');
            bool changed = false;
            for (int i = 0; i < words.Length; i++)
            {
                var w = words[i];
                if (w.Length >= 5 && (w.StartsWith("El", StringComparison.Ordinal) || w.StartsWith("Al", StringComparison.Ordinal) && i > 0) && char.IsLower(w[2]))
                {
                    words[i] = "al-" + w[2..];
                    changed = true;
                }
            }
            if (changed)
                d.Names.Add(string.Join(' ', words));
            AddQualifiedNames(d, words, qualifiers);
        }
    }

    /// <summary>"Upper Big Um Jfar" → "Um Jfar Foqani Kabir" and the other spellings: leading qualifiers move to the end, in order.</summary>
    private static void AddQualifiedNames(PlaceDraft d, string[] words, IReadOnlyDictionary<string, string[]> qualifiers)
    {
        int lead = 0;
        while (lead < words.Length - 1 && qualifiers.ContainsKey(words[lead]))
            lead++;
        if (lead == 0)
            return;
        var rest = string.Join(' ', words[lead..]);
        var tails = new List<string> { "" };
        for (int q = 0; q < lead; q++)
            tails = tails.SelectMany(t => qualifiers[words[q]].Select(a => t.Length == 0 ? a : t + " " + a)).Take(64).ToList();
        foreach (var tail in tails)
            d.Names.Add(rest + " " + tail);
    }

    private static string Clean(string s) => s.Replace('\uFFFD', ' ').Replace("  ", " ").Trim();

    private static string? Str(JsonElement p, string name) =>
        p.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static double? Num(JsonElement p, string name) =>
        p.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : null;

    /// <summary>True when a name is written in Latin script (the only names a French or English text can contain).</summary>
    public static bool IsLatin(string s)
    {
        if (s.Length < 2)
            return false;
        int letters = 0;
        foreach (char c in s)
        {
            if (char.IsLetter(c))
            {
                if (c > 0x24F && c is not (>= '\u1E00' and <= '\u1EFF') && c is not (>= '\u02B0' and <= '\u02FF'))
                    return false;
                letters++;
            }
        }
        return letters >= 2;
    }
}
