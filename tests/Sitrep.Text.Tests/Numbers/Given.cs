using Sitrep.Core.Model;
using Sitrep.Text.Tokens;

namespace Sitrep.Text.Tests.Numbers;

/// <summary>Builds an analysed dispatch from a sentence written for the tests.</summary>
internal static class Given
{
    private static readonly RuleTokenizer Tokenizer = new();

    public static AnalyzedDispatch Dispatch(string lang, string? date, string text)
    {
        var language = LanguageCodes.FromCode(lang) ?? throw new ArgumentException(lang);
        var parsed = date is null ? null : DispatchDate.Parse(date).Value;
        var d = new Dispatch("test", "test", text, language, parsed, null, null, null, new InputOrigin("test"));
        return new AnalyzedDispatch(d, Tokenizer.Analyze(text, language));
    }
}
