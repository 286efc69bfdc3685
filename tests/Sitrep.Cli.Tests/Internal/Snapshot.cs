using System.Runtime.CompilerServices;

namespace Sitrep.Cli.Tests.Internal;

/// <summary>
/// Snapshot tests of what the user sees: the text is compared with <c>Snapshots/NAME.txt</c> beside the test sources.
/// A missing snapshot is written and the test fails, so that a person reads it before it counts; set
/// SITREP_UPDATE_SNAPSHOTS=1 to rewrite the snapshots after an intended change of the output (and review the diff).
/// </summary>
public static class Snapshot
{
    public static void Match(string name, string actual, [CallerFilePath] string caller = "")
    {
        var folder = Path.Combine(Path.GetDirectoryName(caller)!, "Snapshots");
        var path = Path.Combine(folder, name + ".txt");
        var normalized = actual.ReplaceLineEndings("\n");
        if (!File.Exists(path) || Environment.GetEnvironmentVariable("SITREP_UPDATE_SNAPSHOTS") == "1")
        {
            bool existed = File.Exists(path);
            Directory.CreateDirectory(folder);
            File.WriteAllText(path, normalized);
            Assert.Fail(existed ? $"snapshot {path} rewritten: review the diff, then run the tests without SITREP_UPDATE_SNAPSHOTS"
                                : $"snapshot {path} did not exist and was written: review it, then run the tests again");
        }
        var expected = File.ReadAllText(path).ReplaceLineEndings("\n");
        Assert.Equal(expected, normalized);
    }
}
