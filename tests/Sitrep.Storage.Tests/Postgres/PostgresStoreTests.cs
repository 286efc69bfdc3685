using System.Net;
using System.Net.Sockets;
using NetTopologySuite.Geometries;
using NodaTime;
using Npgsql;
using Sitrep.Core.Model;

namespace Sitrep.Storage.Tests.Postgres;

/// <summary>What only the PostgreSQL store does: its migrations and PostGIS, its errors, races between processes, spatial queries.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresStoreTests(TestServer server)
{
    private static readonly Instant StoredAt = Instant.FromUtc(2019, 6, 10, 8, 30, 15);
    private static readonly GeometryFactory LonLat = new(new PrecisionModel(), 4326);

    [Fact]
    public void An_empty_database_gets_every_migration_PostGIS_and_a_point_for_each_located_event()
    {
        // Given an empty database
        var cs = server.NewDatabase();

        // When the store is opened and a dispatch saved
        using (var store = PostgresStore.Open(cs))
        {
            Assert.Equal(PostgresStore.LatestSchemaVersion, store.SchemaVersion);
            store.Save(Samples.Rich(), StoredAt);
        }

        // Then each migration is recorded once, PostGIS is on, and the located event has its point (the aggregate over
        // a province has the province's point; the control statement without a place has none)
        Assert.Equal((long)PostgresStore.LatestSchemaVersion, Convert.ToInt64(TestServer.Scalar(cs, "SELECT COUNT(*) FROM schema_version")));
        Assert.Equal(1L, Convert.ToInt64(TestServer.Scalar(cs, "SELECT COUNT(*) FROM pg_extension WHERE extname = 'postgis'")));
        Assert.Equal("POINT(36.7654321 35.1234567)", TestServer.Scalar(cs, "SELECT ST_AsText(geom) FROM events WHERE id = 'E1'"));
        Assert.Equal(1L, Convert.ToInt64(TestServer.Scalar(cs, "SELECT COUNT(*) FROM control WHERE geom IS NULL")));
    }

    [Fact]
    public void Reopening_applies_nothing_again_and_keeps_the_data()
    {
        // Given a store with one dispatch
        var cs = server.NewDatabase();
        using (var store = PostgresStore.Open(cs))
            store.Save(Samples.Rich(), StoredAt);

        // When it is opened twice more
        using (PostgresStore.Open(cs)) { }
        using var again = PostgresStore.Open(cs);

        // Then each migration is still recorded once and the dispatch is there
        Assert.Equal((long)PostgresStore.LatestSchemaVersion, Convert.ToInt64(TestServer.Scalar(cs, "SELECT COUNT(*) FROM schema_version")));
        Assert.True(again.Contains(Samples.Rich().Dispatch.Id));
    }

    [Fact]
    public void A_database_from_a_newer_Sitrep_is_refused_untouched()
    {
        // Given a database one schema version ahead of this code
        var cs = server.NewDatabase();
        int newer = PostgresStore.LatestSchemaVersion + 1;
        using (var store = PostgresStore.Open(cs))
            store.ExecuteScalar($"INSERT INTO schema_version (version, name) VALUES ({newer}, 'future.sql')");

        // When it is opened, Then it is refused with both versions named, and left as it was
        var error = Assert.Throws<StoreException>(() => PostgresStore.Open(cs));
        Assert.Equal("SR030", error.Code);
        Assert.Contains($"schema version {newer}", error.Message);
        Assert.Equal(newer, Convert.ToInt32(TestServer.Scalar(cs, "SELECT MAX(version) FROM schema_version")));
    }

    [Fact]
    public void Someone_elses_database_is_refused_and_gets_no_Sitrep_tables()
    {
        // Given a database holding another program's table
        var cs = server.NewDatabase();
        TestServer.Execute(cs, "CREATE TABLE customers (id integer PRIMARY KEY, name text)");

        // When it is opened as a store
        var error = Assert.Throws<StoreException>(() => PostgresStore.Open(cs));

        // Then it is refused by name, and no table was added
        Assert.Equal("SR032", error.Code);
        Assert.Contains("'customers'", error.Message);
        Assert.Equal(0L, Convert.ToInt64(TestServer.Scalar(cs, "SELECT COUNT(*) FROM information_schema.tables WHERE table_name IN ('dispatches', 'schema_version')")));
    }

    [Theory]
    [InlineData("no-database", "SR035", "a database that does not exist: the fix says how to create it")]
    [InlineData("no-server", "SR034", "nothing listens at the address: the fix says the embedded default needs no server")]
    [InlineData("wrong-user", "SR034", "the server refuses a role it does not know")]
    public void A_server_or_database_that_cannot_be_used_is_a_store_error_without_the_password(string problem, string code, string why)
    {
        // Given an address that cannot be used, with a password in it
        var admin = new NpgsqlConnectionStringBuilder(TestServer.Admin) { Password = "s3cret-pw", Timeout = 5 };
        var address = problem switch
        {
            "no-database" => new NpgsqlConnectionStringBuilder(admin.ConnectionString) { Database = "sitrep_missing_" + Guid.NewGuid().ToString("N")[..8] },
            "no-server" => new NpgsqlConnectionStringBuilder(admin.ConnectionString) { Host = "127.0.0.1", Port = FreePort() },
            _ => new NpgsqlConnectionStringBuilder(admin.ConnectionString) { Username = "nobody_" + Guid.NewGuid().ToString("N")[..8], Database = "postgres" },
        };

        // When it is opened
        var error = Assert.Throws<StoreException>(() => DispatchStore.Open(address.ConnectionString));

        // Then the error has its code and a fix, and never shows the password
        Assert.True(error.Code == code, $"{why}: got {error.Code}: {error.Message}");
        Assert.False(string.IsNullOrWhiteSpace(error.Fix));
        Assert.DoesNotContain("s3cret-pw", error.Message);
        Assert.StartsWith("postgresql://", error.Path);
    }

    [Fact]
    public void A_dispatch_stored_by_another_process_between_the_check_and_the_insert_is_reported_as_already_stored()
    {
        // Given two stores on one database, and a save that lets the other store save the same dispatch first,
        // after its own duplicate check and before its first row
        var cs = server.NewDatabase();
        using var mine = PostgresStore.Open(cs);
        using var theirs = PostgresStore.Open(cs);
        mine.BeforeWriteStep = step =>
        {
            if (step == "dispatch")
                Assert.IsType<SaveResult.Stored>(theirs.Save(Samples.Rich("their-name"), StoredAt));
        };

        // When this store saves it
        var result = mine.Save(Samples.Rich("my-name"), StoredAt);

        // Then the unique key catches the race: already stored under their name, stored once, nothing half-written
        Assert.Equal("their-name", Assert.IsType<SaveResult.AlreadyStored>(result).ExistingExternalId);
        Assert.Equal(1, mine.Count);
        Assert.Equal(2, Convert.ToInt32(mine.ExecuteScalar("SELECT COUNT(*) FROM events")));
    }

    [Theory]
    [InlineData(36.5, 34.9, 37.2, 35.5, "E1,E2", "a box over Hama holds the village event and the province-wide one (at the province's point)")]
    [InlineData(36.0, 33.3, 36.6, 33.7, "", "a box over Damascus holds neither")]
    [InlineData(36.7, 35.1, 36.8, 35.15, "E1", "a small box around the village holds only the village event")]
    public void Events_within_an_area_are_found_by_their_point(double west, double south, double east, double north, string expected, string why)
    {
        // Given a store with a village event (Tell Qamar, Hama), a province-wide event (Hama's centre) and an unlocated one
        using var store = PostgresStore.Open(server.NewDatabase());
        var doc = Samples.Rich();
        store.Save(doc, StoredAt);
        store.Save(Samples.Small("unlocated", "Dozens of teachers marched on Sunday over unpaid salaries."), StoredAt);

        // When the events within the box are asked for
        var box = LonLat.ToGeometry(new Envelope(west, east, south, north));
        var found = store.EventsWithin(box);

        // Then they are the expected ones, of the right dispatch
        var wanted = expected.Split(',', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(wanted.SequenceEqual(found.Select(f => f.EventId)), $"{why}: got [{string.Join(", ", found)}]");
        Assert.All(found, f => Assert.Equal(doc.Dispatch.Id, f.DispatchId));
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
