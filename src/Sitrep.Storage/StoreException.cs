namespace Sitrep.Storage;

/// <summary>
/// The database cannot be used as it is (newer than this Sitrep, not a Sitrep database, not SQLite at all).
/// These are problems with the user's file, not bugs: each has a code, a message and what to do, built by a
/// named factory below.
/// </summary>
public sealed class StoreException(string code, string path, string message, string fix, Exception? inner = null)
    : Exception($"{path}: error {code}: {message} Fix: {fix}", inner)
{
    public string Code { get; } = code;

    /// <summary>The database file.</summary>
    public string Path { get; } = path;

    /// <summary>What the user can do about it.</summary>
    public string Fix { get; } = fix;

    public static StoreException NewerSchema(string path, int databaseVersion, int codeVersion) =>
        new("SR030", path,
            $"the database has schema version {databaseVersion}, but this Sitrep only knows versions up to {codeVersion}; it was written by a newer Sitrep and was left untouched.",
            "use the Sitrep that wrote it, or give another file with --db.");

    public static StoreException NotADatabase(string path, Exception inner) =>
        new("SR031", path, "the file is not an SQLite database.",
            "give a Sitrep database (or a new file name) with --db.", inner);

    public static StoreException NotSitrep(string path, IEnumerable<string> tables) =>
        new("SR032", path,
            $"the file is an SQLite database but not a Sitrep one (it has tables {string.Join(", ", tables.Select(t => $"'{t}'"))} and no schema_version).",
            "give a Sitrep database (or a new file name) with --db.");

    public static StoreException Unopenable(string path, Exception inner) =>
        new("SR033", path, $"the database could not be opened ({inner.Message}).",
            "check that the folder exists and is writable, and that no other program holds the file.", inner);
}
