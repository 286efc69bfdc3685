using Sitrep.Core.Model;

namespace Sitrep.Export;

/// <summary>ACLED's derived columns, computed from an event's own fields.</summary>
public static class Acled
{
    /// <summary>
    /// ACLED's disorder type from the event type: Battles, Explosions/Remote violence and Violence against civilians
    /// are "Political violence"; Protests and Riots are "Demonstrations"; Strategic developments are
    /// "Strategic developments". An event type ACLED does not have gives "". Excessive force against protesters is both
    /// ("Political violence; Demonstrations", ACLED codebook).
    /// </summary>
    public static string DisorderType(string eventType, string? subEventType = null) => (eventType, subEventType) switch
    {
        ("Protests", "Excessive force against protesters") => "Political violence; Demonstrations",
        _ => DisorderTypeOf(eventType),
    };

    private static string DisorderTypeOf(string eventType) => eventType switch
    {
        "Battles" or "Explosions/Remote violence" or "Violence against civilians" => "Political violence",
        "Protests" or "Riots" => "Demonstrations",
        "Strategic developments" => "Strategic developments",
        _ => "",
    };

    /// <summary>
    /// ACLED's numeric interaction code (the convention of ACLED data before 2024): the two actors' inter codes
    /// as a two-digit number, smaller code first (state forces 1 against civilians 7 is 17, either way round).
    /// An event with only one coded actor is that code times ten ("sole" action: 10, 20... 60). Null when neither
    /// actor has an inter code.
    /// </summary>
    public static int? Interaction(Actor? actor1, Actor? actor2)
    {
        int a = (int)(actor1?.Inter ?? InterCode.None), b = (int)(actor2?.Inter ?? InterCode.None);
        if (a == 0 && b == 0)
            return null;
        if (a == 0 || b == 0)
            return Math.Max(a, b) * 10;
        return Math.Min(a, b) * 10 + Math.Max(a, b);
    }

    /// <summary>ACLED's civilian_targeting: "Civilian targeting" when the second actor is civilians (inter 7), else "".</summary>
    public static string CivilianTargeting(EventRecord e) =>
        e.Actor2?.Inter == InterCode.Civilians ? "Civilian targeting" : "";

    /// <summary>
    /// A stable, unique row id in ACLED's event_id_cnty column: the country's alpha-3 code (XXX when unknown),
    /// the first 8 characters of the dispatch's content hash, and the event's id, e.g. <c>SYR-1a2b3c4d-E1</c>.
    /// The same stored event always gets the same id, so re-exports can be compared.
    /// </summary>
    public static string EventIdCnty(Dispatch dispatch, EventRecord e)
    {
        var iso3 = Countries.Find(e.Where?.Place.CountryCode)?.Alpha3 ?? "XXX";
        var hash = dispatch.Id.Length > 8 ? dispatch.Id[..8] : dispatch.Id;
        return $"{iso3}-{hash}-{e.Id}";
    }
}
