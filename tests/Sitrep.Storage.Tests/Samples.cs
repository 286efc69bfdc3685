using NodaTime;
using Sitrep.Core.Model;

namespace Sitrep.Storage.Tests;

/// <summary>
/// Hand-built analysed dispatches for the store tests, written for these tests (a fictional village, Tell Qamar,
/// in a real province). Ranges are found with IndexOf so the text can be edited without recounting.
/// </summary>
internal static class Samples
{
    public const string Text =
        "Government forces retook the village of Tell Qamar in Hama province on Sunday after two days of clashes with rebel fighters, a monitor said.\n" +
        "The Observatory said at least 12 fighters were killed, including three civilians, while state media said \"dozens of terrorists\" died.\n" +
        "Since the offensive began in April, nearly 300 people have been killed.\n" +
        "The nearby town of Kafr Amin, for its part, remains under the control of the rebels.";

    public static readonly Actor Army = new("SYR-MIL", "Military Forces of Syria (2000-2024)", InterCode.StateForces);
    public static readonly Actor Militia = new("SYR-NDF", "NDF: National Defence Forces", InterCode.PoliticalMilitia);
    public static readonly Actor Rebels = new("SYR-REB", "Syrian rebels", InterCode.RebelGroup);
    public static readonly Actor Civilians = new("CIV-SYR", "Civilians (Syria)", InterCode.Civilians);

    public static readonly Place TellQamar = new(
        "gn:9990001", "Tell Qamar", PlaceKind.Populated, 35.1234567, 36.7654321, "SY",
        new AdminAreas("Hama", "SY05", "Hama", "SY0500", "Hama", "SY050000"), Population: 2500);

    public static readonly Place HamaProvince = new(
        "ocha:SY05", "Hama", PlaceKind.Admin1, 35.2, 36.9, "SY", new AdminAreas("Hama", "SY05"));

    public static TextRange Find(string words, string text = Text)
    {
        int at = text.IndexOf(words, StringComparison.Ordinal);
        if (at < 0)
            throw new ArgumentException($"'{words}' is not in the sample text");
        return new TextRange(at, at + words.Length);
    }

    public static Dispatch Dispatch(string externalId = "wire-0001", string text = Text, DispatchDate? date = null, bool withDate = true)
    {
        var d = withDate ? date ?? new DispatchDate(2019, 6, null) : null;
        return new Dispatch(Core.Model.Dispatch.ContentHash(text, d), externalId, text, Language.English, d,
            "Example Wire", "https://example.org/wire/0001", "Village retaken", new InputOrigin("in/wires.jsonl", 7));
    }

    /// <summary>Two events (one of them a campaign aggregate) with claims, assoc actors and evidence, and two control statements.</summary>
    public static AnalyzedDispatch Rich(string externalId = "wire-0001", string text = Text)
    {
        var dispatch = Dispatch(externalId, text);
        var retake = new EventRecord(
            Id: "E1",
            DispatchId: dispatch.Id,
            EventType: "Battles",
            SubEventType: "Government regains territory",
            Actor1: Army,
            Actor2: Rebels,
            AssocActors1: [Militia, Army with { Id = "SYR-MIL-X", Name = "Military Forces, 4th Division" }],
            AssocActors2: [],
            When: new DateSpan(new LocalDate(2019, 6, 8), new LocalDate(2019, 6, 9), TimePrecision.Week),
            Where: new EventLocation(TellQamar, 1, 0.5),
            Fatalities: new Quantity(12, 12, 20, QuantityQualifier.AtLeast),
            CivilianFatalities: Quantity.ExactlyOf(3),
            Aggregate: false,
            Claims:
            [
                new Claim("Syrian Observatory for Human Rights", Find("The Observatory said at least 12 fighters were killed"),
                    "at least 12 fighters killed", new Quantity(12, 12, 20, QuantityQualifier.AtLeast), "claim:en/said"),
                new Claim("Syrian state media", Find("state media said \"dozens of terrorists\" died"), "dozens of terrorists died", null, "claim:en/said"),
            ],
            Evidence:
            [
                new Evidence("event_type", Find("retook"), "lexicon:en/events.json#retake"),
                new Evidence("location", Find("Tell Qamar"), "gazetteer:gn:9990001"),
                new Evidence("fatalities", Find("at least 12 fighters were killed"), "toll:en/killed"),
            ],
            Notes: "Government forces retook Tell Qamar (Hama) from rebels; at least 12 killed, including 3 civilians.");
        var campaign = new EventRecord(
            Id: "E2",
            DispatchId: dispatch.Id,
            EventType: "Battles",
            SubEventType: "Armed clash",
            Actor1: Army,
            Actor2: null,
            AssocActors1: [],
            AssocActors2: [Civilians],
            When: new DateSpan(new LocalDate(2019, 4, 1), new LocalDate(2019, 6, 9), TimePrecision.Month),
            Where: new EventLocation(HamaProvince, 3, 40),
            Fatalities: new Quantity(270, 300, 300, QuantityQualifier.Approximate),
            CivilianFatalities: null,
            Aggregate: true,
            Claims: [],
            Evidence: [new Evidence("fatalities", Find("nearly 300 people have been killed"), "toll:en/killed#cumulative")],
            Notes: "Campaign total since April; not one day's toll.");
        var held = new ControlAssertion("C1", dispatch.Id, "Kafr Amin", null, Rebels, ControlShare.Full,
            new DateSpan(new LocalDate(2019, 6, 1), new LocalDate(2019, 6, 30), TimePrecision.Month),
            [new Evidence("controller", Find("under the control of the rebels"), "control:en/under-control")]);
        var retaken = new ControlAssertion("C2", dispatch.Id, "Tell Qamar", TellQamar, Army, ControlShare.Contested, null,
            [new Evidence("area", Find("Tell Qamar"), "gazetteer:gn:9990001"), new Evidence("controller", Find("Government forces retook"), "control:en/retake")]);
        return new AnalyzedDispatch(dispatch, Events: [retake, campaign], Control: [held, retaken]);
    }

    /// <summary>
    /// <see cref="Rich"/> with its second event made bad: "low-above-best" (a toll whose low bound is above its best
    /// figure, a CHECK constraint) or "duplicate-event-id" (the first event's id again, a UNIQUE key).
    /// </summary>
    public static AnalyzedDispatch RichWithBadSecondEvent(string fault)
    {
        var doc = Rich();
        var second = doc.Events![1];
        var bad = fault switch
        {
            "low-above-best" => second with { Fatalities = new Quantity(400, 300, 500, QuantityQualifier.Approximate) },
            "duplicate-event-id" => second with { Id = doc.Events[0].Id },
            _ => throw new ArgumentOutOfRangeException(nameof(fault), fault, null),
        };
        return doc with { Events = [doc.Events[0], bad] };
    }

    /// <summary>A different small dispatch with one event.</summary>
    public static AnalyzedDispatch Small(string externalId, string text)
    {
        var dispatch = Dispatch(externalId, text, new DispatchDate(2019, 6, 10));
        var e = new EventRecord("E1", dispatch.Id, "Protests", "Peaceful protest", null, null, [], [],
            DateSpan.OfDay(new LocalDate(2019, 6, 10)), null, null, null, false, [],
            [new Evidence("event_type", new TextRange(0, Math.Min(5, text.Length)), "lexicon:en/events.json#protest")], "");
        return new AnalyzedDispatch(dispatch, Events: [e], Control: []);
    }
}

/// <summary>A list that compares by its items, so records holding lists can be compared with Assert.Equal.</summary>
internal sealed class Items<T>(IEnumerable<T> items) : List<T>(items)
{
    public override bool Equals(object? obj) => obj is IEnumerable<T> other && this.SequenceEqual(other);

    public override int GetHashCode() => Count;

    public override string ToString() => "[" + string.Join(", ", this) + "]";
}

internal static class Canonical
{
    public static EventRecord Of(EventRecord e) => e with
    {
        AssocActors1 = new Items<Actor>(e.AssocActors1),
        AssocActors2 = new Items<Actor>(e.AssocActors2),
        Claims = new Items<Claim>(e.Claims),
        Evidence = new Items<Evidence>(e.Evidence),
    };

    public static ControlAssertion Of(ControlAssertion c) => c with { Evidence = new Items<Evidence>(c.Evidence) };

    public static StoredDispatch Of(StoredDispatch s) => s with
    {
        Events = new Items<EventRecord>(s.Events.Select(Of)),
        Control = new Items<ControlAssertion>(s.Control.Select(Of)),
    };
}
