using NodaTime;
using Sitrep.Core.Model;

namespace Sitrep.Actors;

/// <summary>What an entry stands for in a dispatch.</summary>
public enum ActorKind
{
    /// <summary>An armed or political party to the events (state forces, rebels, militias, protesters).</summary>
    Party,
    /// <summary>Civilians: victims, never a side that acts.</summary>
    Civilians,
    /// <summary>Who says so (the Observatory, state media, activists): used to attribute claims, never a combatant.</summary>
    Source,
}

/// <summary>
/// The coarse side the measuring tools compare dyads by (the <c>actor_class</c> classifier of eval-ucdp):
/// each entry's ACLED name falls in its own class under that classifier.
/// </summary>
public enum ActorClass
{
    /// <summary>The Syrian government and its allies (Russia, Iran, Hezbollah, pro-government militias).</summary>
    Gov,
    /// <summary>The Islamic State and its affiliates.</summary>
    IS,
    /// <summary>Syrian rebels and jihadist factions other than the Islamic State, Turkish-backed factions included.</summary>
    Rebels,
    /// <summary>The Kurdish-led forces (SDF, YPG).</summary>
    Kurds,
    Turkey,
    /// <summary>The US-led coalition and US forces.</summary>
    Coalition,
    Civilians,
    Other,
}

public static class ActorClasses
{
    /// <summary>The class's code as the measuring tools print it: gov, is, rebels, kurds, turkey, coalition, civilians, other.</summary>
    public static string Code(this ActorClass c) => c switch
    {
        ActorClass.Gov => "gov",
        ActorClass.IS => "is",
        ActorClass.Rebels => "rebels",
        ActorClass.Kurds => "kurds",
        ActorClass.Turkey => "turkey",
        ActorClass.Coalition => "coalition",
        ActorClass.Civilians => "civilians",
        ActorClass.Other => "other",
        _ => throw new ArgumentOutOfRangeException(nameof(c)),
    };

    public static ActorClass? FromCode(string? code) =>
        Enum.GetValues<ActorClass>().Where(c => c.Code() == code?.Trim().ToLowerInvariant()).Select(c => (ActorClass?)c).FirstOrDefault();
}

/// <summary>
/// One actor of the dictionary: its ACLED name and inter code, its comparison class, and the dates its name is
/// valid. <see cref="ValidFrom"/> and <see cref="ValidUntil"/> are inclusive days (null: open). A name seen in a
/// dispatch dated after <see cref="ValidUntil"/> codes to <see cref="SuccessorId"/> (Jabhat al-Nusra in 2018 is
/// Hayat Tahrir al-Sham); one dated before <see cref="ValidFrom"/> codes to the entry whose successor this is.
/// <see cref="Generic"/> marks a category rather than a named organisation ("Opposition Rebels (Syria)",
/// "Civilians (Syria)"): generic entries are never what a later description refers back to.
/// </summary>
public sealed record ActorEntry(
    string Id,
    string Name,
    InterCode Inter,
    ActorKind Kind,
    ActorClass Class,
    bool Generic,
    LocalDate? ValidFrom,
    LocalDate? ValidUntil,
    string? SuccessorId,
    IReadOnlyList<string> Tags,
    IReadOnlyList<string> References,
    string? Note)
{
    /// <summary>The actor as events carry it.</summary>
    public Actor ToActor() => new(Id, Name, Inter);

    /// <summary>Whether the entry's validity overlaps the days a dispatch may have been published on.</summary>
    public bool ValidOn(DispatchDate date) =>
        (ValidFrom is not LocalDate f || f <= date.Latest) && (ValidUntil is not LocalDate u || u >= date.Earliest);

    public bool HasTag(string tag) => Tags.Contains(tag, StringComparer.Ordinal);
}

/// <summary>
/// A description that names no one by itself ("les jihadistes", "the rebels", "the army"). It resolves to the most
/// recently named specific actor that matches one of <see cref="Resolves"/> (an entry id, <c>tag:x</c> or
/// <c>class:x</c>), else to the first <see cref="Fallback"/> entry valid on the dispatch date; with no fallback an
/// unresolved description is not a mention.
/// </summary>
public sealed record ActorDescription(string Id, IReadOnlyList<string> Resolves, IReadOnlyList<string> Fallback, string? Note);
