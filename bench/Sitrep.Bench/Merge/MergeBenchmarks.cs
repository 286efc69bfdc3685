using BenchmarkDotNet.Attributes;
using NodaTime;
using Sitrep.Core.Model;
using Sitrep.Merge;

namespace Sitrep.Bench.Merge;

/// <summary>
/// Merge throughput over 100,000 stored events, generated here: 50,000 dispatches of two events each over two years,
/// in 14 governorates of 40 towns, five event types, a third of them second reports of an earlier incident (so merges
/// happen). <c>FromScratch</c> merges them all; <c>Incremental</c> adds 1,000 new dispatches to an index already holding them.
/// dotnet run -c Release --project bench/Sitrep.Bench -- --filter '*MergeBenchmarks*'
/// </summary>
[MemoryDiagnoser]
public class MergeBenchmarks
{
    private List<StoredDispatch> stored = [];
    private List<StoredDispatch> fresh = [];
    private MergeIndex? warm;

    [GlobalSetup]
    public void Setup()
    {
        stored = Generate(50_000, seed: 1, prefix: "s");
        fresh = Generate(500, seed: 2, prefix: "n");
    }

    [IterationSetup(Target = nameof(Incremental))]
    public void Warm()
    {
        warm = new MergeIndex();
        warm.Add(stored);
    }

    [Benchmark]
    public int FromScratch() => EventMerging.Merge(stored).Count;

    [Benchmark]
    public int Incremental() => warm!.Add(fresh).Changed.Count;

    private static readonly string[][] Types =
    [
        ["Battles", "Armed clash"], ["Explosions/Remote violence", "Air/drone strike"], ["Explosions/Remote violence", "Shelling/artillery/missile attack"],
        ["Violence against civilians", "Attack"], ["Strategic developments", "Looting/property destruction"],
    ];

    private static readonly Actor[] Actors =
    [
        new("gov", "Military Forces of Syria", InterCode.StateForces), new("is", "Islamic State", InterCode.RebelGroup),
        new("sdf", "SDF", InterCode.IdentityMilitia), new("reb", "Opposition Rebels", InterCode.RebelGroup), new("civ", "Civilians", InterCode.Civilians),
    ];

    /// <summary>Dispatches of two events each; about a third repeat an incident of an earlier dispatch (same place and type, a day later, a higher toll).</summary>
    internal static List<StoredDispatch> Generate(int dispatches, int seed, string prefix)
    {
        var rng = new Random(seed);
        var places = new List<Place>();
        for (int g = 1; g <= 14; g++)
        {
            for (int t = 0; t < 40; t++)
                places.Add(new Place($"p{g}-{t}", $"Town {g}-{t}", PlaceKind.Populated, 32 + g * 0.4 + rng.NextDouble() * 0.3, 36 + rng.NextDouble() * 4, "SY",
                    new AdminAreas($"Gov {g}", $"SY{g:D2}"), rng.Next(500, 50_000)));
        }
        var start = new LocalDate(2016, 1, 1);
        var list = new List<StoredDispatch>(dispatches);
        var recent = new List<EventRecord>();
        for (int i = 0; i < dispatches; i++)
        {
            var day = start.PlusDays(rng.Next(730));
            var text = $"{prefix} dispatch {i}";
            var date = DispatchDate.OfDay(day);
            var id = Dispatch.ContentHash(text, date);
            var events = new List<EventRecord>();
            for (int k = 0; k < 2; k++)
            {
                EventRecord e;
                if (recent.Count > 0 && rng.NextDouble() < 0.33)
                {
                    var earlier = recent[rng.Next(recent.Count)];
                    e = earlier with
                    {
                        When = DateSpan.OfDay(earlier.When!.From.PlusDays(rng.Next(2))),
                        Fatalities = Quantity.ExactlyOf((earlier.Fatalities?.Best ?? 0) + rng.Next(4)),
                    };
                }
                else
                {
                    var type = Types[rng.Next(Types.Length)];
                    var a1 = Actors[rng.Next(4)];
                    var a2 = Actors[rng.Next(Actors.Length)];
                    e = new EventRecord("", "", type[0], type[1], a1, a2 == a1 ? null : a2, [], [], DateSpan.OfDay(day),
                        new EventLocation(places[rng.Next(places.Count)], 1, 0), Quantity.ExactlyOf(rng.Next(0, 20)), null, false, [], [], "");
                }
                e = e with { Id = $"E{k + 1}", DispatchId = id };
                events.Add(e);
                recent.Add(e);
                if (recent.Count > 2_000)
                    recent.RemoveAt(rng.Next(recent.Count));
            }
            var d = new Dispatch(id, $"{prefix}-{i}", text, Language.English, date, "Wire", null, null, new InputOrigin("bench"));
            list.Add(new StoredDispatch(d, events, [], Instant.FromUtc(2020, 1, 1, 0, 0)));
        }
        return list;
    }
}
