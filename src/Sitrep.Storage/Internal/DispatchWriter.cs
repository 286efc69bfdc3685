using System.Data.Common;
using NodaTime;
using Sitrep.Core.Model;

namespace Sitrep.Storage.Internal;

/// <summary>
/// Writes one dispatch and everything coded in it inside the caller's transaction. Statements are prepared once
/// per store. <see cref="BeforeStep"/> lets tests make a save fail half-way.
/// </summary>
internal sealed class DispatchWriter : IDisposable
{
    private static readonly string[] PlaceColumns =
    [
        "place_id", "place_name", "place_kind", "latitude", "longitude", "country_code",
        "admin1", "admin1_pcode", "admin2", "admin2_pcode", "admin3", "admin3_pcode", "population",
    ];

    private readonly Insert dispatches, events, assoc, claims, control, evidence;

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
    }

    /// <summary>Called before each row is written, with the row's name ("event 1", "claim 1.0"...). Tests only.</summary>
    public Action<string>? BeforeStep { get; set; }

    public void Write(DbTransaction tx, Dispatch d, IReadOnlyList<EventRecord> evs, IReadOnlyList<ControlAssertion> ctl, Instant storedAt)
    {
        BeforeStep?.Invoke("dispatch");
        dispatches.Run(tx, d.Id, d.ExternalId, d.Text, d.Language.Code(), d.Date?.Year, d.Date?.Month, d.Date?.Day,
            d.Source, d.Url, d.Title, d.Origin.File, d.Origin.Line, storedAt.ToUnixTimeTicks());

        for (int i = 0; i < evs.Count; i++)
        {
            var e = evs[i];
            if (BeforeStep is { } h1) h1($"event {i}");
            var place = e.Where?.Place;
            events.Run(tx,
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
            WriteAssoc(tx, d.Id, i, 1, e.AssocActors1);
            WriteAssoc(tx, d.Id, i, 2, e.AssocActors2);
            for (int j = 0; j < e.Claims.Count; j++)
            {
                var c = e.Claims[j];
                if (BeforeStep is { } h2) h2($"claim {i}.{j}");
                claims.Run(tx, d.Id, i, j, c.Source, c.Range.Start, c.Range.End, c.Says,
                    c.Figure?.Low, c.Figure?.Best, c.Figure?.High, c.Figure?.Qualifier.ToString(), c.Rule);
            }
            WriteEvidence(tx, d.Id, "event", i, e.Evidence);
        }

        for (int i = 0; i < ctl.Count; i++)
        {
            var c = ctl[i];
            if (BeforeStep is { } h3) h3($"control {i}");
            control.Run(tx,
            [
                d.Id, i, c.Id, c.DispatchId, c.Area, .. PlaceValues(c.AreaPlace),
                c.Controller.Id, c.Controller.Name, (int)c.Controller.Inter, Codes.ToDb(c.Share),
                Date(c.AsOf?.From), Date(c.AsOf?.To), (int?)c.AsOf?.Precision,
            ]);
            WriteEvidence(tx, d.Id, "control", i, c.Evidence);
        }
    }

    private void WriteAssoc(DbTransaction tx, string dispatchId, int eventOrd, int side, IReadOnlyList<Actor> actors)
    {
        for (int k = 0; k < actors.Count; k++)
        {
            if (BeforeStep is { } h) h($"assoc {eventOrd}.{side}.{k}");
            assoc.Run(tx, dispatchId, eventOrd, side, k, actors[k].Id, actors[k].Name, (int)actors[k].Inter);
        }
    }

    private void WriteEvidence(DbTransaction tx, string dispatchId, string owner, int ownerOrd, IReadOnlyList<Evidence> list)
    {
        for (int k = 0; k < list.Count; k++)
        {
            var v = list[k];
            if (BeforeStep is { } h) h($"evidence {owner} {ownerOrd}.{k}");
            evidence.Run(tx, dispatchId, owner, ownerOrd, k, v.Field, v.Range.Start, v.Range.End, v.Rule);
        }
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
        dispatches.Dispose();
        events.Dispose();
        assoc.Dispose();
        claims.Dispose();
        control.Dispose();
        evidence.Dispose();
    }
}
