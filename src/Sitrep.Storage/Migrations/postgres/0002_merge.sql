-- Sitrep store on PostgreSQL, schema version 2 (as sqlite/0002_merge.sql): cross-dispatch merging (sitrep merge).
-- merge_members puts each stored event (dispatch hash, event id) in one merged event; merge_links keeps, per merged
-- event, the links that joined its reports and why (one criterion a line: name, value, rule). Both are a cache of
-- what Sitrep.Merge computes from the events: they can be rebuilt at any time and are replaced as a whole.

CREATE TABLE merge_members (
    dispatch_id TEXT    COLLATE "C" NOT NULL REFERENCES dispatches (id) ON DELETE CASCADE,
    event_id    TEXT    COLLATE "C" NOT NULL,                   -- EventRecord.Id within the dispatch
    merged_id   TEXT    COLLATE "C" NOT NULL,                   -- MergedEvent.Id
    PRIMARY KEY (dispatch_id, event_id)
);

CREATE INDEX merge_members_merged ON merge_members (merged_id);

CREATE TABLE merge_links (
    merged_id TEXT    COLLATE "C" NOT NULL,
    a_key     TEXT    COLLATE "C" NOT NULL,                     -- DISPATCHHASH/EVENTID of one report
    b_key     TEXT    COLLATE "C" NOT NULL,                     -- and of the other
    score     DOUBLE PRECISION    NOT NULL,
    reasons   TEXT    NOT NULL,                     -- the criteria, one a line
    PRIMARY KEY (merged_id, a_key, b_key)
);
