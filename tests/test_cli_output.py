"""``-o`` that names no file: standard output (``/dev/stdout``, ``/dev/fd/N``,
``/proc/self/fd/N``), a device (``/dev/null``), a named pipe. Each is written into where it
stands; only a file is replaced, whole (core/files.py write_output).

Run as a user runs them, in a process of their own: what a command's standard output is (a
file the shell opened, a pipe, closed) is the point."""

from __future__ import annotations

import os
import queue
import signal
import stat
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import IO

import pytest

from assistant.cli import EXIT_BROKEN_PIPE
from assistant.resources import resource_path

pytestmark = pytest.mark.skipif(
    sys.platform == "win32", reason="descriptors by name, devices and named pipes: POSIX"
)

LINUX_PROC = Path("/proc/self/fd").is_dir()
CSV = "title,text\nGreet,Hello and welcome\nThanks,Thank you for calling\n"


@pytest.fixture(scope="module")
def ready(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder with its knowledge base made, and a spreadsheet to convert beside it."""
    folder = tmp_path_factory.mktemp("output")
    (folder / "team.csv").write_text(CSV, encoding="utf-8")
    made = program(folder / "data", "pack", "list", stdout=subprocess.DEVNULL)
    assert made.returncode == 0, made.stderr
    return folder / "data"


def program(data: Path, *argv: str, **how: object) -> subprocess.CompletedProcess[bytes]:
    how.setdefault("stdout", subprocess.PIPE)
    how.setdefault("stderr", subprocess.PIPE)
    return subprocess.run(  # type: ignore[call-overload, no-any-return]
        [sys.executable, "-m", "assistant", "--data-dir", str(data), *argv], timeout=120, **how
    )


def command(ready: Path, name: str) -> list[str]:
    """The command line of each command that writes ``-o``, without its ``-o``."""
    return {
        "export": ["pack", "export", "builtin"],
        "new": ["pack", "new"],
        "convert": ["pack", "convert", str(ready.parent / "team.csv"), "--id", "team"],
        "sheet": ["pack", "sheet", "builtin", "--campaign", "collections"],
    }[name]


COMMANDS = ["export", "new", "convert", "sheet"]


def as_a_file(ready: Path, name: str, tmp_path: Path) -> bytes:
    """What the command writes to a file of its own: what ``-o /dev/stdout`` should write."""
    if name == "new":
        return resource_path("packs", "starter.yaml").read_bytes()
    target = tmp_path / f"{name}-as-a-file"
    done = program(ready, *command(ready, name), "-o", str(target))
    assert done.returncode == 0, done.stderr
    return target.read_bytes()


def looks_written(name: str, data: bytes, expected: bytes) -> None:
    if name == "sheet":  # a PDF says when it was made: the same kind and size of file
        assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
        assert abs(len(data) - len(expected)) < 100
    else:
        assert data == expected


@pytest.mark.parametrize("name", COMMANDS)
def test_o_dev_stdout_writes_where_the_shell_left_the_file_it_redirected_to(
    ready: Path, name: str, tmp_path: Path
) -> None:
    # 'agent-assistant pack export ... -o /dev/stdout > out.txt' renamed a new file over
    # out.txt: the shell's descriptor led to the deleted file, and what the shell had written
    # there before was gone ('pack new' refused: /dev/stdout "already exists").
    expected = as_a_file(ready, name, tmp_path)
    out = tmp_path / "out.txt"
    with out.open("wb") as stream:  # as `{ echo before; agent-assistant ...; } > out.txt`
        stream.write(b"before\n")
        stream.flush()
        inode = os.fstat(stream.fileno()).st_ino
        done = program(ready, *command(ready, name), "-o", "/dev/stdout", stdout=stream)
        stream.write(b"after\n")
    assert done.returncode == 0, done.stderr
    data = out.read_bytes()
    assert data.startswith(b"before\n") and data.endswith(b"after\n")
    looks_written(name, data[len(b"before\n") : -len(b"after\n")], expected)
    assert out.stat().st_ino == inode  # the same file, never replaced
    # What it says it did goes to standard error, not into the file it wrote.
    assert b"/dev/stdout: wrote " in done.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        [f"{name}-as-a-file", "out.txt"] if name != "new" else ["out.txt"]
    )


NAMES = ["/dev/stdout", "/dev/fd/1"] + (["/proc/self/fd/1", "link"] if LINUX_PROC else [])


@pytest.mark.parametrize("output", NAMES)
def test_every_name_of_standard_output_appends_to_a_file_opened_to_append(
    ready: Path, output: str, tmp_path: Path
) -> None:
    expected = as_a_file(ready, "export", tmp_path)
    if output == "link":  # a link of the user's own that leads there
        (tmp_path / "link").symlink_to("/dev/stdout")
        output = str(tmp_path / "link")
    out = tmp_path / "out.txt"
    out.write_bytes(b"kept\n")
    with out.open("ab") as stream:  # `>> out.txt`
        done = program(ready, "pack", "export", "builtin", "-o", output, stdout=stream)
    assert done.returncode == 0, done.stderr
    assert out.read_bytes() == b"kept\n" + expected


@pytest.mark.parametrize("name", COMMANDS)
def test_o_dev_stdout_into_a_pipe_is_the_output_itself(
    ready: Path, name: str, tmp_path: Path
) -> None:
    # Refused as "not a regular file (a named pipe or a device)", exit 1.
    expected = as_a_file(ready, name, tmp_path)
    done = program(ready, *command(ready, name), "-o", "/dev/stdout")
    assert done.returncode == 0, done.stderr
    looks_written(name, done.stdout, expected)


def test_a_reader_of_o_dev_stdout_gone_first_ends_it_quietly(ready: Path) -> None:
    # `agent-assistant pack export builtin -o /dev/stdout | head`, head gone before the write.
    process = subprocess.Popen(
        [sys.executable, "-m", "assistant", "--data-dir", str(ready), "pack", "export"]
        + ["builtin", "-o", "/dev/stdout"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()
    errors = process.stderr.read()
    assert process.wait(timeout=120) == EXIT_BROKEN_PIPE
    assert errors == b""  # no traceback, no "cannot write", no note for a pack not written


@pytest.mark.parametrize("name", COMMANDS)
def test_o_dev_null_is_written_into_and_stays_the_device(ready: Path, name: str) -> None:
    # Refused as "not a regular file"; as root, an earlier version replaced it with a file.
    done = program(ready, *command(ready, name), "-o", os.devnull)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"{os.devnull}: wrote ".encode())
    assert stat.S_ISCHR(os.stat(os.devnull).st_mode)
    assert not Path(os.devnull).with_name("pack.schema.json").exists()


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="/dev/full (Linux)")
def test_a_device_that_refuses_the_write_is_one_line_and_exit_1(ready: Path) -> None:
    done = program(ready, "pack", "export", "builtin", "-o", "/dev/full")
    assert done.returncode == 1
    assert done.stderr.decode() == (
        f"agent-assistant: /dev/full: cannot write: {os.strerror(28)}\n"  # ENOSPC
    )


def test_o_dev_stdout_with_standard_output_closed_is_one_line_and_exit_1(ready: Path) -> None:
    # The program holds a closed descriptor 1 on /dev/null: the pack went there, exit 0.
    done = program(
        ready, "pack", "export", "builtin", "-o", "/dev/stdout",
        stdout=subprocess.DEVNULL, preexec_fn=lambda: os.close(1),
    )  # fmt: skip
    assert done.returncode == 1
    assert done.stderr.decode() == (
        "agent-assistant: /dev/stdout: cannot write: standard output is closed\n"
    )


def test_a_descriptor_given_by_the_shell_is_written_through(ready: Path, tmp_path: Path) -> None:
    # `agent-assistant pack export builtin -o /dev/fd/N N>>log`
    expected = as_a_file(ready, "export", tmp_path)
    log = tmp_path / "log"
    log.write_bytes(b"kept\n")
    with log.open("ab") as stream:
        number = stream.fileno()
        done = program(
            ready, "pack", "export", "builtin", "-o", f"/dev/fd/{number}", pass_fds=(number,)
        )
    assert done.returncode == 0, done.stderr
    assert log.read_bytes() == b"kept\n" + expected


def test_a_descriptor_the_program_was_not_given_is_bad_usage(ready: Path) -> None:
    # 'pack sheet builtin -o /dev/fd/4' replaced knowledge.db with the sheet (4 was the
    # database by the time the sheet was written), -o /dev/fd/5 the agent's activity.db.
    files = {name: (ready / name).read_bytes() for name in ("knowledge.db", "activity.db")}
    for number in range(3, 10):
        output = f"/dev/fd/{number}"
        done = program(ready, "pack", "sheet", "builtin", "-o", output)
        assert done.returncode == 2, done.stderr
        assert (
            f"argument -o/--output: {output} names descriptor {number}, which is not open"
        ) in done.stderr.decode()
    assert {name: (ready / name).read_bytes() for name in files} == files


def test_keygen_refuses_standard_output_as_an_existing_name(ready: Path, tmp_path: Path) -> None:
    # Two files, NAME and NAME.pub: a stream cannot be NAME; standard output's file stays.
    out = tmp_path / "out.txt"
    with out.open("wb") as stream:
        done = program(ready, "pack", "keygen", "-o", "/dev/stdout", stdout=stream)
    assert done.returncode == 1
    assert done.stderr.decode().startswith("agent-assistant: /dev/stdout already exists")
    assert out.read_bytes() == b""


# ---------------------------------------------------------------- named pipes


class Reader:
    """What a program reading a named pipe gets, read on a thread of its own. Opened here
    first, to read and to write: the pipe then has a reader for the command's open, and no
    end of data comes before ``close`` however late the command opens it (or if it never
    does: the old code refused it)."""

    def __init__(self, pipe: Path) -> None:
        self.read_end = os.open(pipe, os.O_RDONLY | os.O_NONBLOCK)
        os.set_blocking(self.read_end, True)
        self.write_end = os.open(pipe, os.O_WRONLY)
        self.chunks: list[bytes] = []
        self.thread = threading.Thread(target=self._read, daemon=True)
        self.thread.start()

    def _read(self) -> None:
        while chunk := os.read(self.read_end, 65536):
            self.chunks.append(chunk)

    def close(self) -> bytes:
        os.close(self.write_end)
        self.thread.join(120)
        os.close(self.read_end)
        return b"".join(self.chunks)


@pytest.mark.parametrize("name", COMMANDS)
def test_a_named_pipe_with_a_reader_is_written_into(ready: Path, name: str, tmp_path: Path) -> None:
    expected = as_a_file(ready, name, tmp_path)
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    reader = Reader(pipe)
    try:
        done = program(ready, *command(ready, name), "-o", str(pipe))
    finally:
        data = reader.close()
    assert done.returncode == 0, done.stderr
    looks_written(name, data, expected)
    assert stat.S_ISFIFO(pipe.lstat().st_mode)


@pytest.fixture
def started(ready: Path, tmp_path: Path) -> Iterator[tuple[subprocess.Popen[bytes], Path]]:
    """``pack export`` to a named pipe nobody reads yet, started."""
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    process = subprocess.Popen(
        [sys.executable, "-m", "assistant", "--data-dir", str(ready), "pack", "export"]
        + ["builtin", "-o", str(pipe)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        # Ctrl+C reaches it, as a command run in a terminal: a job a shell started in the
        # background (a CI runner's) ignores SIGINT, and so would this command, as it should.
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    try:
        yield process, pipe
    finally:
        process.kill()
        process.wait(timeout=120)
        for stream in (process.stdout, process.stderr):
            if stream is not None:
                stream.close()


class Lines:
    """The lines a stream gives, as they come (read on a thread of its own)."""

    def __init__(self, stream: IO[bytes] | None) -> None:
        assert stream is not None
        self.lines: queue.Queue[bytes] = queue.Queue()
        self.thread = threading.Thread(target=self._read, args=(stream,), daemon=True)
        self.thread.start()

    def _read(self, stream: IO[bytes]) -> None:
        for line in stream:
            self.lines.put(line)

    def next(self) -> str:
        return self.lines.get(timeout=120).decode()

    def rest(self) -> list[str]:
        """The lines still to come, once the stream has ended."""
        self.thread.join(120)
        return [self.lines.get().decode() for _ in range(self.lines.qsize())]


def test_a_named_pipe_nobody_reads_yet_is_waited_on_and_said(
    started: tuple[subprocess.Popen[bytes], Path], ready: Path, tmp_path: Path
) -> None:
    # As the shell's '>' does: a pipe is for a program that reads it, started before or after.
    process, pipe = started
    errors = Lines(process.stderr)
    assert errors.next() == (
        f"agent-assistant: {pipe}: no program reads this named pipe yet; waiting for one "
        "(Ctrl+C stops)\n"
    )
    with pipe.open("rb") as reading:  # the program that reads it comes
        data = reading.read()
    assert process.wait(timeout=120) == 0
    assert data == as_a_file(ready, "export", tmp_path)
    assert [line.split(": ")[1] for line in errors.rest()] == ["note"]
    assert process.stdout is not None
    assert process.stdout.read().startswith(f"{pipe}: wrote builtin version ".encode())


def test_ctrl_c_while_waiting_on_a_named_pipe_writes_nothing(
    started: tuple[subprocess.Popen[bytes], Path],
) -> None:
    process, pipe = started
    errors = Lines(process.stderr)
    assert "waiting for one" in errors.next()
    process.send_signal(signal.SIGINT)
    assert process.wait(timeout=120) == 130
    assert errors.rest() == []  # no traceback
    assert process.stdout is not None and process.stdout.read() == b""
    assert stat.S_ISFIFO(pipe.lstat().st_mode)
