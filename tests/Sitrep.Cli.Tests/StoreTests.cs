using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Sitrep.Cli.Tests.Internal;
using Sitrep.Export;

namespace Sitrep.Cli.Tests;

/// <summary>The store behind <c>--db</c>, seen from the command line: identity by content, transactions, schema versions.</summary>
[Collection(CliCollection.Name)]
public sealed partial class StoreTests(SitrepCli cli)
{
    [Fact]
    public void The_same_input_analysed_twice_is_stored_once_and_still_exported_under_its_id()
    {
        // Given a folder analysed once into a database
        var work = cli.NewFolder("twice");
        var ids = Dispatches.WriteMixedFolder(Path.Combine(work, "in"));
        var first = cli.Analyze(work, "in", "--out", "out1", "--db", "sitrep.db");
        Assert.True(first.ExitCode == 0, first.ToString());

        // When the same folder is analysed again into the same database
        var second = cli.Analyze(work, "in", "--out", "out2", "--db", "sitrep.db");

        // Then nothing new is stored, the run says so, and its events.csv lists the same events under the same ids
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Contains($"sitrep: 0 stored, {ids.Count} already stored, 0 skipped", second.Stderr);
        var before = Csv.ReadFile(Path.Combine(work, "out1", ExportWriter.EventsCsvName)).Rows;
        var after = Csv.ReadFile(Path.Combine(work, "out2", ExportWriter.EventsCsvName)).Rows;
        Assert.Equal(ids, after.Select(r => r["dispatch_id"]).Distinct());
        Assert.Equal(before.Select(r => (r["dispatch_id"], r["event_id_cnty"])), after.Select(r => (r["dispatch_id"], r["event_id_cnty"])));
        var export = cli.Run(work, "export", "--db", "sitrep.db", "--out", "all");
        Assert.Contains($"sitrep: {ids.Count} dispatches, {before.Count} events", export.Stderr);
    }

    [Fact]
    public void The_same_input_named_twice_in_one_run_is_exported_once()
    {
        // Given one dispatch file
        var work = cli.NewFolder("named-twice");
        Dispatches.Write(Path.Combine(work, "in", "fr-douma.txt"), Dispatches.FrenchDouma);

        // When it is named twice on the command line (regression: every event was written twice)
        var run = cli.Analyze(work, Path.Combine("in", "fr-douma.txt"), Path.Combine("in", "fr-douma.txt"), "--out", "out", "--db", "sitrep.db");

        // Then each event appears once
        Assert.True(run.ExitCode == 0, run.ToString());
        var rows = Csv.ReadFile(Path.Combine(work, "out", ExportWriter.EventsCsvName)).Rows;
        Assert.NotEmpty(rows);
        Assert.Equal(rows.Count, rows.Select(r => (r["dispatch_id"], r["event_id_cnty"])).Distinct().Count());
    }

    [Fact]
    public void Outputs_and_database_inside_the_input_folder_are_not_read_back_as_dispatches()
    {
        // Given a folder analysed with its outputs and database written inside it
        var work = cli.NewFolder("inside");
        Dispatches.Write(Path.Combine(work, "in", "fr-douma.txt"), Dispatches.FrenchDouma);
        var first = cli.Analyze(work, "in", "--out", Path.Combine("in", "out"), "--db", Path.Combine("in", "sitrep.db"));
        Assert.True(first.ExitCode == 0, first.ToString());

        // When the same command runs again
        var second = cli.Analyze(work, "in", "--out", Path.Combine("in", "out"), "--db", Path.Combine("in", "sitrep.db"));

        // Then events.csv, events.json, control.csv and the database are not taken for dispatches
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Contains("sitrep: 0 stored, 1 already stored, 0 skipped", second.Stderr);
    }

    [Fact]
    public void A_copy_under_another_name_is_not_stored_again_and_is_exported_under_its_new_name()
    {
        // Given a dispatch stored as fr-douma.txt
        var work = cli.NewFolder("copy");
        Dispatches.Write(Path.Combine(work, "in1", "fr-douma.txt"), Dispatches.FrenchDouma);
        Dispatches.Write(Path.Combine(work, "in2", "copie.txt"), Dispatches.FrenchDouma);
        var first = cli.Analyze(work, "in1", "--out", "out1", "--db", "sitrep.db");
        Assert.True(first.ExitCode == 0, first.ToString());

        // When the same text is analysed under the name copie.txt
        var second = cli.Analyze(work, "in2", "--out", "out2", "--db", "sitrep.db");

        // Then a warning says under which name it was stored, the run still succeeds, and events.csv joins back to copie.txt
        Assert.True(second.ExitCode == 0, second.ToString());
        var warning = Assert.Single(second.ErrorLines, l => l.Contains("SR020"));
        Assert.Equal($"{Path.Combine("in2", "copie.txt")}: warning SR020: this dispatch was already stored (as 'fr-douma.txt'); it was not stored again.", warning);
        var rows1 = Csv.ReadFile(Path.Combine(work, "out1", ExportWriter.EventsCsvName)).Rows;
        var rows2 = Csv.ReadFile(Path.Combine(work, "out2", ExportWriter.EventsCsvName)).Rows;
        Assert.NotEmpty(rows2);
        Assert.All(rows2, r => Assert.Equal("copie.txt", r["dispatch_id"]));
        Assert.Equal(rows1.Select(r => r["event_id_cnty"]), rows2.Select(r => r["event_id_cnty"]));
    }

    [Fact]
    public void Concurrent_runs_on_one_database_store_each_dispatch_exactly_once()
    {
        // Given 40 distinct dispatches
        var work = cli.NewFolder("concurrent");
        var lines = Enumerable.Range(1, 40).Select(i =>
            Dispatches.JsonLine($"c-{i}", $"2019-04-{i % 28 + 1:00}", $"Government forces shelled Idlib, killing {i + 1} civilians, activists said."));
        Dispatches.Write(Path.Combine(work, "in", "many.jsonl"), string.Join("\n", lines) + "\n");

        // When three processes analyse them into the same database at the same time
        var runs = Enumerable.Range(0, 3)
            .Select(i => Task.Run(() => cli.Analyze(work, "in", "--out", $"out{i}", "--db", "sitrep.db", "--quiet")))
            .ToArray();
        Task.WaitAll(runs);

        // Then each succeeds, their "stored" counts add up to 40, and the database holds 40 dispatches
        int stored = 0;
        foreach (var run in runs.Select(t => t.Result))
        {
            Assert.True(run.ExitCode == 0, run.ToString());
            var m = StoredCount().Match(run.Stderr);
            Assert.True(m.Success, run.ToString());
            stored += int.Parse(m.Groups[1].Value);
            Assert.Equal(40, int.Parse(m.Groups[1].Value) + int.Parse(m.Groups[2].Value));
        }
        Assert.Equal(40, stored);
        var export = cli.Run(work, "export", "--db", "sitrep.db", "--out", "all");
        Assert.Contains("sitrep: 40 dispatches,", export.Stderr);
    }

    [Theory]
    [InlineData("analyze refuses to migrate a database from the future", "analyze")]
    [InlineData("export refuses to read a database from the future", "export")]
    public void A_database_written_by_a_newer_Sitrep_is_refused_and_left_untouched(string why, string command)
    {
        // Given a Sitrep database whose schema_version says 999
        var work = cli.NewFolder("newer");
        Dispatches.Write(Path.Combine(work, "in", "fr-douma.txt"), Dispatches.FrenchDouma);
        Assert.Equal(0, cli.Analyze(work, "in", "--out", "out0", "--db", "sitrep.db").ExitCode);
        var db = Path.Combine(work, "sitrep.db");
        Sql(db, "INSERT INTO schema_version (version, name) VALUES (999, '0999_from_the_future.sql')");
        var hash = Hash(db);

        // When the command is given that database
        var run = command == "analyze"
            ? cli.Analyze(work, "in", "--out", "out", "--db", "sitrep.db")
            : cli.Run(work, "export", "--db", "sitrep.db", "--out", "out");

        // Then it stops with exit code 1 and a message that names the file, the version and what to do, and writes nothing
        Assert.True(run.ExitCode == 1, $"{why}: {run}");
        var error = Assert.Single(run.ErrorLines, l => l.StartsWith("error: ", StringComparison.Ordinal));
        Assert.Matches(@"^error: sitrep\.db: error SR030: the database has schema version 999, but this Sitrep only knows versions up to \d+; .* Fix: ", error);
        Assert.Equal(hash, Hash(db));
        Assert.False(Directory.Exists(Path.Combine(work, "out")), why);
    }

    [Theory]
    [InlineData("a text file given as the database", "text", "SR031")]
    [InlineData("another program's SQLite database", "sqlite", "SR032")]
    public void A_file_that_is_not_a_Sitrep_database_is_refused_and_left_untouched(string why, string kind, string code)
    {
        // Given a file at --db that is not a Sitrep database
        var work = cli.NewFolder("notsitrep");
        Dispatches.Write(Path.Combine(work, "in", "fr-douma.txt"), Dispatches.FrenchDouma);
        var db = Path.Combine(work, "other.db");
        if (kind == "text")
            File.WriteAllText(db, "id,name\n1,not a database\n");
        else
            Sql(db, "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)");
        var hash = Hash(db);

        // When analyze is given it
        var run = cli.Analyze(work, "in", "--out", "out", "--db", "other.db");

        // Then it stops with exit code 1 and the code of the problem, and the file is as it was
        Assert.True(run.ExitCode == 1, $"{why}: {run}");
        Assert.Contains($"error: other.db: error {code}: ", run.Stderr);
        Assert.Equal(hash, Hash(db));
        Assert.False(Directory.Exists(Path.Combine(work, "out")), why);
    }

    private static void Sql(string db, string sql)
    {
        using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = db, Pooling = false }.ToString()))
        {
            connection.Open();
            using var cmd = connection.CreateCommand();
            cmd.CommandText = sql;
            cmd.ExecuteNonQuery();
        }
        Assert.False(File.Exists(db + "-wal") && new FileInfo(db + "-wal").Length > 0, "the change must be in the database file itself");
    }

    private static string Hash(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));

    [GeneratedRegex(@"sitrep: (\d+) stored, (\d+) already stored, 0 skipped")]
    private static partial Regex StoredCount();
}
