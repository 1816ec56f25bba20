"""Errors the environment can cause, as opposed to bugs: each says what, where and what to do."""

from __future__ import annotations

import sqlite3
from pathlib import Path


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


def translate(error: sqlite3.Error, path: Path | None) -> StoreError | None:
    """Turn an SQLite error the environment caused into a StoreError; None if it is a bug."""
    text = str(error).lower()
    where = f" ({path})" if path else ""
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
    if "disk is full" in text or "database or disk is full" in text:
        return DatabaseUnavailableError(
            f"The disk holding the knowledge base{where} is full. Free some space and try again.",
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
