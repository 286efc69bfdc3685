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
}
