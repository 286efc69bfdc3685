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
/// A battle is one whichever side the text names first ("l'armée a lancé l'assaut sur Salaheddine" and "20 morts dans les
/// combats, dont 12 rebelles et 8 soldats"), so long as no third side is named.
/// A later sentence that tells again an event already told (<see cref="Retells"/>) is merged with it more loosely: a
/// vaguer word, a more precise place, no date or side of its own. The merged event then keeps the first report's toll as
/// its best figure, which other sources' counts widen (UCDP low and high).
/// Campaign totals (aggregate events) are never merged with incidents.
/// </summary>
internal static class EventMerger
{
    public static List<Draft> Merge(IReadOnlyList<Draft> drafts, Func<Actor, string> classOf, Func<Actor, bool> isGeneric, Func<int, bool> isTitle)
    {
        var result = new List<Draft>();
        // A headline tells one of the lead's events: once merged with one, it takes no other.
        var toldHeadlines = new HashSet<int>();
        // The sentences each merged event was told in: one that holds a report of the body, not only a headline's few words,
        // may be told again by a later sentence; a capture merged with an earlier report still yields its own sentence's withdrawal.
        var told = new List<HashSet<int>>();
        foreach (var d in drafts)
        {
            // A withdrawal told in another sentence is the capture's only when the side that withdrew is the one it names as the loser.
            int y = Enumerable.Range(0, result.Count).FirstOrDefault(k => (Yielded(result[k], d, classOf) && (told[k].Contains(d.Sentence) || LoserWithdrew(d, result[k], classOf)))
                                                                          || (Yielded(d, result[k], classOf) && (told[k].Contains(d.Sentence) || LoserWithdrew(result[k], d, classOf))), -1);
            if (y >= 0)
            {
                result[y] = Yielded(result[y], d, classOf) ? Absorb(d, result[y]) : Absorb(result[y], d);
                told[y].Add(d.Sentence);
                continue;
            }
            bool retold = false;
            // "l'aviation a bombardé Arbine et Kafr Batna": the places one sentence names apart stay apart, also once one of
            // them has been merged with a report of another sentence.
            // "Elsewhere, ...": an incident told as another is merged only with the events of its own sentence.
            int i = Enumerable.Range(0, result.Count).FirstOrDefault(k => SameHappening(result[k], d, classOf) && !(told[k].Contains(d.Sentence) && ApartInOneSentence(result[k], d))
                                                                          && (!d.Separate || told[k].Contains(d.Sentence)), -1);
            if (i < 0 && !d.Separate)
            {
                i = result.FindIndex(r => HeadlineOf(r, d, classOf, isTitle));
                if (i >= 0 && !toldHeadlines.Add(i))
                    i = -1;
            }
            if (i < 0 && !d.Separate)
            {
                // Of the events a sentence may tell again, one of its day before one it is dated near.
                var retelling = Enumerable.Range(0, result.Count).Where(k => told[k].Any(s => !isTitle(s)) && Retells(result[k], d, classOf, isTitle)).ToList();
                i = retelling.Count == 0 ? -1 : retelling.FirstOrDefault(k => Overlap(result[k].When, d.When), retelling[0]);
                retold = i >= 0;
            }
            if (i < 0)
            {
                result.Add(d);
                told.Add([d.Sentence]);
            }
            else
            {
                result[i] = Combine(result[i], d, classOf, isGeneric, retold);
                told[i].Add(d.Sentence);
            }
        }
        return result;
    }

    public static bool SameHappening(Draft a, Draft b, Func<Actor, string> classOf)
    {
        // Battles of one place and day are one battle whatever the words (an assault that retakes a quarter);
        // an air strike and a shelling are two events even when they hit the same place.
        if (a.Aggregate || b.Aggregate || a.EventType != b.EventType || (a.EventType != "Battles" && a.SubEventType != b.SubEventType))
            return false;
        if (a.When is null || b.When is null || !Overlap(a.When, b.When))
            return false;
        if (a.Place is null || b.Place is null || !Geo.Nested(a.Place.Value.Place, b.Place.Value.Place))
            return false;
        // "l'aviation a bombardé Arbine et Kafr Batna": the places one sentence names apart are each an event, however near.
        if (a.Sentence == b.Sentence && ApartInOneSentence(a, b))
            return false;
        // "des obus tirés par les groupes terroristes" after the regime's strikes: the same two sides with their roles
        // swapped are the other side's attack, not another report of the first.
        // A battle is fought by both its sides: named in the other order, with no third side, it is the same battle.
        bool battle = a.EventType == "Battles" && BattleSidesAgree(a, b, classOf);
        if (Swapped(a, b, classOf) && !battle)
            return false;
        var sa = Sides(a);
        var sb = Sides(b);
        if (sa.IsSubsetOf(sb) || sb.IsSubsetOf(sa) || battle)
            return true;
        // Allies of one class told twice: the same toll (or one untold) and the same classes on both sides.
        bool tollsAgree = a.Fatalities is null || b.Fatalities is null || a.Fatalities.Value.Best == b.Fatalities.Value.Best;
        return tollsAgree && a.Actor1 is not null && b.Actor1 is not null
               && classOf(a.Actor1.Value) == classOf(b.Actor1.Value)
               && (a.Actor2 is null || b.Actor2 is null || classOf(a.Actor2.Value) == classOf(b.Actor2.Value));
    }

    /// <summary>Two points of one sentence, named apart.</summary>
    private static bool ApartInOneSentence(Draft a, Draft b) =>
        a.Place is { } p && b.Place is { } q && p.Value.Place.Id != q.Value.Place.Id && !PlaceGeometry.IsArea(p.Value.Place) && !PlaceGeometry.IsArea(q.Value.Place);

    /// <summary>The other draft's first side is this one's second, or the reverse.</summary>
    private static bool Swapped(Draft a, Draft b, Func<Actor, string> classOf) =>
        a.Actor1 is { } a1 && b.Actor1 is { } b1 && classOf(a1.Value) != classOf(b1.Value)
        && (b.Actor2 is { } b2 && classOf(b2.Value) == classOf(a1.Value) || a.Actor2 is { } a2 && classOf(a2.Value) == classOf(b1.Value));

    /// <summary>
    /// Two battles have the same two sides in either order: both name one side in words, the sides one of them names are
    /// among the other's (however it got them), and the two name no more than two sides between them. "Les FDS se sont
    /// emparées de Manbij aux factions proturques au terme de combats" and the fighting's default opponent are one battle;
    /// rebels fighting the army and the jihadists fighting the army are two.
    /// </summary>
    private static bool BattleSidesAgree(Draft a, Draft b, Func<Actor, string> classOf)
    {
        if (a.EventType != "Battles" || b.EventType != "Battles")
            return false;
        var (toldA, toldB) = (SideKeys(a, classOf, told: true), SideKeys(b, classOf, told: true));
        return toldA.Overlaps(toldB) && toldA.Union(toldB).Count() <= 2
               && (toldA.IsSubsetOf(SideKeys(b, classOf, told: false)) || toldB.IsSubsetOf(SideKeys(a, classOf, told: false)));
    }

    /// <summary>
    /// A later report names no side the first one lacks: of a battle, every side it names in words is among the first one's
    /// (however it got them; "fighters of the Free Syrian Army attacked the column" after "rebels ambushed an army convoy");
    /// of other violence, its attacker and its target are the first one's, where both have them ("State television said the
    /// army had killed dozens of terrorists in Jobar" after a gas attack on the rebels' suburbs is the army's claim of
    /// another fight). "Le même jour, les forces soutenues par la
    /// Turquie ont pris Tall Abyad" after a killing with no side named is another happening.
    /// </summary>
    private static bool NoNewSide(Draft first, Draft later, Func<Actor, string> classOf)
    {
        var told = SideKeys(later, classOf, told: true);
        if (first.EventType == "Battles" && later.EventType == "Battles")
            return told.IsSubsetOf(SideKeys(first, classOf, told: false)) && told.Union(SideKeys(first, classOf, told: true)).Count() <= 2;
        bool New(Sourced<Actor>? l, Sourced<Actor>? f) => l is not null && CodingContext.Told(l) && f is not null && Key(later, l.Value, classOf) != Key(first, f.Value, classOf);
        return !New(later.Actor1, first.Actor1) && !New(later.Actor2, first.Actor2);
    }

    /// <summary>
    /// The classes of a draft's sides: those the text names, or all of them with the defaults and those carried over from
    /// an event before. Sides of one class fighting each other ("HTS chasse Ahrar al-Cham") are told apart by their ids.
    /// </summary>
    private static HashSet<string> SideKeys(Draft d, Func<Actor, string> classOf, bool told) =>
        new[] { d.Actor1, d.Actor2 }.Where(x => x is not null && (!told || CodingContext.Told(x))).Select(x => Key(d, x!.Value, classOf)).ToHashSet();

    /// <summary>What tells a side of <paramref name="d"/> from another: its class, or its id where both sides share a class or the class is no armed one.</summary>
    private static string Key(Draft d, Actor a, Func<Actor, string> classOf) =>
        classOf(a) is "other" || (d.Actor1 is { } x && d.Actor2 is { } y && classOf(x.Value) == classOf(y.Value)) ? a.Id : classOf(a);

    /// <summary>
    /// "The Observatory said warplanes hit the vegetable market in the town" after "air strikes on a market in Maarat
    /// al-Numan killed 39 civilians on Monday": a later sentence tells again a violent event already told, with other words.
    /// <list type="bullet">
    /// <item>Its word may be vaguer: a killing after any violence of its families (<see cref="ClassFamilies"/>), a strike
    /// of no named means after an air strike or a shelling; two named weapons (an air strike, a shelling) stay two events, and so do a battle and a
    /// strike named as such. A weapon told after a killing whose killer the text named is another happening, unless it
    /// names the same killer.</item>
    /// <item>Its place nests in or around the first one's, lies within <see cref="FewKm"/> of it, or one of them has none
    /// (then on the same day).</item>
    /// <item>Its date overlaps the first one's, or one of the two was given no date by the text (the reference day of
    /// the dispatch) and they lie within <see cref="DateSlackDays"/> of each other; neither spans <see cref="MaxDays"/>
    /// days or more (a spell of fighting "since last month" tells no one strike).</item>
    /// <item>It names no side the first one lacks (<see cref="NoNewSide"/>); of a strike, no other side in a role the
    /// first one names, and not the same sides the other way round (the other side's retaliation).</item>
    /// <item>Its toll is the same, or is another count of the same dead (a source gives it): a different toll given
    /// as the text's own, or told for a wider or narrower area than the first one's place, is other dead.</item>
    /// </list>
    /// A headline is not a later sentence (<see cref="HeadlineOf"/>), and a campaign total tells no incident again.
    /// </summary>
    public static bool Retells(Draft first, Draft later, Func<Actor, string> classOf, Func<int, bool> isTitle)
    {
        if (first.Aggregate || later.Aggregate || later.Sentence <= first.Sentence || isTitle(later.Sentence) || !Kindred(first, later)
            || LongerThan(first.When, MaxDays) || LongerThan(later.When, MaxDays))
            return false;
        // "Gunmen believed to be IS cells shot dead an SDF member in the town. Separately, two workers were killed when a
        // landmine exploded": a killing whose killer is named is told whole; a weapon told after it, by nobody named, is
        // another happening.
        if (first.TriggerClass == "kill" && later.EventType != first.EventType && first.Actor1 is { } killer && CodingContext.Told(killer)
            && !(later.Actor1 is { } l && CodingContext.Told(l) && Key(later, l.Value, classOf) == Key(first, killer.Value, classOf)))
            return false;
        if (!Overlap(first.When, later.When) && (!(NoDateOfItsOwn(first) || NoDateOfItsOwn(later)) || DaysApart(first.When, later.When) > DateSlackDays))
            return false;
        // A report with no place is one happening with another only on the same day.
        if ((first.Place is null || later.Place is null) && !Overlap(first.When, later.When))
            return false;
        bool samePoint = true;
        if (first.Place is { } fp && later.Place is { } lp)
        {
            var (p, q) = (fp.Value.Place, lp.Value.Place);
            bool points = !PlaceGeometry.IsArea(p) && !PlaceGeometry.IsArea(q);
            if (!Geo.Nested(p, q) && !(points && PlaceGeometry.Km(p, q) <= FewKm))
                return false;
            samePoint = points || p.Id == q.Id;
        }
        if (first.Fatalities is { } f && later.Fatalities is { } g && f.Value.Best != g.Value.Best && !(samePoint && AnotherCount(later)))
            return false;
        if (!NoNewSide(first, later, classOf))
            return false;
        if (first.EventType == "Battles" && later.EventType == "Battles")
            return true;
        bool Conflict(Sourced<Actor>? x, Sourced<Actor>? y, bool same) =>
            x is not null && y is not null && CodingContext.Told(x) && CodingContext.Told(y) && (Key(first, x.Value, classOf) == Key(later, y.Value, classOf)) == same;
        return !Conflict(first.Actor1, later.Actor1, false) && !Conflict(first.Actor2, later.Actor2, false)
               && !Conflict(first.Actor1, later.Actor2, true) && !Conflict(first.Actor2, later.Actor1, true);
    }

    /// <summary>Days beyond which a report tells a spell of fighting, not one happening that a later sentence could tell again.</summary>
    private const int MaxDays = 3;

    private static bool LongerThan(Sourced<DateSpan>? w, int days) =>
        w is not null && NodaTime.Period.Between(w.Value.From, w.Value.To, NodaTime.PeriodUnits.Days).Days >= days;

    /// <summary>Kilometres within which two points a dispatch names for one happening are one place ("a village on the edge of the town").</summary>
    private const double FewKm = 5;

    /// <summary>Days between a dated report and an undated one that may still tell it again (a lead's Monday, a dispatch of Tuesday).</summary>
    private const int DateSlackDays = 1;

    /// <summary>Violent events of one family, told with the same sub-event type, or one of them with a vague word ("killed", "the strikes").</summary>
    private static bool Kindred(Draft a, Draft b)
    {
        static bool Violent(Draft d) => d.EventType is "Battles" or "Explosions/Remote violence" or "Violence against civilians";
        if (!Violent(a) || !Violent(b) || a.TriggerClass == "abduction" || b.TriggerClass == "abduction" || !ClassFamilies.Compatible(a.TriggerClass, b.TriggerClass))
            return false;
        if (a.EventType == b.EventType && (a.EventType == "Battles" || a.SubEventType == b.SubEventType))
            return true;
        // A strike of no named means tells again a strike from the air or by artillery, not a bomb ("detonated two car
        // bombs" after "rebels shelled Aleppo").
        return a.TriggerClass == "kill" || b.TriggerClass == "kill"
               || (a.TriggerClass == "remote" && ClassFamilies.IsInstrument(b.TriggerClass)) || (b.TriggerClass == "remote" && ClassFamilies.IsInstrument(a.TriggerClass));
    }

    /// <summary>The draft's date is the dispatch's reference day, given because the text gave none.</summary>
    private static bool NoDateOfItsOwn(Draft d) =>
        d.When is { } w && w.Evidence.All(e => e.Rule.EndsWith("context:reference-day", StringComparison.Ordinal) || e.Rule.EndsWith("context:dispatch-date", StringComparison.Ordinal));

    private static bool Overlap(Sourced<DateSpan>? a, Sourced<DateSpan>? b) =>
        a is null || b is null || (a.Value.From <= b.Value.To && b.Value.From <= a.Value.To);

    private static int DaysApart(Sourced<DateSpan>? a, Sourced<DateSpan>? b) =>
        Overlap(a, b) ? 0 : a!.Value.To < b!.Value.From
            ? NodaTime.Period.Between(a.Value.To, b.Value.From, NodaTime.PeriodUnits.Days).Days
            : NodaTime.Period.Between(b.Value.To, a.Value.From, NodaTime.PeriodUnits.Days).Days;

    /// <summary>A source gives the draft's figure: its count of dead told before, not more dead.</summary>
    private static bool AnotherCount(Draft d) => d.Claims.Any(c => c.Figure is not null);

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
        // "Jordanian air strikes kill 10 in Syria's Sweida" over "strikes on southern Syria killed at least 10": a lead that
        // names only a part of the country holds the headline's place on its side of it, whatever governorate its own point is in.
        if (title.Place is { } tp && !FromContext(tp)
            && (body.Place is not { } bp || !(Geo.Nested(tp.Value.Place, bp.Value.Place)
                                             || (NamesGovernorate(tp.Value.Place) && PlaceGeometry.SameAdmin1(tp.Value.Place, bp.Value.Place))
                                             || InCountryPart(tp.Value.Place, bp.Value.Place))))
            return false;
        if (title.DateFromText && (title.When is null || body.When is null || title.When.Value.To < body.When.Value.From || body.When.Value.To < title.When.Value.From))
            return false;
        bool SameClass(Sourced<Actor>? x, Sourced<Actor>? y) => x is null || y is null || classOf(x.Value) == classOf(y.Value) || !CodingContext.Named(x);
        return SameClass(title.Actor1, body.Actor1) && SameClass(title.Actor2, body.Actor2);
    }

    /// <summary>
    /// "Insurgents seized the city of Hama after government troops withdrew": in one sentence, a side's withdrawal from the
    /// place another side takes is how that capture happened, not a transfer of its own (the caller checks that one of the
    /// sentences the capture was told in is the withdrawal's).
    /// </summary>
    /// <remarks>
    /// A withdrawal whose sides the text does not name in its own clause ("l'armée annonce son retrait" after "les rebelles
    /// entrent dans Hama", where the speaker is no side of the clause) is the loser's side of the capture. One that only the
    /// reference day dates ("Daech contrôle la ville après le retrait des forces du régime", the day after "a repris dimanche")
    /// may follow the capture by a day or two.
    /// </remarks>
    private static bool Yielded(Draft withdrawal, Draft capture, Func<Actor, string> classOf) =>
        withdrawal.TriggerClass == "evacuation" && capture.TriggerClass is ("territory" or "transfer")
        && !withdrawal.Aggregate && !capture.Aggregate && Leaver(withdrawal) is { } w && capture.Actor1 is { } c
        // "HTS a pris Ariha après le retrait d'Ahrar al-Cham": two groups of one class, each named, are two sides.
        && (!CodingContext.Told(w) || classOf(w.Value) != classOf(c.Value) || (w.Value.Id != c.Value.Id && CodingContext.Told(c)))
        && withdrawal.Place is { } wp && capture.Place is { } cp && Geo.Nested(wp.Value.Place, cp.Value.Place)
        && (Overlap(withdrawal.When, capture.When)
            || (!withdrawal.DateFromText && withdrawal.When is { } ww && capture.When is { } cw && cw.Value.To < ww.Value.From && DaysApart(cw, ww) <= WithdrawalLagDays));

    /// <summary>How many days after a capture a withdrawal that only the reference day dates may still be its loser's.</summary>
    private const int WithdrawalLagDays = 2;

    /// <summary>
    /// "L'armée a repris Palmyre à l'EI. Les jihadistes se sont retirés vers l'est": the capture names as its loser the side that
    /// withdrew. A capture whose loser is only a stated default, or a withdrawal whose side is only the context's, takes it too.
    /// </summary>
    private static bool LoserWithdrew(Draft capture, Draft withdrawal, Func<Actor, string> classOf) =>
        Leaver(withdrawal) is { } w
        && (!CodingContext.Told(w) || capture.Actor2 is not { } loser || !CodingContext.Told(loser) || classOf(loser.Value) == classOf(w.Value))
        && (capture.Actor1 is not { } taker || !CodingContext.Told(w) || classOf(taker.Value) != classOf(w.Value));

    /// <summary>
    /// Who left in a withdrawal: its first side, unless only its second is named ("after the withdrawal of Ahrar al-Sham",
    /// whose genitive the coder reads as the evacuated).
    /// </summary>
    private static Sourced<Actor>? Leaver(Draft withdrawal) =>
        withdrawal.Actor1 is { } a1 && CodingContext.Told(a1) ? a1
        : withdrawal.Actor2 is { } a2 && CodingContext.Told(a2) ? a2 : withdrawal.Actor1;

    /// <summary>The capture with the withdrawal's words: the side that withdrew is whom it was taken from, where the capture named nobody.</summary>
    private static Draft Absorb(Draft capture, Draft withdrawal) => capture with
    {
        Actor2 = capture.Actor2 is { } a2 && CodingContext.Told(a2) ? a2
            : Leaver(withdrawal) is { } w && (CodingContext.Told(w) || capture.Actor2 is null) && w.Value.Id != capture.Actor1?.Value.Id
                ? new Sourced<Actor>(w.Value, w.Evidence.Select(e => e with { Field = "actor2" }).ToList()) : capture.Actor2,
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

    /// <summary>One place is a part of the country ("southern Syria") and the other lies in it.</summary>
    private static bool InCountryPart(Place a, Place b) =>
        PlaceGeometry.IsCountryPart(a) != PlaceGeometry.IsCountryPart(b) && a.CountryCode == b.CountryCode && PlaceGeometry.Km(a, b) <= PlaceGeometry.CountryPartReachKm;

    /// <summary>The place bears its governorate's name, in any spelling ("Idlib" in Idleb governorate).</summary>
    private static bool NamesGovernorate(Place p) =>
        p.Admin.Admin1 is { } g && Sitrep.Places.NameKey.Key(g).StartsWith(Sitrep.Places.NameKey.Key(p.Name), StringComparison.Ordinal);

    private static bool StandsForGovernorate(Place capital, Place governorate) =>
        capital.Kind == PlaceKind.Populated && governorate.Kind == PlaceKind.Admin1 && NamesGovernorate(capital) && PlaceGeometry.SameAdmin1(capital, governorate);

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
        // "33 soldats turcs tués dans une frappe à Idleb" over "... dans la province d'Idleb": a governorate's namesake capital
        // said alone, told with that governorate by name, stands for the governorate.
        if (StandsForGovernorate(a.Place.Value.Place, b.Place.Value.Place))
            return b.Place;
        if (StandsForGovernorate(b.Place.Value.Place, a.Place.Value.Place))
            return a.Place;
        return PlaceGeometry.Specificity(b.Place.Value.Place) < PlaceGeometry.Specificity(a.Place.Value.Place) ? b.Place : a.Place;
    }

    private static bool ByDefault(Sourced<Actor>? s) => s is not null && !CodingContext.Named(s);

    private static HashSet<string> Sides(Draft d) =>
        new[] { d.Actor1?.Value.Id, d.Actor2?.Value.Id }.Where(x => x is not null).Select(x => x!).ToHashSet();

    private static Draft Combine(Draft a, Draft b, Func<Actor, string> classOf, Func<Actor, bool> isGeneric, bool retold = false)
    {
        // A battle told with its sides the other way round takes the orientation of the words that decide its type (the
        // side that took the town first).
        if (a.EventType == "Battles" && b.EventType == "Battles" && Swapped(a, b, classOf) && (retold || BattleSidesAgree(a, b, classOf)))
        {
            if (b.Priority > a.Priority)
                a = a with { Actor1 = a.Actor2, Actor2 = a.Actor1 };
            else
                b = b with { Actor1 = b.Actor2, Actor2 = b.Actor1 };
        }
        var head = b.Priority > a.Priority ? b : a;
        var place = PlaceOf(a, b);
        // A headline may give no date: the lead's stands.
        var when = a.When is null || (b.When is not null && (b.When.Value.Days < a.When.Value.Days || (b.DateFromText && !a.DateFromText))) ? b : a;
        var toll = (a.Fatalities, b.Fatalities) switch
        {
            (null, var y) => y,
            (var x, null) => x,
            var (x, y) when retold => Widened(x!, y!),
            var (x, y) => y!.Value.Best > x!.Value.Best ? y : x,
        };
        // "A doctor said 24 bodies had been brought in", told with a retelling of the blast that counts no dead of its own: another
        // source's figure for the same dead widens the toll (UCDP's low and high), as it does told in the toll's own sentence.
        if (toll is { } kept && (ReferenceEquals(kept, a.Fatalities) ? b : a) is { Fatalities: null } other)
        {
            var sources = (ReferenceEquals(kept, a.Fatalities) ? a : b).Claims.Select(c => c.Source).ToHashSet();
            if (other.Claims.Any(c => !sources.Contains(c.Source)))
                foreach (var count in other.SourceCounts.Where(c => c.Value.Best <= kept.Value.Best * MaxSourceRatio && c.Value.Best * MaxSourceRatio >= kept.Value.Best))
                    toll = Widened(toll!, count);
        }
        // A side the text names outranks a stated default ("33 soldiers killed" in a headline, "an air strike by Syrian
        // government forces" in the lead).
        var (actor1, actor2) = (Side(a.Actor1, b.Actor1, classOf, isGeneric), Side(a.Actor2, b.Actor2, classOf, isGeneric));
        // A report told again where both give a side only by default: the default of the words that decide the type (a
        // landmine's unidentified layer, not the rebels of a vague "bombing").
        if (retold && ReferenceEquals(head, b))
        {
            if (ByDefault(a.Actor1) && ByDefault(b.Actor1))
                actor1 = b.Actor1;
            if (ByDefault(a.Actor2) && ByDefault(b.Actor2))
                actor2 = b.Actor2;
        }
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
            SourceCounts = a.SourceCounts.Concat(b.SourceCounts).ToList(),
            CivilianSite = a.CivilianSite ?? b.CivilianSite,
            TypeEvidence = a.TypeEvidence.Concat(b.TypeEvidence).Distinct().ToList(),
            Sentence = Math.Min(a.Sentence, b.Sentence),
            Range = a.Range.Union(b.Range),
        };
    }

    /// <summary>Another source's figure more than this many times above or below the toll counts something else.</summary>
    private const long MaxSourceRatio = 4;

    /// <summary>
    /// The first report's toll, its low and high widened by another count of the same dead (UCDP's low and high estimates);
    /// a figure after a mere order of magnitude ("des dizaines de victimes", then "au moins 36 civils") is the best one.
    /// </summary>
    private static Sourced<Quantity> Widened(Sourced<Quantity> first, Sourced<Quantity> other)
    {
        var best = first.Value.Qualifier == QuantityQualifier.Vague && other.Value.Qualifier != QuantityQualifier.Vague ? other : first;
        return new(best.Value with { Low = Math.Min(first.Value.Low, other.Value.Low), High = Math.Max(first.Value.High, other.Value.High) },
            best.Evidence.Concat(first.Evidence).Concat(other.Evidence).Distinct().ToList());
    }
}
