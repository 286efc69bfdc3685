using System.ComponentModel;
using Sitrep.Cli.Internal;
using Sitrep.Export;
using Sitrep.Storage;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Sitrep.Cli.Commands;

public sealed class ExportSettings : CommandSettings
{
    [CommandOption("-o|--out <DIR>")]
    [Description("Folder for events.csv, events.json and control.csv.")]
    public string Out { get; init; } = "out";

    [CommandOption("--db <STORE>")]
    [Description("The store to export: a SQLite file, or a PostgreSQL server as postgresql://USER:PASSWORD@HOST:PORT/DATABASE.")]
    [DefaultValue(SqliteStore.DefaultFileName)]
    public string Db { get; init; } = SqliteStore.DefaultFileName;

    public override ValidationResult Validate() =>
        StoreFile.Missing(Db) ?? ValidationResult.Success();
}

/// <summary><c>sitrep export --db FILE --out DIR</c>: writes the exports from the store, without analysing again.</summary>
public sealed class ExportCommand : Command<ExportSettings>
{
    public override int Execute(CommandContext context, ExportSettings settings, CancellationToken cancellationToken)
    {
        using var store = StoreFile.OpenOrReport(settings.Db, Console.Error);
        if (store is null)
            return ExitCodes.Fatal;
        var summary = ExportWriter.WriteAll(settings.Out, store.ReadAll());
        Console.Error.WriteLine($"sitrep: {summary.Dispatches} dispatches, {summary.Events} events, {summary.ControlStatements} control statements written to {settings.Out}");
        return ExitCodes.Ok;
    }
}
