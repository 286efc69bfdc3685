using NodaTime;
using Sitrep.Core.Model;

namespace Sitrep.Export.Tests;

/// <summary>Dispatches built by hand for the export tests (text written for these tests; Tell Qamar is fictional).</summary>
internal static class Samples
{
    public static readonly Instant StoredAt = Instant.FromUtc(2019, 6, 10, 8, 30, 15);

    public const string Text =
        "Government forces retook the village of Tell Qamar in Hama province on Sunday, a monitor said.\n" +
        "At least 12 fighters were killed, including three civilians.\n" +
        "Since the offensive began in April, nearly 300 people have been killed.\n" +
        "The town of Kafr Amin remains under the control of the rebels.";

    public static readonly Actor Army = new("SYR-MIL", "Military Forces of Syria (2000-2024)", InterCode.StateForces);
    public static readonly Actor Militia = new("SYR-NDF", "NDF: National Defence Forces", InterCode.PoliticalMilitia);
    public static readonly Actor Hezbollah = new("LBN-HZB", "Hezbollah", InterCode.PoliticalMilitia);
    public static readonly Actor Rebels = new("SYR-REB", "Syrian rebels", InterCode.RebelGroup);
    public static readonly Actor Civilians = new("CIV-SYR", "Civilians (Syria)", InterCode.Civilians);

    public static readonly Place TellQamar = new(
        "gn:9990001", "Tell Qamar", PlaceKind.Populated, 35.1234567, 36.7654321, "SY",
        new AdminAreas("Hama", "SY05", "Hama", "SY0500", "Hama", "SY050000"), Population: 2500);

    public static readonly Place HamaProvince = new("ocha:SY05", "Hama", PlaceKind.Admin1, 35.2, 36.9, "SY", new AdminAreas(null, "SY05"));

    public static TextRange Find(string words, string text = Text)
    {
        int at = text.IndexOf(words, StringComparison.Ordinal);
        if (at < 0)
            throw new ArgumentException($"'{words}' is not in the sample text");
        return new TextRange(at, at + words.Length);
    }

    public static Dispatch Dispatch(string externalId = "wire-0001", string text = Text) =>
        new(Core.Model.Dispatch.ContentHash(text, new DispatchDate(2019, 6, null)), externalId, text, Language.English,
            new DispatchDate(2019, 6, null), "Example Wire", null, null, new InputOrigin("in/wires.jsonl", 7));

    /// <summary>A one-day event at Tell Qamar with a toll, a claim and evidence.</summary>
    public static EventRecord Retake(Dispatch d) => new(
        Id: "E1",
        DispatchId: d.Id,
        EventType: "Battles",
        SubEventType: "Government regains territory",
        Actor1: Army,
        Actor2: Rebels,
        AssocActors1: [Militia, Hezbollah],
        AssocActors2: [],
        When: DateSpan.OfDay(new LocalDate(2019, 6, 9)),
        Where: new EventLocation(TellQamar, 1, 0),
        Fatalities: new Quantity(12, 12, 20, QuantityQualifier.AtLeast),
        CivilianFatalities: Quantity.ExactlyOf(3),
        Aggregate: false,
        Claims: [new Claim("Syrian Observatory for Human Rights", Find("At least 12 fighters were killed"), "at least 12 killed",
            new Quantity(12, 12, 20, QuantityQualifier.AtLeast), "claim:en/said")],
        Evidence:
        [
            new Evidence("event_type", Find("retook"), "lexicon:en/events.json#retake"),
            new Evidence("location", Find("Tell Qamar"), "gazetteer:gn:9990001"),
        ],
        Notes: "Government forces retook Tell Qamar from rebels.");

    /// <summary>A campaign total over about two months, at province level.</summary>
    public static EventRecord Campaign(Dispatch d) => new(
        Id: "E2",
        DispatchId: d.Id,
        EventType: "Battles",
        SubEventType: "Armed clash",
        Actor1: Army,
        Actor2: Rebels,
        AssocActors1: [],
        AssocActors2: [],
        When: new DateSpan(new LocalDate(2019, 4, 1), new LocalDate(2019, 6, 9), TimePrecision.Month),
        Where: new EventLocation(HamaProvince, 3, 40),
        Fatalities: new Quantity(270, 300, 300, QuantityQualifier.Approximate),
        CivilianFatalities: null,
        Aggregate: true,
        Claims: [],
        Evidence: [new Evidence("fatalities", Find("nearly 300 people have been killed"), "toll:en/killed#cumulative")],
        Notes: "Campaign total since April.");

    public static ControlAssertion Held(Dispatch d) => new("C1", d.Id, "Kafr Amin", null, Rebels, ControlShare.Full,
        new DateSpan(new LocalDate(2019, 6, 1), new LocalDate(2019, 6, 30), TimePrecision.Month),
        [new Evidence("controller", Find("under the control of the rebels"), "control:en/under-control")]);

    public static StoredDispatch Stored(string externalId = "wire-0001")
    {
        var d = Dispatch(externalId);
        return new StoredDispatch(d, [Retake(d), Campaign(d)], [Held(d)], StoredAt);
    }

    /// <summary>One stored dispatch holding just <paramref name="e"/> (built against the sample dispatch).</summary>
    public static StoredDispatch With(Func<Dispatch, EventRecord> e, string externalId = "wire-0001")
    {
        var d = Dispatch(externalId);
        return new StoredDispatch(d, [e(d)], [], StoredAt);
    }
}

/// <summary>A small RFC 4180 reader, to check that what the writers quote reads back as it was.</summary>
internal static class CsvReader
{
    public static List<List<string>> Parse(string csv)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var cell = new System.Text.StringBuilder();
        bool quoted = false;
        for (int i = 0; i < csv.Length; i++)
        {
            char c = csv[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < csv.Length && csv[i + 1] == '"') { cell.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else cell.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { row.Add(cell.ToString()); cell.Clear(); }
            else if (c == '\r' && i + 1 < csv.Length && csv[i + 1] == '\n')
            {
                row.Add(cell.ToString()); cell.Clear();
                rows.Add(row); row = [];
                i++;
            }
            else cell.Append(c);
        }
        if (cell.Length > 0 || row.Count > 0)
        {
            row.Add(cell.ToString());
            rows.Add(row);
        }
        return rows;
    }

    /// <summary>Rows as column-name → cell maps, checking every row has as many cells as the header.</summary>
    public static List<Dictionary<string, string>> Records(string csv)
    {
        var rows = Parse(csv);
        var header = rows[0];
        return rows.Skip(1).Select(r =>
        {
            Assert.Equal(header.Count, r.Count);
            return header.Zip(r).ToDictionary(p => p.First, p => p.Second);
        }).ToList();
    }
}
