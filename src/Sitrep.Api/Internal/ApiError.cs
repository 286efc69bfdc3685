using Microsoft.AspNetCore.Http;

namespace Sitrep.Api.Internal;

/// <summary>
/// A client error: an HTTP status, a stable code, a message that says what to change, and the parameter at fault.
/// Written as <c>{"status":400,"error":"bad_parameter","message":"…","parameter":"from"}</c>.
/// </summary>
internal sealed record ApiError(int Status, string Code, string Message, string? Parameter = null)
{
    public static ApiError BadParameter(string parameter, string message) => new(400, "bad_parameter", message, parameter);

    public static ApiError UnknownParameter(string parameter, IEnumerable<string> known) =>
        new(400, "unknown_parameter", $"unknown parameter '{Clip(parameter)}'; known parameters: {string.Join(", ", known)}", Clip(parameter));

    public static ApiError NotFound(string what, string id) => new(404, "not_found", $"no {what} with id '{Clip(id)}'");

    public static ApiError BadBody(string message) => new(400, "bad_body", message);

    public static ApiError TooLarge(long max) => new(413, "body_too_large", $"the request body is larger than {max} bytes; send a smaller dispatch");

    public static ApiError MissingKey() => new(401, "missing_api_key", "writes need the operator's API key in the X-Api-Key header (or Authorization: Bearer KEY)");

    public static ApiError WrongKey() => new(401, "wrong_api_key", "the API key is not the one this server was started with");

    public static ApiError WritesDisabled() => new(403, "writes_disabled", "writes are disabled: the operator must start the server with --api-key or SITREP_API_KEY");

    public static ApiError NoAnalyzer() => new(503, "no_analyzer", "this server was started without a gazetteer, so it cannot analyse dispatches");

    public static ApiError WrongContentType() => new(415, "unsupported_media_type", "send the dispatch as application/json: {\"text\": \"…\", \"date\": \"YYYY-MM-DD\", \"language\": \"fr|en\"}");

    public static ApiError TooManyRequests() => new(429, "too_many_requests", "too many writes from this address; wait a minute and try again");

    /// <summary>Echoed input is cut short, so an error never repeats a huge parameter back.</summary>
    public static string Clip(string s) => s.Length <= 80 ? s : s[..80] + "…";

    public IResult ToResult() => Results.Json(new { status = Status, error = Code, message = Message, parameter = Parameter }, statusCode: Status);

    public async Task WriteAsync(HttpContext context)
    {
        context.Response.StatusCode = Status;
        await context.Response.WriteAsJsonAsync(new { status = Status, error = Code, message = Message, parameter = Parameter });
    }
}
