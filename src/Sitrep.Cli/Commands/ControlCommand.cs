using System.ComponentModel;
using System.Text;
using System.Text.Json;
using NetTopologySuite.IO.Converters;
using NodaTime;
using NodaTime.Text;
using Sitrep.Cli.Internal;
using Sitrep.Export;
using Sitrep.Merge;
using Sitrep.Places;
using Sitrep.Storage;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Sitrep.Cli.Commands;

public sealed class ControlSettings : CommandSettings
{
    [CommandOption("--as-of <DATE>")]
    [Description("The day (YYYY-MM-DD) whose state of control is written.")]
    public string? AsOf { get; init; }

    [CommandOption("--db <STORE>")]
    [Description("The store: a SQLite file, or a PostgreSQL server as postgresql://USER:PASSWORD@HOST:PORT/DATABASE.")]
    [DefaultValue(SqliteStore.DefaultFileName)]
    public string Db { get; init; } = SqliteStore.DefaultFileName;

    [CommandOption("-o|--out <DIR>")]
    [Description("Folder for control-state.csv and control-state.geojson.")]
    public string Out { get; init; } = "out";

    [CommandOption("--gazetteer <FILE>")]
    [Description("A compiled gazetteer index (its OCHA admin polygons become the areas' geometry; points otherwise).")]
    public string? Gazetteer { get; init; }

    internal LocalDate Day => LocalDatePattern.Iso.Parse(AsOf ?? "").Value;

    public override ValidationResult Validate() =>
        AsOf is null ? ValidationResult.Error("give the day with --as-of YYYY-MM-DD")
        : !LocalDatePattern.Iso.Parse(AsOf).Success ? ValidationResult.Error($"--as-of '{AsOf}' is not a day of the form YYYY-MM-DD")
        : StoreFile.Missing(Db) ?? ValidationResult.Success();
}

/// <summary><c>sitrep control --as-of DATE [--db FILE] [--out DIR]</c>: who controls what on that day, as CSV and GeoJSON, and printed.</summary>
public sealed class ControlCommand : Command<ControlSettings>
{
    public override int Execute(CommandContext context, ControlSettings settings, CancellationToken cancellationToken)
    {
        var (all, error) = Outputs.ReadStore(settings.Db);
        if (all is null)
        {
            Console.Error.WriteLine($"error: {error}");
            return ExitCodes.Fatal;
        }
        var timeline = ControlTimeline.Build(all);
        var state = timeline.StateAt(settings.Day);
        var byId = all.ToDictionary(d => d.Dispatch.Id, StringComparer.Ordinal);
        var loaded = Places.Gazetteer.LoadDefault(new GazetteerOptions(IndexPath: settings.Gazetteer));
        var admin = loaded.Gazetteer?.Admin;
        var json = new JsonSerializerOptions { Converters = { new GeoJsonConverterFactory() } };
        // A governorate is drawn as its OCHA polygon, a district as its own; anything else (a town, an unresolved area) as its point.
        string? Geometry(ControlPeriod p)
        {
            if (admin is not { HasPolygons: true })
                return null;
            var code = p.Key.StartsWith("admin1:", StringComparison.Ordinal) ? p.Admin1PCode
                : p.Place is { Kind: Core.Model.PlaceKind.Admin2 } district ? district.Admin.Admin2PCode : null;
            return code is not null && admin.Geometry(code) is { } g ? JsonSerializer.Serialize(g, json) : null;
        }
        Directory.CreateDirectory(settings.Out);
        using (var w = new StreamWriter(Path.Combine(settings.Out, ControlState.CsvName), false, new UTF8Encoding(false)))
            ControlState.WriteCsv(w, state, byId);
        using (var s = File.Create(Path.Combine(settings.Out, ControlState.GeoJsonName)))
            ControlState.WriteGeoJson(s, state, byId, Geometry);
        Console.Out.WriteLine($"Control on {settings.AsOf} ({state.Count} of {timeline.Periods.Count} periods):");
        foreach (var p in state.OrderBy(p => p.Admin1PCode ?? "~").ThenBy(p => p.Area))
            Console.Out.WriteLine($"  {p.Area,-24} {p.Key[..p.Key.IndexOf(':')],-7} {p.Admin1PCode ?? "",-5} {p.Admin1 ?? "",-15} {p.Controller.Name,-36} {p.Share.ToString().ToLowerInvariant(),-9} since {p.From:uuuu-MM-dd}{(p.Disputed ? "  DISPUTED" : "")}");
        Console.Error.WriteLine($"sitrep: {state.Count} areas written to {Path.Combine(settings.Out, ControlState.CsvName)} and {ControlState.GeoJsonName}" +
                                (admin is { HasPolygons: true } ? " (governorate polygons)" : " (points: the gazetteer has no admin polygons)"));
        return ExitCodes.Ok;
    }
}
