using Sitrep.Core.Data;
using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;
using Sitrep.Text.Tokens;

namespace Sitrep.Text.Identification;

/// <summary>
/// Tells French from English by counting each language's frequent function words (data/lang/*/stopwords.txt).
/// Ties, and texts with no function word at all, go to English.
/// </summary>
public sealed class StopwordLanguageDetector : ILanguageDetector
{
    private readonly Dictionary<Language, HashSet<string>> _words = new();

    public StopwordLanguageDetector()
    {
        foreach (var lang in Enum.GetValues<Language>())
            _words[lang] = DataFiles.ReadLines($"lang/{lang.Code()}/stopwords.txt").Select(w => w.Trim()).ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    public Language Detect(string text)
    {
        var scores = _words.Keys.ToDictionary(k => k, _ => 0);
        int seen = 0;
        foreach (var t in RuleTokenizer.Tokenize(text))
        {
            if (t.Kind != TokenKind.Word)
                continue;
            var w = t.Range.Of(text).TrimEnd('\'', '’');
            foreach (var (lang, set) in _words)
                if (set.Contains(w))
                    scores[lang]++;
            if (++seen > 2000)
                break;
        }
        return scores[Language.French] > scores[Language.English]
            ? Language.French
            : Language.English;
    }
}
