using NodaTime;
using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;
using Sitrep.Places;

namespace Sitrep.Api;

/// <summary>
/// What <c>POST /api/dispatches</c> analyses with: the same pipeline as <c>sitrep analyze</c>, and the language detector
/// used when a submission does not say its language. The pipeline is run by one request at a time.
/// </summary>
public sealed record DispatchAnalyzer(Pipeline Pipeline, ILanguageDetector Detector);

/// <summary>
/// How <see cref="SitrepServer"/> runs.
/// <list type="bullet">
/// <item><see cref="DatabasePath"/>: the store (<c>--db</c>): a SQLite file, opened (and created) on start, or a PostgreSQL URL.</item>
/// <item><see cref="Urls"/>: where Kestrel listens, e.g. <c>http://127.0.0.1:5080</c>; port 0 picks a free port
/// (read it back from <see cref="RunningServer.BaseAddress"/>).</item>
/// <item><see cref="ApiKey"/>: the key writes must carry in <c>X-Api-Key</c> (or <c>Authorization: Bearer</c>);
/// null disables writes (403).</item>
/// <item><see cref="Analyzer"/>: null disables <c>POST /api/dispatches</c> (503) — reading needs no gazetteer.</item>
/// <item><see cref="Admin"/>: the gazetteer's governorate polygons, for the base map and the control shading; null
/// (or a gazetteer without OCHA shapes) draws control as points.</item>
/// <item><see cref="MaxBodyBytes"/>: the largest accepted request body; <see cref="WritesPerMinute"/>: writes
/// accepted per client address per minute.</item>
/// <item><see cref="TileUrl"/>: an optional map tile URL template (<c>https://…/{z}/{x}/{y}.png</c>) the page
/// draws under the boundaries; the page works without it.</item>
/// <item><see cref="WebRoot"/>: the folder of the page (default: <c>wwwroot</c> next to the assembly).</item>
/// </list>
/// </summary>
public sealed record ServerOptions(
    string DatabasePath,
    IReadOnlyList<string> Urls,
    IClock Clock,
    string? ApiKey = null,
    DispatchAnalyzer? Analyzer = null,
    AdminLocator? Admin = null,
    string? TileUrl = null,
    long MaxBodyBytes = 256 * 1024,
    int WritesPerMinute = 30,
    string? WebRoot = null)
{
    /// <summary>The address <c>sitrep serve</c> uses when not given <c>--urls</c>: loopback only.</summary>
    public const string DefaultUrl = "http://127.0.0.1:5080";
}
