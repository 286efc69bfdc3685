using Sitrep.Core.Model;
using static Sitrep.Merge.Tests.World;

namespace Sitrep.Merge.Tests;

public class EventMergingTests
{
    public static TheoryData<string, StoredDispatch[], int> Cases => new()
    {
        {
            "rising toll: the same strike on Brenn reported the next day with a higher toll is one event",
            [Dispatch("a", Language.English, 4, Strike("E1", Brenn, 4, 5)), Dispatch("b", Language.English, 5, Strike("E1", Brenn, 4, 12))],
            1
        },
        {
            "cross-language: a French and an English dispatch on one strike in Brenn and Cask (4 km apart) are one event",
            [Dispatch("fr", Language.French, 4, Strike("E1", Brenn, 4, 7)), Dispatch("en", Language.English, 4, Strike("E1", Cask, 4, 7))],
            1
        },
        {
            "two incidents, one town, one day: an air strike and a shelling of Brenn are two events",
            [Dispatch("a", Language.English, 4, Strike("E1", Brenn, 4, 3)), Dispatch("b", Language.English, 4, Shelling("E1", Brenn, 4, 9))],
            2
        },
        {
            "two incidents, one town, one day: the army against the Black Banner and the Northern Front against the Black Banner's rivals are two battles",
            [Dispatch("a", Language.English, 4, Battle("E1", Brenn, 4, Army, Banner)), Dispatch("b", Language.English, 4, Battle("E1", Brenn, 4, Front, Army with { Id = "other", Name = "Other" }))],
            2
        },
        {
            "campaign total: a month's toll for Valdoria never merges with a day's strike in it",
            [Dispatch("a", Language.English, 4, Strike("E1", Brenn, 4, 5)),
             Dispatch("b", Language.English, 30, Event("E1", "Explosions/Remote violence", "Air/drone strike", ValdoriaArea, null, 600, Army, Civilians, aggregate: true,
                 span: new DateSpan(Day(1), Day(30), TimePrecision.Month), geoPrecision: 3))],
            2
        },
        {
            "far apart: the same kind of strike on Brenn and on Tarn (40 km) the same day are two events",
            [Dispatch("a", Language.English, 4, Strike("E1", Brenn, 4, 5)), Dispatch("b", Language.English, 4, Strike("E1", Tarn, 4, 5))],
            2
        },
        {
            "days apart: a strike on Brenn on the 4th and one on the 9th are two events",
            [Dispatch("a", Language.English, 4, Strike("E1", Brenn, 4, 5)), Dispatch("b", Language.English, 9, Strike("E1", Brenn, 9, 5))],
            2
        },
        {
            "one dispatch: two strikes the coder kept apart stay apart, even in one town",
            [Dispatch("a", Language.English, 4, Strike("E1", Brenn, 4, 5), Strike("E2", Brenn, 4, 6))],
            2
        },
        {
            "nesting: a strike 'in Brenn district' and one on Brenn the same day are one event",
            [Dispatch("a", Language.English, 4, Strike("E1", BrennDistrict, 4, 5)), Dispatch("b", Language.English, 4, Strike("E1", Brenn, 4, 5))],
            1
        },
        {
            "governorate: a strike somewhere 'in Valdoria province' is not tied to the one on Brenn (too vague to say)",
            [Dispatch("a", Language.English, 4, Strike("E1", ValdoriaArea, 4, 5)), Dispatch("b", Language.English, 4, Strike("E1", Brenn, 4, 5))],
            2
        },
        {
            "tolls far apart: 2 dead and 300 dead in Brenn on one day are two incidents",
            [Dispatch("a", Language.English, 4, Strike("E1", Brenn, 4, 2)), Dispatch("b", Language.English, 4, Strike("E1", Brenn, 4, 300))],
            2
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Merges_reports_of_one_incident_and_keeps_distinct_ones_apart(string why, StoredDispatch[] dispatches, int expected)
    {
        // Given dispatches reporting events
        // When they are merged
        var merged = EventMerging.Merge(dispatches);

        // Then the number of events is the number of incidents, and every report is in exactly one
        Assert.True(expected == merged.Count, $"{why}: expected {expected} events, got {merged.Count}");
        Assert.Equal(dispatches.Sum(d => d.Events.Count), merged.Sum(m => m.Reports.Count));
    }

    [Fact]
    public void A_later_higher_toll_replaces_the_earlier_one_and_is_never_added()
    {
        // Given a strike reported with 5 dead, then 12 dead the next day (a French and an English wire)
        var first = Dispatch("a", Language.French, 4, Strike("E1", Brenn, 4, 5));
        var later = Dispatch("b", Language.English, 5, Strike("E1", Brenn, 4, 12));

        // When merged
        var m = Assert.Single(EventMerging.Merge([first, later]));

        // Then the best toll is the later 12 (not 17), the low bound keeps the first count, and both sources are listed
        Assert.Equal(12, m.Fatalities!.Best);
        Assert.Equal(5, m.Fatalities.Low);
        Assert.Equal(12, m.Fatalities.High);
        Assert.Equal(["Wire a", "Wire b"], m.Reports.Select(r => r.Source ?? "").Order().ToArray());
    }

    [Fact]
    public void Time_and_place_come_from_the_most_precise_report()
    {
        // Given a report placing a strike in the district over two days, and one naming Cask on one day
        var vague = Dispatch("a", Language.English, 5, Event("E1", "Explosions/Remote violence", "Air/drone strike", BrennDistrict, null, 5, Army, Civilians,
            span: new DateSpan(Day(3), Day(4), TimePrecision.Week), geoPrecision: 3));
        var precise = Dispatch("b", Language.English, 5, Strike("E1", Cask, 4, 5));

        // When merged
        var m = Assert.Single(EventMerging.Merge([vague, precise]));

        // Then the event is placed at Cask on the 4th, with the precise report as its head
        Assert.Equal("Cask", m.Where!.Place.Name);
        Assert.Equal(Day(4), m.When!.From);
        Assert.Equal(TimePrecision.Day, m.When.Precision);
        Assert.Same(precise.Events[0], m.Head);
    }

    [Fact]
    public void A_vague_report_cannot_chain_two_distinct_incidents()
    {
        // Given strikes on Brenn and on Tarn (40 km apart), and a third report of a strike "in Valdoria" that day
        var brenn = Dispatch("a", Language.English, 4, Strike("E1", Brenn, 4, 5));
        var tarn = Dispatch("b", Language.English, 4, Strike("E1", Tarn, 4, 5));
        var vague = Dispatch("c", Language.English, 4, Strike("E1", ValdoriaArea, 4, 5));

        // When merged, letting a governorate-wide report join a place inside it
        var merged = EventMerging.MergeWithLinks([brenn, tarn, vague], new MergeOptions(NestInGovernorates: true)).Events;

        // Then the province-wide report joins one of them at most: Brenn and Tarn stay apart
        Assert.Equal(2, merged.Count);
        Assert.DoesNotContain(merged, m => m.Reports.Any(r => r.DispatchId == brenn.Dispatch.Id) && m.Reports.Any(r => r.DispatchId == tarn.Dispatch.Id));
    }

    [Fact]
    public void Campaign_totals_never_add_to_the_incidents_they_summarise()
    {
        // Given a day's strike with 5 dead and a month total of 600 for the province
        var day = Dispatch("a", Language.English, 4, Strike("E1", Brenn, 4, 5));
        var total = Dispatch("b", Language.English, 30, Event("E1", "Explosions/Remote violence", "Air/drone strike", ValdoriaArea, null, 600, Army, Civilians,
            aggregate: true, span: new DateSpan(Day(1), Day(30), TimePrecision.Month), geoPrecision: 3));

        // When merged
        var merged = EventMerging.Merge([day, total]);

        // Then the incident keeps its 5 and the total stays a total
        var incident = Assert.Single(merged, m => !m.Aggregate);
        Assert.Equal(5, incident.Fatalities!.Best);
        Assert.Equal(600, Assert.Single(merged, m => m.Aggregate).Fatalities!.Best);
    }

    [Fact]
    public void Incremental_merging_gives_the_answer_from_scratch_in_any_order()
    {
        // Given four dispatches: a rising toll on Brenn, a French report of it, and an unrelated shelling
        var all = new[]
        {
            Dispatch("a", Language.English, 4, Strike("E1", Brenn, 4, 5)),
            Dispatch("b", Language.English, 5, Strike("E1", Brenn, 4, 12), Shelling("E2", Tarn, 5, 1)),
            Dispatch("c", Language.French, 5, Strike("E1", Cask, 4, 14)),
            Dispatch("d", Language.English, 5, Shelling("E1", Tarn, 5, 2)),
        };
        var scratch = Describe(EventMerging.Merge(all));

        // When they are added one by one, in reverse, to an index (the new ones joining the events already there)
        var index = new MergeIndex();
        var updates = all.Reverse().Select(d => (Update: index.Add([d]), Events: index.EventCount)).ToList();

        // Then the result is the same as from scratch, and so is any other order
        Assert.Equal(scratch, Describe(index.Result().Events));
        Assert.Equal(scratch, Describe(EventMerging.Merge([all[2], all[0], all[3], all[1]])));
        Assert.Equal(2, index.EventCount);
        // and the last dispatch (a) joined an existing event rather than making a new one
        Assert.Equal(2, updates[^2].Events);
        Assert.Contains(updates[^1].Update.Changed, m => m.Reports.Count == 3);
    }

    [Fact]
    public void An_explanation_gives_each_criterion_with_its_value()
    {
        // Given a French and an English report of one strike, in Brenn and Cask
        var fr = Dispatch("fr", Language.French, 4, Strike("E1", Brenn, 4, 7));
        var en = Dispatch("en", Language.English, 5, Strike("E1", Cask, 4, 7));

        // When merged with links
        var result = EventMerging.MergeWithLinks([fr, en]);

        // Then the one link names distance, day gap, type and actors with their values, all passed
        var link = Assert.Single(result.LinksOf(Assert.Single(result.Events).Id));
        Assert.True(link.Passed);
        var byName = link.Criteria.ToDictionary(c => c.Name);
        Assert.StartsWith("4.0 km", byName["place"].Value);
        Assert.StartsWith("0 days", byName["day gap"].Value);
        Assert.Contains("Air/drone strike", byName["type"].Value);
        Assert.Contains("Military Forces of Valdoria", byName["actors"].Value);
        Assert.All(link.Criteria, c => Assert.True(c.Passed, c.ToString()));
    }

    [Fact]
    public void A_rejected_pair_says_which_criterion_failed()
    {
        // Given strikes on Brenn and Tarn
        var a = Dispatch("a", Language.English, 4, Strike("E1", Brenn, 4, 5));
        var b = Dispatch("b", Language.English, 4, Strike("E1", Tarn, 4, 5));

        // When compared
        var link = EventMerging.Compare(a, a.Events[0], b, b.Events[0]);

        // Then only the place fails, and its value is the distance
        Assert.False(link.Passed);
        var failed = Assert.Single(link.Criteria, c => !c.Passed);
        Assert.Equal("place", failed.Name);
        Assert.StartsWith("40.0 km", failed.Value);
    }

    private static string[] Describe(IEnumerable<MergedEvent> events) =>
        events.Select(m => $"{m.Id}:{string.Join(",", m.Reports.Select(r => r.Key))}:{m.Fatalities?.Best}:{m.Where?.Place.Name}").ToArray();
}
