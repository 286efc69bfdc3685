namespace Sitrep.Ingest.Tests;

/// <summary>A scratch folder deleted after the test.</summary>
public sealed class TempDir : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("sitrep-ingest-").FullName;

    public string Write(string name, string content)
    {
        var p = System.IO.Path.Combine(Path, name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(p)!);
        File.WriteAllText(p, content);
        return p;
    }

    public string WriteBytes(string name, byte[] content)
    {
        var p = System.IO.Path.Combine(Path, name);
        File.WriteAllBytes(p, content);
        return p;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
