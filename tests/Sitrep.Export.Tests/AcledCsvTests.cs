using NodaTime;
using Sitrep.Core.Model;

namespace Sitrep.Export.Tests;

public sealed class AcledCsvTests
{
    private static string Csv(params StoredDispatch[] dispatches)
    {
        var w = new StringWriter();
        AcledCsv.Write(w, dispatches);
        return w.ToString();
    }

    private static Dictionary<string, string> OnlyRow(StoredDispatch d) => Assert.Single(CsvReader.Records(Csv(d)));

    [Fact]
    public void The_columns_are_ACLEDs_in_ACLEDs_order_then_Sitreps()
    {
        // Given the column lists the issue fixes
        string[] acled =
        [
            "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
            "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
            "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
            "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
        ];
        string[] sitrep = ["dispatch_id", "date_from", "date_to", "fatalities_low", "fatalities_high", "aggregate", "admin1_pcode", "evidence"];

        // When the CSV is written
        var header = Csv().Split("\r\n")[0];

        // Then the lists and the header line are exactly those
        Assert.Equal(acled, AcledCsv.AcledColumns);
        Assert.Equal(sitrep, AcledCsv.SitrepColumns);
        Assert.Equal([.. acled, .. sitrep], AcledCsv.Columns);
        Assert.Equal(string.Join(",", acled.Concat(sitrep)), header);
    }

    [Fact]
    public void Empty_input_writes_the_header_only()
    {
        // Given no dispatches, When the CSV is written, Then it is the header line and nothing else
        Assert.Equal(string.Join(",", AcledCsv.Columns) + "\r\n", Csv());
        // And a dispatch with no events adds no row
        Assert.Empty(CsvReader.Records(Csv(new StoredDispatch(Samples.Dispatch(), [], [], Samples.StoredAt))));
    }

    [Fact]
    public void A_small_dispatch_gives_exactly_this_csv()
    {
        // Given a protest at a known place, with no toll
        const string text = "Protesters gathered in Tell Qamar, chanting \"bread\".";
        var d = Samples.Dispatch("wire-0002", text);
        var e = new EventRecord("E1", d.Id, "Protests", "Peaceful protest",
            new Actor("PRO-SYR", "Protesters (Syria)", InterCode.Protesters), null, [], [],
            DateSpan.OfDay(new LocalDate(2019, 6, 9)), new EventLocation(Samples.TellQamar, 1, 0),
            null, null, false, [],
            [new Evidence("event_type", Samples.Find("gathered", text), "lexicon:en/events.json#gather"),
             new Evidence("notes", Samples.Find("chanting \"bread\"", text), "quote")],
            "Protest, peaceful");

        // When it is written
        var csv = Csv(new StoredDispatch(d, [e], [], Samples.StoredAt));

        // Then the row is exactly this (the hash prefix is the only computed part)
        var expected =
            string.Join(",", AcledCsv.Columns) + "\r\n" +
            $"SYR-{d.Id[..8]}-E1,2019-06-09,2019,1,Demonstrations,Protests,Peaceful protest,Protesters (Syria),,6,,,0,60,," +
            "760,Middle East,Syria,Hama,Hama,Hama,Tell Qamar,35.1235,36.7654,1,Example Wire,,\"Protest, peaceful\",0,,1560155415," +
            "wire-0002,2019-06-09,2019-06-09,,,false,SY05,\"event_type: gathered | notes: chanting \"\"bread\"\"\"\r\n";
        Assert.Equal(expected, csv);
    }

    [Fact]
    public void A_month_precision_event_is_dated_on_its_last_day_and_keeps_its_span()
    {
        // Given an event known only to within April to early June
        var row = OnlyRow(Samples.With(Samples.Campaign));

        // Then event_date is the last day, the span is kept, and the precision says month
        Assert.Equal("2019-06-09", row["event_date"]);
        Assert.Equal("2019", row["year"]);
        Assert.Equal("3", row["time_precision"]);
        Assert.Equal("2019-04-01", row["date_from"]);
        Assert.Equal("2019-06-09", row["date_to"]);
    }

    [Fact]
    public void An_aggregate_event_is_written_as_coded_and_flagged()
    {
        // Given a campaign total of about 300 dead
        var row = OnlyRow(Samples.With(Samples.Campaign));

        // Then the best figure is the toll, with its bounds, and aggregate is true
        Assert.Equal("true", row["aggregate"]);
        Assert.Equal("300", row["fatalities"]);
        Assert.Equal("270", row["fatalities_low"]);
        Assert.Equal("300", row["fatalities_high"]);
        // And a one-day event is not aggregate
        Assert.Equal("false", OnlyRow(Samples.With(Samples.Retake))["aggregate"]);
    }

    [Fact]
    public void An_unknown_toll_is_zero_with_empty_bounds()
    {
        // Given an event with no toll
        var row = OnlyRow(Samples.With(d => Samples.Retake(d) with { Fatalities = null }));

        // Then fatalities is 0 (ACLED's convention) and the bounds say it is unknown
        Assert.Equal("0", row["fatalities"]);
        Assert.Equal("", row["fatalities_low"]);
        Assert.Equal("", row["fatalities_high"]);
    }

    [Fact]
    public void Dispatch_id_is_the_external_id_so_rows_join_back_to_inputs()
    {
        // Given a dispatch the input called "2019-06-10/afp-17"
        var row = OnlyRow(Samples.With(Samples.Retake, externalId: "2019-06-10/afp-17"));

        // Then dispatch_id is that name, not the content hash
        Assert.Equal("2019-06-10/afp-17", row["dispatch_id"]);
        Assert.DoesNotContain(Samples.Dispatch().Id, row["dispatch_id"]);
    }

    [Fact]
    public void Actors_places_and_the_country_are_written_ACLEDs_way()
    {
        // Given the one-day retaking of Tell Qamar
        var row = OnlyRow(Samples.With(Samples.Retake));

        // Then
        Assert.Equal("Military Forces of Syria (2000-2024)", row["actor1"]);
        Assert.Equal("NDF: National Defence Forces; Hezbollah", row["assoc_actor_1"]);
        Assert.Equal("1", row["inter1"]);
        Assert.Equal("Syrian rebels", row["actor2"]);
        Assert.Equal("2", row["inter2"]);
        Assert.Equal("12", row["interaction"]);
        Assert.Equal("Political violence", row["disorder_type"]);
        Assert.Equal("", row["civilian_targeting"]);
        Assert.Equal("760", row["iso"]);
        Assert.Equal("Syria", row["country"]);
        Assert.Equal("Middle East", row["region"]);
        Assert.Equal("Hama", row["admin1"]);
        Assert.Equal("SY05", row["admin1_pcode"]);
        Assert.Equal("Tell Qamar", row["location"]);
        Assert.Equal("35.1235", row["latitude"]);
        Assert.Equal("12", row["fatalities"]);
        Assert.Equal("1560155415", row["timestamp"]);
        Assert.Equal("event_type: retook | location: Tell Qamar", row["evidence"]);
    }

    [Fact]
    public void Civilians_as_second_actor_mark_civilian_targeting()
    {
        // Given an attack on civilians
        var row = OnlyRow(Samples.With(d => Samples.Retake(d) with
        {
            EventType = "Violence against civilians", SubEventType = "Attack", Actor2 = Samples.Civilians,
        }));

        // Then
        Assert.Equal("Civilian targeting", row["civilian_targeting"]);
        Assert.Equal("17", row["interaction"]);
        Assert.Equal("7", row["inter2"]);
    }

    [Theory]
    [InlineData("Kafr, Amin", "a comma in a place name")]
    [InlineData("the \"Tiger\" forces", "quotes in an actor's name")]
    [InlineData("first line\r\nsecond line\nthird", "line breaks in the notes")]
    [InlineData("  padded  ", "leading and trailing spaces")]
    [InlineData("Émeutes à Alep – 5 morts", "non-ASCII text")]
    public void Awkward_text_reads_back_exactly(string awkward, string why)
    {
        // Given an event whose notes, location and actor hold awkward text
        var stored = Samples.With(d => Samples.Retake(d) with
        {
            Notes = awkward,
            Actor1 = Samples.Army with { Name = awkward },
            Where = new EventLocation(Samples.TellQamar with { Name = awkward }, 1, 0),
        });

        // When written and read back by an RFC 4180 reader
        var rows = CsvReader.Parse(Csv(stored));

        // Then there is one row of the right width and the text is intact
        Assert.True(rows.Count == 2, $"{why}: {rows.Count - 1} rows");
        var row = CsvReader.Records(Csv(stored)).Single();
        Assert.Equal(awkward, row["notes"]);
        Assert.Equal(awkward, row["actor1"]);
        Assert.Equal(awkward, row["location"]);
    }
}
