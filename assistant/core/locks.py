"""Locks between processes on one data folder: the OS's own file locks, which a crash frees.

``try_lock`` takes one on an open file without waiting (the window's lock of its data folder,
assistant/channel.py); ``only_one`` runs a block in one process at a time and skips it in the
others (the day's upkeep: the window and a command started at the same moment must not both
write today's backup).
"""

from __future__ import annotations

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


@contextmanager
def only_one(path: Path) -> Iterator[bool]:
    """Hold the lock file ``path`` (made private, left in place) for the block: True inside
    when this holds it, False when another process (or another block of this one) does; the
    block decides what to skip. Raises OSError when the file cannot be made or opened."""
    fd = os.open(
        path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0) | getattr(os, "O_CLOEXEC", 0),
        0o600,
    )  # fmt: skip
    try:
        yield try_lock(fd)
    finally:
        os.close(fd)  # frees the lock
