using Microsoft.Data.Sqlite;
using NodaTime;

namespace Sitrep.Storage.Tests;

public sealed class MigrationTests : TempFolder
{
    private static long Scalar(string path, string sql)
    {
        using var c = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        return Convert.ToInt64(cmd.ExecuteScalar());
    }

    [Fact]
    public void Opening_a_missing_file_creates_it_with_every_migration_applied()
    {
        // Given a path where no file exists, in a folder that does not exist yet
        var path = Path.Combine(Folder, "sub", "new.db");

        // When the store is opened
        using (var store = SqliteStore.Open(path))
        {
            // Then it is at the latest version, and empty
            Assert.Equal(SqliteStore.LatestSchemaVersion, store.SchemaVersion);
            Assert.Equal(0, store.Count);
        }
        Assert.True(File.Exists(path));
        Assert.Equal(SqliteStore.LatestSchemaVersion, Scalar(path, "SELECT COUNT(*) FROM schema_version"));
        Assert.Equal(SqliteStore.LatestSchemaVersion, Scalar(path, "SELECT MAX(version) FROM schema_version"));
        Assert.Equal(1, Scalar(path, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'events'"));
    }

    [Fact]
    public void Reopening_applies_nothing_again_and_keeps_the_data()
    {
        // Given a store with one dispatch
        using (var store = SqliteStore.Open(DbPath))
            store.Save(Samples.Rich(), Instant.FromUnixTimeSeconds(1_560_000_000));

        // When it is opened twice more
        using (SqliteStore.Open(DbPath)) { }
        using var again = SqliteStore.Open(DbPath);

        // Then each migration is recorded once and the dispatch is still there
        Assert.Equal(SqliteStore.LatestSchemaVersion, again.SchemaVersion);
        Assert.Equal(SqliteStore.LatestSchemaVersion, Scalar(DbPath, "SELECT COUNT(*) FROM schema_version"));
        Assert.Equal(1, again.Count);
        Assert.True(again.Contains(Samples.Rich().Dispatch.Id));
    }

    [Fact]
    public void A_database_from_a_newer_Sitrep_is_refused_untouched()
    {
        // Given a database whose schema is one version ahead of this code
        int newer = SqliteStore.LatestSchemaVersion + 1;
        using (var store = SqliteStore.Open(DbPath))
            store.ExecuteScalar($"INSERT INTO schema_version (version, name) VALUES ({newer}, '{newer:D4}_future.sql')");

        // When it is opened
        var error = Assert.Throws<StoreException>(() => SqliteStore.Open(DbPath));

        // Then the error names both versions and what to do, and the file is as it was
        Assert.Equal("SR030", error.Code);
        Assert.Contains($"schema version {newer}", error.Message);
        Assert.Contains($"up to {SqliteStore.LatestSchemaVersion}", error.Message);
        Assert.Contains("--db", error.Fix);
        Assert.Equal(newer, Scalar(DbPath, "SELECT MAX(version) FROM schema_version"));
    }

    [Theory]
    [InlineData("text", "SR031", "a text file given as --db is not SQLite at all")]
    [InlineData("foreign", "SR032", "someone else's SQLite database must not get Sitrep tables added to it")]
    public void A_file_that_is_not_a_Sitrep_database_is_refused(string kind, string code, string why)
    {
        // Given such a file
        if (kind == "text")
            File.WriteAllText(DbPath, "id,text\n1,this is a CSV file, not a database, and it is long enough to have a header\n");
        else
        {
            using var c = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = DbPath, Pooling = false }.ToString());
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)";
            cmd.ExecuteNonQuery();
        }

        // When it is opened, Then it is refused with the expected code
        var error = Assert.Throws<StoreException>(() => SqliteStore.Open(DbPath));
        Assert.True(error.Code == code, $"{why}: got {error.Code}: {error.Message}");
    }
}
