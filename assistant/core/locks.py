"""Locks between processes on one data folder: the OS's own file locks, which a crash frees.

``try_lock`` takes one on an open file without waiting (the window's lock of its data folder,
assistant/channel.py); ``only_one`` runs a block in one process at a time and skips it in the
others (the day's upkeep: the window and a command started at the same moment must not both
write today's backup); ``noting`` holds one with a note of what the holder is doing, which
``held_by`` reads in another process kept waiting by it (a write of knowledge.db).
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

# Windows locks a byte range: one far past the file's content, so readers can still read what
# is written at its start (the window lock names the control socket there).
_WINDOWS_LOCK_OFFSET = 1 << 20


def try_lock(fd: int) -> bool:
    """Lock the open file ``fd`` for this process alone, without waiting: False when another
    holds it. Closing ``fd`` (or the process ending) frees it."""
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        finally:
            os.lseek(fd, 0, os.SEEK_SET)
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


# The longest note ``held_by`` reads.
_NOTE_BYTES = 1024


def _open_lock_file(path: Path, create: bool = True) -> int:
    flags = os.O_RDWR | getattr(os, "O_BINARY", 0) | getattr(os, "O_CLOEXEC", 0)
    return os.open(path, flags | (os.O_CREAT if create else 0), 0o600)


@contextmanager
def only_one(path: Path) -> Iterator[bool]:
    """Hold the lock file ``path`` (made private, left in place) for the block: True inside
    when this holds it, False when another process (or another block of this one) does; the
    block decides what to skip. Raises OSError when the file cannot be made or opened."""
    fd = _open_lock_file(path)
    try:
        yield try_lock(fd)
    finally:
        os.close(fd)  # frees the lock


@contextmanager
def noting(path: Path, note: str) -> Iterator[bool]:
    """Hold the lock file ``path`` (made private, left in place) for the block, with ``note``
    in it for ``held_by``: True inside when this holds it, False when another process does
    (its note is left alone). The note is emptied before the lock is let go, so a note is
    only ever read while its writer is still at work. Raises OSError when the file cannot be
    made or opened."""
    fd = _open_lock_file(path)
    try:
        if not try_lock(fd):
            yield False
            return
        os.ftruncate(fd, 0)
        os.write(fd, note.encode("utf-8")[:_NOTE_BYTES])
        try:
            yield True
        finally:
            with contextlib.suppress(OSError):  # unlocked, what is left is never read
                os.ftruncate(fd, 0)
    finally:
        os.close(fd)  # frees the lock


def held_by(path: Path) -> str | None:
    """The note of the process holding the lock file ``path`` (``noting``); None when none
    holds it, it wrote no note (yet), or the file cannot be read.

    Finding out takes the lock for an instant when it is free: a ``noting`` that starts in
    that instant holds the file without its note (it is told False and goes on)."""
    try:
        fd = _open_lock_file(path, create=False)
    except OSError:
        return None
    try:
        if try_lock(fd):
            return None  # closing the file frees it again
        note = os.read(fd, _NOTE_BYTES).decode("utf-8", "replace").strip()
    except OSError:
        return None
    finally:
        os.close(fd)
    return note or None
