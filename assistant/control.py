"""The control channel: commands and a second start of the program talk to the running window.

The window listens on a per-user local socket (QLocalServer: a Unix domain socket, or a named
pipe on Windows) whose name also depends on the data folder, so two data folders (and tests
with temporary ones) never collide. A request is one line of JSON, the reply is one line of
JSON: ``{"ok": true, "message": "..."}``. Softphones that run a command on call events drive
the window through ``agent-assistant hold start|check-in|end`` and ``call start|end``.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import logging
import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLockFile, QObject
from PySide6.QtNetwork import QAbstractSocket, QLocalServer, QLocalSocket

from assistant import APP_ID
from assistant.core.files import private_file, private_folder
from assistant.core.hold import format_duration

if TYPE_CHECKING:
    from assistant.ui.main_window import MainWindow

log = logging.getLogger(__name__)

Request = dict[str, Any]
Reply = dict[str, Any]
Handler = Callable[[Request], Reply]

# Held by the window of a data folder while it runs: two starts at the same moment cannot
# both become the window (asking the socket first and then listening leaves a gap).
LOCK_FILE = "window.lock"
CONNECT_TIMEOUT_MS = 1500
REPLY_TIMEOUT_MS = 5000
MAX_REQUEST_BYTES = 64 * 1024


def server_name(data_dir: Path) -> str:
    """The socket name for this user and data folder (short enough for any platform)."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no user name in the environment or the password database
        user = "user"
    user = re.sub(r"[^A-Za-z0-9_.-]", "_", user)[:32] or "user"
    digest = hashlib.sha256(str(data_dir.expanduser().resolve()).encode("utf-8")).hexdigest()
    return f"{APP_ID}-{user}-{digest[:16]}"


def ok(message: str, **extra: Any) -> Reply:
    return {"ok": True, "message": message, **extra}


def error(message: str) -> Reply:
    return {"ok": False, "message": message}


class ControlServer(QObject):
    """Listens for requests in the window process and answers each with ``handler``.

    The program listens before it builds its window, so a second start or a softphone command
    that comes meanwhile is not lost: the socket queues the connection, and a request read
    before ``attach`` gives the handler waits for it (nothing answers before the event loop
    runs anyway, and that is once the window is shown).
    """

    def __init__(
        self, data_dir: Path, handler: Handler | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.name = server_name(data_dir)
        self._handler = handler
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)
        self._buffers: dict[QLocalSocket, bytes] = {}
        self._waiting: list[tuple[QLocalSocket, bytes]] = []
        self._data_dir = data_dir
        self._lock = QLockFile(str(data_dir / LOCK_FILE))
        # Held all shift: stale only once the process that took it is gone, never by age.
        self._lock.setStaleLockTime(0)

    def start(self) -> bool:
        """Become this data folder's window and listen; a socket left behind by a crashed run
        is removed first. False on failure, and when another window holds the folder (one
        running, or starting at the same moment)."""
        if not self._claim():
            log.warning("another window of the data folder %s is running", self._data_dir)
            return False
        # Asked too, not left to listen(): on Unix, Qt binds the socket elsewhere and renames
        # it over the name (to set its permissions), silently taking it from a running window
        # (of a version that took no lock).
        if _listening(self.name):
            log.warning("another window of this data folder listens on %s", self.name)
            self._lock.unlock()
            return False
        if self._server.listen(self.name):
            return True
        if self._server.serverError() == QAbstractSocket.SocketError.AddressInUseError:
            # Nobody listens on it, so it is a leftover: remove it.
            QLocalServer.removeServer(self.name)
            if self._server.listen(self.name):
                return True
        log.warning("control channel unavailable: %s", self._server.errorString())
        return False

    def attach(self, handler: Handler) -> None:
        """Answer with ``handler`` from now on, starting with the requests that waited."""
        self._handler = handler
        waiting, self._waiting = self._waiting, []
        for socket, line in waiting:
            self._reply(socket, line)

    @property
    def waiting(self) -> int:
        """Requests read before a handler was attached, not answered yet."""
        return len(self._waiting)

    def _claim(self) -> bool:
        """Take the window lock; True too when it cannot even be made (an unwritable data
        folder is reported by the knowledge base, with what to do)."""
        try:
            private_folder(self._data_dir)
        except OSError:
            return True
        if self._lock.tryLock(0):
            private_file(self._data_dir / LOCK_FILE)  # Qt makes it from the umask
            return True
        return self._lock.error() != QLockFile.LockError.LockFailedError

    def close(self) -> None:
        self._server.close()
        self._lock.unlock()

    @property
    def listening(self) -> bool:
        return self._server.isListening()

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            self._buffers[socket] = b""
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(lambda s=socket: self._forget(s))

    def _forget(self, socket: QLocalSocket) -> None:
        self._buffers.pop(socket, None)
        self._waiting = [(s, line) for s, line in self._waiting if s is not socket]
        socket.deleteLater()

    def _read(self, socket: QLocalSocket) -> None:
        data = self._buffers.get(socket, b"") + bytes(socket.readAll().data())
        if b"\n" not in data and len(data) < MAX_REQUEST_BYTES:
            self._buffers[socket] = data
            return
        line = data.split(b"\n", 1)[0]
        self._buffers[socket] = b""
        if self._handler is None:
            self._waiting.append((socket, line))
            return
        self._reply(socket, line)

    def _reply(self, socket: QLocalSocket, line: bytes) -> None:
        reply = self._answer(line)
        socket.write(json.dumps(reply).encode("utf-8") + b"\n")
        socket.flush()
        socket.disconnectFromServer()

    def _answer(self, line: bytes) -> Reply:
        try:
            request = json.loads(line.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            return error("the request is not one line of JSON")
        if not isinstance(request, dict):
            return error("the request must be a JSON object")
        assert self._handler is not None
        try:
            return self._handler(request)
        except Exception:  # a bug: the window keeps running, the command hears about it
            log.exception("control request %r failed", request)
            return error("the window could not do that; details are in its log file")


def _listening(name: str) -> bool:
    """Whether a server accepts connections on ``name`` (it may not be answering yet)."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    connected = socket.waitForConnected(CONNECT_TIMEOUT_MS)
    socket.abort()
    return connected


def send(data_dir: Path, request: Request, timeout_ms: int = REPLY_TIMEOUT_MS) -> Reply | None:
    """Send one request to the window of ``data_dir``; None when no window is running."""
    # The blocking wait functions need no event loop, nor an application object.
    socket = QLocalSocket()
    socket.connectToServer(server_name(data_dir))
    if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
        return None
    socket.write(json.dumps(request).encode("utf-8") + b"\n")
    socket.waitForBytesWritten(timeout_ms)
    data = b""
    while b"\n" not in data:
        if not socket.waitForReadyRead(timeout_ms):
            data += bytes(socket.readAll().data())
            break
        data += bytes(socket.readAll().data())
    socket.disconnectFromServer()
    line = data.split(b"\n", 1)[0]
    if not line:
        return error("the running window did not answer")
    try:
        reply = json.loads(line.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        return error("the running window sent an unreadable answer")
    return reply if isinstance(reply, dict) else error("the running window sent an odd answer")


def handle(window: MainWindow, request: Request) -> Reply:
    """Carry out one request on the window: show, ping, hold ..., call ..."""
    command = request.get("command")
    action = request.get("action")
    if command == "ping":
        return ok("running", hold_id=window.hold.hold_id, call_id=window.call.call_id)
    if command == "show":
        window.bring_forward()
        return ok("brought the running window forward")
    if command == "hold":
        return _hold(window, action)
    if command == "call":
        campaign = request.get("campaign")
        return _call(window, action, campaign if isinstance(campaign, str) else None)
    return error(f"unknown command {command!r}")


def _hold(window: MainWindow, action: object) -> Reply:
    hold = window.hold
    if action == "start":
        if not hold.start_hold():
            return error("a hold is already running")
        return ok(f"hold started; check in within {format_duration(hold.timer.check_in_seconds)}")
    if action == "check-in":
        record = hold.check_in()
        if record is None:
            return error("no hold is running")
        late = f", {record.late:.0f} s late" if record.late > 0 else ", on time"
        return ok(
            f"checked in{late}; next check-in in {format_duration(hold.timer.check_in_seconds)}"
        )
    if action == "end":
        ended = hold.end_hold()
        if ended is None:
            return error("no hold is running")
        return ok(f"hold ended after {format_duration(ended.duration)}")
    return error(f"unknown hold action {action!r}")


def _call(window: MainWindow, action: object, campaign: str | None) -> Reply:
    if action == "start":
        problem = window.start_call(campaign)
        if problem is not None:
            return error(problem)
        current = window.campaigns.current()
        return ok(f"call started ({current.name})" if current else "call started")
    if action == "end":
        record = window.call.end_call()
        if record is None:
            return error("no call is running")
        flagged = (
            "; required steps not ticked: " + ", ".join(record.missing_steps)
            if record.missing_steps
            else ""
        )
        return ok(f"call ended after {format_duration(record.duration)}{flagged}")
    return error(f"unknown call action {action!r}")
