using System.Text.Json;
using Sitrep.Core.Data;

namespace Sitrep.Coding.Lexicon;

/// <summary>
/// Inflected forms of French verbs from the Lefff-derived conjugation table of the npm package
/// <c>french-verbs-lefff</c> (Apache-2.0), which the build installs under node_modules.
/// </summary>
public sealed class FrenchConjugations
{
    public const string PackagePath = "node_modules/french-verbs-lefff/dist/conjugations.json";

    private readonly Dictionary<string, string[]> _forms;
    private readonly Dictionary<string, string[]> _present;
    private readonly Dictionary<string, string[]> _unreal;

    private FrenchConjugations(Dictionary<string, string[]> forms, Dictionary<string, string[]> present, Dictionary<string, string[]> unreal)
    {
        _forms = forms;
        _present = present;
        _unreal = unreal;
    }

    /// <summary>Loads the table from <paramref name="path"/>, or finds it beside the repository (SITREP_LEFFF overrides).</summary>
    public static FrenchConjugations Load(string? path = null)
    {
        path ??= Environment.GetEnvironmentVariable("SITREP_LEFFF") is { Length: > 0 } env ? env : RepoFiles.Find(PackagePath);
        if (path is null || !File.Exists(path))
            throw new FileNotFoundException($"the French conjugation table ({PackagePath}) was not found; run 'npm ci' in the repository (the build does it) or set SITREP_LEFFF");
        using var stream = File.OpenRead(path);
        using var doc = JsonDocument.Parse(stream);
        var forms = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var present = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var unreal = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var verb in doc.RootElement.EnumerateObject())
        {
            var set = new HashSet<string>(StringComparer.Ordinal) { verb.Name };
            // "F" is the simple future and "C" the present conditional: their forms that no other tense shares are unreal.
            var told = new HashSet<string>(StringComparer.Ordinal);
            var futureOrConditional = new List<string>();
            foreach (var tense in verb.Value.EnumerateObject())
                foreach (var f in tense.Value.EnumerateArray())
                    if (f.GetString() is { } s && s != "NA")
                    {
                        set.Add(s);
                        if (tense.Name is "F" or "C")
                            futureOrConditional.Add(s);
                        else
                            told.Add(s);
                    }
            forms[verb.Name] = set.ToArray();
            unreal[verb.Name] = futureOrConditional.Where(f => !told.Contains(f)).Distinct().ToArray();
            // "P" is the table's present indicative.
            if (verb.Value.TryGetProperty("P", out var p))
                present[verb.Name] = p.EnumerateArray().Select(e => e.GetString()).OfType<string>().Where(f => f != "NA").Distinct().ToArray();
        }
        return new FrenchConjugations(forms, present, unreal);
    }

    /// <summary>Every form of the verb (finite forms, participles, infinitive), or just the lemma if the table lacks it.</summary>
    public IReadOnlyList<string> Forms(string lemma) =>
        _forms.TryGetValue(lemma, out var f) ? f : [lemma];

    /// <summary>The present indicative forms of the verb ("contrôle", "contrôlent"), or just the lemma if the table lacks it.</summary>
    public IReadOnlyList<string> PresentForms(string lemma) =>
        _present.TryGetValue(lemma, out var f) ? f : [lemma];

    /// <summary>
    /// The simple future and present conditional forms of every verb but <paramref name="except"/> ("reprendra",
    /// "lancerait", "devrait"), which no other tense shares: what they tell will or would happen, it has not happened.
    /// </summary>
    public IEnumerable<string> UnrealForms(IReadOnlySet<string> except) =>
        _unreal.Where(v => !except.Contains(v.Key)).SelectMany(v => v.Value);

    public bool Knows(string lemma) => _forms.ContainsKey(lemma);
}
