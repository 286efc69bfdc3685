using Sitrep.Core.Model;

namespace Sitrep.Coding.Tests;

/// <summary>The golden event records (<see cref="GoldenEvents"/>) run through the whole pipeline.</summary>
[Collection(GoldenCollection.Name)]
public sealed class EventCodingTests(GoldenWorld world)
{
    [Theory]
    [MemberData(nameof(GoldenEvents.French), MemberType = typeof(GoldenEvents))]
    public void French_dispatch_codes_to_its_golden_record(string date, string text, string expected, string why) =>
        CodesTo("fr", date, text, expected, why);

    [Theory]
    [MemberData(nameof(GoldenEvents.English), MemberType = typeof(GoldenEvents))]
    public void English_dispatch_codes_to_its_golden_record(string date, string text, string expected, string why) =>
        CodesTo("en", date, text, expected, why);

    [Theory]
    [MemberData(nameof(GoldenEvents.French), MemberType = typeof(GoldenEvents))]
    public void French_event_fields_rest_on_evidence_inside_the_text(string date, string text, string expected, string why) =>
        EvidenceHolds("fr", date, text, expected, why);

    [Theory]
    [MemberData(nameof(GoldenEvents.English), MemberType = typeof(GoldenEvents))]
    public void English_event_fields_rest_on_evidence_inside_the_text(string date, string text, string expected, string why) =>
        EvidenceHolds("en", date, text, expected, why);

    [Theory]
    [InlineData("en", "Hezbollah fighters clashed with rebels in Maaret al-Noomane on Monday. Air strikes hit the town on Tuesday.", "Hezbollah has no aircraft (defaults.json ground_only): the strike is the government's, its ally's")]
    [InlineData("en", "The National Defence Forces shelled Maaret al-Noomane on Monday. On Tuesday, air strikes hit the town, killing two people.", "nor have the National Defence Forces")]
    [InlineData("fr", "Des miliciens prorégime ont attaqué lundi des positions rebelles à Maaret al-Noomane. Mardi, des frappes aériennes ont touché la ville.", "nor have the pro-government militias, in French")]
    public void An_air_strike_does_not_take_a_side_without_aircraft_from_the_event_before(string lang, string text, string why)
    {
        // Given a ground fight by a side without aircraft, then an air strike that names no side at the same place
        var doc = world.Run(lang, "2016-06-08", text);

        // When the strike is coded
        var strike = Assert.Single(doc.Events!, e => e.SubEventType == "Air/drone strike");

        // Then its actor1 is the air power of that side's camp, not the side itself
        Assert.True(strike.Actor1?.Id == "syria-army", $"{why}: got {strike.Actor1?.Id ?? "-"}");
    }

    [Theory]
    [InlineData("en", "Jordanian air strikes hit a house near Daraa on Monday. Hundreds of people protested in Daraa on Wednesday.", "a side of the 'other' class taken from the context (Jordan) does not protest: the protesters do")]
    [InlineData("fr", "Des frappes israéliennes ont touché lundi une maison près de Deraa. Des centaines de personnes ont manifesté mercredi à Deraa.", "the same in French, after Israel's strikes")]
    public void A_protest_takes_no_side_from_the_context(string lang, string text, string why)
    {
        // Given a strike by a foreign side, then a protest whose sentence names no side
        var doc = world.Run(lang, "2024-01-18", text);

        // When the protest is coded
        var protest = Assert.Single(doc.Events!, e => e.EventType == "Protests");

        // Then its actor1 is the protesters (defaults.json protest_actor1)
        Assert.True(protest.Actor1?.Id == "protesters", $"{why}: got {protest.Actor1?.Id ?? "-"}");
    }

    [Theory]
    [InlineData("en", "Clashes erupted in the Badia on Monday.", "Homs", "a curated region keeps its governorate's name, not only its P-code, in a gazetteer compiled without the OCHA boundaries")]
    [InlineData("fr", "Des combats ont éclaté lundi dans la Badia.", "Homs", "the same in French")]
    public void A_curated_region_names_its_governorate(string lang, string text, string admin1, string why)
    {
        // Given an event placed in a curated region, in a world with no OCHA boundaries
        var doc = world.Run(lang, "2017-10-17", text);

        // When it is coded
        var e = Assert.Single(doc.Events!);

        // Then its place names the governorate the region's P-code stands for
        Assert.True(e.Where?.Place.Admin.Admin1 == admin1, $"{why}: got '{e.Where?.Place.Admin.Admin1 ?? "-"}' ({e.Where?.Place.Admin.Admin1PCode ?? "-"})");
    }

    private void CodesTo(string lang, string date, string text, string expected, string why) =>
        Expected.Holds(world, lang, date, text, expected, why);

    private void EvidenceHolds(string lang, string date, string text, string expected, string why)
    {
        // Given a golden dispatch

        // When
        var doc = world.Run(lang, date, text);

        // Then every event rests on ranges of this text, each read by a named rule, for each of its coded fields
        Assert.Equal(Expected.Parse(expected).Count, doc.Events!.Count);
        foreach (var e in doc.Events!)
        {
            foreach (var v in e.Evidence)
            {
                Assert.True(v.Range.Start >= 0 && v.Range.End <= text.Length && !v.Range.IsEmpty, $"{why}: {v.Field} evidence {v.Range} lies outside the text (length {text.Length})");
                Assert.False(string.IsNullOrWhiteSpace(v.Rule), $"{why}: {v.Field} evidence {v.Range} names no rule");
            }
            foreach (var c in e.Claims)
                Assert.True(new TextRange(0, text.Length).Contains(c.Range) && !string.IsNullOrWhiteSpace(c.Rule), $"{why}: claim of {c.Source} at {c.Range} is outside the text or names no rule");
            var fields = e.Evidence.Select(v => v.Field).ToHashSet();
            foreach (var field in new[] { "event_type", "actor1", "event_date" })
                Assert.True(fields.Contains(field), $"{why}: no evidence for {field} (evidence: {string.Join(", ", fields)})");
            // An event the text does not place (a foreign dateline only) has no location, and so no location evidence.
            Assert.True(e.Where is null || fields.Contains("location"), $"{why}: no evidence for location (evidence: {string.Join(", ", fields)})");
            if (e.Actor2 is not null)
                Assert.Contains("actor2", fields);
            if (e.Fatalities is not null)
                Assert.Contains("fatalities", fields);
        }
    }
}
