using System.ComponentModel;
using NodaTime;
using Sitrep.Cli.Internal;
using Sitrep.Export;
using Sitrep.Storage;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Sitrep.Cli.Commands;

public sealed class AnalyzeSettings : CommandSettings
{
    [CommandArgument(0, "<INPUT>")]
    [Description("Dispatch files (text, optionally starting with ' date YYYY-MM[[-DD]]'), JSONL files, or directories (read recursively; tables, archives and binary documents in them are passed over with a warning).")]
    public string[] Inputs { get; init; } = [];

    [CommandOption("-o|--out <DIR>")]
    [Description("Folder for events.csv (ACLED columns), events.json and control.csv.")]
    public string Out { get; init; } = "out";

    [CommandOption("--db <STORE>")]
    [Description("The store: a SQLite file, or a PostgreSQL server as postgresql://USER:PASSWORD@HOST:PORT/DATABASE (a file is created if missing; a server's database must exist).")]
    [DefaultValue(SqliteStore.DefaultFileName)]
    public string Db { get; init; } = SqliteStore.DefaultFileName;

    [CommandOption("--gazetteer <FILE>")]
    [Description("A compiled gazetteer index (default: .sitrep/gazetteer.idx in the repository, built on first use).")]
    public string? Gazetteer { get; init; }

    [CommandOption("-q|--quiet")]
    [Description("Print only errors and the summary.")]
    public bool Quiet { get; init; }

    public override ValidationResult Validate() =>
        Inputs.Length == 0 ? ValidationResult.Error("give at least one INPUT: a dispatch file, a JSONL file or a directory")
        : string.IsNullOrWhiteSpace(Out) ? ValidationResult.Error("--out needs a folder")
        : ValidationResult.Success();
}

/// <summary><c>sitrep analyze INPUT... --out DIR [--db FILE]</c>: read, code, store, export.</summary>
public sealed class AnalyzeCommand(IClock clock) : Command<AnalyzeSettings>
{
    public override int Execute(CommandContext context, AnalyzeSettings settings, CancellationToken cancellationToken)
    {
        var log = Console.Error;
        var (engine, error) = Engine.Create(settings.Gazetteer, settings.Quiet ? null : new Progress<string>(m => log.WriteLine($"sitrep: {m}")));
        if (engine is null)
        {
            log.WriteLine($"error: {error}");
            return ExitCodes.Fatal;
        }
        var store = StoreFile.OpenOrReport(settings.Db, log);
        if (store is null)
            return ExitCodes.Fatal;
        using (store)
        {
            var summary = Batch.Run(engine, store, settings.Inputs, [settings.Out, settings.Db], clock, log, settings.Quiet);
            var export = ExportWriter.WriteAll(settings.Out, Outputs.ForRun(store, summary));
            log.WriteLine($"sitrep: {summary.Stored} stored, {summary.Duplicates} already stored, {summary.Skipped.Count} skipped in {summary.Elapsed.TotalSeconds:F1}s; " +
                          $"{export.Events} events and {export.ControlStatements} control statements written to {settings.Out}");
            if (summary.Skipped.Count > 0)
            {
                log.WriteLine($"sitrep: {summary.Skipped.Count} input(s) were skipped; see the messages above (exit code {ExitCodes.Skipped}).");
                return ExitCodes.Skipped;
            }
            return ExitCodes.Ok;
        }
    }
}
