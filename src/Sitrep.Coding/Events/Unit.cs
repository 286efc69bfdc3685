using Sitrep.Coding.Lexicon;
using Sitrep.Core.Model;

namespace Sitrep.Coding.Events;

/// <summary>Triggers of one sentence that describe one happening ("l'aviation et l'artillerie ont pilonné").</summary>
internal sealed class Unit
{
    public required int Sentence { get; init; }
    public List<(PhraseMatch<Trigger> Match, TextRange Range)> Triggers { get; } = [];

    public int FirstToken => Triggers[0].Match.FirstToken;
    public int LastToken => Triggers[^1].Match.FirstToken + Triggers[^1].Match.Length - 1;
    public TextRange Range => Triggers.Select(t => t.Range).Aggregate((a, b) => a.Union(b));

    /// <summary>The trigger whose class decides the event type (highest priority).</summary>
    public Trigger Head => Triggers.Select(t => t.Match.Value).MaxBy(t => t.Class.Priority)!;

    public bool Has(string cls) => Triggers.Any(t => t.Match.Value.Class.Name == cls);
}

/// <summary>Which trigger classes may describe the same happening when they stand together in a clause.</summary>
internal static class ClassFamilies
{
    private static readonly string[][] Families =
    [
        ["remote", "air", "shelling", "explosive", "suicide", "chemical", "kill", "massacre", "looting", "disrupted"],
        ["territory", "clash", "advance", "kill", "shooting"],
        ["territory", "transfer"],
        ["evacuation", "agreement", "transfer"],
        ["massacre", "kill", "abduction", "shooting"],
        ["protest"],
        ["arrest"],
        ["looting"],
    ];

    public static bool Compatible(string a, string b) => a == b || Families.Any(f => f.Contains(a) && f.Contains(b));

    /// <summary>
    /// Violence from afar (ACLED's Explosions/Remote violence): a strike, a shelling, a bomb; what a disrupting word can stop.
    /// </summary>
    public static bool IsRemote(string cls) => cls == "remote" || Weapons.Contains(cls);

    /// <summary>
    /// A means that can be a side's instrument, the way it acts or is helped ("l'aviation russe", "backed by airstrikes"):
    /// an air strike, a shelling, or a strike of no named means.
    /// </summary>
    public static bool IsInstrument(string cls) => cls is "air" or "shelling" or "remote";

    /// <summary>Means of remote violence that ACLED tells apart: a car bomb reported after a shelling is another event.</summary>
    private static readonly string[] Weapons = ["air", "shelling", "explosive", "suicide", "chemical"];

    /// <summary>
    /// A unit headed by <paramref name="head"/> may tell again the event <paramref name="earlier"/>: compatible classes, and
    /// not another weapon ("detonated two car bombs" is not another version of "rebel shelling").
    /// </summary>
    public static bool SameHappening(TriggerClass head, Draft earlier) =>
        Compatible(head.Name, earlier.TriggerClass)
        && !(Weapons.Contains(head.Name) && head.EventType == earlier.EventType && head.SubEventType != earlier.SubEventType);
}
