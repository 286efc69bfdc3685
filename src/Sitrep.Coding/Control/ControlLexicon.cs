using System.Text.Json;
using Sitrep.Coding.Lexicon;
using Sitrep.Core.Data;
using Sitrep.Core.Model;

namespace Sitrep.Coding.Control;

/// <summary>A language's control cues (data/lang/{code}/control.json).</summary>
public sealed class ControlLexicon
{
    public required string Code { get; init; }
    public required PhraseMatcher<string> Cues { get; init; }
    public required IReadOnlySet<string> ControlNouns { get; init; }
    public required IReadOnlySet<string> Full { get; init; }
    public required PhraseMatcher<string> Partial { get; init; }
    /// <summary>Every form of the verbs that take control ("prendre", "seize") before a control noun.</summary>
    public required IReadOnlySet<string> GainVerbs { get; init; }
    /// <summary>Words that may stand between a side and its hold verb ("encore", "still", "qui").</summary>
    public required IReadOnlySet<string> HoldBetween { get; init; }
    /// <summary>Words that, with the verb, say the side no longer holds the areas ("ne contrôlent plus", "no longer hold").</summary>
    public required IReadOnlySet<string> HoldNegation { get; init; }
    /// <summary>Words after a negation word that make it a comparative ("plus de 60 %", "more than"): no negation.</summary>
    public required IReadOnlySet<string> HoldComparatives { get; init; }
    /// <summary>A word after a negation that makes it "only" ("ne contrôlent plus que").</summary>
    public required IReadOnlySet<string> HoldExclusive { get; init; }
    /// <summary>Words after which the areas of a hold verb are excepted ("apart from", "sauf").</summary>
    public required IReadOnlySet<string> HoldExceptions { get; init; }
    /// <summary>Every word of the partial and full cues ("moitié", "localités", "toute"): they may stand between two areas of one list
    /// ("Homs et de la moitié de la province de Hama").</summary>
    public required IReadOnlySet<string> ShareWords { get; init; }
    /// <summary>Words that join two areas into one list ("et", "and"), so that neither describes the other.</summary>
    public required IReadOnlySet<string> AreaJoiners { get; init; }
    /// <summary>Words that set a clause against the one before ("tandis", "while"): areas before them are not the subject of a cue after them.</summary>
    public required IReadOnlySet<string> Contrasts { get; init; }
    /// <summary>'under' cues with a slot for the side ("in {side} hands"): the word keys before the slot and after it.</summary>
    public required IReadOnlyList<(string[] Before, string[] After)> SlotUnder { get; init; }
    /// <summary>Words of a share in per cent ("%", "percent"): the area is a part.</summary>
    public required IReadOnlySet<string> PercentWords { get; init; }

    /// <summary>Nouns of people held captive or of a group made of others ("otages", "detainees", "coalition"): an 'under' cue
    /// right after one of them ("des otages aux mains de l'EI", "une coalition dominée par HTS") says who holds the people or leads
    /// the group, not who holds an area.</summary>
    public required IReadOnlySet<string> NotAreaNouns { get; init; }
    /// <summary>"jusque-là", "until then" ('past_holds'): right before a hold cue they say who held the area before, not now.</summary>
    public required PhraseMatcher<string> PastHolds { get; init; }
    /// <summary>"était", "had been" ('past_tense_holds'): right before a hold cue, with nothing between, a state that has ended.</summary>
    public required PhraseMatcher<string> PastTenseHolds { get; init; }
    /// <summary>Words that open a list of the parts of what comes before ("dont", "including"): the list still belongs to its clause.</summary>
    public required IReadOnlySet<string> InclusionWords { get; init; }
    /// <summary>Every form of the verbs that give up ground ("perdre", "lose"): a gain verb before them takes no control.</summary>
    public required IReadOnlySet<string> LossVerbs { get; init; }

    /// <summary>Words right after "the capital", "la capitale" that make it another capital ("the capital of its caliphate", "la capitale provinciale").</summary>
    public required IReadOnlySet<string> CapitalBlockers { get; init; }

    /// <summary>The two-word 'under' cues ("contrôlée par", "held by"), by their first word: a start of a period may stand inside them.</summary>
    public required IReadOnlyDictionary<string, IReadOnlySet<string>> UnderPairs { get; init; }

    /// <summary>Participles of hold verbs that, after a perfect auxiliary ("has controlled", "have held"), state a hold that goes on.</summary>
    public required IReadOnlySet<string> PerfectHolds { get; init; }

    /// <summary>Auxiliaries of the present perfect ("has", "have").</summary>
    public required IReadOnlySet<string> PerfectAuxiliaries { get; init; }

    /// <summary>Words right before a capture verb that make it an aim, an attempt or a forecast ("to retake", "tenté de reprendre").</summary>
    public required IReadOnlySet<string> CaptureGuards { get; init; }

    /// <summary>Phrases ending in a capture guard that tell the capture happened ("managed to", "sont parvenus à").</summary>
    public required PhraseMatcher<string> CaptureSuccesses { get; init; }

    /// <summary>Adjectives of a side that, beside a holder noun, name who holds the place after it ("le quartier rebelle de",
    /// "the rebel stronghold of"; control.json 'holder_sides'), and the links to that place ('holder_links').</summary>
    public required IReadOnlySet<string> HolderSides { get; init; }

    /// <summary>See <see cref="HolderSides"/>.</summary>
    public required IReadOnlySet<string> HolderLinks { get; init; }

    /// <summary>Cue kinds in <see cref="Cues"/>.</summary>
    public const string Under = "under", Absence = "absence", Presence = "presence", Capital = "capital", CapitalProvince = "capital_province",
        Anaphora = "anaphora";

    /// <summary>Whether a cue kind states control (rather than naming an area).</summary>
    public static bool States(string kind) => kind is Under or Absence or Presence;

    public static ControlLexicon Load(Language language, FrenchConjugations? french, EnglishInflector? english)
    {
        var code = language.Code();
        using var doc = JsonDocument.Parse(DataFiles.ReadText($"lang/{code}/control.json"));
        var r = doc.RootElement;
        IEnumerable<string> List(string n) => r.TryGetProperty(n, out var a) ? a.EnumerateArray().Select(e => e.GetString()!) : [];
        HashSet<string> Keys(string n) => List(n).Select(s => TokenKeys.Key(s.AsSpan())).ToHashSet();
        var cues = new PhraseMatcher<string>();
        foreach (var kind in new[] { Under, Absence, Presence, Capital, CapitalProvince, Anaphora })
            foreach (var p in List(kind))
                cues.Add(p, kind);
        // "contrôlée en majorité par", "held largely by": an adverb of 'under_adverbs' before the last word of a participle's cue.
        foreach (var p in List(Under).Select(p => p.Split(' ')).Where(w => w.Length == 2))
            foreach (var adverb in List("under_adverbs"))
                cues.Add($"{p[0]} {adverb} {p[1]}", Under);
        PhraseMatcher<string> Phrases(string name)
        {
            var m = new PhraseMatcher<string>();
            foreach (var p in List(name))
                m.Add(p, p);
            return m;
        }
        static string[] Words(string part) => part.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => TokenKeys.Key(w.AsSpan())).ToArray();
        IEnumerable<string> Forms(string v) => language == Language.French ? french?.Forms(v) ?? [v] : english?.Forms(v) ?? [v];
        return new ControlLexicon
        {
            Code = code,
            Cues = cues,
            ControlNouns = List("control_nouns").Select(s => TokenKeys.Key(s.AsSpan())).ToHashSet(),
            Full = List("full").Select(s => TokenKeys.Key(s.AsSpan())).ToHashSet(),
            Partial = Phrases("partial"),
            GainVerbs = List("gain_verbs").SelectMany(Forms).Select(f => TokenKeys.Key(f.AsSpan())).ToHashSet(),
            LossVerbs = List("loss_verbs").SelectMany(Forms).Select(f => TokenKeys.Key(f.AsSpan())).ToHashSet(),
            NotAreaNouns = Keys("not_area_nouns"),
            PastHolds = Phrases("past_holds"),
            PastTenseHolds = Phrases("past_tense_holds"),
            ShareWords = List("partial").Concat(List("full")).SelectMany(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                .Select(w => TokenKeys.Key(w.AsSpan())).ToHashSet(),
            InclusionWords = Keys("inclusion_words"),
            HoldBetween = Keys("hold_between"),
            HoldNegation = Keys("hold_negation"),
            HoldExclusive = Keys("hold_exclusive"),
            HoldComparatives = Keys("hold_comparatives"),
            HoldExceptions = Keys("hold_exceptions"),
            AreaJoiners = Keys("area_joiners"),
            PercentWords = Keys("percent_words"),
            Contrasts = Keys("contrasts"),
            SlotUnder = List("slot_under").Select(p => p.Split("{side}")).Select(parts => (Words(parts[0]), Words(parts[1]))).ToList(),
            CapitalBlockers = Keys("capital_blockers"),
            CaptureGuards = Keys("capture_guards"),
            PerfectHolds = Keys("perfect_holds"),
            UnderPairs = List(Under).Select(p => Words(p)).Where(w => w.Length == 2).GroupBy(w => w[0])
                .ToDictionary(g => g.Key, g => (IReadOnlySet<string>)g.Select(w => w[1]).ToHashSet()),
            PerfectAuxiliaries = Keys("perfect_auxiliaries"),
            CaptureSuccesses = Phrases("capture_successes"),
            HolderSides = Keys("holder_sides"),
            HolderLinks = Keys("holder_links"),
        };
    }
}

/// <summary>Where "the capital" and its province lie for a country in focus (data/coding/capitals.json).</summary>
public sealed record CapitalAreas(Place Capital, Place CapitalProvince)
{
    public static IReadOnlyDictionary<string, CapitalAreas> Load()
    {
        using var doc = JsonDocument.Parse(DataFiles.ReadText("coding/capitals.json"));
        var result = new Dictionary<string, CapitalAreas>();
        foreach (var c in doc.RootElement.EnumerateObject().Where(p => !p.Name.StartsWith('_')))
        {
            Place P(string key, PlaceKind kind)
            {
                var e = c.Value.GetProperty(key);
                return new Place($"capitals.json#{c.Name}:{key}", e.GetProperty("name").GetString()!, kind,
                    e.GetProperty("lat").GetDouble(), e.GetProperty("lon").GetDouble(), c.Name,
                    new AdminAreas(e.GetProperty("admin1").GetString(), e.GetProperty("pcode").GetString()));
            }
            result[c.Name] = new CapitalAreas(P("capital", PlaceKind.Admin1), P("capital_province", PlaceKind.Admin1));
        }
        return result;
    }
}
