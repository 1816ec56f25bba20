"""Errors the environment can cause, as opposed to bugs: each says what, where and what to do."""

from __future__ import annotations

import errno
import shutil
import sqlite3
from pathlib import Path

# SQLite's primary result codes (the low byte of an extended code such as 4874,
# SQLITE_IOERR_SHMSIZE).
SQLITE_BUSY = 5
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_NOTADB = 26
# Extended I/O errors that mean a file cannot be read where it lies (a failing disk), not a
# full disk or a folder that cannot be written: SQLITE_IOERR_READ, SQLITE_IOERR_SHORT_READ and
# SQLITE_IOERR_CORRUPTFS.
_UNREADABLE_IO = frozenset({266, 522, 8458})
# SQLite reports a full disk as SQLITE_FULL when a write to the database or its journal falls
# short, but as a plain "disk I/O error" when growing its shared-memory file (-shm) fails, which
# is the first thing an open does. An I/O error with less free space than this is taken for a
# full disk.
NEARLY_FULL_BYTES = 1 << 20


class StoreError(Exception):
    """A known problem with the database file that the user (or IT) can act on."""

    def __init__(self, message: str, path: Path | None = None) -> None:
        super().__init__(message)
        self.path = path


class DatabaseTooNewError(StoreError):
    """The file was written by a newer version of the program."""


class DatabaseCorruptError(StoreError):
    """The file is not a database, or SQLite reports it damaged."""


class ActivityMissingError(DatabaseCorruptError):
    """The knowledge base has been split from the agent's file (activity.db), which is gone:
    a start restores it from a backup, as it would a damaged one."""


class DatabaseLockedError(StoreError):
    """Another program holds a lock on the database for too long."""


class DatabaseUnavailableError(StoreError):
    """The file or its folder cannot be read or written (permissions, disk full, gone)."""


def free_bytes(path: Path) -> int | None:
    """The space left to this user on the disk holding ``path`` (or its nearest existing
    folder); None when the system cannot tell."""
    for folder in (path, *path.parents):
        try:
            return shutil.disk_usage(folder).free
        except OSError:
            continue
    return None


def disk_full(path: Path, what: str = "knowledge base") -> DatabaseUnavailableError:
    """The error for a full disk: what (the disk is full), where (the file or folder, and how
    little is left when the system says) and what to do."""
    free = free_bytes(path)
    left = "" if free is None or free >= NEARLY_FULL_BYTES else f" ({_size(free)} left)"
    return DatabaseUnavailableError(
        f"The disk holding the {what} ({path}) is full{left}. Free some space and try again.",
        path,
    )


def folder_unavailable(folder: Path, error: OSError) -> DatabaseUnavailableError:
    """The error for a data folder that cannot be created or used, worded for its cause."""
    if error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return disk_full(folder, "data folder")
    return DatabaseUnavailableError(
        f"The data folder {folder} cannot be created or reached ({error.strerror or error})."
        " Check that the drive is connected and that you may write there.",
        folder,
    )


def _size(count: int) -> str:
    return f"{count // 1024} KB" if count >= 1024 else f"{count} bytes"


def _is_full(error: sqlite3.Error, path: Path | None) -> bool:
    code = getattr(error, "sqlite_errorcode", None)
    primary = None if code is None else int(code) & 0xFF
    text = str(error).lower()
    if primary == SQLITE_FULL or "disk is full" in text:
        return True
    if path is None or not (primary == SQLITE_IOERR or "disk i/o" in text):
        return False
    free = free_bytes(path.parent)
    return free is not None and free < NEARLY_FULL_BYTES


def is_busy(error: sqlite3.Error) -> bool:
    """True when ``error`` is SQLite giving up on a lock another connection holds ("database
    is locked", SQLITE_BUSY): the file is in use, not damaged; it can be tried again."""
    code = getattr(error, "sqlite_errorcode", None)
    if code is not None:
        return int(code) & 0xFF == SQLITE_BUSY
    return "database is locked" in str(error).lower()


def is_damage(error: sqlite3.Error) -> bool:
    """True when ``error`` says the file itself is damaged: SQLite finds it malformed
    (SQLITE_CORRUPT) or not a database (SQLITE_NOTADB), or cannot read it where it lies (a
    failing disk). A lock another program holds, a full disk or a folder that cannot be written
    say nothing of the file: a file moved aside for one of those was sound."""
    code = getattr(error, "sqlite_errorcode", None)
    if code is not None:
        return int(code) & 0xFF in (SQLITE_CORRUPT, SQLITE_NOTADB) or int(code) in _UNREADABLE_IO
    text = str(error).lower()
    return "malformed" in text or "not a database" in text


def translate(error: sqlite3.Error, path: Path | None) -> StoreError | None:
    """Turn an SQLite error the environment caused into a StoreError; None if it is a bug."""
    text = str(error).lower()
    where = f" ({path})" if path else ""
    if _is_full(error, path):
        if path is not None:
            return disk_full(path)
        return DatabaseUnavailableError(
            "The disk holding the knowledge base is full. Free some space and try again."
        )
    if "locked" in text or "busy" in text:
        return DatabaseLockedError(
            f"The knowledge base{where} is locked by another program. "
            "Close other copies of Agent Assistant and try again.",
            path,
        )
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return DatabaseCorruptError(
            f"The knowledge base{where} is damaged ({error}). "
            "Move the file aside and start again to rebuild it.",
            path,
        )
    if "readonly" in text or "read-only" in text or "unable to open" in text or "disk i/o" in text:
        return DatabaseUnavailableError(
            f"The knowledge base{where} cannot be written ({error}). "
            "Check that the data folder exists and that you may write to it.",
            path,
        )
    return None


class PackVersionError(StoreError):
    """Installing an older version of a pack over a newer one without --force.

    ``pack_id``, ``installed`` and ``offered`` let a window say it in the agent's language."""

    def __init__(
        self, message: str, pack_id: str = "", installed: int = 0, offered: int = 0
    ) -> None:
        super().__init__(message)
        self.pack_id = pack_id
        self.installed = installed
        self.offered = offered


class PackNotFoundError(StoreError):
    """No installed pack (or item) has the given id."""


class BuiltinPackError(StoreError):
    """The built-in pack can be updated, never removed."""
