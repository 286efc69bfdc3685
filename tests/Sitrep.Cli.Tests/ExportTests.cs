using Sitrep.Cli.Tests.Internal;
using Sitrep.Export;

namespace Sitrep.Cli.Tests;

/// <summary><c>sitrep export</c> and the export files' columns.</summary>
[Collection(CliCollection.Name)]
public sealed class ExportTests(SitrepCli cli)
{
    [Fact]
    public void Export_writes_the_same_bytes_as_analyze()
    {
        // Given a mixed folder analysed into a new database
        var work = cli.NewFolder("export");
        var ids = Dispatches.WriteMixedFolder(Path.Combine(work, "in"));
        var analyze = cli.Analyze(work, "in", "--out", "analyzed", "--db", "sitrep.db");
        Assert.True(analyze.ExitCode == 0, analyze.ToString());

        // When the database is exported without analysing again
        var export = cli.Run(work, "export", "--db", "sitrep.db", "--out", "exported");

        // Then it exits 0, says what it wrote, and the three files are byte for byte those analyze wrote
        Assert.True(export.ExitCode == 0, export.ToString());
        Assert.Contains($"sitrep: {ids.Count} dispatches, ", export.Stderr);
        foreach (var name in new[] { ExportWriter.EventsCsvName, ExportWriter.ControlCsvName, ExportWriter.EventsJsonName })
            Assert.True(File.ReadAllBytes(Path.Combine(work, "analyzed", name)).SequenceEqual(File.ReadAllBytes(Path.Combine(work, "exported", name))), name);
    }

    [Fact]
    public void Export_without_a_database_says_so_and_exits_1()
    {
        // Given a folder without database
        var work = cli.NewFolder("nodb");

        // When export is asked for a database that does not exist
        var run = cli.Run(work, "export", "--db", "missing.db", "--out", "out");

        // Then one clear error, exit code 1, and neither a database nor an output folder is created
        Assert.Equal(1, run.ExitCode);
        Assert.Equal("error: no database at 'missing.db': run 'sitrep analyze ... --db missing.db' first, or name the file with --db\n", run.Stderr.ReplaceLineEndings("\n"));
        Assert.False(File.Exists(Path.Combine(work, "missing.db")));
        Assert.False(Directory.Exists(Path.Combine(work, "out")));
    }

    [Theory]
    [InlineData("a dispatch with a control statement", Dispatches.FrenchIdleb, 1)]
    [InlineData("a dispatch with no event and no control statement still gets both headers", " date 2019-04\nThe opposition said it may attend talks next month.\n", 0)]
    public void The_CSV_headers_are_exactly_the_documented_columns(string why, string dispatch, int minControlRows)
    {
        // Given one dispatch
        var work = cli.NewFolder("headers");
        Dispatches.Write(Path.Combine(work, "in", "d.txt"), dispatch);

        // When it is analysed
        var run = cli.Analyze(work, "in", "--out", "out", "--db", "sitrep.db");

        // Then events.csv and control.csv start with exactly their columns (CRLF-ended), and control rows join back to the input
        Assert.True(run.ExitCode == 0, $"{why}: {run}");
        var events = File.ReadAllText(Path.Combine(work, "out", ExportWriter.EventsCsvName));
        var control = File.ReadAllText(Path.Combine(work, "out", ExportWriter.ControlCsvName));
        Assert.StartsWith(string.Join(",", AcledCsv.Columns) + "\r\n", events);
        Assert.StartsWith(string.Join(",", ControlCsv.Columns) + "\r\n", control);
        var (header, rows) = Csv.ReadFile(Path.Combine(work, "out", ExportWriter.ControlCsvName));
        Assert.Equal(ControlCsv.Columns, header);
        Assert.True(rows.Count >= minControlRows, $"{why}: {rows.Count} control rows");
        Assert.All(rows, r => Assert.Equal("d.txt", r["dispatch_id"]));
        Assert.All(rows, r => Assert.Contains(r["share"], new[] { "full", "partial", "contested" }));
    }
}
