using NodaTime;
using Sitrep.Coding.Context;
using Sitrep.Core.Model;

namespace Sitrep.Coding.Tests;

/// <summary>The date-scoped front-line table (data/coding/frontlines.json) and single-purpose source profiles.</summary>
public sealed class FrontlinesTests
{
    private static readonly Frontlines Fronts = Frontlines.Load();

    private static Place At(PlaceKind kind, string admin1, string? admin2) =>
        new("test", "test", kind, 36.0, 38.0, "SY", new AdminAreas("A", admin1, "B", admin2));

    [Theory]
    [InlineData(PlaceKind.Populated, "SY02", "SY0205", "2016-06-20", false, "kurds", "is", "a town of Manbij district during the SDF offensive: the district's front")]
    [InlineData(PlaceKind.Populated, "SY02", "SY0205", "2017-06-20", false, null, null, "the same town a year later: the district row has ended and Aleppo governorate has none")]
    [InlineData(PlaceKind.Populated, "SY09", "SY0901", "2016-06-20", false, "gov", "is", "Deir ez-Zor under siege: the governorate's front")]
    [InlineData(PlaceKind.Populated, "SY09", "SY0901", "2018-06-20", false, null, null, "after the row's last day nothing is assumed")]
    [InlineData(PlaceKind.Region, "SY04", "SY0405", "2016-06-20", false, "gov", "is", "a named region inside Tadmor district takes the district's front")]
    [InlineData(PlaceKind.Region, "SY04", "SY0405", "2016-06-20", true, null, null, "an area described relative to a city only takes governorate fronts, and Homs has none")]
    [InlineData(PlaceKind.Admin1, "SY04", "SY0405", "2016-06-20", false, null, null, "a whole governorate does not take the front of one of its districts")]
    public void Front_at_a_place_and_date(PlaceKind kind, string admin1, string? admin2, string day, bool relative, string? attacker, string? holder, string why)
    {
        // Given a place and a day
        var date = NodaTime.Text.LocalDatePattern.Iso.Parse(day).Value;
        // When the front is looked up
        var front = Fronts.At(At(kind, admin1, admin2), DateSpan.OfDay(date), relative);
        // Then the dyad is the one the table states for that area and period
        Assert.True((attacker, holder) == (front?.Attacker, front?.Holder), $"{why}: got {front?.Attacker}/{front?.Holder}");
    }

    [Fact]
    public void No_date_no_front()
    {
        Assert.Null(Fronts.At(At(PlaceKind.Populated, "SY09", "SY0901"), null));
    }

    [Theory]
    [InlineData("Airwars", true, "the source named in the profile")]
    [InlineData("airwars.org", true, "matched case-insensitively inside a longer name")]
    [InlineData("SOHR", false, "a monitor of every kind of event has no profile")]
    [InlineData(null, false, "no source, no profile")]
    public void Source_profiles_match_by_name(string? source, bool expected, string why)
    {
        var profiles = SourceProfile.Load();
        Assert.True(expected == profiles.Any(p => p.Matches(source)), why);
    }
}
