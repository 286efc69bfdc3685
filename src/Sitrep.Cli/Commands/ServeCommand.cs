using System.ComponentModel;
using NodaTime;
using Sitrep.Api;
using Sitrep.Cli.Internal;
using Sitrep.Storage;
using Sitrep.Text.Identification;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Sitrep.Cli.Commands;

public sealed class ServeSettings : CommandSettings
{
    [CommandOption("--db <STORE>")]
    [Description("The store to serve: a SQLite file, or a PostgreSQL server as postgresql://USER:PASSWORD@HOST:PORT/DATABASE (a file is created if missing).")]
    [DefaultValue(SqliteStore.DefaultFileName)]
    public string Db { get; init; } = SqliteStore.DefaultFileName;

    [CommandOption("--urls <URLS>")]
    [Description("Where to listen, e.g. http://127.0.0.1:5080 (several separated by ';'). Loopback unless you mean otherwise.")]
    [DefaultValue(ServerOptions.DefaultUrl)]
    public string Urls { get; init; } = ServerOptions.DefaultUrl;

    [CommandOption("--api-key <KEY>")]
    [Description("The key POST /api/dispatches requires (default: env SITREP_API_KEY; none disables writes).")]
    public string? ApiKey { get; init; }

    [CommandOption("--gazetteer <FILE>")]
    [Description("A compiled gazetteer index: its governorate shapes draw the base map, and POST analyses with it.")]
    public string? Gazetteer { get; init; }

    [CommandOption("--tiles <URL>")]
    [Description("Optional map tile URL template (https://…/{z}/{x}/{y}.png) for users online; the map works without it.")]
    public string? Tiles { get; init; }

    [CommandOption("--max-body <BYTES>")]
    [Description("Largest accepted request body, in bytes.")]
    [DefaultValue(262144L)]
    public long MaxBody { get; init; } = 262144;

    [CommandOption("--writes-per-minute <N>")]
    [Description("Writes accepted per client address per minute.")]
    [DefaultValue(30)]
    public int WritesPerMinute { get; init; } = 30;

    [CommandOption("--load-test")]
    [Description("Serve on a free loopback port, request GET /api/events until --requests or --seconds, print requests/s and p99, and stop.")]
    public bool LoadTest { get; init; }

    [CommandOption("--requests <N>")]
    [DefaultValue(2000)]
    public int Requests { get; init; } = 2000;

    [CommandOption("--seconds <S>")]
    [DefaultValue(20)]
    public int Seconds { get; init; } = 20;

    [CommandOption("--concurrency <N>")]
    [DefaultValue(8)]
    public int Concurrency { get; init; } = 8;

    public override ValidationResult Validate() =>
        string.IsNullOrWhiteSpace(Db) ? ValidationResult.Error("--db needs a file")
        : Urls.Split(';', StringSplitOptions.RemoveEmptyEntries).Any(u => !Uri.TryCreate(u.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            ? ValidationResult.Error($"--urls must be http:// or https:// addresses separated by ';', got '{Urls}'")
        : MaxBody < 1024 ? ValidationResult.Error("--max-body must be at least 1024 bytes")
        : WritesPerMinute < 1 ? ValidationResult.Error("--writes-per-minute must be at least 1")
        : Requests < 1 || Seconds < 1 || Concurrency < 1 ? ValidationResult.Error("--requests, --seconds and --concurrency must be at least 1")
        : ValidationResult.Success();
}

/// <summary><c>sitrep serve [--db FILE] [--urls URL]</c>: the HTTP API and the web map on Kestrel, until Ctrl+C.</summary>
public sealed class ServeCommand(IClock clock) : AsyncCommand<ServeSettings>
{
    public override Task<int> ExecuteAsync(CommandContext context, ServeSettings settings, CancellationToken cancellationToken) =>
        RunAsync(settings, clock, cancellationToken);

    /// <summary>Serves (or load-tests) the store; shared with <c>sitrep demo --serve</c>.</summary>
    public static async Task<int> RunAsync(ServeSettings settings, IClock clock, CancellationToken cancellationToken)
    {
        var log = Console.Error;
        var (engine, error) = Engine.Create(settings.Gazetteer, new Progress<string>(m => log.WriteLine($"sitrep: {m}")));
        if (engine is null)
            log.WriteLine($"sitrep: {error} — serving without a gazetteer: no base map, and POST /api/dispatches is disabled.");
        var key = settings.ApiKey ?? Environment.GetEnvironmentVariable("SITREP_API_KEY");
        var urls = settings.LoadTest ? ["http://127.0.0.1:0"] : settings.Urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var options = new ServerOptions(settings.Db, urls, clock, string.IsNullOrEmpty(key) ? null : key,
            engine is null ? null : new DispatchAnalyzer(engine.Pipeline, new StopwordLanguageDetector()),
            engine?.Gazetteer.Admin, settings.Tiles, settings.MaxBody, settings.WritesPerMinute);
        RunningServer server;
        try
        {
            server = await SitrepServer.StartAsync(options, cancellationToken);
        }
        catch (StoreException e)
        {
            log.WriteLine($"error: {e.Message}");
            return ExitCodes.Fatal;
        }
        catch (IOException e)
        {
            log.WriteLine($"error: cannot listen on {string.Join(", ", urls)}: {e.Message}");
            return ExitCodes.Fatal;
        }
        await using (server)
        {
            if (settings.LoadTest)
            {
                Console.Out.WriteLine($"load test: GET /api/events on {server.BaseAddress}, at most {settings.Requests} requests or {settings.Seconds} s, {settings.Concurrency} clients");
                var report = await LoadTest.RunAsync(server.BaseAddress, ["api/events", "api/events?format=geojson&limit=50", "api/events?type=Battles&limit=20"],
                    settings.Requests, TimeSpan.FromSeconds(settings.Seconds), settings.Concurrency, cancellationToken);
                Console.Out.WriteLine($"load test: {report}");
                return report.Failures == 0 ? ExitCodes.Ok : ExitCodes.Fatal;
            }
            Console.Out.WriteLine($"sitrep: serving {settings.Db} — open {server.BaseAddress} (API: {server.BaseAddress}api/events, OpenAPI: {server.BaseAddress}openapi.json); " +
                                  $"writes {(options.ApiKey is null ? "disabled (no --api-key / SITREP_API_KEY)" : "enabled")}. Ctrl+C stops.");
            try
            {
                await server.WaitForShutdownAsync(cancellationToken);
            }
            catch (OperationCanceledException)
            {
            }
            return ExitCodes.Ok;
        }
    }
}
