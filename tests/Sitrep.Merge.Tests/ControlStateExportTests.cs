using System.Text;
using System.Text.Json;
using Sitrep.Core.Model;
using Sitrep.Export;
using static Sitrep.Merge.Tests.World;

namespace Sitrep.Merge.Tests;

public class ControlStateExportTests
{
    [Theory]
    [InlineData(true, "Polygon", "a governorate with a known shape is drawn as its polygon")]
    [InlineData(false, "Point", "without shapes (no OCHA files) the area's point stands in")]
    public void The_state_geojson_uses_the_polygon_when_there_is_one(bool withShape, string geometry, string why)
    {
        // Given the army holding Valdoria on the 5th
        var d = WithControl(Dispatch("a", Language.English, 5), Holds("C1", ValdoriaArea, "Valdoria", Army, ControlShare.Full));
        var state = ControlTimeline.Build([d]).StateAt(Day(5));
        const string square = """{"type":"Polygon","coordinates":[[[36,34],[38,34],[38,36],[36,36],[36,34]]]}""";

        // When the state is written as GeoJSON, with or without the governorate's shape
        var ms = new MemoryStream();
        ControlState.WriteGeoJson(ms, state, new Dictionary<string, StoredDispatch> { [d.Dispatch.Id] = d }, withShape ? _ => square : null);
        using var doc = JsonDocument.Parse(Encoding.UTF8.GetString(ms.ToArray()));

        // Then the one feature has that geometry and says who holds it, undisputed
        var f = Assert.Single(doc.RootElement.GetProperty("features").EnumerateArray());
        Assert.True(geometry == f.GetProperty("geometry").GetProperty("type").GetString(), why);
        Assert.Equal("Military Forces of Valdoria", f.GetProperty("properties").GetProperty("controller").GetString());
        Assert.False(f.GetProperty("properties").GetProperty("disputed").GetBoolean());
    }

    [Fact]
    public void The_state_csv_has_one_row_per_holder_with_its_dispatches()
    {
        // Given two sources of one day disagreeing about Valdoria
        var a = WithControl(Dispatch("a", Language.English, 5), Holds("C1", ValdoriaArea, "Valdoria", Banner, ControlShare.Full));
        var b = WithControl(Dispatch("b", Language.French, 5), Holds("C1", ValdoriaArea, "Valdoria", Army, ControlShare.Full));
        var state = ControlTimeline.Build([a, b]).StateAt(Day(5));

        // When written as CSV
        var w = new StringWriter();
        ControlState.WriteCsv(w, state, new[] { a, b }.ToDictionary(d => d.Dispatch.Id));
        var lines = w.ToString().Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        // Then a header and both holders, each disputed and naming its own dispatch
        Assert.Equal(string.Join(",", ControlState.Columns), lines[0]);
        Assert.Equal(3, lines.Length);
        Assert.Contains(lines, l => l.Contains("Black Banner") && l.Contains(",true,a,"));
        Assert.Contains(lines, l => l.Contains("Military Forces of Valdoria") && l.Contains(",true,b,"));
    }
}
