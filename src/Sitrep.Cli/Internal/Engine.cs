using Sitrep.Coding;
using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;
using Sitrep.Ingest;
using Sitrep.Places;
using Sitrep.Text.Identification;

namespace Sitrep.Cli.Internal;

/// <summary>The command line's composition root: loads the gazetteer and the language data once, and builds the pipeline (<see cref="SitrepPipeline"/>) and the reader.</summary>
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
        var pipeline = SitrepPipeline.Create(gazetteer);
        return (new Engine { Pipeline = pipeline, Reader = new DispatchReader(new StopwordLanguageDetector()), Gazetteer = gazetteer }, null);
    }

    public AnalyzedDispatch Analyze(Dispatch dispatch) => Pipeline.Run(dispatch);
}
