using System.Data.Common;
using NodaTime;
using Sitrep.Core.Model;

namespace Sitrep.Storage.Internal;

/// <summary>Reads dispatches back as <see cref="StoredDispatch"/> values, with prepared per-dispatch queries.</summary>
internal sealed class DispatchReader : IDisposable
{
    private const string PlaceSelect =
        "place_id, place_name, place_kind, latitude, longitude, country_code, admin1, admin1_pcode, admin2, admin2_pcode, admin3, admin3_pcode, population";

    private const string DispatchSelect =
        "SELECT id, external_id, text, language, date_year, date_month, date_day, source, url, title, origin_file, origin_line, stored_at_ticks FROM dispatches";

    private readonly DbConnection connection;
    private readonly DbCommand events, assoc, claims, control, evidence;

    public DispatchReader(DbConnection connection)
    {
        this.connection = connection;
        events = Prepare(
            $"SELECT ord, id, record_dispatch, event_type, sub_event_type, actor1_id, actor1_name, actor1_inter, actor2_id, actor2_name, actor2_inter, " +
            $"date_from, date_to, time_precision, {PlaceSelect}, geo_precision, uncertainty_km, " +
            "fatalities_low, fatalities_best, fatalities_high, fatalities_qual, civilians_low, civilians_best, civilians_high, civilians_qual, aggregate, notes " +
            "FROM events WHERE dispatch_id = @d ORDER BY ord");
        assoc = Prepare("SELECT event_ord, side, actor_id, actor_name, actor_inter FROM event_assoc_actors WHERE dispatch_id = @d ORDER BY event_ord, side, ord");
        claims = Prepare(
            "SELECT event_ord, source, range_start, range_end, says, figure_low, figure_best, figure_high, figure_qual, rule " +
            "FROM claims WHERE dispatch_id = @d ORDER BY event_ord, ord");
        control = Prepare(
            $"SELECT ord, id, record_dispatch, area, {PlaceSelect}, controller_id, controller_name, controller_inter, share, as_of_from, as_of_to, as_of_precision " +
            "FROM control WHERE dispatch_id = @d ORDER BY ord");
        evidence = Prepare("SELECT owner, owner_ord, field, range_start, range_end, rule FROM evidence WHERE dispatch_id = @d ORDER BY owner, owner_ord, ord");
    }

    /// <summary>
    /// Every stored dispatch in the order it was stored. The ids are read first and each dispatch then on its own,
    /// so that no query is left open while another runs (PostgreSQL allows one active query per connection).
    /// </summary>
    public IEnumerable<StoredDispatch> All()
    {
        var ids = new List<string>();
        using (var cmd = connection.CreateCommand())
        {
            cmd.CommandText = "SELECT id FROM dispatches ORDER BY seq";
            using var r = cmd.ExecuteReader();
            while (r.Read())
                ids.Add(r.GetString(0));
        }
        foreach (var id in ids)
        {
            if (One(id) is { } stored)
                yield return stored;
        }
    }

    public StoredDispatch? One(string dispatchId)
    {
        Dispatch dispatch;
        Instant storedAt;
        using (var cmd = connection.CreateCommand())
        {
            cmd.CommandText = DispatchSelect + " WHERE id = @d";
            Insert.Parameter(cmd, "@d").Value = dispatchId;
            using var r = cmd.ExecuteReader();
            if (!r.Read())
                return null;
            (dispatch, storedAt) = ReadDispatch(r);
        }
        var evidenceOf = ReadEvidence(dispatch.Id);
        var eventList = ReadEvents(dispatch.Id, evidenceOf);
        var controlList = ReadControl(dispatch.Id, evidenceOf);
        return new StoredDispatch(dispatch, eventList, controlList, storedAt);
    }

    private static (Dispatch, Instant) ReadDispatch(DbDataReader r)
    {
        DispatchDate? date = r.IsDBNull(4) ? null : new DispatchDate(r.GetInt32(4), r.GetInt32(5), NullableInt(r, 6));
        var dispatch = new Dispatch(
            Id: r.GetString(0),
            ExternalId: r.GetString(1),
            Text: r.GetString(2),
            Language: Codes.Language(r.GetString(3)),
            Date: date,
            Source: NullableString(r, 7),
            Url: NullableString(r, 8),
            Title: NullableString(r, 9),
            Origin: new InputOrigin(r.GetString(10), NullableInt(r, 11)));
        return (dispatch, Instant.FromUnixTimeTicks(r.GetInt64(12)));
    }

    private Dictionary<(string Owner, int Ord), List<Evidence>> ReadEvidence(string dispatchId)
    {
        var map = new Dictionary<(string, int), List<Evidence>>();
        using var r = Run(evidence, dispatchId);
        while (r.Read())
        {
            var key = (r.GetString(0), r.GetInt32(1));
            if (!map.TryGetValue(key, out var list))
                map[key] = list = [];
            list.Add(new Evidence(r.GetString(2), new TextRange(r.GetInt32(3), r.GetInt32(4)), r.GetString(5)));
        }
        return map;
    }

    private List<EventRecord> ReadEvents(string dispatchId, Dictionary<(string Owner, int Ord), List<Evidence>> evidenceOf)
    {
        var assocOf = new Dictionary<(int Ord, int Side), List<Actor>>();
        using (var r = Run(assoc, dispatchId))
        {
            while (r.Read())
            {
                var key = (r.GetInt32(0), r.GetInt32(1));
                if (!assocOf.TryGetValue(key, out var list))
                    assocOf[key] = list = [];
                list.Add(new Actor(r.GetString(2), r.GetString(3), (InterCode)r.GetInt32(4)));
            }
        }
        var claimsOf = new Dictionary<int, List<Claim>>();
        using (var r = Run(claims, dispatchId))
        {
            while (r.Read())
            {
                int ord = r.GetInt32(0);
                if (!claimsOf.TryGetValue(ord, out var list))
                    claimsOf[ord] = list = [];
                list.Add(new Claim(r.GetString(1), new TextRange(r.GetInt32(2), r.GetInt32(3)), r.GetString(4), ReadQuantity(r, 5), r.GetString(9)));
            }
        }

        var result = new List<EventRecord>();
        using (var r = Run(events, dispatchId))
        {
            while (r.Read())
            {
                int ord = r.GetInt32(0);
                var place = ReadPlace(r, 14);
                result.Add(new EventRecord(
                    Id: r.GetString(1),
                    DispatchId: r.GetString(2),
                    EventType: r.GetString(3),
                    SubEventType: r.GetString(4),
                    Actor1: ReadActor(r, 5),
                    Actor2: ReadActor(r, 8),
                    AssocActors1: assocOf.GetValueOrDefault((ord, 1)) ?? [],
                    AssocActors2: assocOf.GetValueOrDefault((ord, 2)) ?? [],
                    When: ReadSpan(r, 11),
                    Where: place is null ? null : new EventLocation(place, r.GetInt32(27), r.GetDouble(28)),
                    Fatalities: ReadQuantity(r, 29),
                    CivilianFatalities: ReadQuantity(r, 33),
                    Aggregate: r.GetInt32(37) == 1,
                    Claims: claimsOf.GetValueOrDefault(ord) ?? [],
                    Evidence: evidenceOf.GetValueOrDefault(("event", ord)) ?? [],
                    Notes: r.GetString(38)));
            }
        }
        return result;
    }

    private List<ControlAssertion> ReadControl(string dispatchId, Dictionary<(string Owner, int Ord), List<Evidence>> evidenceOf)
    {
        var result = new List<ControlAssertion>();
        using var r = Run(control, dispatchId);
        while (r.Read())
        {
            int ord = r.GetInt32(0);
            result.Add(new ControlAssertion(
                Id: r.GetString(1),
                DispatchId: r.GetString(2),
                Area: r.GetString(3),
                AreaPlace: ReadPlace(r, 4),
                Controller: ReadActor(r, 17)!,
                Share: Codes.Share(r.GetString(20)),
                AsOf: ReadSpan(r, 21),
                Evidence: evidenceOf.GetValueOrDefault(("control", ord)) ?? []));
        }
        return result;
    }

    /// <summary>Thirteen place columns from <paramref name="i"/>, in the order of <see cref="PlaceSelect"/>.</summary>
    private static Place? ReadPlace(DbDataReader r, int i) => r.IsDBNull(i)
        ? null
        : new Place(
            Id: r.GetString(i),
            Name: r.GetString(i + 1),
            Kind: Codes.Named<PlaceKind>(r.GetString(i + 2)),
            Latitude: r.GetDouble(i + 3),
            Longitude: r.GetDouble(i + 4),
            CountryCode: r.GetString(i + 5),
            Admin: new AdminAreas(
                NullableString(r, i + 6), NullableString(r, i + 7), NullableString(r, i + 8),
                NullableString(r, i + 9), NullableString(r, i + 10), NullableString(r, i + 11)),
            Population: r.GetInt64(i + 12));

    private static Actor? ReadActor(DbDataReader r, int i) =>
        r.IsDBNull(i) ? null : new Actor(r.GetString(i), r.GetString(i + 1), (InterCode)r.GetInt32(i + 2));

    private static DateSpan? ReadSpan(DbDataReader r, int i) =>
        r.IsDBNull(i) ? null : new DateSpan(Codes.Day(r.GetString(i)), Codes.Day(r.GetString(i + 1)), (TimePrecision)r.GetInt32(i + 2));

    private static Quantity? ReadQuantity(DbDataReader r, int i) =>
        r.IsDBNull(i) ? null : new Quantity(r.GetInt64(i), r.GetInt64(i + 1), r.GetInt64(i + 2), Codes.Named<QuantityQualifier>(r.GetString(i + 3)));

    private static string? NullableString(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private static int? NullableInt(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetInt32(i);

    private DbCommand Prepare(string sql)
    {
        var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        Insert.Parameter(cmd, "@d");
        return cmd;
    }

    private static DbDataReader Run(DbCommand cmd, string dispatchId)
    {
        cmd.Parameters[0].Value = dispatchId;
        return cmd.ExecuteReader();
    }

    public void Dispose()
    {
        events.Dispose();
        assoc.Dispose();
        claims.Dispose();
        control.Dispose();
        evidence.Dispose();
    }
}
