using System.Data.Common;
using NodaTime;
using Sitrep.Core.Model;

namespace Sitrep.Storage.Internal;

/// <summary>
/// Writes one dispatch and everything coded in it inside the caller's transaction. Where the database takes a
/// <see cref="DbBatch"/> (PostgreSQL), the rows are gathered per table and sent together, parents first, as
/// multi-row INSERTs in one batch: one round trip a dispatch instead of one a row. Elsewhere (SQLite, in the
/// process) each row is inserted as it comes, through one reused command per table, which is faster there.
/// <see cref="BeforeStep"/> lets tests make a save fail half-way.
/// </summary>
internal sealed class DispatchWriter : IDisposable
{
    private static readonly string[] PlaceColumns =
    [
        "place_id", "place_name", "place_kind", "latitude", "longitude", "country_code",
        "admin1", "admin1_pcode", "admin2", "admin2_pcode", "admin3", "admin3_pcode", "population",
    ];

    private readonly Insert dispatches, events, assoc, claims, control, evidence;

    /// <summary>The tables in the order their gathered rows are sent: every row after the row it refers to.</summary>
    private readonly Insert[] tables;

    /// <summary>Where the database takes batches (PostgreSQL), the one that carries each dispatch, reused.</summary>
    private readonly DbBatch? batch;

    private DbTransaction? tx; // the transaction of the dispatch being written

    public DispatchWriter(DbConnection connection)
    {
        dispatches = new Insert(connection, "dispatches",
            "id", "external_id", "text", "language", "date_year", "date_month", "date_day",
            "source", "url", "title", "origin_file", "origin_line", "stored_at_ticks");
        events = new Insert(connection, "events",
            [
                "dispatch_id", "ord", "id", "record_dispatch", "event_type", "sub_event_type",
                "actor1_id", "actor1_name", "actor1_inter", "actor2_id", "actor2_name", "actor2_inter",
                "date_from", "date_to", "time_precision",
                .. PlaceColumns, "geo_precision", "uncertainty_km",
                "fatalities_low", "fatalities_best", "fatalities_high", "fatalities_qual",
                "civilians_low", "civilians_best", "civilians_high", "civilians_qual",
                "aggregate", "notes",
            ]);
        assoc = new Insert(connection, "event_assoc_actors",
            "dispatch_id", "event_ord", "side", "ord", "actor_id", "actor_name", "actor_inter");
        claims = new Insert(connection, "claims",
            "dispatch_id", "event_ord", "ord", "source", "range_start", "range_end", "says",
            "figure_low", "figure_best", "figure_high", "figure_qual", "rule");
        control = new Insert(connection, "control",
            [
                "dispatch_id", "ord", "id", "record_dispatch", "area", .. PlaceColumns,
                "controller_id", "controller_name", "controller_inter", "share",
                "as_of_from", "as_of_to", "as_of_precision",
            ]);
        evidence = new Insert(connection, "evidence",
            "dispatch_id", "owner", "owner_ord", "ord", "field", "range_start", "range_end", "rule");
        tables = [dispatches, events, assoc, claims, control, evidence];
        if (connection.CanCreateBatch)
            batch = connection.CreateBatch();
    }

    /// <summary>Called before each row is written (or gathered for the batch), with the row's name ("event 1", "claim 1.0"...). Tests only.</summary>
    public Action<string>? BeforeStep { get; set; }

    public void Write(DbTransaction transaction, Dispatch d, IReadOnlyList<EventRecord> evs, IReadOnlyList<ControlAssertion> ctl, Instant storedAt)
    {
        tx = transaction;
        try
        {
            WriteRows(d, evs, ctl, storedAt);
            if (batch is not null)
            {
                batch.Transaction = transaction;
                foreach (var table in tables)
                    table.AddPendingTo(batch);
                batch.ExecuteNonQuery();
            }
        }
        finally
        {
            // A save that failed part-way leaves nothing gathered for the next one (its transaction is rolled back).
            foreach (var table in tables)
                table.ClearPending();
            batch?.BatchCommands.Clear();
            tx = null;
        }
    }

    private void WriteRows(Dispatch d, IReadOnlyList<EventRecord> evs, IReadOnlyList<ControlAssertion> ctl, Instant storedAt)
    {
        BeforeStep?.Invoke("dispatch");
        Put(dispatches, d.Id, d.ExternalId, d.Text, d.Language.Code(), d.Date?.Year, d.Date?.Month, d.Date?.Day,
            d.Source, d.Url, d.Title, d.Origin.File, d.Origin.Line, storedAt.ToUnixTimeTicks());

        for (int i = 0; i < evs.Count; i++)
        {
            var e = evs[i];
            if (BeforeStep is { } h1) h1($"event {i}");
            var place = e.Where?.Place;
            Put(events,
            [
                d.Id, i, e.Id, e.DispatchId, e.EventType, e.SubEventType,
                e.Actor1?.Id, e.Actor1?.Name, (int?)e.Actor1?.Inter,
                e.Actor2?.Id, e.Actor2?.Name, (int?)e.Actor2?.Inter,
                Date(e.When?.From), Date(e.When?.To), (int?)e.When?.Precision,
                .. PlaceValues(place), e.Where?.GeoPrecision, e.Where?.UncertaintyKm,
                e.Fatalities?.Low, e.Fatalities?.Best, e.Fatalities?.High, e.Fatalities?.Qualifier.ToString(),
                e.CivilianFatalities?.Low, e.CivilianFatalities?.Best, e.CivilianFatalities?.High, e.CivilianFatalities?.Qualifier.ToString(),
                e.Aggregate ? 1 : 0, e.Notes,
            ]);
            WriteAssoc(d.Id, i, 1, e.AssocActors1);
            WriteAssoc(d.Id, i, 2, e.AssocActors2);
            for (int j = 0; j < e.Claims.Count; j++)
            {
                var c = e.Claims[j];
                if (BeforeStep is { } h2) h2($"claim {i}.{j}");
                Put(claims, d.Id, i, j, c.Source, c.Range.Start, c.Range.End, c.Says,
                    c.Figure?.Low, c.Figure?.Best, c.Figure?.High, c.Figure?.Qualifier.ToString(), c.Rule);
            }
            WriteEvidence(d.Id, "event", i, e.Evidence);
        }

        for (int i = 0; i < ctl.Count; i++)
        {
            var c = ctl[i];
            if (BeforeStep is { } h3) h3($"control {i}");
            Put(control,
            [
                d.Id, i, c.Id, c.DispatchId, c.Area, .. PlaceValues(c.AreaPlace),
                c.Controller.Id, c.Controller.Name, (int)c.Controller.Inter, Codes.ToDb(c.Share),
                Date(c.AsOf?.From), Date(c.AsOf?.To), (int?)c.AsOf?.Precision,
            ]);
            WriteEvidence(d.Id, "control", i, c.Evidence);
        }
    }

    private void WriteAssoc(string dispatchId, int eventOrd, int side, IReadOnlyList<Actor> actors)
    {
        for (int k = 0; k < actors.Count; k++)
        {
            if (BeforeStep is { } h) h($"assoc {eventOrd}.{side}.{k}");
            Put(assoc, dispatchId, eventOrd, side, k, actors[k].Id, actors[k].Name, (int)actors[k].Inter);
        }
    }

    private void WriteEvidence(string dispatchId, string owner, int ownerOrd, IReadOnlyList<Evidence> list)
    {
        for (int k = 0; k < list.Count; k++)
        {
            var v = list[k];
            if (BeforeStep is { } h) h($"evidence {owner} {ownerOrd}.{k}");
            Put(evidence, dispatchId, owner, ownerOrd, k, v.Field, v.Range.Start, v.Range.End, v.Rule);
        }
    }

    /// <summary>Inserts a row now, or gathers it for the dispatch's batch.</summary>
    private void Put(Insert table, params object?[] values)
    {
        if (batch is null)
            table.Run(tx!, values);
        else
            table.Queue(values);
    }

    private static object?[] PlaceValues(Place? p) =>
    [
        p?.Id, p?.Name, p?.Kind.ToString(), p?.Latitude, p?.Longitude, p?.CountryCode,
        p?.Admin.Admin1, p?.Admin.Admin1PCode, p?.Admin.Admin2, p?.Admin.Admin2PCode, p?.Admin.Admin3, p?.Admin.Admin3PCode,
        p?.Population,
    ];

    private static string? Date(LocalDate? d) => d is LocalDate day ? Codes.ToDb(day) : null;

    public void Dispose()
    {
        batch?.Dispose();
        foreach (var table in tables)
            table.Dispose();
    }
}
