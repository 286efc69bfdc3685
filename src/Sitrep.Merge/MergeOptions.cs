namespace Sitrep.Merge;

/// <summary>
/// The thresholds of cross-dispatch merging. Two reports can be one incident when they are of the same event type
/// (and sub-event type outside Battles), both incidents or both campaign totals, from different dispatches, their
/// date spans are at most <see cref="MaxDayGap"/> days apart, their places nest (a point in an area) or lie within
/// <see cref="MaxKm"/> km (plus the larger place's uncertainty, up to <see cref="MaxUncertaintyKm"/>), their sides do
/// not conflict (one report's actors are among the other's), and their tolls, when both give one, are within a factor
/// <see cref="MaxTollRatio"/> (or <see cref="MaxTollDifference"/> people) of each other. A report placed only in a
/// governorate merges with a place inside it only when <see cref="NestInGovernorates"/> is set. With
/// <see cref="SourceDayApart"/>, two dispatches of one source published the same day are taken to report different incidents
/// (off by default: on UCDP GED 2016-2017 most reports UCDP groups into one event are one source's of one day).
/// <para>
/// The defaults were chosen on the UCDP GED 2016-2017 headlines (<c>sitrep eval</c>'s pairwise merge precision and
/// recall): a day gap of 0 (a later dispatch's "yesterday" is resolved to the event's day, so reports of one incident
/// share it) doubles precision against a gap of 1 for a small loss of recall; tying governorate-wide reports to
/// places inside them halves precision.
/// </para>
/// </summary>
public sealed record MergeOptions(
    int MaxDayGap = 0,
    double MaxKm = 10,
    double MaxUncertaintyKm = 15,
    double MaxTollRatio = 10,
    long MaxTollDifference = 10,
    bool NestInGovernorates = false,
    bool SourceDayApart = false)
{
    public static MergeOptions Default { get; } = new();
}
