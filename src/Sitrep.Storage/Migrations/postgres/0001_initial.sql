-- Sitrep store on PostgreSQL with PostGIS, schema version 1: the tables of sqlite/0001_initial.sql with PostgreSQL's
-- types (64-bit counts, double precision), byte-order ("C") collation on the keys that exports sort by, and a PostGIS
-- point (geom, WGS 84 geography, computed from latitude/longitude) on events and control statements, indexed for
-- spatial queries.
-- One row per dispatch; every other table hangs off dispatches.id (the content hash) and is deleted with it.
-- Ranges are [start, end) character offsets into dispatches.text. Enumerations are stored by name
-- (language 'fr'/'en', share 'full'/'partial'/'contested', qualifier 'Exact'...) except ACLED's own numeric codes
-- (inter codes, time_precision, geo_precision), which are stored as ACLED writes them.

CREATE EXTENSION IF NOT EXISTS postgis;

CREATE TABLE dispatches (
    seq             BIGINT  GENERATED ALWAYS AS IDENTITY PRIMARY KEY, -- storage order: ReadAll returns dispatches in this order
    id              TEXT    COLLATE "C" NOT NULL UNIQUE,        -- Dispatch.Id, the content hash
    external_id     TEXT    NOT NULL,               -- what the input called it
    text            TEXT    NOT NULL,
    language        TEXT    NOT NULL CHECK (language IN ('fr', 'en')),
    date_year       INTEGER,                        -- publication date as precise as given: day may be NULL
    date_month      INTEGER CHECK (date_month BETWEEN 1 AND 12),
    date_day        INTEGER CHECK (date_day BETWEEN 1 AND 31),
    source          TEXT,
    url             TEXT,
    title           TEXT,
    origin_file     TEXT    NOT NULL,
    origin_line     INTEGER,
    stored_at_ticks BIGINT  NOT NULL,               -- NodaTime Instant, 100 ns ticks since the Unix epoch
    CHECK ((date_year IS NULL AND date_month IS NULL AND date_day IS NULL) OR (date_year IS NOT NULL AND date_month IS NOT NULL))
);

CREATE INDEX dispatches_external_id ON dispatches (external_id);

CREATE TABLE events (
    dispatch_id       TEXT    COLLATE "C" NOT NULL REFERENCES dispatches (id) ON DELETE CASCADE,
    ord               INTEGER NOT NULL,             -- position in the dispatch's event list
    id                TEXT    NOT NULL,             -- EventRecord.Id
    record_dispatch   TEXT    NOT NULL,             -- EventRecord.DispatchId as the coder wrote it
    event_type        TEXT    NOT NULL,
    sub_event_type    TEXT    NOT NULL,
    actor1_id         TEXT,
    actor1_name       TEXT,
    actor1_inter      INTEGER CHECK (actor1_inter BETWEEN 0 AND 8),
    actor2_id         TEXT,
    actor2_name       TEXT,
    actor2_inter      INTEGER CHECK (actor2_inter BETWEEN 0 AND 8),
    date_from         TEXT,                         -- yyyy-MM-dd, inclusive
    date_to           TEXT,                         -- yyyy-MM-dd, inclusive
    time_precision    INTEGER CHECK (time_precision BETWEEN 1 AND 3),
    place_id          TEXT,
    place_name        TEXT,
    place_kind        TEXT,
    latitude          DOUBLE PRECISION,
    longitude         DOUBLE PRECISION,
    country_code      TEXT,
    admin1            TEXT,
    admin1_pcode      TEXT,
    admin2            TEXT,
    admin2_pcode      TEXT,
    admin3            TEXT,
    admin3_pcode      TEXT,
    population        BIGINT,
    geo_precision     INTEGER,
    uncertainty_km    DOUBLE PRECISION,
    fatalities_low    BIGINT,
    fatalities_best   BIGINT,
    fatalities_high   BIGINT,
    fatalities_qual   TEXT,
    civilians_low     BIGINT,
    civilians_best    BIGINT,
    civilians_high    BIGINT,
    civilians_qual    TEXT,
    aggregate         INTEGER NOT NULL CHECK (aggregate IN (0, 1)),
    notes             TEXT    NOT NULL,
    geom              GEOGRAPHY(POINT, 4326) GENERATED ALWAYS AS (
                          CASE WHEN latitude IS NULL OR longitude IS NULL THEN NULL
                               ELSE ST_SetSRID(ST_MakePoint(longitude, latitude), 4326)::geography END) STORED,
    PRIMARY KEY (dispatch_id, ord),
    UNIQUE (dispatch_id, id),
    CHECK ((actor1_id IS NULL) = (actor1_name IS NULL)),
    CHECK ((actor2_id IS NULL) = (actor2_name IS NULL)),
    CHECK ((date_from IS NULL) = (date_to IS NULL) AND (date_from IS NULL OR date_from <= date_to)),
    CHECK (fatalities_low <= fatalities_best AND fatalities_best <= fatalities_high),
    CHECK (civilians_low <= civilians_best AND civilians_best <= civilians_high)
);

-- Associated actors (ACLED assoc_actor_1 / assoc_actor_2), in order.
CREATE TABLE event_assoc_actors (
    dispatch_id TEXT    COLLATE "C" NOT NULL,
    event_ord   INTEGER NOT NULL,
    side        INTEGER NOT NULL CHECK (side IN (1, 2)),
    ord         INTEGER NOT NULL,
    actor_id    TEXT    NOT NULL,
    actor_name  TEXT    NOT NULL,
    actor_inter INTEGER NOT NULL CHECK (actor_inter BETWEEN 0 AND 8),
    PRIMARY KEY (dispatch_id, event_ord, side, ord),
    FOREIGN KEY (dispatch_id, event_ord) REFERENCES events (dispatch_id, ord) ON DELETE CASCADE
);

-- Who says so: sources attributed in the text, with an optional figure.
CREATE TABLE claims (
    dispatch_id  TEXT    COLLATE "C" NOT NULL,
    event_ord    INTEGER NOT NULL,
    ord          INTEGER NOT NULL,
    source       TEXT    NOT NULL,
    range_start  INTEGER NOT NULL,
    range_end    INTEGER NOT NULL,
    says         TEXT    NOT NULL,
    figure_low   BIGINT,
    figure_best  BIGINT,
    figure_high  BIGINT,
    figure_qual  TEXT,
    rule         TEXT    NOT NULL,
    PRIMARY KEY (dispatch_id, event_ord, ord),
    FOREIGN KEY (dispatch_id, event_ord) REFERENCES events (dispatch_id, ord) ON DELETE CASCADE,
    CHECK (range_start >= 0 AND range_end >= range_start),
    CHECK (figure_low <= figure_best AND figure_best <= figure_high)
);

-- "X is under the control of Y" as stated in a dispatch.
CREATE TABLE control (
    dispatch_id      TEXT    COLLATE "C" NOT NULL REFERENCES dispatches (id) ON DELETE CASCADE,
    ord              INTEGER NOT NULL,
    id               TEXT    NOT NULL,
    record_dispatch  TEXT    NOT NULL,
    area             TEXT    NOT NULL,
    place_id         TEXT,
    place_name       TEXT,
    place_kind       TEXT,
    latitude         DOUBLE PRECISION,
    longitude        DOUBLE PRECISION,
    country_code     TEXT,
    admin1           TEXT,
    admin1_pcode     TEXT,
    admin2           TEXT,
    admin2_pcode     TEXT,
    admin3           TEXT,
    admin3_pcode     TEXT,
    population       BIGINT,
    controller_id    TEXT    NOT NULL,
    controller_name  TEXT    NOT NULL,
    controller_inter INTEGER NOT NULL CHECK (controller_inter BETWEEN 0 AND 8),
    share            TEXT    NOT NULL CHECK (share IN ('full', 'partial', 'contested')),
    as_of_from       TEXT,
    as_of_to         TEXT,
    as_of_precision  INTEGER CHECK (as_of_precision BETWEEN 1 AND 3),
    geom             GEOGRAPHY(POINT, 4326) GENERATED ALWAYS AS (
                          CASE WHEN latitude IS NULL OR longitude IS NULL THEN NULL
                               ELSE ST_SetSRID(ST_MakePoint(longitude, latitude), 4326)::geography END) STORED,
    PRIMARY KEY (dispatch_id, ord),
    UNIQUE (dispatch_id, id)
);

-- Evidence ranges of events (owner 'event') and control statements (owner 'control').
CREATE TABLE evidence (
    dispatch_id TEXT    COLLATE "C" NOT NULL REFERENCES dispatches (id) ON DELETE CASCADE,
    owner       TEXT    NOT NULL CHECK (owner IN ('event', 'control')),
    owner_ord   INTEGER NOT NULL,
    ord         INTEGER NOT NULL,
    field       TEXT    NOT NULL,
    range_start INTEGER NOT NULL,
    range_end   INTEGER NOT NULL,
    rule        TEXT    NOT NULL,
    PRIMARY KEY (dispatch_id, owner, owner_ord, ord),
    CHECK (range_start >= 0 AND range_end >= range_start)
);

CREATE INDEX events_geom ON events USING GIST (geom);
CREATE INDEX control_geom ON control USING GIST (geom);
