using Spectre.Console;

namespace Sitrep.Cli.Internal;

/// <summary>The check every command that reads an existing store makes of its <c>--db</c> option.</summary>
internal static class StoreFile
{
    /// <summary>The error to show when there is no store at <paramref name="db"/>, or null when there is one.</summary>
    public static ValidationResult? Missing(string db) =>
        File.Exists(db) ? null : ValidationResult.Error($"no database at '{db}': run 'sitrep analyze ... --db {db}' first, or name the file with --db");
}
