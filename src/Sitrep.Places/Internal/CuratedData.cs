using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Sitrep.Core.Data;

namespace Sitrep.Places.Internal;

/// <summary>One row of data/places/exonyms.tsv: a spelling, the languages it is used in, and the entry it names.</summary>
internal sealed record Exonym(string Language, string Name, string Target, string Source);

/// <summary>One row of data/places/regions.tsv or countries.tsv.</summary>
internal sealed record CuratedArea(string Id, double Lat, double Lon, string Admin1, double RadiusKm, IReadOnlyList<string> Names, bool IsCountry);

/// <summary>The curated place data embedded from data/places/: exonyms, named regions and countries.</summary>
internal static class CuratedData
{
    public const string ExonymsPath = "places/exonyms.tsv";
    public const string RegionsPath = "places/regions.tsv";
    public const string CountriesPath = "places/countries.tsv";
    public const string QualifiersPath = "places/qualifiers.tsv";
    public const string GeoNamesAdmin1Path = "places/geonames-admin1.tsv";

    /// <summary>data/places/geonames-admin1.tsv: a GeoNames admin1 code ("SY.10") and the OCHA governorate it is (name, P-code).</summary>
    public static IReadOnlyDictionary<string, (string Name, string PCode)> GeoNamesAdmin1() =>
        DataFiles.ReadLines(GeoNamesAdmin1Path).Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split('\t')).Where(c => c.Length >= 3)
            .ToDictionary(c => c[0], c => (c[1], c[2]), StringComparer.Ordinal);

    public static IReadOnlyList<Exonym> Exonyms() =>
        DataFiles.ReadLines(ExonymsPath).Select(l => l.Split('\t')).Where(c => c.Length >= 3)
            .Select(c => new Exonym(c[0].Trim(), c[1].Trim(), c[2].Trim(), c.Length > 3 ? c[3].Trim() : "")).ToList();

    public static IReadOnlyList<CuratedArea> Regions() =>
        DataFiles.ReadLines(RegionsPath).Select(l => l.Split('\t')).Where(c => c.Length >= 6)
            .Select(c => new CuratedArea("region:" + c[0], D(c[1]), D(c[2]), c[3], D(c[4]), c[5].Split('|', StringSplitOptions.TrimEntries), false)).ToList();

    public static IReadOnlyList<CuratedArea> Countries() =>
        DataFiles.ReadLines(CountriesPath).Select(l => l.Split('\t')).Where(c => c.Length >= 4)
            .Select(c => new CuratedArea("country:" + c[0], D(c[1]), D(c[2]), "", 300, c[3].Split('|', StringSplitOptions.TrimEntries), true)).ToList();

    /// <summary>Each country in focus's capital as a gazetteer entry id (data/coding/capitals.json, which the control reader also reads).</summary>
    public static IReadOnlyDictionary<string, string> Capitals()
    {
        using var doc = System.Text.Json.JsonDocument.Parse(DataFiles.ReadText("coding/capitals.json"));
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var c in doc.RootElement.EnumerateObject().Where(p => !p.Name.StartsWith('_')))
            if (c.Value.TryGetProperty("capital", out var cap) && cap.TryGetProperty("gazetteer_id", out var id) && id.GetString() is { Length: > 0 } s)
                result[c.Name] = s;
        return result;
    }

    /// <summary>
    /// data/places/qualifiers.tsv: each English qualifier OCHA puts first ("Eastern") and the transliterations of the
    /// Arabic word the press puts last ("Sharqi"), keyed by the qualifier (case-sensitive, as OCHA capitalises it).
    /// </summary>
    public static IReadOnlyDictionary<string, string[]> Qualifiers() =>
        DataFiles.ReadLines(QualifiersPath).Select(l => l.Split('\t')).Where(c => c.Length >= 2)
            .ToDictionary(c => c[0].Trim(), c => c[1].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);

    /// <summary>A hash of the curated files: an index compiled from other curated data is stale.</summary>
    public static string Fingerprint()
    {
        var sb = new StringBuilder();
        foreach (var p in new[] { ExonymsPath, RegionsPath, CountriesPath, QualifiersPath })
            sb.Append(DataFiles.ReadText(p)).Append('\u0001');
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString())), 0, 8);
    }

    private static double D(string s) => double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);
}
