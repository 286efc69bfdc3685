using System.Text.Json;
using Sitrep.Core.Model;

namespace Sitrep.Api.Internal;

/// <summary>
/// A dispatch sent to <c>POST /api/dispatches</c>: the same fields as a JSONL line of <c>sitrep analyze</c>
/// (<c>{"id","date","language","source","url","title","text"}</c>, only <c>text</c> required). Bad input is an
/// <see cref="ApiError"/> that names the field.
/// </summary>
internal static class Submission
{
    public static readonly string[] Fields = ["id", "date", "language", "source", "url", "title", "text"];

    public static (Dispatch? Dispatch, ApiError? Error) Parse(ReadOnlyMemory<byte> body, Func<string, Language> detect)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 4 });
        }
        catch (JsonException e)
        {
            return (null, ApiError.BadBody($"the body is not valid JSON ({e.Message}); send {{\"text\": \"…\"}}"));
        }
        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                return (null, ApiError.BadBody("the body must be a JSON object such as {\"text\": \"…\", \"date\": \"2017-03-14\"}"));
            var values = new Dictionary<string, string?>(StringComparer.Ordinal);
            foreach (var p in root.EnumerateObject())
            {
                if (!Fields.Contains(p.Name, StringComparer.Ordinal))
                    return (null, new ApiError(400, "unknown_field", $"unknown field '{ApiError.Clip(p.Name)}'; known fields: {string.Join(", ", Fields)}", p.Name));
                if (p.Value.ValueKind is not (JsonValueKind.String or JsonValueKind.Null))
                    return (null, new ApiError(400, "bad_field", $"field '{p.Name}' must be a string", p.Name));
                values[p.Name] = p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString() : null;
            }
            var text = values.GetValueOrDefault("text")?.TrimStart('\uFEFF');
            if (string.IsNullOrWhiteSpace(text))
                return (null, new ApiError(400, "bad_field", "field 'text' is required and must hold the dispatch's text", "text"));
            if (text.Contains('\0'))
                return (null, new ApiError(400, "bad_field", "field 'text' contains a NUL character", "text"));
            DispatchDate? date = null;
            if (values.GetValueOrDefault("date") is { } ds && ds.Length > 0)
            {
                var parsed = DispatchDate.Parse(ds);
                if (!parsed.Success)
                    return (null, new ApiError(400, "bad_field", $"field 'date': {parsed.Error}", "date"));
                date = parsed.Value;
            }
            Language language;
            if (values.GetValueOrDefault("language") is { } ls && ls.Length > 0)
            {
                if (LanguageCodes.FromCode(ls) is not Language l)
                    return (null, new ApiError(400, "bad_field", $"field 'language' is fr or en, got '{ApiError.Clip(ls)}'", "language"));
                language = l;
            }
            else
                language = detect(text);
            var hash = Dispatch.ContentHash(text, date);
            var id = values.GetValueOrDefault("id") is { Length: > 0 } given ? given : "api-" + hash[..12];
            if (id.Length > 200)
                return (null, new ApiError(400, "bad_field", "field 'id' is longer than 200 characters", "id"));
            return (new Dispatch(hash, id, text, language, date, values.GetValueOrDefault("source"), values.GetValueOrDefault("url"),
                values.GetValueOrDefault("title"), new InputOrigin("api")), null);
        }
    }
}
