-- schema: activity
-- Migration 6: the agent's own data in activity.db, attached to every connection as
-- "activity": favourites and usage, settings, holds and check-ins, calls, call-flow ticks,
-- callbacks.
--
-- A file of its own so its write lock is its own: a hold, a check-in or a phrase copy never
-- waits for a pack import, which holds knowledge.db's write lock for seconds. The tables are
-- those of migrations 1-3, unchanged (column order included); the statements name the schema
-- because knowledge.db still has tables of the same names until 0007. Nothing refers from one
-- file to the other: usage and holds name phrases and campaigns by their text ids.
--
-- The rows themselves are copied by the program (store/database.py, _move_agent_rows) in a
-- transaction of their own, right before 0007.

CREATE TABLE activity.phrase_usage (
    pack_id    TEXT NOT NULL,
    phrase_id  TEXT NOT NULL,
    uses       INTEGER NOT NULL DEFAULT 0,
    last_used  TEXT,
    favourite  INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (pack_id, phrase_id)
);
-- Favourites are few and read on every search.
CREATE INDEX activity.phrase_usage_favourite ON phrase_usage(favourite) WHERE favourite = 1;

CREATE TABLE activity.settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE activity.calls (
    rowid         INTEGER PRIMARY KEY,
    started_at    TEXT NOT NULL,
    ended_at      TEXT,
    duration_s    REAL,
    campaign_pack TEXT,
    campaign_id   TEXT,
    missing_steps TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX activity.calls_started ON calls(started_at);

CREATE TABLE activity.holds (
    rowid            INTEGER PRIMARY KEY,
    started_at       TEXT NOT NULL,
    ended_at         TEXT,
    duration_s       REAL,
    campaign_pack    TEXT,
    campaign_id      TEXT,
    check_in_seconds INTEGER NOT NULL,
    call_id          INTEGER REFERENCES calls(rowid) ON DELETE SET NULL,
    status           TEXT NOT NULL DEFAULT 'ended'
        CHECK (status IN ('open', 'ended', 'interrupted'))
);
CREATE INDEX activity.holds_started ON holds(started_at);

CREATE TABLE activity.hold_check_ins (
    hold_id INTEGER NOT NULL REFERENCES holds(rowid) ON DELETE CASCADE,
    at      TEXT NOT NULL,
    due_at  TEXT NOT NULL,
    late_s  REAL NOT NULL,
    PRIMARY KEY (hold_id, at)
);

CREATE TABLE activity.call_flow_ticks (
    call_id   INTEGER NOT NULL REFERENCES calls(rowid) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    step      TEXT NOT NULL,
    required  INTEGER NOT NULL DEFAULT 0,
    ticked_at TEXT NOT NULL,
    PRIMARY KEY (call_id, position)
);

CREATE TABLE activity.callbacks (
    rowid         INTEGER PRIMARY KEY,
    created_at    TEXT NOT NULL,
    call_id       INTEGER REFERENCES calls(rowid) ON DELETE SET NULL,
    customer_name TEXT NOT NULL DEFAULT '',
    contact       TEXT NOT NULL DEFAULT '',
    due_at        TEXT NOT NULL,
    note          TEXT NOT NULL DEFAULT '',
    status        TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done')),
    done_at       TEXT,
    snoozes       INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX activity.callbacks_open_due ON callbacks(status, due_at);
