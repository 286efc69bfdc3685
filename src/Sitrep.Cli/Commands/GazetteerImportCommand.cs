using System.ComponentModel;
using Sitrep.Cli.Internal;
using Sitrep.Places;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Sitrep.Cli.Commands;

public sealed class GazetteerImportSettings : CommandSettings
{
    [CommandArgument(0, "<FILE>")]
    [Description("GeoNames dump files (cities500.txt, allCountries.txt, SY.txt), alternateNamesV2.txt, OCHA COD-AB .geojson files.")]
    public string[] Files { get; init; } = [];

    [CommandOption("--index <PATH>")]
    [Description("Where to write the compiled index (default: .sitrep/gazetteer.idx in the repository).")]
    public string? Index { get; init; }

    public override ValidationResult Validate()
    {
        var missing = Files.Where(f => !File.Exists(f)).ToList();
        return Files.Length == 0 ? ValidationResult.Error("name at least one source file")
            : missing.Count > 0 ? ValidationResult.Error($"no such file: {string.Join(", ", missing)}")
            : ValidationResult.Success();
    }
}

/// <summary><c>sitrep gazetteer import FILE...</c>: compiles sources into the gazetteer index analyze uses.</summary>
public sealed class GazetteerImportCommand : Command<GazetteerImportSettings>
{
    public override int Execute(CommandContext context, GazetteerImportSettings settings, CancellationToken cancellationToken)
    {
        var index = settings.Index ?? Path.Combine(Directory.GetCurrentDirectory(), ".sitrep", "gazetteer.idx");
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(index))!);
        var result = GazetteerCompiler.Compile(settings.Files, index, new Progress<string>(m => Console.Error.WriteLine($"sitrep: {m}")));
        foreach (var p in result.Problems)
            Console.Error.WriteLine($"warning: {p}");
        if (!result.Success)
            return ExitCodes.Fatal;
        Console.Error.WriteLine($"sitrep: gazetteer index written to {index}");
        return ExitCodes.Ok;
    }
}
