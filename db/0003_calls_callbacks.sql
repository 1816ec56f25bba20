-- Migration (hold issue): calls, the call-flow ticks of each call, callbacks, and the state of
-- a hold. Every row is written as it happens, so a crash or power cut loses nothing.

CREATE TABLE calls (
    rowid         INTEGER PRIMARY KEY,
    started_at    TEXT NOT NULL,
    ended_at      TEXT,
    duration_s    REAL,
    campaign_pack TEXT,
    campaign_id   TEXT,
    -- JSON array of the required call-flow steps left unticked at call end (flagged, not blocked)
    missing_steps TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX calls_started ON calls(started_at);

-- Ticked call-flow steps; the step's text is kept so a later pack update cannot change history.
CREATE TABLE call_flow_ticks (
    call_id   INTEGER NOT NULL REFERENCES calls(rowid) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    step      TEXT NOT NULL,
    required  INTEGER NOT NULL DEFAULT 0,
    ticked_at TEXT NOT NULL,
    PRIMARY KEY (call_id, position)
);

CREATE TABLE callbacks (
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
CREATE INDEX callbacks_open_due ON callbacks(status, due_at);

-- A hold belongs to the call that was running when it started.
ALTER TABLE holds ADD COLUMN call_id INTEGER REFERENCES calls(rowid) ON DELETE SET NULL;
-- open: running, or cut short by a crash; ended: ended by the agent; interrupted: found open
-- after a restart and ended then (its end time is the moment the agent chose to end it).
ALTER TABLE holds ADD COLUMN status TEXT NOT NULL DEFAULT 'ended'
    CHECK (status IN ('open', 'ended', 'interrupted'));
UPDATE holds SET status = 'open' WHERE ended_at IS NULL;
