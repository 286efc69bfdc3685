using Npgsql;
using Sitrep.Storage.Internal;

namespace Sitrep.Storage.Tests.Postgres;

/// <summary>How a --db value is read as a PostgreSQL address (no server needed).</summary>
public sealed class PostgresAddressTests
{
    [Theory]
    [InlineData("sitrep.db", false, "a plain file name is the embedded SQLite store")]
    [InlineData("/data/runs/postgres-export.db", false, "a path that mentions postgres is still a file")]
    [InlineData("postgresql://localhost/sitrep", true, "the libpq URL scheme")]
    [InlineData("POSTGRES://localhost/sitrep", true, "the short scheme, in any case")]
    [InlineData("Host=db.example.org;Database=sitrep;Username=analyst", true, "an Npgsql connection string")]
    [InlineData("Host=notes.db", false, "'Host=' without a ';' is too thin a sign: it is read as a file name")]
    public void A_db_value_names_a_server_or_a_file(string db, bool server, string why) =>
        Assert.True(DispatchStore.IsServer(db) == server, why);

    [Theory]
    [InlineData("postgresql://analyst:pa%40ss@db.example.org:6543/events", "db.example.org", 6543, "events", "analyst", "pa@ss", "postgresql://analyst@db.example.org:6543/events", "every part, with a percent-escaped password")]
    [InlineData("postgres://db.example.org/sitrep", "db.example.org", 5432, "sitrep", null, null, "postgresql://db.example.org:5432/sitrep", "no user, no port: the default port")]
    [InlineData("postgresql:///sitrep?host=/run/postgresql&user=ops", "/run/postgresql", 5432, "sitrep", "ops", null, "postgresql://ops@/sitrep?host=/run/postgresql&port=5432", "a Unix socket folder and the user as URL parameters")]
    [InlineData("postgresql://[::1]:5433/sitrep", "::1", 5433, "sitrep", null, null, "postgresql://::1:5433/sitrep", "an IPv6 host in brackets")]
    [InlineData("postgresql:///sitrep", "localhost", 5432, "sitrep", null, null, "postgresql://localhost:5432/sitrep", "no host: localhost")]
    [InlineData("Host=10.0.0.5;Port=5000;Database=s;Username=u;Password=pw", "10.0.0.5", 5000, "s", "u", "pw", "postgresql://u@10.0.0.5:5000/s", "an Npgsql connection string as it is")]
    public void A_server_address_is_read_and_shown_without_its_password(string db, string host, int port, string database, string? user, string? password, string display, string why)
    {
        var address = PostgresAddress.Parse(db);
        var cs = new NpgsqlConnectionStringBuilder(address.ConnectionString);
        Assert.True((host, port, database, user, password) == (cs.Host, cs.Port, cs.Database, cs.Username, cs.Password),
            $"{why}: got {cs.Host}, {cs.Port}, {cs.Database}, {cs.Username}");
        Assert.Equal(display, address.Display);
    }

    [Theory]
    [InlineData("postgresql://u:topsecret@host:99999/db", "port '99999'", "a port out of range")]
    [InlineData("postgresql://u:topsecret@host:54x2/db", "port '54x2'", "a port that is not a number")]
    [InlineData("postgresql://u:topsecret@host/db?sslmod=require", "'sslmod'", "a misspelt URL parameter is named, with the ones that are read")]
    [InlineData("Host=h;Password=topsecret;Colour=blue", "Colour", "a connection-string keyword Npgsql does not know")]
    public void A_bad_address_names_what_is_wrong_and_hides_the_password(string db, string named, string why)
    {
        var error = Assert.Throws<StoreException>(() => PostgresAddress.Parse(db));
        Assert.Equal("SR036", error.Code);
        Assert.True(error.Message.Contains(named, StringComparison.OrdinalIgnoreCase), $"{why}: {error.Message}");
        Assert.DoesNotContain("topsecret", error.Message);
    }
}
