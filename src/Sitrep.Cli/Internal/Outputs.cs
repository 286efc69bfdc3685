using Sitrep.Core.Model;
using Sitrep.Storage;

namespace Sitrep.Cli.Internal;

internal static class Outputs
{
    /// <summary>Every stored dispatch of a database, or the message that says why it cannot be read.</summary>
    public static (List<StoredDispatch>? All, string? Error) ReadStore(string db)
    {
        try
        {
            using var store = DispatchStore.Open(db);
            return (store.ReadAll().ToList(), null);
        }
        catch (StoreException e)
        {
            return (null, e.Message);
        }
    }

    /// <summary>
    /// What a run exports: every dispatch it read, as stored, under the id this run's input gave it (so that a
    /// dispatch stored earlier under another name still joins back to this input).
    /// </summary>
    public static IEnumerable<StoredDispatch> ForRun(DispatchStore store, BatchSummary summary)
    {
        // The same input named twice in one run is exported once.
        foreach (var (id, external) in summary.Seen.Distinct())
        {
            var stored = store.Read(id);
            if (stored is null)
                continue;
            yield return stored.Dispatch.ExternalId == external ? stored : stored with { Dispatch = stored.Dispatch with { ExternalId = external } };
        }
    }
}
