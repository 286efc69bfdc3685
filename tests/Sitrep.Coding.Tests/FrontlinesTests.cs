using NodaTime;
using Sitrep.Coding.Context;
using Sitrep.Core.Model;

namespace Sitrep.Coding.Tests;

/// <summary>The date-scoped front-line table (data/coding/frontlines.json) and single-purpose source profiles.</summary>
public sealed class FrontlinesTests
{
    private static readonly Frontlines Fronts = Frontlines.Load();

    private static Place At(PlaceKind kind, string admin1, string? admin2, string? admin3 = null) =>
        new("test", "test", kind, 36.0, 38.0, "SY", new AdminAreas("A", admin1, "B", admin2, "C", admin3));

    [Theory]
    [InlineData(PlaceKind.Populated, "SY02", "SY0205", "2016-06-20", false, "kurds", "is", "a town of Manbij district during the SDF offensive: the district's front")]
    [InlineData(PlaceKind.Populated, "SY02", "SY0205", "2017-06-20", false, null, null, "the same town a year later: the district row has ended and Aleppo governorate has none")]
    [InlineData(PlaceKind.Populated, "SY09", "SY0901", "2016-06-20", false, "gov", "is", "Deir ez-Zor under siege: the governorate's front")]
    [InlineData(PlaceKind.Populated, "SY09", "SY0901", "2018-10-20", false, null, null, "after the last row's last day nothing is assumed")]
    [InlineData(PlaceKind.Region, "SY04", "SY0405", "2016-06-20", false, "gov", "is", "a named region inside Tadmor district takes the district's front")]
    [InlineData(PlaceKind.Region, "SY04", "SY0404", "2016-06-20", true, "gov", "is", "an area described relative to a city takes its governorate's front, not the district its point falls in (Ar-Rastan's)")]
    [InlineData(PlaceKind.Region, "SY04", "SY0404", "2016-06-20", false, "gov", "rebels", "a place inside Ar-Rastan district takes the northern pocket's row before the governorate's")]
    [InlineData(PlaceKind.Admin1, "SY05", "SY0503", "2016-06-20", false, null, null, "a whole governorate does not take the front of one of its districts (Hama has no governorate row)")]
    [InlineData(PlaceKind.Populated, "SY09", "SY0902", "2018-03-01", false, "gov", "is", "Deir ez-Zor after Abu Kamal: the later governorate row")]
    [InlineData(PlaceKind.Populated, "SY02", "SY0203", "2018-02-15", false, "turkey", "kurds", "a village of Afrin district during Operation Olive Branch")]
    [InlineData(PlaceKind.Populated, "SY08", "SY0804", "2019-10-12", false, "turkey", "kurds", "Ras al-Ain during Operation Peace Spring")]
    [InlineData(PlaceKind.Populated, "SY11", "SY1102", "2019-10-12", false, "turkey", "kurds", "Tell Abyad district during Operation Peace Spring")]
    [InlineData(PlaceKind.Populated, "SY08", "SY0804", "2020-06-01", false, null, null, "Ras al-Ain after the offensive's rows end")]
    public void Front_at_a_place_and_date(PlaceKind kind, string admin1, string? admin2, string day, bool relative, string? attacker, string? holder, string why)
    {
        // Given a place and a day
        var date = NodaTime.Text.LocalDatePattern.Iso.Parse(day).Value;
        // When the front is looked up
        var front = Fronts.At(At(kind, admin1, admin2), DateSpan.OfDay(date), relative);
        // Then the dyad is the one the table states for that area and period
        Assert.True((attacker, holder) == (front?.Attacker, front?.Holder), $"{why}: got {front?.Attacker}/{front?.Holder}");
    }

    [Theory]
    [InlineData("SY0202", null, "2017-01-15", "turkey", "is", "al-Bab district in the battle for the town: the Turkish army's own front, listed before the wider Euphrates Shield row")]
    [InlineData("SY0202", null, "2016-09-15", "rebels", "is", "al-Bab district before the battle: the Euphrates Shield factions' front")]
    [InlineData("SY0202", null, "2016-04-23", "gov", "is", "al-Bab district before Euphrates Shield: IS held it, the government's and Russia's planes struck it")]
    [InlineData("SY0205", null, "2016-01-12", "gov", "is", "Manbij district before the SDF offensive: IS held it, as al-Bab")]
    [InlineData("SY0205", null, "2016-06-01", "kurds", "is", "Manbij district in the SDF offensive: the offensive's row, not IS's earlier hold")]
    [InlineData("SY1101", null, "2017-11-25", "is", "kurds", "Raqqa district after the SDF took the city: IS's remnants and mines against the SDF")]
    [InlineData("SY0204", null, "2016-10-10", "rebels", "is", "A'zaz district during Euphrates Shield's westward push to Dabiq")]
    [InlineData("SY1203", "SY120003", "2017-05-01", "rebels", "is", "a village of the Yarmouk Basin sub-district: the sub-district row, though Izra' district has none")]
    [InlineData("SY1203", "SY120304", "2017-05-01", null, null, "a neighbouring sub-district of the same district has no row")]
    [InlineData("SY1203", "SY120305", "2016-06-01", null, null, "Tasil before the IS affiliate took it in February 2017")]
    [InlineData("SY0309", "SY030902", "2018-05-01", "gov", "is", "Hajar al-Aswad during the government's 2018 offensive: the second, later row of the same area")]
    public void Front_of_a_sub_district_or_district(string admin2, string? admin3, string day, string? attacker, string? holder, string why)
    {
        // Given a town with its district and sub-district codes, and a day
        var date = NodaTime.Text.LocalDatePattern.Iso.Parse(day).Value;
        var admin1 = admin2[..4];
        // When the front is looked up
        var front = Fronts.At(At(PlaceKind.Populated, admin1, admin2, admin3), DateSpan.OfDay(date));
        // Then the most specific row valid on that day answers
        Assert.True((attacker, holder) == (front?.Attacker, front?.Holder), $"{why}: got {front?.Attacker}/{front?.Holder}");
    }

    [Theory]
    [InlineData("ocha:SY04#east", "SY0405", "2016-06-20", "gov", "is", "the eastern countryside of Homs, named as a part of the governorate")]
    [InlineData("ocha:SY04#north", "SY0405", "2016-06-20", "gov", "rebels", "the northern countryside of Homs is the Rastan pocket's, though its point falls in Tadmor district")]
    [InlineData("ocha:C2528", "SY0401", "2016-06-20", "gov", "rebels", "Homs city while the rebels held al-Waer")]
    [InlineData("ocha:C2528", "SY0401", "2017-08-01", "gov", "is", "Homs city after al-Waer's evacuation: the governorate's row")]
    [InlineData("region:badia", "SY0405", "2017-05-01", "gov", "is", "the Syrian desert as a curated region")]
    [InlineData("ocha:SY02#east", "SY0205", "2017-02-01", "gov", "is", "the eastern countryside of Aleppo during the government's push to Deir Hafer")]
    [InlineData("ocha:SY02#east", "SY0205", "2018-02-01", null, null, "the same area after the row has ended")]
    public void Front_of_a_named_area(string id, string admin2, string day, string? attacker, string? holder, string why)
    {
        // Given a place the recognizer names by id (a region, a part of a governorate), described relative to a governorate
        var place = new Place(id, "test", PlaceKind.Region, 35.0, 38.0, "SY", new AdminAreas("A", admin2[..4], "B", admin2));
        var date = NodaTime.Text.LocalDatePattern.Iso.Parse(day).Value;
        // When the front is looked up
        var front = Fronts.At(place, DateSpan.OfDay(date), relative: true);
        // Then a row naming that place answers, whatever district its point falls in
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
