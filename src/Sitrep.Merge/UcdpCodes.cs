using Sitrep.Core.Model;

namespace Sitrep.Merge;

/// <summary>UCDP GED's classes for an ACLED-style event.</summary>
public static class UcdpCodes
{
    /// <summary>
    /// UCDP's type_of_violence: 1 state-based (a state's forces on one side of a battle or a remote strike), 2 non-state
    /// (organised groups fighting each other), 3 one-sided (violence against civilians, or a non-state strike on civilians).
    /// Null for what UCDP does not count (protests, riots, strategic developments).
    /// </summary>
    public static int? TypeOfViolence(EventRecord e)
    {
        bool state = e.Actor1?.Inter is InterCode.StateForces or InterCode.External || e.Actor2?.Inter is InterCode.StateForces or InterCode.External;
        return e.EventType switch
        {
            "Violence against civilians" => 3,
            "Battles" => state || e.Actor1 is null || e.Actor2 is null ? 1 : 2,
            "Explosions/Remote violence" => e.Actor2?.Inter == InterCode.Civilians && !state ? 3 : state || e.Actor1 is null ? 1 : 2,
            _ => null,
        };
    }
}
