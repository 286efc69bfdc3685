using Sitrep.Core.Model;

namespace Sitrep.Core.Pipeline;

// One small interface per stage. Each takes the dispatch as the earlier stages left it and returns
// only its own layer; the Pipeline puts the layer in place and checks it (ranges inside the text).

/// <summary>Text analysis: sentences and tokens.</summary>
public interface ITextAnalyzer
{
    TextLayer Analyze(string text, Language language);
}

/// <summary>Language identification when the input does not say.</summary>
public interface ILanguageDetector
{
    Language Detect(string text);
}

/// <summary>Places: finds place names and resolves each to a gazetteer entry, or says why it could not.</summary>
public interface IPlaceRecognizer
{
    IReadOnlyList<PlaceMention> Recognize(AnalyzedDispatch doc);
}

/// <summary>Dates: finds date expressions and resolves them against the dispatch date.</summary>
public interface IDateRecognizer
{
    IReadOnlyList<DateMention> Recognize(AnalyzedDispatch doc);
}

/// <summary>Numbers and tolls: finds figures, their bounds, and the tolls they form with their heads.</summary>
public interface IQuantityRecognizer
{
    (IReadOnlyList<QuantityMention> Quantities, IReadOnlyList<TollMention> Tolls) Recognize(AnalyzedDispatch doc);
}

/// <summary>Actors: names and descriptions of the parties, resolved to dictionary entries.</summary>
public interface IActorRecognizer
{
    IReadOnlyList<ActorMention> Recognize(AnalyzedDispatch doc);
}

/// <summary>Event coding: events (with claims) from all the layers above.</summary>
public interface IEventCoder
{
    IReadOnlyList<EventRecord> Code(AnalyzedDispatch doc);
}

/// <summary>Control statements: who holds which area.</summary>
public interface IControlReader
{
    IReadOnlyList<ControlAssertion> Read(AnalyzedDispatch doc);
}
