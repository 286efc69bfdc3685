using System.Text.Json;
using Sitrep.Core.Data;
using Sitrep.Core.Model;

namespace Sitrep.Coding.Lexicon;

/// <summary>What a trigger class codes to (data/coding/classes.json).</summary>
public sealed record TriggerClass(
    string Name,
    string EventType,
    string SubEventType,
    string? NonStateSubEventType,
    string? CivilianEventType,
    string? CivilianSubEventType,
    int Priority)
{
    /// <summary>What the class codes to when its victims are protesters ("opened fire on demonstrators"): ACLED's excessive force.</summary>
    public string? ProtesterEventType { get; init; }

    public string? ProtesterSubEventType { get; init; }

    /// <summary>
    /// False for a class with no event type ("tension", "calm"): ACLED codes no event for it, and its words only close
    /// the clause of the triggers around them.
    /// </summary>
    public bool CodesEvent => EventType.Length > 0;
}

/// <summary>One trigger entry of a language's event lexicon, and the form that matched.</summary>
public sealed record Trigger(string Id, TriggerClass Class, string Language)
{
    /// <summary>The form that matched is one of the entry's nouns ("the deal", "l'attaque"), not a verb or a phrase.</summary>
    public bool Nominal { get; init; }

    /// <summary>The rule name shown as evidence: <c>lexicon:fr/events.json#reprise</c>.</summary>
    public string Rule => $"lexicon:{Language}/events.json#{Id}";
}

/// <summary>
/// A language's event lexicon: triggers with all their inflected forms, reporting verbs, and the small word
/// sets the coder reads around a trigger (negation, irrealis, "between", "against", "by", clause breaks).
/// </summary>
public sealed class EventLexicon
{
    public required Language Language { get; init; }
    public required PhraseMatcher<Trigger> Triggers { get; init; }
    /// <summary>
    /// Verb forms (or verb phrases: "entrer dans") that are a trigger only when a place name follows them ("took Manbij",
    /// "entered Damascus", "sont entrés dimanche dans Damas").
    /// </summary>
    public required PhraseMatcher<Trigger> PlaceVerbs { get; init; }
    public required PhraseMatcher<string> Reporting { get; init; }
    /// <summary>Idioms in which a trigger word means no event ("à de nombreuses reprises", "took part").</summary>
    public required PhraseMatcher<string> Blockers { get; init; }
    /// <summary>"warned of", "mis en garde contre": a trigger right after them names what is feared.</summary>
    public required PhraseMatcher<string> Warnings { get; init; }
    /// <summary>Words of condemnation ("a condamné", "denounced"; events.json 'condemnations'): a trigger noun a few words after
    /// them names what is condemned, an event told elsewhere or a conduct, not a new event.</summary>
    public required PhraseMatcher<string> Condemnations { get; init; }
    /// <summary>A future or conditional copula ("would be", "sera") a few words before a trigger noun: a forecast, not a report.</summary>
    public required PhraseMatcher<string> UnrealCopulas { get; init; }
    /// <summary>Cues that open a sentence on another incident ("Elsewhere", "Separately", "Par ailleurs").</summary>
    public required PhraseMatcher<string> SeparateCues { get; init; }
    /// <summary>Phrases that spread what a sentence tells over the whole country ("à travers le pays", "nationwide").</summary>
    public required PhraseMatcher<string> CountryWide { get; init; }
    /// <summary>"depuis", "since": a date after them starts a period.</summary>
    public required IReadOnlySet<string> PeriodCues { get; init; }

    /// <summary>"after", "avant" ('sequence_cues'): before a definite trigger noun ("hours after the attack"), they date
    /// what follows by a happening already told; the noun tells no new one.</summary>
    public required IReadOnlySet<string> SequenceCues { get; init; }

    /// <summary>"assiégée", "besieged" ('state_participles'): right after a place name they say what state it is in
    /// ("la Ghouta orientale assiégée depuis 2013"), not what happened.</summary>
    public required IReadOnlySet<string> StateParticiples { get; init; }
    /// <summary>"the", "l'", "cette": before a trigger noun, they point back to a happening already told ("the deal").</summary>
    public required IReadOnlySet<string> Definite { get; init; }
    /// <summary>"a", "une": an indefinite article, a linking word between a support cue and its instrument ("backed by an air campaign of").</summary>
    public required IReadOnlySet<string> Indefinite { get; init; }

    /// <summary>The word is an article, definite or indefinite ("the", "a", "la", "un").</summary>
    public bool IsArticle(string key) => Definite.Contains(key) || Indefinite.Contains(key);

    /// <summary>Nouns that, after a definite determiner, can tell again any violent event ("the attack", "l'attaque").</summary>
    public required IReadOnlySet<string> AnaphoricNouns { get; init; }
    /// <summary>Nouns of a kind of place ("camp", "airport"; events.json 'place_heads') that, after one of 'place_head_determiners'
    /// ("le camp", "the camp"), name again the place the dispatch introduced with that noun ("le camp de Yarmouk").</summary>
    public required IReadOnlySet<string> PlaceHeads { get; init; }
    /// <summary>The determiners before a place head that make it name a place again ("le", "du", "the").</summary>
    public required IReadOnlySet<string> PlaceHeadDeterminers { get; init; }
    /// <summary>Nouns of a toll itself ("death toll", "bilan", "morts"; events.json 'toll_nouns'): a clause whose only trigger is
    /// one, right after an event, counts that event's dead again.</summary>
    public required IReadOnlySet<string> TollNouns { get; init; }

    /// <summary>"rose to", "s'est alourdi" ('toll_updates'): a later count of the same dead, which becomes the best one.</summary>
    public required PhraseMatcher<string> TollUpdates { get; init; }
    /// <summary>"pour", "afin de", "in order to" ('purpose_cues'): right before a trigger they tell what was aimed at, not what happened ("pour reprendre la ville").</summary>
    public required PhraseMatcher<string> PurposeCues { get; init; }

    /// <summary>"they", "to have", "avoir" ('self_reference'): between a side's reporting cue and a trigger, they make the
    /// reporting side the trigger's subject ("the SDF said they had arrested").</summary>
    public required PhraseMatcher<string> SelfReference { get; init; }

    /// <summary>"raid" ('raid_nouns'): a strike word that, beside ground forces ('ground_cues': "special forces",
    /// "commando", "héliporté"), names a raid fought on the ground.</summary>
    public required IReadOnlySet<string> RaidNouns { get; init; }

    /// <summary>"special forces", "forces spéciales" ('ground_cues'): forces that raid on the ground.</summary>
    public required PhraseMatcher<string> GroundCues { get; init; }
    /// <summary>"et", "and", ",": words that join two actors into one subject.</summary>
    public required IReadOnlySet<string> Coordinators { get; init; }
    /// <summary>"when", "lorsque" ('when_words'): a side right after one, inside a unit's words, is the subject of the clause they open ("clashes erupted when tribal fighters attacked").</summary>
    public required IReadOnlySet<string> WhenWords { get; init; }
    /// <summary>"a", "has" ('speech_auxiliaries'): may stand between the comma and the verb of an inverted speech clause (", a annoncé l'armée").</summary>
    public required IReadOnlySet<string> SpeechAuxiliaries { get; init; }
    /// <summary>Words that make the place after them a destination ("vers Idleb", "to Jarablus").</summary>
    public required IReadOnlySet<string> DestinationWords { get; init; }
    /// <summary>Nouns of a border ("border", "crossing", "frontalière"): a country named after one and a link ("the crossing with Turkey") is a place.</summary>
    public required IReadOnlySet<string> BorderNouns { get; init; }
    /// <summary>
    /// Sites and words of civilians ("market", "hospital", "école", "a convoy of civilians"): a strike whose clause names one,
    /// outside a count of its dead, hit civilians, unless its words name its target or count fighters.
    /// </summary>
    public required IReadOnlySet<string> CivilianSites { get; init; }
    /// <summary>Describing words that may stand between an attack noun and its doer's genitive ("un kamikaze jordanien du Front al-Nosra").</summary>
    public required IReadOnlySet<string> PostDescribers { get; init; }
    /// <summary>Words that put a place where a strike came from ("tirés depuis Douma", "fired from Douma").</summary>
    public required IReadOnlySet<string> OriginWords { get; init; }
    /// <summary>Words that put what happened at the place after them ("à", "in"; events.json 'locatives').</summary>
    public required IReadOnlySet<string> Locatives { get; init; }
    /// <summary>'building_nouns': a capture word with one of them as its object ("stormed the mosque") is an assault, not ground taken.</summary>
    public IReadOnlySet<string> BuildingNouns { get; init; } = new HashSet<string>();
    /// <summary>'military_objects': military gear or posts a destruction word names ("blindés", "command posts"): no looting.</summary>
    public IReadOnlySet<string> MilitaryObjects { get; init; } = new HashSet<string>();
    /// <summary>'storm_words': the capture words that assault a building named after them ("stormed", "investi").</summary>
    public IReadOnlySet<string> StormWords { get; init; } = new HashSet<string>();
    /// <summary>'place_parts': words that list a place as part of the area a locative named before ("dans plusieurs villes de Turquie, dont Diyarbakir").</summary>
    public IReadOnlySet<string> PlaceParts { get; init; } = new HashSet<string>();
    /// <summary>Nouns of a side's members ("combattants", "fighters"; events.json 'member_nouns'): "par des combattants de X" names X as the agent.</summary>
    public required IReadOnlySet<string> MemberNouns { get; init; }
    /// <summary>Indefinite determiners that may open such a phrase ("des", "some"; events.json 'member_determiners').</summary>
    public required IReadOnlySet<string> MemberDeterminers { get; init; }
    /// <summary>Words that make the capital after them a party ("avec Damas", "with Damascus"; events.json 'party_links').</summary>
    public required IReadOnlySet<string> PartyLinks { get; init; }
    /// <summary>"aux portes de", "on the outskirts of" (events.json 'vicinity_phrases'): in an apposition to a place, the
    /// place after one only says where the first lies ("la Ghouta orientale, enclave rebelle aux portes de Damas").</summary>
    public required PhraseMatcher<string> VicinityPhrases { get; init; }
    /// <summary>Nouns for a part of a town ("quartier", "neighbourhood").</summary>
    public required IReadOnlySet<string> QuarterNouns { get; init; }
    /// <summary>"bastion", "stronghold" (events.json 'stronghold_nouns'): in an apposition to a place, a place after one only
    /// says where the first lies ("l'aéroport de Tabqa, dernier bastion du régime à Raqa").</summary>
    public required IReadOnlySet<string> StrongholdNouns { get; init; }
    /// <summary>Lemmas of the reporting verbs by which a side takes responsibility ("claim", "revendiquer").</summary>
    public required IReadOnlySet<string> ResponsibilityVerbs { get; init; }
    /// <summary>
    /// 'responsibility_objects': when not empty, a responsibility verb takes responsibility only with one of these words
    /// right after it ("claimed responsibility", "claimed the attack"); "in what two groups claimed was a gas attack" only reports.
    /// </summary>
    public IReadOnlySet<string> ResponsibilityObjects { get; init; } = new HashSet<string>();
    /// <summary>Phrases after which a side is who did the event ("attribuées à", "attributed to").</summary>
    public required PhraseMatcher<string> AgentPhrases { get; init; }
    /// <summary>"been", "été" ('agentless_passive_auxiliaries'): right before an attack verb, its subject is the target even with no agent named.</summary>
    public required IReadOnlySet<string> AgentlessPassive { get; init; }
    /// <summary>"without a fight", "sans rencontrer de résistance" ('unopposed'): a capture they follow is a non-violent transfer.</summary>
    public required PhraseMatcher<string> Unopposed { get; init; }

    /// <summary>"No group has claimed responsibility", "n'a pas été revendiqué" ('unclaimed'): a bombing nobody is named for is an unidentified group's.</summary>
    public required PhraseMatcher<string> Unclaimed { get; init; }
    /// <summary>"aux mains de", "fell to" ('taker_phrases'): a side right after one that ends a capture's words took the place.</summary>
    public required PhraseMatcher<string> TakerPhrases { get; init; }
    /// <summary>"offensive", "bataille": an operation whose toll is a campaign total.</summary>
    public required IReadOnlySet<string> CampaignNouns { get; init; }
    /// <summary>"guerre", "war": the whole war, whose toll is never an event.</summary>
    public required IReadOnlySet<string> WarNouns { get; init; }
    public required IReadOnlySet<string> NegationBefore { get; init; }
    public required IReadOnlySet<string> IrrealisBefore { get; init; }
    /// <summary>Trigger verb forms that tell what will or would happen, not what happened (French future and conditional).</summary>
    public required IReadOnlySet<string> UnrealForms { get; init; }
    /// <summary>"avion", "plane": aircraft that code a strike only beside a word of what they did.</summary>
    public required IReadOnlySet<string> VehicleNouns { get; init; }
    /// <summary>"convoy", "inspecteurs" ('non_combatant_nouns'): a capture word they are the subject of tells nobody taking ground ("an aid convoy entered Douma").</summary>
    public required IReadOnlySet<string> NonCombatantNouns { get; init; }
    /// <summary>"tried", "tenté": before a capture, the ground was attempted, not gained.</summary>
    public required IReadOnlySet<string> AttemptWords { get; init; }
    /// <summary>"séisme", "earthquake": a clause whose deaths they caused tells no conflict event.</summary>
    public required IReadOnlySet<string> DisasterNouns { get; init; }
    public required IReadOnlySet<string> Between { get; init; }
    public required IReadOnlySet<string> Against { get; init; }
    public required IReadOnlySet<string> By { get; init; }
    /// <summary>"du", "of": right after a trigger noun, the side that follows acts ("l'offensive du régime").</summary>
    public required IReadOnlySet<string> Genitive { get; init; }
    /// <summary>Nouns of a settlement or an area named by the place after them ("the Turkish town of Akcakale", "la ville turque d'Akçakale").</summary>
    public required IReadOnlySet<string> SettlementNouns { get; init; }
    /// <summary>Relative pronouns of place ("where", "où"): a clause after one happens at the place before it.</summary>
    public required IReadOnlySet<string> LocativeRelatives { get; init; }
    /// <summary>"en", "by" before a gerund ("en tirant", "by shelling"): how the action before was done.</summary>
    public required IReadOnlySet<string> MeansMarkers { get; init; }
    /// <summary>The ending of the gerund after a means marker ("-ant", "-ing").</summary>
    public required string GerundSuffix { get; init; }
    /// <summary>"which", "qui": after a comma, they open a clause that describes what it follows.</summary>
    public required IReadOnlySet<string> RelativePronouns { get; init; }

    /// <summary>Words that open a clause of their own inside a unit's clause ("positions they lost 20 months ago").</summary>
    public required IReadOnlySet<string> SubjectPronouns { get; init; }

    /// <summary>"with", "avec": a weapon named after one is how the unit before it struck ("targeted Douma with gas").</summary>
    public required IReadOnlySet<string> InstrumentLinks { get; init; }
    /// <summary>"was", "were", "a été": between a subject and its verb, they make the subject the one acted upon.</summary>
    public required IReadOnlySet<string> PassiveAuxiliaries { get; init; }
    /// <summary>"for", "pour" right after a gain of ground: "new advancement for the factions" names who gained it.</summary>
    public required IReadOnlySet<string> For { get; init; }
    public required IReadOnlySet<string> ClauseBreaks { get; init; }
    /// <summary>
    /// "controlled by", "sous le contrôle de" (the 'under' cues of data/lang/{code}/control.json): a side named after
    /// them holds the area, it does not act in the event.
    /// </summary>
    public required PhraseMatcher<string> ControlledBy { get; init; }
    /// <summary>"backed by", "soutenues par": a side named right after them supports the one who acts, and is not a side of the event.</summary>
    public required PhraseMatcher<string> SupportedBy { get; init; }
    /// <summary>"-backed" ("US-backed forces"): the side it follows supports the one who acts.</summary>
    public required IReadOnlyList<string> SupportedSuffixes { get; init; }
    /// <summary>"allié", "allied" (events.json 'ally_words'): a side named with one beside it ("son allié russe", "allied
    /// Syrian rebels", "des groupes rebelles alliés") fights with the side that acts, not against it.</summary>
    public required IReadOnlySet<string> AllyWords { get; init; }
    /// <summary>Words after an ally word that name whom the side is allied to ("alliés à", "allied to"): then the side acts.</summary>
    public required IReadOnlySet<string> AllyLinks { get; init; }
    /// <summary>"-held", "-controlled" (control.json's 'held_suffixes'): "IS-held" names the holder of an area.</summary>
    public required IReadOnlyList<string> HeldSuffixes { get; init; }
    /// <summary>control.json's adjectives: the class a compound's first part names ("Kurdish-held": kurds).</summary>
    public required IReadOnlyDictionary<string, string> HolderAdjectives { get; init; }
    /// <summary>"stronghold", "bastion" (control.json's 'holder_nouns'): a side named right beside one ("rebel stronghold", "bastion rebelle") holds the area.</summary>
    public required IReadOnlySet<string> HolderNouns { get; init; }
    /// <summary>
    /// The present forms of control.json's hold verbs ("controls", "hold"): past the headline, a trigger that opens with one
    /// states who holds ground ("the government controls most of western Syria"); a headline uses them for a capture.
    /// </summary>
    public required IReadOnlySet<string> HoldForms { get; init; }
    public required IReadOnlyDictionary<string, TriggerClass> Classes { get; init; }

    public static IReadOnlyDictionary<string, TriggerClass> LoadClasses()
    {
        using var doc = JsonDocument.Parse(DataFiles.ReadText("coding/classes.json"));
        var result = new Dictionary<string, TriggerClass>();
        foreach (var c in doc.RootElement.GetProperty("classes").EnumerateObject())
        {
            var v = c.Value;
            string? Opt(string n) => v.TryGetProperty(n, out var e) ? e.GetString() : null;
            result[c.Name] = new TriggerClass(c.Name, v.GetProperty("event_type").GetString()!, v.GetProperty("sub_event_type").GetString()!,
                Opt("nonstate_sub_event_type"), Opt("civilian_event_type"), Opt("civilian_sub_event_type"), v.GetProperty("priority").GetInt32())
            {
                ProtesterEventType = Opt("protester_event_type"),
                ProtesterSubEventType = Opt("protester_sub_event_type"),
            };
        }
        return result;
    }

    /// <summary>Loads data/lang/{code}/events.json. French verbs are inflected from <paramref name="french"/>.</summary>
    public static EventLexicon Load(Language language, FrenchConjugations? french, EnglishInflector? english)
    {
        var code = language.Code();
        var classes = LoadClasses();
        using var doc = JsonDocument.Parse(DataFiles.ReadText($"lang/{code}/events.json"));
        var root = doc.RootElement;
        // "sont entrées mardi dans la ville": a day may stand right after the verb of a phrase.
        var insertions = Strings(root, "verb_phrase_insertions").Select(w => TokenKeys.Key(w.AsSpan())).ToHashSet();
        var triggers = new PhraseMatcher<Trigger> { Insertions = insertions };
        var entries = new List<(JsonElement Entry, Trigger Trigger)>();
        foreach (var t in root.GetProperty("triggers").EnumerateArray())
        {
            var id = t.GetProperty("id").GetString()!;
            var cls = t.GetProperty("class").GetString()!;
            if (!classes.TryGetValue(cls, out var tc))
                throw new InvalidDataException($"data/lang/{code}/events.json: trigger '{id}' names class '{cls}', which data/coding/classes.json does not define");
            entries.Add((t, new Trigger(id, tc, code)));
        }
        // Nouns first: a verb form that is also a noun of the lexicon ("raids", "shells", "clashes") is read as that noun,
        // of the noun's entry, so that nothing that needs a verb ("and shelled") is read into it.
        foreach (var (t, trigger) in entries)
            foreach (var noun in Strings(t, "nouns"))
                foreach (var form in Plurals.Of(noun, language))
                    triggers.Add(form, trigger with { Nominal = true });
        // "extend their scope of control", "étendre leur contrôle": the first word is a verb lemma, inflected;
        // the rest is literal.
        void AddVerbPhrase(PhraseMatcher<Trigger> to, string phrase, Trigger trigger)
        {
            var parts = phrase.Split(' ', 2);
            foreach (var form in VerbForms(parts[0], language, french, english))
                to.Add(parts.Length == 1 ? form : form + " " + parts[1], trigger);
        }
        var placeVerbs = new PhraseMatcher<Trigger> { Insertions = insertions };
        foreach (var (t, trigger) in entries)
            foreach (var verb in Strings(t, "place_verbs"))
                AddVerbPhrase(placeVerbs, verb, trigger with { Id = trigger.Id + "+place" });
        foreach (var (t, trigger) in entries)
        {
            // "..., tuant 12 civils", "exécutant des familles entières": an entry marked 'participles' keeps its present
            // participles, which for killing verbs are no nouns.
            bool participles = t.TryGetProperty("participles", out var p) && p.ValueKind == JsonValueKind.True;
            foreach (var verb in Strings(t, "verbs"))
            {
                foreach (var form in VerbForms(verb, language, french, english))
                    triggers.Add(form, trigger);
                if (participles && language == Language.French && french is not null)
                    foreach (var form in french.Forms(verb).Where(f => f.EndsWith("ant", StringComparison.Ordinal) && f != verb))
                        triggers.Add(form, trigger);
            }
            foreach (var phrase in Strings(t, "phrases"))
                triggers.Add(phrase, trigger);
            foreach (var phrase in Strings(t, "verb_phrases"))
                AddVerbPhrase(triggers, phrase, trigger);
        }
        var reporting = new PhraseMatcher<string>();
        var rep = root.GetProperty("reporting");
        foreach (var verb in Strings(rep, "verbs"))
            foreach (var form in VerbForms(verb, language, french, english))
                reporting.Add(form, verb);
        foreach (var phrase in Strings(rep, "phrases"))
            reporting.Add(phrase, phrase);

        using var control = JsonDocument.Parse(DataFiles.ReadText($"lang/{code}/control.json"));

        IReadOnlySet<string> Set(string name) => Strings(root, name).Select(s => TokenKeys.Key(s.AsSpan())).ToHashSet();
        // A list of nouns, each with its plural.
        IReadOnlySet<string> NounSet(string name) => Strings(root, name).SelectMany(n => Plurals.Of(n, language)).Select(n => TokenKeys.Key(n.AsSpan())).ToHashSet();
        // A list of literal phrases, each matched as itself.
        static PhraseMatcher<string> Matcher(JsonElement from, string name)
        {
            var m = new PhraseMatcher<string>();
            foreach (var phrase in Strings(from, name))
                m.Add(phrase, phrase);
            return m;
        }
        return new EventLexicon
        {
            Language = language,
            Triggers = triggers,
            PlaceVerbs = placeVerbs,
            Reporting = reporting,
            Blockers = Matcher(root, "blockers"),
            Warnings = Matcher(root, "warnings"),
            Condemnations = Matcher(root, "condemnations"),
            UnrealCopulas = Matcher(root, "unreal_copulas"),
            SeparateCues = Matcher(root, "separate_cues"),
            CountryWide = Matcher(root, "country_wide"),
            PeriodCues = Set("period_cues"),
            SequenceCues = Set("sequence_cues"),
            StateParticiples = Set("state_participles"),
            Coordinators = Set("coordinators"),
            WhenWords = Set("when_words"),
            SpeechAuxiliaries = Set("speech_auxiliaries"),
            Definite = Set("definite"),
            Indefinite = Set("indefinite"),
            AnaphoricNouns = NounSet("anaphoric_nouns"),
            PlaceHeads = Set("place_heads"),
            PlaceHeadDeterminers = Set("place_head_determiners"),
            DisasterNouns = NounSet("disaster_nouns"),
            AttemptWords = Set("attempt_words"),
            VehicleNouns = NounSet("vehicle_nouns"),
            NonCombatantNouns = NounSet("non_combatant_nouns"),
            TollNouns = NounSet("toll_nouns"),
            TollUpdates = Matcher(root, "toll_updates"),
            PurposeCues = Matcher(root, "purpose_cues"),
            SelfReference = Matcher(root, "self_reference"),
            RaidNouns = NounSet("raid_nouns"),
            GroundCues = Matcher(root, "ground_cues"),
            DestinationWords = Set("destination_words"),
            BorderNouns = Set("border_nouns"),
            CivilianSites = Set("civilian_sites"),
            PostDescribers = Set("post_describers"),
            OriginWords = Set("origin_words"),
            Locatives = Set("locatives"),
            MemberNouns = Set("member_nouns"),
            MemberDeterminers = Set("member_determiners"),
            PartyLinks = Set("party_links"),
            VicinityPhrases = Matcher(root, "vicinity_phrases"),
            QuarterNouns = Set("quarter_nouns"),
            StrongholdNouns = Set("stronghold_nouns"),
            ResponsibilityVerbs = Strings(root, "responsibility_verbs").ToHashSet(),
            ResponsibilityObjects = root.TryGetProperty("responsibility_objects", out _) ? Set("responsibility_objects") : new HashSet<string>(),
            PlaceParts = root.TryGetProperty("place_parts", out _) ? Set("place_parts") : new HashSet<string>(),
            BuildingNouns = root.TryGetProperty("building_nouns", out _) ? NounSet("building_nouns") : new HashSet<string>(),
            StormWords = root.TryGetProperty("storm_words", out _) ? Set("storm_words") : new HashSet<string>(),
            MilitaryObjects = root.TryGetProperty("military_objects", out _) ? NounSet("military_objects") : new HashSet<string>(),
            AgentPhrases = Matcher(root, "agent_phrases"),
            AgentlessPassive = Set("agentless_passive_auxiliaries"),
            TakerPhrases = Matcher(root, "taker_phrases"),
            Unopposed = Matcher(root, "unopposed"),
            Unclaimed = Matcher(root, "unclaimed"),
            CampaignNouns = Strings(root, "campaign_nouns").SelectMany(n => Plurals.Of(n, language)).ToHashSet(),
            WarNouns = Strings(root, "war_nouns").SelectMany(n => Plurals.Of(n, language)).ToHashSet(),
            NegationBefore = Set("negation_before"),
            IrrealisBefore = Set("irrealis_before"),
            // The reported past ("aurait repris", "serait tombée") is a conditional of an auxiliary: still told.
            UnrealForms = (french is null || language != Language.French ? []
                : french.UnrealForms(Strings(root, "unreal_exempt").ToHashSet())).Concat(Strings(root, "unreal_auxiliaries")).Select(f => TokenKeys.Key(f.AsSpan())).ToHashSet(),
            Between = Set("between"),
            Against = Set("against"),
            By = Set("by"),
            Genitive = Set("genitive"),
            SettlementNouns = Set("settlement_nouns"),
            LocativeRelatives = Set("locative_relatives"),
            RelativePronouns = Set("relative_pronouns"),
            SubjectPronouns = Set("subject_pronouns"),
            InstrumentLinks = Set("instrument_links"),
            MeansMarkers = root.GetProperty("means").GetProperty("markers").EnumerateArray().Select(e => TokenKeys.Key(e.GetString()!.AsSpan())).ToHashSet(),
            GerundSuffix = root.GetProperty("means").GetProperty("gerund_suffix").GetString()!,
            PassiveAuxiliaries = Set("passive_auxiliaries"),
            For = Set("for"),
            ClauseBreaks = Set("clause_breaks"),
            ControlledBy = Matcher(control.RootElement, "under"),
            HeldSuffixes = Strings(control.RootElement, "held_suffixes").ToList(),
            HolderAdjectives = control.RootElement.TryGetProperty("adjectives", out var adjectives)
                ? adjectives.EnumerateObject().ToDictionary(a => a.Name, a => a.Value.GetString()!) : new Dictionary<string, string>(),
            HolderNouns = Strings(control.RootElement, "holder_nouns").Select(n => TokenKeys.Key(n.AsSpan())).ToHashSet(),
            HoldForms = Strings(control.RootElement, "hold_verbs")
                .SelectMany(v => language == Language.French ? french?.PresentForms(v) ?? [v] : english?.PresentForms(v) ?? [v])
                .Select(f => TokenKeys.Key(f.AsSpan())).ToHashSet(),
            SupportedBy = Matcher(root, "supported_by"),
            SupportedSuffixes = Strings(root, "supported_suffixes").ToList(),
            AllyWords = Set("ally_words"),
            AllyLinks = Set("ally_links"),
            Classes = classes,
        };
    }

    private static IEnumerable<string> VerbForms(string lemma, Language language, FrenchConjugations? french, EnglishInflector? english)
    {
        if (language == Language.French)
        {
            if (french is null)
                return [lemma];
            // Pronominal verbs ("s'emparer") are listed without their pronoun; present participles are left out
            // because in French they double as nouns ("combattant", "manifestant").
            return french.Forms(lemma).Where(f => !f.EndsWith("ant") || f == lemma);
        }
        return english?.Forms(lemma) ?? [lemma];
    }

    private static IEnumerable<string> Strings(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out var arr) ? arr.EnumerateArray().Select(e => e.GetString()!).Where(s => s.Length > 0) : [];
}
