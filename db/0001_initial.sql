-- Migration 1: the knowledge base (packs and their content), settings, and hold events.
--
-- Content rows are keyed by (pack_id, id) so several packs live side by side. Links between
-- items are stored by those text keys, not by row ids, so updating one pack (say the built-in
-- one) does not cut the links another pack made to it. The agent's own data (usage,
-- favourites, holds) is keyed by text ids too and survives a pack being re-imported.

CREATE TABLE packs (
    id           TEXT PRIMARY KEY,
    name         TEXT NOT NULL,
    version      INTEGER NOT NULL,
    language     TEXT NOT NULL DEFAULT 'en',
    author       TEXT NOT NULL DEFAULT '',
    description  TEXT NOT NULL DEFAULT '',
    builtin      INTEGER NOT NULL DEFAULT 0,
    source       TEXT NOT NULL DEFAULT '',
    sha256       TEXT NOT NULL DEFAULT '',
    installed_at TEXT NOT NULL
);

CREATE TABLE campaigns (
    pack_id          TEXT NOT NULL REFERENCES packs(id) ON DELETE CASCADE,
    id               TEXT NOT NULL,
    position         INTEGER NOT NULL,
    name             TEXT NOT NULL,
    type             TEXT NOT NULL,
    direction        TEXT NOT NULL,
    reach            TEXT NOT NULL,
    description      TEXT NOT NULL DEFAULT '',
    check_in_seconds INTEGER NOT NULL DEFAULT 120 CHECK (check_in_seconds BETWEEN 10 AND 120),
    -- the check-in phrase, resolved at import (inside the pack first, then the built-in pack)
    check_in_phrase_pack TEXT,
    check_in_phrase_id   TEXT,
    PRIMARY KEY (pack_id, id)
);

CREATE TABLE call_flow_steps (
    pack_id       TEXT NOT NULL,
    campaign_id   TEXT NOT NULL,
    position      INTEGER NOT NULL,
    step          TEXT NOT NULL,
    required      INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (pack_id, campaign_id, position),
    FOREIGN KEY (pack_id, campaign_id) REFERENCES campaigns(pack_id, id) ON DELETE CASCADE
);

CREATE TABLE call_flow_phrases (
    pack_id       TEXT NOT NULL,
    campaign_id   TEXT NOT NULL,
    step_position INTEGER NOT NULL,
    position      INTEGER NOT NULL,
    phrase_pack   TEXT NOT NULL,
    phrase_id     TEXT NOT NULL,
    PRIMARY KEY (pack_id, campaign_id, step_position, position),
    FOREIGN KEY (pack_id, campaign_id, step_position)
        REFERENCES call_flow_steps(pack_id, campaign_id, position) ON DELETE CASCADE
);

CREATE TABLE personas (
    pack_id   TEXT NOT NULL REFERENCES packs(id) ON DELETE CASCADE,
    id        TEXT NOT NULL,
    position  INTEGER NOT NULL,
    name      TEXT NOT NULL,
    -- short ordered lists of sentences, stored as JSON arrays
    signs     TEXT NOT NULL DEFAULT '[]',
    tips      TEXT NOT NULL DEFAULT '[]',
    avoid     TEXT NOT NULL DEFAULT '[]',
    PRIMARY KEY (pack_id, id)
);

CREATE TABLE persona_phrases (
    pack_id     TEXT NOT NULL,
    persona_id  TEXT NOT NULL,
    position    INTEGER NOT NULL,
    phrase_pack TEXT NOT NULL,
    phrase_id   TEXT NOT NULL,
    PRIMARY KEY (pack_id, persona_id, position),
    FOREIGN KEY (pack_id, persona_id) REFERENCES personas(pack_id, id) ON DELETE CASCADE
);

-- An integer rowid key so a full-text index can use phrases as its external content.
CREATE TABLE phrases (
    rowid         INTEGER PRIMARY KEY,
    pack_id       TEXT NOT NULL REFERENCES packs(id) ON DELETE CASCADE,
    id            TEXT NOT NULL,
    position      INTEGER NOT NULL,
    title         TEXT NOT NULL,
    text          TEXT NOT NULL,
    category      TEXT NOT NULL,
    tags          TEXT NOT NULL DEFAULT '[]',
    shortcut      TEXT,
    all_campaigns INTEGER NOT NULL DEFAULT 1,
    UNIQUE (pack_id, id)
);
CREATE INDEX phrases_category ON phrases(category);
CREATE INDEX phrases_shortcut ON phrases(shortcut) WHERE shortcut IS NOT NULL;

CREATE TABLE phrase_campaigns (
    pack_id       TEXT NOT NULL,
    phrase_id     TEXT NOT NULL,
    campaign_pack TEXT NOT NULL,
    campaign_id   TEXT NOT NULL,
    PRIMARY KEY (pack_id, phrase_id, campaign_pack, campaign_id),
    FOREIGN KEY (pack_id, phrase_id) REFERENCES phrases(pack_id, id) ON DELETE CASCADE
);
CREATE INDEX phrase_campaigns_by_campaign ON phrase_campaigns(campaign_pack, campaign_id);

CREATE TABLE phrase_personas (
    pack_id      TEXT NOT NULL,
    phrase_id    TEXT NOT NULL,
    persona_pack TEXT NOT NULL,
    persona_id   TEXT NOT NULL,
    PRIMARY KEY (pack_id, phrase_id, persona_pack, persona_id),
    FOREIGN KEY (pack_id, phrase_id) REFERENCES phrases(pack_id, id) ON DELETE CASCADE
);
CREATE INDEX phrase_personas_by_persona ON phrase_personas(persona_pack, persona_id);

-- The agent's own relation to a phrase; not removed with a pack, so a re-import keeps it.
CREATE TABLE phrase_usage (
    pack_id    TEXT NOT NULL,
    phrase_id  TEXT NOT NULL,
    uses       INTEGER NOT NULL DEFAULT 0,
    last_used  TEXT,
    favourite  INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (pack_id, phrase_id)
);

-- Settings that belong with the data (window settings live in the settings file instead).
CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- Holds are written when they start, on every check-in and when they end, so a crash loses
-- nothing: a row whose ended_at is NULL is a hold that is running or was cut short.
CREATE TABLE holds (
    rowid            INTEGER PRIMARY KEY,
    started_at       TEXT NOT NULL,
    ended_at         TEXT,
    duration_s       REAL,
    campaign_pack    TEXT,
    campaign_id      TEXT,
    check_in_seconds INTEGER NOT NULL
);
CREATE INDEX holds_started ON holds(started_at);

CREATE TABLE hold_check_ins (
    hold_id INTEGER NOT NULL REFERENCES holds(rowid) ON DELETE CASCADE,
    at      TEXT NOT NULL,
    due_at  TEXT NOT NULL,
    late_s  REAL NOT NULL,
    PRIMARY KEY (hold_id, at)
);
