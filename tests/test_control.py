"""The control channel end to end: a real window process, driven by real command processes."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from assistant import channel, control
from assistant.settings import Settings
from assistant.store.knowledge import KnowledgeBase
from tests.conftest import new_window, run_as_nobody

ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "assistant", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=ENV,
        stdin=subprocess.DEVNULL,
        check=False,
    )


@pytest.fixture
def running_window(data_dir: Path) -> Iterator[subprocess.Popen[str]]:
    """The real program with its window open (offscreen), ready for commands."""
    window = subprocess.Popen(
        [sys.executable, "-m", "assistant", "--data-dir", str(data_dir)],
        env=ENV,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        # Readiness, not timing: wait until the window answers on its socket.
        deadline = time.monotonic() + 90
        while channel.send(data_dir, {"command": "ping"}) is None:
            assert window.poll() is None, f"the window exited: {window.communicate()[1]}"
            assert time.monotonic() < deadline, "the window never opened its control channel"
            time.sleep(0.2)
        yield window
    finally:
        window.terminate()
        try:
            window.wait(timeout=20)
        except subprocess.TimeoutExpired:
            window.kill()


def report(data_dir: Path) -> list[dict[str, object]]:
    result = run("report", "holds", "--format", "json", "--data-dir", str(data_dir))
    assert result.returncode == 0, result.stderr
    rows: list[dict[str, object]] = json.loads(result.stdout)
    return rows


@pytest.mark.slow
def test_a_softphone_drives_the_running_window_with_commands(
    running_window: subprocess.Popen[str], data_dir: Path
) -> None:
    started = run("call", "start", "--campaign", "collections", "--data-dir", str(data_dir))
    assert started.returncode == 0, started.stderr
    assert "call started (" in started.stdout
    assert run("hold", "start", "--data-dir", str(data_dir)).returncode == 0
    again = run("hold", "start", "--data-dir", str(data_dir))
    assert again.returncode == 1 and "already running" in again.stderr
    [hold] = report(data_dir)
    assert hold["status"] == "running" and hold["ended_at"] is None
    assert hold["campaign"] == "builtin/collections" and hold["check_in_seconds"] == 90
    checked = run("hold", "check-in", "--data-dir", str(data_dir))
    assert checked.returncode == 0 and "checked in" in checked.stdout
    assert run("hold", "end", "--data-dir", str(data_dir)).returncode == 0
    ended = run("call", "end", "--data-dir", str(data_dir))
    # Nothing was ticked: the required steps are flagged, the call still ends.
    assert ended.returncode == 0 and "required steps not ticked" in ended.stdout
    [hold] = report(data_dir)
    assert hold["status"] == "ended" and hold["check_ins"] == 1 and hold["call_id"] is not None
    unknown = run("call", "start", "--campaign", "no-such-campaign", "--data-dir", str(data_dir))
    assert unknown.returncode == 1 and "no-such-campaign" in unknown.stderr

    # A second start of the program brings the running window forward and exits 0.
    second = run("--data-dir", str(data_dir))
    assert second.returncode == 0 and "already running" in second.stdout
    assert running_window.poll() is None


def test_commands_say_so_when_no_window_runs(data_dir: Path) -> None:
    for command in (("hold", "start"), ("hold", "check-in"), ("call", "end")):
        result = run(*command, "--data-dir", str(data_dir))
        assert result.returncode == 1
        assert "no Agent Assistant window is running" in result.stderr


def test_the_socket_is_private_and_named_in_the_folders_lock(data_dir: Path) -> None:
    server = control.ControlServer(data_dir)
    assert server.start()
    try:
        assert channel.endpoint_of(data_dir) == server.endpoint
        socket_file = Path(server.endpoint)
        folder = socket_file.parent.stat()
        assert folder.st_uid == os.getuid() and folder.st_mode & 0o077 == 0
        # A new name at every start: nobody can bind it first by guessing.
        assert len(socket_file.name) > 16
    finally:
        server.close()
    assert channel.endpoint_of(data_dir) is None  # nothing left for a command to try


def test_the_server_answers_requests_in_process(
    qtbot: QtBot, kb: KnowledgeBase, data_dir: Path
) -> None:
    window = new_window(kb, Settings(data_dir))
    qtbot.addWidget(window)

    def handle(request: channel.Request) -> channel.Reply:
        return control.handle(window.desk, window.bring_forward, request)

    server = control.ControlServer(data_dir, handle, window)
    assert server.start()
    assert handle({"command": "hold", "action": "end"}) == {
        "ok": False,
        "message": "no hold is running",
    }
    assert handle({"command": "hold", "action": "start"})["ok"]
    assert window.hold.running
    assert not handle({"command": "dance"})["ok"]
    assert not handle({"command": "hold", "action": "sideways"})["ok"]
    server.close()


def test_a_command_sent_while_the_window_is_being_built_is_answered_once_it_shows(
    qtbot: QtBot, kb: KnowledgeBase, data_dir: Path
) -> None:
    # run_window's order: claim the channel, build the window, then answer.
    server = control.ControlServer(data_dir)
    assert server.start()
    command = subprocess.Popen(
        [sys.executable, "-m", "assistant", "hold", "start", "--data-dir", str(data_dir)],
        env=ENV,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        # The softphone's command arrived while no window existed: it waits, it is not lost.
        qtbot.waitUntil(lambda: server.waiting == 1, timeout=60000)
        window = new_window(kb, Settings(data_dir))
        qtbot.addWidget(window)
        server.attach(lambda r: control.handle(window.desk, window.bring_forward, r))
        qtbot.waitUntil(lambda: command.poll() is not None, timeout=30000)
        out, err = command.communicate()
    finally:
        if command.poll() is None:
            command.kill()
        server.close()
    assert command.returncode == 0, err
    assert "hold started" in out
    assert window.hold.running and server.waiting == 0


def test_a_second_start_does_not_take_the_channel_of_one_still_starting(data_dir: Path) -> None:
    first = control.ControlServer(data_dir)
    assert first.start()
    # Both checked before either listened (two starts at the same moment): the second must
    # not remove the first one's socket as if it were a leftover of a crash.
    second = control.ControlServer(data_dir)
    assert not second.start()
    assert first.listening and not second.listening
    first.close()
    # A real leftover (nobody listens) is still cleared.
    third = control.ControlServer(data_dir)
    assert third.start()
    third.close()


def test_the_lock_a_crashed_window_left_behind_does_not_stop_the_next_start(
    data_dir: Path,
) -> None:
    crashed = (
        "import os, sys\n"
        "from pathlib import Path\n"
        "from assistant.channel import WindowLock\n"
        "lock = WindowLock(Path(sys.argv[1]))\n"
        "assert lock.acquire()\n"
        "lock.publish(sys.argv[1] + '/gone.sock')\n"
        "os._exit(0)  # killed: no release, the file and its socket name stay\n"
    )
    subprocess.run([sys.executable, "-c", crashed, str(data_dir)], check=True, env=ENV)
    assert channel.endpoint_of(data_dir) is not None
    # A command finds no window (nobody listens there), and says so.
    assert channel.send(data_dir, {"command": "ping"}) is None
    server = control.ControlServer(data_dir)
    assert server.start()  # the OS freed the lock with its process
    server.close()


def _bind_mount_command(source: Path, target: Path, *command: str) -> list[str] | None:
    """``command`` run where ``target`` is a bind mount of ``source``: another path to the
    same folder (as a mapped drive and its UNC path are on Windows). None where the machine
    allows no bind mount."""
    script = f'mount --bind "{source}" "{target}" && exec "$@"'
    if shutil.which("unshare"):
        probe = subprocess.run(
            ["unshare", "-rm", "true"], capture_output=True, check=False, timeout=30
        )
        if probe.returncode == 0:
            return ["unshare", "-rm", "sh", "-c", script, "sh", *command]
    return None


@pytest.mark.slow
def test_a_second_start_by_another_path_to_the_folder_brings_the_first_forward(
    running_window: subprocess.Popen[str], data_dir: Path, tmp_path: Path
) -> None:
    other = tmp_path / "same-folder-by-another-path"
    other.mkdir()
    command = _bind_mount_command(
        data_dir, other, sys.executable, "-m", "assistant", "--data-dir", str(other)
    )
    if command is None:
        pytest.skip("this machine allows no bind mount (unshare -rm)")
    second = subprocess.run(
        command, capture_output=True, text=True, timeout=120, env=ENV, check=False
    )
    assert second.returncode == 0, second.stderr
    assert "already running" in second.stdout
    assert running_window.poll() is None
    # And a softphone command through that path reaches the same window.
    hold = _bind_mount_command(
        data_dir,
        other,
        sys.executable,
        "-m",
        "assistant",
        "hold",
        "start",
        "--data-dir",
        str(other),
    )
    assert hold is not None
    started = subprocess.run(hold, capture_output=True, text=True, timeout=120, env=ENV)
    assert started.returncode == 0, started.stderr
    [row] = report(data_dir)
    assert row["status"] == "running"


# ---------------------------------------------------------------- hostile peers and messages


def _exchange(endpoint: str, payload: bytes, results: list[bytes]) -> None:
    """A client that sends ``payload`` and reads until the window closes the connection."""
    import socket

    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
        client.settimeout(20)
        client.connect(endpoint)
        if payload:
            client.sendall(payload)
        data = b""
        while True:
            chunk = client.recv(65536)
            if not chunk:
                break
            data += chunk
        results.append(data)


@pytest.mark.parametrize(
    "payload",
    [
        b'{"command": "hold", "action": "start", "n": ' + b"9" * 5000 + b"}\n",
        b"[" * 100_000 + b"\n",
        b'{"command": "' + b"x" * 70_000 + b'"}',  # no newline, too long
        b"\xff\xfe not json\n",
        b'["a", "list"]\n',
        b"",  # says nothing at all
    ],
    ids=["huge-number", "deep-nesting", "oversized", "not-utf8", "not-an-object", "silent"],
)
def test_every_malformed_message_gets_an_answer_and_a_closed_socket(
    qtbot: QtBot, kb: KnowledgeBase, data_dir: Path, payload: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    monkeypatch.setattr(control, "IDLE_TIMEOUT_MS", 300)
    window = new_window(kb, Settings(data_dir))
    qtbot.addWidget(window)
    server = control.ControlServer(
        data_dir, lambda r: control.handle(window.desk, window.bring_forward, r), window
    )
    assert server.start()
    crashes: list[object] = []
    monkeypatch.setattr(sys, "excepthook", lambda *args: crashes.append(args))
    results: list[bytes] = []
    client = threading.Thread(target=_exchange, args=(server.endpoint, payload, results))
    client.start()
    qtbot.waitUntil(lambda: not client.is_alive(), timeout=15000)
    server.close()
    [answer] = results
    reply = json.loads(answer.decode("utf-8").strip())
    assert reply["ok"] is False and reply["message"]
    assert not window.hold.running and crashes == []


# A server nothing owns, closed, its connections answered and let go (one of them idle), then
# garbage collected: before close() deleted the server, the collector tore it down through a
# cycle of its connections' handlers and PySide deleted a QLocalSocket twice (a segmentation
# fault, in 2 of 3 runs of this script).
_CLOSED_SERVERS = """
import gc, socket, sys, tempfile, threading
from pathlib import Path
from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
from assistant import control

app = QCoreApplication([])
control.IDLE_TIMEOUT_MS = 20
gc.disable()  # as the program does: collected on the window's thread only

def spin(ms):
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()

def ask(endpoint, payload):
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
        client.settimeout(5)
        client.connect(endpoint)
        if payload:
            client.sendall(payload)
        while client.recv(65536):
            pass

for _ in range(int(sys.argv[1])):
    server = control.ControlServer(Path(tempfile.mkdtemp()), lambda r: control.error("no"))
    assert server.start()
    payloads = (b'{"command": "x"}\\n', b"[1]\\n", b"")
    clients = [threading.Thread(target=ask, args=(server.endpoint, p)) for p in payloads]
    for client in clients:
        client.start()
    while any(client.is_alive() for client in clients):
        spin(2)
    server.close()
    del server
    spin(1)
    gc.collect()
print("all torn down")
"""


@pytest.mark.skipif(not hasattr(socket, "AF_UNIX"), reason="a Unix socket")
def test_a_closed_server_is_torn_down_whole_whoever_owns_it(tmp_path: Path) -> None:
    script = tmp_path / "closed_servers.py"
    script.write_text(_CLOSED_SERVERS, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(script), "300"],
        capture_output=True, text=True, timeout=300, env=ENV, cwd=Path(__file__).parent.parent,
    )  # fmt: skip
    assert done.returncode == 0, (done.returncode, done.stderr[-2000:])
    assert "all torn down" in done.stdout


def test_a_socket_run_by_another_user_is_refused_and_said_so(
    data_dir: Path, tmp_path: Path
) -> None:
    as_nobody = run_as_nobody()
    if as_nobody is None:
        pytest.skip("needs root to run a second user's process")
    # Another user's server that answers everything with "ok", logging what it hears, in a
    # folder that user can reach (pytest's own are its owner's only).
    import tempfile

    lair = Path(tempfile.mkdtemp(prefix="squatter-", dir="/tmp"))
    lair.chmod(0o777)
    squatter = lair / "squat.sock"
    script = (
        "import socket, sys\n"
        "s = socket.socket(socket.AF_UNIX); s.bind(sys.argv[1]); s.listen(5)\n"
        "import os; os.chmod(sys.argv[1], 0o777); print('ready', flush=True)\n"
        "while True:\n"
        "    c, _ = s.accept()\n"
        "    try:\n"
        "        c.recv(65536)\n"
        '        c.sendall(b\'{"ok": true, "message": "hold started"}\\n\')\n'
        "    except OSError:\n"
        "        pass\n"
        "    c.close()\n"
    )
    server = subprocess.Popen(
        [sys.executable, "-c", script, str(squatter)],
        stdout=subprocess.PIPE,
        text=True,
        **as_nobody,
    )
    try:
        assert server.stdout is not None and server.stdout.readline().strip() == "ready"
        # Suppose the squatter got its socket's name into the folder's lock file somehow.
        lock = channel.WindowLock(data_dir)
        assert lock.acquire()
        lock.publish(str(squatter))
        with pytest.raises(channel.ChannelError, match="another user"):
            channel.send(data_dir, {"command": "hold", "action": "start"})
        result = run("hold", "start", "--data-dir", str(data_dir))
        assert result.returncode == 1 and "another user" in result.stderr
        assert "hold started" not in result.stdout
        lock.release()
    finally:
        server.kill()
        server.wait()
        shutil.rmtree(lair, ignore_errors=True)


@pytest.mark.skipif(not hasattr(socket, "SO_PEERCRED"), reason="Linux's peer credentials")
def test_the_peer_of_a_socket_is_read_as_the_kernel_gives_it() -> None:
    import struct

    left, right = socket.socketpair(socket.AF_UNIX)
    with left, right:
        raw = left.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, struct.calcsize("3i"))
        pid, uid, _gid = struct.unpack("3i", raw)
        assert pid == os.getpid()
        assert channel.peer_uid(left) == uid == os.getuid()


def test_another_user_cannot_enter_the_folder_the_socket_is_in(
    data_dir: Path, tmp_path: Path
) -> None:
    server = control.ControlServer(data_dir)
    assert server.start()
    try:
        folder = Path(server.endpoint).parent
        assert folder.stat().st_mode & 0o077 == 0 and folder.stat().st_uid == os.getuid()
        as_nobody = run_as_nobody()
        if as_nobody is not None:
            probe = subprocess.run(
                [sys.executable, "-c", "import os, sys; os.listdir(sys.argv[1])", str(folder)],
                capture_output=True,
                **as_nobody,
                check=False,
            )
            assert probe.returncode != 0 and b"PermissionError" in probe.stderr
    finally:
        server.close()
    # A folder someone else made where the socket would go is never used.
    if os.getuid() == 0:
        theirs = tmp_path / "theirs"
        theirs.mkdir()
        os.chown(theirs, 65534, 65534)
        with pytest.raises(channel.ChannelError, match="not a folder of this user"):
            channel._socket_folder(theirs)


def test_a_check_in_late_by_part_of_a_second_is_said_late(kb: KnowledgeBase) -> None:
    from datetime import UTC, datetime, timedelta

    from assistant.core.clock import Clock
    from assistant.services.build import build
    from tests.conftest import Profile

    seconds = [1000.0]
    start = datetime(2026, 12, 4, 9, 0, tzinfo=UTC)
    clock = Clock(lambda: seconds[0], lambda: start + timedelta(seconds=seconds[0] - 1000.0))
    desk = build(kb, Profile(), clock).desk

    def say(action: str) -> str:
        return str(
            control.handle(desk, lambda: None, {"command": "hold", "action": action})["message"]
        )

    assert say("start").startswith("hold started")
    seconds[0] += desk.hold.check_in_seconds + 0.3
    assert say("check-in").startswith("checked in, 1 s late")
    seconds[0] += desk.hold.check_in_seconds
    assert say("check-in").startswith("checked in, on time")


def test_a_command_in_the_windows_last_moments_starts_nothing(kb: KnowledgeBase) -> None:
    # The window closed its desk (ending the hold and the call); the socket may still read a
    # softphone's command before the program is gone: a hold started then would be ended by
    # nobody, and offered back as cut off at the next start.
    from assistant.services.build import build
    from tests.conftest import Profile

    desk = build(kb, Profile()).desk

    def ask(command: str, action: str) -> channel.Reply:
        return control.handle(desk, lambda: None, {"command": command, "action": action})

    assert ask("call", "start")["ok"] and ask("hold", "start")["ok"]
    desk.close()
    assert not desk.hold.running and not desk.call.running  # ended, written
    for command in ("hold", "call"):
        reply = ask(command, "start")
        assert reply == {
            "ok": False,
            "message": "the window is closing: nothing was started; start Agent Assistant again",
        }
    assert not desk.hold.running and not desk.call.running
    assert (
        kb.database.conn.execute("SELECT count(*) FROM holds WHERE ended_at IS NULL").fetchone()[0]
        == 0
    )


@pytest.mark.slow
@pytest.mark.skipif(os.name != "posix", reason="POSIX signals")
@pytest.mark.parametrize("stop", ["SIGTERM", "SIGINT"])
def test_the_system_stopping_the_window_ends_its_hold_as_a_quit_does(
    running_window: subprocess.Popen[str], data_dir: Path, stop: str
) -> None:
    # A logout, a deployment tool or `kill` (SIGTERM), Ctrl+C in a terminal (SIGINT): the
    # program quits as File ▸ Quit does, where it used to end as a crash does (SIGTERM) or not
    # at all (SIGINT).
    import signal

    assert run("call", "start", "--data-dir", str(data_dir)).returncode == 0
    assert run("hold", "start", "--data-dir", str(data_dir)).returncode == 0
    running_window.send_signal(getattr(signal, stop))
    assert running_window.wait(timeout=30) == 0
    [hold] = report(data_dir)
    assert hold["status"] == "ended" and hold["ended_at"] is not None
