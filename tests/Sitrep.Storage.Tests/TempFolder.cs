namespace Sitrep.Storage.Tests;

/// <summary>A fresh folder per test, deleted afterwards.</summary>
public abstract class TempFolder : IDisposable
{
    protected TempFolder()
    {
        Folder = Path.Combine(Path.GetTempPath(), "sitrep-store-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
    }

    protected string Folder { get; }

    protected string DbPath => Path.Combine(Folder, "sitrep.db");

    public void Dispose()
    {
        try { Directory.Delete(Folder, recursive: true); }
        catch (IOException) { /* a leftover temp folder is harmless */ }
        GC.SuppressFinalize(this);
    }
}
