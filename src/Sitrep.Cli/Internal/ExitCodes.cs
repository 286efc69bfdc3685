namespace Sitrep.Cli.Internal;

/// <summary>Process exit codes.</summary>
internal static class ExitCodes
{
    /// <summary>Everything was read and stored.</summary>
    public const int Ok = 0;
    /// <summary>The command could not run at all (no gazetteer, unusable database, bad arguments).</summary>
    public const int Fatal = 1;
    /// <summary>The batch ran, but some inputs were skipped; each has its own message.</summary>
    public const int Skipped = 2;
}
