"""A data folder as the program made it before the agent's data moved to activity.db: one
knowledge.db at schema 4 holding both the pack content and the agent's data."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from assistant.store.migrations import LEGACY_AGENT_TABLES, available_migrations

V4 = 4


def build_v4(path: Path) -> None:
    """knowledge.db at schema 4, made as the program before the split made it (each migration
    in one transaction with its version, WAL, foreign keys on), with a day of the agent's
    data: usage and favourites, settings, holds with check-ins (one ended, one cut short by a
    crash), calls with ticked steps, callbacks (one done)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA journal_mode = WAL")
    for migration in available_migrations()[:V4]:
        assert migration.schema == "main"
        conn.execute("BEGIN")
        for statement in _statements(migration.sql()):
            conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {migration.version}")
        conn.execute("COMMIT")
    conn.executescript(
        """
        BEGIN;
        INSERT INTO packs (id, name, version, installed_at)
            VALUES ('builtin', 'Built-in', 1, '2026-11-20T08:00:00+00:00');
        INSERT INTO phrases (pack_id, id, position, title, text, category)
            VALUES ('builtin', 'greet-inbound', 0, 'Greeting', 'Hello, {customer_name}.',
                    'opening');
        INSERT INTO phrase_fts (rowid, title, text, tags, shortcut)
            SELECT rowid, title, text, '', '' FROM phrases;
        INSERT INTO phrase_usage VALUES
            ('builtin', 'greet-inbound', 7, '2026-11-24T10:00:00.000+00:00', 1),
            ('builtin', 'empathy-inconvenience', 2, '2026-11-23T11:00:00.000+00:00', 0),
            ('acme-collections', 'acme-disclosure', 0, NULL, 1);
        INSERT INTO settings VALUES ('agent_name', 'Dana'), ('company', 'ACME');
        INSERT INTO calls (started_at, ended_at, duration_s, campaign_pack, campaign_id,
                           missing_steps)
            VALUES ('2026-11-24T09:00:00.000+00:00', '2026-11-24T09:06:00.000+00:00', 360.0,
                    'builtin', 'collections', '["Disclosure"]'),
                   ('2026-11-24T09:30:00.000+00:00', NULL, NULL, 'builtin', 'collections', '[]');
        INSERT INTO call_flow_ticks VALUES
            (1, 0, 'Opening', 0, '2026-11-24T09:00:10.000+00:00'),
            (2, 0, 'Opening', 0, '2026-11-24T09:30:05.000+00:00');
        INSERT INTO holds (started_at, ended_at, duration_s, campaign_pack, campaign_id,
                           check_in_seconds, call_id, status)
            VALUES ('2026-11-24T09:02:00.000+00:00', '2026-11-24T09:05:00.000+00:00', 180.0,
                    'builtin', 'collections', 120, 1, 'ended'),
                   ('2026-11-24T09:31:00.000+00:00', NULL, NULL, 'builtin', 'collections',
                    90, 2, 'open');
        INSERT INTO hold_check_ins VALUES
            (1, '2026-11-24T09:03:50.000+00:00', '2026-11-24T09:04:00.000+00:00', 0.0),
            (1, '2026-11-24T09:04:59.000+00:00', '2026-11-24T09:05:50.000+00:00', 0.0),
            (2, '2026-11-24T09:32:45.000+00:00', '2026-11-24T09:32:30.000+00:00', 15.0);
        INSERT INTO callbacks (created_at, call_id, customer_name, contact, due_at, note,
                               status, done_at, snoozes)
            VALUES ('2026-11-24T09:06:00.000+00:00', 1, 'Jane Doe', '555-0101',
                    '2026-11-24T15:00:00.000+00:00', 'quote', 'open', NULL, 1),
                   ('2026-11-24T09:40:00.000+00:00', NULL, 'Bob', 'REF-9',
                    '2026-11-24T10:00:00.000+00:00', '', 'done',
                    '2026-11-24T10:02:00.000+00:00', 0);
        COMMIT;
        """
    )
    conn.close()


def _statements(script: str) -> list[str]:
    statements, current = [], ""
    for line in script.splitlines(keepends=True):
        current += line
        if sqlite3.complete_statement(current):
            statements.append(current)
            current = ""
    return statements


def agent_rows(conn: sqlite3.Connection, schema: str) -> dict[str, list[dict[str, Any]]]:
    """Every row of the agent's tables in ``schema``, by table, in a fixed order."""
    found: dict[str, list[dict[str, Any]]] = {}
    for table in LEGACY_AGENT_TABLES:
        cursor = conn.execute(f'SELECT * FROM {schema}."{table}"')
        names = [c[0] for c in cursor.description]
        rows = [dict(zip(names, row, strict=True)) for row in cursor]
        found[table] = sorted(rows, key=lambda r: [str(v) for v in r.values()])
    return found


def v4_agent_rows(path: Path) -> dict[str, list[dict[str, Any]]]:
    conn = sqlite3.connect(path)
    try:
        return agent_rows(conn, "main")
    finally:
        conn.close()
