using Sitrep.Core.Model;

namespace Sitrep.Export.Tests;

public sealed class AcledTests
{
    [Theory]
    [InlineData("Battles", "Political violence", "armed clashes are political violence")]
    [InlineData("Explosions/Remote violence", "Political violence", "shelling and air strikes")]
    [InlineData("Violence against civilians", "Political violence", "attacks on civilians")]
    [InlineData("Protests", "Demonstrations", "peaceful protests")]
    [InlineData("Riots", "Demonstrations", "violent demonstrations")]
    [InlineData("Strategic developments", "Strategic developments", "agreements, transfers of territory")]
    [InlineData("Something else", "", "an event type ACLED does not have")]
    public void Disorder_type_follows_the_event_type(string eventType, string expected, string why) =>
        Assert.True(expected == Acled.DisorderType(eventType), why);

    [Theory]
    [InlineData("Protests", "Excessive force against protesters", "Political violence; Demonstrations", "violence against protesters is both (ACLED codebook)")]
    [InlineData("Protests", "Peaceful protest", "Demonstrations", "a peaceful protest is a demonstration only")]
    public void Disorder_type_of_excessive_force_is_both(string eventType, string subEventType, string expected, string why) =>
        Assert.True(expected == Acled.DisorderType(eventType, subEventType), why);

    [Theory]
    [InlineData(InterCode.StateForces, InterCode.RebelGroup, 12, "state forces against rebels")]
    [InlineData(InterCode.RebelGroup, InterCode.StateForces, 12, "the smaller code comes first whatever the order")]
    [InlineData(InterCode.StateForces, InterCode.StateForces, 11, "two state forces")]
    [InlineData(InterCode.External, InterCode.Civilians, 78, "external force against civilians")]
    [InlineData(InterCode.Protesters, null, 60, "a sole actor is its code times ten")]
    [InlineData(null, InterCode.Civilians, 70, "only the second actor is known")]
    public void Interaction_combines_the_inter_codes(InterCode? inter1, InterCode? inter2, int expected, string why)
    {
        // Given two actors (or one)
        Actor? a1 = inter1 is InterCode i1 ? new Actor("a", "A", i1) : null;
        Actor? a2 = inter2 is InterCode i2 ? new Actor("b", "B", i2) : null;

        // When / Then
        Assert.True(expected == Acled.Interaction(a1, a2), $"{why}: got {Acled.Interaction(a1, a2)}");
    }

    [Fact]
    public void No_actor_has_no_interaction() => Assert.Null(Acled.Interaction(null, null));

    [Theory]
    [InlineData("SY", "SYR", 760, "Syria", "Middle East", "the reference country, by alpha-2")]
    [InlineData("syr", "SYR", 760, "Syria", "Middle East", "alpha-3, in any case")]
    [InlineData("IQ", "IRQ", 368, "Iraq", "Middle East", "a neighbour")]
    [InlineData("ML", "MLI", 466, "Mali", "Western Africa", "a country French dispatches cover")]
    public void Countries_come_from_the_data_table(string code, string alpha3, int numeric, string name, string region, string why)
    {
        var c = Countries.Find(code);
        Assert.True(c is not null, why);
        Assert.Equal((alpha3, numeric, name, region), (c.Alpha3, c.Numeric, c.Name, c.Region));
    }

    [Fact]
    public void An_unknown_country_code_is_written_as_given_with_no_iso()
    {
        // Given an event placed in a country the table lacks
        var stored = Samples.With(d => Samples.Retake(d) with
        {
            Where = new EventLocation(Samples.TellQamar with { CountryCode = "ZZ" }, 1, 0),
        });

        // When
        var w = new StringWriter();
        AcledCsv.Write(w, [stored]);
        var row = CsvReader.Records(w.ToString()).Single();

        // Then
        Assert.Null(Countries.Find("ZZ"));
        Assert.Equal("", row["iso"]);
        Assert.Equal("ZZ", row["country"]);
        Assert.StartsWith("XXX-", row["event_id_cnty"]);
    }

    [Fact]
    public void Event_ids_are_stable_and_distinct_within_a_dispatch()
    {
        // Given two events of one dispatch
        var s = Samples.Stored();
        var ids = s.Events.Select(e => Acled.EventIdCnty(s.Dispatch, e)).ToList();

        // Then they differ, and the same event gets the same id again
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(ids, s.Events.Select(e => Acled.EventIdCnty(s.Dispatch, e)));
        Assert.StartsWith("SYR-", ids[0]);
    }
}
