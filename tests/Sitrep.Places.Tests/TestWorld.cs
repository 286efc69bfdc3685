using System.Globalization;
using System.Text;
using Sitrep.Core.Model;
using Sitrep.Places;
using Sitrep.Text.Tokens;

namespace Sitrep.Places.Tests;

/// <summary>
/// A small gazetteer written by the tests in the real import formats (a few GeoNames dump lines, OCHA-style
/// GeoJSON with rectangular governorates), compiled by the same code as the real one. Coordinates of the
/// Syrian entries are close to the real ones; the governorate shapes are boxes.
/// </summary>
public sealed class TestWorld : IDisposable
{
    public string Folder { get; }
    public IReadOnlyList<string> Sources { get; }
    public Gazetteer Gazetteer { get; }
    public GazetteerPlaceRecognizer Recognizer { get; }
    private static readonly RuleTokenizer Tokenizer = new();

    public TestWorld()
    {
        Folder = Path.Combine(Path.GetTempPath(), "sitrep-places-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        Sources = Write(Folder);
        Gazetteer = Gazetteer.FromSources(Sources);
        Recognizer = new GazetteerPlaceRecognizer(Gazetteer);
    }

    public static IReadOnlyList<string> Write(string folder)
    {
        var geonames = Path.Combine(folder, "cities-test.txt");
        File.WriteAllText(geonames, string.Join("\n", GeoNamesLines) + "\n", new UTF8Encoding(false));
        var admin1 = Path.Combine(folder, "syr_admin1.geojson");
        File.WriteAllText(admin1, Collection(Governorates.Select(g =>
            Polygon($"\"NAME_EN\": \"{g.Name}\", \"NAM_EN_REF\": \"{g.Name}\", \"PCODE\": \"{g.Code}\"", g.W, g.S, g.E, g.N))));
        var admin2 = Path.Combine(folder, "syr_admin2.geojson");
        File.WriteAllText(admin2, Collection([Polygon("\"NAME_EN\": \"Ar-Rastan\", \"PCODE\": \"SY0404\", \"ADMIN1_COD\": \"SY04\", \"ADMIN1_EN\": \"Homs\"", 36.6, 34.8, 36.9, 35.0)]));
        var admin5 = Path.Combine(folder, "syr_admin5.geojson");
        File.WriteAllText(admin5, Collection([
            Polygon("\"HAY_EN\": \"Old Damasus\", \"HAY_PCODE\": \"C10011027\", \"CITY_PCODE\": \"C1001\", \"CITY_NAME\": \"Damascus\"", 36.300, 33.505, 36.318, 33.515),
            Polygon("\"HAY_EN\": \"Yarmouk\", \"HAY_PCODE\": \"C10011023\", \"CITY_PCODE\": \"C1001\", \"CITY_NAME\": \"Damascus\"", 36.295, 33.470, 36.310, 33.480),
        ]));
        // Community points; one feature carries a truncated (invalid) UTF-8 Arabic name, as some real ones do.
        var points = Path.Combine(folder, "syr_admin4_point.geojson");
        using (var fs = File.Create(points))
        {
            var body = Collection(Communities.Select((c, i) =>
                $"{{ \"type\": \"Feature\", \"properties\": {{ \"NAME_EN\": \"{c.Name}\", \"NAM_EN_REF\": \"{c.Name}\", \"NAME_ARA\": \"{(i == 0 ? "@@BROKEN@@" : "")}\", \"PCODE\": \"{c.Code}\", " +
                $"\"ADMIN3_COD\": \"{c.Admin2}00\", \"ADMIN3_EN\": \"X\", \"ADMIN2_COD\": \"{c.Admin2}\", \"ADMIN1_COD\": \"{c.Admin2[..4]}\", " +
                $"\"LATITUDE\": {F(c.Lat)}, \"LONGITUDE\": {F(c.Lon)}, \"CAPIT_LVL\": {(c.Capital == 0 ? "null" : c.Capital.ToString(CultureInfo.InvariantCulture))} }}, " +
                $"\"geometry\": {{ \"type\": \"MultiPoint\", \"coordinates\": [ [ {F(c.Lon)}, {F(c.Lat)} ] ] }} }}"));
            var parts = body.Split("@@BROKEN@@");
            fs.Write(Encoding.UTF8.GetBytes(parts[0]));
            fs.Write([0xD9, 0x85, 0xD8]); // "م" then a cut-off two-byte sequence
            fs.Write(Encoding.UTF8.GetBytes(parts[1]));
        }
        return [geonames, admin1, admin2, admin5, points];
    }

    public static readonly (string Name, string Code, double W, double S, double E, double N)[] Governorates =
    [
        ("Damascus", "SY01", 36.22, 33.47, 36.36, 33.56),
        ("Rural Damascus", "SY03", 35.90, 33.00, 37.00, 33.47),
        ("Homs", "SY04", 36.30, 34.30, 38.00, 35.00),
        ("Hama", "SY05", 36.30, 35.00, 38.00, 35.60),
        ("Idleb", "SY07", 36.20, 35.60, 37.00, 36.30),
        ("Aleppo", "SY02", 37.00, 35.60, 38.50, 36.70),
        ("Dar'a", "SY12", 35.90, 32.40, 36.60, 33.00),
        ("Al-Hasakeh", "SY08", 39.80, 35.80, 42.30, 37.30),
        ("Deir-ez-Zor", "SY09", 39.00, 34.40, 41.00, 35.80),
    ];

    public static readonly (string Name, string Code, string Admin2, double Lat, double Lon, int Capital)[] Communities =
    [
        ("Damascus", "C1001", "SY0100", 33.5102, 36.2913, 1),
        ("Hajar Aswad", "C2502", "SY0309", 33.4606, 36.3040, 3),
        ("Hama", "C2323", "SY0301", 33.5606, 36.2200, 0),
        ("Homs", "C2528", "SY0401", 34.7227, 36.7148, 1),
        ("Ar-Rastan", "C2870", "SY0404", 34.9437, 36.7447, 2),
        ("Talbiseh", "C2882", "SY0404", 34.8437, 36.7301, 3),
        ("Hama", "C2987", "SY0501", 35.1294, 36.7537, 1),
        ("Idleb", "C3871", "SY0700", 35.9320, 36.6349, 1),
        ("Kafr Nobol", "C4068", "SY0702", 35.6130, 36.5610, 0),
        ("Tal Jbine", "C1617", "SY0204", 36.3560, 37.1420, 0),
        ("Aleppo", "C1007", "SY0200", 36.2031, 37.1409, 1),
        ("Dar'a", "C5993", "SY1200", 32.6187, 36.1134, 1),
        ("Al-Hasakeh", "C4360", "SY0800", 36.5116, 40.7573, 1),
        ("Deir-ez-Zor", "C5086", "SY0901", 35.3377, 40.1398, 1),
        ("Al Mayadin", "C5192", "SY0903", 35.0210, 40.4517, 2),
        ("Arida", "C6238", "SY0401", 34.5100, 36.5400, 0),
        ("Saana", "C6178", "SY1301", 32.7000, 36.6000, 0),
        ("Dik", "C1398", "SY0200", 36.3000, 37.0000, 0),
        ("Sara", "C1400", "SY0200", 36.5000, 36.9000, 0), // a village whose name folds like "Syrie"
        ("Hatya", "C9101", "SY0700", 35.9000, 36.4000, 0), // like "Hatay", a province of Turkey
        ("Sarkha", "C9102", "SY0300", 33.8000, 36.5000, 0), // a word of an operation's name
        ("Karama", "C9103", "SY0900", 35.5000, 40.5000, 0), // a square of another city bears the name
        ("Sharifa", "C9104", "SY0900", 35.1000, 40.8000, 0), // like "Achrafieh", a quarter of Aleppo
        ("Ain Al Arab", "C1946", "SY0202", 36.8900, 38.3500, 2), // Kobani: its curated name ends in "al-Arab"
        ("Shatheh", "C3017", "SY0501", 35.2000, 36.4000, 0),
        ("Otan", "C2678", "SY0401", 34.6000, 36.7000, 0),
        ("Eastern Deir", "C3962", "SY0703", 35.6054, 36.7097, 0),
        ("Upper Makhrim", "C2901", "SY0406", 34.8150, 37.0850, 0),
        ("Safa Eltayyas", "C2662", "SY0401", 34.5521, 37.6754, 0),
        ("Daret Azza", "C1139", "SY0201", 36.2825, 36.8509, 0),
        ("Lebbin", "C6251", "SY1300", 32.9170, 36.3930, 0),
        ("Yarmuk", "C1002", "SY0100", 33.4740, 36.3100, 0),
        ("Harbinafsah", "C2871", "SY0404", 35.0100, 36.8000, 0), // OCHA's point just across the Homs/Hama box boundary
        ("Al Bab", "C1202", "SY0202", 36.3709, 37.5152, 2),
        ("Maar Dis", "C3031", "SY0501", 35.2548, 36.7571, 0),
        ("Jisr-Ash-Shugur", "C4199", "SY0703", 35.8190, 36.3220, 2),
        ("Foah", "C3905", "SY0700", 35.9829, 36.7022, 0),
        ("Fah", "C1137", "SY0200", 36.2060, 37.3620, 0),
        ("Busra Esh-Sham", "C6002", "SY1200", 32.5160, 36.4760, 0),
        ("Bisr Elharir", "C6105", "SY1203", 32.8377, 36.3400, 0),
        ("Upper Baguz", "C5184", "SY0902", 34.4568, 40.9589, 0),
        ("Ein Dara", "C1370", "SY0204", 36.4640, 36.8640, 0),
        ("Adra", "C2331", "SY0302", 33.6061, 36.5158, 0), // Daraa's GeoNames alternate name "Adraa" folds to its key
        ("Khantuman", "C1015", "SY0200", 36.1150, 37.0467, 0), // OCHA writes Khan Tuman as one word
        ("Toman", "C1222", "SY0202", 36.2947, 37.4761, 0), // a village of al-Bab district whose name is Khan Tuman's second word
    ];

    /// <summary>GeoNames dump lines (19 tab-separated columns).</summary>
    public static readonly string[] GeoNamesLines =
    [
        G(170654, "Damascus", "Damas,Damasco,Dimashq", 33.5102, 36.2913, "P", "PPLC", "SY", "13", 2584771),
        G(4352728, "Damascus", "", 39.28844, -77.20387, "P", "PPL", "US", "MD", 15257),
        G(169577, "Homs", "Hims,Emesa", 34.7268, 36.7234, "P", "PPLA", "SY", "11", 775404),
        G(170063, "Aleppo", "Alep,Halab", 36.2021, 37.1343, "P", "PPLA", "SY", "09", 1602264),
        G(170905, "Dar'a", "Adraa,Daraa,Deraa", 32.6189, 36.1021, "P", "PPLA", "SY", "08", 97969),
        G(173322, "Al Quşayr", "Qusayr,Al Qusayr", 34.5078, 36.5803, "P", "PPLA2", "SY", "11", 41062),
        G(170900, "Ḩarbinafsah", "Harbinafsah", 34.9900, 36.8000, "P", "PPL", "SY", "11", 8000),
        G(901001, "Arida", "Al Arida", 34.4150, 36.3700, "P", "PPL", "LB", "09", 3000),
        G(901002, "Tell Sarmin", "", 35.8700, 36.7300, "P", "PPL", "SY", "12", 12000),
        G(901003, "Qorret Falah", "Vieille", 35.8001, 35.8981, "P", "PPL", "SY", "02", 900), // a village a gazetteer also lists as "Vieille"
        G(2990440, "Nice", "Nizza", 43.70313, 7.26608, "P", "PPLA2", "FR", "B8", 342669),
        G(2287790, "Man", "", 7.41251, -7.55383, "P", "PPLA", "CI", "88", 188704),
        G(901003, "Mayor", "", 10.0, 124.0, "P", "PPL", "PH", "11", 1200),
        G(901004, "Assad", "", 31.0, 50.0, "P", "PPL", "IR", "05", 900),
        G(901005, "Le", "", 45.0, 4.0, "P", "PPL", "FR", "84", 600),
        G(901006, "State", "", 40.0, -90.0, "P", "PPL", "US", "IL", 700),
        G(901007, "Islamic", "", 5.0, 30.0, "P", "PPL", "SS", "01", 800),
        G(281133, "Gaza", "Ghazzah,Azza", 31.50161, 34.46672, "P", "PPLA", "PS", "GZ", 410000),
        G(294877, "Ariel", "Ari'el", 32.10, 35.17, "P", "PPL", "PS", "WE", 20000),
        G(901008, "Narince", "Maardis", 37.05, 38.10, "P", "PPL", "TR", "02", 900),
        G(901009, "Rami", "", 35.7634, 36.5590, "P", "PPL", "SY", "12", 900),
        G(901010, "Mustafa", "", 36.1000, 37.3000, "P", "PPL", "SY", "09", 600),
        G(901011, "Qatar", "", 36.2465, 37.4964, "P", "PPL", "SY", "09", 700),
        G(901012, "Abu", "", 35.2000, 38.6000, "P", "PPL", "SY", "07", 300),
        G(901013, "Al Qaida", "Qaida", 36.5000, 40.9000, "P", "PPL", "SY", "02", 200),
        G(901014, "Cras", "", 36.1000, 37.9000, "P", "PPL", "SY", "09", 200),
        G(6945291, "Old City", "", 31.7767, 35.2345, "P", "PPLX", "IL", "06", 0),
        G(5168839, "Russia", "", 40.2342, -84.4094, "P", "PPL", "US", "OH", 600),
    ];

    private static string G(long id, string name, string alternates, double lat, double lon, string fclass, string fcode, string cc, string admin1, long pop) =>
        string.Join('\t', id.ToString(CultureInfo.InvariantCulture), name, name, alternates, F(lat), F(lon), fclass, fcode, cc, "", admin1, "", "", "",
            pop.ToString(CultureInfo.InvariantCulture), "", "0", "Asia/Damascus", "2020-01-01");

    private static string F(double d) => d.ToString("0.######", CultureInfo.InvariantCulture);

    private static string Polygon(string properties, double w, double s, double e, double n) =>
        $"{{ \"type\": \"Feature\", \"properties\": {{ {properties} }}, \"geometry\": {{ \"type\": \"Polygon\", \"coordinates\": [ [ [ {F(w)}, {F(s)} ], [ {F(e)}, {F(s)} ], [ {F(e)}, {F(n)} ], [ {F(w)}, {F(n)} ], [ {F(w)}, {F(s)} ] ] ] }} }}";

    private static string Collection(IEnumerable<string> features) =>
        "{\n\"type\": \"FeatureCollection\",\n\"features\": [\n" + string.Join(",\n", features) + "\n]\n}\n";

    public IReadOnlyList<PlaceMention> Recognize(string text, Language language)
    {
        var dispatch = new Dispatch("t", "t", text, language, null, null, null, null, new InputOrigin("test"));
        var doc = new AnalyzedDispatch(dispatch, Tokenizer.Analyze(text, language));
        return Recognizer.Recognize(doc);
    }

    public void Dispose()
    {
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
    }
}

[CollectionDefinition("world")]
public sealed class WorldCollection : ICollectionFixture<TestWorld>;
