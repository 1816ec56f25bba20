"""Daily backups of the knowledge base and restoring the agent's own data from one.

Pack content can always be rebuilt from the pack files; what only this machine knows is the
agent's own data: favourites and usage, holds, callbacks, settings. A backup is a consistent
copy made with SQLite's backup API (safe while the window writes, thanks to WAL), at most one a
day, kept for 7 days. Restoring copies, table by table, every table that is not pack content,
so tables added by later migrations (calls, callbacks, ...) are restored without a change here.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from assistant.store.database import Database

KEEP_DAYS = 7
_BACKUP_NAME = re.compile(r"^knowledge-(\d{8})\.db$")

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
    return f"knowledge-{day:%Y%m%d}.db"


def backups(folder: Path) -> list[tuple[date, Path]]:
    """The daily backups in ``folder``, newest first."""
    found = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    for path in entries:
        match = _BACKUP_NAME.match(path.name)
        if match:
            digits = match.group(1)
            # Not datetime.strptime: its first call imports _strptime and builds locale tables
            # (~10 ms), for eight digits the pattern has already checked.
            try:
                day = date(int(digits[:4]), int(digits[4:6]), int(digits[6:]))
            except ValueError:
                continue
            found.append((day, path))
    return sorted(found, reverse=True)


def daily_backup(db_path: Path, folder: Path, today: date | None = None) -> Path | None:
    """Copy the database into ``folder`` unless today's copy exists; prune copies older than
    7 days. Uses its own connection, so it may run on a worker thread. Returns the new copy.

    The copy is written under a temporary name and renamed, so a crash or a full disk never
    leaves a half-written file that looks like a backup.
    """
    today = today or datetime.now(UTC).date()
    target = folder / backup_name(today)
    if target.exists():
        prune(folder, today)
        return None
    folder.mkdir(parents=True, exist_ok=True)
    partial = folder / (target.name + ".partial")
    source = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True, timeout=5.0)
    try:
        destination = sqlite3.connect(str(partial))
        try:
            source.backup(destination)
        finally:
            destination.close()
    except sqlite3.Error:
        partial.unlink(missing_ok=True)
        raise
    finally:
        source.close()
    partial.replace(target)
    prune(folder, today)
    return target


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


def is_sound(path: Path) -> bool:
    """True when ``path`` is a database SQLite reads without finding damage."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=1.0)
    except sqlite3.Error:
        return False
    try:
        return bool(conn.execute("PRAGMA quick_check").fetchone()[0] == "ok")
    except sqlite3.Error:
        return False
    finally:
        conn.close()


def newest_sound_backup(folder: Path) -> tuple[date, Path] | None:
    """The newest daily backup that is itself undamaged."""
    for day, path in backups(folder):
        if is_sound(path):
            return day, path
    return None


@dataclass(frozen=True, slots=True)
class Restored:
    """What restoring the agent's data copied: rows per table, and the packs the backup had."""

    rows: dict[str, int]
    packs: tuple[str, ...]


def restore_agent_data(database: Database, backup: Path) -> Restored:
    """Copy every agent table of ``backup`` into ``database`` (columns both have), in one
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
            for row in conn.execute("SELECT name FROM main.sqlite_master WHERE type = 'table'")
        }
        rows: dict[str, int] = {}
        with database.atomic():
            # Child tables may come before their parents; checked at commit instead.
            conn.execute("PRAGMA defer_foreign_keys = ON")
            for table in tables:
                if table not in present:
                    continue
                mine = _columns(conn, "main", table)
                columns = [c for c in _columns(conn, "saved", table) if c in mine]
                if not columns:
                    continue
                names = ", ".join(f'"{c}"' for c in columns)
                cursor = conn.execute(
                    f'INSERT OR REPLACE INTO main."{table}" ({names}) '
                    f'SELECT {names} FROM saved."{table}"'
                )
                rows[table] = max(cursor.rowcount, 0)
        packs: tuple[str, ...] = ()
        if "packs" in {str(r[0]) for r in conn.execute("SELECT name FROM saved.sqlite_master")}:
            packs = tuple(str(r[0]) for r in conn.execute("SELECT id FROM saved.packs"))
    finally:
        conn.execute("DETACH DATABASE saved")
    return Restored(rows, packs)


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
