using NodaTime;

namespace Sitrep.Core.Model;

/// <summary>
/// A dispatch as the store holds it: the dispatch, its coded events and control statements, and the instant it
/// was stored. It is everything the exporters need, so a database can be re-exported without re-analysing.
/// </summary>
public sealed record StoredDispatch(
    Dispatch Dispatch,
    IReadOnlyList<EventRecord> Events,
    IReadOnlyList<ControlAssertion> Control,
    Instant StoredAt)
{
    /// <summary>What the export writes for a dispatch analysed just now (the events and control it was given, or none).</summary>
    public static StoredDispatch Of(AnalyzedDispatch doc, Instant storedAt) =>
        new(doc.Dispatch, doc.Events ?? [], doc.Control ?? [], storedAt);
}
