using Sitrep.Core.Data;

namespace Sitrep.Coding.Lexicon;

/// <summary>Regular English verb morphology (-s, -ed, -ing with e-drop, y/ie changes and final-consonant doubling) plus the irregular table in data/lang/en/irregular-verbs.tsv.</summary>
public sealed class EnglishInflector
{
    private readonly Dictionary<string, string[]> _irregular = new(StringComparer.Ordinal);

    public EnglishInflector()
    {
        foreach (var line in DataFiles.ReadLines("lang/en/irregular-verbs.tsv").Skip(1))
        {
            var cols = line.Split('\t');
            _irregular[cols[0]] = cols.Skip(1).SelectMany(c => c.Split(',')).Where(c => c.Length > 0).ToArray();
        }
    }

    public IReadOnlyList<string> Forms(string lemma)
    {
        var forms = new HashSet<string> { lemma, ThirdPerson(lemma), Gerund(lemma) };
        if (_irregular.TryGetValue(lemma, out var irr))
            forms.UnionWith(irr);
        else
            forms.Add(Past(lemma));
        return forms.ToArray();
    }

    /// <summary>The simple present: the lemma and its third person singular ("control", "controls").</summary>
    public IReadOnlyList<string> PresentForms(string lemma) => [lemma, ThirdPerson(lemma)];

    private static bool IsVowel(char c) => "aeiou".Contains(c);

    private static string ThirdPerson(string v) =>
        v.EndsWith('y') && v.Length > 1 && !IsVowel(v[^2]) ? v[..^1] + "ies"
        : v.EndsWith("s") || v.EndsWith("sh") || v.EndsWith("ch") || v.EndsWith('x') || v.EndsWith('z') ? v + "es"
        : v + "s";

    private static bool Doubles(string v) =>
        v.Length is >= 3 and <= 4 && !IsVowel(v[^1]) && v[^1] is not ('w' or 'x' or 'y') && IsVowel(v[^2]) && !IsVowel(v[^3]);

    private static string Past(string v) =>
        v.EndsWith('e') ? v + "d"
        : v.EndsWith('y') && v.Length > 1 && !IsVowel(v[^2]) ? v[..^1] + "ied"
        : Doubles(v) ? v + v[^1] + "ed"
        : v + "ed";

    private static string Gerund(string v) =>
        v.EndsWith("ie") ? v[..^2] + "ying"
        : v.EndsWith('e') && !v.EndsWith("ee") && v.Length > 2 ? v[..^1] + "ing"
        : Doubles(v) ? v + v[^1] + "ing"
        : v + "ing";
}

/// <summary>Plurals of the nouns in the lexicons (regular rules of each language).</summary>
public static class Plurals
{
    public static IEnumerable<string> Of(string noun, Sitrep.Core.Model.Language language)
    {
        yield return noun;
        if (noun.Contains(' '))
            yield break;
        if (language == Sitrep.Core.Model.Language.French)
        {
            if (noun.EndsWith('s') || noun.EndsWith('x') || noun.EndsWith('z')) yield break;
            if (noun.EndsWith("al")) yield return noun[..^2] + "aux";
            else if (noun.EndsWith("eau") || noun.EndsWith("eu")) yield return noun + "x";
            else yield return noun + "s";
        }
        else
        {
            if (noun.EndsWith('y') && noun.Length > 1 && !"aeiou".Contains(noun[^2])) yield return noun[..^1] + "ies";
            else if (noun.EndsWith('s') || noun.EndsWith("sh") || noun.EndsWith("ch") || noun.EndsWith('x')) yield return noun + "es";
            else yield return noun + "s";
        }
    }
}
