using Sitrep.Core.Model;
using static Sitrep.Merge.Tests.World;

namespace Sitrep.Merge.Tests;

public class ControlTimelineTests
{
    [Fact]
    public void A_full_hold_by_another_controller_ends_the_previous_period()
    {
        // Given Valdoria held by the Black Banner on the 2nd and by the army on the 10th
        var early = WithControl(Dispatch("a", Language.English, 2), Holds("C1", ValdoriaArea, "Valdoria", Banner, ControlShare.Full));
        var late = WithControl(Dispatch("b", Language.French, 10), Holds("C1", ValdoriaArea, "la province de Valdoria", Army, ControlShare.Full));

        // When the timeline is built (in either order)
        var timeline = ControlTimeline.Build([late, early]);

        // Then the Banner held it from the 2nd to the 9th, the army from the 10th on, one area key for both wordings
        Assert.Equal(2, timeline.Periods.Count);
        var banner = Assert.Single(timeline.Periods, p => p.Controller == Banner);
        Assert.Equal((Day(2), Day(9)), (banner.From, banner.To!.Value));
        var army = Assert.Single(timeline.StateAt(Day(12)));
        Assert.Equal(Army, army.Controller);
        Assert.Null(army.To);
        Assert.Equal("admin1:VA01", army.Key);
        Assert.False(army.Disputed);
    }

    [Theory]
    [InlineData(ControlShare.Full, true, "two sources give the whole province to two controllers on one day: both are kept, flagged")]
    [InlineData(ControlShare.Partial, false, "a full holder and a partial holder on one day: still a disagreement")]
    public void Conflicting_sources_are_shown_not_hidden(ControlShare second, bool bothFull, string why)
    {
        // Given two dispatches of the same day disagreeing about Valdoria
        var a = WithControl(Dispatch("a", Language.English, 5), Holds("C1", ValdoriaArea, "Valdoria", Banner, ControlShare.Full));
        var b = WithControl(Dispatch("b", Language.English, 5), Holds("C1", ValdoriaArea, "Valdoria", Army, second));

        // When the state on that day is read
        var state = ControlTimeline.Build([a, b]).StateAt(Day(5));

        // Then both controllers are there, each marked disputed
        Assert.True(state.Count == 2, why);
        Assert.All(state, p => Assert.True(p.Disputed, why));
        Assert.Equal(bothFull, state.All(p => p.Share == ControlShare.Full));
    }

    [Fact]
    public void A_territory_event_starts_a_period_for_its_place()
    {
        // Given the army retaking Cask on the 7th
        var retake = Event("E1", "Battles", "Government regains territory", Cask, Day(7), a1: Army, a2: Banner);
        var d = Dispatch("a", Language.English, 7, retake with { Evidence = [new Evidence("event_type", new TextRange(0, 8), "lexicon:test")] });

        // When the timeline is built
        var timeline = ControlTimeline.Build([d]);

        // Then the army holds Cask from the 7th, on the event's evidence, and not before
        var p = Assert.Single(timeline.Periods);
        Assert.Equal(("Cask", "Valdoria", "VA01"), (p.Area, p.Admin1, p.Admin1PCode));
        Assert.Equal(Army, p.Controller);
        Assert.Equal(Day(7), p.From);
        Assert.Equal(d.Dispatch.Id, Assert.Single(p.Evidence).DispatchId);
        Assert.Empty(timeline.StateAt(Day(6)));
    }

    [Fact]
    public void Partial_holders_coexist()
    {
        // Given the army holding part of Ostrel and the Front holding part of it, stated on different days
        var a = WithControl(Dispatch("a", Language.English, 3), Holds("C1", OstrelArea, "Ostrel", Army, ControlShare.Partial));
        var b = WithControl(Dispatch("b", Language.English, 8), Holds("C1", OstrelArea, "Ostrel", Front, ControlShare.Partial));

        // When the state after both is read
        var state = ControlTimeline.Build([a, b]).StateAt(Day(9));

        // Then both hold part of it, undisputed
        Assert.Equal(2, state.Count);
        Assert.All(state, p => Assert.False(p.Disputed));
    }
}
