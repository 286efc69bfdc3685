using System.Text.Json;
using Sitrep.Core.Data;
using Sitrep.Core.Model;
using Sitrep.Text.Numbers.Internal;

namespace Sitrep.Text.Numbers;

/// <summary>
/// How a hedge ("près de", "at least") turns a stated figure into bounds: <c>Low = round(figure × LowFactor)</c>,
/// <c>High = round(figure × HighFactor)</c>; <see cref="Quantity.Best"/> stays the stated figure (ACLED records the
/// figure as given: "more than 100" is 100).
/// </summary>
public sealed record Hedge(string Id, QuantityQualifier Qualifier, double LowFactor, double HighFactor);

/// <summary>
/// A word that stands for a figure without stating it ("une soixantaine", "dozens", "des milliers"), with its
/// bounds as written in the language data (ACLED conventions: "dozens" is 12 and "hundreds" 100 as the best figure).
/// </summary>
public sealed record Approximation(string Id, Quantity Value);

/// <summary>
/// The number vocabulary of one language, loaded from <c>lang/{code}/numbers.json</c> (and the month names of
/// <c>lang/{code}/dates.json</c>, so that "21 mai" is read as a date, not a figure).
/// </summary>
public sealed class NumberLexicon
{
    internal NumberLexicon(string code, Dictionary<string, long> units, Dictionary<string, long> compounds,
        Dictionary<string, long> multipliers, HashSet<string> connectors, HashSet<string> weak,
        PhraseTable<Approximation> approximations, PhraseTable<Hedge> hedges, HashSet<string> months,
        HashSet<string>? rangeOpeners = null, HashSet<string>? rangeLinks = null, PhraseTable<string>? clockMarkers = null)
    {
        ClockMarkers = clockMarkers ?? new();
        RangeOpeners = rangeOpeners ?? [];
        RangeLinks = rangeLinks ?? [];
        Code = code;
        Units = units;
        Compounds = compounds;
        Multipliers = multipliers;
        Connectors = connectors;
        Weak = weak;
        Approximations = approximations;
        Hedges = hedges;
        Months = months;
    }

    /// <summary>The language code of the data files ("fr", "en"): the prefix of every rule name.</summary>
    public string Code { get; }

    internal Dictionary<string, long> Units { get; }
    internal Dictionary<string, long> Compounds { get; }
    internal Dictionary<string, long> Multipliers { get; }
    internal HashSet<string> Connectors { get; }
    internal HashSet<string> Weak { get; }
    internal PhraseTable<Approximation> Approximations { get; }
    internal PhraseTable<Hedge> Hedges { get; }
    internal HashSet<string> Months { get; }
    /// <summary>Words that open a range of two figures ("between", "entre"); optional before a range link.</summary>
    internal HashSet<string> RangeOpeners { get; }
    /// <summary>Words between the two figures of a range ("between 20 and 30", "20 to 25", "de 20 à 30").</summary>
    internal HashSet<string> RangeLinks { get; }
    /// <summary>Words after the hour of a clock time ("3 am", "à 5h"; "8h10" carries its minutes glued to the marker).</summary>
    internal PhraseTable<string> ClockMarkers { get; }

    public static NumberLexicon Load(Language language)
    {
        var code = language.Code();
        var datesPath = $"lang/{code}/dates.json";
        return FromJson(code, DataFiles.ReadText($"lang/{code}/numbers.json"),
            DataFiles.Exists(datesPath) ? DataFiles.ReadText(datesPath) : null);
    }

    /// <summary>Builds a lexicon from the text of a numbers.json (and optionally a dates.json for month names).</summary>
    public static NumberLexicon FromJson(string code, string numbersJson, string? datesJson = null)
    {
        using var doc = JsonDocument.Parse(numbersJson);
        var root = doc.RootElement;
        var units = Map(root, "units");
        var compounds = Map(root, "compounds");
        var multipliers = Map(root, "multipliers");
        var connectors = Set(root, "connectors");
        var weak = Set(root, "weak");
        var approximations = new PhraseTable<Approximation>();
        if (root.TryGetProperty("approximations", out var approx))
            foreach (var a in approx.EnumerateArray())
            {
                var q = new Quantity(a.GetProperty("low").GetInt64(), a.GetProperty("best").GetInt64(), a.GetProperty("high").GetInt64(),
                    Enum.Parse<QuantityQualifier>(a.GetProperty("qualifier").GetString()!));
                var entry = new Approximation(a.GetProperty("id").GetString()!, q);
                foreach (var f in a.GetProperty("forms").EnumerateArray())
                    approximations.Add(f.GetString()!, entry);
            }
        var hedges = new PhraseTable<Hedge>();
        if (root.TryGetProperty("hedges", out var hs))
            foreach (var h in hs.EnumerateArray())
            {
                var entry = new Hedge(h.GetProperty("id").GetString()!, Enum.Parse<QuantityQualifier>(h.GetProperty("qualifier").GetString()!),
                    h.GetProperty("low").GetDouble(), h.GetProperty("high").GetDouble());
                foreach (var f in h.GetProperty("forms").EnumerateArray())
                    hedges.Add(f.GetString()!, entry);
            }
        var months = new HashSet<string>(StringComparer.Ordinal);
        if (datesJson is not null)
        {
            using var dates = JsonDocument.Parse(datesJson);
            if (dates.RootElement.TryGetProperty("months", out var ms))
                foreach (var p in ms.EnumerateObject())
                    months.Add(Folded.Fold(p.Name));
        }
        var ranges = root.TryGetProperty("ranges", out var rg) ? rg : default;
        var clock = new PhraseTable<string>();
        if (root.TryGetProperty("clockMarkers", out var cm))
            foreach (var v in cm.EnumerateArray())
                clock.Add(v.GetString()!, v.GetString()!);
        return new NumberLexicon(code, units, compounds, multipliers, connectors, weak, approximations, hedges, months,
            ranges.ValueKind == JsonValueKind.Object ? Set(ranges, "openers") : null,
            ranges.ValueKind == JsonValueKind.Object ? Set(ranges, "links") : null, clock);
    }

    private static Dictionary<string, long> Map(JsonElement root, string name)
    {
        var map = new Dictionary<string, long>(StringComparer.Ordinal);
        if (root.TryGetProperty(name, out var obj))
            foreach (var p in obj.EnumerateObject())
                map[Folded.Fold(p.Name)] = p.Value.GetInt64();
        return map;
    }

    private static HashSet<string> Set(JsonElement root, string name)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        if (root.TryGetProperty(name, out var arr))
            foreach (var v in arr.EnumerateArray())
                set.Add(Folded.Fold(v.GetString()!));
        return set;
    }
}
