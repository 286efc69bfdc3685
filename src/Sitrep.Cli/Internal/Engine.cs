using Sitrep.Actors;
using Sitrep.Coding.Context;
using Sitrep.Coding.Control;
using Sitrep.Coding.Events;
using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;
using Sitrep.Ingest;
using Sitrep.Places;
using Sitrep.Text.Dates;
using Sitrep.Text.Identification;
using Sitrep.Text.Numbers;
using Sitrep.Text.Tokens;

namespace Sitrep.Cli.Internal;

/// <summary>The composition root: loads the gazetteer and the language data once, and builds every stage.</summary>
internal sealed class Engine
{
    public required Pipeline Pipeline { get; init; }
    public required DispatchReader Reader { get; init; }
    public required Gazetteer Gazetteer { get; init; }

    /// <summary>Builds the engine, or says (as a user-facing message) why it cannot.</summary>
    public static (Engine? Engine, string? Error) Create(string? gazetteerIndex, IProgress<string>? progress)
    {
        var loaded = Gazetteer.LoadDefault(new GazetteerOptions(IndexPath: gazetteerIndex), progress);
        if (!loaded.Success)
            return (null, loaded.Error);
        var dictionary = ActorDictionary.LoadDefault();
        var catalog = new ActorCatalog(dictionary);
        var lexicons = RuleEventCoder.LoadLexicons();
        var pipeline = new Pipeline(
            new RuleTokenizer(),
            new GazetteerPlaceRecognizer(loaded.Gazetteer!),
            new RuleDateRecognizer(),
            new RuleQuantityRecognizer(),
            new DictionaryActorRecognizer(dictionary),
            new RuleEventCoder(lexicons, catalog),
            new RuleControlReader(lexicons, catalog));
        return (new Engine { Pipeline = pipeline, Reader = new DispatchReader(new StopwordLanguageDetector()), Gazetteer = loaded.Gazetteer! }, null);
    }

    public AnalyzedDispatch Analyze(Dispatch dispatch) => Pipeline.Run(dispatch);
}
