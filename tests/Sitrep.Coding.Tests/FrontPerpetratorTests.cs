using System.Text;
using Sitrep.Actors;
using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;
using Sitrep.Places;

namespace Sitrep.Coding.Tests;

/// <summary>
/// One-sided violence with no side named, in a world whose places carry OCHA P-codes (two governorate boxes), so that
/// the front-line table of data/coding/frontlines.json applies: who holds the place is who executes or abducts there.
/// </summary>
public sealed class FrontPerpetratorTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "sitrep-front-tests-" + Guid.NewGuid().ToString("N"));
    private readonly Pipeline _pipeline;
    private readonly ActorDictionary _actors = ActorDictionary.LoadDefault();

    public FrontPerpetratorTests()
    {
        Directory.CreateDirectory(_folder);
        var geonames = Path.Combine(_folder, "cities-front.txt");
        File.WriteAllText(geonames, string.Join("\n",
            GoldenWorld.G(170794, "Deir ez-Zor", "Deir Ezzor,Dayr az Zawr", 35.3359, 40.1408, "P", "PPLA", "00", 242565),
            GoldenWorld.G(169389, "Idlib", "Idleb", 35.9306, 36.6339, "P", "PPLA", "00", 128840)) + "\n", new UTF8Encoding(false));
        var admin1 = Path.Combine(_folder, "syr_admin1.geojson");
        File.WriteAllText(admin1, "{ \"type\": \"FeatureCollection\", \"features\": [\n" +
            Box("Deir-ez-Zor", "SY09", 39.0, 34.4, 41.0, 35.8) + ",\n" + Box("Idleb", "SY07", 36.2, 35.6, 37.0, 36.3) + "\n] }\n", new UTF8Encoding(false));
        var gazetteer = Gazetteer.FromSources([geonames, admin1]);
        _pipeline = SitrepPipeline.Create(gazetteer, _actors, CodingLexicons.LoadDefault());
    }

    [Theory]
    [InlineData("en", "2016-03-10", "Ten civilians were abducted in Deir ez-Zor on Thursday.", "is", "civilians", "abduction, no side named: IS held Deir ez-Zor in 2016, and the victims of an abduction are civilians")]
    [InlineData("fr", "2016-03-10", "Deux femmes ont été lapidées jeudi à Deir ez-Zor.", "is", "civilians", "French stoning, no side named: the holder of the place, not the side attacking it")]
    [InlineData("en", "2016-03-10", "The army executed two men in Deir ez-Zor on Thursday.", "gov", "civilians", "a perpetrator named in the text is never replaced by the front")]
    [InlineData("en", "2016-03-10", "Shells hit Deir ez-Zor on Thursday.", "gov", "is", "a strike with no side named keeps the front's attacker: only one-sided violence takes the holder")]
    public void One_sided_violence_with_no_side_named_is_the_holders(string lang, string date, string text, string actor1, string actor2, string why)
    {
        // Given a dispatch in a governorate with a front in the table
        var dispatch = GoldenWorld.DispatchOf(lang, date, text);

        // When it is coded
        var e = Assert.Single(_pipeline.Run(dispatch).Events!);

        // Then the sides are as the front and the text say
        Assert.True(actor1 == Class(e.Actor1) && actor2 == Class(e.Actor2),
            $"{why}: got {Class(e.Actor1)} / {Class(e.Actor2)}");
    }

    [Theory]
    [InlineData("en", "2016-03-10", "Turkish forces shelled villages near Idlib on Thursday. A car bomb exploded in Idlib on Friday, killing three people. Islamic State claimed the attack.", "a side that claims the attack did it, over a side only the context gave it (the first side the dispatch names)")]
    [InlineData("fr", "2016-03-10", "Les forces turques ont bombardé jeudi des villages près d'Idleb. Une voiture piégée a explosé vendredi à Idleb, tuant trois personnes. L'EI a revendiqué l'attentat.", "the same in French")]
    public void A_side_that_claims_an_attack_did_it(string lang, string date, string text, string why)
    {
        // Given a bombing no side is named for in its own sentence, on a front, and a side that claims it
        var doc = _pipeline.Run(GoldenWorld.DispatchOf(lang, date, text));

        // When the bombing is coded
        var bomb = Assert.Single(doc.Events!, e => e.SubEventType == "Remote explosive/landmine/IED");

        // Then the claimant is its actor1
        Assert.True(Class(bomb.Actor1) == "is", $"{why}: got {Class(bomb.Actor1)}");
    }

    [Theory]
    [InlineData("fr", "2020-03-02", "Lundi, les jihadistes ont attaqué des positions de l'armée près d'Idlib.", "rebels", "in Idlib in 2020, 'les jihadistes' with no group named are HTS (a rebel class), not the Islamic State")]
    [InlineData("en", "2020-03-02", "The jihadists attacked army positions near Idlib on Monday.", "rebels", "the same in English")]
    [InlineData("en", "2016-03-10", "The jihadists attacked army positions near Deir ez-Zor on Thursday.", "is", "elsewhere the jihadists stay the Islamic State")]
    [InlineData("en", "2020-03-02", "Islamic State jihadists attacked army positions near Idlib on Monday.", "is", "a group the text names is never replaced")]
    public void The_jihadists_of_an_area_are_the_group_that_holds_it(string lang, string date, string text, string actor1, string why)
    {
        // Given a dispatch naming 'the jihadists' in a governorate of data/coding/defaults.json jihadists_by_area
        var dispatch = GoldenWorld.DispatchOf(lang, date, text);

        // When it is coded
        var e = Assert.Single(_pipeline.Run(dispatch).Events!);

        // Then the attacker is the group the table names for that place and date
        Assert.True(actor1 == Class(e.Actor1), $"{why}: got {Class(e.Actor1)} ({e.Actor1?.Name})");
    }

    private string Class(Actor? a) => a is null ? "-" : _actors.ClassOf(a).Code();

    private static string Box(string name, string code, double w, double s, double e, double n) =>
        $"{{ \"type\": \"Feature\", \"properties\": {{ \"NAME_EN\": \"{name}\", \"NAM_EN_REF\": \"{name}\", \"PCODE\": \"{code}\" }}, \"geometry\": {{ \"type\": \"Polygon\", " +
        $"\"coordinates\": [ [ [ {GoldenWorld.F(w)}, {GoldenWorld.F(s)} ], [ {GoldenWorld.F(e)}, {GoldenWorld.F(s)} ], [ {GoldenWorld.F(e)}, {GoldenWorld.F(n)} ], [ {GoldenWorld.F(w)}, {GoldenWorld.F(n)} ], [ {GoldenWorld.F(w)}, {GoldenWorld.F(s)} ] ] ] }} }}";

    public void Dispose()
    {
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
