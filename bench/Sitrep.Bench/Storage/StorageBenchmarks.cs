using BenchmarkDotNet.Attributes;
using NodaTime;
using Sitrep.Core.Model;
using Sitrep.Export;
using Sitrep.Storage;

namespace Sitrep.Bench.Storage;

/// <summary>
/// Saving N analysed dispatches (3 events, 2 control statements each) into a fresh SQLite file, reading them all
/// back, and exporting them (read + events.csv, events.json, control.csv).
/// <c>dotnet run -c Release --project bench/Sitrep.Bench -- --filter '*StorageBenchmarks*'</c>
/// </summary>
[MemoryDiagnoser]
public class StorageBenchmarks
{
    private static readonly Instant StoredAt = Instant.FromUtc(2019, 6, 10, 8, 0);

    private AnalyzedDispatch[] docs = [];
    private string folder = "";
    private string fullDb = "";
    private int run;

    [Params(100, 1000)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        folder = Path.Combine(Path.GetTempPath(), "sitrep-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        docs = Enumerable.Range(0, N).Select(Make).ToArray();
        fullDb = Path.Combine(folder, "full.db");
        using var store = SqliteStore.Open(fullDb);
        foreach (var d in docs)
            store.Save(d, StoredAt);
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(folder, recursive: true);

    [Benchmark]
    public int Save()
    {
        var path = Path.Combine(folder, $"save-{run++}.db");
        using var store = SqliteStore.Open(path);
        int stored = 0;
        foreach (var d in docs)
        {
            if (store.Save(d, StoredAt) is SaveResult.Stored)
                stored++;
        }
        return stored == N ? stored : throw new InvalidOperationException($"stored {stored} of {N} dispatches");
    }

    [Benchmark]
    public int ReadAll()
    {
        using var store = SqliteStore.Open(fullDb);
        return store.ReadAll().Sum(s => s.Events.Count);
    }

    [Benchmark]
    public int Export()
    {
        using var store = SqliteStore.Open(fullDb);
        return ExportWriter.WriteAll(Path.Combine(folder, "out"), store.ReadAll()).Events;
    }

    private static AnalyzedDispatch Make(int i)
    {
        var text =
            $"Dispatch {i}. Government forces retook the village of Tell Qamar {i} on Sunday after clashes with rebels, a monitor said. " +
            "At least 12 fighters were killed, including three civilians. Since April, nearly 300 people have been killed. " +
            "The town of Kafr Amin remains under the control of the rebels, while the north is contested.";
        var date = new DispatchDate(2019, 6, 1 + i % 28);
        var d = new Dispatch(Dispatch.ContentHash(text, date), $"bench-{i}", text, Language.English, date, "Example Wire",
            $"https://example.org/{i}", null, new InputOrigin("bench.jsonl", i + 1));
        TextRange R(string words) { int at = text.IndexOf(words, StringComparison.Ordinal); return new(at, at + words.Length); }
        var army = new Actor("SYR-MIL", "Military Forces of Syria (2000-2024)", InterCode.StateForces);
        var rebels = new Actor("SYR-REB", "Syrian rebels", InterCode.RebelGroup);
        var place = new Place("gn:1", "Tell Qamar", PlaceKind.Populated, 35.12, 36.76, "SY", new AdminAreas("Hama", "SY05", "Hama", "SY0500"));
        var day = DateSpan.OfDay(date.Earliest);
        EventRecord Event(string id, bool aggregate, Quantity? toll) => new(id, d.Id, "Battles", aggregate ? "Armed clash" : "Government regains territory",
            army, rebels, [], [], day, new EventLocation(place, 1, 0), toll, null, aggregate,
            [new Claim("Syrian Observatory for Human Rights", R("At least 12 fighters were killed"), "at least 12 killed", toll, "claim")],
            [new Evidence("event_type", R("retook"), "lexicon"), new Evidence("location", R("Tell Qamar"), "gazetteer"), new Evidence("fatalities", R("killed"), "toll")],
            "Notes, with a comma and \"quotes\".");
        var events = new[] { Event("E1", false, new Quantity(12, 12, 20, QuantityQualifier.AtLeast)), Event("E2", false, null), Event("E3", true, new Quantity(270, 300, 300, QuantityQualifier.Approximate)) };
        var control = new[]
        {
            new ControlAssertion("C1", d.Id, "Kafr Amin", null, rebels, ControlShare.Full, day, [new Evidence("controller", R("under the control of the rebels"), "control")]),
            new ControlAssertion("C2", d.Id, "north", null, army, ControlShare.Contested, day, [new Evidence("share", R("contested"), "control")]),
        };
        return new AnalyzedDispatch(d, Events: events, Control: control);
    }
}
