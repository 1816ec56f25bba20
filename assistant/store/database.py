"""Opening the database file: connection settings, migrations and the version check."""

from __future__ import annotations

import logging
import re
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from assistant.resources import migrations_dir
from assistant.store.errors import (
    DatabaseCorruptError,
    DatabaseTooNewError,
    DatabaseUnavailableError,
    StoreError,
    translate,
)

if TYPE_CHECKING:
    import sqlite_utils

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
    """One write connection to the knowledge base; writes go through sqlite-utils.

    Reads run on the plain sqlite3 connection. sqlite-utils (and what it imports: click,
    dateutil, pluggy...) costs about 50 ms to import, and a normal start only reads, so it is
    imported with the first write (``atomic``, a migration) or by ``warm_up`` once the window
    shows, not before the window is up.
    """

    def __init__(self, conn: sqlite3.Connection, path: Path | None) -> None:
        self.conn = conn
        self.path = path
        self._db: sqlite_utils.Database | None = None

    @property
    def db(self) -> sqlite_utils.Database:
        """The sqlite-utils wrapper around ``conn``, made on first use."""
        if self._db is None:
            import sqlite_utils

            # Plugins are not loaded: the program uses none, and looking for them scans every
            # installed package.
            self._db = sqlite_utils.Database(self.conn, execute_plugins=False)
        return self._db

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        """The rows of one SELECT as dicts (duplicate column names get _2, _3 as in
        sqlite-utils)."""
        cursor = self.conn.execute(sql, params)
        keys = _unique_keys([column[0] for column in cursor.description or ()])
        return [dict(zip(keys, row, strict=True)) for row in cursor]

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
        self.conn.close()


def _unique_keys(keys: list[str]) -> list[str]:
    if len(set(keys)) == len(keys):
        return keys
    taken = set(keys)
    seen: set[str] = set()
    result = []
    for key in keys:
        if key in seen:
            new_key, suffix = key, 2
            while new_key in seen or new_key in taken:
                new_key = f"{key}_{suffix}"
                suffix += 1
            key = new_key
        seen.add(key)
        result.append(key)
    return result


def warm_up() -> None:
    """Import sqlite-utils now (a worker thread calls this once the window is shown), so the
    agent's first write does not wait for it."""
    try:
        import sqlite_utils  # noqa: F401
    except ImportError:  # a broken installation: every write would fail; say so in the log
        logging.getLogger(__name__).exception("sqlite-utils cannot be imported")


def wrap(conn: sqlite3.Connection, path: Path | None) -> Database:
    """A Database over an open connection."""
    # sqlite-utils turns recursive triggers on for every connection it wraps (a REPLACE then
    # fires delete triggers). It wraps this one only at the first write, so the pragma is set
    # here: the connection behaves the same from its first statement either way.
    conn.execute("PRAGMA recursive_triggers = ON")
    return Database(conn, path)


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
