using System.Text;
using Sitrep.Actors;
using Sitrep.Places;

namespace Sitrep.Coding.Tests;

/// <summary>
/// <see cref="SitrepPipeline"/> builds the stages over what it is given: a fictional world (Ruritania: its own actor
/// dictionary and a gazetteer of one town, Zenda) is what the pipeline reads, and the default dictionary knows none of it.
/// </summary>
public sealed class SitrepPipelineTests : IDisposable
{
    private const string Ruritania = """
    {
      "entries": [
        { "id": "royal-guard", "name": "Military Forces of Ruritania (1990-)", "inter": 1, "kind": "party", "class": "gov",
          "from": "1990-01-01", "tags": ["state"], "names": { "en": ["(the|) Royal Guard"], "fr": ["(la|) Garde royale"] } },
        { "id": "black-michael", "name": "Black Michael's Militia", "inter": 2, "kind": "party", "class": "rebels",
          "tags": ["rebel"], "names": { "en": ["Black Michael's (men|fighters)"], "fr": ["(les|) hommes de Michel le Noir"] } }
      ]
    }
    """;

    private static readonly Lazy<CodingLexicons> Lexicons = new(CodingLexicons.LoadDefault);

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "sitrep-pipeline-tests-" + Guid.NewGuid().ToString("N"));
    private readonly Gazetteer _zenda;

    public SitrepPipelineTests()
    {
        Directory.CreateDirectory(_folder);
        var geonames = Path.Combine(_folder, "cities-ruritania.txt");
        File.WriteAllText(geonames, GoldenWorld.G(9_900_001, "Zenda", "Zenda", 35.50, 36.50, "P", "PPLA", "12", 50_000) + "\n", new UTF8Encoding(false));
        _zenda = Gazetteer.FromSources([geonames]);
    }

    [Theory]
    [InlineData("ruritania", "en", "The Royal Guard shelled Zenda on Monday, killing three of Black Michael's fighters.", "royal-guard", "black-michael", "the test's own dictionary names both sides, and its own gazetteer the place")]
    [InlineData("ruritania", "fr", "La Garde royale a bombardé Zenda lundi, tuant trois hommes de Michel le Noir.", "royal-guard", "black-michael", "the French names of the test's dictionary, read through the French lexicons")]
    [InlineData("default", "en", "The Royal Guard shelled Zenda on Monday, killing three of Black Michael's fighters.", "syria-army", "syria-rebels", "Create(gazetteer) reads the default dictionary, which knows neither name: the stated defaults fill both sides")]
    public void The_pipeline_reads_the_world_it_is_given(string world, string lang, string text, string actor1, string actor2, string why)
    {
        // Given the pipeline over the Ruritanian gazetteer, with the Ruritanian dictionary or the default one
        var pipeline = world == "ruritania"
            ? SitrepPipeline.Create(_zenda, ActorDictionary.Parse(Ruritania, "ruritania.json"), Lexicons.Value)
            : SitrepPipeline.Create(_zenda);

        // When a dispatch is coded
        var doc = pipeline.Run(GoldenWorld.DispatchOf(lang, "2016-03-10", text));

        // Then the shelling's sides come from that dictionary and its place from that gazetteer
        var e = Assert.Single(doc.Events!);
        Assert.True((actor1, actor2) == (e.Actor1?.Id, e.Actor2?.Id), $"{why}: coded {e.Actor1?.Id} against {e.Actor2?.Id}");
        Assert.Equal("Shelling/artillery/missile attack", e.SubEventType);
        Assert.Equal("Zenda", e.Where?.Place.Name);
    }

    public void Dispose()
    {
        try { Directory.Delete(_folder, recursive: true); }
        catch (IOException) { }
    }
}
