using System.ComponentModel;
using NodaTime;
using Sitrep.Cli.Internal;
using Sitrep.Core.Data;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Sitrep.Cli.Commands;

public sealed class DemoSettings : CommandSettings
{
    [CommandOption("-o|--out <DIR>")]
    [Description("Where the demo writes its database and exports.")]
    public string Out { get; init; } = Path.Combine("out", "demo");

    [CommandOption("--serve")]
    [Description("Then serve the map of the demo's store (prints the URL; Ctrl+C stops).")]
    public bool Serve { get; init; }

    [CommandOption("--urls <URLS>")]
    [Description("With --serve: where to listen.")]
    public string Urls { get; init; } = Sitrep.Api.ServerOptions.DefaultUrl;
}

/// <summary><c>sitrep demo</c>: analyses the sample dispatches shipped in samples/ into out/demo and explains the first.</summary>
public sealed class DemoCommand(IClock clock) : Command<DemoSettings>
{
    public override int Execute(CommandContext context, DemoSettings settings, CancellationToken cancellationToken)
    {
        var samples = RepoFiles.Find("samples");
        if (samples is null)
        {
            Console.Error.WriteLine("error: the samples folder was not found; run the demo from inside the Sitrep repository.");
            return ExitCodes.Fatal;
        }
        Directory.CreateDirectory(settings.Out);
        var analyze = new AnalyzeCommand(clock);
        var code = analyze.Execute(context, new AnalyzeSettings
        {
            Inputs = [samples],
            Out = settings.Out,
            Db = Path.Combine(settings.Out, "sitrep.db"),
        }, cancellationToken);
        Console.Out.WriteLine($"demo: wrote {Path.Combine(settings.Out, "events.csv")}, events.json and control.csv; 'sitrep explain {Path.Combine(samples, "fr-2017-03-homs.txt")}' shows the evidence of one dispatch.");
        if (settings.Serve && code != ExitCodes.Fatal)
            return ServeCommand.RunAsync(new ServeSettings { Db = Path.Combine(settings.Out, "sitrep.db"), Urls = settings.Urls }, clock, cancellationToken).GetAwaiter().GetResult();
        return code;
    }
}
