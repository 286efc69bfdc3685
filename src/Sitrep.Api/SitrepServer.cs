using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NetTopologySuite.Simplify;
using NodaTime;
using Sitrep.Api.Internal;
using Sitrep.Core.Model;
using Sitrep.Export;
using Sitrep.Storage;

namespace Sitrep.Api;

/// <summary>A started server: where it listens, and how to stop it.</summary>
public sealed class RunningServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly IDisposable _catalog;

    internal RunningServer(WebApplication app, IDisposable catalog, Uri baseAddress)
    {
        _app = app;
        _catalog = catalog;
        BaseAddress = baseAddress;
    }

    /// <summary>The first address Kestrel listens on, with the real port when port 0 was asked for (ends with '/').</summary>
    public Uri BaseAddress { get; }

    /// <summary>Completes when the server stops (Ctrl+C, or <see cref="DisposeAsync"/>).</summary>
    public Task WaitForShutdownAsync(CancellationToken cancellationToken = default) => _app.WaitForShutdownAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _catalog.Dispose();
    }
}

/// <summary>
/// Sitrep's HTTP API and web map on Kestrel. Endpoints (all JSON unless said; errors are
/// <c>{"status","error","message","parameter"}</c> with a 4xx status):
/// <list type="bullet">
/// <item><c>GET /api/events?from&amp;to&amp;bbox&amp;type&amp;actor&amp;admin1&amp;place&amp;offset&amp;limit&amp;format=json|geojson|csv</c></item>
/// <item><c>GET /api/events/{id}</c>: the event, its reports (sources, claims, evidence) and the head dispatch's text.</item>
/// <item><c>GET /api/control?as_of=YYYY-MM-DD</c>: GeoJSON, one feature per area with controller, share and evidence.</item>
/// <item><c>GET /api/dispatches/{id}</c>, <c>POST /api/dispatches</c> (API key, size and rate limits).</item>
/// <item><c>GET /api/admin</c> (governorate boundaries, the offline base map), <c>GET /api/meta</c> (what the page's
/// filters offer), <c>GET /openapi.json</c>, and the page at <c>/</c>.</item>
/// </list>
/// </summary>
public static class SitrepServer
{
    internal static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Opens the store and starts listening. A store that cannot be opened throws <see cref="StoreException"/>.</summary>
    public static async Task<RunningServer> StartAsync(ServerOptions options, CancellationToken cancellationToken = default)
    {
        var catalog = new Catalog(DispatchStore.Open(options.DatabasePath));
        try
        {
            var app = Build(options, catalog);
            await app.StartAsync(cancellationToken);
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            return new RunningServer(app, catalog, new Uri(address.TrimEnd('/') + "/"));
        }
        catch
        {
            catalog.Dispose();
            throw;
        }
    }

    private static WebApplication Build(ServerOptions options, Catalog catalog)
    {
        var webRoot = options.WebRoot ?? Path.Combine(AppContext.BaseDirectory, "wwwroot");
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory, Args = [] });
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.UseUrls([.. options.Urls]);
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.AddServerHeader = false;
            k.Limits.MaxRequestBodySize = options.MaxBodyBytes;
        });
        builder.Services.AddOpenApi("v1", o =>
        {
            o.AddDocumentTransformer((doc, _, _) =>
            {
                doc.Info.Title = "Sitrep API";
                doc.Info.Description = "Coded conflict events, control of territory and the dispatch text behind every field. Errors are {status, error, message, parameter} with a 4xx status.";
                return Task.CompletedTask;
            });
            o.AddOperationTransformer((operation, context, _) =>
            {
                var route = "/" + (context.Description.RelativePath ?? "").TrimEnd('/');
                if (QueryDocs.TryGetValue(route, out var parameters) && context.Description.HttpMethod == "GET")
                {
                    operation.Parameters ??= [];
                    foreach (var (name, description) in parameters)
                        operation.Parameters.Add(new Microsoft.OpenApi.OpenApiParameter
                        {
                            Name = name,
                            In = Microsoft.OpenApi.ParameterLocation.Query,
                            Description = description,
                            Schema = new Microsoft.OpenApi.OpenApiSchema { Type = Microsoft.OpenApi.JsonSchemaType.String },
                        });
                }
                return Task.CompletedTask;
            });
        });
        builder.Services.AddRateLimiter(r =>
        {
            r.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            r.OnRejected = (ctx, _) => new ValueTask(ApiError.TooManyRequests().WriteAsync(ctx.HttpContext));
            r.AddPolicy("writes", ctx => RateLimitPartition.GetFixedWindowLimiter(ctx.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = Math.Max(1, options.WritesPerMinute), Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
        var app = builder.Build();

        app.Use(async (ctx, next) =>
        {
            try
            {
                await next(ctx);
            }
            catch (Microsoft.AspNetCore.Http.BadHttpRequestException e) when (!ctx.Response.HasStarted)
            {
                var error = e.StatusCode == StatusCodes.Status413PayloadTooLarge
                    ? ApiError.TooLarge(options.MaxBodyBytes)
                    : new ApiError(e.StatusCode, "bad_request", e.Message);
                await error.WriteAsync(ctx);
            }
        });
        app.Use((ctx, next) =>
        {
            // The page loads nothing from elsewhere except, when the user sets one, map tiles.
            var h = ctx.Response.Headers;
            h.XContentTypeOptions = "nosniff";
            h.ContentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: *; connect-src 'self'; frame-ancestors 'none'";
            h["Referrer-Policy"] = "no-referrer";
            return next(ctx);
        });
        app.UseRateLimiter();
        if (Directory.Exists(webRoot))
        {
            var files = new PhysicalFileProvider(webRoot);
            app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
            app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
        }
        app.MapOpenApi("/openapi.json");

        var api = new Endpoints(options, catalog);
        app.MapGet("/api/meta", api.Meta).WithSummary("What the store holds: days, event types, actors, places; the tile URL");
        app.MapGet("/api/events", api.Events).WithSummary("Events, filtered and paged, as JSON, GeoJSON or ACLED CSV")
            .Produces(200, contentType: "application/json").Produces(200, contentType: "application/geo+json").Produces(200, contentType: "text/csv").Produces(400);
        app.MapGet("/api/events/{id}", api.Event).WithSummary("One event with its reports, claims side by side, and evidence ranges into the dispatch text").Produces(200).Produces(404);
        app.MapGet("/api/control", api.Control).WithSummary("Who controls each area on a day (GeoJSON), with share and evidence").Produces(200, contentType: "application/geo+json").Produces(400);
        app.MapGet("/api/admin", api.Admin).WithSummary("Governorate boundaries (GeoJSON): the offline base map").Produces(200, contentType: "application/geo+json");
        app.MapGet("/api/dispatches/{id}", api.Dispatch).WithSummary("A dispatch with its text, coded events and control statements").Produces(200).Produces(404);
        app.MapPost("/api/dispatches", (HttpContext ctx, CancellationToken cancel) => api.Submit(ctx, cancel))
            .Accepts<SubmittedDispatch>("application/json", "*/*").Produces(201).Produces(200).Produces(400).Produces(401).Produces(403).Produces(413).Produces(415).Produces(429)
            .WithSummary("Analyse and store a dispatch {text, date, language, source, url, title, id}; needs X-Api-Key")
            .RequireRateLimiting("writes");
        app.MapFallback("/api/{**rest}", (HttpContext ctx) => new ApiError(404, "no_such_endpoint", $"no endpoint {ctx.Request.Method} {ApiError.Clip(ctx.Request.Path.Value ?? "")}; see /openapi.json").ToResult());
        return app;
    }

    /// <summary>The query parameters of each GET endpoint, for the OpenAPI document (the handlers read them by hand).</summary>
    private static readonly Dictionary<string, (string Name, string Description)[]> QueryDocs = new()
    {
        ["/api/events"] =
        [
            ("from", "first day, YYYY-MM-DD (inclusive): events whose span overlaps [from, to]"),
            ("to", "last day, YYYY-MM-DD (inclusive)"),
            ("bbox", "west,south,east,north in degrees"),
            ("type", "event type (ACLED), exact, case-insensitive; several separated by commas or repeated"),
            ("actor", "part of an actor's name or id, either side"),
            ("admin1", "governorate P-code, e.g. SY04"),
            ("place", "part of the location's or its governorate's name"),
            ("offset", "events to skip (default 0)"),
            ("limit", $"events to return, 1 to {EventQuery.MaxLimit} (default {EventQuery.DefaultLimit})"),
            ("format", "json (default), geojson or csv (ACLED columns)"),
        ],
        ["/api/control"] = [("as_of", "the day, YYYY-MM-DD (default: the last day in the store)")],
    };

    /// <summary>The body of <c>POST /api/dispatches</c> (for the OpenAPI document; the server reads it by hand).</summary>
    public sealed record SubmittedDispatch(string Text, string? Date, string? Language, string? Source, string? Url, string? Title, string? Id);

    private sealed class Endpoints(ServerOptions options, Catalog catalog)
    {
        private readonly Lazy<byte[]> _admin = new(() => AdminGeoJson(options));

        public IResult Meta()
        {
            var s = catalog.Current;
            return Json(w =>
            {
                w.WriteStartObject();
                var span = s.Span();
                Writers.DayOrNull(w, "first_day", span?.First);
                Writers.DayOrNull(w, "last_day", span?.Last);
                w.WriteNumber("dispatches", s.Dispatches.Count);
                w.WriteNumber("events", s.Events.Count);
                Writers.StringOrNull(w, "tile_url", options.TileUrl);
                w.WriteBoolean("writes_enabled", options.ApiKey is not null && options.Analyzer is not null);
                w.WriteBoolean("admin_polygons", options.Admin?.HasPolygons == true);
                Strings(w, "event_types", s.Events.Select(e => e.Record.EventType));
                Strings(w, "actors", s.Events.SelectMany(e => new[] { e.Record.Actor1?.Name, e.Record.Actor2?.Name }).OfType<string>());
                Strings(w, "places", s.Events.SelectMany(e => new[] { e.Where?.Place.Name, e.Where?.Place.Admin.Admin1 }).OfType<string>());
                w.WriteEndObject();
            });
        }

        private static void Strings(Utf8JsonWriter w, string name, IEnumerable<string> values)
        {
            w.WriteStartArray(name);
            foreach (var v in values.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
                w.WriteStringValue(v);
            w.WriteEndArray();
        }

        public IResult Events(HttpContext ctx)
        {
            var (q, error) = EventQuery.Parse(ctx.Request.Query);
            if (q is null)
                return error!.ToResult();
            var matches = catalog.Current.Events.Where(e => Filter.Matches(e, q)).ToList();
            ctx.Response.Headers["X-Total-Count"] = matches.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var page = matches.Skip(q.Offset).Take(q.Limit);
            switch (q.Format)
            {
                case EventFormat.Csv:
                    var sb = new StringWriter(new StringBuilder(), System.Globalization.CultureInfo.InvariantCulture);
                    AcledCsv.WriteHeader(sb);
                    foreach (var e in page)
                        WriteCsvRow(sb, e);
                    return Results.Text(sb.ToString(), "text/csv; charset=utf-8", Encoding.UTF8);
                case EventFormat.GeoJson:
                    return Json(w =>
                    {
                        w.WriteStartObject();
                        w.WriteString("type", "FeatureCollection");
                        w.WriteNumber("total", matches.Count);
                        w.WriteNumber("offset", q.Offset);
                        w.WriteNumber("limit", q.Limit);
                        w.WriteStartArray("features");
                        foreach (var e in page)
                        {
                            w.WriteStartObject();
                            w.WriteString("type", "Feature");
                            w.WriteString("id", e.Id);
                            if (e.Where is null) w.WriteNull("geometry");
                            else Writers.Point(w, e.Where.Place.Latitude, e.Where.Place.Longitude);
                            w.WriteStartObject("properties");
                            Writers.EventFields(w, e);
                            w.WriteEndObject();
                            w.WriteEndObject();
                        }
                        w.WriteEndArray();
                        w.WriteEndObject();
                    }, "application/geo+json");
                default:
                    return Json(w =>
                    {
                        w.WriteStartObject();
                        w.WriteNumber("total", matches.Count);
                        w.WriteNumber("offset", q.Offset);
                        w.WriteNumber("limit", q.Limit);
                        w.WriteStartArray("events");
                        foreach (var e in page)
                        {
                            w.WriteStartObject();
                            Writers.EventFields(w, e);
                            w.WriteEndObject();
                        }
                        w.WriteEndArray();
                        w.WriteEndObject();
                    });
            }
        }

        /// <summary>An ACLED row for the event: the head report's row, with the merged toll, date and place.</summary>
        private static void WriteCsvRow(TextWriter w, ApiEvent e)
        {
            var record = e.Record with { Fatalities = e.Fatalities, When = e.When, Where = e.Where, Aggregate = e.Aggregate };
            AcledCsv.WriteRows(w, e.Head.Dispatch with { Events = [record] });
        }

        public IResult Event(string id, HttpContext ctx)
        {
            if (NoQuery(ctx) is { } bad)
                return bad.ToResult();
            return catalog.Current.EventById.TryGetValue(id, out var e)
                ? Json(w => Writers.EventDetail(w, e))
                : ApiError.NotFound("event", id).ToResult();
        }

        public IResult Dispatch(string id, HttpContext ctx)
        {
            if (NoQuery(ctx) is { } bad)
                return bad.ToResult();
            var s = catalog.Current;
            return s.Dispatch(id) is { } d ? Json(w => Writers.Dispatch(w, d, s)) : ApiError.NotFound("dispatch", id).ToResult();
        }

        public IResult Control(HttpContext ctx)
        {
            var query = ctx.Request.Query;
            foreach (var key in query.Keys)
                if (key != "as_of")
                    return ApiError.UnknownParameter(key, ["as_of"]).ToResult();
            var (asOf, error) = EventQuery.Date(query, "as_of");
            if (error is not null)
                return error.ToResult();
            var s = catalog.Current;
            var day = asOf ?? s.Span()?.Last ?? new LocalDate(2000, 1, 1);
            var state = s.ControlAt(day);
            return Json(w =>
            {
                w.WriteStartObject();
                w.WriteString("type", "FeatureCollection");
                w.WriteString("as_of", Writers.Day(day));
                w.WriteStartArray("features");
                foreach (var c in state)
                {
                    w.WriteStartObject();
                    w.WriteString("type", "Feature");
                    var polygon = c.Place?.Kind == PlaceKind.Admin1 && c.Admin1PCode is { } pc ? options.Admin?.Geometry(pc) : null;
                    if (polygon is not null) Writers.Geometry(w, TopologyPreservingSimplifier.Simplify(polygon, 0.01));
                    else if (c.Place is { } p) Writers.Point(w, p.Latitude, p.Longitude);
                    else w.WriteNull("geometry");
                    w.WriteStartObject("properties");
                    w.WriteString("area", c.Area);
                    w.WriteString("level", polygon is not null ? "admin1" : "place");
                    Writers.StringOrNull(w, "admin1", c.Admin1);
                    Writers.StringOrNull(w, "admin1_pcode", c.Admin1PCode);
                    Writers.Actor(w, "controller", c.Controller);
                    w.WriteString("share", ControlCsv.Share(c.Share));
                    w.WriteString("from", Writers.Day(c.From));
                    Writers.DayOrNull(w, "to", c.To);
                    w.WriteBoolean("disputed", c.Disputed);
                    w.WriteStartArray("evidence");
                    foreach (var (d, v) in c.Evidence)
                    {
                        w.WriteStartObject();
                        w.WriteString("dispatch_id", d.Dispatch.Id);
                        w.WriteString("external_id", d.Dispatch.ExternalId);
                        w.WriteString("field", v.Field);
                        w.WriteNumber("start", v.Range.Start);
                        w.WriteNumber("end", v.Range.End);
                        w.WriteString("rule", v.Rule);
                        w.WriteString("text", v.Range.Of(d.Dispatch.Text));
                        w.WriteEndObject();
                    }
                    w.WriteEndArray();
                    w.WriteEndObject();
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteEndObject();
            }, "application/geo+json");
        }

        public IResult Admin(HttpContext ctx) =>
            NoQuery(ctx) is { } bad ? bad.ToResult() : Results.Bytes(_admin.Value, "application/geo+json");

        public async Task<IResult> Submit(HttpContext ctx, CancellationToken cancel)
        {
            if (options.ApiKey is null)
                return ApiError.WritesDisabled().ToResult();
            var given = ctx.Request.Headers["X-Api-Key"].FirstOrDefault();
            if (given is null && ctx.Request.Headers.Authorization.FirstOrDefault() is { } auth && auth.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
                given = auth["Bearer ".Length..].Trim();
            if (string.IsNullOrEmpty(given))
                return ApiError.MissingKey().ToResult();
            if (!System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(options.ApiKey)))
                return ApiError.WrongKey().ToResult();
            if (options.Analyzer is null)
                return ApiError.NoAnalyzer().ToResult();
            if (!(ctx.Request.ContentType?.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) ?? false))
                return ApiError.WrongContentType().ToResult();
            if (ctx.Request.ContentLength > options.MaxBodyBytes)
                return ApiError.TooLarge(options.MaxBodyBytes).ToResult();
            var body = new MemoryStream();
            await ctx.Request.Body.CopyToAsync(body, cancel); // Kestrel stops at MaxRequestBodySize (413)
            var analyzer = options.Analyzer;
            var (dispatch, error) = Submission.Parse(body.GetBuffer().AsMemory(0, (int)body.Length), analyzer.Detector.Detect);
            if (dispatch is null)
                return error!.ToResult();
            SaveResult result;
            try
            {
                result = catalog.Save(() => analyzer.Pipeline.Run(dispatch), options.Clock.GetCurrentInstant());
            }
            catch (Exception e) when (e is InvalidOperationException or ArgumentException)
            {
                return new ApiError(422, "analysis_failed", $"the dispatch could not be analysed: {e.Message}").ToResult();
            }
            var snapshot = catalog.Current;
            var stored = snapshot.Dispatch(dispatch.Id)!;
            if (result is SaveResult.AlreadyStored already)
                ctx.Response.Headers["X-Already-Stored-As"] = already.ExistingExternalId;
            else
                ctx.Response.Headers.Location = "/api/dispatches/" + dispatch.Id;
            return Json(w => Writers.Dispatch(w, stored, snapshot), status: result is SaveResult.Stored ? 201 : 200);
        }

        private static ApiError? NoQuery(HttpContext ctx) =>
            ctx.Request.Query.Keys.FirstOrDefault() is { } key ? ApiError.UnknownParameter(key, []) : null;

        private static IResult Json(Action<Utf8JsonWriter> write, string contentType = "application/json", int status = 200)
        {
            var buffer = new ArrayBufferWriter<byte>(4096);
            using (var w = new Utf8JsonWriter(buffer, JsonOptions))
                write(w);
            return new StatusBytes(buffer.WrittenMemory.ToArray(), contentType, status);
        }

        private static byte[] AdminGeoJson(ServerOptions options)
        {
            var buffer = new ArrayBufferWriter<byte>(1 << 16);
            using (var w = new Utf8JsonWriter(buffer, JsonOptions))
            {
                w.WriteStartObject();
                w.WriteString("type", "FeatureCollection");
                w.WriteStartArray("features");
                for (int i = 1; i <= 99 && options.Admin?.HasPolygons == true; i++)
                {
                    var code = $"SY{i:D2}";
                    if (options.Admin.Geometry(code) is not { } g)
                        continue;
                    w.WriteStartObject();
                    w.WriteString("type", "Feature");
                    w.WriteString("id", code);
                    Writers.Geometry(w, TopologyPreservingSimplifier.Simplify(g, 0.01));
                    w.WriteStartObject("properties");
                    w.WriteString("pcode", code);
                    Writers.StringOrNull(w, "name", options.Admin.NameOf(code));
                    w.WriteEndObject();
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteEndObject();
            }
            return buffer.WrittenMemory.ToArray();
        }
    }

    private sealed class StatusBytes(byte[] bytes, string contentType, int status) : IResult
    {
        public Task ExecuteAsync(HttpContext ctx)
        {
            ctx.Response.StatusCode = status;
            ctx.Response.ContentType = contentType + "; charset=utf-8";
            return ctx.Response.Body.WriteAsync(bytes).AsTask();
        }
    }
}
