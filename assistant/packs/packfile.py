"""A pack file read once: its bytes, its signature's bytes and their hash.

Every install reads the file here, once: the size is capped while reading, the hash is taken
of those bytes, the signature is checked on them, and those same bytes are parsed, installed
and kept as the recovery copy (services/intake.py). Reading the file a second time would let a
file swapped in between be installed under another file's signature.
"""

from __future__ import annotations

import hashlib
import os
import stat
from pathlib import Path
from typing import NamedTuple

from assistant.packs.errors import PackError, SourceError

SIGNATURE_SUFFIX = ".sig"
MAX_FILE_BYTES = 64 * 1024 * 1024  # the largest pack file read at all
MAX_SIGNATURE_BYTES = 4096  # a base64 Ed25519 signature is 88 bytes


class PackFile(NamedTuple):
    """A pack file's bytes as read, and its signature file's (None when there is none)."""

    path: Path
    data: bytes
    signature: bytes | None
    sha256: str

    @property
    def name(self) -> str:
        return str(self.path)

    @classmethod
    def of(cls, path: Path, data: bytes, signature: bytes | None = None) -> PackFile:
        """A pack that is not (or not yet) a file: the editor's text, say."""
        return cls(path, data, signature, digest(data))


def signature_path(pack: Path) -> Path:
    return pack.with_name(pack.name + SIGNATURE_SUFFIX)


def read_pack_file(
    path: Path, *, max_bytes: int | None = None, follow_links: bool = True
) -> PackFile:
    """Read ``path`` (a regular file of at most ``max_bytes``, by default the pack size limit)
    and the FILE.sig beside it. ``follow_links=False`` refuses a symbolic link in the last
    part of either path (the shared folder reads only its own files).

    Raises SourceError with a PackError naming the file when it cannot be a pack file.
    """
    limit = MAX_FILE_BYTES if max_bytes is None else max_bytes
    data = _read_capped(path, limit, what="pack", follow_links=follow_links)
    try:
        signature: bytes | None = _read_capped(
            signature_path(path), MAX_SIGNATURE_BYTES, what="signature", follow_links=follow_links
        )
    except FileNotFoundError:
        signature = None
    return PackFile(path, data, signature, digest(data))


def read_pack_data(path: Path) -> bytes:
    """A pack file's bytes alone (no signature), read as read_pack_file reads them: capped,
    and a named pipe or a device refused rather than waited on. For reading a pack that is
    not being installed (validate, convert, lint, the editor)."""
    return _read_capped(path, MAX_FILE_BYTES, what="pack")


# What file_state says of a file that is not there, and of one that cannot be read.
GONE = "gone"
UNREADABLE = "unreadable"


def digest(data: bytes) -> str:
    """The SHA-256 of ``data``: what file_state says of a file that holds those bytes."""
    return hashlib.sha256(data).hexdigest()


def file_state(path: Path) -> str:
    """What ``path`` holds now, to compare with what was read or written there before (the
    pack editor's file, which a colleague may save meanwhile): the SHA-256 of its bytes, GONE
    or UNREADABLE. Reads the whole file, as read_pack_data does."""
    try:
        path.stat()
    except FileNotFoundError:
        return GONE
    except OSError:
        return UNREADABLE
    try:
        return digest(read_pack_data(path))
    except SourceError:  # a folder, a pipe, too large, not readable: not what was there
        return UNREADABLE


def read_small_file(path: Path, limit: int, what: str) -> bytes:
    """The bytes of a file that is not a pack (a key, a pack's schema), read as a pack file is:
    a regular file of at most ``limit`` bytes, a named pipe or a device refused rather than
    waited on, links followed. ``what`` names the file in the refusals ('key'). Raises
    FileNotFoundError when there is no such file, SourceError naming the file when it cannot
    be read or is not one."""
    return _read_capped(path, limit, what=what)


def _read_capped(path: Path, limit: int, *, what: str, follow_links: bool = True) -> bytes:
    name = str(path)
    # Non-blocking open: a named pipe planted in a shared folder must not hang the reader
    # (it is then refused as not a regular file). Regular files ignore the flag.
    flags = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0)
    if not follow_links:
        if path.is_symlink():  # where O_NOFOLLOW is missing (Windows), asked first
            raise SourceError(PackError(name, 1, 1, "", f"is a link; a {what} file is read"))
        flags |= getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        if what != "pack":  # the caller knows what a missing signature or key means
            raise
        raise SourceError(PackError(name, 1, 1, "", "file not found")) from None
    except IsADirectoryError:
        raise SourceError(PackError(name, 1, 1, "", f"is a folder, not a {what} file")) from None
    except OSError as error:
        raise SourceError(_unreadable(name, error)) from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise SourceError(PackError(name, 1, 1, "", f"is a folder, not a {what} file"))
        if not stat.S_ISREG(info.st_mode):
            raise SourceError(
                PackError(
                    name,
                    1,
                    1,
                    "",
                    f"is not a regular file (a named pipe or a device): a {what} must be one",
                )
            )
        if info.st_size > limit:
            raise SourceError(PackError(name, 1, 1, "", too_big(info.st_size, limit, what)))
        chunks: list[bytes] = []
        size = 0
        # The size can change while the file is read (it is still being copied): read at most
        # one byte past the limit, whatever fstat said.
        while size <= limit:
            chunk = os.read(fd, min(1 << 20, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        if size > limit:
            raise SourceError(PackError(name, 1, 1, "", too_big(size, limit, what)))
        return b"".join(chunks)
    except OSError as error:
        raise SourceError(_unreadable(name, error)) from None
    finally:
        os.close(fd)


def _unreadable(name: str, error: OSError) -> PackError:
    return PackError(name, 1, 1, "", f"cannot read: {error.strerror or error}")


def too_big(size: int, limit: int = MAX_FILE_BYTES, what: str = "pack") -> str:
    """Why a file (or a zip's member) of ``size`` bytes is refused."""
    if what == "signature":
        return "the signature file is too large to be a pack signature"
    if what != "pack":
        return f"the file is too large to be a {what} file"
    return (
        f"the file is {size / 1048576:.1f} MB; the limit for a pack is "
        f"{limit // 1048576} MB. Split it into several packs"
    )
