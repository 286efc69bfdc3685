using Spectre.Console;

namespace Sitrep.Cli.Internal;

/// <summary>The check every command that reads an existing store makes of its <c>--db</c> option.</summary>
internal static class StoreFile
{
    /// <summary>
    /// The error to show when there is no store file at <paramref name="db"/>, or null when there is one. A PostgreSQL
    /// server is not checked here: opening it says whether it can be reached.
    /// </summary>
    public static ValidationResult? Missing(string db) =>
        Exists(db) ? null : ValidationResult.Error($"no database at '{db}': run 'sitrep analyze ... --db {db}' first, or name the file with --db");

    /// <summary>Whether <paramref name="db"/> is an existing store file or names a PostgreSQL server.</summary>
    public static bool Exists(string db) => File.Exists(db) || Sitrep.Storage.DispatchStore.IsServer(db);

    /// <summary>
    /// Opens the store <paramref name="db"/> names, or writes the store's error (with its code and fix) to
    /// <paramref name="log"/> and returns null: what every command does before it reads or writes a store.
    /// </summary>
    public static Sitrep.Storage.DispatchStore? OpenOrReport(string db, TextWriter log)
    {
        try
        {
            return Sitrep.Storage.DispatchStore.Open(db);
        }
        catch (Sitrep.Storage.StoreException e)
        {
            log.WriteLine($"error: {e.Message}");
            return null;
        }
    }
}
