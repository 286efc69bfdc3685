namespace Sitrep.Storage;

/// <summary>
/// The database cannot be used as it is (newer than this Sitrep, not a Sitrep database, not SQLite at all, a
/// PostgreSQL server that cannot be reached or lacks PostGIS).
/// These are problems with the user's file, not bugs: each has a code, a message and what to do, built by a
/// named factory below.
/// </summary>
public sealed class StoreException(string code, string path, string message, string fix, Exception? inner = null)
    : Exception($"{path}: error {code}: {message} Fix: {fix}", inner)
{
    public string Code { get; } = code;

    /// <summary>The database file, or the PostgreSQL server's URL without its password.</summary>
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
            $"the database is not a Sitrep one (it has tables {string.Join(", ", tables.Select(t => $"'{t}'"))} and no schema_version).",
            "give a Sitrep database (or a new file name, or an empty PostgreSQL database) with --db.");

    public static StoreException Unopenable(string path, Exception inner) =>
        new("SR033", path, $"the database could not be opened ({inner.Message}).",
            "check that the folder exists and is writable, and that no other program holds the file.", inner);

    public static StoreException Unreachable(string path, Exception inner) =>
        new("SR034", path, $"the PostgreSQL server could not be reached or refused the connection ({inner.Message}).",
            "start the server and check the host, port, user and password in --db; the embedded default needs no server: give a file name with --db.", inner);

    public static StoreException NoDatabase(string path, string database, Exception inner) =>
        new("SR035", path, $"the PostgreSQL server has no database '{database}'.",
            $"create it (createdb {database}), or name an existing database in --db.", inner);

    public static StoreException BadAddress(string path, string problem) =>
        new("SR036", path, $"the PostgreSQL address cannot be read: {problem}.",
            "write it as postgresql://USER:PASSWORD@HOST:PORT/DATABASE (or an Npgsql connection string, Host=...;Database=...).");

    public static StoreException NoPostGis(string path, Exception inner) =>
        new("SR037", path, $"the PostGIS extension could not be enabled in the database ({inner.Message}).",
            "install PostGIS on the server (Debian: postgresql-15-postgis-3), or have a superuser run CREATE EXTENSION postgis in the database.", inner);
}
