using NodaTime;
using Sitrep.Core.Model;

namespace Sitrep.Merge.Tests;

/// <summary>
/// A small fictional world for merge tests: the province of Valdoria (VA01) with the towns of Brenn and Cask, 4 km
/// apart, and Tarn 40 km away; the province of Ostrel (VA02) with Ostrel city. Actors: the Valdorian army, the
/// Black Banner militia, the Northern Front. Events are built directly (no text is coded here): what matters is
/// what the merge does with coded events.
/// </summary>
internal static class World
{
    public static readonly AdminAreas Valdoria = new("Valdoria", "VA01");
    public static readonly AdminAreas OstrelProvince = new("Ostrel", "VA02");

    public static readonly Place ValdoriaArea = new("a1-va01", "Valdoria", PlaceKind.Admin1, 35.0, 37.0, "VA", Valdoria);
    public static readonly Place OstrelArea = new("a1-va02", "Ostrel", PlaceKind.Admin1, 33.0, 36.0, "VA", OstrelProvince);
    public static readonly Place BrennDistrict = new("a2-va0101", "Brenn District", PlaceKind.Admin2, 35.02, 37.0, "VA", Valdoria with { Admin2 = "Brenn District", Admin2PCode = "VA0101" });
    public static readonly Place Brenn = new("p-brenn", "Brenn", PlaceKind.Populated, 35.00, 37.00, "VA", Valdoria with { Admin2 = "Brenn District", Admin2PCode = "VA0101" }, 20_000);
    public static readonly Place Cask = new("p-cask", "Cask", PlaceKind.Populated, 35.036, 37.00, "VA", Valdoria with { Admin2 = "Brenn District", Admin2PCode = "VA0101" }, 5_000);
    public static readonly Place Tarn = new("p-tarn", "Tarn", PlaceKind.Populated, 35.36, 37.00, "VA", Valdoria, 8_000);
    public static readonly Place Ostrel = new("p-ostrel", "Ostrel", PlaceKind.Populated, 33.0, 36.0, "VA", OstrelProvince, 300_000);

    public static readonly Actor Army = new("army", "Military Forces of Valdoria", InterCode.StateForces);
    public static readonly Actor Banner = new("banner", "Black Banner", InterCode.RebelGroup);
    public static readonly Actor Front = new("front", "Northern Front", InterCode.RebelGroup);
    public static readonly Actor Civilians = new("civ", "Civilians (Valdoria)", InterCode.Civilians);

    public static LocalDate Day(int d) => new(2019, 3, d);

    public static EventRecord Event(
        string id, string type, string sub, Place? place, LocalDate? day, long? dead = null, Actor? a1 = null, Actor? a2 = null,
        bool aggregate = false, DateSpan? span = null, int geoPrecision = 1) =>
        new(id, "", type, sub, a1, a2, [], [], span ?? (day is LocalDate d ? DateSpan.OfDay(d) : null),
            place is null ? null : new EventLocation(place, geoPrecision, 0),
            dead is long n ? Quantity.ExactlyOf(n) : null, null, aggregate, [], [], "");

    public static EventRecord Strike(string id, Place place, int day, long? dead = null) =>
        Event(id, "Explosions/Remote violence", "Air/drone strike", place, Day(day), dead, Army, Civilians);

    public static EventRecord Shelling(string id, Place place, int day, long? dead = null) =>
        Event(id, "Explosions/Remote violence", "Shelling/artillery/missile attack", place, Day(day), dead, Army, Civilians);

    public static EventRecord Battle(string id, Place place, int day, Actor a1, Actor a2, long? dead = null) =>
        Event(id, "Battles", "Armed clash", place, Day(day), dead, a1, a2);

    /// <summary>A stored dispatch holding the events (their DispatchId set to it). The text is a placeholder: ranges are not read here.</summary>
    public static StoredDispatch Dispatch(string name, Language language, int day, params EventRecord[] events)
    {
        var text = $"dispatch {name}";
        var date = new DispatchDate(2019, 3, day);
        var id = Core.Model.Dispatch.ContentHash(text, date);
        var d = new Dispatch(id, name, text, language, date, "Wire " + name, null, null, new InputOrigin(name + ".txt"));
        return new StoredDispatch(d, events.Select(e => e with { DispatchId = id }).ToList(), [], Instant.FromUtc(2019, 3, day, 12, 0));
    }

    public static StoredDispatch WithControl(StoredDispatch d, params ControlAssertion[] control) =>
        d with { Control = control.Select(c => c with { DispatchId = d.Dispatch.Id }).ToList() };

    public static ControlAssertion Holds(string id, Place? area, string areaText, Actor who, ControlShare share, LocalDate? asOf = null) =>
        new(id, "", areaText, area, who, share, asOf is LocalDate a ? DateSpan.OfDay(a) : null,
            [new Evidence("controller", new TextRange(0, 8), "test")]);
}
