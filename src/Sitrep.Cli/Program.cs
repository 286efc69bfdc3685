using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Sitrep.Cli.Commands;
using Sitrep.Cli.Internal;
using Spectre.Console.Cli;

// The composition root: the only place that reads the system clock.
var services = new ServiceCollection();
services.AddSingleton<IClock>(SystemClock.Instance);
var app = new CommandApp(new TypeRegistrar(services));
app.Configure(config =>
{
    config.SetApplicationName("sitrep");
    config.SetInterceptor(new UnknownOptionGuard());
    config.AddCommand<AnalyzeCommand>("analyze").WithDescription("Read dispatches, code their events and control statements, store them, and export.")
        .WithExample("analyze", "samples", "--out", "out", "--db", "out/sitrep.db");
    config.AddCommand<ExportCommand>("export").WithDescription("Write events.csv, events.json and control.csv from the store without analysing again.");
    config.AddCommand<ExplainCommand>("explain").WithDescription("Show a dispatch with every coded field and the words and rule behind it.");
    config.AddBranch("gazetteer", g =>
    {
        g.SetDescription("Build the place index.");
        g.AddCommand<GazetteerImportCommand>("import").WithDescription("Compile GeoNames dumps and OCHA COD-AB files into the gazetteer index.");
    });
    config.AddCommand<BenchCommand>("bench").WithDescription("Measure dispatches per second and peak memory.");
    config.AddCommand<MergeCommand>("merge").WithDescription("Merge the stored events across dispatches into incidents (with --explain EVENT: why its reports were merged).");
    config.AddCommand<ControlCommand>("control").WithDescription("Write who controls which area on a day (--as-of DATE), as CSV and GeoJSON.");
    config.AddCommand<EvalCommand>("eval").WithDescription("Score the stored, merged events against a UCDP GED or ACLED gold CSV.");
    config.AddCommand<DemoCommand>("demo").WithDescription("Analyse the bundled sample dispatches into out/demo.");
    config.AddCommand<ServeCommand>("serve").WithDescription("Serve the HTTP API and the web map (events, control, evidence) on Kestrel.");
    config.PropagateExceptions();
});
try
{
    return app.Run(args);
}
catch (Exception e) when (e is CommandAppException or UsageException)
{
    Console.Error.WriteLine($"error: {e.Message}");
    return ExitCodes.Fatal;
}
