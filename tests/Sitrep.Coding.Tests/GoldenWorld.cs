using System.Globalization;
using System.Text;
using Sitrep.Actors;
using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;
using Sitrep.Places;

namespace Sitrep.Coding.Tests;

/// <summary>
/// The whole pipeline as the command line composes it (<see cref="SitrepPipeline"/>: tokenizer, places, dates,
/// quantities, actors, event coder, control reader), over a small gazetteer the tests write themselves in the GeoNames dump format: a dozen Syrian
/// towns and their governorates, with real coordinates, and GeoNames-style admin1 codes. No OCHA data, so places carry
/// governorate names but no P-codes (the front-line table, keyed by P-code, never applies: unnamed sides come from
/// data/coding/defaults.json). Compiled once and shared by every golden test (an xunit collection fixture).
/// </summary>
public sealed class GoldenWorld : IDisposable
{
    private readonly string _folder;

    public Pipeline Pipeline { get; }
    public ActorDictionary Actors { get; }

    public GoldenWorld()
    {
        _folder = Path.Combine(Path.GetTempPath(), "sitrep-coding-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
        var geonames = Path.Combine(_folder, "cities-golden.txt");
        File.WriteAllText(geonames, string.Join("\n", GeoNamesLines) + "\n", new UTF8Encoding(false));
        var admin1 = Path.Combine(_folder, "admin1CodesASCII.txt");
        File.WriteAllText(admin1, string.Join("\n", Admin1Lines) + "\n", new UTF8Encoding(false));
        var gazetteer = Gazetteer.FromSources([geonames, admin1]);
        Actors = ActorDictionary.LoadDefault();
        Pipeline = SitrepPipeline.Create(gazetteer, Actors, CodingLexicons.LoadDefault());
    }

    /// <summary>Runs the pipeline on a dispatch written for a test ("fr" or "en"; a date YYYY-MM-DD or YYYY-MM).</summary>
    public AnalyzedDispatch Run(string lang, string date, string text) => Pipeline.Run(DispatchOf(lang, date, text));

    /// <summary>A dispatch written for a test ("fr" or "en"; a date YYYY-MM-DD or YYYY-MM).</summary>
    public static Dispatch DispatchOf(string lang, string date, string text)
    {
        var language = LanguageCodes.FromCode(lang) ?? throw new ArgumentException($"unknown language '{lang}'", nameof(lang));
        var when = DispatchDate.Parse(date);
        if (!when.Success)
            throw new ArgumentException(when.Error, nameof(date));
        return new Dispatch(Dispatch.ContentHash(text, when.Value), "golden", text, language, when.Value, "golden", null, null, new InputOrigin("golden"));
    }

    /// <summary>The comparison class of an actor (gov, is, rebels, kurds, turkey, coalition, civilians, other), or "-".</summary>
    public string ClassOf(Actor? actor) => actor is null ? "-" : Actors.ClassOf(actor).Code();

    /// <summary>The dictionary id of a claim's source, from the name the claim carries (the name itself if no entry has it).</summary>
    public string SourceId(string name) => Actors.Entries.FirstOrDefault(e => e.Name == name)?.Id ?? name;

    public void Dispose()
    {
        try { Directory.Delete(_folder, recursive: true); }
        catch (IOException) { }
    }

    /// <summary>GeoNames admin1 codes of Syria (code, name, ASCII name, geonameid).</summary>
    private static readonly string[] Admin1Lines =
    [
        "SY.04\tRaqqa\tRaqqa\t172957",
        "SY.06\tDaraa\tDaraa\t170902",
        "SY.07\tDeir ez-Zor\tDeir ez-Zor\t170793",
        "SY.08\tRif Dimashq\tRif Dimashq\t170652",
        "SY.09\tAleppo\tAleppo\t170062",
        "SY.10\tHama\tHama\t170016",
        "SY.11\tHoms\tHoms\t169575",
        "SY.12\tIdlib\tIdlib\t169388",
        "SY.13\tDamascus\tDamascus\t170653",
    ];

    /// <summary>GeoNames dump lines (19 tab-separated columns): the towns the golden records name, and their governorates.</summary>
    private static readonly string[] GeoNamesLines =
    [
        G(170654, "Damascus", "Damas,Dimashq", 33.5102, 36.2913, "P", "PPLC", "13", 2584771),
        G(170592, "Douma", "Duma", 33.5711, 36.4025, "P", "PPLA2", "08", 110893),
        G(169389, "Idlib", "Idleb", 35.9306, 36.6339, "P", "PPLA", "12", 128840),
        G(170063, "Aleppo", "Alep,Halab", 36.2021, 37.1343, "P", "PPLA", "09", 1602264),
        G(169577, "Homs", "Hims", 34.7268, 36.7234, "P", "PPLA", "11", 775404),
        G(172955, "Raqqa", "Raqqah,Ar Raqqah,Rakka", 35.9594, 39.0079, "P", "PPLA", "04", 177636),
        G(166365, "Manbij", "Menbij,Manbidj", 36.5281, 37.9549, "P", "PPLA2", "09", 99497),
        G(170794, "Deir ez-Zor", "Deir ez-Zor,Deir Ezzor,Dayr az Zawr", 35.3359, 40.1408, "P", "PPLA", "07", 242565),
        G(170903, "Daraa", "Deraa,Dar'a", 32.6189, 36.1021, "P", "PPLA", "06", 97969),
        G(9100001, "Daraa al-Balad", "Deraa al-Balad", 32.6104, 36.0938, "P", "PPL", "06", 0),
        G(9100002, "Bab Touma", "Bab Tuma,Bab Touma", 33.5135, 36.3165, "P", "PPLX", "13", 0),
        G(170017, "Hama", "Hamah", 35.1318, 36.7578, "P", "PPLA", "10", 460602),
        G(169917, "Khan Shaykhun", "Khan Cheikhoun,Khan Sheikhoun,Khan Shaykhoun", 35.4415, 36.6485, "P", "PPL", "12", 34371),
        G(169304, "Maarat al-Numan", "Maaret al-Noomane,Maarat al-Nouman,Maarat al-Numan", 35.6478, 36.6717, "P", "PPLA2", "12", 58008),
        G(162893, "Al-Thawrah", "Tabqa,Tabaqa,At Tabqah", 35.8357, 38.5472, "P", "PPLA2", "04", 69425),
        G(169304 + 1000000, "Kafr Nabl", "Kafranbel,Kafr Nubl", 35.6134, 36.5610, "P", "PPL", "12", 15455),
        G(9100003, "Al-Mastumah", "Mastoumeh,Mastoumé,Mastumah", 35.7464, 36.6617, "P", "PPL", "12", 0),
        G(170575, "Palmyra", "Tadmur,Tadmor,Palmyre", 34.5624, 38.2840, "P", "PPL", "11", 51323),
        G(172957, "Raqqa Governorate", "Raqqa,Raqqah", 35.70, 38.80, "A", "ADM1", "04", 0),
        G(170792, "Deir ez-Zor Governorate", "Deir ez-Zor,Deir Ezzor", 35.00, 40.30, "A", "ADM1", "07", 0),
        G(170062, "Aleppo Governorate", "Aleppo,Alep", 36.20, 37.50, "A", "ADM1", "09", 0),
        G(169575, "Homs Governorate", "Homs", 34.60, 37.80, "A", "ADM1", "11", 0),
        G(169388, "Idlib Governorate", "Idlib,Idleb", 35.80, 36.60, "A", "ADM1", "12", 0),
        G(170902, "Daraa Governorate", "Daraa,Deraa", 32.80, 36.20, "A", "ADM1", "06", 0),
        G(170016, "Hama Governorate", "Hama", 35.20, 37.00, "A", "ADM1", "10", 0),
        G(323786, "Ankara", "Angora", 39.9199, 32.8543, "P", "PPLC", "68", 3517182, country: "TR"),
        G(307864, "Kilis", "Kilis", 36.71611, 37.115, "P", "PPLA", "90", 82301, country: "TR"),
    ];

    /// <summary>One GeoNames dump line (19 tab-separated columns) of a place, Syrian unless another country is given.</summary>
    internal static string G(long id, string name, string alternates, double lat, double lon, string fclass, string fcode, string admin1, long pop, string country = "SY") =>
        string.Join('\t', id.ToString(CultureInfo.InvariantCulture), name, name, alternates, F(lat), F(lon), fclass, fcode, country, "", admin1, "", "", "",
            pop.ToString(CultureInfo.InvariantCulture), "", "0", "Asia/Damascus", "2020-01-01");

    internal static string F(double d) => d.ToString("0.######", CultureInfo.InvariantCulture);
}

/// <summary>The golden tests share one compiled pipeline.</summary>
[CollectionDefinition(Name)]
public sealed class GoldenCollection : ICollectionFixture<GoldenWorld>
{
    public const string Name = "golden";
}
