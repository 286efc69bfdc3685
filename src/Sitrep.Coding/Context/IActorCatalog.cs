using Sitrep.Core.Model;

namespace Sitrep.Coding.Context;

/// <summary>What a mention's actor is to the coder: a fighting party, the civilians, or a source of claims.</summary>
public enum ActorRole
{
    Party,
    Civilians,
    Source,
}

/// <summary>
/// An actor's comparison class (gov, is, rebels, kurds, turkey, coalition, civilians, other), its role, and whether it
/// is a generic description ("the rebels") rather than a named group.
/// </summary>
public sealed record ActorInfo(string Class, ActorRole Role, bool Generic);

/// <summary>The coder's view of the actor dictionary.</summary>
public interface IActorCatalog
{
    ActorInfo Describe(Actor actor);

    /// <summary>The generic actor that stands for a class ("rebels" gives the generic Syrian rebels) as of a date, or null.</summary>
    Actor? Generic(string actorClass, DispatchDate? date);

    /// <summary>A dictionary entry by its id (as data/coding/defaults.json names it), scoped to the dispatch date, or null.</summary>
    Actor? ById(string id, DispatchDate? date);
}
