namespace Sitrep.Core.Model;

/// <summary>
/// A dispatch and everything the pipeline found in it. Each stage returns a new value with its own layer
/// filled (records are immutable; stages use <c>with</c>).
/// </summary>
public sealed record AnalyzedDispatch(
    Dispatch Dispatch,
    TextLayer? Text = null,
    IReadOnlyList<PlaceMention>? Places = null,
    IReadOnlyList<DateMention>? Dates = null,
    IReadOnlyList<QuantityMention>? Quantities = null,
    IReadOnlyList<TollMention>? Tolls = null,
    IReadOnlyList<ActorMention>? Actors = null,
    IReadOnlyList<EventRecord>? Events = null,
    IReadOnlyList<ControlAssertion>? Control = null)
{
    public string Content => Dispatch.Text;

    public TextLayer RequireText() => Text ?? throw new InvalidOperationException("the text stage has not run on this dispatch");
}
