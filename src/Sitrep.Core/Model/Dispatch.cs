using System.Security.Cryptography;
using System.Text;

namespace Sitrep.Core.Model;

/// <summary>Where a dispatch came from: the file and, for JSONL, the line (1-based).</summary>
public sealed record InputOrigin(string File, int? Line = null)
{
    public override string ToString() => Line is int l ? $"{File}:{l}" : File;
}

/// <summary>
/// One news dispatch. It owns its text; everything Sitrep finds in it is a <see cref="TextRange"/> into <see cref="Text"/>.
/// <see cref="Id"/> is the content hash (the same text and date stored twice is one dispatch);
/// <see cref="ExternalId"/> is what the input called it (a JSONL id, or the file name), used to join results back.
/// </summary>
public sealed record Dispatch(
    string Id,
    string ExternalId,
    string Text,
    Language Language,
    DispatchDate? Date,
    string? Source,
    string? Url,
    string? Title,
    InputOrigin Origin)
{
    /// <summary>SHA-256 of the normalised text and date: the dispatch's identity.</summary>
    public static string ContentHash(string text, DispatchDate? date)
    {
        var payload = (date?.ToString() ?? "") + "\n" + text.Normalize(NormalizationForm.FormC);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(payload));
        return Convert.ToHexString(hash, 0, 16).ToLowerInvariant();
    }
}
