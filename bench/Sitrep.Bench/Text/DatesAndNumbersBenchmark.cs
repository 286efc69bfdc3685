using BenchmarkDotNet.Attributes;
using Sitrep.Core.Model;
using Sitrep.Text.Dates;
using Sitrep.Text.Numbers;
using Sitrep.Text.Tokens;

namespace Sitrep.Bench.Text;

/// <summary>
/// Throughput and allocations of the dates-and-numbers stage on a long dispatch (about 60 KB of French or English
/// written for the benchmark, dense in dates, figures and tolls). Tokenizing is done once in setup: only the stage is measured.
/// dotnet run -c Release --project bench/Sitrep.Bench -- --filter '*DatesAndNumbers*'
/// </summary>
[MemoryDiagnoser]
public class DatesAndNumbersBenchmark
{
    private const string French =
        "Lundi 21 mai, l'armée a repris le quartier après trois semaines de combats. La semaine dernière, des frappes avaient fait au moins 16 morts, dont une dizaine de civils. " +
        "Quelques heures plus tôt, environ 1 600 combattants et membres de leurs familles ont été évacués vers l'est. Le siège, qui a commencé il y a près d'un mois, aura fait près de 450 morts. " +
        "Depuis le début de la guerre, en 2011, la ville de 1 500 000 habitants a perdu des milliers de personnes. Hier, vingt-cinq rebelles ont été capturés à neuf kilomètres du centre. ";

    private const string English =
        "On Monday, May 21, troops retook the district after three weeks of fighting. Last week, strikes killed at least 16 people, including 5 children. " +
        "Late last night, about 1,600 fighters and their families were evacuated. The siege, which began about a month ago, has killed nearly 450 people. " +
        "Since the conflict began in 2011, the city of 1,500,000 inhabitants has lost thousands. Yesterday, twenty-five rebels were captured 60 kilometres north of the city. ";

    private RuleDateRecognizer _dates = null!;
    private RuleQuantityRecognizer _numbers = null!;
    private AnalyzedDispatch _doc = null!;

    [Params("fr", "en")]
    public string Lang { get; set; } = "fr";

    [GlobalSetup]
    public void Setup()
    {
        _dates = new RuleDateRecognizer();
        _numbers = new RuleQuantityRecognizer();
        var language = LanguageCodes.FromCode(Lang)!.Value;
        var text = string.Concat(Enumerable.Repeat(Lang == "fr" ? French : English, 100));
        var dispatch = new Dispatch("bench", "bench", text, language, new DispatchDate(2018, 5, null), null, null, null, new InputOrigin("bench"));
        _doc = new AnalyzedDispatch(dispatch, new RuleTokenizer().Analyze(text, language));
    }

    [Benchmark]
    public int Dates() => _dates.Read(_doc).Mentions.Count;

    [Benchmark]
    public int Numbers() => _numbers.Read(_doc).Tolls.Count;
}
