"""Opening the database files: connection settings, the version check, then the migrations.

The data folder holds two SQLite files, so that their write locks are independent:

- ``knowledge.db``: pack content (packs, campaigns, personas, phrases, the search index);
- ``activity.db``: the agent's own data (favourites and usage, settings, holds, calls,
  callbacks), attached to every connection under the schema name ``activity``.

SQL names tables without a schema: SQLite finds each in whichever file holds it, and no name is
in both. A transaction that writes only the agent's tables takes only activity.db's lock, so a
hold or a phrase copy never waits for a pack import writing knowledge.db. How each file is
migrated is in store/migrations.py.

A transaction that writes pack content takes knowledge.db's write lock with its first
statement, waiting for another program's write to finish, and says what it is doing in the
file knowledge.db-writer while it holds the lock, so another program kept waiting can tell
its user what it waits for (``Database.atomic``).
"""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from assistant.core.files import private_file
from assistant.core.locks import held_by, noting
from assistant.store.errors import (
    ActivityMissingError,
    DatabaseCorruptError,
    DatabaseLockedError,
    DatabaseTooNewError,
    DatabaseUnavailableError,
    StoreError,
    folder_unavailable,
    is_busy,
    is_damage,
    translate,
)
from assistant.store.migrations import (
    ACTIVITY,
    MAIN,
    SPLIT_VERSION,
    Migration,
    MigrationError,
    apply,
    available_migrations,
    copy_aside,
    latest_version,
    version_of,
)

if TYPE_CHECKING:
    import sqlite_utils

DB_FILENAME = "knowledge.db"
ACTIVITY_FILENAME = "activity.db"
# How long a write waits for another program's lock before giving up with DatabaseLockedError
# (a connection may be opened with another wait: the command line's is longer).
LOCK_TIMEOUT_S = 5.0
# A writer that asked to hear of it (Writer.waiting) is told after this long that it waits.
WAIT_NOTICE_S = 1.0
# A write that changes nothing in knowledge.db: the first statement of a transaction that
# writes pack content, which takes the file's write lock before anything reads (atomic). Not a
# DELETE: with foreign keys on, a DELETE from packs reads the tables that refer to it first,
# and then no longer waits for the lock.
_CLAIM_KNOWLEDGE = f"UPDATE {MAIN}.packs SET name = name WHERE 0"
# Beside knowledge.db: what its writer is doing, while it writes (core/locks.py noting).
WRITER_SUFFIX = "-writer"
# SQLite's default: a committing connection copies the write-ahead log into its file (a
# checkpoint) once the log holds this many pages.
AUTOCHECKPOINT_PAGES = 1000


def activity_path_for(path: Path) -> Path:
    """The agent's file that goes with the knowledge base at ``path``: activity.db beside
    knowledge.db; NAME-activity.db beside any other name (tests, benches), so two knowledge
    bases in one folder never share one."""
    if path.name == DB_FILENAME:
        return path.with_name(ACTIVITY_FILENAME)
    return path.with_name(f"{path.stem}-activity{path.suffix or '.db'}")


def database_files(path: Path) -> list[Path]:
    """Every file of the knowledge base at ``path``: it, the agent's file beside it
    (activity_path_for), and the write-ahead log and shared memory of each (-wal, -shm)."""
    return [
        file.with_name(file.name + suffix)
        for file in (path, activity_path_for(path))
        for suffix in ("", "-wal", "-shm")
    ]


class Writer(NamedTuple):
    """Who writes through a connection, and who hears that it waits for another's lock.

    ``name`` ("agent-assistant pack import", "the Agent Assistant window") goes into the note
    another program kept waiting reads; ``waiting(message)``, when given, is told once, after
    WAIT_NOTICE_S, that a write of pack content waits and for what (the command line says it
    on standard error, for a person at a terminal)."""

    name: str = "Agent Assistant"
    waiting: Callable[[str], None] | None = None


class Database:
    """One write connection to the knowledge base, with the agent's file attached; writes go
    through sqlite-utils.

    Reads run on the plain sqlite3 connection. sqlite-utils (and what it imports: click,
    dateutil, pluggy...) costs about 50 ms to import, and a normal start only reads, so it is
    imported with the first write (``atomic``, a migration) or by ``warm_up`` once the window
    shows, not before the window is up.
    """

    def __init__(
        self, conn: sqlite3.Connection, path: Path | None, activity_path: Path | None = None
    ) -> None:
        self.conn = conn
        self.path = path
        if activity_path is None and path is not None:
            activity_path = activity_path_for(path)
        self.activity_path = activity_path
        self._db: sqlite_utils.Database | None = None
        self._commit_listeners: list[Callable[[], None]] = []
        self.writer = Writer()

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
    def atomic(
        self, *, activity: bool = False, doing: str = "a change"
    ) -> Iterator[sqlite_utils.Database]:
        """A transaction (a savepoint when nested); environment errors become StoreError.

        ``activity``: the transaction writes the agent's tables only, so an error names
        activity.db. (Which file is locked follows from the tables written, not from this.)
        Otherwise it writes pack content: it first takes knowledge.db's write lock, waiting
        for another program's write as long as the connection waits for a lock, and then
        says what it is doing (``doing``: "an import of the pack 'x'") for other programs
        until it commits. DatabaseLockedError, naming what holds the lock when it can tell,
        when the wait is over.
        """
        outermost = not self.conn.in_transaction
        try:
            # What ``held`` holds is let go after the commit (or the rollback).
            with ExitStack() as held, self.db.atomic() as db:
                if outermost and not activity:
                    self._claim_knowledge()
                    self._say_doing(held, doing)
                yield db
        except sqlite3.Error as error:
            known = translate(error, self.activity_path if activity else self.path)
            if known is None:
                raise
            raise known from error
        if outermost:
            for listener in list(self._commit_listeners):
                listener()

    def _claim_knowledge(self) -> None:
        """Take knowledge.db's write lock, before the transaction reads anything.

        SQLite waits for a lock (the connection's busy timeout) only for a transaction that
        has not read yet: one that reads and then writes while another program holds the
        lock fails at once, since what it read may be changing. An import reads first (the
        installed version), so without this a second import failed at once, whatever the
        wait. Raises DatabaseLockedError when the wait is over."""
        conn = self.conn
        wait_ms = int(conn.execute("PRAGMA busy_timeout").fetchone()[0])
        notice_ms = round(WAIT_NOTICE_S * 1000)
        waiting = self.writer.waiting
        try:
            if waiting is not None and wait_ms > notice_ms:
                if self._claim_within(notice_ms):
                    return
                waiting(
                    f"{self._knowledge_name()} is busy: {self._writer_or_guess()} is "
                    f"writing it; waiting up to {wait_ms / 1000:g} s"
                )
                if self._claim_within(wait_ms - notice_ms):
                    return
            elif self._claim_within(wait_ms):
                return
        finally:
            conn.execute(f"PRAGMA busy_timeout = {wait_ms:d}")
        raise DatabaseLockedError(
            f"The knowledge base ({self.path}) is still busy after {wait_ms / 1000:g} s: "
            f"{self._writer_or_guess()} is writing it. Try again when it is done.",
            self.path,
        )

    def _claim_within(self, wait_ms: int) -> bool:
        self.conn.execute(f"PRAGMA busy_timeout = {wait_ms:d}")
        try:
            self.conn.execute(_CLAIM_KNOWLEDGE)
        except sqlite3.OperationalError as error:
            if is_busy(error):
                return False
            raise
        return True

    def _say_doing(self, held: ExitStack, doing: str) -> None:
        """Leave a note of what this transaction does for other programs, until ``held`` is
        let go; a folder where it cannot be written costs them only the note."""
        path = self.writer_note_path
        if path is None:
            return
        note = f"{doing} by {self.writer.name} (process {os.getpid()})"
        try:
            held.enter_context(noting(path, note))
        except OSError as error:
            logging.getLogger(__name__).info("no note of the writer in %s: %s", path, error)

    @property
    def writer_note_path(self) -> Path | None:
        """Where knowledge.db's writer says what it is doing (None in memory)."""
        return None if self.path is None else self.path.with_name(self.path.name + WRITER_SUFFIX)

    def knowledge_writer(self) -> str | None:
        """What the program that holds knowledge.db's write lock says it is doing ("an import
        of the pack 'x' by agent-assistant pack import (process 4242)"); None when it said
        nothing (another program than this one, or none)."""
        path = self.writer_note_path
        return None if path is None else held_by(path)

    def _writer_or_guess(self) -> str:
        return self.knowledge_writer() or "another program (an import?)"

    def _knowledge_name(self) -> str:
        return DB_FILENAME if self.path is None else self.path.name

    def on_commit(self, listener: Callable[[], None]) -> None:
        """Call ``listener()`` after each transaction ``atomic`` commits (not after a savepoint
        inside one, nor after a rollback)."""
        self._commit_listeners.append(listener)

    def forget_commit_listener(self, listener: Callable[[], None]) -> None:
        if listener in self._commit_listeners:
            self._commit_listeners.remove(listener)

    @property
    def activity_log_file(self) -> Path | None:
        """activity.db's write-ahead log (None in memory): where a commit is, until a
        checkpoint copies it into the file."""
        if self.path is None or self.activity_path is None:
            return None
        return self.activity_path.with_name(self.activity_path.name + "-wal")

    def flush_activity_later(self, later: bool) -> None:
        """``later``: this connection's commits to activity.db stop waiting for the disk
        (synchronous=NORMAL: a commit then survives a crash of the program, not yet a power
        cut) and it no longer copies the log into the file (checkpoints): whoever asks this
        flushes the log and checkpoints it instead (services/flush.py), off this thread.
        Otherwise each commit is flushed as it is made (synchronous=FULL; the default)."""
        if self.path is None:
            return
        self.conn.execute(f"PRAGMA {ACTIVITY}.synchronous = {'NORMAL' if later else 'FULL'}")
        # Per connection, not per file: knowledge.db's writer is the pack writer's own
        # connection, whose commits checkpoint it.
        self.conn.execute(f"PRAGMA wal_autocheckpoint = {0 if later else AUTOCHECKPOINT_PAGES}")

    def open_reader(self) -> sqlite3.Connection | None:
        """A second, read-only connection for a worker thread (WAL lets it read while the
        window writes), with the agent's file attached read-only too; None for an in-memory
        database, which only its own connection sees."""
        if self.path is None or self.activity_path is None:
            return None
        conn = sqlite3.connect(
            f"{self.path.resolve().as_uri()}?mode=ro",
            uri=True,
            timeout=5.0,
            check_same_thread=False,
        )
        conn.execute(
            f"ATTACH DATABASE ? AS {ACTIVITY}", [f"{self.activity_path.resolve().as_uri()}?mode=ro"]
        )
        conn.execute("PRAGMA query_only = ON")
        return conn

    def data_version(self) -> int:
        """SQLite's counter for knowledge.db as this connection sees it: it moves when another
        connection (another process, or another thread's connection) commits to the file."""
        return int(self.conn.execute(f"PRAGMA {MAIN}.data_version").fetchone()[0])

    def schema_version(self) -> int:
        """The knowledge base's version: the last migration applied to knowledge.db."""
        return version_of(self.conn, MAIN)

    def activity_version(self) -> int:
        """The last migration applied to the agent's file (activity.db)."""
        return version_of(self.conn, ACTIVITY)

    def file_of(self, schema: str) -> Path | None:
        """The file behind ``schema`` (None in memory)."""
        return self.activity_path if schema == ACTIVITY else self.path

    def damage(self) -> DatabaseCorruptError | None:
        """SQLite's quick_check of both files: an error naming the first damaged one, or None.

        quick_check reads every page once (milliseconds for a normal knowledge base); it finds
        the damage a power cut or a failing disk leaves before the agent trips on it. Only
        damage is returned (errors.is_damage): a check that cannot run for another reason
        raises the StoreError that says why (DatabaseLockedError while another program keeps
        a file locked past the wait), since a damaged file is moved aside and a sound one
        must never be.
        """
        for schema in (MAIN, ACTIVITY):
            path = self.file_of(schema)
            try:
                result = str(self.conn.execute(f"PRAGMA {schema}.quick_check").fetchone()[0])
            except sqlite3.DatabaseError as error:
                if not is_damage(error):
                    raise _unchecked(error, path) from error
                damaged = DatabaseCorruptError(
                    f"The knowledge base {path} is damaged: {error}", path
                )
                damaged.__cause__ = error
                return damaged
            if result != "ok":
                return DatabaseCorruptError(f"The knowledge base {path} is damaged: {result}", path)
        return None

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


def wrap(
    conn: sqlite3.Connection, path: Path | None, activity_path: Path | None = None
) -> Database:
    """A Database over an open connection (the agent's file attached as ACTIVITY)."""
    # sqlite-utils turns recursive triggers on for every connection it wraps (a REPLACE then
    # fires delete triggers). It wraps this one only at the first write, so the pragma is set
    # here: the connection behaves the same from its first statement either way.
    conn.execute("PRAGMA recursive_triggers = ON")
    return Database(conn, path, activity_path)


def _durable(conn: sqlite3.Connection, schema: str) -> None:
    # WAL lets the window read while a write is in progress and survives an application crash
    # with every committed transaction. synchronous=FULL also flushes at each commit so a
    # finished hold or callback survives an OS crash or power cut; writes are small and rare,
    # so the cost of the extra fsync is invisible to the agent. Both are set per file.
    conn.execute(f"PRAGMA {schema}.journal_mode = WAL")
    conn.execute(f"PRAGMA {schema}.synchronous = FULL")


def _connect(
    path: Path | None, timeout: float | None = None, activity: Path | None = None
) -> sqlite3.Connection:
    """A connection to the knowledge base at ``path`` with the agent's file (``activity``,
    default beside it) attached as ACTIVITY; both in memory when ``path`` is None. Raises
    StoreError naming the file that cannot be used."""
    target = ":memory:" if path is None else str(path)
    wait = LOCK_TIMEOUT_S if timeout is None else timeout
    # check_same_thread=False: long work (imports, checks) runs on a worker thread, one at a time.
    try:
        conn = sqlite3.connect(target, timeout=wait, check_same_thread=False)
    except sqlite3.Error as error:
        raise _known(error, path) from error
    try:
        conn.execute("PRAGMA foreign_keys = ON")  # per connection: both files
        if path is not None:
            _durable(conn, MAIN)
    except sqlite3.Error as error:
        conn.close()
        raise _known(error, path) from error
    second = None if path is None else (activity or activity_path_for(path))
    try:
        conn.execute(
            f"ATTACH DATABASE ? AS {ACTIVITY}", [":memory:" if second is None else str(second)]
        )
        if second is not None:
            _durable(conn, ACTIVITY)
            # The customer's name and number live in this file: what is deleted or changed is
            # overwritten with zeros, not left in free space for a copy of the file to show.
            conn.execute(f"PRAGMA {ACTIVITY}.secure_delete = ON")
    except sqlite3.Error as error:
        conn.close()
        raise _known(error, second) from error
    return conn


def _remove(path: Path) -> None:
    for name in (path.name, path.name + "-wal", path.name + "-shm"):
        path.with_name(name).unlink(missing_ok=True)


def _exists(path: Path | None) -> bool:
    return path is not None and path.exists() and path.stat().st_size > 0


def open_database(
    path: Path | None,
    *,
    migrations: list[Migration] | None = None,
    backup_dir: Path | None = None,
    timeout: float | None = None,
    new_activity: bool = False,
    writer: Writer | None = None,
) -> Database:
    """Open (creating when missing) and migrate the knowledge base at ``path`` and the agent's
    file beside it (activity_path_for).

    ``path=None`` opens private in-memory databases, for tests. Before any migration, each
    existing file is copied aside into ``backup_dir`` (default: beside the file). Raises
    DatabaseTooNewError when either file comes from a newer program, ActivityMissingError when
    the knowledge base has been split but its activity.db is gone (unless ``new_activity``:
    a recovery starts one anew), and another StoreError for a damaged, locked or unwritable
    file. ``timeout``: seconds a write waits for another program's lock (default
    LOCK_TIMEOUT_S); ``writer``: who writes through it (Writer).
    """
    migrations = available_migrations() if migrations is None else migrations
    activity = None if path is None else activity_path_for(path)
    try:
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
        existed = {MAIN: _exists(path), ACTIVITY: _exists(activity)}
    except OSError as error:
        raise folder_unavailable(path.parent if path else Path(), error) from error
    conn = _connect(path, timeout, activity)
    # The files hold the agent's data and customers' names: this user's only, whatever the
    # umask. SQLite gives the -wal and -shm files it makes later the database file's mode.
    for one in database_files(path) if path is not None else ():
        private_file(one)
    database = wrap(conn, path, activity)
    if writer is not None:
        database.writer = writer
    current: dict[str, int] = {}
    for schema in (MAIN, ACTIVITY):
        try:
            current[schema] = version_of(conn, schema)
        except sqlite3.Error as error:
            database.close()
            raise _known(error, database.file_of(schema)) from error

    for schema in (MAIN, ACTIVITY):
        latest = latest_version(migrations, schema)
        if current[schema] > latest:
            database.close()
            file = database.file_of(schema)
            raise DatabaseTooNewError(
                f"The knowledge base {file} was written by a newer version of Agent Assistant "
                f"(schema {current[schema]}; this version knows up to {latest}). Install the "
                "newer version, or start with another data folder.",
                file,
            )
    if (
        current[MAIN] >= SPLIT_VERSION
        and current[ACTIVITY] == 0
        and latest_version(migrations, ACTIVITY) > 0
        and not new_activity
    ):
        database.close()
        if activity is not None and not existed[ACTIVITY]:
            _remove(activity)  # the empty file this open made: leave the folder as it was
        raise ActivityMissingError(
            f"The agent's data file {activity} is missing or empty, though the knowledge base "
            f"{path} has been split from it. Start Agent Assistant to restore it from the newest "
            "backup.",
            activity,
        )
    pending = [m for m in migrations if m.version > current[m.schema]]
    if pending and path is not None:
        try:
            damaged = database.damage()
        except StoreError:
            database.close()
            raise
        if damaged is not None:
            database.close()
            raise damaged
        for schema in (MAIN, ACTIVITY):
            file = database.file_of(schema)
            if existed[schema] and file is not None:
                copy_aside(database, schema, file, current[schema], backup_dir or file.parent)
    for migration in pending:
        try:
            apply(database, migration)
        except MigrationError as error:
            database.close()
            raise _known(error.cause, database.file_of(error.schema)) from error.cause
    return database


def _known(error: sqlite3.Error, path: Path | None) -> StoreError:
    known = translate(error, path)
    if known is not None:
        return known
    return DatabaseCorruptError(f"The knowledge base {path} cannot be opened: {error}", path)


def _unchecked(error: sqlite3.Error, path: Path | None) -> StoreError:
    """Why a file that is not damaged could not be checked: locked by another program, on a
    full disk, or another cause said as SQLite says it."""
    known = translate(error, path)
    if known is not None and not isinstance(known, DatabaseCorruptError):
        return known
    return DatabaseUnavailableError(
        f"The knowledge base {path} cannot be checked now ({error}). Try again in a moment.",
        path,
    )
