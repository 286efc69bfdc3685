using Sitrep.Core.Model;
using Sitrep.Merge.Evaluation;
using static Sitrep.Merge.Tests.World;

namespace Sitrep.Merge.Tests;

public class EvaluationTests
{
    [Theory]
    [InlineData("id,type_of_violence,date_start,date_end,latitude,longitude,best,source_date,source_headline\n7,1,2019-03-04,2019-03-04,35,37,5,2019-03-04;2019-03-05,Strike on Brenn;Brenn toll rises\n", GoldFormat.UcdpGed, 2, "UCDP GED header, two headlines for one event")]
    [InlineData("event_id_cnty,event_date,event_type,latitude,longitude,fatalities\nVAL1,2019-03-04,Battles,35,37,3\n", GoldFormat.Acled, 0, "ACLED header")]
    public void The_gold_format_is_told_by_the_header(string csv, GoldFormat format, int reports, string why)
    {
        // Given a gold CSV
        // When it is read
        var (gold, error) = GoldFile.Read(new StringReader(csv));

        // Then its format is detected and its one event read, with its headlines
        Assert.True(gold is not null, $"{why}: {error}");
        Assert.Equal(format, gold!.Format);
        Assert.Equal(reports, Assert.Single(gold.Events).Reports.Count);
    }

    [Fact]
    public void A_header_of_neither_format_is_an_error_not_an_exception()
    {
        // Given a CSV with unknown columns
        // When it is read
        var (gold, error) = GoldFile.Read(new StringReader("a,b\n1,2\n"));

        // Then there is no gold and a message naming both formats
        Assert.Null(gold);
        Assert.Contains("UCDP GED", error);
    }

    [Fact]
    public void Merge_precision_and_recall_count_pairs_of_dispatches_against_the_gold_grouping()
    {
        // Given three headline dispatches: two the gold puts in one event (and Sitrep merges), one apart
        StoredDispatch Headline(string text, int day, EventRecord e)
        {
            var d = Dispatch(text, Language.English, day, e);
            return d with { Dispatch = d.Dispatch with { Title = text } };
        }
        var a = Headline("Strike on Brenn", 4, Strike("E1", Brenn, 4, 5));
        var b = Headline("Brenn toll rises", 5, Strike("E1", Brenn, 4, 9));
        var c = Headline("Shelling of Tarn", 5, Shelling("E1", Tarn, 5, 1));
        var csv = "id,type_of_violence,date_start,date_end,latitude,longitude,best,source_date,source_headline\n" +
                  "1,1,2019-03-04,2019-03-04,35,37,9,2019-03-04;2019-03-05,Strike on Brenn;Brenn toll rises\n" +
                  "2,1,2019-03-05,2019-03-05,35.36,37,1,2019-03-05,Shelling of Tarn\n";
        var gold = GoldFile.Read(new StringReader(csv)).Gold!;
        var all = new[] { a, b, c };

        // When scored
        var report = Scorer.Score(gold, all, EventMerging.Merge(all), km: 25, days: 1);

        // Then the one gold pair is the one merged pair, and both gold events are matched
        Assert.Equal((1, 1, 1), (report.Merge!.GoldPairs, report.Merge.PredictedPairs, report.Merge.BothPairs));
        Assert.Equal(1.0, report.Merge.Precision);
        Assert.Equal(2, report.All.Matched);
        Assert.Equal(0, report.Toll.MeanAbsoluteError);
    }
}
