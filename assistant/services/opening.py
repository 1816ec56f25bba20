"""Opening the knowledge base of a data folder: shared by the window and the command line."""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from assistant.datadir import BACKUPS, prepare_data_dir
from assistant.services.intake import ensure_builtin, prune_copies
from assistant.store.database import DB_FILENAME, Writer, open_database
from assistant.store.errors import (
    DatabaseCorruptError,
    StoreError,
    folder_unavailable,
)
from assistant.store.events import Change
from assistant.store.knowledge import KnowledgeBase

if TYPE_CHECKING:
    from assistant.services.recovery import RecoveryReport

log = logging.getLogger(__name__)

OnRecovery = Callable[["RecoveryReport"], None]


def open_knowledge_base(
    data_dir: Path,
    *,
    install_builtin: bool = True,
    on_recovery: OnRecovery | None = None,
    backup: bool = True,
    timeout: float | None = None,
    writer: Writer | None = None,
) -> KnowledgeBase:
    """Open (create, migrate) the database in ``data_dir`` and make sure the built-in pack is in.

    The folder holds knowledge.db (pack content) and activity.db (the agent's own data; see
    store/database.py). A damaged file is moved aside and replaced (see services/recovery.py);
    ``on_recovery`` hears what was done, so the window or the command line can tell the
    agent. A sound one gets its daily backup on a worker thread when ``backup`` is set (the
    window leaves it for start_daily_backup once it is shown). ``timeout`` and ``writer``: how
    long a write waits for another program's lock, and who writes (store/database.py
    open_database). Raises StoreError for a database problem the user can act on, and
    PackInvalidError if the shipped built-in pack is broken (a bug).
    """
    try:
        prepare_data_dir(data_dir)
    except OSError as error:
        raise folder_unavailable(data_dir, error) from error
    path = data_dir / DB_FILENAME
    try:
        kb = _open_sound(path, data_dir, timeout, writer)
    except DatabaseCorruptError as error:
        from assistant.services.recovery import recover

        kb, report = recover(data_dir, path, error)
        if on_recovery is not None:
            on_recovery(report)
    try:
        if install_builtin:
            ensure_builtin(kb)
        prune_copies(kb)
    except OSError as error:
        raise folder_unavailable(data_dir, error) from error

    def forget_removed(change: Change) -> None:
        if change is Change.PACKS:
            prune_copies(kb)

    kb.subscribe(forget_removed)
    if backup:
        start_daily_backup(kb)
    return kb


def _open_sound(
    path: Path, data_dir: Path, timeout: float | None, writer: Writer | None
) -> KnowledgeBase:
    """Open the database; DatabaseCorruptError, naming the file, when SQLite finds one of the
    two damaged (or activity.db gone)."""
    database = open_database(path, backup_dir=data_dir / BACKUPS, timeout=timeout, writer=writer)
    try:
        damaged = database.damage()
    except StoreError:  # locked by another program, say: not damaged, so nothing is moved
        database.close()
        raise
    if damaged is not None:
        database.close()
        raise damaged
    return KnowledgeBase(database)


def start_daily_backup(kb: KnowledgeBase) -> threading.Thread | None:
    """Today's backups of ``kb``'s two files (into DATA/backups) on a worker thread; None in
    memory."""
    path = kb.database.path
    if path is None:
        return None
    return backup_in_background(path, path.parent / BACKUPS)


def backup_in_background(path: Path, folder: Path) -> threading.Thread:
    """Today's backup on a worker thread, after the customer data past its time is forgotten
    (services/privacy.py): start-up does not wait for it. Not a daemon thread, so a command
    that finishes first still leaves a complete copy (or none) behind."""
    from assistant.services.privacy import daily_upkeep

    def work() -> None:
        try:
            daily_upkeep(path, folder)
        except (OSError, sqlite3.Error) as error:
            log.warning("daily upkeep of %s failed: %s", path, error)

    thread = threading.Thread(target=work, name="daily-backup")
    thread.start()
    return thread
