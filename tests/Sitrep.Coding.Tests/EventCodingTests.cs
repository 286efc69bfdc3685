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
