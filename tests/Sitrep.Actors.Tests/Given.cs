using Sitrep.Actors;
using Sitrep.Core.Model;
using Sitrep.Text.Tokens;

namespace Sitrep.Actors.Tests;

/// <summary>Builds analysed dispatches from sentences written for the tests, and prints what was recognised.</summary>
internal static class Given
{
    private static readonly RuleTokenizer Tokenizer = new();

    public static readonly Lazy<ActorDictionary> Default = new(ActorDictionary.LoadDefault);

    public static AnalyzedDispatch Dispatch(string text, string lang, string? date = null)
    {
        var language = LanguageCodes.FromCode(lang) ?? throw new ArgumentException($"unknown language {lang}");
        var when = date is null ? null : DispatchDate.Parse(date).Value;
        var dispatch = new Dispatch(Core.Model.Dispatch.ContentHash(text, when), "test", text, language, when, null, null, null, new InputOrigin("test"));
        return new AnalyzedDispatch(dispatch, Tokenizer.Analyze(text, language));
    }

    /// <summary>"surface=id" for each mention, in order, joined by " | ".</summary>
    public static string Listing(AnalyzedDispatch doc, IReadOnlyList<ActorMention> mentions) =>
        string.Join(" | ", mentions.Select(m => $"{m.Range.Of(doc.Content)}={m.Actor.Id}"));
}
