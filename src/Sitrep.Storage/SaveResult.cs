namespace Sitrep.Storage;

/// <summary>What <see cref="SqliteStore.Save"/> did with a dispatch.</summary>
public abstract record SaveResult
{
    private SaveResult() { }

    /// <summary>The dispatch, its events and control statements were stored, all in one transaction.</summary>
    public sealed record Stored(string DispatchId, string ExternalId, int Events, int Control) : SaveResult;

    /// <summary>
    /// A dispatch with the same content hash was already stored (under <paramref name="ExistingExternalId"/>,
    /// which may differ from the name it was given this time); nothing was written.
    /// </summary>
    public sealed record AlreadyStored(string DispatchId, string ExistingExternalId) : SaveResult;
}
