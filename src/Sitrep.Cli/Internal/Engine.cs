using Sitrep.Coding.Lexicon;
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
        Gazetteer gazetteer;
        if (gazetteerIndex is not null)
        {
            // An index the user names is used as it is: never recompiled, never overwritten.
            if (!File.Exists(gazetteerIndex))
                return (null, $"no gazetteer index at '{gazetteerIndex}': build one with 'sitrep gazetteer import FILE... --index {gazetteerIndex}', or leave out --gazetteer to use the default");
            gazetteer = Gazetteer.Load(gazetteerIndex);
        }
        else
        {
            var loaded = Gazetteer.LoadDefault(new GazetteerOptions(), progress);
            if (!loaded.Success)
                return (null, loaded.Error);
            gazetteer = loaded.Gazetteer!;
        }
        var dictionary = ActorDictionary.LoadDefault();
        var catalog = new ActorCatalog(dictionary);
        var french = FrenchConjugations.Load(); // read once: the event lexicons and the control reader share it
        var lexicons = RuleEventCoder.LoadLexicons(french);
        var pipeline = new Pipeline(
            new RuleTokenizer(),
            new GazetteerPlaceRecognizer(gazetteer),
            new RuleDateRecognizer(),
            new RuleQuantityRecognizer(),
            new DictionaryActorRecognizer(dictionary),
            new RuleEventCoder(lexicons, catalog),
            new RuleControlReader(lexicons, catalog, french));
        return (new Engine { Pipeline = pipeline, Reader = new DispatchReader(new StopwordLanguageDetector()), Gazetteer = gazetteer }, null);
    }

    public AnalyzedDispatch Analyze(Dispatch dispatch) => Pipeline.Run(dispatch);
}
