namespace Sitrep.Core.Model;

/// <summary>Who says so: a source attributed in the text, and what it says.</summary>
public sealed record Claim(
    string Source,
    TextRange Range,
    string Says,
    Quantity? Figure,
    string Rule);

/// <summary>Where an event is placed: the resolved place and how precisely.</summary>
public sealed record EventLocation(Place Place, int GeoPrecision, double UncertaintyKm);

/// <summary>
/// One coded event, ACLED-style. <see cref="Aggregate"/> marks a campaign or period total that must never
/// be read as one day's toll. Every field's support is in <see cref="Evidence"/>.
/// </summary>
public sealed record EventRecord(
    string Id,
    string DispatchId,
    string EventType,
    string SubEventType,
    Actor? Actor1,
    Actor? Actor2,
    IReadOnlyList<Actor> AssocActors1,
    IReadOnlyList<Actor> AssocActors2,
    DateSpan? When,
    EventLocation? Where,
    Quantity? Fatalities,
    Quantity? CivilianFatalities,
    bool Aggregate,
    IReadOnlyList<Claim> Claims,
    IReadOnlyList<Evidence> Evidence,
    string Notes);

/// <summary>How much of an area a controller holds.</summary>
public enum ControlShare
{
    Full,
    Partial,
    Contested,
}

/// <summary>"X is under the control of Y" as stated in a dispatch.</summary>
public sealed record ControlAssertion(
    string Id,
    string DispatchId,
    string Area,
    Place? AreaPlace,
    Actor Controller,
    ControlShare Share,
    DateSpan? AsOf,
    IReadOnlyList<Evidence> Evidence);
