using System.Text.Json;
using Sitrep.Core.Data;
using Sitrep.Core.Model;

namespace Sitrep.Places.Internal;

/// <summary>How an area word relates the place named next to it to the area meant.</summary>
internal enum AreaRelation
{
    /// <summary>"province de Homs": the governorate named, or whose capital is named.</summary>
    Admin1,
    /// <summary>"Idlib countryside", "rif Idleb": the governorate for a governorate or its capital, else the town's surroundings.</summary>
    Countryside,
    /// <summary>"outskirts of X", "environs de X": near the place.</summary>
    Near,
}

/// <summary>The words of one language that the place recognizer reads around names (data/places/lang/xx.json).</summary>
internal sealed class PlaceLexicon
{
    public required Dictionary<string, AreaRelation> AreaNouns { get; init; }
    public required Dictionary<string, AreaRelation> PreNouns { get; init; }
    public required Dictionary<string, AreaRelation> PostNouns { get; init; }
    public required HashSet<string> Connectors { get; init; }
    public required Dictionary<string, double> Directions { get; init; }
    public required Dictionary<string, double> DirectionAdjectives { get; init; }
    public required HashSet<string> RegionArticles { get; init; }
    public required Dictionary<string, double> DistanceUnits { get; init; }
    public required HashSet<string> DistanceLinks { get; init; }
    public required Dictionary<string, double> NumberWords { get; init; }
    public required Dictionary<string, PlaceKind> PlaceCues { get; init; }
    public required HashSet<string> Locatives { get; init; }
    public required HashSet<string> CountryWords { get; init; }
    public required HashSet<string> PersonTitles { get; init; }
    /// <summary>Determiners before a bare direction that names a part of the country in focus ("le nord-est", "the northeast").</summary>
    public required HashSet<string> CountryPartDeterminers { get; init; }
    /// <summary>Words of movement before such a determiner ("from the west", "vers le sud"): the direction is not a part of the country.</summary>
    public required HashSet<string> MovementWords { get; init; }
    /// <summary>Given names (data/places/given-names.txt): a name right after one is part of a person's name.</summary>
    public required HashSet<string> GivenNames { get; init; }
    public required HashSet<string> CommonWords { get; init; }
    /// <summary>"Qaïda", "Qaeda" ('notNames'): words that name no place even after an article ("l'ex-branche d'Al-Qaïda").</summary>
    public required HashSet<string> NotNames { get; init; }
    public required HashSet<string> OrgPrefixes { get; init; }
    /// <summary>Adjectives that may sit between an area word and its name ("province centrale de Homs").</summary>
    public required HashSet<string> FillerAdjectives { get; init; }
    /// <summary>Words after a name that make it part of an organisation's or operation's name ("Euphrates Shield").</summary>
    public required HashSet<string> OrgSuffixes { get; init; }
    /// <summary>"turque", "Turkish" → TR ('foreignAdjectives'): beside a place or area word they put the name in that country.</summary>
    public required Dictionary<string, string> ForeignAdjectives { get; init; }
    /// <summary>"opération", "Operation" ('operationNouns'): the name after one, quoted or not, is an operation's, not a place.</summary>
    public required HashSet<string> OperationNouns { get; init; }
    /// <summary>Participles that give an operation its name after the noun ("l'opération, baptisée « Bouclier de l'Euphrate »", "an operation dubbed").</summary>
    public required HashSet<string> NamingWords { get; init; }
    /// <summary>"a", "an", "un", "une" ('indefinites'): lower-case and apart from the next word, they start no curated name ("an Arab" is no Ain al-Arab).</summary>
    public required HashSet<string> Indefinites { get; init; }
    /// <summary>"controlled", "tenue" ('predicateVerbs'), past 'predicateAuxiliaries': a name that opens a sentence before them is a place ("Atmeh is controlled by").</summary>
    public required HashSet<string> PredicateVerbs { get; init; }
    public required HashSet<string> PredicateAuxiliaries { get; init; }

    /// <summary>Nouns that name the dispatch's country's capital by its role ("the capital", "la capitale").</summary>
    public required HashSet<string> CapitalNouns { get; init; }
    /// <summary>Determiners that make a capital noun definite ("the", "la"): "a capital" names no place.</summary>
    public required HashSet<string> CapitalDeterminers { get; init; }

    /// <summary>Words after a capital noun that make it another capital ("la capitale provinciale", "la capitale kurde").</summary>
    public required HashSet<string> CapitalBlockers { get; init; }
    /// <summary>"autoroute", "highway": a name hyphened to another beside one of these names a road's end, not a place.</summary>
    public required HashSet<string> RoadNouns { get; init; }
    /// <summary>"reliant", "linking", "between": after a road noun, the towns they join are the road's ends.</summary>
    public required HashSet<string> RoadLinks { get; init; }
    /// <summary>"à", "et", "and", "with", "to": what joins the two ends a road link names.</summary>
    public required HashSet<string> RoadJoiners { get; init; }
    /// <summary>Conjunctions ("and", "et"): a locative too weak to introduce a loosely spelt name on its own.</summary>
    public required HashSet<string> Conjunctions { get; init; }
    /// <summary>Words that put a place in the governorate named right after ("in", "dans"): "Ithriya in Hama province".</summary>
    public required HashSet<string> ContainmentLinks { get; init; }
    /// <summary>The same after a neighbourhood cue, with the genitive ("the Salihiah neighbourhood of Hasakah city").</summary>
    public required HashSet<string> QuarterLinks { get; init; }

    public static PlaceLexicon Load(Language language)
    {
        var path = $"places/lang/{language.Code()}.json";
        using var doc = JsonDocument.Parse(DataFiles.ReadText(path));
        var root = doc.RootElement;
        return new PlaceLexicon
        {
            AreaNouns = Map(root, "areaNouns", Relation),
            PreNouns = Map(root, "preNouns", Relation),
            PostNouns = Map(root, "postNouns", Relation),
            Connectors = Set(root, "connectors"),
            Directions = Map(root, "directions", e => e.GetDouble()),
            DirectionAdjectives = Map(root, "directionAdjectives", e => e.GetDouble()),
            RegionArticles = Set(root, "regionArticles"),
            DistanceUnits = Map(root, "distanceUnits", e => e.GetDouble()),
            DistanceLinks = Set(root, "distanceLinks"),
            NumberWords = Map(root, "numberWords", e => e.GetDouble()),
            PlaceCues = Map(root, "placeCues", e => e.GetString() == "neighbourhood" ? PlaceKind.Neighbourhood : PlaceKind.Populated),
            Locatives = Set(root, "locatives"),
            CountryWords = Set(root, "countryWords"),
            PersonTitles = Set(root, "personTitles"),
            CountryPartDeterminers = Set(root, "countryPartDeterminers"),
            MovementWords = Set(root, "movementWords"),
            GivenNames = GivenNameSet.Value,
            CommonWords = Set(root, "commonWords"),
            NotNames = Set(root, "notNames"),
            OrgPrefixes = Set(root, "orgPrefixes"),
            FillerAdjectives = Set(root, "fillerAdjectives"),
            OrgSuffixes = Set(root, "orgSuffixes"),
            ForeignAdjectives = Map(root, "foreignAdjectives", e => e.GetString()!),
            OperationNouns = Set(root, "operationNouns"),
            NamingWords = Set(root, "namingWords"),
            Indefinites = Set(root, "indefinites"),
            PredicateVerbs = Set(root, "predicateVerbs"),
            PredicateAuxiliaries = Set(root, "predicateAuxiliaries"),
            CapitalNouns = Set(root, "capitalNouns"),
            Conjunctions = Set(root, "conjunctions"),
            ContainmentLinks = Set(root, "containmentLinks"),
            QuarterLinks = Set(root, "quarterLinks"),
            CapitalBlockers = Set(root, "capitalBlockers"),
            RoadNouns = Set(root, "roadNouns"),
            RoadLinks = Set(root, "roadLinks"),
            RoadJoiners = Set(root, "roadJoiners"),
            CapitalDeterminers = Set(root, "capitalDeterminers"),
        };
    }

    /// <summary>data/places/given-names.txt, read once for every language.</summary>
    private static readonly Lazy<HashSet<string>> GivenNameSet = new(() =>
        DataFiles.ReadLines("places/given-names.txt").Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => NameKey.Plain(l)).ToHashSet(StringComparer.Ordinal));

    private static AreaRelation Relation(JsonElement e) => e.GetString() switch
    {
        "admin1" => AreaRelation.Admin1,
        "countryside" => AreaRelation.Countryside,
        _ => AreaRelation.Near,
    };

    private static Dictionary<string, T> Map<T>(JsonElement root, string name, Func<JsonElement, T> value)
    {
        var d = new Dictionary<string, T>(StringComparer.Ordinal);
        if (root.TryGetProperty(name, out var o))
            foreach (var p in o.EnumerateObject())
                d[Norm(p.Name)] = value(p.Value);
        return d;
    }

    private static HashSet<string> Set(JsonElement root, string name)
    {
        var s = new HashSet<string>(StringComparer.Ordinal);
        if (root.TryGetProperty(name, out var a))
            foreach (var e in a.EnumerateArray())
                s.Add(Norm(e.GetString()!));
        return s;
    }

    /// <summary>Lower case with typographic apostrophes made straight: how tokens are compared to these lists.</summary>
    public static string Norm(string s) => s.ToLowerInvariant().Replace('’', '\'').Replace('‘', '\'');
}
