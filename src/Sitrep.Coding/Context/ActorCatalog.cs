using Sitrep.Actors;
using Sitrep.Core.Model;

namespace Sitrep.Coding.Context;

/// <summary>The coder's view of the actor dictionary (data/actors/actors.json).</summary>
public sealed class ActorCatalog(ActorDictionary dictionary) : IActorCatalog
{
    public ActorInfo Describe(Actor actor)
    {
        var entry = dictionary.EntryOf(actor);
        if (entry is null)
            return new ActorInfo("other", ActorRole.Party, true);
        var role = entry.Kind switch
        {
            ActorKind.Source => ActorRole.Source,
            ActorKind.Civilians => ActorRole.Civilians,
            _ => ActorRole.Party,
        };
        return new ActorInfo(entry.Class.Code(), role, entry.Generic);
    }

    public Actor? ById(string id, DispatchDate? date) =>
        dictionary.TryGet(id, out var entry) ? dictionary.ScopeTo(entry, date).ToActor() : null;

    /// <summary>
    /// The actor that stands for a class when a dispatch names none: the entry tagged <c>default</c>, else for the
    /// government its state forces, else the class's generic entry.
    /// </summary>
    public Actor? Generic(string actorClass, DispatchDate? date)
    {
        var cls = ActorClasses.FromCode(actorClass);
        if (cls is null)
            return null;
        var entry = dictionary.Entries
            .Where(e => e.Class == cls && e.Kind != ActorKind.Source && (date is null || e.ValidOn(date)))
            .OrderByDescending(e => e.HasTag("default"))
            .ThenByDescending(e => cls == ActorClass.Gov && e.Inter == InterCode.StateForces && !e.Generic)
            .ThenByDescending(e => e.Generic)
            .ThenBy(e => e.Id, StringComparer.Ordinal)
            .FirstOrDefault();
        return entry?.ToActor();
    }
}
