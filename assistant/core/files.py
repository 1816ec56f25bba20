"""Writing a file so that a reader sees the old content or the new, never a part of either."""

from __future__ import annotations

import os
import threading
from pathlib import Path


def write_atomic(path: Path, data: bytes, *, mode: int | None = None) -> None:
    """Write ``data`` to ``path``: a temporary file in the same folder, flushed to disk, then
    renamed over ``path`` (and the folder flushed on POSIX, so the rename survives a power
    cut). The new file's mode follows the umask (readable by others where the umask says so:
    a pack published to a share must be readable by every agent) unless ``mode`` is given
    (a private key: 0o600). On failure ``path`` is untouched and no temporary file is left."""
    folder = path.parent
    temporary = folder / f".{path.name}.{os.getpid()}.{threading.get_ident()}.tmp"
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(temporary, flags, 0o666 if mode is None else mode)
    except FileExistsError:  # left by a writer that died: it is ours to replace
        temporary.unlink()
        fd = os.open(temporary, flags, 0o666 if mode is None else mode)
    try:
        with os.fdopen(fd, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        if mode is not None:
            os.chmod(temporary, mode)
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    _sync_folder(folder)


def _sync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
