using Sitrep.Core.Model;

namespace Sitrep.Merge;

/// <summary>
/// Cross-dispatch merging from scratch: the events of every dispatch that report the same incident become one
/// <see cref="MergedEvent"/>. See <see cref="MergeIndex"/> for the method; the answer does not depend on the order
/// of the dispatches, and equals what an index fed the same dispatches in several batches holds.
/// </summary>
public static class EventMerging
{
    /// <summary>The merged events of all the dispatches, ordered by date, then id.</summary>
    public static IReadOnlyList<MergedEvent> Merge(IEnumerable<StoredDispatch> dispatches) => MergeWithLinks(dispatches).Events;

    /// <summary>The merged events and, for each, the links (with every criterion) that joined its reports.</summary>
    public static MergeResult MergeWithLinks(IEnumerable<StoredDispatch> dispatches, MergeOptions? options = null)
    {
        var index = new MergeIndex(options);
        index.Add(dispatches);
        return index.Result();
    }

    /// <summary>Every criterion for two events (of stored dispatches), as the merge tests them.</summary>
    public static MergeLink Compare(StoredDispatch a, EventRecord ea, StoredDispatch b, EventRecord eb, MergeOptions? options = null) =>
        Internal.Criteria.Explain(new Internal.Report(a, ea), new Internal.Report(b, eb), options ?? MergeOptions.Default);
}
