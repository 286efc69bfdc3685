namespace Sitrep.Coding.Tests;

/// <summary>The capital named as a party ("between the Kurds and Damascus", "un accord avec Damas") is the government, never where an event happened.</summary>
[Collection(GoldenCollection.Name)]
public sealed class MetonymTests(GoldenWorld world)
{
    [Theory]
    [InlineData("en", "2016-08-17", "Fighting between the Kurds and Damascus flared in Raqqa on Tuesday.", "Raqqa", "the second party of a 'between ... and' is the government")]
    [InlineData("fr", "2018-07-07", "Les rebelles de Deraa ont conclu vendredi un accord avec Damas.", "Daraa", "'un accord avec Damas' is a deal with the government")]
    [InlineData("en", "2018-07-07", "Rebels in Daraa reached a deal with Damascus on Friday.", "Daraa", "the English 'a deal with Damascus'")]
    public void The_capital_as_a_party_is_no_place_of_the_event(string lang, string date, string text, string place, string why)
    {
        // Given a sentence that names the capital as a party of a fight or a deal, and a place of its own
        // When
        var doc = world.Run(lang, date, text);
        // Then every event is placed where it happened, none in the capital
        var places = doc.Events!.Select(e => e.Where?.Place.Name ?? "-").ToList();
        Assert.True(places.Count > 0 && places.All(p => p == place), $"{why}: placed at {string.Join(", ", places)}");
    }
}
