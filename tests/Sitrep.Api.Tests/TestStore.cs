using System.Globalization;
using System.Text;
using NodaTime;
using Sitrep.Api;
using Sitrep.Coding;
using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;
using Sitrep.Places;
using Sitrep.Storage;
using Sitrep.Text.Identification;

namespace Sitrep.Api.Tests;

/// <summary>
/// A small world for the API and browser tests: three dispatches we wrote (French and English) saved through the
/// real store with hand-coded events and control statements, a tiny gazetteer compiled from GeoNames lines and
/// box-shaped governorates we wrote, and a server on a free loopback port.
/// <list type="bullet">
/// <item>2016-08-08, Aleppo (SY02): an air strike by Russia, 7 dead; Aleppo governorate held by the rebels.</item>
/// <item>2016-12-20, Idleb (SY07): a clash, 3 dead; Homs governorate held by the rebels.</item>
/// <item>2017-03-14, Homs (SY04): the army retakes a district, at least 12 dead; Homs governorate held by the army.</item>
/// </list>
/// </summary>
public sealed class TestStore : IAsyncDisposable
{
    public const string ApiKey = "test-key-0123";
    public static readonly Actor Army = new("syria-army", "Military Forces of Syria (2000-)", InterCode.StateForces);
    public static readonly Actor Rebels = new("syria-rebels", "Opposition Rebels (Syria)", InterCode.RebelGroup);
    public static readonly Actor Russia = new("russia-army", "Military Forces of Russia (2000-)", InterCode.External);

    public string Folder { get; }
    public string DatabasePath { get; }
    public Gazetteer Gazetteer { get; }
    public RunningServer Server { get; }
    public HttpClient Http { get; }
    public IReadOnlyList<AnalyzedDispatch> Dispatches { get; }

    private TestStore(string folder, Gazetteer gazetteer, IReadOnlyList<AnalyzedDispatch> dispatches, RunningServer server)
    {
        Folder = folder;
        DatabasePath = Path.Combine(folder, "sitrep.db");
        Gazetteer = gazetteer;
        Dispatches = dispatches;
        Server = server;
        Http = new HttpClient { BaseAddress = server.BaseAddress };
    }

    /// <summary>Writes the store and starts a server on 127.0.0.1 with a free port.</summary>
    public static async Task<TestStore> StartAsync(int writesPerMinute = 1000, long maxBodyBytes = 8192, string? apiKey = ApiKey, bool withAnalyzer = true)
    {
        var folder = Path.Combine(Path.GetTempPath(), "sitrep-api-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var gazetteer = Gazetteer.FromSources(WriteGazetteer(folder));
        var dispatches = Build();
        var clock = new FixedClock(Instant.FromUtc(2024, 1, 2, 3, 4));
        using (var store = SqliteStore.Open(Path.Combine(folder, "sitrep.db")))
            foreach (var d in dispatches)
                store.Save(d, clock.GetCurrentInstant());
        var options = new ServerOptions(Path.Combine(folder, "sitrep.db"), ["http://127.0.0.1:0"], clock, apiKey,
            withAnalyzer ? new DispatchAnalyzer(Pipeline(gazetteer), new StopwordLanguageDetector()) : null,
            gazetteer.Admin, null, maxBodyBytes, writesPerMinute, WebRoot());
        var server = await SitrepServer.StartAsync(options);
        return new TestStore(folder, gazetteer, dispatches, server);
    }

    /// <summary>The page's files as built next to the test assembly.</summary>
    private static string WebRoot() => Path.Combine(AppContext.BaseDirectory, "wwwroot");

    /// <summary>The same stages as <c>sitrep analyze</c>, over the test gazetteer.</summary>
    public static Pipeline Pipeline(Gazetteer gazetteer) =>
        SitrepPipeline.Create(gazetteer);

    public static Place Town(string id, string name, double lat, double lon, string admin1, string pcode) =>
        new(id, name, PlaceKind.Populated, lat, lon, "SY", new AdminAreas(admin1, pcode));

    public static Place Governorate(string name, string pcode, double lat, double lon) =>
        new("ocha:" + pcode, name, PlaceKind.Admin1, lat, lon, "SY", new AdminAreas(name, pcode));

    private static IReadOnlyList<AnalyzedDispatch> Build()
    {
        var aleppo = Town("geonames:1", "Aleppo", 36.20, 37.15, "Aleppo", "SY02");
        var idleb = Town("geonames:2", "Idleb", 35.93, 36.63, "Idleb", "SY07");
        var homs = Town("geonames:3", "Homs", 34.72, 36.71, "Homs", "SY04");
        var a = Dispatch("wire-en-1", Language.English, new DispatchDate(2016, 8, 9), "Test Wire",
            "Russian jets bombed a market in Aleppo on Monday, killing seven civilians, a monitoring group said. The city remains held by rebel groups.");
        var b = Dispatch("wire-en-2", Language.English, new DispatchDate(2016, 12, 21), "Test Wire",
            "Rebels and regime troops fought near Idleb on Tuesday; three fighters died. Rebels still hold the province of Homs.");
        var c = Dispatch("depeche-fr-1", Language.French, new DispatchDate(2017, 3, 14), "Agence Test",
            "L'armée syrienne a repris mardi un quartier de Homs aux rebelles. Au moins douze combattants ont été tués, selon une ONG. La province de Homs est désormais sous le contrôle de l'armée.");
        return
        [
            Coded(a, Event(a, 1, "Explosions/Remote violence", "Air/drone strike", Russia, null, new LocalDate(2016, 8, 8), aleppo, Quantity.ExactlyOf(7),
                ("event_type", "bombed"), ("actor1", "Russian jets"), ("place", "Aleppo"), ("date", "Monday"), ("fatalities", "seven civilians")),
                Control(a, 1, "Aleppo", Governorate("Aleppo", "SY02", 36.2, 37.15), Rebels, new LocalDate(2016, 8, 9), "held by rebel groups")),
            Coded(b, Event(b, 1, "Battles", "Armed clash", Rebels, Army, new LocalDate(2016, 12, 20), idleb, Quantity.ExactlyOf(3),
                ("event_type", "fought"), ("actor1", "Rebels"), ("actor2", "regime troops"), ("place", "Idleb"), ("date", "Tuesday"), ("fatalities", "three fighters died")),
                Control(b, 1, "Homs", Governorate("Homs", "SY04", 34.72, 36.71), Rebels, new LocalDate(2016, 12, 21), "Rebels still hold the province of Homs")),
            Coded(c, Event(c, 1, "Battles", "Government regains territory", Army, Rebels, new LocalDate(2017, 3, 14), homs, new Quantity(12, 12, 12, QuantityQualifier.AtLeast),
                ("event_type", "a repris"), ("actor1", "L'armée syrienne"), ("place", "Homs"), ("date", "mardi"), ("fatalities", "Au moins douze combattants")),
                Control(c, 1, "Homs", Governorate("Homs", "SY04", 34.72, 36.71), Army, new LocalDate(2017, 3, 14), "sous le contrôle de l'armée")),
        ];
    }

    private static Dispatch Dispatch(string externalId, Language language, DispatchDate date, string source, string text) =>
        new(Core.Model.Dispatch.ContentHash(text, date), externalId, text, language, date, source, null, externalId + " title", new InputOrigin(externalId));

    private static AnalyzedDispatch Coded(Dispatch d, EventRecord e, ControlAssertion c) => new(d, Events: [e], Control: [c]);

    public static TextRange RangeOf(string text, string words)
    {
        int i = text.IndexOf(words, StringComparison.Ordinal);
        if (i < 0)
            throw new ArgumentException($"'{words}' is not in the test dispatch");
        return new TextRange(i, i + words.Length);
    }

    private static EventRecord Event(Dispatch d, int n, string type, string subType, Actor a1, Actor? a2, LocalDate day, Place place, Quantity toll, params (string Field, string Words)[] evidence) =>
        new($"{d.Id[..12]}-{n}", d.Id, type, subType, a1, a2, [], [], DateSpan.OfDay(day), new EventLocation(place, 1, 0), toll, null, false,
            [new Claim("a monitor", RangeOf(d.Text, evidence[^1].Words), "toll", toll, "test:claim")],
            evidence.Select(v => new Evidence(v.Field, RangeOf(d.Text, v.Words), "test:" + v.Field)).ToList(), "test event");

    private static ControlAssertion Control(Dispatch d, int n, string area, Place place, Actor controller, LocalDate asOf, string words) =>
        new($"{d.Id[..12]}-c{n}", d.Id, area, place, controller, ControlShare.Full, DateSpan.OfDay(asOf), [new Evidence("controller", RangeOf(d.Text, words), "test:control")]);

    /// <summary>GeoNames lines and box-shaped governorates (OCHA COD-AB layout), enough for the base map and POST.</summary>
    public static IReadOnlyList<string> WriteGazetteer(string folder)
    {
        static string F(double d) => d.ToString("0.######", CultureInfo.InvariantCulture);
        static string G(long id, string name, string alt, double lat, double lon, string code, long pop) =>
            string.Join('\t', id.ToString(CultureInfo.InvariantCulture), name, name, alt, F(lat), F(lon), "P", code, "SY", "", "01", "", "", "", pop.ToString(CultureInfo.InvariantCulture), "", "0", "Asia/Damascus", "2020-01-01");
        var geonames = Path.Combine(folder, "cities-test.txt");
        File.WriteAllText(geonames, string.Join("\n",
            G(170063, "Aleppo", "Alep,Halab", 36.2021, 37.1343, "PPLA", 1600000),
            G(169577, "Homs", "Hims", 34.7268, 36.7234, "PPLA", 775404),
            G(169389, "Idlib", "Idleb", 35.9306, 36.6339, "PPLA", 128840),
            G(170654, "Damascus", "Damas", 33.5102, 36.2913, "PPLC", 2584771)) + "\n", new UTF8Encoding(false));
        (string Name, string Code, double W, double S, double E, double N)[] governorates =
        [
            ("Aleppo", "SY02", 37.00, 35.60, 38.50, 36.70),
            ("Homs", "SY04", 36.30, 34.30, 38.00, 35.00),
            ("Idleb", "SY07", 36.20, 35.60, 37.00, 36.30),
            ("Damascus", "SY01", 36.22, 33.47, 36.36, 33.56),
        ];
        var admin1 = Path.Combine(folder, "syr_admin1.geojson");
        File.WriteAllText(admin1, "{ \"type\": \"FeatureCollection\", \"features\": [" + string.Join(",", governorates.Select(g =>
            $"{{ \"type\": \"Feature\", \"properties\": {{ \"NAME_EN\": \"{g.Name}\", \"NAM_EN_REF\": \"{g.Name}\", \"PCODE\": \"{g.Code}\" }}, " +
            $"\"geometry\": {{ \"type\": \"Polygon\", \"coordinates\": [ [ [ {F(g.W)}, {F(g.S)} ], [ {F(g.E)}, {F(g.S)} ], [ {F(g.E)}, {F(g.N)} ], [ {F(g.W)}, {F(g.N)} ], [ {F(g.W)}, {F(g.S)} ] ] ] }} }}")) + "] }");
        return [geonames, admin1];
    }

    /// <summary>A clock stopped at one instant: tests never read the system clock.</summary>
    private sealed class FixedClock(Instant now) : IClock
    {
        public Instant GetCurrentInstant() => now;
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Server.DisposeAsync();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // a temp folder left behind is harmless
        }
    }
}
