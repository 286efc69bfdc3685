namespace Sitrep.Coding.Tests;

/// <summary>A source's own count of a toll already told is a claim on that event, never an event of its own.</summary>
[Collection(GoldenCollection.Name)]
public sealed class RestatedTollTests(GoldenWorld world)
{
    [Theory]
    [InlineData("fr", "2018-07-26", "Le bilan des attaques menées mercredi par l'EI à Daraa s'est alourdi à 215 morts, selon l'OSDH. Le ministère syrien de la Santé fait état de 156 morts.", "syria-government:156", "a ministry's count of a campaign's dead is its claim on that total")]
    [InlineData("en", "2017-03-14", "Air strikes killed at least 12 civilians in Khan Shaykhun on Monday, the Observatory said. The White Helmets put the death toll at 15.", "white-helmets:15", "another source's count of a strike's dead")]
    public void A_second_count_is_a_claim_on_the_event(string lang, string date, string text, string claim, string why)
    {
        // Given an event with its toll, then another source's count of the same dead
        // When
        var doc = world.Run(lang, date, text);
        // Then there is one event, and the second count is among its claims
        Assert.True(doc.Events!.Count == 1, $"{why}: {doc.Events!.Count} events");
        var claims = doc.Events[0].Claims.Select(c => $"{world.SourceId(c.Source)}:{c.Figure?.Best.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"}").ToList();
        Assert.True(claims.Contains(claim), $"{why}: claims {string.Join(", ", claims)}");
    }
}
