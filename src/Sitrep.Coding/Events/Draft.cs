using Sitrep.Core.Model;

namespace Sitrep.Coding.Events;

/// <summary>A value the coder chose and why: the words and rule behind it.</summary>
internal sealed record Sourced<T>(T Value, IReadOnlyList<Evidence> Evidence);

/// <summary>An event being coded; becomes an <see cref="EventRecord"/> once merged.</summary>
internal sealed record Draft(
    int Sentence,
    string TriggerClass,
    int Priority,
    string EventType,
    string SubEventType,
    Sourced<Actor>? Actor1,
    Sourced<Actor>? Actor2,
    Sourced<Resolved>? Place,
    Sourced<DateSpan>? When,
    bool DateFromText,
    Sourced<Quantity>? Fatalities,
    Quantity? Civilians,
    bool Aggregate,
    IReadOnlyList<Claim> Claims,
    IReadOnlyList<Evidence> TypeEvidence,
    TextRange Range)
{
    /// <summary>Told as another incident ("Elsewhere, ...", "Par ailleurs, ..."): never merged into an event of another sentence.</summary>
    public bool Separate { get; init; }

    /// <summary>Actors acting with actor1 (ACLED's assoc_actor_1).</summary>
    public IReadOnlyList<Actor> Assoc1 { get; init; } = [];

    /// <summary>Another source's count of the dead told for this event while it had no toll of its own, kept out of
    /// <see cref="Fatalities"/> (larger than the dispatch's headline toll): it widens the toll of the event it merges into.</summary>
    public IReadOnlyList<Sourced<Quantity>> SourceCounts { get; init; } = [];

    /// <summary>The civilians a strike's own clause names as where it hit ("raids on a market", "a convoy of civilians"):
    /// its target once merged, unless the text names another (<see cref="CodingContext.CiviliansTargeted"/>).</summary>
    public Sourced<Actor>? CivilianSite { get; init; }

    public IEnumerable<Evidence> AllEvidence =>
        TypeEvidence
            .Concat(Actor1?.Evidence ?? []).Concat(Actor2?.Evidence ?? [])
            .Concat(Place?.Evidence ?? []).Concat(When?.Evidence ?? []).Concat(Fatalities?.Evidence ?? []);

    public EventRecord ToRecord(string id, string dispatchId, CodingContext ctx)
    {
        var where = Place is null ? null : new EventLocation(Place.Value.Place, Place.Value.GeoPrecision, Place.Value.UncertaintyKm);
        var notes = ctx.SentenceText(Sentence);
        return new EventRecord(id, dispatchId, EventType, SubEventType, Actor1?.Value, Actor2?.Value, Assoc1, [],
            When?.Value, where, Fatalities?.Value, Civilians, Aggregate, Claims,
            AllEvidence.Distinct().ToList(), notes);
    }
}
