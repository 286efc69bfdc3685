using BenchmarkDotNet.Attributes;
using Sitrep.Actors;
using Sitrep.Core.Model;
using Sitrep.Text.Tokens;

namespace Sitrep.Bench.Actors;

/// <summary>
/// Actor recognition throughput on a long dispatch (sentences written for the benchmark, repeated to the size asked),
/// tokenized once beforehand so only the recognizer is measured. Divide the text size by the mean time for chars/s.
/// dotnet run -c Release --project bench/Sitrep.Bench -- --filter '*ActorRecognition*'
/// </summary>
[MemoryDiagnoser]
public class ActorRecognitionBenchmark
{
    private static readonly string[] French =
    [
        "L'armée syrienne et ses alliés ont repris trois villages tenus par le groupe Etat islamique, selon l'OSDH.",
        "Les jihadistes se sont retirés vers le désert après des frappes de l'aviation russe.",
        "Des combattants de Hayat Tahrir al-Cham ont attaqué des positions loyalistes près d'Idleb.",
        "Les rebelles soutenus par Ankara et l'armée turque avancent face aux Forces démocratiques syriennes (FDS).",
        "Au moins douze civils, dont cinq enfants, ont été tués, a indiqué l'Observatoire.",
        "La coalition internationale a mené de nouveaux raids, selon des sources locales.",
    ];

    private static readonly string[] English =
    [
        "Regime forces and allied militiamen advanced on IS-held villages, the Syrian Observatory for Human Rights said.",
        "Russian warplanes struck the town as the rebels withdrew towards the north.",
        "Clashes between Hayat Tahrir al-Sham and the factions left 14 fighters dead.",
        "Turkish-backed factions and Turkish forces shelled positions of the SDF near the border.",
        "At least nine civilians, including four children, were killed, activists said.",
        "US-led coalition warplanes hit the group's last pocket, state media reported.",
    ];

    private DictionaryActorRecognizer _recognizer = null!;
    private AnalyzedDispatch _doc = null!;

    [Params("fr", "en")]
    public string Lang { get; set; } = "fr";

    [Params(100_000)]
    public int Chars { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var language = LanguageCodes.FromCode(Lang)!.Value;
        var sentences = language == Language.French ? French : English;
        var sb = new System.Text.StringBuilder();
        for (int i = 0; sb.Length < Chars; i++)
            sb.Append(sentences[i % sentences.Length]).Append(i % 4 == 3 ? "\n" : " ");
        var text = sb.ToString();
        var dispatch = new Dispatch("bench", "bench", text, language, new DispatchDate(2018, 5, 21), null, null, null, new InputOrigin("bench"));
        _doc = new AnalyzedDispatch(dispatch, new RuleTokenizer().Analyze(text, language));
        _recognizer = new DictionaryActorRecognizer(ActorDictionary.LoadDefault());
    }

    [Benchmark]
    public int Recognize() => _recognizer.Recognize(_doc).Count;

    [Benchmark]
    public int LoadDictionary() => ActorDictionary.LoadDefault().Entries.Count;
}
