using Sitrep.Core.Model;

namespace Sitrep.Core.Pipeline;

/// <summary>
/// Runs the stages in order. After each stage it checks what the stage produced: every range must lie
/// inside the dispatch text. A stage that breaks this is a bug, and throws.
/// </summary>
public sealed class Pipeline(
    ITextAnalyzer text,
    IPlaceRecognizer places,
    IDateRecognizer dates,
    IQuantityRecognizer quantities,
    IActorRecognizer actors,
    IEventCoder events,
    IControlReader control)
{
    public AnalyzedDispatch Run(Dispatch dispatch)
    {
        var doc = new AnalyzedDispatch(dispatch);
        doc = doc with { Text = text.Analyze(dispatch.Text, dispatch.Language) };
        Check(doc, "text", doc.Text!.Tokens.Select(t => t.Range).Concat(doc.Text.Sentences.Select(s => s.Range)));
        doc = doc with { Places = places.Recognize(doc) };
        Check(doc, "places", doc.Places!.Select(p => p.Range));
        doc = doc with { Dates = dates.Recognize(doc) };
        Check(doc, "dates", doc.Dates!.Select(d => d.Range));
        var (qs, tolls) = quantities.Recognize(doc);
        doc = doc with { Quantities = qs, Tolls = tolls };
        Check(doc, "quantities", qs.Select(q => q.Range).Concat(tolls.Select(t => t.Range)));
        doc = doc with { Actors = actors.Recognize(doc) };
        Check(doc, "actors", doc.Actors!.Select(a => a.Range));
        doc = doc with { Events = events.Code(doc) };
        Check(doc, "events", doc.Events!.SelectMany(e => e.Evidence.Select(v => v.Range).Concat(e.Claims.Select(c => c.Range))));
        doc = doc with { Control = control.Read(doc) };
        Check(doc, "control", doc.Control!.SelectMany(c => c.Evidence.Select(v => v.Range)));
        return doc;
    }

    private static void Check(AnalyzedDispatch doc, string stage, IEnumerable<TextRange> ranges)
    {
        int n = doc.Content.Length;
        foreach (var r in ranges)
        {
            if (r.Start < 0 || r.End > n || r.End < r.Start)
                throw new InvalidOperationException($"stage '{stage}' produced range {r} outside the text of dispatch '{doc.Dispatch.ExternalId}' (length {n})");
        }
    }
}
