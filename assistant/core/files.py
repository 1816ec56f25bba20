"""Writing files so that no reader ever sees half of one, and keeping the agent's files private.

``write_atomic`` is the one way the program writes a file someone else reads: a pack published
to the shared folder, an exported or saved pack, a signature, a key, a cheat sheet, the copies
of installed packs. The data goes to a temporary file in the same folder, is flushed to disk,
renamed over the target (atomic on POSIX and on Windows' NTFS), and on POSIX the folder is
flushed too, so the new name survives a power cut. A failure removes the temporary file and
leaves the target as it was.

A file the user names (``-o FILE``, a pack saved from the editor) is written the way a shell's
``>`` writes it: a symbolic link is written through (the link stays and the file it leads to is
replaced), and a name that is a named pipe, a device or a folder is refused rather than replaced
(as root, ``-o /dev/stdout`` replaced the system's link with a regular file). In a folder others
write to (the shared pack folder, the team folder) a link is never followed: a link planted there
would lead the write to any file of the writer's; it is replaced like any other file.

``write_output`` is how a command writes its ``-o FILE``, which may name no file at all: a named
pipe or a device (``/dev/null``, a terminal) is written into, and a name for one of the
program's own descriptors (``/dev/stdout``, ``/dev/fd/N``, ``/proc/self/fd/N``) is written
through that descriptor, where the shell left it. Renamed over, the file standard output was
redirected to (``-o /dev/stdout > out.txt``) was replaced under the shell's feet: the shell's
descriptor led to the deleted file, and what the shell had written there before
(``>> out.txt``) was gone. Any other name is written by ``write_atomic``.

The new file's permissions come from the umask unless a mode is given: a pack published to a
Linux or NFS share must be readable by the other agents (0644 under the usual umask 022), while
a private signing key is 0600.

``same_file`` tells whether a write to one name would replace the file behind another: a command
that writes a file refuses when that file is one it reads (a signature written through a link
to the pack it signs would replace the pack).

``open_regular`` is how a file in a folder others write to (the team folder) is read: a
named pipe, a device or a link planted there is passed over, never waited on or followed.

The ``private_*`` helpers are for the data folder, which holds the customer's name and number:
on POSIX it is 0700 and its files 0600, whatever the umask. On Windows they do nothing: the
per-user profile folder is already closed to other users by its access-control list.
"""

from __future__ import annotations

import errno
import os
import re
import stat
import sys
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

PRIVATE_FOLDER_MODE = 0o700
PRIVATE_FILE_MODE = 0o600

# Errors that mean "this file system cannot flush a folder" rather than "the data is not safe"
# (some network and FUSE file systems).
_NOT_SUPPORTED = frozenset(
    {errno.EINVAL, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EBADF, errno.EPERM, errno.EACCES}
)
_OPEN_FLAGS = (
    os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0) | getattr(os, "O_CLOEXEC", 0)
)
_POSIX = os.name == "posix"


def make_parent_folder(path: Path) -> None:
    """Make the folders a file at ``path`` goes in, as far as they are missing. When a file
    stands where one of them should be, the OSError says which (mkdir's own "File exists"
    named neither the file nor what was wrong with it)."""
    try:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    except (FileExistsError, NotADirectoryError):
        for folder in reversed(Path(path).parents):
            if folder.exists() and not folder.is_dir():
                raise NotADirectoryError(
                    errno.ENOTDIR, f"{folder} is a file, not a folder", str(folder)
                ) from None
        raise


def write_atomic(
    path: Path, data: bytes, *, mode: int | None = None, follow_links: bool = True
) -> None:
    """Replace ``path`` with ``data`` so that a reader sees the old file or the new one whole.

    The folder must exist. ``mode`` (e.g. 0o600 for a private key) is set exactly, whatever
    the umask; without it the new file gets the umask's default (0666 less the umask), as any
    file the user makes would. A link at ``path`` is written through: the file it leads to is
    replaced (made, when the link leads nowhere yet), the link stays. A ``path`` that is a
    folder raises IsADirectoryError, one that is a named pipe or a device NotAFileError.
    ``follow_links=False`` (a folder others write to) replaces whatever is at ``path``, a link
    too, and follows nothing. Raises OSError; then ``path`` is untouched and no temporary file
    is left behind.
    """
    path = Path(path)
    try:
        target = _written_through(path) if follow_links else path
        temporary, handle = _create_temporary(target, 0o666 if mode is None else mode)
    except OSError as error:
        raise _about(error, path) from None
    try:
        try:
            if mode is not None and _POSIX:
                os.fchmod(handle, mode)  # exact, whatever the umask took away or left
            _write_all(handle, data)
            os.fsync(handle)
        finally:
            os.close(handle)
        os.replace(temporary, target)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise _about(error, path) from None
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    sync_folder(target.parent)


def write_output(path: Path, data: bytes, *, waiting: Callable[[], None] | None = None) -> None:
    """Write ``data`` to a command's output ``path`` the way the shell's ``>`` would.

    A name for one of this process's descriptors (``output_descriptor``) is written through
    that descriptor, after what Python holds for it: where the shell left it, appended to a
    file standard output is redirected to, never replacing it. A named pipe or a device is
    opened and written into; a named pipe no program reads yet is waited on, as the shell
    does, and ``waiting`` is called first, to say so (interrupting the wait writes nothing).
    Any other name is replaced by ``write_atomic``, a link written through. Raises OSError
    naming ``path`` (IsADirectoryError for a folder, BrokenPipeError when the reader of a
    pipe went away). The caller makes sure a descriptor named is one the program was given
    (commands.output_file asks before anything is opened): a number the program opened
    itself would lead into its own files.
    """
    path = Path(path)
    try:
        descriptor = output_descriptor(path)
        if descriptor is not None:
            _write_to_descriptor(descriptor, data)
            return
        try:
            info = os.stat(path)
        except FileNotFoundError:
            info = None
        if info is not None and not (stat.S_ISREG(info.st_mode) or stat.S_ISDIR(info.st_mode)):
            handle = _open_stream(path, stat.S_ISFIFO(info.st_mode), waiting)
            try:
                if not stat.S_ISREG(os.fstat(handle).st_mode):
                    _write_all(handle, data)
                    return
            finally:
                os.close(handle)
            # A regular file took the pipe's name meanwhile: replaced as any other file.
    except OSError as error:
        raise _about(error, path) from None
    # A file replaced keeps its permissions, as the shell's > keeps them: a pack exported over
    # a private one (0600) stays private.
    kept = stat.S_IMODE(info.st_mode) if info is not None and stat.S_ISREG(info.st_mode) else None
    write_atomic(path, data, mode=kept)


def is_stream(path: Path) -> bool:
    """Whether ``write_output`` writes into what ``path`` names rather than replacing a file:
    one of this process's descriptors, a named pipe or a device. False for a regular file, a
    folder, a link to either, and a name that is not there."""
    if output_descriptor(path) is not None:
        return True
    try:
        mode = os.stat(path).st_mode
    except (OSError, ValueError):
        return False
    return not (stat.S_ISREG(mode) or stat.S_ISDIR(mode))


# What names one of a process's descriptors: /dev/fd/N, /proc/self/fd/N, /proc/<id>/fd/N (and
# a thread's), as each folder's real path spells it. N as the kernel spells it: /dev/fd/01 is
# no file (the shell says so), not descriptor 1.
_DESCRIPTOR_NAME = re.compile(
    r"/(?:dev/fd|proc/(?P<process>self|thread-self|\d+)(?:/task/\d+)?/fd)/(?P<fd>0|[1-9]\d*)"
)
# The standard ones by their usual names, which are links to the above on Linux and macOS; on
# Windows, the names alone.
_STANDARD_NAMES = {"/dev/stdin": 0, "/dev/stdout": 1, "/dev/stderr": 2}
_MAX_LINKS = 40  # as the kernel's own limit on links followed in one name


def output_descriptor(path: Path) -> int | None:
    """The number of this process's descriptor that ``path`` names (``/dev/stdout``,
    ``/dev/fd/N``, ``/proc/self/fd/N``, or a link leading to one of them), open or not; None
    for any other name. Asked of the names, not of the files: opened by name, /proc/self/fd/1
    is a new open of the file behind standard output, at its start."""
    name = Path(path).as_posix()
    if name in _STANDARD_NAMES:
        return _STANDARD_NAMES[name]
    name = os.path.abspath(path)
    for _ in range(_MAX_LINKS):
        # Each folder on the way by its real path: /dev/fd is /proc/self/fd, which is
        # /proc/<this process>/fd, however it was spelled.
        name = os.path.join(os.path.realpath(os.path.dirname(name)), os.path.basename(name))
        found = _DESCRIPTOR_NAME.fullmatch(name.replace(os.sep, "/"))
        if found and found["process"] in (None, "self", "thread-self", str(os.getpid())):
            return int(found["fd"])
        if name in _STANDARD_NAMES:
            return _STANDARD_NAMES[name]
        try:
            name = os.path.join(os.path.dirname(name), os.readlink(name))
        except (OSError, ValueError):  # not a link, or not there
            return None
    return None


def _write_to_descriptor(descriptor: int, data: bytes) -> None:
    """``data`` written through ``descriptor``, after what Python's standard streams hold for
    it (a line printed before the output comes before it)."""
    for number, stream, first in (
        (0, sys.stdin, sys.__stdin__),
        (1, sys.stdout, sys.__stdout__),
        (2, sys.stderr, sys.__stderr__),
    ):
        if descriptor != number:
            continue
        if first is None:
            # Started without it (``>&-``): the number is held on /dev/null (cli.py), and the
            # output would vanish there.
            names = ("standard input", "standard output", "standard error")
            raise OSError(errno.EBADF, f"{names[number]} is closed")
        if number and stream is not None:
            stream.flush()
    _write_all(descriptor, data)


def _open_stream(path: Path, pipe: bool, waiting: Callable[[], None] | None) -> int:
    """A named pipe (``pipe``) or a device opened to write into. A pipe no program reads yet
    is waited on, after ``waiting`` (a blocking open would say nothing while it waits)."""
    flags = (
        os.O_WRONLY
        | getattr(os, "O_BINARY", 0)
        | getattr(os, "O_CLOEXEC", 0)
        | getattr(os, "O_NOCTTY", 0)  # a terminal named stays no controlling one of ours
    )
    nonblocking = getattr(os, "O_NONBLOCK", 0)
    if not nonblocking:  # Windows: no named pipes in the file system
        return os.open(path, flags)
    try:
        handle = os.open(path, flags | nonblocking)
    except OSError as error:
        if not (pipe and error.errno == errno.ENXIO):  # ENXIO: no program reads the pipe
            raise
        if waiting is not None:
            waiting()
        return os.open(path, flags)  # returns once a program opens it to read
    os.set_blocking(handle, True)
    return handle


def _write_all(handle: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(handle, view)
        view = view[written:]


def _written_through(path: Path) -> Path:
    """The file a write to ``path`` replaces: ``path``, or the file its link leads to (through
    every link on the way). Raises IsADirectoryError or NotAFileError when what is there is
    not a regular file: renaming over a named pipe or a device would put a file in its place.
    Checked before the write: someone who can swap the name in between can write the folder
    anyway."""
    try:
        info = os.stat(path)  # follows links, /dev/stdout's /proc/self/fd/1 as well
    except FileNotFoundError:
        info = None  # nothing there, or a link that leads nowhere yet
    if info is not None and stat.S_ISDIR(info.st_mode):
        raise IsADirectoryError(errno.EISDIR, "is a folder, not a file", str(path))
    if info is not None and not stat.S_ISREG(info.st_mode):
        raise NotAFileError(
            errno.EINVAL, "not a regular file (a named pipe or a device); nothing was written"
        )
    return Path(os.path.realpath(path)) if os.path.islink(path) else path


def _about(error: OSError, path: Path) -> OSError:
    """``error`` naming the file the caller asked for, not the temporary one beside it (a
    supervisor saving to a folder that is gone reads the path they chose)."""
    if error.errno is None:
        return error
    kind = NotAFileError if isinstance(error, NotAFileError) else OSError  # OSError: by errno
    return kind(error.errno, error.strerror, str(path))


def write_text_atomic(path: Path, text: str, *, mode: int | None = None) -> None:
    """``write_atomic`` of ``text`` in UTF-8, its line ends written as they are (``\\n``)."""
    write_atomic(path, text.encode("utf-8"), mode=mode)


def _create_temporary(path: Path, mode: int) -> tuple[Path, int]:
    """A new file beside ``path`` (hidden, a name no one else uses) and its open descriptor.

    os.open with O_EXCL and the mode, not tempfile.mkstemp: mkstemp always makes 0600, which
    kept other agents from reading a pack published to a share.
    """
    # A long name plus the suffix could exceed the file system's 255-byte limit.
    stem = path.name[:100]
    for _ in range(100):
        temporary = path.with_name(f".{stem}.{os.urandom(4).hex()}.tmp")
        try:
            return temporary, os.open(temporary, _OPEN_FLAGS, mode)
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, "no free temporary name", str(path.parent))


def same_file(first: Path, second: Path) -> bool:
    """Whether a write to ``first`` would replace ``second``: one file under two names (a hard
    link, a symbolic link, another spelling of the path: the same device and inode), or, when
    either is not there yet, the same path once every link on the way is followed (a link that
    leads to ``second``'s name, which the write would make)."""
    try:
        return os.path.samefile(first, second)
    except OSError:  # either is missing, or cannot be looked at
        pass
    return os.path.normcase(os.path.realpath(first)) == os.path.normcase(os.path.realpath(second))


class NotAFileError(OSError):
    """What was to be read is a link, a named pipe, a device or a folder, not a file."""


def open_regular(path: str | os.PathLike[str]) -> BinaryIO:
    """``path`` opened for reading, as long as it is a regular file and not a link. The open
    does not wait for a writer (a named pipe would hang the reader for good). Raises
    NotAFileError, or the OSError of the open."""
    return os.fdopen(_open_file_only(path, os.O_RDONLY), "rb")


def open_to_append(path: str | os.PathLike[str]) -> BinaryIO:
    """``path`` opened to append to (made when missing, with the mode any file the user makes
    gets), as long as it is a regular file and not a link: in a folder others write to, a
    named pipe planted in its place would hang the writer, and a link would lead its lines
    into any file of the writer's. Raises NotAFileError, or the OSError of the open."""
    return os.fdopen(_open_file_only(path, os.O_RDWR | os.O_APPEND | os.O_CREAT), "a+b")


def _open_file_only(path: str | os.PathLike[str], access: int) -> int:
    """The descriptor of ``path`` opened with ``access``, without following a link or waiting
    on a named pipe; NotAFileError when it is not a regular file."""
    if not hasattr(os, "O_NOFOLLOW") and os.path.islink(path):  # Windows: asked first
        raise NotAFileError(errno.ELOOP, "is a link, not a file")
    flags = (
        access
        | getattr(os, "O_BINARY", 0)
        | getattr(os, "O_NONBLOCK", 0)
        | getattr(os, "O_NOFOLLOW", 0)
        | getattr(os, "O_CLOEXEC", 0)
    )
    try:
        fd = os.open(path, flags, 0o666)
    except OSError as error:
        if error.errno == errno.ELOOP:  # O_NOFOLLOW met a link
            raise NotAFileError(errno.ELOOP, "is a link, not a file") from None
        if error.errno == errno.ENXIO:  # a named pipe nobody reads, opened to write
            raise NotAFileError(errno.ENXIO, "is not a regular file (a named pipe)") from None
        raise
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise NotAFileError(
                errno.EINVAL, "is not a regular file (a named pipe, a device, a folder)"
            )
        return fd
    except BaseException:
        os.close(fd)
        raise


def sync_file(path: Path) -> bool:
    """Flush what has been written to ``path`` (by any process) to the disk: it then survives
    a power cut. False when there is no such file. Raises OSError when the disk refuses."""
    try:
        # Opened for writing: Windows flushes a file only through a handle that may write.
        handle = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        return False
    try:
        os.fsync(handle)
    finally:
        os.close(handle)
    return True


def sync_folder(folder: Path) -> None:
    """Flush the folder's entry list, so a file made or renamed in it survives a power cut
    (POSIX)."""
    if not _POSIX:
        return  # Windows has no way to flush a folder; NTFS journals the rename itself
    try:
        handle = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return  # a folder that cannot be opened for reading cannot be flushed either
    try:
        os.fsync(handle)
    except OSError as error:
        if error.errno not in _NOT_SUPPORTED:
            raise
    finally:
        os.close(handle)


def _owned(info: os.stat_result) -> bool:
    return not _POSIX or info.st_uid == os.geteuid()


def private_folder(path: Path) -> bool:
    """Make ``path`` a folder only its owner can enter (0700 on POSIX): created so when missing
    (with its missing parents), and tightened when it exists and belongs to this user (the
    group's and others' permissions taken away).

    Raises OSError when the folder cannot be made. Returns False when an existing folder could
    not be tightened (another user's, or a file system without permissions); that is no reason
    to stop the program, and the caller may log it.
    """
    path = Path(path)
    try:
        path.mkdir(mode=PRIVATE_FOLDER_MODE)  # the umask can only take more away
    except FileExistsError:
        if not path.is_dir():
            raise
    except FileNotFoundError:
        make_parent_folder(path)
        path.mkdir(mode=PRIVATE_FOLDER_MODE, exist_ok=True)
    return _tighten(path)


def private_file(path: Path) -> bool:
    """Make an existing file readable and writable by its owner only (0600 on POSIX, or less:
    the group's and others' permissions are taken away) when it belongs to this user. True
    when it is so now (or there is nothing to do: no such file, or not POSIX); False when it
    could not be tightened. Never raises."""
    return _tighten(Path(path))


def create_private_file(path: Path) -> bool:
    """Create ``path`` empty and private unless it exists; tighten it if it does. For a file a
    library opens later by name (a log, an INI file) and would otherwise make 0644."""
    path = Path(path)
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o600))
    return private_file(path)


def _tighten(path: Path) -> bool:
    """Take the group's and others' permissions away; the owner's stay as they are (a folder
    the user made read-only stays read-only)."""
    if not _POSIX:
        return True
    try:
        info = path.stat()
    except FileNotFoundError:
        return True
    except OSError:
        return False
    if stat.S_IMODE(info.st_mode) & 0o077 == 0:
        return True
    if not _owned(info):
        return False
    try:
        os.chmod(path, stat.S_IMODE(info.st_mode) & ~0o077)
    except OSError:  # a share without permissions, a read-only mount: the caller logs it
        return False
    return True
