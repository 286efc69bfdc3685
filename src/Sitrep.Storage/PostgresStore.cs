using System.Data.Common;
using NetTopologySuite.Geometries;
using Npgsql;
using Sitrep.Storage.Internal;

namespace Sitrep.Storage;

/// <summary>One stored event: event <paramref name="EventId"/> of the dispatch whose content hash is <paramref name="DispatchId"/>.</summary>
public sealed record StoredEventRef(string DispatchId, string EventId);

/// <summary>
/// The store on a PostgreSQL server with PostGIS, for teams that share one database: the same tables and SQL as
/// <see cref="SqliteStore"/> (see <see cref="DispatchStore"/>), with each located event and control statement also
/// kept as a PostGIS point (<c>geom</c>, WGS 84 geography, GiST-indexed) for spatial queries such as
/// <see cref="EventsWithin"/>. The database must exist; its tables are created by the embedded migrations
/// (<c>Migrations/postgres/</c>), which enable PostGIS in it.
/// </summary>
public sealed class PostgresStore : DispatchStore
{
    private const string UniqueViolation = "23505";

    private readonly NpgsqlDataSource source;

    private PostgresStore(NpgsqlDataSource source, NpgsqlConnection connection, string display, int schemaVersion)
        : base(connection, display, schemaVersion)
    {
        this.source = source;
    }

    /// <summary>The newest schema version this code knows (the number of its highest PostgreSQL migration).</summary>
    public static int LatestSchemaVersion => Migrations.Postgres.Latest;

    /// <summary>
    /// Connects to the server and database that <paramref name="address"/> names (a <c>postgresql://</c> URL or an
    /// Npgsql connection string) and brings the schema up to date. An unreadable address, a server that cannot be
    /// reached, a missing database, a database that is not Sitrep's or is newer, or one where PostGIS cannot be
    /// enabled, is a <see cref="StoreException"/> that says what to do.
    /// </summary>
    public static new PostgresStore Open(string address)
    {
        var parsed = PostgresAddress.Parse(address);
        var builder = new NpgsqlDataSourceBuilder(parsed.ConnectionString);
        builder.UseNetTopologySuite();
        var source = builder.Build();
        NpgsqlConnection? connection = null;
        try
        {
            connection = source.OpenConnection();
            int before = Migrations.Postgres.Check(connection, parsed.Display);
            int version = Migrations.Postgres.Apply(connection, before);
            if (version != before)
                connection.ReloadTypes(); // the first migration enables PostGIS: its geometry types are new to this connection
            return new PostgresStore(source, connection, parsed.Display, version);
        }
        catch (PostgresException e) when (e.SqlState == "3D000") // invalid_catalog_name
        {
            Release(source, connection);
            throw StoreException.NoDatabase(parsed.Display, new NpgsqlConnectionStringBuilder(parsed.ConnectionString).Database ?? "", e);
        }
        catch (PostgresException e) when (e.SqlState is "0A000" or "58P01" or "42501" && e.MessageText.Contains("postgis", StringComparison.OrdinalIgnoreCase)
                                          || e.SqlState == "42501" && e.MessageText.Contains("extension", StringComparison.OrdinalIgnoreCase))
        {
            Release(source, connection);
            throw StoreException.NoPostGis(parsed.Display, e);
        }
        catch (NpgsqlException e) when (connection is null || e is not PostgresException)
        {
            Release(source, connection);
            throw StoreException.Unreachable(parsed.Display, e);
        }
        catch
        {
            Release(source, connection);
            throw;
        }
    }

    /// <summary>
    /// The stored events whose point lies in <paramref name="area"/> (longitude/latitude, WGS 84; a polygon or
    /// multipolygon such as a governorate's boundary), in the order they were stored. Events without a place are never
    /// in an area. This asks PostGIS (the GiST index on <c>events.geom</c>), not every row.
    /// </summary>
    public IReadOnlyList<StoredEventRef> EventsWithin(Geometry area)
    {
        ArgumentNullException.ThrowIfNull(area);
        if (area.SRID is not (0 or 4326))
            throw new ArgumentException($"the area must be in longitude/latitude (SRID 4326), not SRID {area.SRID}", nameof(area));
        var lonLat = area.SRID == 4326 ? area : WithSrid(area);
        using var cmd = Connection.CreateCommand();
        cmd.CommandText =
            "SELECT e.dispatch_id, e.id FROM events e JOIN dispatches d ON d.id = e.dispatch_id " +
            "WHERE ST_Covers(@area::geography, e.geom) ORDER BY d.seq, e.ord";
        Insert.Parameter(cmd, "@area").Value = lonLat;
        var list = new List<StoredEventRef>();
        using var r = cmd.ExecuteReader();
        while (r.Read())
            list.Add(new StoredEventRef(r.GetString(0), r.GetString(1)));
        return list;
    }

    private protected override bool IsDuplicateKey(DbException e) => e is PostgresException { SqlState: UniqueViolation };

    protected override void Dispose(bool disposing)
    {
        if (disposing)
            source.Dispose();
    }

    private static Geometry WithSrid(Geometry area)
    {
        var copy = area.Copy();
        copy.SRID = 4326;
        return copy;
    }

    private static void Release(NpgsqlDataSource source, NpgsqlConnection? connection)
    {
        connection?.Dispose();
        source.Dispose();
    }
}
