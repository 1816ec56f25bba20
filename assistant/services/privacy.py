"""How long the customer's data is kept, and the daily care that holds the data folder to it.

A callback keeps the customer's name, number and note so the agent can call back. Once it is
done they are kept for ``callback_retention_days`` (30 by default), then blanked: in
activity.db, in every daily backup and in the copies taken before a schema upgrade (the
backups are blanked, not dropped: they stay good for restoring everything else). A damaged
file moved aside cannot be blanked, so it is deleted after the same period. The row of a
done callback stays, without anyone's data, so it still counts as a callback made.

The period is ``[privacy] callback_retention_days`` in the IT policy, which wins, else the same
key in the agent's settings.ini (read here without Qt: the command line never loads it).

``daily_upkeep`` runs on a worker thread with its own connections (services.py starts it
with the daily backup): at every start, and once a day while the window runs.
"""

from __future__ import annotations

import contextlib
import logging
import re
import sqlite3
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from assistant.core.callbacks import DEFAULT_RETENTION_DAYS, parse_retention_days
from assistant.core.files import private_folder
from assistant.core.locks import only_one
from assistant.services.policy import Policy, load_policy
from assistant.services.settings_file import SETTINGS_FILE, agent_settings
from assistant.store.activity import forget_done_callbacks
from assistant.store.backup import daily_backup, forget_done_callbacks_in_copies
from assistant.store.database import activity_path_for

log = logging.getLogger(__name__)

SECTION = "privacy"
RETENTION_KEY = "callback_retention_days"
# In DATA/backups: held while a process does the day's upkeep.
UPKEEP_LOCK = ".upkeep.lock"
# What store/backup.move_aside names a damaged file: NAME.damaged-YYYYMMDDTHHMMSSZ.db[-wal|-shm]
_MOVED_ASIDE = re.compile(r"^.+\.damaged-(\d{8}T\d{6}Z)\.db(-wal|-shm|-journal)?$")


def callback_retention_days(data_dir: Path, policy: Policy | None = None) -> int:
    """Days a done callback keeps the customer's data: the IT policy's value, else the
    agent's settings.ini, else DEFAULT_RETENTION_DAYS. A value that is not a whole number of
    days is ignored, and logged."""
    policy = load_policy() if policy is None else policy
    for problem in policy.ignored:
        log.warning("%s", problem)
    if policy.callback_retention_days is not None:
        return policy.callback_retention_days
    values = agent_settings(data_dir, "callbacks are kept the default time")
    text = values.get(f"{SECTION}/{RETENTION_KEY}")
    if text is None:
        return DEFAULT_RETENTION_DAYS
    days = parse_retention_days(text)
    if days is None:
        log.warning(
            "%s: [%s] %s = %r is not a number of days; ignored",
            data_dir / SETTINGS_FILE,
            SECTION,
            RETENTION_KEY,
            text,
        )
        return DEFAULT_RETENTION_DAYS
    return days


@dataclass
class Upkeep:
    """What a day's upkeep did."""

    days: int
    skipped: bool = False  # another process was at it (daily_upkeep)
    callbacks_forgotten: int = 0
    backups_made: list[Path] = field(default_factory=list)
    copies_scrubbed: dict[Path, int] = field(default_factory=dict)
    deleted: list[Path] = field(default_factory=list)


def daily_upkeep(
    db_path: Path, backups: Path, *, now: datetime | None = None, days: int | None = None
) -> Upkeep:
    """The day's care of the data folder of the knowledge base at ``db_path``, in this order:
    forget the personal data of callbacks done more than the retention period ago in
    activity.db; take today's backup (store.backup.daily_backup, which prunes old ones);
    forget the same in every copy in ``backups``; delete damaged files moved aside longer ago
    than the period. Each step that fails is logged and the next still runs. ``days``
    overrides the configured period (tests).

    One process at a time: the window and a command started at the same moment (each does the
    day's upkeep when it opens the folder) would write today's backup into the same temporary
    file. The second finds the first at it and leaves it the day's upkeep (``skipped``).
    """
    with contextlib.ExitStack() as held:
        try:
            private_folder(backups)
            alone = held.enter_context(only_one(backups / UPKEEP_LOCK))
        except OSError as error:
            # No backup can be made there either (the step says so); the rest still runs.
            log.warning("the day's upkeep of %s runs without its lock: %s", db_path, error)
            alone = True
        if not alone:
            log.info("the day's upkeep of %s is under way in another process", db_path)
            return Upkeep(0, skipped=True)
        return _upkeep(db_path, backups, now, days)


def _upkeep(db_path: Path, backups: Path, now: datetime | None, days: int | None) -> Upkeep:
    now = now or datetime.now(UTC)
    data_dir = db_path.parent
    done = Upkeep(callback_retention_days(data_dir) if days is None else days)
    cutoff = now - timedelta(days=done.days)
    activity = activity_path_for(db_path)
    if activity.exists():
        try:
            conn = sqlite3.connect(str(activity), timeout=5.0)
            try:
                done.callbacks_forgotten = forget_done_callbacks(conn, cutoff, "main")
            finally:
                conn.close()
        except sqlite3.Error as error:
            log.warning("old callbacks in %s could not be forgotten: %s", activity, error)
    try:
        done.backups_made = daily_backup(db_path, backups, now.date())
    except (OSError, sqlite3.Error) as error:
        log.warning("daily backup of %s failed: %s", db_path, error)
    forgotten = forget_done_callbacks_in_copies(backups, cutoff)
    done.copies_scrubbed = forgotten.scrubbed
    done.deleted.extend(forgotten.deleted)
    done.deleted.extend(_delete_moved_aside(data_dir, cutoff))
    if done.callbacks_forgotten or done.copies_scrubbed or done.deleted:
        log.info(
            "customer data older than %d days forgotten: %d callbacks in %s, %d copies "
            "blanked, %d files deleted",
            done.days,
            done.callbacks_forgotten,
            activity.name,
            len(done.copies_scrubbed),
            len(done.deleted),
        )
    return done


def _delete_moved_aside(data_dir: Path, before: datetime) -> list[Path]:
    """Damaged files moved aside longer ago than ``before``: kept for a person to look at,
    they may hold customers' data that cannot be blanked in a damaged file."""
    deleted = []
    try:
        entries = sorted(data_dir.iterdir())
    except OSError:
        return []
    for path in entries:
        match = _MOVED_ASIDE.match(path.name)
        if match is None:
            continue
        moved = datetime.strptime(match.group(1), "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
        if moved >= before:
            continue
        try:
            path.unlink()
        except OSError as error:
            log.warning("%s could not be deleted: %s", path, error)
            continue
        deleted.append(path)
    return deleted
