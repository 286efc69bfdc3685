using System.Net;
using System.Text.Json;
using Sitrep.Export;

namespace Sitrep.Api.Tests;

/// <summary>GET /api/events, /api/events/{id}, /api/control, /api/dispatches/{id} against a real server on loopback.</summary>
public sealed class EventsTests(ReadFixture fixture) : IClassFixture<ReadFixture>
{
    private HttpClient Http => fixture.Store.Http;

    private async Task<(HttpStatusCode Status, JsonElement Body)> Get(string path)
    {
        using var r = await Http.GetAsync(path);
        var text = await r.Content.ReadAsStringAsync();
        return (r.StatusCode, JsonDocument.Parse(text).RootElement.Clone());
    }

    [Theory]
    [InlineData("", 3, "no filter: every event")]
    [InlineData("?type=Battles", 2, "event type, exact")]
    [InlineData("?type=battles,Protests", 2, "several types, case-insensitive")]
    [InlineData("?from=2016-12-01", 2, "events on or after a day")]
    [InlineData("?from=2016-12-20&to=2016-12-20", 1, "a one-day range that the event's day equals")]
    [InlineData("?to=2016-08-07", 0, "a range that ends before every event")]
    [InlineData("?bbox=36.5,34.5,37.0,35.0", 1, "a box around Homs only")]
    [InlineData("?actor=russia", 1, "actor by id or name substring")]
    [InlineData("?actor=Opposition Rebels", 2, "an actor on either side: first in one event, second in another")]
    [InlineData("?admin1=SY02", 1, "governorate P-code")]
    [InlineData("?admin1=sy04", 1, "P-code in lower case")]
    [InlineData("?place=idl", 1, "place name substring")]
    [InlineData("?type=Battles&from=2017-01-01&admin1=SY04", 1, "filters combine with AND")]
    public async Task Filters_select_the_matching_events(string query, int expected, string why)
    {
        // Given the three-event store / When filtering
        var (status, body) = await Get("api/events" + query);
        // Then
        Assert.True(status == HttpStatusCode.OK, why);
        Assert.Equal(expected, body.GetProperty("total").GetInt32());
        Assert.Equal(expected, body.GetProperty("events").GetArrayLength());
    }

    [Fact]
    public async Task Paging_returns_the_requested_slice_in_a_stable_order()
    {
        // Given every event in order
        var (_, all) = await Get("api/events");
        var ids = all.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("id").GetString()).ToList();
        // When asking for the second page of one
        var (status, page) = await Get("api/events?offset=1&limit=1");
        // Then it is the second event, and the total is unchanged
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(3, page.GetProperty("total").GetInt32());
        Assert.Equal(ids[1], Assert.Single(page.GetProperty("events").EnumerateArray()).GetProperty("id").GetString());
        var (_, past) = await Get("api/events?offset=10");
        Assert.Equal(0, past.GetProperty("events").GetArrayLength());
    }

    [Fact]
    public async Task GeoJson_format_is_a_feature_collection_of_points()
    {
        // When
        using var r = await Http.GetAsync("api/events?format=geojson&admin1=SY04");
        var body = JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement;
        // Then
        Assert.Equal("application/geo+json", r.Content.Headers.ContentType?.MediaType);
        Assert.Equal("FeatureCollection", body.GetProperty("type").GetString());
        var f = Assert.Single(body.GetProperty("features").EnumerateArray());
        Assert.Equal("Point", f.GetProperty("geometry").GetProperty("type").GetString());
        Assert.Equal(36.71, f.GetProperty("geometry").GetProperty("coordinates")[0].GetDouble(), 3);
        Assert.Equal("Battles", f.GetProperty("properties").GetProperty("event_type").GetString());
    }

    [Fact]
    public async Task Csv_format_has_the_acled_columns_and_one_row_per_event()
    {
        // When
        using var r = await Http.GetAsync("api/events?format=csv&type=Battles");
        var lines = (await r.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        // Then
        Assert.Equal("text/csv", r.Content.Headers.ContentType?.MediaType);
        Assert.Equal(string.Join(",", AcledCsv.Columns), lines[0]);
        Assert.Equal(3, lines.Length);
        Assert.Contains(lines.Skip(1), l => l.Contains("Government regains territory") && l.Contains(",12,"));
    }

    [Theory]
    [InlineData("api/events?from=2017-13-01", "from", "a month that does not exist")]
    [InlineData("api/events?to=yesterday", "to", "not a date")]
    [InlineData("api/events?from=2017-03-01&to=2017-02-01", "to", "a range that ends before it starts")]
    [InlineData("api/events?bbox=1,2,3", "bbox", "three numbers")]
    [InlineData("api/events?bbox=40,30,35,36", "bbox", "west east of east")]
    [InlineData("api/events?bbox=a,b,c,d", "bbox", "not numbers")]
    [InlineData("api/events?limit=0", "limit", "an empty page")]
    [InlineData("api/events?limit=999999", "limit", "too large a page")]
    [InlineData("api/events?offset=-1", "offset", "negative offset")]
    [InlineData("api/events?offset=1e3", "offset", "not a whole number")]
    [InlineData("api/events?format=xml", "format", "unknown format")]
    [InlineData("api/events?typo=1", "typo", "unknown parameter")]
    [InlineData("api/events?limit=1&limit=2", "limit", "a parameter given twice")]
    [InlineData("api/events?admin1=SY%2004", "admin1", "P-codes are letters and digits")]
    [InlineData("api/control?as_of=2017-02-30", "as_of", "a day that does not exist")]
    [InlineData("api/control?date=2017-01-01", "date", "unknown parameter of control")]
    public async Task Bad_parameters_are_4xx_with_a_message(string path, string parameter, string why)
    {
        // When
        var (status, body) = await Get(path);
        // Then
        Assert.True(status == HttpStatusCode.BadRequest, $"{why}: got {status}");
        Assert.Equal(parameter, body.GetProperty("parameter").GetString());
        Assert.False(string.IsNullOrWhiteSpace(body.GetProperty("message").GetString()), why);
    }

    public static TheoryData<string, string> Injections()
    {
        string[] payloads = ["' OR '1'='1", "1; DROP TABLE dispatches; --", "\" OR 1=1 --", "%' UNION SELECT * FROM events --", "\\'; DELETE FROM events; /*", "x' AND sleep(5)--"];
        var data = new TheoryData<string, string>();
        foreach (var p in payloads)
        {
            foreach (var name in new[] { "from", "to", "bbox", "type", "actor", "admin1", "place", "offset", "limit", "format" })
                data.Add($"api/events?{name}={Uri.EscapeDataString(p)}", p);
            data.Add($"api/control?as_of={Uri.EscapeDataString(p)}", p);
            data.Add($"api/events/{Uri.EscapeDataString(p)}", p);
            data.Add($"api/dispatches/{Uri.EscapeDataString(p)}", p);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Injections))]
    public async Task Sql_metacharacters_in_any_parameter_are_plain_text(string path, string payload)
    {
        // When
        using var r = await Http.GetAsync(path);
        var body = JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement;
        // Then: a 4xx with a message, or an empty match; never a 500, never more rows, and the store is untouched
        Assert.True((int)r.StatusCode < 500, $"{payload}: {r.StatusCode}");
        if (r.IsSuccessStatusCode)
            Assert.Equal(0, body.GetProperty("total").GetInt32());
        else
            Assert.False(string.IsNullOrEmpty(body.GetProperty("message").GetString()));
        var (_, meta) = await Get("api/meta");
        Assert.Equal(3, meta.GetProperty("dispatches").GetInt32());
    }

    [Fact]
    public async Task An_event_shows_its_evidence_and_the_text_it_points_into()
    {
        // Given the Homs event
        var (_, list) = await Get("api/events?admin1=SY04");
        var id = list.GetProperty("events")[0].GetProperty("id").GetString();
        // When
        var (status, e) = await Get("api/events/" + id);
        // Then every evidence range covers the words it quotes, in the dispatch text
        Assert.Equal(HttpStatusCode.OK, status);
        var text = e.GetProperty("dispatch").GetProperty("text").GetString()!;
        var evidence = e.GetProperty("evidence").EnumerateArray().ToList();
        Assert.Contains(evidence, v => v.GetProperty("field").GetString() == "fatalities" && v.GetProperty("text").GetString() == "Au moins douze combattants");
        foreach (var v in evidence)
        {
            int start = v.GetProperty("start").GetInt32(), end = v.GetProperty("end").GetInt32();
            Assert.Equal(v.GetProperty("text").GetString(), text[start..end]);
        }
        var report = Assert.Single(e.GetProperty("reports").EnumerateArray());
        Assert.Equal("depeche-fr-1", report.GetProperty("dispatch").GetProperty("external_id").GetString());
        Assert.Equal("a monitor", Assert.Single(report.GetProperty("claims").EnumerateArray()).GetProperty("source").GetString());
    }

    [Fact]
    public async Task A_dispatch_is_found_by_hash_or_external_id_and_unknown_ids_are_404()
    {
        // When
        var (byExternal, d) = await Get("api/dispatches/wire-en-1");
        var (byHash, same) = await Get("api/dispatches/" + d.GetProperty("id").GetString());
        var (missing, error) = await Get("api/dispatches/nope");
        // Then
        Assert.Equal(HttpStatusCode.OK, byExternal);
        Assert.Equal(HttpStatusCode.OK, byHash);
        Assert.Equal(d.GetProperty("text").GetString(), same.GetProperty("text").GetString());
        Assert.Equal("Explosions/Remote violence", d.GetProperty("events")[0].GetProperty("event_type").GetString());
        Assert.Equal(HttpStatusCode.NotFound, missing);
        Assert.Equal("not_found", error.GetProperty("error").GetString());
    }

    [Theory]
    [InlineData("2016-12-31", "syria-rebels", "Polygon", "held by the rebels from the December dispatch")]
    [InlineData("2017-03-20", "syria-army", "Polygon", "the March dispatch says the army took it")]
    public async Task Control_state_moves_with_the_date(string asOf, string controller, string geometry, string why)
    {
        // When
        var (status, fc) = await Get("api/control?as_of=" + asOf);
        // Then
        Assert.Equal(HttpStatusCode.OK, status);
        var homs = fc.GetProperty("features").EnumerateArray()
            .Single(f => f.GetProperty("properties").GetProperty("admin1_pcode").GetString() == "SY04" && f.GetProperty("properties").GetProperty("level").GetString() == "admin1");
        Assert.True(controller == homs.GetProperty("properties").GetProperty("controller").GetProperty("id").GetString(), why);
        Assert.Equal(geometry, homs.GetProperty("geometry").GetProperty("type").GetString());
        Assert.NotEmpty(homs.GetProperty("properties").GetProperty("evidence").EnumerateArray());
    }

    [Fact]
    public async Task Control_before_any_statement_is_empty()
    {
        var (_, fc) = await Get("api/control?as_of=2015-01-01");
        Assert.Equal(0, fc.GetProperty("features").GetArrayLength());
    }

    [Fact]
    public async Task The_openapi_document_and_the_page_are_served()
    {
        // When
        var openapi = await Http.GetStringAsync("openapi.json");
        var page = await Http.GetStringAsync("/");
        var leaflet = await Http.GetAsync("lib/leaflet/leaflet.js");
        // Then
        Assert.Contains("/api/events", openapi);
        Assert.Contains("/api/dispatches", openapi);
        Assert.Contains("lib/leaflet/leaflet.js", page);
        Assert.Equal(HttpStatusCode.OK, leaflet.StatusCode);
    }

    [Fact]
    public async Task Admin_boundaries_are_the_governorate_polygons()
    {
        var (_, fc) = await Get("api/admin");
        var codes = fc.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("properties").GetProperty("pcode").GetString()).ToList();
        Assert.Equal(["SY01", "SY02", "SY04", "SY07"], codes);
    }
}
