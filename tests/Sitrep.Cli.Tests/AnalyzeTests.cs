using System.Text.RegularExpressions;
using Sitrep.Cli.Tests.Internal;
using Sitrep.Export;

namespace Sitrep.Cli.Tests;

/// <summary><c>sitrep analyze</c> seen from the command line: what it reads, what it exports, what it says, how it exits.</summary>
[Collection(CliCollection.Name)]
public sealed partial class AnalyzeTests(SitrepCli cli)
{
    private const string In = "in";

    [Fact]
    public void A_mixed_folder_is_read_recursively_and_exported_under_each_input_id()
    {
        // Given a folder with a text dispatch, a hidden file, a JSONL file in a subfolder and a text dispatch two levels down
        var work = cli.NewFolder("mixed");
        var ids = Dispatches.WriteMixedFolder(Path.Combine(work, In));

        // When it is analysed
        var run = cli.Analyze(work, In, "--out", "out", "--db", "sitrep.db");

        // Then it exits 0, events.csv has ACLED's columns then Sitrep's, and every dispatch's events carry the input's id, in reading order
        Assert.True(run.ExitCode == 0, run.ToString());
        var eventsCsv = Path.Combine(work, "out", ExportWriter.EventsCsvName);
        var firstLine = File.ReadAllText(eventsCsv).Split("\r\n")[0];
        Assert.Equal(string.Join(",", AcledCsv.Columns), firstLine);
        var (header, rows) = Csv.ReadFile(eventsCsv);
        Assert.Equal(AcledCsv.Columns, header);
        Assert.Equal(ids, rows.Select(r => r["dispatch_id"]).Distinct());
        Assert.DoesNotContain(".notes", run.Stderr);
        Assert.Contains($"sitrep: {ids.Count} stored, 0 already stored, 0 skipped", run.Stderr);
    }

    [Fact]
    public void The_month_header_of_a_text_dispatch_and_the_given_gazetteer_are_used()
    {
        // Given a French dispatch dated " date 2018-05" whose text names the day, "Lundi 21 mai", and the town Douma
        var work = cli.NewFolder("header");
        Dispatches.Write(Path.Combine(work, In, "fr-douma.txt"), Dispatches.FrenchDouma);

        // When it is analysed with the test gazetteer
        var run = cli.Analyze(work, In, "--out", "out", "--db", "sitrep.db");

        // Then the event is dated within May 2018 and placed at the test gazetteer's Douma, and the index file is not rewritten
        Assert.True(run.ExitCode == 0, run.ToString());
        var (_, rows) = Csv.ReadFile(Path.Combine(work, "out", ExportWriter.EventsCsvName));
        var douma = Assert.Single(rows, r => r["location"] == "Douma");
        Assert.Equal("fr-douma.txt", douma["dispatch_id"]);
        Assert.StartsWith("2018-05-", douma["event_date"]);
        Assert.Equal("2018", douma["year"]);
        var place = SitrepCli.GeoNamesLines[0].Split('\t');
        Assert.Equal((place[4], place[5]), (douma["latitude"], douma["longitude"]));
        Assert.Equal(cli.GazetteerBytes, File.ReadAllBytes(cli.Gazetteer));
    }

    /// <summary>A bad line between two good ones in <c>in/m.jsonl</c>, plus a good text file and a good JSONL file around it.</summary>
    [Theory]
    [InlineData("a byte that is not UTF-8, as in a Windows-1256 export", "{\"id\":\"x\",\"text\":\"Combats <FF> Douma\"}", null, "SR002")]
    [InlineData("a value that is not JSON: the column points at it", "{\"id\":\"y\", \"text\": oops}", 20, "SR004")]
    [InlineData("an array where an object is expected", "[1,2]", null, "SR004")]
    [InlineData("a text that is a number", "{\"id\":\"n\",\"text\":42}", null, "SR004")]
    [InlineData("a month that does not exist", "{\"id\":\"z\",\"date\":\"2019-13-01\",\"text\":\"Clashes in Idlib.\"}", null, "SR005")]
    [InlineData("the 30th of February", "{\"id\":\"f\",\"date\":\"2019-02-30\",\"text\":\"Clashes in Idlib.\"}", null, "SR005")]
    [InlineData("no text field", "{\"id\":\"w\",\"title\":\"Sans texte\"}", null, "SR006")]
    [InlineData("a null text", "{\"id\":\"w\",\"text\":null}", null, "SR006")]
    [InlineData("a text of blanks", "{\"id\":\"e\",\"text\":\"   \"}", null, "SR003")]
    public void A_bad_JSONL_line_is_reported_at_its_line_and_the_batch_goes_on(string why, string badLine, int? column, string code)
    {
        // Given a JSONL file whose second line is bad, between good lines and good files
        var work = cli.NewFolder("badline");
        WriteGoodNeighbours(work);
        Dispatches.Write(Path.Combine(work, In, "m.jsonl"), string.Join("\n",
            Dispatches.JsonLine("m-1", "2019-04-02", Dispatches.EnglishIdlib), badLine, Dispatches.JsonLine("m-3", "2019-04-03", Dispatches.EnglishHoms)) + "\n");

        // When the folder is analysed
        var run = cli.Analyze(work, In, "--out", "out", "--db", "sitrep.db");

        // Then stderr names the file, the line (and column) and the code, the good dispatches are exported, and the exit code is 2
        var where = Path.Combine(In, "m.jsonl") + ":2" + (column is int c ? $":{c}" : "");
        AssertSkipped(run, where, code, why);
        AssertExported(work, ["a-good.txt", "m-1", "m-3", "z-1"], why);
    }

    /// <summary>A bad file beside a good text file and a good JSONL file; a file with no content given is named on the command line but absent.</summary>
    [Theory]
    [InlineData("the file named on the command line does not exist", "absent.txt", null, null, "SR001")]
    [InlineData("an empty file", "empty.txt", "", null, "SR003")]
    [InlineData("a date header and nothing after it", "header-only.txt", " date 2018-05\n\n", null, "SR003")]
    [InlineData("the 30th of February in the date header", "bad-date.txt", " date 2018-02-30\nDes combats ont eu lieu à Douma.\n", 1, "SR005")]
    [InlineData("a Windows-1252 é on the second line", "latin1.txt", " date 2018-05-21\nDes combats ont eu lieu pr<E8>s de Douma.\n", 2, "SR002")]
    public void A_bad_file_is_reported_by_name_and_the_batch_goes_on(string why, string name, string? content, int? line, string code)
    {
        // Given a folder with a good text file, a good JSONL file and a bad file (or a missing file named after the folder)
        var work = cli.NewFolder("badfile");
        WriteGoodNeighbours(work);
        var path = Path.Combine(In, name);
        if (content is not null)
            Dispatches.Write(Path.Combine(work, path), content);

        // When the folder (and the missing file) are analysed
        var run = content is null ? cli.Analyze(work, In, path, "--out", "out", "--db", "sitrep.db") : cli.Analyze(work, In, "--out", "out", "--db", "sitrep.db");

        // Then stderr names the file (and the line) and the code, the good dispatches are exported, and the exit code is 2
        AssertSkipped(run, path + (line is int l ? $":{l}" : ""), code, why);
        AssertExported(work, ["a-good.txt", "z-1"], why);
    }

    [Theory]
    [InlineData(false, 0, "warning", "0 skipped", "a folder may keep a table beside its dispatches: it is passed over and the run is clean")]
    [InlineData(true, 2, "error", "1 skipped", "a table named on the command line was meant as dispatches: it is skipped and the exit code says so")]
    public void A_table_is_never_read_as_one_dispatch(bool named, int exitCode, string severity, string skipped, string why)
    {
        // Given good dispatches and a CSV of articles, in the folder or named beside it
        var work = cli.NewFolder("table");
        WriteGoodNeighbours(work);
        var csv = Path.Combine(named ? "tables" : In, "articles.csv");
        Dispatches.Write(Path.Combine(work, csv), "id,date,article_content\n1,2017-03-01,\"" + Dispatches.EnglishHoms + "\"\n");

        // When they are analysed
        var run = named ? cli.Analyze(work, In, csv, "--out", "out", "--db", "sitrep.db") : cli.Analyze(work, In, "--out", "out", "--db", "sitrep.db");

        // Then the CSV is named with SR008 and the fix, the good dispatches are exported, and the exit code follows
        Assert.True(run.ExitCode == exitCode, $"{why}: {run}");
        var line = Assert.Single(run.ErrorLines, l => l.Contains(" SR008: "));
        Assert.True(line.StartsWith($"{csv}: {severity} SR008: the file is a table (.csv), not a dispatch", StringComparison.Ordinal), $"{why}: got '{line}'");
        Assert.Contains(" Fix: ", line);
        Assert.Contains($"2 stored, 0 already stored, {skipped}", run.Stderr);
        AssertExported(work, ["a-good.txt", "z-1"], why);
    }

    [Fact]
    public void What_the_user_sees_when_inputs_are_bad()
    {
        // Given a folder with every kind of bad input, one good dispatch, and a file that does not exist
        var work = cli.NewFolder("stderr");
        Dispatches.Write(Path.Combine(work, In, "a-good.txt"), Dispatches.FrenchDouma);
        Dispatches.Write(Path.Combine(work, In, "bad-date.txt"), " date 2018-02-30\nDes combats ont eu lieu à Douma.\n");
        Dispatches.Write(Path.Combine(work, In, "empty.txt"), "");
        Dispatches.Write(Path.Combine(work, In, "lines.jsonl"), string.Join("\n",
            "{\"id\":\"x\",\"text\":\"Combats <FF> Douma\"}",
            "{\"id\":\"y\", \"text\": oops}",
            "{\"id\":\"z\",\"date\":\"2019-13-01\",\"text\":\"Clashes in Idlib.\"}",
            "{\"id\":\"w\",\"title\":\"Sans texte\"}",
            "{\"id\":\"l\",\"language\":\"ar\",\"text\":\"Rebels shelled Homs on Monday, killing 2 soldiers.\"}") + "\n");

        // When it is analysed quietly
        var run = cli.Analyze(work, In, Path.Combine(In, "absent.txt"), "--out", "out", "--db", "sitrep.db", "--quiet");

        // Then stderr is one line per problem, in reading order, then the summary (the timing masked)
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Stdout);
        Snapshot.Match("analyze-bad-inputs.stderr", Seconds().Replace(run.Stderr.Replace('\\', '/'), "<seconds>s"));
    }

    [Fact]
    public void A_clean_run_exits_0_without_errors_or_warnings()
    {
        // Given good dispatches only
        var work = cli.NewFolder("clean");
        var ids = Dispatches.WriteMixedFolder(Path.Combine(work, In));

        // When they are analysed
        var run = cli.Analyze(work, In, "--out", "out", "--db", "sitrep.db");

        // Then the exit code is 0 and stderr has no error or warning, only progress and the summary
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.All(run.ErrorLines, l => Assert.StartsWith("sitrep: ", l));
        Assert.Matches($@"^sitrep: {ids.Count} stored, 0 already stored, 0 skipped in \d+\.\ds; \d+ events and \d+ control statements written to out$", run.ErrorLines[^1]);
    }

    private static void WriteGoodNeighbours(string work)
    {
        Dispatches.Write(Path.Combine(work, In, "a-good.txt"), Dispatches.FrenchDouma);
        Dispatches.Write(Path.Combine(work, In, "z-good.jsonl"), Dispatches.JsonLine("z-1", "2019-04-04", Dispatches.EnglishAleppo) + "\n");
    }

    private static void AssertSkipped(CliRun run, string where, string code, string why)
    {
        Assert.True(run.ExitCode == 2, $"{why}: {run}");
        var line = Assert.Single(run.ErrorLines, l => l.Contains($" error {code}: "));
        Assert.True(line.StartsWith($"{where}: error {code}: ", StringComparison.Ordinal), $"{why}: expected '{where}: error {code}: ...', got '{line}'");
        Assert.Contains(" Fix: ", line);
        Assert.Contains("1 skipped", run.Stderr);
    }

    private static void AssertExported(string work, string[] ids, string why)
    {
        var (_, rows) = Csv.ReadFile(Path.Combine(work, "out", ExportWriter.EventsCsvName));
        Assert.True(ids.SequenceEqual(rows.Select(r => r["dispatch_id"]).Distinct()),
            $"{why}: exported {string.Join(", ", rows.Select(r => r["dispatch_id"]).Distinct())}, expected {string.Join(", ", ids)}");
    }

    [GeneratedRegex(@"\d+\.\ds")]
    private static partial Regex Seconds();
}
