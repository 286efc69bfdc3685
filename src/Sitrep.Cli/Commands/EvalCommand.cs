using System.ComponentModel;
using System.Globalization;
using Sitrep.Cli.Internal;
using Sitrep.Merge;
using Sitrep.Merge.Evaluation;
using Sitrep.Storage;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Sitrep.Cli.Commands;

public sealed class EvalSettings : CommandSettings
{
    [CommandOption("--gold <FILE>")]
    [Description("Gold events: a UCDP GED or an ACLED CSV (told apart by the header).")]
    public string? Gold { get; init; }

    [CommandOption("--db <STORE>")]
    [Description("The store whose events are scored (merged across dispatches first): a SQLite file, or a PostgreSQL server as postgresql://USER:PASSWORD@HOST:PORT/DATABASE.")]
    [DefaultValue(SqliteStore.DefaultFileName)]
    public string Db { get; init; } = SqliteStore.DefaultFileName;

    [CommandOption("--km <KM>")]
    [Description("A match lies within this many km of the gold point.")]
    [DefaultValue(25.0)]
    public double Km { get; init; } = 25;

    [CommandOption("--days <DAYS>")]
    [Description("A match's dates come within this many days of the gold's.")]
    [DefaultValue(1)]
    public int Days { get; init; } = 1;

    public override ValidationResult Validate() =>
        Gold is null ? ValidationResult.Error("name the gold file with --gold FILE")
        : !File.Exists(Gold) ? ValidationResult.Error($"no gold file at '{Gold}'")
        : StoreFile.Missing(Db) is { } missing ? missing
        : Km <= 0 || Days < 0 ? ValidationResult.Error("--km must be positive and --days zero or more")
        : ValidationResult.Success();
}

/// <summary><c>sitrep eval --gold FILE [--db FILE] [--km 25] [--days 1]</c>: scores the stored, merged events against gold events.</summary>
public sealed class EvalCommand : Command<EvalSettings>
{
    public override int Execute(CommandContext context, EvalSettings settings, CancellationToken cancellationToken)
    {
        GoldFile gold;
        using (var reader = new StreamReader(settings.Gold!))
        {
            var (g, error) = GoldFile.Read(reader);
            if (g is null)
            {
                Console.Error.WriteLine($"error: {settings.Gold}: {error}");
                return ExitCodes.Fatal;
            }
            gold = g;
        }
        var (all, storeError) = Outputs.ReadStore(settings.Db);
        if (all is null)
        {
            Console.Error.WriteLine($"error: {storeError}");
            return ExitCodes.Fatal;
        }
        var merged = EventMerging.Merge(all);
        var r = Scorer.Score(gold, all, merged, settings.Km, settings.Days);
        var o = Console.Out;
        string F(double x) => x.ToString("0.000", CultureInfo.InvariantCulture);
        o.WriteLine($"gold: {settings.Gold} ({(r.Format == GoldFormat.UcdpGed ? "UCDP GED" : "ACLED")}, {gold.Events.Count} events, {gold.SkippedRows} rows skipped); " +
                    $"{r.GoldEventsInRange} dated {r.From:uuuu-MM-dd}..{r.To:uuuu-MM-dd} (the stored dispatches' range)");
        o.WriteLine($"store: {r.StoredDispatches} dispatches, {r.StoredEvents} events, merged into {r.MergedEvents} events");
        o.WriteLine($"matching: same {(r.Format == GoldFormat.UcdpGed ? "type_of_violence" : "event_type")}, within {settings.Km.ToString(CultureInfo.InvariantCulture)} km and {settings.Days} day(s), one to one");
        o.WriteLine($"  {"class",-28} {"precision",9} {"recall",7} {"matched",8} {"predicted",9} {"gold",6}");
        foreach (var c in r.ByClass.Append(r.All))
            o.WriteLine($"  {c.Class,-28} {F(c.Precision),9} {F(c.Recall),7} {c.Matched,8} {c.Predicted,9} {c.Gold,6}");
        o.WriteLine($"toll: {r.Toll.Pairs} matched pairs with both tolls; mean abs error {r.Toll.MeanAbsoluteError.ToString("0.00", CultureInfo.InvariantCulture)}, " +
                    $"median {r.Toll.MedianAbsoluteError.ToString("0.##", CultureInfo.InvariantCulture)}, exact {F(r.Toll.ExactShare)}");
        if (r.Merge is { } m)
        {
            o.WriteLine($"merge: {m.Dispatches} stored dispatches found among the gold's headlines ({r.GoldEventsOfStoredHeadlines} gold events from them); " +
                        $"{r.MergedEvents} merged events from {r.StoredEvents} coded events");
            o.WriteLine($"  pairwise precision {F(m.Precision)} ({m.BothPairs} of {m.PredictedPairs} merged pairs are one gold event), " +
                        $"recall {F(m.Recall)} (of {m.GoldPairs} gold pairs); recall among coded dispatches {F(m.CodedRecall)} (of {m.CodedGoldPairs})");
        }
        o.WriteLine($"eval: precision {F(r.All.Precision)}, recall {F(r.All.Recall)}" +
                    (r.Merge is { } mm ? $", merged events {r.MergedEvents}, merge precision {F(mm.Precision)}, merge recall {F(mm.Recall)}" : ""));
        return ExitCodes.Ok;
    }
}
