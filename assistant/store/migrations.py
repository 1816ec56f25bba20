"""The numbered migrations in db/ and applying them, one file at a time.

The data folder has two SQLite files (see store/database.py): the knowledge base, the
connection's ``main`` schema, and the agent's own file, attached as ``activity``. Each file
records in its ``user_version`` the number of the last migration in db/ that changed it; a
migration names the file it changes in a ``-- schema: activity`` line (default: main).
SQLite commits each file of a transaction on its own in WAL mode, so every migration changes
one file only, and the move of the agent's data out of knowledge.db is done in steps that are
each safe to be interrupted (see ``_move_agent_rows``).
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from assistant.core.files import private_file, private_folder
from assistant.resources import migrations_dir

if TYPE_CHECKING:
    from assistant.store.database import Database

# The schema names: the knowledge base is the connection's main database, the agent's file is
# attached as ACTIVITY.
MAIN = "main"
ACTIVITY = "activity"
# db/0007: from this version on knowledge.db holds pack content only, and activity.db must exist.
SPLIT_VERSION = 7
_MIGRATION_NAME = re.compile(r"^(\d{4})_([a-z0-9_]+)\.sql$")
_SCHEMA_LINE = re.compile(r"^-- schema: *([a-z]+) *$", re.MULTILINE)

# The agent's tables before the split, children before parents (the order 0007 drops them in).
# Tables later migrations add to activity.db are found by name (backup.is_agent_table).
LEGACY_AGENT_TABLES = (
    "hold_check_ins",
    "call_flow_ticks",
    "callbacks",
    "holds",
    "calls",
    "phrase_usage",
    "settings",
)
_MIGRATION_NAME = re.compile(r"^(\d{4})_([a-z0-9_]+)\.sql$")
_SCHEMA_LINE = re.compile(r"^-- schema: *([a-z]+) *$", re.MULTILINE)


class Migration(NamedTuple):
    version: int
    name: str
    path: Path
    schema: str = MAIN

    def sql(self) -> str:
        return self.path.read_text(encoding="utf-8")


def available_migrations(folder: Path | None = None) -> list[Migration]:
    """The numbered migrations shipped in db/, in order; numbers must run 1, 2, 3 without gaps."""
    folder = folder or migrations_dir()
    found = []
    for path in sorted(folder.glob("*.sql")):
        match = _MIGRATION_NAME.match(path.name)
        if match:
            found.append(Migration(int(match.group(1)), match.group(2), path, _schema_of(path)))
    for expected, migration in enumerate(found, start=1):
        if migration.version != expected:
            raise RuntimeError(f"migration {migration.path.name} is out of sequence")
    return found


def _schema_of(path: Path) -> str:
    """The file a migration changes, from its ``-- schema:`` line near the top."""
    with path.open(encoding="utf-8") as stream:
        head = stream.read(1024)
    match = _SCHEMA_LINE.search(head)
    schema = match.group(1) if match else MAIN
    if schema not in (MAIN, ACTIVITY):
        raise RuntimeError(f"migration {path.name} names an unknown schema '{schema}'")
    return schema


def latest_version(migrations: Sequence[Migration], schema: str) -> int:
    """The number of the last migration that changes ``schema`` (0 when none does)."""
    return max((m.version for m in migrations if m.schema == schema), default=0)


def version_of(conn: sqlite3.Connection, schema: str) -> int:
    """The last migration applied to the file behind ``schema``."""
    return int(conn.execute(f"PRAGMA {schema}.user_version").fetchone()[0])


class MigrationError(Exception):
    """A migration step failed in SQLite; ``schema`` is the file it was writing."""

    def __init__(self, schema: str, cause: sqlite3.Error) -> None:
        super().__init__(str(cause))
        self.schema = schema
        self.cause = cause


def apply(database: Database, migration: Migration) -> None:
    """Apply one migration in its own transaction (before 0007, move the agent's rows);
    MigrationError names the file that could not be written."""
    writing = ACTIVITY
    try:
        if migration.schema == MAIN and migration.version == SPLIT_VERSION:
            _move_agent_rows(database)
        writing = migration.schema
        _apply(database, migration)
    except sqlite3.Error as error:
        raise MigrationError(writing, error) from error


@contextmanager
def _writing(conn: sqlite3.Connection) -> Iterator[None]:
    """A transaction that holds the write lock from its first statement (BEGIN IMMEDIATE), so
    a version read inside it cannot change before the commit: two programs starting at once on
    an old data folder migrate it once."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def _apply(database: Database, migration: Migration) -> None:
    conn = database.conn
    # One transaction holds the migration's statements and its record: all or nothing. It
    # changes one file only (SQLite commits attached files one by one), the one it names.
    with _writing(conn):
        if version_of(conn, migration.schema) >= migration.version:
            return  # another start applied it meanwhile
        database.db.executescript(migration.sql())
        conn.execute(f"PRAGMA {migration.schema}.user_version = {migration.version:d}")


def _columns(conn: sqlite3.Connection, schema: str, table: str) -> list[str]:
    return [str(row[1]) for row in conn.execute(f'PRAGMA {schema}.table_info("{table}")')]


def _tables(conn: sqlite3.Connection, schema: str) -> set[str]:
    return {
        str(row[0])
        for row in conn.execute(f"SELECT name FROM {schema}.sqlite_master WHERE type = 'table'")
    }


def _move_agent_rows(database: Database) -> None:
    """Copy the agent's rows from knowledge.db into activity.db, before 0007 drops them there.

    One transaction that writes activity.db only, so it commits or not as a whole. It runs at
    every start that finds 0007 still to do, and copies with INSERT OR IGNORE: a start that
    finds both copies (a crash between this commit and 0007's) adds nothing twice, and rows
    knowledge.db holds that activity.db does not (an old knowledge.db put back by hand) are
    kept rather than dropped. Every interruption is safe:

    - before 0005 commits: knowledge.db is as an older program left it; all is done again;
    - after 0005 (knowledge.db at 5): older programs refuse the file, so no one writes the
      old tables any more; activity.db is made and filled at the next start;
    - after 0006 (activity.db's tables, empty) or after this copy: the next start copies
      again (adding nothing that is there) and drops the old tables;
    - after 0007: the move is done.

    Nothing writes activity.db before open_database returns, which is after 0007, so the copy
    in knowledge.db is never older than the one in activity.db.
    """
    conn = database.conn
    with _writing(conn):
        if version_of(conn, MAIN) >= SPLIT_VERSION:
            return  # another start finished the move meanwhile
        # A child row may come before its parent; the keys are checked at commit instead.
        conn.execute("PRAGMA defer_foreign_keys = ON")
        present = _tables(conn, ACTIVITY)
        for table in sorted(_tables(conn, MAIN) & present):
            if table not in LEGACY_AGENT_TABLES:
                continue
            mine = _columns(conn, ACTIVITY, table)
            names = ", ".join(f'"{c}"' for c in _columns(conn, MAIN, table) if c in mine)
            conn.execute(
                f'INSERT OR IGNORE INTO {ACTIVITY}."{table}" ({names}) '
                f'SELECT {names} FROM {MAIN}."{table}"'
            )


def copy_aside(database: Database, schema: str, path: Path, version: int, folder: Path) -> Path:
    """Copy one file (consistently, through SQLite's backup API) before migrating."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    private_folder(folder)
    target = folder / f"{path.stem}.schema{version}.{stamp}.bak"
    destination = sqlite3.connect(str(target))
    try:
        private_file(target)  # the agent's data: this user's only, as the file it copies
        database.conn.backup(destination, name=schema)
    finally:
        destination.close()
    return target
