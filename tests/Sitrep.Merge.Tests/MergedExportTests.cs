using System.Text;
using System.Text.Json;
using NodaTime;
using Sitrep.Core.Model;
using Sitrep.Export;
using Sitrep.Storage;
using static Sitrep.Merge.Tests.World;

namespace Sitrep.Merge.Tests;

public class MergedExportTests
{
    private static readonly StoredDispatch First = Dispatch("a", Language.French, 4, Strike("E1", Brenn, 4, 5));
    private static readonly StoredDispatch Later = Dispatch("b", Language.English, 5, Strike("E1", Cask, 4, 12));
    private static readonly StoredDispatch[] Both = [First, Later];

    private static IReadOnlyDictionary<string, StoredDispatch> ById => Both.ToDictionary(d => d.Dispatch.Id);

    [Fact]
    public void The_ucdp_csv_has_one_row_per_incident_with_bounds_and_precisions()
    {
        // Given two reports of one strike
        var merged = EventMerging.Merge(Both);

        // When written as UCDP-style CSV
        var w = new StringWriter();
        MergedExports.WriteUcdpCsv(w, merged);
        var lines = w.ToString().Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var header = lines[0].Split(',');
        var row = lines[1].Split(',');
        string Cell(string name) => row[Array.IndexOf(header, name)];

        // Then one row: the day, the exact place, 5..12 with 12 best, both sources, and a state-based strike (the army struck)
        Assert.Equal(2, lines.Length);
        Assert.Equal(("2019-03-04", "2019-03-04", "1", "1"), (Cell("date_start"), Cell("date_end"), Cell("date_prec"), Cell("where_prec")));
        Assert.Equal(("5", "12", "12"), (Cell("low"), Cell("best"), Cell("high")));
        Assert.Equal("2", Cell("number_of_sources"));
        Assert.Equal("Wire a;Wire b", Cell("source_office"));
        Assert.Equal("1", Cell("type_of_violence"));
    }

    [Fact]
    public void The_merged_acled_csv_lists_every_source()
    {
        // Given two reports of one strike
        var merged = EventMerging.Merge(Both);

        // When written as ACLED CSV
        var w = new StringWriter();
        MergedExports.WriteAcledCsv(w, merged, ById);
        var lines = w.ToString().Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var header = lines[0].Split(',');
        var row = lines[1].Split(',');

        // Then one row whose source holds both wires and whose fatalities is the later toll
        Assert.Equal(2, lines.Length);
        Assert.Equal("Wire a; Wire b", row[Array.IndexOf(header, "source")]);
        Assert.Equal("12", row[Array.IndexOf(header, "fatalities")]);
        Assert.Equal("a;b", row[Array.IndexOf(header, "dispatch_id")]);
    }

    [Fact]
    public void The_geojson_is_a_feature_collection_longitude_first()
    {
        // Given a merged strike at Brenn (35 N, 37 E)
        var merged = EventMerging.Merge(Both);

        // When written as GeoJSON
        var ms = new MemoryStream();
        MergedExports.WriteGeoJson(ms, merged);
        using var doc = JsonDocument.Parse(Encoding.UTF8.GetString(ms.ToArray()));

        // Then one Point feature, longitude first, with both reports
        var feature = Assert.Single(doc.RootElement.GetProperty("features").EnumerateArray());
        var coords = feature.GetProperty("geometry").GetProperty("coordinates");
        Assert.Equal(37.0, coords[0].GetDouble());
        Assert.Equal(2, feature.GetProperty("properties").GetProperty("reports").GetArrayLength());
    }

    [Fact]
    public void The_store_keeps_the_merge_and_replaces_it_as_a_whole()
    {
        // Given a store holding both dispatches
        using var store = SqliteStore.OpenInMemory();
        foreach (var d in Both)
            store.Save(new AnalyzedDispatch(d.Dispatch, Events: d.Events, Control: d.Control), Instant.FromUtc(2019, 3, 6, 0, 0));
        var result = EventMerging.MergeWithLinks(store.ReadAll().ToList());
        var m = Assert.Single(result.Events);

        // When the merge is saved twice
        for (int i = 0; i < 2; i++)
            store.SaveMerge(m.Reports.Select(r => new StoredMergeMember(r.DispatchId, r.EventId, m.Id)),
                result.LinksOf(m.Id).Select(l => new StoredMergeLink(m.Id, l.A.Key, l.B.Key, l.Score, string.Join("\n", l.Criteria))));

        // Then it reads back once: two members of one event, one link whose reasons name the distance
        Assert.Equal(2, store.ReadMergeMembers().Count(x => x.MergedId == m.Id));
        Assert.Contains("place", Assert.Single(store.ReadMergeLinks(m.Id)).Reasons);
    }
}
