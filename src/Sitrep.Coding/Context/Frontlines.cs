using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using Sitrep.Core.Data;
using Sitrep.Core.Model;

namespace Sitrep.Coding.Context;

/// <summary>One row of data/coding/frontlines.json: in these areas, between these days, the usual dyad.</summary>
public sealed record Front(IReadOnlyList<string> Areas, LocalDate From, LocalDate To, string Attacker, string Holder, string Note);

/// <summary>
/// Who usually fought whom in an area at a date (data/coding/frontlines.json). Consulted only for sides a dispatch
/// leaves unnamed; sub-district P-codes are tried before district P-codes, and those before governorate P-codes.
/// </summary>
public sealed class Frontlines(IReadOnlyList<Front> fronts)
{
    public static Frontlines Load()
    {
        using var doc = JsonDocument.Parse(DataFiles.ReadText("coding/frontlines.json"));
        var pattern = LocalDatePattern.Iso;
        var fronts = doc.RootElement.GetProperty("fronts").EnumerateArray().Select(f =>
        {
            var dyad = f.GetProperty("dyad").EnumerateArray().Select(e => e.GetString()!).ToArray();
            return new Front(f.GetProperty("areas").EnumerateArray().Select(e => e.GetString()!).ToList(),
                pattern.Parse(f.GetProperty("from").GetString()!).Value, pattern.Parse(f.GetProperty("to").GetString()!).Value,
                dyad[0], dyad[1], f.GetProperty("note").GetString()!);
        }).ToList();
        return new Frontlines(fronts);
    }

    /// <summary>
    /// The front at a place and time, or null. A row naming the place itself is tried first, then sub-district
    /// fronts, then district fronts, then governorate fronts. A district (or sub-district) front applies to a place inside it: a town, a named region, the
    /// area itself. An area described relative to another ("the southern countryside of Hama")
    /// has a representative point that may fall in a district it only touches, so it uses its governorate's fronts
    /// (<paramref name="relative"/>).
    /// </summary>
    public Front? At(Place place, DateSpan? when, bool relative = false)
    {
        if (when is null)
            return null;
        // A row may name the place itself: a curated region ("region:badia") or a part of a governorate
        // ("ocha:SY04#east", the eastern countryside of Homs), whatever district its representative point falls in.
        var named = fronts.FirstOrDefault(f => f.Areas.Contains(place.Id) && f.From <= when.To && when.From <= f.To);
        if (named is not null)
            return named;
        bool inDistrict = !relative && place.Kind is not PlaceKind.Admin1;
        bool inSubDistrict = inDistrict && place.Kind is not PlaceKind.Admin2;
        foreach (var code in new[] { inSubDistrict ? place.Admin.Admin3PCode : null, inDistrict ? place.Admin.Admin2PCode : null, place.Admin.Admin1PCode })
        {
            if (code is null)
                continue;
            var f = fronts.FirstOrDefault(f => f.Areas.Contains(code) && f.From <= when.To && when.From <= f.To);
            if (f is not null)
                return f;
        }
        return null;
    }
}

/// <summary>A source that reports one kind of event only (data/coding/sources.json).</summary>
public sealed record SourceProfile(IReadOnlyList<string> Names, string TriggerClass, string Actor1Class, string Note)
{
    public static IReadOnlyList<SourceProfile> Load()
    {
        using var doc = JsonDocument.Parse(DataFiles.ReadText("coding/sources.json"));
        return doc.RootElement.GetProperty("profiles").EnumerateArray().Select(p => new SourceProfile(
            p.GetProperty("names").EnumerateArray().Select(e => e.GetString()!).ToList(),
            p.GetProperty("class").GetString()!, p.GetProperty("actor1").GetString()!, p.GetProperty("note").GetString()!)).ToList();
    }

    public bool Matches(string? source) =>
        source is not null && Names.Any(n => source.Contains(n, StringComparison.OrdinalIgnoreCase));
}
