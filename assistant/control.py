"""The control channel's window half: the server that answers commands and a second start.

The window takes its data folder's lock (assistant/channel.py) before it builds anything, then
listens on a fresh socket in a folder only this user can enter and writes the socket's name
into the lock file. ``agent-assistant hold start|check-in|end`` and ``call start|end`` (a
softphone runs them on call events) and a second start arrive here; each request is carried
out by the agent's desk (services/desk.py), the same calls the window's buttons make, so the
reply, the window and activity.db always agree.

Every request gets one answer and a closed connection: a malformed, oversized or hostile one
gets an error reply, never the crash dialog. A connection that says nothing is closed after
a few seconds.
"""

from __future__ import annotations

import json
import logging
import math
import os
import socket
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtNetwork import QAbstractSocket, QLocalServer, QLocalSocket

from assistant.channel import (
    MAX_MESSAGE_BYTES,
    ChannelError,
    Reply,
    Request,
    WindowLock,
    decode_message,
    error,
    new_endpoint,
    ok,
    peer_uid,
)
from assistant.core.hold import format_duration
from assistant.services.desk import Desk, SessionError
from assistant.store.errors import StoreError

log = logging.getLogger(__name__)

Handler = Callable[[Request], Reply]
# settle(then): then(None) once what the window has written is on the disk, then(message)
# when the disk refused (services/flush.py ActivityFlush.settle).
Settle = Callable[[Callable[[str | None], None]], None]
IDLE_TIMEOUT_MS = 5000


class ControlServer(QObject):
    """Holds the folder's window lock and answers requests with ``handler``.

    The program listens before it builds its window, so a command that comes meanwhile is
    not lost: the socket queues it, and a request read before ``attach`` gives the handler
    waits for it (nothing answers before the event loop runs anyway).
    """

    def __init__(
        self, data_dir: Path, handler: Handler | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._data_dir = data_dir
        self._handler = handler
        self._lock = WindowLock(data_dir)
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)
        self._settle: Settle | None = None
        self._buffers: dict[QLocalSocket, bytes] = {}
        self._waiting: list[tuple[QLocalSocket, bytes]] = []
        self._settling: set[QLocalSocket] = set()  # answered, the answer waiting for the disk
        self._closed = False
        self.endpoint = ""

    def start(self) -> bool:
        """Become this data folder's window and listen. False when another window of the
        folder holds its lock (running, or starting at this moment)."""
        try:
            if not self._lock.acquire():
                log.warning("another window of the data folder %s is running", self._data_dir)
                return False
        except OSError as failure:
            # An unwritable data folder: the knowledge base says what to do about it.
            log.warning("the window lock cannot be taken: %s", failure)
            return True
        try:
            self.endpoint = new_endpoint(self._data_dir)
        except (ChannelError, OSError) as failure:
            log.warning("control channel unavailable: %s", failure)
            return True  # the lock is held: this is the window, without a channel
        if not self._server.listen(self.endpoint):
            if self._server.serverError() == QAbstractSocket.SocketError.AddressInUseError:
                QLocalServer.removeServer(self.endpoint)
            if not self._server.listen(self.endpoint):
                log.warning("control channel unavailable: %s", self._server.errorString())
                return True
        try:
            self._lock.publish(self.endpoint)
        except OSError as failure:
            log.warning("the control channel's name cannot be written: %s", failure)
        return True

    def attach(self, handler: Handler, settle: Settle | None = None) -> None:
        """Answer with ``handler`` from now on, starting with the requests that waited. With
        ``settle``, each answer is sent once what the window wrote is on the disk: a softphone
        told "hold started" may rely on it through a power cut."""
        self._handler = handler
        self._settle = settle
        waiting, self._waiting = self._waiting, []
        for connection, line in waiting:
            self._reply(connection, line)

    @property
    def waiting(self) -> int:
        """Requests read before a handler was attached, not answered yet."""
        return len(self._waiting)

    @property
    def listening(self) -> bool:
        return self._server.isListening()

    def close(self) -> None:
        """Stop listening, let the folder's lock go, and go: the server is deleted once the
        event loop next turns, with the connections it still has. Left to Python's garbage
        collector instead (a server nothing owns, in a cycle through its connections'
        handlers), its teardown crashed PySide (a QLocalSocket deleted twice)."""
        self._closed = True
        self._server.close()
        self._lock.release()
        self.deleteLater()

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            connection = self._server.nextPendingConnection()
            if not _same_user(connection):
                connection.abort()
                connection.deleteLater()
                continue
            self._buffers[connection] = b""
            connection.readyRead.connect(lambda c=connection: self._read(c))
            connection.disconnected.connect(lambda c=connection: self._forget(c))
            # A client that never finishes its line is answered and let go.
            QTimer.singleShot(IDLE_TIMEOUT_MS, connection, lambda c=connection: self._idle(c))

    def _idle(self, connection: QLocalSocket) -> None:
        if connection in self._buffers and connection not in (c for c, _ in self._waiting):
            self._send(connection, error("no request arrived in time"))

    def _forget(self, connection: QLocalSocket) -> None:
        self._buffers.pop(connection, None)
        self._settling.discard(connection)
        self._waiting = [(c, line) for c, line in self._waiting if c is not connection]
        if not self._closed:  # else the server's deletion takes it (it says so as it goes)
            connection.deleteLater()

    def _read(self, connection: QLocalSocket) -> None:
        if connection not in self._buffers:
            return  # answered already
        data = self._buffers[connection] + bytes(connection.readAll().data())
        if b"\n" not in data and len(data) <= MAX_MESSAGE_BYTES:
            self._buffers[connection] = data
            return
        line = data.split(b"\n", 1)[0]
        self._buffers.pop(connection, None)
        if self._handler is None:
            self._waiting.append((connection, line))
            return
        self._reply(connection, line)

    def _reply(self, connection: QLocalSocket, line: bytes) -> None:
        reply = self._answer(line)
        if self._settle is None:
            self._send(connection, reply)
            return
        self._settling.add(connection)
        self._settle(lambda failure: self._settled(connection, reply, failure))

    def _settled(self, connection: QLocalSocket, reply: Reply, failure: str | None) -> None:
        if self._closed or connection not in self._settling:
            return  # the window is closing, or the command stopped waiting
        self._settling.discard(connection)
        if failure is not None and reply.get("ok"):
            reply = error(f"{reply.get('message', 'done')}, but {failure}")
        self._send(connection, reply)

    def _send(self, connection: QLocalSocket, reply: Reply) -> None:
        self._buffers.pop(connection, None)
        try:
            text = _encode(reply)
        except (TypeError, ValueError):  # a bug in a handler's reply
            log.exception("control reply %r cannot be sent", reply)
            text = _encode(error("the window could not do that; details are in its log file"))
        connection.write(text)
        connection.flush()
        connection.disconnectFromServer()

    def _answer(self, line: bytes) -> Reply:
        request = decode_message(line)
        if isinstance(request, str):
            return error(request)
        assert self._handler is not None
        try:
            return self._handler(request)
        except Exception:  # a bug: the window keeps running, the command hears about it
            log.exception("control request %r failed", request)
            return error("the window could not do that; details are in its log file")


def _encode(reply: Reply) -> bytes:
    return json.dumps(reply).encode("utf-8") + b"\n"


def _same_user(connection: QLocalSocket) -> bool:
    """Whether the connecting process runs as this user (the socket's folder already keeps
    others out; this is the second lock on the door). True where it cannot be asked."""
    if sys.platform == "win32" or not hasattr(socket, "SO_PEERCRED"):
        return True
    fd = int(connection.socketDescriptor())
    if fd < 0:
        return True
    try:
        with socket.fromfd(fd, socket.AF_UNIX, socket.SOCK_STREAM) as probe:
            uid = peer_uid(probe)
    except OSError:
        return True
    return uid is None or uid == os.getuid()


# ---------------------------------------------------------------- the requests


def handle(desk: Desk, show: Callable[[], None], request: Request) -> Reply:
    """Carry out one request at the desk: show, ping, hold ..., call ..."""
    command = request.get("command")
    action = request.get("action")
    if command == "ping":
        return ok("running", hold_id=desk.hold.hold_id, call_id=desk.call.call_id)
    if command == "show":
        show()
        return ok("brought the running window forward")
    try:
        if command == "hold":
            return _hold(desk, action)
        if command == "call":
            campaign = request.get("campaign")
            return _call(desk, action, campaign if isinstance(campaign, str) else None)
    except (SessionError, StoreError) as failure:
        return error(str(failure))
    return error(f"unknown command {_shown(command)}")


def _hold(desk: Desk, action: object) -> Reply:
    if action == "start":
        started = desk.start_hold()
        return ok(f"hold started; check in within {format_duration(started.check_in_seconds)}")
    if action == "check-in":
        checked = desk.check_in()
        # Late by a part of a second counts as a second: "0 s late" would read as on time.
        late = ", on time" if checked.on_time else f", {math.ceil(checked.late_s)} s late"
        every = format_duration(desk.hold.check_in_seconds)
        return ok(f"checked in{late}; next check-in in {every}")
    if action == "end":
        ended = desk.end_hold()
        return ok(f"hold ended after {format_duration(ended.duration_s)}")
    return error(f"unknown hold action {_shown(action)}")


def _call(desk: Desk, action: object, campaign: str | None) -> Reply:
    if action == "start":
        desk.start_call(campaign)
        current = desk.campaign
        return ok(f"call started ({current.name})" if current else "call started")
    if action == "end":
        ended, record = desk.end_call()
        flagged = (
            "; required steps not ticked: " + ", ".join(ended.missing_steps)
            if ended.missing_steps
            else ""
        )
        return ok(f"call ended after {format_duration(record.duration)}{flagged}")
    return error(f"unknown call action {_shown(action)}")


def _shown(value: Any) -> str:
    """A value from a request, quoted and cut short for a reply."""
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."
