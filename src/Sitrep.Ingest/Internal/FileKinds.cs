namespace Sitrep.Ingest.Internal;

/// <summary>
/// Files that hold no dispatch by their kind: tables, spreadsheets, archives, binary documents, databases, images.
/// Read as text they would be one huge dispatch (a CSV of a thousand articles) or a misleading "not UTF-8" error
/// (a zip), so the reader refuses them by name, or by their first bytes whatever their name.
/// </summary>
internal static class FileKinds
{
    private static readonly Dictionary<string, string> ByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".csv"] = "a table", [".tsv"] = "a table", [".tab"] = "a table", [".parquet"] = "a table",
        [".xls"] = "a spreadsheet", [".xlsx"] = "a spreadsheet", [".xlsm"] = "a spreadsheet", [".ods"] = "a spreadsheet",
        [".zip"] = "an archive", [".gz"] = "an archive", [".tgz"] = "an archive", [".bz2"] = "an archive",
        [".xz"] = "an archive", [".zst"] = "an archive", [".7z"] = "an archive", [".rar"] = "an archive", [".tar"] = "an archive",
        [".pdf"] = "a PDF document", [".doc"] = "a word-processor document", [".docx"] = "a word-processor document",
        [".odt"] = "a word-processor document",
        [".db"] = "a database", [".sqlite"] = "a database", [".sqlite3"] = "a database",
        [".png"] = "an image", [".jpg"] = "an image", [".jpeg"] = "an image", [".gif"] = "an image", [".webp"] = "an image",
    };

    /// <summary>Leading bytes of binary formats; none can start a UTF-8 dispatch.</summary>
    private static readonly (byte[] Magic, string Kind)[] BySignature =
    [
        ("PK\u0003\u0004"u8.ToArray(), "an archive (zip, or an Office document)"),
        ([0x1F, 0x8B], "an archive (gzip)"),
        ([0xFD, (byte)'7', (byte)'z', (byte)'X', (byte)'Z', 0x00], "an archive (xz)"),
        ([(byte)'7', (byte)'z', 0xBC, 0xAF, 0x27, 0x1C], "an archive (7z)"),
        ("%PDF-"u8.ToArray(), "a PDF document"),
        ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], "an old Office document"),
        ("SQLite format 3\0"u8.ToArray(), "a database (SQLite)"),
        ([0x89, (byte)'P', (byte)'N', (byte)'G'], "an image (PNG)"),
        ([0xFF, 0xD8, 0xFF], "an image (JPEG)"),
    ];

    /// <summary>What the file's name says it is ("a table (.csv)"), or null when the name allows a dispatch.</summary>
    public static string? FromName(string path)
    {
        var extension = Path.GetExtension(path);
        return ByExtension.TryGetValue(extension, out var kind) ? $"{kind} ({extension.ToLowerInvariant()})" : null;
    }

    /// <summary>What the file's first bytes say it is, or null when they may start a text.</summary>
    public static string? FromContent(ReadOnlySpan<byte> bytes)
    {
        foreach (var (magic, kind) in BySignature)
            if (bytes.StartsWith(magic))
                return kind;
        return null;
    }
}
