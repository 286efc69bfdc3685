using System.ComponentModel;
using Sitrep.Cli.Internal;
using Sitrep.Ingest;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Sitrep.Cli.Commands;

public sealed class ExplainSettings : CommandSettings
{
    [CommandArgument(0, "<DISPATCH>")]
    [Description("A dispatch file, a JSONL file (every line is explained), or the id of a stored event (merged id M..., event_id_cnty, or HASH/EVENTID) to see why its reports were merged.")]
    public string[] Inputs { get; init; } = [];

    [CommandOption("--db <STORE>")]
    [Description("The store holding the event to explain (with an event id).")]
    [DefaultValue(Sitrep.Storage.SqliteStore.DefaultFileName)]
    public string Db { get; init; } = Sitrep.Storage.SqliteStore.DefaultFileName;

    [CommandOption("--mentions")]
    [Description("Also list what was found before coding: every place (and why an unresolved one stays so), side, date and toll.")]
    public bool Mentions { get; init; }

    [CommandOption("--gazetteer <FILE>")]
    [Description("A compiled gazetteer index.")]
    public string? Gazetteer { get; init; }

    public override ValidationResult Validate() =>
        Inputs.Length == 0 ? ValidationResult.Error("name a dispatch file to explain") : ValidationResult.Success();
}

/// <summary><c>sitrep explain DISPATCH</c>: the dispatch with each event and control statement and the words behind every field.</summary>
public sealed class ExplainCommand : Command<ExplainSettings>
{
    public override int Execute(CommandContext context, ExplainSettings settings, CancellationToken cancellationToken)
    {
        // "sitrep explain EVENT": an id that is no file names a stored event; show why its reports were merged.
        if (settings.Inputs is [var one] && !File.Exists(one) && !Directory.Exists(one) && StoreFile.Exists(settings.Db)
            && MergeCommand.ExplainFromStore(settings.Db, one, Console.Out) is int stored)
            return stored;
        var (engine, error) = Engine.Create(settings.Gazetteer, null);
        if (engine is null)
        {
            Console.Error.WriteLine($"error: {error}");
            return ExitCodes.Fatal;
        }
        int code = ExitCodes.Ok;
        foreach (var item in engine.Reader.Read(settings.Inputs))
        {
            switch (item)
            {
                case Rejected r:
                    Console.Error.WriteLine(r.Diagnostic);
                    code = ExitCodes.Skipped;
                    break;
                case PassedOver p:
                    Console.Error.WriteLine(p.Warning);
                    break;
                case IngestedDispatch d:
                    Console.Out.WriteLine(Explanation.Render(engine.Analyze(d.Dispatch), settings.Mentions));
                    break;
            }
        }
        return code;
    }
}
