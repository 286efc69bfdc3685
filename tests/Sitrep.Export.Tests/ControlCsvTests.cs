using NodaTime;
using Sitrep.Core.Model;

namespace Sitrep.Export.Tests;

public sealed class ControlCsvTests
{
    private static string Csv(params StoredDispatch[] dispatches)
    {
        var w = new StringWriter();
        ControlCsv.Write(w, dispatches);
        return w.ToString();
    }

    [Fact]
    public void The_columns_are_fixed_and_empty_input_writes_the_header_only()
    {
        string[] columns = ["country", "admin1", "admin1_pcode", "area", "controller", "share", "as_of", "dispatch_id", "evidence"];
        Assert.Equal(columns, ControlCsv.Columns);
        Assert.Equal(string.Join(",", columns) + "\r\n", Csv());
    }

    [Fact]
    public void An_unresolved_area_is_written_with_its_words_and_no_country()
    {
        // Given "Kafr Amin remains under the control of the rebels", not resolved to a place
        var row = Assert.Single(CsvReader.Records(Csv(Samples.Stored("wire-3"))));

        // Then
        Assert.Equal("", row["country"]);
        Assert.Equal("Kafr Amin", row["area"]);
        Assert.Equal("Syrian rebels", row["controller"]);
        Assert.Equal("full", row["share"]);
        Assert.Equal("2019-06-30", row["as_of"]);
        Assert.Equal("wire-3", row["dispatch_id"]);
        Assert.Equal("controller: under the control of the rebels", row["evidence"]);
    }

    [Theory]
    [InlineData(ControlShare.Full, "full", "the whole area")]
    [InlineData(ControlShare.Partial, "partial", "part of the area")]
    [InlineData(ControlShare.Contested, "contested", "fought over")]
    public void A_province_is_written_with_its_country_and_pcode(ControlShare share, string expected, string why)
    {
        // Given a province (its own admin1 name left empty, as a gazetteer may) held by the army
        var d = Samples.Dispatch();
        var c = new ControlAssertion("C9", d.Id, "Hama", Samples.HamaProvince, Samples.Army, share,
            DateSpan.OfDay(new LocalDate(2019, 6, 9)), []);
        var row = Assert.Single(CsvReader.Records(Csv(new StoredDispatch(d, [], [c], Samples.StoredAt))));

        // Then
        Assert.True(expected == row["share"], why);
        Assert.Equal("Syria", row["country"]);
        Assert.Equal("Hama", row["admin1"]);
        Assert.Equal("SY05", row["admin1_pcode"]);
        Assert.Equal("2019-06-09", row["as_of"]);
        Assert.Equal("", row["evidence"]);
    }
}
