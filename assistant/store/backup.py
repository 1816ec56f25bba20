"""Daily backups of the two database files and restoring the agent's own data from one.

Pack content can always be rebuilt from the pack files; what only this machine knows is the
agent's own data: favourites and usage, holds, calls, callbacks, settings, kept in activity.db.
A day's backup is a pair, ``knowledge-YYYYMMDD.db`` and ``activity-YYYYMMDD.db``: consistent
copies made with SQLite's backup API (safe while the window writes, thanks to WAL) from one
moment, at most one pair a day, kept for 7 days. Backups made before the split are a single
``knowledge-YYYYMMDD.db`` holding both, and stay restorable. Restoring copies, table by table,
every table that is not pack content, so tables added by later migrations are restored without
a change here.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from assistant.core.files import private_file, private_folder
from assistant.store.activity import done_callbacks_to_forget, forget_done_callbacks
from assistant.store.database import Database, activity_path_for
from assistant.store.migrations import ACTIVITY, MAIN

KEEP_DAYS = 7
KNOWLEDGE = "knowledge"
AGENT = "activity"
_BACKUP_NAME = re.compile(r"^(knowledge|activity)-(\d{8})\.db$")

# Pack content: rebuilt from the packs, never restored from a backup.
CONTENT_TABLES = frozenset(
    {
        "packs",
        "campaigns",
        "call_flow_steps",
        "call_flow_phrases",
        "personas",
        "persona_phrases",
        "phrases",
        "phrase_campaigns",
        "phrase_personas",
        "phrase_vocab",
    }
)


def is_agent_table(name: str) -> bool:
    """True for a table holding the agent's own data (restored from backups)."""
    return not (
        name in CONTENT_TABLES or name.startswith("sqlite_") or name.startswith("phrase_fts")
    )


def backup_name(day: date) -> str:
    """The name of a day's copy of knowledge.db."""
    return f"{KNOWLEDGE}-{day:%Y%m%d}.db"


def activity_backup_name(day: date) -> str:
    """The name of a day's copy of activity.db."""
    return f"{AGENT}-{day:%Y%m%d}.db"


def backups(folder: Path, kind: str | None = None) -> list[tuple[date, Path]]:
    """The daily backups in ``folder`` (of one ``kind``, KNOWLEDGE or AGENT, when given),
    newest first; on the same day the copy of activity.db comes first."""
    found = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    for path in entries:
        match = _BACKUP_NAME.match(path.name)
        if match and kind in (None, match.group(1)):
            digits = match.group(2)
            # Not datetime.strptime: its first call imports _strptime and builds locale tables
            # (~10 ms), for eight digits the pattern has already checked.
            try:
                day = date(int(digits[:4]), int(digits[4:6]), int(digits[6:]))
            except ValueError:
                continue
            found.append((day, path))
    return sorted(
        found, key=lambda entry: (entry[0], entry[1].name.startswith(AGENT)), reverse=True
    )


def daily_backup(db_path: Path, folder: Path, today: date | None = None) -> list[Path]:
    """Copy knowledge.db at ``db_path`` and its activity.db into ``folder``, each unless
    today's copy exists; prune copies older than 7 days. Uses its own connection, so it may
    run on a worker thread. Returns the new copies.

    Both are copied inside one read transaction, so the pair shows one moment. Each copy is
    written under a temporary name and renamed once both are complete, so a crash or a full
    disk never leaves a half-written file that looks like a backup.
    """
    today = today or datetime.now(UTC).date()
    activity = activity_path_for(db_path)
    wanted = {
        schema: target
        for schema, target, source in (
            (MAIN, folder / backup_name(today), db_path),
            (ACTIVITY, folder / activity_backup_name(today), activity),
        )
        # activity.db is there once the program has opened the folder (not before the split)
        if not target.exists() and (schema == MAIN or source.exists())
    }
    if not wanted:
        prune(folder, today)
        return []
    private_folder(folder)
    partials = {schema: folder / (target.name + ".partial") for schema, target in wanted.items()}
    source = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True, timeout=5.0)
    try:
        if ACTIVITY in wanted:
            source.execute(
                f"ATTACH DATABASE ? AS {ACTIVITY}", [f"{activity.resolve().as_uri()}?mode=ro"]
            )
        source.execute("BEGIN")
        for schema in wanted:  # a read of each file fixes the moment both are copied at
            source.execute(f"SELECT count(*) FROM {schema}.sqlite_master").fetchone()
        for schema, partial in partials.items():
            destination = sqlite3.connect(str(partial))
            try:
                private_file(partial)  # made by SQLite from the umask; private before it is filled
                source.backup(destination, name=schema)
            finally:
                destination.close()
        source.execute("ROLLBACK")
    except sqlite3.Error:
        for partial in partials.values():
            partial.unlink(missing_ok=True)
        raise
    finally:
        source.close()
    for schema, partial in partials.items():
        partial.replace(wanted[schema])
    prune(folder, today)
    return list(wanted.values())


def prune(folder: Path, today: date) -> list[Path]:
    """Delete daily backups older than KEEP_DAYS days; returns what was deleted."""
    removed = []
    for day, path in backups(folder):
        if day <= today - timedelta(days=KEEP_DAYS):
            try:
                path.unlink()
            except OSError:
                continue
            removed.append(path)
    return removed


_SCHEMA_COPY = re.compile(r"^(knowledge|activity)\.schema\d+\.[0-9TZ]+\.bak$")


@dataclass(frozen=True, slots=True)
class Forgotten:
    """What forgetting old callbacks did to the copies in a backups folder."""

    scrubbed: dict[Path, int]  # copy -> callbacks blanked in it
    deleted: tuple[Path, ...]  # copies that could not be opened to blank them


def forget_done_callbacks_in_copies(folder: Path, done_before: datetime) -> Forgotten:
    """Blank the personal data of callbacks done before ``done_before`` in every copy of the
    agent's data in ``folder``: the daily backups (and single-file ones from before the split)
    and the copies taken before a schema upgrade.

    A copy is changed rather than deleted, so it stays a sound backup of everything else
    (favourites, holds...), holding what the live file held that day less what has since
    passed its time. A damaged copy could never be restored and might hold the data: it is
    deleted. One that is locked or cannot be written just now is left for the next time.
    """
    scrubbed: dict[Path, int] = {}
    deleted: list[Path] = []
    try:
        entries = sorted(folder.iterdir())
    except OSError:
        return Forgotten({}, ())
    for path in entries:
        if not (_BACKUP_NAME.match(path.name) or _SCHEMA_COPY.match(path.name)):
            continue
        if not _holds_callbacks_to_forget(path, done_before):
            continue
        try:
            conn = sqlite3.connect(str(path), timeout=5.0)
            try:
                count = forget_done_callbacks(conn, done_before, "main")
            finally:
                conn.close()
        except sqlite3.OperationalError:
            continue  # locked or unwritable for now (another process at work): next time
        except sqlite3.DatabaseError:  # damaged, or not a database at all
            if _remove_copy(path):
                deleted.append(path)
            continue
        if count:
            scrubbed[path] = count
    return Forgotten(scrubbed, tuple(deleted))


def _holds_callbacks_to_forget(path: Path, done_before: datetime) -> bool:
    """Whether the copy at ``path`` may hold callbacks to blank (True when it cannot tell).

    Read as an immutable file: no lock, no -wal or -shm made beside it, so a start that
    finds nothing to do (nearly every one) costs a read of each copy, not a write.
    """
    if any(path.with_name(path.name + extra).exists() for extra in ("-wal", "-journal")):
        return True  # not a closed, self-contained copy: only a normal open reads it right
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    except sqlite3.Error:
        return True
    try:
        return done_callbacks_to_forget(conn, done_before, "main") > 0
    except sqlite3.Error:
        return True  # damaged: the normal open finds out, and the copy is deleted
    finally:
        conn.close()


def _remove_copy(path: Path) -> bool:
    try:
        for name in (path.name, path.name + "-wal", path.name + "-shm", path.name + "-journal"):
            path.with_name(name).unlink(missing_ok=True)
    except OSError:
        return False
    return True


def damage_of(path: Path) -> str | None:
    """What SQLite finds wrong with the database file at ``path`` (quick_check), or None when
    it reads it without finding damage."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=1.0)
    except sqlite3.Error as error:
        return str(error)
    try:
        result = str(conn.execute("PRAGMA quick_check").fetchone()[0])
    except sqlite3.Error as error:
        return str(error)
    finally:
        conn.close()
    return None if result == "ok" else result


def is_sound(path: Path) -> bool:
    """True when ``path`` is a database SQLite reads without finding damage."""
    return damage_of(path) is None


def file_version(path: Path) -> int:
    """The schema version recorded in the database file at ``path``; 0 when it is missing,
    empty or unreadable."""
    if not path.exists():
        return 0
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=1.0)
    except sqlite3.Error:
        return 0
    try:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])
    except sqlite3.Error:
        return 0
    finally:
        conn.close()


def newest_sound_backup(folder: Path, kind: str = KNOWLEDGE) -> tuple[date, Path] | None:
    """The newest daily backup of ``kind`` that is itself undamaged."""
    for day, path in backups(folder, kind):
        if is_sound(path):
            return day, path
    return None


def _holds_agent_data(path: Path) -> bool:
    """True when the backup has the agent's tables (a copy of activity.db, or of a
    knowledge.db from before the split)."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=1.0)
    except sqlite3.Error:
        return False
    try:
        names = [str(r[0]) for r in conn.execute("SELECT name FROM sqlite_master")]
    except sqlite3.Error:
        return False
    finally:
        conn.close()
    return "holds" in names and "phrase_usage" in names


def newest_agent_backup(folder: Path) -> tuple[date, Path] | None:
    """The newest undamaged backup of the agent's data: a day's copy of activity.db, or one
    of knowledge.db made before the split (which held the agent's data too)."""
    for day, path in backups(folder):
        if _holds_agent_data(path) and is_sound(path):
            return day, path
    return None


def packs_in(backup: Path) -> tuple[str, ...]:
    """The ids of the packs a copy of knowledge.db had installed (none if it cannot tell)."""
    try:
        conn = sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro", uri=True, timeout=1.0)
    except sqlite3.Error:
        return ()
    try:
        return tuple(str(r[0]) for r in conn.execute("SELECT id FROM packs ORDER BY id"))
    except sqlite3.Error:
        return ()
    finally:
        conn.close()


@dataclass(frozen=True, slots=True)
class Restored:
    """What restoring the agent's data copied: rows per table."""

    rows: dict[str, int]


def restore_agent_data(database: Database, backup: Path) -> Restored:
    """Copy every agent table of ``backup`` (a copy of activity.db, or a single-file backup
    from before the split) into ``database``'s activity.db (columns both have), in one
    transaction. Pack content tables are left alone (they come from the packs)."""
    conn = database.conn
    conn.execute("ATTACH DATABASE ? AS saved", [str(backup)])
    try:
        tables = [
            str(row[0])
            for row in conn.execute(
                "SELECT name FROM saved.sqlite_master WHERE type = 'table' ORDER BY rootpage"
            )
            if is_agent_table(str(row[0]))
        ]
        present = {
            str(row[0])
            for row in conn.execute(
                f"SELECT name FROM {ACTIVITY}.sqlite_master WHERE type = 'table'"
            )
        }
        rows: dict[str, int] = {}
        with database.atomic(activity=True):
            # Child tables may come before their parents; checked at commit instead.
            conn.execute("PRAGMA defer_foreign_keys = ON")
            for table in tables:
                if table not in present:
                    continue
                mine = _columns(conn, ACTIVITY, table)
                columns = [c for c in _columns(conn, "saved", table) if c in mine]
                if not columns:
                    continue
                names = ", ".join(f'"{c}"' for c in columns)
                cursor = conn.execute(
                    f'INSERT OR REPLACE INTO {ACTIVITY}."{table}" ({names}) '
                    f'SELECT {names} FROM saved."{table}"'
                )
                rows[table] = max(cursor.rowcount, 0)
    finally:
        conn.execute("DETACH DATABASE saved")
    return Restored(rows)


def agent_rows(database: Database) -> int:
    """How many rows the agent's tables in ``database``'s activity.db hold in all."""
    conn = database.conn
    total = 0
    for (name,) in conn.execute(
        f"SELECT name FROM {ACTIVITY}.sqlite_master WHERE type = 'table'"
    ).fetchall():
        if is_agent_table(str(name)):
            total += int(conn.execute(f'SELECT count(*) FROM {ACTIVITY}."{name}"').fetchone()[0])
    return total


def _columns(conn: sqlite3.Connection, schema: str, table: str) -> list[str]:
    return [str(row[1]) for row in conn.execute(f'PRAGMA {schema}.table_info("{table}")')]


def move_aside(path: Path, moment: datetime | None = None) -> Path:
    """Rename a damaged database (with its -wal and -shm files) to a timestamped name beside
    it, so nothing is deleted and a fresh file can take its place. Returns the new name."""
    stamp = (moment or datetime.now(UTC)).strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.stem}.damaged-{stamp}{path.suffix}")
    path.replace(target)
    for extra in ("-wal", "-shm"):
        companion = path.with_name(path.name + extra)
        if companion.exists():
            companion.replace(target.with_name(target.name + extra))
    return target
