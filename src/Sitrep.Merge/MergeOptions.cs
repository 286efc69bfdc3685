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
/// </summary>
public sealed record MergeOptions(
    int MaxDayGap = 1,
    double MaxKm = 10,
    double MaxUncertaintyKm = 15,
    double MaxTollRatio = 10,
    long MaxTollDifference = 10,
    bool NestInGovernorates = false,
    bool SourceDayApart = false)
{
    public static MergeOptions Default { get; } = new();
}
