using NodaTime;
using Sitrep.Core.Model;

namespace Sitrep.Merge.Internal;

/// <summary>One event of one stored dispatch, with what the criteria read from it precomputed.</summary>
internal sealed class Report
{
    public Report(StoredDispatch dispatch, EventRecord e)
    {
        Dispatch = dispatch;
        Event = e;
        Ref = new EventReport(dispatch.Dispatch.Id, dispatch.Dispatch.ExternalId, e.Id, dispatch.Dispatch.Source, dispatch.StoredAt);
        Key = Ref.Key;
        Sides = new[] { e.Actor1, e.Actor2 }.Where(a => a is not null).Select(a => a!).DistinctBy(a => a.Id).OrderBy(a => a.Id, StringComparer.Ordinal).ToArray();
        if (e.When is not null)
        {
            FromDay = e.When.From.ToEpochDay();
            ToDay = e.When.To.ToEpochDay();
        }
        // The day the report was published: a later report's toll replaces an earlier one's.
        var date = dispatch.Dispatch.Date;
        Published = date is null ? long.MinValue : date.Latest.ToEpochDay();
    }

    public StoredDispatch Dispatch { get; }
    public EventRecord Event { get; }
    public EventReport Ref { get; }
    public string Key { get; }
    public Actor[] Sides { get; }
    public long FromDay { get; }
    public long ToDay { get; }
    public long Published { get; }
    public bool HasWhen => Event.When is not null;
    public Place? Place => Event.Where?.Place;

    /// <summary>Set by the index: the report's slot (not part of any ordering decision).</summary>
    public int Slot { get; set; }
}

internal static class LocalDateExtensions
{
    /// <summary>Days since 0001-01-01: a number that orders and subtracts like the dates.</summary>
    public static long ToEpochDay(this LocalDate d) => d.ToDateOnly().DayNumber;
}
