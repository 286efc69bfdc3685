using System.Diagnostics;
using System.Text;
using Sitrep.Coding.Lexicon;
using Sitrep.Core.Data;

namespace Sitrep.Cli.Tests.Internal;

/// <summary>What one run of the <c>sitrep</c> program printed and returned.</summary>
public sealed record CliRun(int ExitCode, string Stdout, string Stderr, TimeSpan Elapsed)
{
    /// <summary>The lines of standard error, without their line endings.</summary>
    public IReadOnlyList<string> ErrorLines => Stderr.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public override string ToString() => $"exit code {ExitCode}\n--- stdout ---\n{Stdout}\n--- stderr ---\n{Stderr}";
}

/// <summary>
/// The built <c>sitrep</c> program, started as a user would start it (<c>dotnet sitrep.dll ...</c>), with a tiny
/// gazetteer compiled once per test run by <c>sitrep gazetteer import</c> from a few GeoNames lines written here.
/// <para>
/// The program is run from a copy of the test's bin folder placed outside the repository. Run from inside the
/// repository, <c>--gazetteer FILE</c> is not used as given: the CLI finds the repository's GeoNames and OCHA
/// sources, sees that FILE was not compiled from them, and recompiles the whole gazetteer into FILE (200,000 places,
/// several seconds, and the tiny index is gone). Outside the repository there are no sources to compare with, so
/// the index is used as it is. The French conjugation table the coder needs is then named by SITREP_LEFFF.
/// </para>
/// </summary>
public sealed class SitrepCli : IDisposable
{
    /// <summary>
    /// Four Syrian towns in GeoNames' tab-separated layout (id, name, ascii name, alternate names, latitude, longitude,
    /// feature class and code, country, cc2, admin1-4, population, elevation, dem, timezone, modified). The ids are
    /// this test's own; the coordinates are the towns'.
    /// </summary>
    public static readonly string[] GeoNamesLines =
    [
        "170654\tDouma\tDouma\tDuma,Douma\t33.5711\t36.4025\tP\tPPLA2\tSY\t\t08\t\t\t\t110893\t\t\tAsia/Damascus\t2020-01-01",
        "163345\tIdlib\tIdlib\tIdleb,Idlib\t35.9306\t36.6339\tP\tPPLA\tSY\t\t12\t\t\t\t128840\t\t\tAsia/Damascus\t2020-01-01",
        "169577\tHoms\tHoms\tHims,Homs\t34.7308\t36.7094\tP\tPPLA\tSY\t\t11\t\t\t\t775404\t\t\tAsia/Damascus\t2020-01-01",
        "170063\tAleppo\tAleppo\tAlep,Halab,Aleppo\t36.2021\t37.1343\tP\tPPLA\tSY\t\t09\t\t\t\t1602264\t\t\tAsia/Damascus\t2020-01-01",
    ];

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    private readonly string dll;
    private readonly string? lefff;

    public SitrepCli()
    {
        var bin = AppContext.BaseDirectory;
        if (!File.Exists(Path.Combine(bin, "sitrep.dll")))
            throw new InvalidOperationException($"sitrep.dll is not in {bin}: the test project must reference src/Sitrep.Cli");
        Root = Directory.CreateTempSubdirectory("sitrep-cli-tests-").FullName;
        var app = Path.Combine(Root, "app");
        CopyFolder(bin, app);
        dll = Path.Combine(app, "sitrep.dll");
        lefff = RepoFiles.Find(FrenchConjugations.PackagePath, bin)
            ?? throw new InvalidOperationException($"{FrenchConjugations.PackagePath} was not found above {bin}; the build installs it (npm ci)");

        var source = Path.Combine(Root, "SY.txt");
        File.WriteAllText(source, string.Join("\n", GeoNamesLines) + "\n");
        Gazetteer = Path.Combine(Root, "gazetteer", "g.idx");
        var import = Run(Root, "gazetteer", "import", source, "--index", Gazetteer);
        if (import.ExitCode != 0 || !File.Exists(Gazetteer))
            throw new InvalidOperationException($"the test gazetteer could not be compiled: {import}");
        GazetteerBytes = File.ReadAllBytes(Gazetteer);
    }

    /// <summary>This test run's temporary folder (the program's copy, the gazetteer, each test's working folder).</summary>
    public string Root { get; }

    /// <summary>The compiled tiny gazetteer index (absolute path).</summary>
    public string Gazetteer { get; }

    /// <summary>The index as it was compiled, to check that no command rewrites it.</summary>
    public byte[] GazetteerBytes { get; }

    /// <summary>A new empty working folder for one test.</summary>
    public string NewFolder(string name) => Directory.CreateDirectory(Path.Combine(Root, $"{name}-{Guid.NewGuid():N}"[..(name.Length + 9)])).FullName;

    /// <summary>Runs <c>sitrep ARGS</c> in <paramref name="workDir"/>; fails the test if it does not end within the timeout.</summary>
    public CliRun Run(string workDir, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workDir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        foreach (var a in args)
            start.ArgumentList.Add(a);
        start.Environment.Remove("SITREP_GAZETTEER");
        start.Environment.Remove("SITREP_OCHA_DIR");
        start.Environment["SITREP_LEFFF"] = lefff;
        start.Environment["NO_COLOR"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet could not be started");
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"sitrep {string.Join(' ', args)} did not end within {Timeout.TotalSeconds}s");
        }
        process.WaitForExit();
        return new CliRun(process.ExitCode, stdout.Result, stderr.Result, watch.Elapsed);
    }

    /// <summary><c>sitrep analyze ARGS --gazetteer TINY</c>.</summary>
    public CliRun Analyze(string workDir, params string[] args) => Run(workDir, ["analyze", .. args, "--gazetteer", Gazetteer]);

    /// <summary><c>sitrep explain ARGS --gazetteer TINY</c>.</summary>
    public CliRun Explain(string workDir, params string[] args) => Run(workDir, ["explain", .. args, "--gazetteer", Gazetteer]);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a process the OS has not reaped yet: the temp folder is cleaned later.
        }
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var dir in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories))
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, dir)));
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)));
    }
}

/// <summary>Every test class that runs the program shares one <see cref="SitrepCli"/> (one copy, one gazetteer).</summary>
[CollectionDefinition(Name)]
public sealed class CliCollection : ICollectionFixture<SitrepCli>
{
    public const string Name = "sitrep command line";
}
