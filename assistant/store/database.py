"""Opening the database file: connection settings, migrations and the version check."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import sqlite_utils

from assistant.resources import migrations_dir
from assistant.store.errors import (
    DatabaseCorruptError,
    DatabaseTooNewError,
    DatabaseUnavailableError,
    StoreError,
    translate,
)

DB_FILENAME = "knowledge.db"
# How long a write waits for another program's lock before giving up with DatabaseLockedError.
LOCK_TIMEOUT_S = 5.0
_MIGRATION_NAME = re.compile(r"^(\d{4})_([a-z0-9_]+)\.sql$")


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    name: str
    path: Path

    def sql(self) -> str:
        return self.path.read_text(encoding="utf-8")


def available_migrations(folder: Path | None = None) -> list[Migration]:
    """The numbered migrations shipped in db/, in order; numbers must run 1, 2, 3 without gaps."""
    folder = folder or migrations_dir()
    found = []
    for path in sorted(folder.glob("*.sql")):
        match = _MIGRATION_NAME.match(path.name)
        if match:
            found.append(Migration(int(match.group(1)), match.group(2), path))
    for expected, migration in enumerate(found, start=1):
        if migration.version != expected:
            raise RuntimeError(f"migration {migration.path.name} is out of sequence")
    return found


class Database:
    """One write connection to the knowledge base, wrapped by sqlite-utils."""

    def __init__(self, db: sqlite_utils.Database, path: Path | None) -> None:
        self.db = db
        self.path = path

    @property
    def conn(self) -> sqlite3.Connection:
        return self.db.conn

    @contextmanager
    def atomic(self) -> Iterator[sqlite_utils.Database]:
        """A transaction (a savepoint when nested); environment errors become StoreError."""
        try:
            with self.db.atomic() as db:
                yield db
        except sqlite3.Error as error:
            known = translate(error, self.path)
            if known is None:
                raise
            raise known from error

    def open_reader(self) -> sqlite3.Connection | None:
        """A second, read-only connection for a worker thread (WAL lets it read while the
        window writes); None for an in-memory database, which only its own connection sees."""
        if self.path is None:
            return None
        conn = sqlite3.connect(
            f"{self.path.resolve().as_uri()}?mode=ro",
            uri=True,
            timeout=5.0,
            check_same_thread=False,
        )
        conn.execute("PRAGMA query_only = ON")
        return conn

    def schema_version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    def close(self) -> None:
        self.db.close()


def wrap(conn: sqlite3.Connection, path: Path | None) -> Database:
    """A Database over an open connection. sqlite-utils plugins are not loaded: the program
    uses none, and looking for them scans every installed package at start."""
    return Database(sqlite_utils.Database(conn, execute_plugins=False), path)


def _connect(path: Path | None, timeout: float | None = None) -> sqlite3.Connection:
    target = ":memory:" if path is None else str(path)
    wait = LOCK_TIMEOUT_S if timeout is None else timeout
    # check_same_thread=False: long work (imports, checks) runs on a worker thread, one at a time.
    conn = sqlite3.connect(target, timeout=wait, check_same_thread=False)
    conn.execute("PRAGMA foreign_keys = ON")
    if path is not None:
        # WAL lets the window read while a write is in progress and survives an application crash
        # with every committed transaction. synchronous=FULL also flushes at each commit so a
        # finished hold or callback survives an OS crash or power cut; writes are small and rare,
        # so the cost of the extra fsync is invisible to the agent.
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
    return conn


def open_database(
    path: Path | None,
    *,
    migrations: list[Migration] | None = None,
    backup_dir: Path | None = None,
    timeout: float | None = None,
) -> Database:
    """Open (creating when missing) and migrate the knowledge base at ``path``.

    ``path=None`` opens a private in-memory database, for tests. Before any migration of an
    existing file, the file is copied aside into ``backup_dir`` (default: beside the file).
    Raises DatabaseTooNewError when the file comes from a newer program, and another
    StoreError for a damaged, locked or unwritable file. ``timeout``: seconds a write waits
    for another program's lock (default LOCK_TIMEOUT_S).
    """
    migrations = available_migrations() if migrations is None else migrations
    try:
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
        existed = path is not None and path.exists() and path.stat().st_size > 0
    except OSError as error:
        raise DatabaseUnavailableError(
            f"The data folder {path.parent if path else ''} cannot be reached "
            f"({error.strerror or error}). Check that the drive is connected and that you may "
            "write there.",
            path,
        ) from error
    try:
        conn = _connect(path, timeout)
        database = wrap(conn, path)
        current = database.schema_version()
    except sqlite3.Error as error:
        raise _known(error, path) from error

    latest = migrations[-1].version if migrations else 0
    if current > latest:
        database.close()
        raise DatabaseTooNewError(
            f"The knowledge base {path} was written by a newer version of Agent Assistant "
            f"(schema {current}; this version knows up to {latest}). Install the newer version, "
            "or start with another data folder.",
            path,
        )
    pending = [m for m in migrations if m.version > current]
    if pending and existed and path is not None:
        _copy_aside(database, path, current, backup_dir or path.parent)
    try:
        for migration in pending:
            _apply(database, migration)
    except sqlite3.Error as error:
        database.close()
        raise _known(error, path) from error
    return database


def _known(error: sqlite3.Error, path: Path | None) -> StoreError:
    known = translate(error, path)
    if known is not None:
        return known
    return DatabaseCorruptError(f"The knowledge base {path} cannot be opened: {error}", path)


def _apply(database: Database, migration: Migration) -> None:
    conn = database.conn
    # One transaction holds the migration's statements and its record: all or nothing.
    with database.db.atomic():
        database.db.executescript(migration.sql())
        conn.execute(f"PRAGMA user_version = {migration.version:d}")


def _copy_aside(database: Database, path: Path, version: int, folder: Path) -> Path:
    """Copy the database (consistently, through SQLite's backup API) before migrating it."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{path.stem}.schema{version}.{stamp}.bak"
    destination = sqlite3.connect(str(target))
    try:
        database.conn.backup(destination)
    finally:
        destination.close()
    return target
