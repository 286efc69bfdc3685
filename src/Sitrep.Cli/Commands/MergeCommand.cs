using System.ComponentModel;
using System.Text;
using Sitrep.Cli.Internal;
using Sitrep.Core.Model;
using Sitrep.Export;
using Sitrep.Merge;
using Sitrep.Storage;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Sitrep.Cli.Commands;

public sealed class MergeSettings : CommandSettings
{
    [CommandOption("--db <STORE>")]
    [Description("The store whose events are merged: a SQLite file, or a PostgreSQL server as postgresql://USER:PASSWORD@HOST:PORT/DATABASE.")]
    [DefaultValue(SqliteStore.DefaultFileName)]
    public string Db { get; init; } = SqliteStore.DefaultFileName;

    [CommandOption("-o|--out <DIR>")]
    [Description("Folder for merged-events.csv (ACLED columns), merged-events-ucdp.csv and merged-events.geojson.")]
    public string Out { get; init; } = "out";

    [CommandOption("--explain <EVENT>")]
    [Description("Show why the reports of one event were merged: a merged id (M…), an event_id_cnty (SYR-1a2b3c4d-E1) or DISPATCHHASH/EVENTID.")]
    public string? Explain { get; init; }

    public override ValidationResult Validate() =>
        StoreFile.Missing(Db) ?? ValidationResult.Success();
}

/// <summary>
/// <c>sitrep merge [--db FILE] [--out DIR] [--explain EVENT]</c>: merges the stored events across dispatches, stores the
/// result (incrementally: dispatches merged before are indexed first, the new ones join them) and writes the merged exports.
/// </summary>
public sealed class MergeCommand : Command<MergeSettings>
{
    public override int Execute(CommandContext context, MergeSettings settings, CancellationToken cancellationToken)
    {
        using var store = StoreFile.OpenOrReport(settings.Db, Console.Error);
        if (store is null)
            return ExitCodes.Fatal;
        var all = store.ReadAll().ToList();
        var known = store.ReadMergeMembers().Select(m => m.DispatchId).ToHashSet(StringComparer.Ordinal);
        var index = new MergeIndex();
        index.Add(all.Where(d => known.Contains(d.Dispatch.Id)));
        int before = index.EventCount;
        var update = index.Add(all.Where(d => !known.Contains(d.Dispatch.Id)));
        if (settings.Explain is { } wanted)
            return ExplainEvent(index, all, wanted);
        var result = index.Result();
        store.SaveMerge(
            result.Events.SelectMany(m => m.Reports.Select(r => new StoredMergeMember(r.DispatchId, r.EventId, m.Id))),
            result.Links.SelectMany(kv => kv.Value.Select(l => new StoredMergeLink(kv.Key, l.A.Key, l.B.Key, l.Score, string.Join("\n", l.Criteria)))));
        var byId = all.ToDictionary(d => d.Dispatch.Id, StringComparer.Ordinal);
        Directory.CreateDirectory(settings.Out);
        using (var w = new StreamWriter(Path.Combine(settings.Out, MergedExports.AcledCsvName), false, new UTF8Encoding(false)))
            MergedExports.WriteAcledCsv(w, result.Events, byId);
        using (var w = new StreamWriter(Path.Combine(settings.Out, MergedExports.UcdpCsvName), false, new UTF8Encoding(false)))
            MergedExports.WriteUcdpCsv(w, result.Events);
        using (var s = File.Create(Path.Combine(settings.Out, MergedExports.GeoJsonName)))
            MergedExports.WriteGeoJson(s, result.Events);
        Console.Error.WriteLine($"sitrep: {index.ReportCount} events of {all.Count} dispatches merged into {index.EventCount} events " +
                                $"({update.NewReports} new reports: {before} events before, {update.Changed.Count} new or changed, {update.Retired.Count} absorbed); written to {settings.Out}");
        return ExitCodes.Ok;
    }

    private static int ExplainEvent(MergeIndex index, IReadOnlyList<StoredDispatch> all, string wanted)
    {
        var id = ResolveId(index, all, wanted.Trim());
        if (id is null || index.Explain(id) is not { } ex)
        {
            Console.Error.WriteLine($"error: no event '{wanted}' in the store; give a merged id (M…, from merged-events.csv), an event_id_cnty from events.csv, or DISPATCHHASH/EVENTID");
            return ExitCodes.Fatal;
        }
        var byId = all.ToDictionary(d => d.Dispatch.Id, StringComparer.Ordinal);
        Console.Out.Write(MergeExplanation.Render(ex.Event, ex.Links, ex.NearMisses, byId));
        return ExitCodes.Ok;
    }

    /// <summary>
    /// For <c>sitrep explain EVENT</c>: if the store at <paramref name="db"/> holds the event <paramref name="wanted"/>
    /// (a merged id, an event_id_cnty or DISPATCHHASH/EVENTID), writes why its reports were merged and returns the exit
    /// code; returns null when there is no store or no such event (the argument is then something else, e.g. a file).
    /// </summary>
    internal static int? ExplainFromStore(string db, string wanted, TextWriter output)
    {
        if (!StoreFile.Exists(db))
            return null;
        using var store = StoreFile.OpenOrReport(db, Console.Error);
        if (store is null)
            return ExitCodes.Fatal;
        var all = store.ReadAll().ToList();
        var index = new MergeIndex();
        index.Add(all);
        if (ResolveId(index, all, wanted.Trim()) is not { } id || index.Explain(id) is not { } ex)
            return null;
        output.Write(MergeExplanation.Render(ex.Event, ex.Links, ex.NearMisses, all.ToDictionary(d => d.Dispatch.Id, StringComparer.Ordinal)));
        return ExitCodes.Ok;
    }

    /// <summary>A merged id, an ACLED event_id_cnty (ISO3-hash8-EVENT) or a report key, to a merged id.</summary>
    internal static string? ResolveId(MergeIndex index, IReadOnlyList<StoredDispatch> all, string wanted)
    {
        var parts = wanted.Split('-');
        if (parts.Length == 2 && parts[0].Length == 3 && parts[1].StartsWith('M'))
            wanted = parts[1];
        if (wanted.StartsWith('M') && index.Explain(wanted) is not null)
            return wanted;
        if (wanted.Contains('/'))
            return index.EventOf(wanted)?.Id;
        if (parts.Length >= 3)
        {
            var hash = parts[1];
            var eventId = string.Join('-', parts.Skip(2));
            foreach (var d in all.Where(d => d.Dispatch.Id.StartsWith(hash, StringComparison.Ordinal)))
            {
                if (index.EventOf(d.Dispatch.Id + "/" + eventId) is { } m)
                    return m.Id;
            }
        }
        return null;
    }
}
