namespace Sitrep.Core.Data;

/// <summary>
/// Finds files that the build installs beside the repository (npm packages under node_modules, the shared
/// data folder) by walking up from the current directory and then from the program's own folder.
/// </summary>
public static class RepoFiles
{
    /// <summary>The first existing path <c>dir/relative</c> for dir = each ancestor of the start folders, or null.</summary>
    public static string? Find(string relative, params string[] startFolders)
    {
        var starts = startFolders.Length > 0 ? startFolders : [Directory.GetCurrentDirectory(), AppContext.BaseDirectory];
        foreach (var start in starts)
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, relative);
                if (File.Exists(candidate) || Directory.Exists(candidate))
                    return candidate;
            }
        }
        return null;
    }
}
