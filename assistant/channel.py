"""The control channel's plain-Python half: the window lock of a data folder, the socket it
names, and the client that commands (``agent-assistant hold start``) and a second start use.

One window per data folder. The window holds an OS lock on DATA/window.lock while it runs:
every path to the folder (a bind mount, a symbolic link, a mapped drive and its UNC path) leads
to that one file, so every start agrees on who the window is, and a crash frees the lock with
the process. The window writes the name of its control socket into the lock file; a command
reads it there. The socket lives in a folder only this user can enter (``$XDG_RUNTIME_DIR``,
or a private folder of this user's), so another local user can neither bind it first nor
connect to it, and the client checks the peer's user id (SO_PEERCRED) before it believes an
answer. On Windows it is a named pipe made for the current user only (QLocalServer's
UserAccessOption), whose server process's owner the client checks.

Nothing here imports Qt or the rest of the program, nor typing or pathlib: a softphone runs a
command on every call event, and the command's cost is its start (assistant/fastcli.py). A
folder is any path (str or Path) to the client.

A request is one line of JSON, the reply one line of JSON: ``{"ok": true, "message": "..."}``.
"""

from __future__ import annotations

import json
import os
import socket
import sys

# typing.TYPE_CHECKING without importing typing (a few ms of every softphone command's start);
# mypy reads any name TYPE_CHECKING alike.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from pathlib import Path
    from typing import Any

    Folder = str | os.PathLike[str]

LOCK_FILE = "window.lock"
CONNECT_TIMEOUT_S = 1.5
REPLY_TIMEOUT_S = 5.0
MAX_MESSAGE_BYTES = 64 * 1024
_SOCKET_PATH_LIMIT = 100  # sun_path holds 104-108 bytes, with the terminating NUL

Request = dict[str, "Any"]
Reply = dict[str, "Any"]


class ChannelError(Exception):
    """The window's channel cannot be trusted or used; the message says why."""


# ---------------------------------------------------------------- the window lock


class WindowLock:
    """The lock a data folder's window holds while it runs (see the module docstring)."""

    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / LOCK_FILE
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> bool:
        """Take the lock; False when another window of this folder holds it. An unwritable
        folder raises OSError (the caller says what to do)."""
        if self._fd is not None:
            return True
        from assistant.core.locks import try_lock  # the window's side only

        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o600)
        try:
            if not try_lock(fd):
                os.close(fd)
                return False
        except OSError:
            os.close(fd)
            raise
        self._fd = fd
        return True

    def publish(self, endpoint: str) -> None:
        """Write the control socket's name where commands look for it."""
        if self._fd is None:
            raise ChannelError("the window lock is not held")
        text = json.dumps({"endpoint": endpoint, "pid": os.getpid()}).encode("utf-8") + b"\n"
        os.lseek(self._fd, 0, os.SEEK_SET)
        os.write(self._fd, text)
        os.ftruncate(self._fd, len(text))
        os.fsync(self._fd)

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:  # noqa: SIM105 - contextlib would cost a softphone command's start its import
            os.ftruncate(fd, 0)  # no socket name left for a command to try
        except OSError:
            pass
        os.close(fd)  # closing frees the lock


def endpoint_of(data_dir: Folder) -> str | None:
    """The control socket the folder's window wrote in its lock file; None when none did."""
    try:
        with open(os.path.join(data_dir, LOCK_FILE), "rb") as stream:
            raw = stream.read(4096)
    except OSError:
        return None
    try:
        data = json.loads(raw.decode("utf-8")) if raw.strip() else None
    except (UnicodeDecodeError, ValueError):
        return None
    endpoint = data.get("endpoint") if isinstance(data, dict) else None
    return endpoint if isinstance(endpoint, str) and endpoint else None


def new_endpoint(data_dir: Path) -> str:
    """A fresh control socket name for a window of ``data_dir``: a socket path in a folder
    only this user can enter (POSIX), or a pipe name nobody can guess (Windows)."""
    import secrets  # here: a command's client never makes one, and it costs ~5 ms to import

    token = secrets.token_hex(8)
    if sys.platform == "win32":
        return f"agent-assistant-{token}"
    name = f"aa-{token}.sock"
    for folder in _private_folders(data_dir):
        path = folder / name
        if len(os.fsencode(path)) <= _SOCKET_PATH_LIMIT:
            return str(path)
    raise ChannelError(
        "no private folder for the control socket: set XDG_RUNTIME_DIR, or use a shorter "
        "data folder path"
    )


def _private_folders(data_dir: Path) -> list[Path]:
    """Candidate folders for the socket, each checked to be this user's alone (0700)."""
    from pathlib import Path  # the window's side only

    candidates: list[Path] = []
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    if runtime:
        candidates.append(Path(runtime) / "agent-assistant")
    candidates.append(data_dir)  # the agent's own data folder, kept 0700
    candidates.append(Path("/tmp") / f"agent-assistant-{os.getuid()}")
    found: list[Path] = []
    for candidate in candidates:
        try:
            found.append(_socket_folder(candidate))
        except (ChannelError, OSError):
            continue  # not this user's alone: never used
    return found


def _socket_folder(path: Path) -> Path:
    """``path`` made (or found) as a folder of this user's that nobody else may enter."""
    import stat  # the window's side only

    try:  # noqa: SIM105 - as in release()
        os.mkdir(path, 0o700)
    except FileExistsError:
        pass
    info = os.lstat(path)
    if not stat.S_ISDIR(info.st_mode) or info.st_uid != os.getuid():
        raise ChannelError(f"{path} is not a folder of this user's")
    if info.st_mode & 0o077:
        os.chmod(path, 0o700)
    return path


# ---------------------------------------------------------------- the client


def send(data_dir: Folder, request: Request, timeout: float = REPLY_TIMEOUT_S) -> Reply | None:
    """Send one request to the window of ``data_dir``; None when no window is running.

    Raises ChannelError when something that is not this user's window answers (the socket's
    owner is another user), so a command never takes a squatter's word for it.
    """
    endpoint = endpoint_of(data_dir)
    if endpoint is None:
        return None
    try:
        connection = _connect(endpoint)
    except (FileNotFoundError, ConnectionRefusedError, TimeoutError):
        return None  # the lock file outlived its window (a crash)
    except OSError as failure:
        if sys.platform == "win32" and getattr(failure, "winerror", 0) in (2, 231):
            return None
        raise ChannelError(f"cannot reach the window's control channel: {failure}") from None
    with connection:
        connection.check_peer()
        connection.write(json.dumps(request).encode("utf-8") + b"\n")
        line = connection.read_line(timeout)
    if not line:
        return error("the running window did not answer")
    try:
        reply = json.loads(line.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return error("the running window sent an unreadable answer")
    return reply if isinstance(reply, dict) else error("the running window sent an odd answer")


MAX_DEPTH = 8
MAX_NUMBER_DIGITS = 18


def decode_message(line: bytes) -> Request | str:
    """One line of JSON as a request (a JSON object), or what is wrong with it. Bounded, so a
    hostile line (a 5,000-digit number, 100,000 nested brackets) gets a plain answer."""
    if len(line) > MAX_MESSAGE_BYTES:
        return f"the request is longer than {MAX_MESSAGE_BYTES} bytes"
    if _nesting(line) > MAX_DEPTH:
        return f"the request nests deeper than {MAX_DEPTH} levels"

    def number(text: str) -> int:
        if len(text.lstrip("-")) > MAX_NUMBER_DIGITS:
            raise ValueError("number too long")
        return int(text)

    try:
        request = json.loads(line.decode("utf-8"), parse_int=number)
    except (UnicodeDecodeError, ValueError, RecursionError):
        return "the request is not one line of JSON"
    if not isinstance(request, dict):
        return "the request must be a JSON object"
    return request


def _nesting(line: bytes) -> int:
    """The deepest nesting of brackets outside strings (JSON's own escapes respected)."""
    depth = deepest = 0
    in_string = escaped = False
    for byte in line:
        if in_string:
            if escaped:
                escaped = False
            elif byte == 0x5C:  # backslash
                escaped = True
            elif byte == 0x22:  # quote
                in_string = False
        elif byte == 0x22:
            in_string = True
        elif byte in (0x5B, 0x7B):  # [ {
            depth += 1
            deepest = max(deepest, depth)
        elif byte in (0x5D, 0x7D):
            depth -= 1
    return deepest


def error(message: str) -> Reply:
    return {"ok": False, "message": message}


def ok(message: str, **extra: Any) -> Reply:
    return {"ok": True, "message": message, **extra}


class _Connection:
    def __init__(self, sock: socket.socket | None = None, pipe: Any = None) -> None:
        self._sock = sock
        self._pipe = pipe

    def __enter__(self) -> _Connection:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._sock is not None:
            self._sock.close()
        if self._pipe is not None:
            self._pipe.close()

    def check_peer(self) -> None:
        if self._sock is not None:
            uid = peer_uid(self._sock)
            if uid is not None and uid != os.getuid():
                raise ChannelError(
                    f"the control socket belongs to another user (uid {uid}); refusing to talk "
                    "to it. Ask IT: another account may be imitating Agent Assistant"
                )
        elif self._pipe is not None:
            _check_pipe_owner(self._pipe)

    def write(self, data: bytes) -> None:
        if self._sock is not None:
            self._sock.sendall(data)
        else:
            self._pipe.write(data)
            self._pipe.flush()

    def read_line(self, timeout: float) -> bytes:
        data = b""
        if self._sock is not None:
            self._sock.settimeout(timeout)
            try:
                while b"\n" not in data and len(data) < MAX_MESSAGE_BYTES:
                    chunk = self._sock.recv(4096)
                    if not chunk:
                        break
                    data += chunk
            except (TimeoutError, OSError):
                pass
        else:
            data = self._pipe.readline(MAX_MESSAGE_BYTES)
        return data.split(b"\n", 1)[0]


def _connect(endpoint: str) -> _Connection:
    if sys.platform == "win32":
        return _Connection(pipe=open(rf"\\.\pipe\{endpoint}", "r+b", buffering=0))  # noqa: SIM115
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    sock.settimeout(CONNECT_TIMEOUT_S)
    try:
        sock.connect(endpoint)
    except BaseException:
        sock.close()
        raise
    return _Connection(sock)


def peer_uid(sock: socket.socket) -> int | None:
    """The user id of the process at the other end of a Unix socket (Linux, BSD, macOS)."""
    if hasattr(socket, "SO_PEERCRED"):
        # Linux's struct ucred: three 32-bit ints in the machine's order, pid, uid, gid. Read
        # with int.from_bytes rather than struct, whose import a softphone's command would
        # pay on every call event.
        raw = sock.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, 12)
        return int.from_bytes(raw[4:8], sys.byteorder)
    getpeereid = getattr(os, "getpeereid", None)  # not in the standard library everywhere
    if getpeereid is not None:
        return int(getpeereid(sock.fileno())[0])
    return None


def _check_pipe_owner(pipe: Any) -> None:  # pragma: no cover - Windows only
    """Refuse a pipe whose server process runs as another user."""
    import ctypes
    import msvcrt
    from ctypes import wintypes

    windll: Any = getattr(ctypes, "WinDLL")  # noqa: B009 - Windows only, unknown to mypy here
    kernel32 = windll("kernel32", use_last_error=True)
    advapi32 = windll("advapi32", use_last_error=True)
    handle = getattr(msvcrt, "get_osfhandle")(pipe.fileno())  # noqa: B009
    pid = wintypes.ULONG()
    if not kernel32.GetNamedPipeServerProcessId(wintypes.HANDLE(handle), ctypes.byref(pid)):
        raise ChannelError("cannot tell who runs the window's control pipe; refusing it")
    process_query_limited_information = 0x1000
    token_query = 0x0008
    token_user = 1
    process = kernel32.OpenProcess(process_query_limited_information, False, pid.value)
    if not process:
        raise ChannelError("the window's control pipe belongs to a process of another user")

    def sid_of(process_handle: Any) -> bytes:
        token = wintypes.HANDLE()
        if not advapi32.OpenProcessToken(process_handle, token_query, ctypes.byref(token)):
            raise ChannelError("cannot read the owner of the window's control pipe")
        try:
            size = wintypes.DWORD()
            advapi32.GetTokenInformation(token, token_user, None, 0, ctypes.byref(size))
            buffer = ctypes.create_string_buffer(size.value)
            if not advapi32.GetTokenInformation(
                token, token_user, buffer, size, ctypes.byref(size)
            ):
                raise ChannelError("cannot read the owner of the window's control pipe")
            sid = ctypes.cast(buffer, ctypes.POINTER(ctypes.c_void_p))[0]
            length = advapi32.GetLengthSid(ctypes.c_void_p(sid))
            return ctypes.string_at(sid, length)
        finally:
            kernel32.CloseHandle(token)

    try:
        theirs = sid_of(process)
    finally:
        kernel32.CloseHandle(process)
    if theirs != sid_of(kernel32.GetCurrentProcess()):
        raise ChannelError("the window's control pipe belongs to another user; refusing it")
