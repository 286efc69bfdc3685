using Sitrep.Core.Data;

namespace Sitrep.Export;

/// <summary>A country as ACLED writes it: <see cref="Numeric"/> is ISO 3166-1 numeric, ACLED's <c>iso</c> column (Syria 760).</summary>
public sealed record Country(string Alpha2, string Alpha3, int Numeric, string Name, string Region);

/// <summary>The country table in <c>data/export/countries.tsv</c>, looked up by a place's country code.</summary>
public static class Countries
{
    private static readonly Lazy<IReadOnlyDictionary<string, Country>> Table = new(Load);

    /// <summary>The country for an ISO alpha-2 or alpha-3 code (any case), or null if the table does not have it.</summary>
    public static Country? Find(string? code) =>
        string.IsNullOrWhiteSpace(code) ? null : Table.Value.GetValueOrDefault(code.Trim().ToUpperInvariant());

    private static IReadOnlyDictionary<string, Country> Load()
    {
        var map = new Dictionary<string, Country>(StringComparer.Ordinal);
        foreach (var line in DataFiles.ReadLines("export/countries.tsv"))
        {
            var f = line.Split('\t');
            if (f.Length != 5 || !int.TryParse(f[2], out int numeric))
                throw new InvalidDataException($"data/export/countries.tsv: '{line}' must be alpha-2, alpha-3, numeric, name, region separated by tabs");
            var country = new Country(f[0], f[1], numeric, f[3], f[4]);
            map.Add(country.Alpha2, country);
            map.Add(country.Alpha3, country);
        }
        return map;
    }
}
