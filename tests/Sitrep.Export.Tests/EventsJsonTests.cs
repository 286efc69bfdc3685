using System.Text.Json;
using Sitrep.Core.Model;

namespace Sitrep.Export.Tests;

public sealed class EventsJsonTests
{
    private static JsonElement Root(params StoredDispatch[] dispatches) =>
        JsonDocument.Parse(EventsJson.ToJson(dispatches)).RootElement;

    [Fact]
    public void Empty_input_is_a_document_with_no_dispatches()
    {
        var root = Root();
        Assert.Equal("sitrep-events", root.GetProperty("format").GetString());
        Assert.Equal(0, root.GetProperty("dispatches").GetArrayLength());
    }

    [Fact]
    public void Evidence_ranges_carry_the_text_they_cover()
    {
        // Given the retaking of Tell Qamar
        var stored = Samples.Stored();
        var e = stored.Events[0];

        // When it is written as JSON
        var evidence = Root(stored).GetProperty("dispatches")[0].GetProperty("events")[0].GetProperty("evidence");

        // Then each range has its field, bounds, rule and the very words
        Assert.Equal(e.Evidence.Count, evidence.GetArrayLength());
        for (int i = 0; i < e.Evidence.Count; i++)
        {
            var v = e.Evidence[i];
            var j = evidence[i];
            Assert.Equal(v.Field, j.GetProperty("field").GetString());
            Assert.Equal(v.Range.Start, j.GetProperty("start").GetInt32());
            Assert.Equal(v.Range.End, j.GetProperty("end").GetInt32());
            Assert.Equal(v.Rule, j.GetProperty("rule").GetString());
            Assert.Equal(v.Range.Of(Samples.Text), j.GetProperty("text").GetString());
        }
        Assert.Equal("retook", evidence[0].GetProperty("text").GetString());
    }

    [Fact]
    public void Claims_carry_source_range_words_and_figure()
    {
        var claim = Root(Samples.Stored()).GetProperty("dispatches")[0].GetProperty("events")[0].GetProperty("claims")[0];
        Assert.Equal("Syrian Observatory for Human Rights", claim.GetProperty("source").GetString());
        Assert.Equal("At least 12 fighters were killed", claim.GetProperty("text").GetString());
        Assert.Equal("at least 12 killed", claim.GetProperty("says").GetString());
        Assert.Equal(12, claim.GetProperty("figure").GetProperty("best").GetInt64());
        Assert.Equal("at_least", claim.GetProperty("figure").GetProperty("qualifier").GetString());
    }

    [Fact]
    public void Every_event_field_is_there()
    {
        // Given the campaign aggregate and the one-day event
        var dispatch = Root(Samples.Stored("wire-9")).GetProperty("dispatches")[0];
        var events = dispatch.GetProperty("events");
        var retake = events[0];
        var campaign = events[1];

        // Then the dispatch ids, actors, dates, place, tolls and flags are all present
        Assert.Equal("wire-9", dispatch.GetProperty("dispatch_id").GetString());
        Assert.Equal(Samples.Dispatch().Id, dispatch.GetProperty("dispatch_hash").GetString());
        Assert.Equal("2019-06", dispatch.GetProperty("date").GetString());
        Assert.Equal("month", dispatch.GetProperty("date_precision").GetString());
        Assert.Equal(7, dispatch.GetProperty("origin").GetProperty("line").GetInt32());
        Assert.Equal("wire-9", retake.GetProperty("dispatch_id").GetString());
        Assert.Equal("Hezbollah", retake.GetProperty("assoc_actors_1")[1].GetProperty("name").GetString());
        Assert.Equal(3, retake.GetProperty("assoc_actors_1")[1].GetProperty("inter").GetInt32());
        Assert.Equal(3, retake.GetProperty("civilian_fatalities").GetProperty("best").GetInt64());
        var place = retake.GetProperty("location").GetProperty("place");
        Assert.Equal(35.1234567, place.GetProperty("latitude").GetDouble());
        Assert.Equal("SY050000", place.GetProperty("admin3_pcode").GetString());
        Assert.Equal(760, place.GetProperty("iso").GetInt32());
        Assert.Equal(2500, place.GetProperty("population").GetInt64());
        Assert.True(campaign.GetProperty("aggregate").GetBoolean());
        Assert.Equal("2019-04-01", campaign.GetProperty("date").GetProperty("from").GetString());
        Assert.Equal(3, campaign.GetProperty("date").GetProperty("time_precision").GetInt32());
        Assert.Equal(40, campaign.GetProperty("location").GetProperty("uncertainty_km").GetDouble());
        Assert.Equal(270, campaign.GetProperty("fatalities").GetProperty("low").GetInt64());
        Assert.Equal("approximate", campaign.GetProperty("fatalities").GetProperty("qualifier").GetString());
        Assert.Equal(JsonValueKind.Null, campaign.GetProperty("civilian_fatalities").ValueKind);
    }

    [Fact]
    public void Control_statements_are_there_with_their_evidence()
    {
        var control = Root(Samples.Stored()).GetProperty("dispatches")[0].GetProperty("control")[0];
        Assert.Equal("Kafr Amin", control.GetProperty("area").GetString());
        Assert.Equal("full", control.GetProperty("share").GetString());
        Assert.Equal("Syrian rebels", control.GetProperty("controller").GetProperty("name").GetString());
        Assert.Equal("under the control of the rebels", control.GetProperty("evidence")[0].GetProperty("text").GetString());
        Assert.Equal(JsonValueKind.Null, control.GetProperty("place").ValueKind);
    }

    [Fact]
    public void French_text_stays_readable()
    {
        // Given evidence in French
        const string text = "Les forces ont repris Talbissé.";
        var d = Samples.Dispatch("fr-1", text) with { Language = Language.French };
        var e = Samples.Retake(d) with { Claims = [], Evidence = [new Evidence("location", Samples.Find("Talbissé", text), "g")] };

        // When written, Then the accent is written as is, not escaped
        var json = EventsJson.ToJson([new StoredDispatch(d, [e], [], Samples.StoredAt)]);
        Assert.Contains("\"text\": \"Talbissé\"", json);
        Assert.Contains("\"language\": \"fr\"", json);
    }
}
