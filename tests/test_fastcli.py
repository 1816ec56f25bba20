"""The softphone's commands take a fast entry (assistant/fastcli.py) that imports nothing but a
socket and JSON: it must answer exactly as the full command line did (the same messages on the
same streams, the same exit codes, the same data folder), and hand everything else to it."""

from __future__ import annotations

import contextlib
import errno
import json
import os
import socket
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from assistant import channel, fastcli
from assistant.cli import build_parser, main, run
from assistant.datadir import ENV_VAR, resolve_data_dir

Answer = Callable[[dict[str, object]], bytes]


class FakeWindow:
    """A window's control channel on ``data_dir`` that answers each request with ``answer``."""

    def __init__(self, data_dir: Path, answer: Answer) -> None:
        self.lock = channel.WindowLock(data_dir)
        assert self.lock.acquire()
        endpoint = channel.new_endpoint(data_dir)
        self.server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.server.bind(endpoint)
        self.server.listen(8)
        self.lock.publish(endpoint)
        self.endpoint = endpoint
        self.answer = answer
        self.requests: list[dict[str, object]] = []
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        while True:
            try:
                connection, _ = self.server.accept()
            except OSError:
                return
            with connection:
                data = b""
                while b"\n" not in data:
                    chunk = connection.recv(4096)
                    if not chunk:
                        break
                    data += chunk
                request = json.loads(data.split(b"\n")[0])
                self.requests.append(request)
                connection.sendall(self.answer(request))

    def close(self) -> None:
        with contextlib.suppress(OSError):
            self.server.shutdown(socket.SHUT_RDWR)  # wakes the accept() the thread waits in
        self.server.close()
        self.thread.join(5)
        self.lock.release()
        os.unlink(self.endpoint)


@pytest.fixture
def window(data_dir: Path) -> Iterator[FakeWindow]:
    def answer(request: dict[str, object]) -> bytes:
        if request.get("campaign") == "nope":
            reply = {"ok": False, "message": "no campaign with the id 'nope' is installed"}
        elif request == {"command": "hold", "action": "end"}:
            reply = {"ok": False, "message": "no hold is running"}
        elif request["action"] == "check-in":
            return b"not json\n"
        elif request["command"] == "call" and request["action"] == "end":
            return b"[1, 2]\n"
        else:
            reply = {"ok": True, "message": f"{request['command']} {request['action']}: done"}
        return json.dumps(reply).encode() + b"\n"

    fake = FakeWindow(data_dir, answer)
    yield fake
    fake.close()


def full(argv: list[str]) -> int:
    """The full command line, as every command ran before the fast entry."""
    parser = build_parser(argv[0] if not argv[0].startswith("-") else None)
    try:
        args = parser.parse_args(argv)
    except SystemExit as leaving:
        return int(leaving.code or 0)
    code: int = args.handler(args)
    return code


Said = tuple[int | None, str, str]  # exit code, standard output, standard error


def both(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[Said, Said]:
    quick = fastcli.run(argv)
    quick_out = capsys.readouterr()
    slow = full(argv)
    slow_out = capsys.readouterr()
    return (quick, quick_out.out, quick_out.err), (slow, slow_out.out, slow_out.err)


SOFTPHONE_COMMANDS = [
    ["hold", "start"],
    ["hold", "check-in"],  # an unreadable answer
    ["hold", "end"],  # refused by the window
    ["call", "start"],
    ["call", "start", "--campaign", "collections"],
    ["call", "start", "--campaign=nope"],
    ["call", "end"],  # an odd answer
]


@pytest.mark.parametrize("words", SOFTPHONE_COMMANDS)
def test_each_command_answers_as_the_full_command_line_did(
    words: list[str], data_dir: Path, window: FakeWindow, capsys: pytest.CaptureFixture[str]
) -> None:
    for argv in (
        ["--data-dir", str(data_dir), *words],
        [*words, "--data-dir", str(data_dir)],
        [words[0], f"--data-dir={data_dir}", *words[1:]],
    ):
        quick, slow = both(argv, capsys)
        assert quick == slow
    requests = window.requests
    assert requests[0] == requests[1]  # the same request went to the window each time
    assert len(requests) == 6


def test_exit_codes_and_streams(
    data_dir: Path, window: FakeWindow, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["hold", "start", "--data-dir", str(data_dir)]) == 0
    assert capsys.readouterr().out == "hold start: done\n"
    assert main(["hold", "end", "--data-dir", str(data_dir)]) == 1
    assert capsys.readouterr().err == "agent-assistant: no hold is running\n"
    assert main(["hold", "check-in", "--data-dir", str(data_dir)]) == 1
    err = capsys.readouterr().err
    assert err == "agent-assistant: the running window sent an unreadable answer\n"
    assert window.requests[-1] == {"command": "hold", "action": "check-in"}


def test_no_window_running_is_said_the_same_way(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "no window" / ".." / "here"
    quick, slow = both(["hold", "start", "--data-dir", str(folder)], capsys)
    assert quick == slow
    assert quick[0] == 1
    assert f"for the data folder {resolve_data_dir(str(folder))};" in str(quick[2])


def test_the_folder_comes_from_the_option_then_the_environment(
    tmp_path: Path,
    data_dir: Path,
    window: FakeWindow,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv(ENV_VAR, str(data_dir))
    quick, slow = both(["hold", "start"], capsys)
    assert quick == slow == (0, "hold start: done\n", "")
    other = tmp_path / "other"
    quick, slow = both(["hold", "start", "--data-dir", str(other)], capsys)
    assert quick == slow and quick[0] == 1 and str(other) in str(quick[2])
    # The last --data-dir wins, as argparse has it.
    argv = ["--data-dir", str(other), "hold", "start", "--data-dir", str(data_dir)]
    quick, slow = both(argv, capsys)
    assert quick == slow and quick[0] == 0


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["--help"],
        ["hold", "--help"],
        ["hold", "start", "-h"],
        ["--version"],
        ["hold"],
        ["hold", "sideways"],
        ["hold", "start", "now"],
        ["call", "end", "--campaign", "collections"],
        ["call", "--campaign", "collections", "start"],
        ["call", "start", "--campaign"],
        ["call", "start", "--campaign", "--data-dir", "x"],
        ["call", "start", "--campaign="],
        ["call", "start", "--campaign", " "],
        ["hold", "start", "--data-dir", ""],
        ["hold", "start", "--data-dir=  "],
        ["--data", "x", "hold", "start"],  # argparse's abbreviation: its business
        ["hold", "start", "--data-dir"],
        ["hold", "start", "--", "x"],
        ["pack", "list"],
        ["search", "hold", "start"],
    ],
)
def test_anything_else_is_left_to_the_full_command_line(argv: list[str]) -> None:
    assert fastcli.parse(argv) is None


def test_usage_errors_keep_the_full_command_lines_answer(data_dir: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "assistant", "hold", "sideways", "--data-dir", str(data_dir)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 2
    assert done.stderr.startswith("usage: agent-assistant hold [-h] [--data-dir DIR] ACTION")
    assert "invalid choice: 'sideways'" in done.stderr


PROBE = """
import sys
from assistant.cli import main
code = main(sys.argv[1:])
heavy = ("PySide6", "sqlite3", "yaml", "argparse", "typing", "platformdirs", "logging")
print(sorted(name for name in sys.modules if name.split(".")[0] in heavy))
sys.exit(code)
"""


def test_the_fast_entry_loads_no_qt_sqlite_yaml_or_argparse(
    data_dir: Path, window: FakeWindow
) -> None:
    env = {**os.environ}
    env.pop(ENV_VAR, None)
    done = subprocess.run(
        [sys.executable, "-c", PROBE, "hold", "start", "--data-dir", str(data_dir)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["hold start: done", "[]"]
    # The program's real entry (python -m assistant) too, as Python itself reports its imports.
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "assistant", "call", "start"],
        capture_output=True,
        text=True,
        env={**env, ENV_VAR: str(data_dir)},
        check=False,
    )
    assert done.returncode == 0 and done.stdout == "call start: done\n"
    imported = {line.split("|")[-1].strip() for line in done.stderr.splitlines() if "|" in line}
    assert "assistant.channel" in imported
    assert not {"PySide6", "sqlite3", "yaml", "argparse"} & imported


HEAVY = {"PySide6", "sqlite3", "yaml", "argparse", "typing", "platformdirs", "logging"}


def _softphone(how: str, data_dir: Path, *words: str) -> tuple[int, str, set[str]]:
    """Run a softphone's command with its standard output full (/dev/full), closed (``>&-``),
    or a pipe whose reader left first: (exit code, what it said on standard error, the
    modules it imported)."""
    argv = [sys.executable, "-X", "importtime", "-m", "assistant", *words]
    env = {**os.environ}
    env.pop(ENV_VAR, None)
    argv += ["--data-dir", str(data_dir)]
    if how == "gone":
        process = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
        assert process.stdout is not None and process.stderr is not None
        process.stdout.close()
        err = process.stderr.read().decode()
        code = process.wait(timeout=60)
    else:
        with open("/dev/full" if how == "full" else os.devnull, "w") as sink:
            done = subprocess.run(
                argv,
                stdout=sink,
                stderr=subprocess.PIPE,
                text=True,
                env=env,
                timeout=60,
                preexec_fn=(lambda: os.close(1)) if how == "closed" else None,
            )
        code, err = done.returncode, done.stderr
    said = "".join(line + "\n" for line in err.splitlines() if "|" not in line)
    imported = {line.split("|")[-1].strip() for line in err.splitlines() if "|" in line}
    return code, said, imported


@pytest.mark.skipif(
    not os.path.exists("/dev/full") or sys.platform == "win32", reason="/dev/full (Linux)"
)
@pytest.mark.parametrize(
    ("how", "reason"),
    [("full", os.strerror(errno.ENOSPC)), ("closed", "standard output is closed"), ("gone", "")],
)
def test_a_command_the_window_did_exits_0_though_its_answer_cannot_be_printed(
    how: str, reason: str, data_dir: Path, window: FakeWindow
) -> None:
    """A softphone reads 1 as "not done", and might put the customer on hold again."""
    code, said, imported = _softphone(how, data_dir, "hold", "start")
    assert window.requests == [{"command": "hold", "action": "start"}]  # the window did it
    assert code == 0
    if reason:
        assert said == (
            "agent-assistant: done, but the answer cannot be written on standard output "
            f"({reason}): hold start: done\n"
        )
    else:
        assert said == ""  # its reader left on purpose
    assert "assistant.channel" in imported and not {n.split(".")[0] for n in imported} & HEAVY
    # What the window refused stays refused, with its reason.
    code, said, _ = _softphone(how, data_dir, "hold", "end")
    assert (code, said) == (1, "agent-assistant: no hold is running\n")


def test_the_full_command_line_answers_a_lost_confirmation_alike(
    data_dir: Path,
    window: FakeWindow,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    class Full:
        def write(self, text: str) -> int:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

        def flush(self) -> None:
            pass

    monkeypatch.setattr(sys, "stdout", Full())
    fast = ["hold", "start", "--data-dir", str(data_dir)]
    slow = ["hold", "start", "--data", str(data_dir)]  # an abbreviation: argparse's
    assert fastcli.parse(slow) is None
    for argv in (fast, slow):
        assert main(argv) == 0
        assert capsys.readouterr().err == (
            "agent-assistant: done, but the answer cannot be written on standard output "
            f"({os.strerror(errno.ENOSPC)}): hold start: done\n"
        )
    assert len(window.requests) == 2


@pytest.mark.parametrize("data_home", [None, "", "  ", "/srv/agents/data"])
def test_the_default_data_folder_is_the_one_platformdirs_names(
    monkeypatch: pytest.MonkeyPatch, data_home: str | None
) -> None:
    import platformdirs

    from assistant.datadir import default_data_dir

    if data_home is None:
        monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    else:
        monkeypatch.setenv("XDG_DATA_HOME", data_home)
    expected = platformdirs.user_data_dir("agent-assistant", appauthor=False, roaming=True)
    assert default_data_dir() == expected


class Ended(BaseException):  # noqa: N818 - not an error: the end os._exit makes
    """os._exit, caught: the process would have ended here with ``code``."""

    def __init__(self, code: int) -> None:
        self.code = code


def _run_entry(argv: list[str], monkeypatch: pytest.MonkeyPatch) -> tuple[str, int, list[str]]:
    """cli.run() with ``argv``: ("ended", code, what was flushed first) when it ended the process
    at once, ("exited", code, ...) when it left the usual way (sys.exit: teardown, atexit)."""
    flushed: list[str] = []

    def end(code: int) -> None:
        raise Ended(code)

    monkeypatch.setattr(os, "_exit", end)
    monkeypatch.setattr(sys, "argv", ["agent-assistant", *argv])
    for name in ("stdout", "stderr"):
        stream = getattr(sys, name)
        monkeypatch.setattr(stream, "flush", lambda name=name: flushed.append(name), raising=False)
    try:
        run()
    except Ended as ended:
        return "ended", ended.code, flushed
    except SystemExit as leaving:
        return "exited", int(leaving.code or 0), flushed
    raise AssertionError("run() returned")


def test_a_softphone_command_ends_its_process_once_its_answer_is_out(
    data_dir: Path,
    window: FakeWindow,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Python's teardown of socket's and json's modules is ~7 ms of a softphone's ~50."""
    how, code, flushed = _run_entry(["hold", "start", "--data-dir", str(data_dir)], monkeypatch)
    assert (how, code) == ("ended", 0)
    assert flushed[-2:] == ["stdout", "stderr"]  # written out before the end
    assert capsys.readouterr().out == "hold start: done\n"
    how, code, _ = _run_entry(["hold", "end", "--data-dir", str(data_dir)], monkeypatch)
    assert (how, code) == ("ended", 1)  # a refusal keeps its exit code
    assert capsys.readouterr().err == "agent-assistant: no hold is running\n"


@pytest.mark.parametrize(
    "argv", [["--version"], ["hold", "--help"], ["hold", "start", "--data", "{dir}"]]
)
def test_every_other_command_exits_the_usual_way(
    argv: list[str], data_dir: Path, window: FakeWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The window closes its databases and logging writes what it holds at exit: only the fast
    entry's answers skip the teardown."""
    how, code, _ = _run_entry([a.format(dir=data_dir) for a in argv], monkeypatch)
    assert (how, code) == ("exited", 0)


@pytest.mark.parametrize("words", [["hold", "start"], ["hold", "end"]])
def test_the_real_entry_writes_its_whole_answer_into_a_file(
    words: list[str], data_dir: Path, window: FakeWindow, tmp_path: Path
) -> None:
    """A softphone that logs the answer to a file gets all of it (a file's output is buffered,
    and the process ends without Python's teardown, which would have written it out)."""
    out, err = tmp_path / "out.txt", tmp_path / "err.txt"
    with out.open("w") as stdout, err.open("w") as stderr:
        done = subprocess.run(
            [sys.executable, "-m", "assistant", *words, "--data-dir", str(data_dir)],
            stdout=stdout,
            stderr=stderr,
            timeout=60,
            check=False,
        )
    if words[1] == "start":
        assert (done.returncode, out.read_text(), err.read_text()) == (0, "hold start: done\n", "")
    else:
        assert (done.returncode, out.read_text()) == (1, "")
        assert err.read_text() == "agent-assistant: no hold is running\n"
