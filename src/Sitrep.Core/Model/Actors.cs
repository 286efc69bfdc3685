namespace Sitrep.Core.Model;

/// <summary>ACLED inter codes.</summary>
public enum InterCode
{
    None = 0,
    StateForces = 1,
    RebelGroup = 2,
    PoliticalMilitia = 3,
    IdentityMilitia = 4,
    Rioters = 5,
    Protesters = 6,
    Civilians = 7,
    External = 8,
}

/// <summary>An actor as ACLED names it, with its inter code.</summary>
public sealed record Actor(string Id, string Name, InterCode Inter);

/// <summary>
/// An actor named or described in the text; <see cref="Rule"/> is the dictionary entry that matched. <see cref="FallbackOf"/>
/// is the id of the description ("the jihadists") when no actor the dispatch named resolved it and the dictionary's
/// fallback stands in: a default a later stage may replace with better knowledge, not a name the text gave.
/// </summary>
public sealed record ActorMention(TextRange Range, Actor Actor, string Rule, string? FallbackOf = null);
