using System.Diagnostics;
using NodaTime;
using Sitrep.Core.Diagnostics;
using Sitrep.Core.Model;
using Sitrep.Ingest;
using Sitrep.Storage;
using Diag = Sitrep.Core.Diagnostics.Diagnostics;

namespace Sitrep.Cli.Internal;

/// <summary>What a batch did: the dispatches it stored or found already stored (by this run's external id), and what it skipped.</summary>
internal sealed record BatchSummary(IReadOnlyList<(string DispatchId, string ExternalId)> Seen, int Stored, int Duplicates, IReadOnlyList<Diagnostic> Skipped, TimeSpan Elapsed);

/// <summary>
/// Reads, analyses and stores dispatches one by one. A bad input or a dispatch whose analysis fails is reported and
/// skipped; each dispatch is stored in its own transaction, so nothing stored before it is lost.
/// </summary>
internal static class Batch
{
    public static BatchSummary Run(Engine engine, DispatchStore store, IEnumerable<string> inputs, IReadOnlyCollection<string> exclude, IClock clock, TextWriter log, bool quiet)
    {
        var seen = new List<(string, string)>();
        var skipped = new List<Diagnostic>();
        int stored = 0, duplicates = 0, done = 0;
        var watch = Stopwatch.StartNew();
        var lastReport = TimeSpan.Zero;
        foreach (var item in engine.Reader.Read(inputs, exclude))
        {
            if (item is PassedOver passed)
            {
                // A folder's table or archive: said once, and no input unit of the batch.
                log.WriteLine(passed.Warning);
                continue;
            }
            done++;
            switch (item)
            {
                case Rejected r:
                    skipped.Add(r.Diagnostic);
                    log.WriteLine(r.Diagnostic);
                    break;
                case IngestedDispatch d:
                    foreach (var w in d.Warnings)
                        log.WriteLine(w);
                    var dispatch = d.Dispatch;
                    if (store.ExternalIdOf(dispatch.Id) is { } existing)
                    {
                        duplicates++;
                        seen.Add((dispatch.Id, dispatch.ExternalId));
                        if (!quiet && existing != dispatch.ExternalId)
                            log.WriteLine(Diag.Duplicate(dispatch.Origin.File, dispatch.Origin.Line, existing));
                        break;
                    }
                    AnalyzedDispatch analyzed;
                    try
                    {
                        analyzed = engine.Analyze(dispatch);
                    }
                    catch (Exception e) when (e is not OutOfMemoryException)
                    {
                        // A bug in a stage must not stop the batch: report it with enough to reproduce, store nothing of it.
                        var diag = Diag.AnalysisFailed(dispatch.Origin.File, dispatch.Origin.Line, $"{e.GetType().Name}: {e.Message}");
                        skipped.Add(diag);
                        log.WriteLine(diag);
                        break;
                    }
                    switch (store.Save(analyzed, clock.GetCurrentInstant()))
                    {
                        case SaveResult.Stored:
                            stored++;
                            break;
                        case SaveResult.AlreadyStored:
                            duplicates++;
                            break;
                    }
                    seen.Add((dispatch.Id, dispatch.ExternalId));
                    break;
            }
            if (!quiet && watch.Elapsed - lastReport > TimeSpan.FromSeconds(5))
            {
                lastReport = watch.Elapsed;
                log.WriteLine($"sitrep: {done} read, {stored} stored, {duplicates} already stored, {skipped.Count} skipped ({done / watch.Elapsed.TotalSeconds:F0}/s)");
            }
        }
        return new BatchSummary(seen, stored, duplicates, skipped, watch.Elapsed);
    }
}
