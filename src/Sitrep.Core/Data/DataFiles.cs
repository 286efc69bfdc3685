using System.Reflection;

namespace Sitrep.Core.Data;

/// <summary>
/// The versioned data files under the repository's data/ folder (lexicons, exonyms, actor names), embedded
/// in this assembly. Paths are relative to data/, with forward slashes: <c>lang/fr/numbers.json</c>.
/// </summary>
public static class DataFiles
{
    private static readonly Assembly Owner = typeof(DataFiles).Assembly;

    public static bool Exists(string path) => Owner.GetManifestResourceInfo(Name(path)) is not null;

    public static string ReadText(string path)
    {
        using var stream = Owner.GetManifestResourceStream(Name(path))
            ?? throw new FileNotFoundException($"data file '{path}' is not embedded; it belongs under data/{path} in the repository");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Lines of a data file with comments (#) and blank lines removed.</summary>
    public static IEnumerable<string> ReadLines(string path) =>
        ReadText(path).Split('\n')
            .Select(l => l.TrimEnd('\r'))
            .Where(l => l.Trim().Length > 0 && !l.TrimStart().StartsWith('#'));

    /// <summary>All embedded data paths below a folder, e.g. <c>lang/fr/</c>.</summary>
    public static IEnumerable<string> List(string folder) =>
        Owner.GetManifestResourceNames()
            .Where(n => n.StartsWith("sitrep/" + folder, StringComparison.Ordinal))
            .Select(n => n["sitrep/".Length..]);

    private static string Name(string path) => "sitrep/" + path.TrimStart('/');
}
