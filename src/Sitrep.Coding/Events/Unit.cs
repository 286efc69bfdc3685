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
        ["remote", "air", "shelling", "explosive", "suicide", "chemical", "kill", "massacre"],
        ["territory", "clash", "advance", "kill"],
        ["evacuation", "agreement"],
        ["massacre", "kill", "abduction"],
        ["protest"],
        ["arrest"],
        ["looting"],
    ];

    public static bool Compatible(string a, string b) => a == b || Families.Any(f => f.Contains(a) && f.Contains(b));
}
