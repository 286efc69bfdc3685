using System.Text.Json;
using Sitrep.Core.Data;
using Sitrep.Core.Model;
using Sitrep.Text.Numbers.Internal;

namespace Sitrep.Text.Numbers;

/// <summary>What a toll covers: one incident, a running total of one incident ("the death toll rose to"), or a campaign or period total.</summary>
public enum TollScope
{
    /// <summary>The toll of one incident, as first reported.</summary>
    Incident,
    /// <summary>A running total that was revised upwards ("the death toll rose to 112", "le bilan s'est alourdi à").</summary>
    Running,
    /// <summary>A campaign or period total ("since the start of the offensive", "aura fait près de 600 morts" over a month).</summary>
    Campaign,
}

/// <summary>
/// An entry of a toll lexicon: its id (the rule name after '#'), what it counts, and whether the counted are civilians.
/// <see cref="NeedsVerb"/> marks a head that counts victims only when a toll verb binds it ("killed 20 inhabitants"; "a town
/// of 50,000 inhabitants" is no toll).
/// </summary>
public sealed record TollEntry(string Id, CountedKind Kind, bool Civilian = false, bool NeedsVerb = false);

/// <summary>A cumulative cue and the scope it gives a toll in its clause.</summary>
public sealed record ScopeCue(string Id, TollScope Scope);

/// <summary>
/// The toll vocabulary of one language, loaded from <c>lang/{code}/tolls.json</c>: heads ("morts", "civilians"),
/// words that are never toll heads (populations, units), passive and active verbs, toll nouns ("death toll", "bilan"),
/// part markers ("dont", "including"), cumulative cues and the largest figure read as one incident's toll.
/// </summary>
public sealed class TollLexicon
{
    internal PhraseTable<TollEntry> Heads { get; } = new();
    internal PhraseTable<string> Population { get; } = new();
    internal PhraseTable<TollEntry> Passive { get; } = new();
    internal PhraseTable<string> Auxiliaries { get; } = new();
    internal PhraseTable<TollEntry> Active { get; } = new();
    internal PhraseTable<string> Fillers { get; } = new();
    internal PhraseTable<TollEntry> TollNouns { get; } = new();
    /// <summary>Groups named before their figure ("a family of five", "une famille de cinq personnes"): what the figure counts.</summary>
    internal PhraseTable<TollEntry> Groups { get; } = new();
    internal PhraseTable<string> TollLinks { get; } = new();
    internal PhraseTable<string> Parts { get; } = new();
    internal PhraseTable<string> PartBefore { get; } = new();
    internal PhraseTable<ScopeCue> Cumulative { get; } = new();
    /// <summary>Words that open a relative clause after a comma ("qui", "which"): a cue inside one that describes the toll's subject counts.</summary>
    internal PhraseTable<string> RelativeOpeners { get; } = new();
    /// <summary>Units of a duration ("four-month battle", "en deux mois"): a toll counted over one is a campaign total.</summary>
    internal HashSet<string> DurationUnits { get; } = new(StringComparer.Ordinal);
    /// <summary>Words before a counted duration ("in", "over", "en", "pendant").</summary>
    internal HashSet<string> DurationLinks { get; } = new(StringComparer.Ordinal);
    /// <summary>Duration units in hours ("heures", "hours"): a toll over a day or less of them is still one incident's.</summary>
    internal HashSet<string> HourUnits { get; } = new(StringComparer.Ordinal);
    /// <summary>Superlatives before a 'since' cue ("la journée la plus meurtrière depuis 2015", "the deadliest day since"): the
    /// cue dates the record, not the toll, which stays one incident's.</summary>
    internal PhraseTable<string> Superlatives { get; } = new();
    /// <summary>Articles that may stand between a cue and a place name ("depuis la Syrie").</summary>
    internal HashSet<string> Articles { get; } = new(StringComparer.Ordinal);
    /// <summary>Words before a figure that make it an age ("aged 12", "âgé de 40 ans"): never a count.</summary>
    internal PhraseTable<string> AgesBefore { get; } = new();
    /// <summary>Words after a figure that make it an age ("a 40-year-old farmer"): never a count.</summary>
    internal PhraseTable<string> AgesAfter { get; } = new();
    /// <summary>Describing words that may stand between "a"/"un" and its head ("a former commander", "un jeune homme").</summary>
    internal HashSet<string> Modifiers { get; } = new(StringComparer.Ordinal);
    /// <summary>Phrases that join a second count of the same victims ("as well as", "along with", "ainsi que"), after a head or a participle.</summary>
    internal PhraseTable<string> Joiners { get; } = new();
    /// <summary>Words between a joiner and the second count ("and her two children", "et de six soldats").</summary>
    internal HashSet<string> Determiners { get; } = new(StringComparer.Ordinal);
    /// <summary>Determiners that count one victim before a head with no figure ("sa femme", "leur fils").</summary>
    internal HashSet<string> OneDeterminers { get; } = new(StringComparer.Ordinal);
    /// <summary>
    /// Possessives that make a joined count the kin of the count before it ("a man, his wife and their three children",
    /// "un homme et ses deux fils"): when such kin are civilians, so is a first count that names no side ("a man", "un homme").
    /// </summary>
    internal HashSet<string> KinDeterminers { get; } = new(StringComparer.Ordinal);
    /// <summary>Heads that name one person after a possessive with no figure ("her husband").</summary>
    internal PhraseTable<string> OneHeads { get; } = new();
    /// <summary>
    /// Singular heads that count one when they open a headline with no article and a toll verb follows ("Child killed by
    /// sniper fire", "Man shot dead in Inkhil").
    /// </summary>
    internal PhraseTable<string> BareOneHeads { get; } = new();
    /// <summary>"one" ('loneOne.forms'): right after a killing verb, and before one of 'loneOne.followers' or the end of the clause, one victim ("kills one in Homs").</summary>
    internal HashSet<string> LoneOnes { get; } = new(StringComparer.Ordinal);
    internal HashSet<string> LoneOneFollowers { get; } = new(StringComparer.Ordinal);
    /// <summary>Words that open a head's complement ("members of the regime forces"): it may stand between the head and a connector.</summary>
    internal HashSet<string> ComplementLinks { get; } = new(StringComparer.Ordinal);
    /// <summary>Prepositions repeated after a connector before a joined count ("à un homme et à ses trois enfants").</summary>
    internal HashSet<string> RepeatedLinks { get; } = new(StringComparer.Ordinal);
    /// <summary>Finite auxiliaries ("had", "étaient"): once one follows a figure, only auxiliaries may stand before its participle.</summary>
    internal PhraseTable<string> VerbOpeners { get; } = new();
    /// <summary>Words that join a second verb of the same subject after a verb opener ("were rounded up and executed").</summary>
    internal HashSet<string> VerbJoiners { get; } = new(StringComparer.Ordinal);
    /// <summary>Endings of adverbs that may stand inside a verb ("brutally", "sommairement").</summary>
    internal List<string> AdverbSuffixes { get; } = [];

    /// <summary>How many words of a head's complement may stand between the head and a connector.</summary>
    public int ComplementWindow { get; private set; } = 5;

    public string Code { get; private set; } = "";

    /// <summary>Figures above this are never one incident's toll: they are kept as campaign totals.</summary>
    public long MaxIncident { get; private set; } = 5000;

    /// <summary>How many words may stand between a head and its participle ("combattants et membres de leurs familles ont été évacués").</summary>
    public int VerbWindow { get; private set; } = 6;

    public static TollLexicon Load(Language language) =>
        FromJson(language.Code(), DataFiles.ReadText($"lang/{language.Code()}/tolls.json"));

    public static TollLexicon FromJson(string code, string json)
    {
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        var lex = new TollLexicon { Code = code };
        Entries(root, "heads", lex.Heads);
        Entries(root, "passive", lex.Passive);
        Entries(root, "active", lex.Active);
        Entries(root, "tollNouns", lex.TollNouns);
        Entries(root, "groups", lex.Groups);
        Words(root, "population", lex.Population);
        Words(root, "auxiliaries", lex.Auxiliaries);
        Words(root, "fillers", lex.Fillers);
        Words(root, "tollLinks", lex.TollLinks);
        Words(root, "parts", lex.Parts);
        Words(root, "partBefore", lex.PartBefore);
        Words(root, "relativeOpeners", lex.RelativeOpeners);
        Words(root, "superlatives", lex.Superlatives);
        Words(root, "joiners", lex.Joiners);
        Words(root, "oneHeads", lex.OneHeads);
        Words(root, "bareOneHeads", lex.BareOneHeads);
        if (root.TryGetProperty("loneOne", out var lone))
        {
            Set(lone, "forms", lex.LoneOnes);
            Set(lone, "followers", lex.LoneOneFollowers);
        }
        Words(root, "verbOpeners", lex.VerbOpeners);
        Set(root, "modifiers", lex.Modifiers);
        Set(root, "determiners", lex.Determiners);
        Set(root, "oneDeterminers", lex.OneDeterminers);
        Set(root, "kinDeterminers", lex.KinDeterminers);
        Set(root, "complementLinks", lex.ComplementLinks);
        Set(root, "repeatedLinks", lex.RepeatedLinks);
        Set(root, "verbJoiners", lex.VerbJoiners);
        Set(root, "adverbSuffixes", lex.AdverbSuffixes);
        if (root.TryGetProperty("ages", out var ages))
        {
            Words(ages, "before", lex.AgesBefore);
            Words(ages, "after", lex.AgesAfter);
        }
        if (root.TryGetProperty("complementWindow", out var cw))
            lex.ComplementWindow = cw.GetInt32();
        Set(root, "durationUnits", lex.DurationUnits);
        Set(root, "articles", lex.Articles);
        Set(root, "hourUnits", lex.HourUnits);
        Set(root, "durationLinks", lex.DurationLinks);
        if (root.TryGetProperty("cumulative", out var cum))
            foreach (var c in cum.EnumerateArray())
            {
                var cue = new ScopeCue(c.GetProperty("id").GetString()!, Enum.Parse<TollScope>(c.GetProperty("scope").GetString()!));
                foreach (var f in c.GetProperty("forms").EnumerateArray())
                    lex.Cumulative.Add(f.GetString()!, cue);
            }
        if (root.TryGetProperty("verbWindow", out var vw))
            lex.VerbWindow = vw.GetInt32();
        if (root.TryGetProperty("maxIncident", out var max))
            lex.MaxIncident = max.GetInt64();
        return lex;
    }

    private static void Entries(JsonElement root, string name, PhraseTable<TollEntry> table)
    {
        if (!root.TryGetProperty(name, out var arr))
            return;
        foreach (var e in arr.EnumerateArray())
        {
            var entry = new TollEntry(e.GetProperty("id").GetString()!, Enum.Parse<CountedKind>(e.GetProperty("kind").GetString()!),
                e.TryGetProperty("civilian", out var civ) && civ.GetBoolean(),
                e.TryGetProperty("needsVerb", out var nv) && nv.GetBoolean());
            foreach (var f in e.GetProperty("forms").EnumerateArray())
                table.Add(f.GetString()!, entry);
        }
    }

    /// <summary>The folded words of list <paramref name="name"/>, added to <paramref name="set"/>.</summary>
    private static void Set(JsonElement root, string name, ICollection<string> set)
    {
        if (!root.TryGetProperty(name, out var arr))
            return;
        foreach (var v in arr.EnumerateArray())
            set.Add(Folded.Fold(v.GetString()!));
    }

    private static void Words(JsonElement root, string name, PhraseTable<string> table)
    {
        if (!root.TryGetProperty(name, out var arr))
            return;
        foreach (var v in arr.EnumerateArray())
            table.Add(v.GetString()!, v.GetString()!);
    }
}
