using Sitrep.Core.Model;

namespace Sitrep.Coding.Events;

/// <summary>
/// Merges the reports of one happening inside a dispatch ("a repris ... à Damas" and "un dernier assaut ... à
/// Hajar al-Aswad" the same day, by the same sides): same event type (and the same sub-event type outside
/// Battles), dates that overlap, sides that do not
/// conflict, and places that nest. Sides do not conflict when one event's are among the other's, or when they differ
/// only by allies of one class and the tolls agree ("l'aviation russe et syrienne pilonne le sud d'Idleb, 14 civils
/// tués" over "14 civils tués dans des frappes du régime syrien et de son allié russe": one strike, the other air
/// power its associated actor). The merged event keeps the most specific sub-event type (by trigger priority), the
/// most specific place, the narrowest date, the largest toll, and all evidence and claims.
/// Campaign totals (aggregate events) are never merged with incidents.
/// </summary>
internal static class EventMerger
{
    public static List<Draft> Merge(IReadOnlyList<Draft> drafts, Func<Actor, string> classOf, Func<Actor, bool> isGeneric, Func<int, bool> isTitle)
    {
        var result = new List<Draft>();
        // A headline tells one of the lead's events: once merged with one, it takes no other.
        var toldHeadlines = new HashSet<int>();
        foreach (var d in drafts)
        {
            int y = result.FindIndex(r => Yielded(r, d, classOf) || Yielded(d, r, classOf));
            if (y >= 0)
            {
                result[y] = Yielded(result[y], d, classOf) ? Absorb(d, result[y]) : Absorb(result[y], d);
                continue;
            }
            int i = result.FindIndex(r => SameHappening(r, d, classOf));
            if (i < 0)
            {
                i = result.FindIndex(r => HeadlineOf(r, d, classOf, isTitle));
                if (i >= 0 && !toldHeadlines.Add(i))
                    i = -1;
            }
            if (i < 0)
                result.Add(d);
            else
                result[i] = Combine(result[i], d, classOf, isGeneric);
        }
        return result;
    }

    public static bool SameHappening(Draft a, Draft b, Func<Actor, string> classOf)
    {
        // Battles of one place and day are one battle whatever the words (an assault that retakes a quarter);
        // an air strike and a shelling are two events even when they hit the same place.
        if (a.Aggregate || b.Aggregate || a.EventType != b.EventType || (a.EventType != "Battles" && a.SubEventType != b.SubEventType))
            return false;
        if (a.When is null || b.When is null || a.When.Value.To < b.When.Value.From || b.When.Value.To < a.When.Value.From)
            return false;
        if (a.Place is null || b.Place is null || !Geo.Nested(a.Place.Value.Place, b.Place.Value.Place))
            return false;
        // "l'aviation a bombardé Arbine et Kafr Batna": the places one sentence names apart are each an event, however near.
        if (a.Sentence == b.Sentence && a.Place.Value.Place.Id != b.Place.Value.Place.Id && !PlaceGeometry.IsArea(a.Place.Value.Place) && !PlaceGeometry.IsArea(b.Place.Value.Place))
            return false;
        // "des obus tirés par les groupes terroristes" after the regime's strikes: the same two sides with their roles
        // swapped are the other side's attack, not another report of the first.
        if (a.Actor1 is { } a1 && b.Actor1 is { } b1 && classOf(a1.Value) != classOf(b1.Value)
            && (b.Actor2 is { } b2 && classOf(b2.Value) == classOf(a1.Value) || a.Actor2 is { } a2 && classOf(a2.Value) == classOf(b1.Value)))
            return false;
        var sa = Sides(a);
        var sb = Sides(b);
        if (sa.IsSubsetOf(sb) || sb.IsSubsetOf(sa))
            return true;
        // Allies of one class told twice: the same toll (or one untold) and the same classes on both sides.
        bool tollsAgree = a.Fatalities is null || b.Fatalities is null || a.Fatalities.Value.Best == b.Fatalities.Value.Best;
        return tollsAgree && a.Actor1 is not null && b.Actor1 is not null
               && classOf(a.Actor1.Value) == classOf(b.Actor1.Value)
               && (a.Actor2 is null || b.Actor2 is null || classOf(a.Actor2.Value) == classOf(b.Actor2.Value));
    }

    /// <summary>
    /// "Syrie : un camion piégé fait des dizaines de morts à Azaz" over "Un camion piégé a explosé samedi ... à Azaz, faisant
    /// au moins 43 morts": a headline tells in few words the event its lead tells in full. A headline event and a body
    /// event of kindred classes at nesting places are one, whatever the headline's vaguer type, toll or date (a headline
    /// rarely dates its event) and its stated-default sides.
    /// </summary>
    public static bool HeadlineOf(Draft a, Draft b, Func<Actor, string> classOf, Func<int, bool> isTitle)
    {
        if (isTitle(a.Sentence) == isTitle(b.Sentence) || a.Aggregate || b.Aggregate || !ClassFamilies.Compatible(a.TriggerClass, b.TriggerClass))
            return false;
        var (title, body) = isTitle(a.Sentence) ? (a, b) : (b, a);
        // A headline's place taken from the dateline is where the dispatch was filed, not what the headline tells; a
        // governorate's namesake capital in a headline ("strikes hit Idlib") may stand for the governorate.
        if (title.Place is { } tp && !FromContext(tp)
            && (body.Place is not { } bp || !(Geo.Nested(tp.Value.Place, bp.Value.Place)
                                             || (NamesGovernorate(tp.Value.Place) && PlaceGeometry.SameAdmin1(tp.Value.Place, bp.Value.Place)))))
            return false;
        if (title.DateFromText && (title.When is null || body.When is null || title.When.Value.To < body.When.Value.From || body.When.Value.To < title.When.Value.From))
            return false;
        bool SameClass(Sourced<Actor>? x, Sourced<Actor>? y) => x is null || y is null || classOf(x.Value) == classOf(y.Value) || !CodingContext.Named(x);
        return SameClass(title.Actor1, body.Actor1) && SameClass(title.Actor2, body.Actor2);
    }

    /// <summary>
    /// "Insurgents seized the city of Hama after government troops withdrew": in one sentence, a side's withdrawal from the
    /// place another side takes is how that capture happened, not a transfer of its own.
    /// </summary>
    private static bool Yielded(Draft withdrawal, Draft capture, Func<Actor, string> classOf) =>
        withdrawal.Sentence == capture.Sentence && withdrawal.TriggerClass == "evacuation" && capture.TriggerClass is ("territory" or "transfer")
        && !withdrawal.Aggregate && !capture.Aggregate && withdrawal.Actor1 is { } w && capture.Actor1 is { } c && classOf(w.Value) != classOf(c.Value)
        && withdrawal.Place is { } wp && capture.Place is { } cp && Geo.Nested(wp.Value.Place, cp.Value.Place)
        && (withdrawal.When is null || capture.When is null || (withdrawal.When.Value.From <= capture.When.Value.To && capture.When.Value.From <= withdrawal.When.Value.To));

    /// <summary>The capture with the withdrawal's words: the side that withdrew is whom it was taken from, where the capture named nobody.</summary>
    private static Draft Absorb(Draft capture, Draft withdrawal) => capture with
    {
        Actor2 = capture.Actor2 is { } a2 && CodingContext.Told(a2) ? a2 : withdrawal.Actor1,
        TypeEvidence = capture.TypeEvidence.Concat(withdrawal.TypeEvidence).Distinct().ToList(),
        Claims = capture.Claims.Concat(withdrawal.Claims).Distinct().ToList(),
        Range = capture.Range.Union(withdrawal.Range),
    };

    /// <summary>
    /// The side of the merged event: a side the text names over a default or the context, and a named group over the
    /// generic side of its class ("Les rebelles entrent dans Damas" over "les rebelles menés par HTS ont pris Damas").
    /// </summary>
    private static Sourced<Actor>? Side(Sourced<Actor>? a, Sourced<Actor>? b, Func<Actor, string> classOf, Func<Actor, bool> isGeneric) =>
        a is null || (b is not null && CodingContext.Told(b)
                      && (!CodingContext.Told(a) || (isGeneric(a.Value) && !isGeneric(b.Value) && classOf(a.Value) == classOf(b.Value)))) ? b : a;

    /// <summary>The place bears its governorate's name, in any spelling ("Idlib" in Idleb governorate).</summary>
    private static bool NamesGovernorate(Place p) =>
        p.Admin.Admin1 is { } g && Sitrep.Places.NameKey.Key(g).StartsWith(Sitrep.Places.NameKey.Key(p.Name), StringComparison.Ordinal);

    private static bool FromContext<T>(Sourced<T> s) => s.Evidence.All(e => e.Rule.StartsWith("context:", StringComparison.Ordinal));

    /// <summary>
    /// The merged event's place: a place told in its own sentence over one taken from context (a headline placed only by
    /// the dateline), else the more specific; a headline that names no place takes the lead's.
    /// </summary>
    private static Sourced<Resolved>? PlaceOf(Draft a, Draft b)
    {
        if (a.Place is null || b.Place is null)
            return a.Place ?? b.Place;
        if (FromContext(a.Place) != FromContext(b.Place))
            return FromContext(a.Place) ? b.Place : a.Place;
        return PlaceGeometry.Specificity(b.Place.Value.Place) < PlaceGeometry.Specificity(a.Place.Value.Place) ? b.Place : a.Place;
    }

    private static HashSet<string> Sides(Draft d) =>
        new[] { d.Actor1?.Value.Id, d.Actor2?.Value.Id }.Where(x => x is not null).Select(x => x!).ToHashSet();

    private static Draft Combine(Draft a, Draft b, Func<Actor, string> classOf, Func<Actor, bool> isGeneric)
    {
        var head = b.Priority > a.Priority ? b : a;
        var place = PlaceOf(a, b);
        // A headline may give no date: the lead's stands.
        var when = a.When is null || (b.When is not null && (b.When.Value.Days < a.When.Value.Days || (b.DateFromText && !a.DateFromText))) ? b : a;
        var toll = (a.Fatalities, b.Fatalities) switch
        {
            (null, var y) => y,
            (var x, null) => x,
            var (x, y) => y!.Value.Best > x!.Value.Best ? y : x,
        };
        // A side the text names outranks a stated default ("33 soldiers killed" in a headline, "an air strike by Syrian
        // government forces" in the lead).
        var (actor1, actor2) = (Side(a.Actor1, b.Actor1, classOf, isGeneric), Side(a.Actor2, b.Actor2, classOf, isGeneric));
        // Never one side against itself: then the sides stand as first told.
        if (actor1 is not null && actor1.Value.Id == actor2?.Value.Id)
            (actor1, actor2) = (a.Actor1 ?? b.Actor1, a.Actor2 ?? b.Actor2);
        // The ally the kept actor1 stands beside is its associated actor (ACLED's assoc_actor_1); a default is nobody's ally.
        var assoc = a.Assoc1.Concat(b.Assoc1).Concat(new[] { a.Actor1, b.Actor1 }.Where(x => x is not null && CodingContext.Named(x)).Select(x => x!.Value))
            .Where(x => x.Id != actor1?.Value.Id).DistinctBy(x => x.Id).ToList();
        return head with
        {
            Actor1 = actor1,
            Assoc1 = assoc,
            Actor2 = actor2,
            Place = place,
            When = when.When,
            DateFromText = when.DateFromText,
            Fatalities = toll,
            Civilians = a.Civilians ?? b.Civilians,
            Claims = a.Claims.Concat(b.Claims).Distinct().ToList(),
            TypeEvidence = a.TypeEvidence.Concat(b.TypeEvidence).Distinct().ToList(),
            Sentence = Math.Min(a.Sentence, b.Sentence),
            Range = a.Range.Union(b.Range),
        };
    }
}
