using System.Text.Json;
using Sitrep.Coding.Context;
using Sitrep.Coding.Lexicon;
using Sitrep.Core.Data;
using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;

namespace Sitrep.Coding.Events;

/// <summary>
/// Codes ACLED events from the layers the earlier stages found. Per sentence: triggers from the language's
/// event lexicon (negated, hypothetical or questioned ones are not events) are grouped into units; each unit
/// takes the places, actors, dates and tolls of its clause; what a clause leaves unsaid is taken from the
/// previous event of the dispatch when it happens at the same place, else from the stated defaults
/// (data/coding/defaults.json). A source that reports a sentence makes it a claim on the event it speaks of.
/// Reports of one happening inside a dispatch are then merged (<see cref="EventMerger"/>).
/// </summary>
public sealed class RuleEventCoder : IEventCoder
{
    private readonly IReadOnlyDictionary<Language, EventLexicon> _lexicons;
    private readonly IActorCatalog _actors;
    private readonly Defaults _defaults;
    private readonly Frontlines _fronts;
    private readonly IReadOnlyList<SourceProfile> _profiles;
    private readonly Place? _capital;

    /// <param name="countryFocus">The country the dispatches are about (ISO code): its capital named as a side ("par Damas")
    /// is the government, not a place.</param>
    public RuleEventCoder(IReadOnlyDictionary<Language, EventLexicon> lexicons, IActorCatalog actors, string countryFocus = "SY")
    {
        _lexicons = lexicons;
        _actors = actors;
        _defaults = Defaults.Load();
        _fronts = Frontlines.Load();
        _profiles = SourceProfile.Load();
        _capital = Control.CapitalAreas.Load().GetValueOrDefault(countryFocus)?.Capital;
    }

    /// <summary>Loads the lexicons of every language (French verb forms from the Lefff table beside the repository).</summary>
    public static IReadOnlyDictionary<Language, EventLexicon> LoadLexicons(FrenchConjugations? french = null)
    {
        french ??= FrenchConjugations.Load();
        var english = new EnglishInflector();
        return Enum.GetValues<Language>().ToDictionary(l => l, l => EventLexicon.Load(l, french, english));
    }

    public IReadOnlyList<EventRecord> Code(AnalyzedDispatch doc)
    {
        var ctx = new CodingContext(doc, _lexicons[doc.Dispatch.Language], _actors, _defaults, _fronts, _capital);
        var drafts = new List<Draft>();
        for (int s = 0; s < ctx.Layer.Sentences.Count; s++)
        {
            if (ctx.IsQuestion(s))
                continue;
            var units = ctx.Units(s);
            if (ctx.OnlyRestatesToll(units, s, drafts))
                units = [];
            var claim = ctx.ClaimOf(s);
            if (claim is not null && ctx.AttachClaim(drafts, s, units, claim))
                continue;
            foreach (var unit in units.Where(u => u.Head.Class.CodesEvent))
                foreach (var draft in ctx.Draft(unit, drafts, claim))
                    drafts.Add(draft);
            if (units.Count == 0)
                ctx.OrphanTolls(s, drafts);
        }
        if (drafts.Count == 0 && _profiles.FirstOrDefault(p => p.Matches(doc.Dispatch.Source)) is { } profile)
            drafts.AddRange(ctx.ProfileDrafts(profile));
        var merged = EventMerger.Merge(drafts, a => _actors.Describe(a).Class, a => _actors.Describe(a).Generic, ctx.IsTitle).Select(ctx.CiviliansTargeted).ToList();
        return merged.Select((d, i) => d.ToRecord($"{doc.Dispatch.Id[..12]}-{i + 1}", doc.Dispatch.Id, ctx)).ToList();
    }
}

/// <summary>The stated defaults of data/coding/defaults.json.</summary>
internal sealed record Defaults(IReadOnlyDictionary<string, string> Opponent, string RemoteActor1, string TerritoryOpponent, string DefaultActor1, string SuicideActor1, string ProtestActor1, string ExplosiveActor1, IReadOnlySet<string> AirPowers, IReadOnlySet<string> AirClasses, IReadOnlyList<JihadistArea> JihadistAreas)
{
    /// <summary>'opponent_since': a class's usual foe from a day on, in some governorates (Turkey's in the north-east, from Operation Olive Branch, the Kurdish forces).</summary>
    public IReadOnlyList<DatedOpponent> OpponentSince { get; init; } = [];

    /// <summary>'ground_only': actors of a class in 'air_classes' that have no aircraft (militias, Hezbollah).</summary>
    public IReadOnlySet<string> GroundOnly { get; init; } = new HashSet<string>();

    /// <summary>'allies': classes that fought on one side from a day on; one is never the other's foe in a battle or a strike.</summary>
    public IReadOnlyList<Alliance> Allies { get; init; } = [];

    /// <summary>Sides of classes <paramref name="a"/> and <paramref name="b"/> were allies on the dispatch's day ('allies').</summary>
    public bool Allied(string a, string b, DispatchDate? date) =>
        date is not null && Allies.Any(x => x.From <= date.Earliest && (x.Classes.Contains(a) && x.Classes.Contains(b)) && a != b);

    /// <summary>
    /// The usual foe of a side of class <paramref name="cls"/> on the dispatch's day in the governorate of P-code
    /// <paramref name="admin1"/>, else <paramref name="fallback"/>.
    /// </summary>
    public string OpponentOf(string cls, DispatchDate? date, string? admin1, string fallback) =>
        (date is null ? null : OpponentSince.Where(o => o.Class == cls && o.From <= date.Earliest && (o.Admin1.Count == 0 || (admin1 is not null && o.Admin1.Contains(admin1))))
            .MaxBy(o => o.From)?.Opponent)
        ?? Opponent.GetValueOrDefault(cls, fallback);

    public static Defaults Load()
    {
        using var doc = JsonDocument.Parse(DataFiles.ReadText("coding/defaults.json"));
        var r = doc.RootElement;
        return new Defaults(
            r.GetProperty("opponent").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!),
            r.GetProperty("remote_actor1").GetString()!,
            r.GetProperty("territory_opponent").GetString()!,
            r.GetProperty("default_actor1").GetString()!,
            r.GetProperty("suicide_actor1").GetString()!,
            r.GetProperty("protest_actor1").GetString()!,
            r.GetProperty("explosive_actor1").GetString()!,
            r.GetProperty("air_powers").EnumerateArray().Select(e => e.GetString()!).ToHashSet(StringComparer.Ordinal),
            r.GetProperty("air_classes").EnumerateArray().Select(e => e.GetString()!).ToHashSet(StringComparer.Ordinal),
            r.TryGetProperty("jihadists_by_area", out var ja)
                ? ja.EnumerateArray().Select(e => new JihadistArea(e.GetProperty("admin1").GetString()!,
                    NodaTime.Text.LocalDatePattern.Iso.Parse(e.GetProperty("from").GetString()!).Value,
                    NodaTime.Text.LocalDatePattern.Iso.Parse(e.GetProperty("to").GetString()!).Value, e.GetProperty("actor").GetString()!)).ToList()
                : [])
        {
            OpponentSince = r.TryGetProperty("opponent_since", out var os)
                ? os.EnumerateArray().Select(e => new DatedOpponent(e.GetProperty("class").GetString()!,
                    NodaTime.Text.LocalDatePattern.Iso.Parse(e.GetProperty("from").GetString()!).Value, e.GetProperty("opponent").GetString()!,
                    e.TryGetProperty("admin1", out var a1) ? a1.EnumerateArray().Select(x => x.GetString()!).ToHashSet(StringComparer.Ordinal) : [])).ToList()
                : [],
            GroundOnly = r.TryGetProperty("ground_only", out var go)
                ? go.EnumerateArray().Select(e => e.GetString()!).ToHashSet(StringComparer.Ordinal)
                : new HashSet<string>(),
            Allies = r.TryGetProperty("allies", out var al)
                ? al.EnumerateArray().Select(e => new Alliance(e.GetProperty("classes").EnumerateArray().Select(x => x.GetString()!).ToHashSet(StringComparer.Ordinal),
                    NodaTime.Text.LocalDatePattern.Iso.Parse(e.GetProperty("from").GetString()!).Value)).ToList()
                : [],
        };
    }

    public const string Rule = "default:coding/defaults.json";
}

/// <summary>Classes that fought on one side from a day on.</summary>
internal sealed record Alliance(IReadOnlySet<string> Classes, NodaTime.LocalDate From);

/// <summary>A class's usual foe from a day on.</summary>
internal sealed record DatedOpponent(string Class, NodaTime.LocalDate From, string Opponent, IReadOnlySet<string> Admin1);

/// <summary>Who "the jihadists" are in a governorate between two days, where a dispatch names no jihadist group.</summary>
internal sealed record JihadistArea(string Admin1, NodaTime.LocalDate From, NodaTime.LocalDate To, string Actor);
