using Npgsql;
using Sitrep.Cli.Tests.Internal;
using Sitrep.Export;

namespace Sitrep.Cli.Tests;

/// <summary>
/// <c>--db postgresql://...</c> from the command line: the same runs as with the SQLite file give the same files. The
/// server is the one in <c>SITREP_TEST_POSTGRES</c>, started by <c>./test.sh</c> (see tests/postgres/server.sh).
/// </summary>
[Collection(CliCollection.Name)]
public sealed class PostgresTests(SitrepCli cli)
{
    [Fact]
    public void Analyse_export_and_merge_give_the_same_files_on_a_PostgreSQL_server_as_on_the_SQLite_file()
    {
        // Given the same dispatches, and an empty PostgreSQL database named as a URL
        var work = cli.NewFolder("postgres");
        var ids = Dispatches.WriteMixedFolder(Path.Combine(work, "in"));
        var url = NewDatabaseUrl();

        // When each store is filled by analyze, analysed again (all duplicates), exported and merged
        var runs = new Dictionary<string, string[]>();
        foreach (var (name, db) in new[] { ("sqlite", "sitrep.db"), ("postgres", url) })
        {
            var first = cli.Analyze(work, "in", "--out", $"{name}-analyze", "--db", db);
            var again = cli.Analyze(work, "in", "--out", $"{name}-again", "--db", db, "-q");
            var export = cli.Run(work, "export", "--db", db, "--out", $"{name}-export");
            var merge = cli.Run(work, "merge", "--db", db, "--out", $"{name}-merge");
            foreach (var run in new[] { first, again, export, merge })
                Assert.True(run.ExitCode == 0, $"{name}: {run}");
            Assert.Contains($"sitrep: 0 stored, {ids.Count} already stored", again.Stderr);
            runs[name] =
            [
                Rows(work, $"{name}-analyze", ExportWriter.EventsCsvName), Rows(work, $"{name}-export", ExportWriter.EventsCsvName),
                Rows(work, $"{name}-merge", MergedExports.AcledCsvName), Rows(work, $"{name}-merge", MergedExports.UcdpCsvName),
                File.ReadAllText(Path.Combine(work, $"{name}-export", "control.csv")),
            ];
        }

        // Then every events.csv, merged export and control.csv is the same, but for the time of storage
        Assert.NotEmpty(runs["sqlite"][0]);
        Assert.Equal(runs["sqlite"], runs["postgres"]);
    }

    [Fact]
    public void A_server_that_cannot_be_reached_is_a_clear_error_and_nothing_is_written()
    {
        // Given dispatches and a URL where no server listens, with a password in it
        var work = cli.NewFolder("postgres-down");
        Dispatches.WriteMixedFolder(Path.Combine(work, "in"));
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        int port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();

        // When they are analysed into it
        var run = cli.Analyze(work, "in", "--out", "out", "--db", $"postgresql://analyst:hunter22@127.0.0.1:{port}/sitrep?connect_timeout=5");

        // Then the run stops before reading anything, with the store's code and fix, and without the password
        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("error SR034", run.Stderr);
        Assert.Contains("Fix:", run.Stderr);
        Assert.DoesNotContain("hunter22", run.Stderr + run.Stdout);
        Assert.False(Directory.Exists(Path.Combine(work, "out")));
    }

    /// <summary>The rows of a CSV export, without the storage time, one string a row.</summary>
    private static string Rows(string work, string folder, string file)
    {
        var rows = Csv.ReadFile(Path.Combine(work, folder, file)).Rows;
        return string.Join("\n", rows.Select(r => string.Join(",", r.Where(kv => kv.Key != "timestamp").Select(kv => $"{kv.Key}={kv.Value}"))));
    }

    /// <summary>A new empty database on the test server, as a postgresql:// URL (what a user types).</summary>
    private static string NewDatabaseUrl()
    {
        var admin = Environment.GetEnvironmentVariable("SITREP_TEST_POSTGRES") is { Length: > 0 } cs
            ? new NpgsqlConnectionStringBuilder(cs)
            : throw new InvalidOperationException("SITREP_TEST_POSTGRES is not set: run the tests with ./test.sh, which starts a throwaway PostgreSQL server (tests/postgres/server.sh).");
        var name = "sitrep_cli_" + Guid.NewGuid().ToString("N")[..12];
        using (var c = new NpgsqlConnection(admin.ConnectionString))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = $"CREATE DATABASE {name}";
            cmd.ExecuteNonQuery();
        }
        var host = admin.Host ?? "localhost";
        var user = Uri.EscapeDataString(admin.Username ?? "postgres");
        return host.StartsWith('/')
            ? $"postgresql://{user}@/{name}?host={Uri.EscapeDataString(host)}&port={admin.Port}"
            : $"postgresql://{user}@{host}:{admin.Port}/{name}";
    }
}
