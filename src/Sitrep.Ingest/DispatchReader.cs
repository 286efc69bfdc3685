using System.Text;
using System.Text.Json;
using Sitrep.Core.Diagnostics;
using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;
using Sitrep.Ingest.Internal;
using Diag = Sitrep.Core.Diagnostics.Diagnostics;

namespace Sitrep.Ingest;

/// <summary>
/// Reads dispatches from files, directories (recursively, in a stable order) and JSONL.
/// <list type="bullet">
/// <item>A text file (.txt, or any file not .jsonl/.ndjson/.json) is one dispatch. It may start with a line
/// <c> date YYYY-MM</c> or <c> date YYYY-MM-DD</c> (the leading space is optional); month precision is kept.
/// Its external id is the file's name.</item>
/// <item>A .jsonl / .ndjson / .json file holds one JSON object per line: <c>{"id","date","language","source","url","title","text"}</c>,
/// only <c>text</c> required. Its external id is <c>id</c>, else <c>FILE#LINE</c>.</item>
/// <item>A file that holds no dispatch by its kind, known by its extension (.csv, .tsv, .xlsx, .zip, .gz, .pdf, .db...)
/// or its first bytes (zip, gzip, PDF, SQLite...), is never read as text: named as an input it is <see cref="Rejected"/>
/// (SR008, an error); inside an input folder it is <see cref="PassedOver"/> (SR008, a warning).</item>
/// </list>
/// Every bad input (unreadable file, bad UTF-8, empty text, bad JSON, impossible date) becomes a <see cref="Rejected"/>
/// naming the file and line; reading goes on with the next unit.
/// </summary>
public sealed class DispatchReader(ILanguageDetector detector)
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly string[] JsonLinesExtensions = [".jsonl", ".ndjson", ".json"];

    /// <summary>
    /// Expands directories (recursively, sorted by path) and reads every file, except hidden files and what
    /// <paramref name="exclude"/> names (the run's own output folder and database, which may sit inside an input folder);
    /// a folder's tables, archives and binary documents are passed over, each with a warning.
    /// </summary>
    public IEnumerable<IngestItem> Read(IEnumerable<string> inputs, IReadOnlyCollection<string>? exclude = null)
    {
        var skip = (exclude ?? []).Select(p => Path.GetFullPath(p).TrimEnd(Path.DirectorySeparatorChar)).ToList();
        bool Excluded(string file)
        {
            var full = Path.GetFullPath(file);
            return skip.Any(x => full == x || full.StartsWith(x + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                                 || full == x + "-wal" || full == x + "-shm" || full == x + "-journal");
        }
        foreach (var input in inputs)
        {
            if (Directory.Exists(input))
            {
                var files = Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories)
                    .Where(f => !Path.GetFileName(f).StartsWith('.') && !Excluded(f))
                    .Order(StringComparer.Ordinal);
                foreach (var file in files)
                    foreach (var item in ReadFile(file, inFolder: true))
                        yield return item;
            }
            else
            {
                foreach (var item in ReadFile(input))
                    yield return item;
            }
        }
    }

    /// <summary>Reads one file named as an input: every dispatch in it, or why not.</summary>
    public IEnumerable<IngestItem> ReadFile(string path) => ReadFile(path, inFolder: false);

    private IEnumerable<IngestItem> ReadFile(string path, bool inFolder)
    {
        // A table or an archive is refused by its name before it is read: a CSV of a thousand articles is no dispatch.
        if (FileKinds.FromName(path) is { } named)
        {
            yield return NotADispatch(path, named, inFolder);
            yield break;
        }
        byte[] bytes;
        string? error = null;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            bytes = [];
            error = e is FileNotFoundException or DirectoryNotFoundException ? "no such file" : e.Message;
        }
        if (error is not null)
        {
            yield return new Rejected(new InputOrigin(path), Diag.Unreadable(path, error));
            yield break;
        }
        if (FileKinds.FromContent(bytes) is { } sniffed)
        {
            yield return NotADispatch(path, sniffed, inFolder);
            yield break;
        }
        bool jsonLines = JsonLinesExtensions.Contains(Path.GetExtension(path).ToLowerInvariant());
        var items = jsonLines ? ReadJsonLines(path, bytes) : [ReadTextDispatch(path, bytes)];
        foreach (var item in items)
            yield return item;
    }

    private static IngestItem NotADispatch(string path, string kind, bool inFolder)
    {
        var origin = new InputOrigin(path);
        var diagnostic = Diag.NotADispatch(path, kind, inFolder);
        return inFolder ? new PassedOver(origin, diagnostic) : new Rejected(origin, diagnostic);
    }

    private IngestItem ReadTextDispatch(string path, byte[] bytes)
    {
        var origin = new InputOrigin(path);
        if (!TryDecode(bytes, 0, bytes.Length, out var text, out int badOffset))
            return new Rejected(origin, Diag.BadUtf8(path, LineOfByte(bytes, badOffset), badOffset));
        text = text.TrimStart('\uFEFF');
        DispatchDate? date = null;
        var (header, rest) = SplitDateHeader(text);
        if (header is not null)
        {
            var parsed = DispatchDate.Parse(header);
            if (!parsed.Success)
                return new Rejected(origin with { Line = 1 }, Diag.BadDate(path, 1, parsed.Error!));
            date = parsed.Value;
            text = rest;
        }
        if (string.IsNullOrWhiteSpace(text))
            return new Rejected(origin, Diag.EmptyText(path, null));
        var language = detector.Detect(text);
        var name = Path.GetFileName(path);
        var dispatch = new Dispatch(Dispatch.ContentHash(text, date), name, text, language, date, null, null, null, origin);
        return new IngestedDispatch(dispatch, []);
    }

    /// <summary>Splits off a first line of the form " date YYYY-MM[-DD]"; the text keeps everything after that line.</summary>
    internal static (string? Date, string Body) SplitDateHeader(string text)
    {
        var trimmed = text.TrimStart(' ', '\t');
        if (!trimmed.StartsWith("date ", StringComparison.OrdinalIgnoreCase) && !trimmed.StartsWith("date\t", StringComparison.OrdinalIgnoreCase))
            return (null, text);
        int lineEnd = trimmed.IndexOf('\n');
        var first = (lineEnd < 0 ? trimmed : trimmed[..lineEnd]).TrimEnd('\r');
        var value = first[5..].Trim();
        // The date token ends at the first space: " date 2018-05 Rest of a one-line dispatch" is allowed too.
        int space = value.IndexOfAny([' ', '\t']);
        string date = space < 0 ? value : value[..space];
        if (date.Length == 0 || !char.IsAsciiDigit(date[0]))
            return (null, text);
        string rest = space < 0 ? (lineEnd < 0 ? "" : trimmed[(lineEnd + 1)..]) : value[(space + 1)..] + (lineEnd < 0 ? "" : trimmed[lineEnd..]);
        return (date, rest);
    }

    private IEnumerable<IngestItem> ReadJsonLines(string path, byte[] bytes)
    {
        int lineNo = 0, pos = 0;
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
            pos = 3;
        while (pos < bytes.Length)
        {
            int end = Array.IndexOf(bytes, (byte)'\n', pos);
            if (end < 0) end = bytes.Length;
            lineNo++;
            int start = pos;
            pos = end + 1;
            if (!TryDecode(bytes, start, end - start, out var line, out int bad))
            {
                yield return new Rejected(new InputOrigin(path, lineNo), Diag.BadUtf8(path, lineNo, bad));
                continue;
            }
            if (string.IsNullOrWhiteSpace(line))
                continue;
            yield return ReadJsonLine(path, lineNo, line);
        }
    }

    private IngestItem ReadJsonLine(string path, int lineNo, string line)
    {
        var origin = new InputOrigin(path, lineNo);
        JsonElement root;
        try
        {
            using var doc = JsonDocument.Parse(line);
            root = doc.RootElement.Clone();
        }
        catch (JsonException e)
        {
            int? column = e.BytePositionInLine is long b ? (int)b + 1 : null;
            return new Rejected(origin, Diag.BadJson(path, lineNo, e.Message.Split(" LineNumber")[0].TrimEnd('.'), column));
        }
        if (root.ValueKind != JsonValueKind.Object)
            return new Rejected(origin, Diag.BadJson(path, lineNo, $"found a JSON {root.ValueKind.ToString().ToLowerInvariant()}"));
        if (!root.TryGetProperty("text", out var textEl) || textEl.ValueKind == JsonValueKind.Null)
            return new Rejected(origin, Diag.MissingText(path, lineNo));
        if (textEl.ValueKind != JsonValueKind.String)
            return new Rejected(origin, Diag.BadJson(path, lineNo, "\"text\" must be a string"));
        var text = textEl.GetString()!;
        if (string.IsNullOrWhiteSpace(text))
            return new Rejected(origin, Diag.EmptyText(path, lineNo));

        DispatchDate? date = null;
        var dateText = Str(root, "date");
        if (dateText is not null)
        {
            var parsed = DispatchDate.Parse(dateText);
            if (!parsed.Success)
                return new Rejected(origin, Diag.BadDate(path, lineNo, parsed.Error!));
            date = parsed.Value;
        }
        var warnings = new List<Diagnostic>();
        var given = Str(root, "language");
        var language = LanguageCodes.FromCode(given);
        if (language is null)
        {
            if (!string.IsNullOrWhiteSpace(given))
                warnings.Add(Diag.BadLanguage(path, lineNo, given));
            language = detector.Detect(text);
        }
        var id = Str(root, "id") ?? $"{Path.GetFileName(path)}#{lineNo}";
        var dispatch = new Dispatch(Dispatch.ContentHash(text, date), id, text, language.Value, date,
            Str(root, "source"), Str(root, "url"), Str(root, "title"), origin);
        return new IngestedDispatch(dispatch, warnings);
    }

    private static string? Str(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out var el) ? el.ValueKind switch
        {
            JsonValueKind.String => el.GetString() is { Length: > 0 } s ? s : null,
            JsonValueKind.Number => el.GetRawText(),
            _ => null,
        } : null;

    private static bool TryDecode(byte[] bytes, int start, int count, out string text, out int badOffset)
    {
        try
        {
            text = StrictUtf8.GetString(bytes, start, count);
            badOffset = -1;
            return true;
        }
        catch (DecoderFallbackException e)
        {
            text = "";
            badOffset = start + Math.Max(0, e.Index);
            return false;
        }
    }

    private static int LineOfByte(byte[] bytes, int offset)
    {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.Length; i++)
            if (bytes[i] == '\n') line++;
        return line;
    }
}
