"""A command whose reader goes away (``agent-assistant search ... | head``) stops quietly: no
traceback, the exit code a shell expects of a program its pipe left behind. Output that cannot
be written otherwise (a full disk, standard output closed) is said in one line, exit 1."""

from __future__ import annotations

import errno
import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.cli import EXIT_BROKEN_PIPE

BROKEN = {EXIT_BROKEN_PIPE}
# argparse prints help and the version itself and drops a write that fails: then 0 is right.
ARGPARSE = {0, EXIT_BROKEN_PIPE}
COMMANDS = [
    (["search", "the", "--limit", "1000"], BROKEN),
    (["search", "the", "--limit", "1000", "--json"], BROKEN),
    (["pack", "list"], BROKEN),
    (["pack", "list", "--json"], BROKEN),
    (["db", "check"], BROKEN),
    (["--help"], ARGPARSE),
    (["pack", "--help"], ARGPARSE),
    (["--version"], ARGPARSE),
]


@pytest.fixture(scope="module")
def ready(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = tmp_path_factory.mktemp("pipe") / "data"
    made = subprocess.run(
        [sys.executable, "-m", "assistant", "--data-dir", str(data), "pack", "list"],
        capture_output=True,
        timeout=120,
    )
    assert made.returncode == 0, made.stderr
    return data


@pytest.mark.parametrize(("command", "codes"), COMMANDS, ids=[" ".join(c) for c, _ in COMMANDS])
def test_a_reader_that_is_gone_before_the_output_ends_it_quietly(
    ready: Path, command: list[str], codes: set[int]
) -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "assistant", "--data-dir", str(ready), *command],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()  # the reader goes away before a line is written: every write fails
    errors = process.stderr.read().decode("utf-8", "replace")
    assert process.wait(timeout=120) in codes
    assert errors == ""  # no traceback, no "Exception ignored ... BrokenPipeError"


@pytest.mark.skipif(shutil.which("head") is None or sys.platform == "win32", reason="a shell")
def test_search_piped_into_head(ready: Path) -> None:
    program = shlex.join([sys.executable, "-m", "assistant", "--data-dir", str(ready)])
    result = subprocess.run(
        ["bash", "-c", f"{program} search the --limit 1000 | head -n 2; echo ${{PIPESTATUS[0]}}"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    lines = result.stdout.splitlines()
    assert len(lines) == 3 and "\t" in lines[0]
    # 141 when head left first, 0 when every line fit in the pipe before it did.
    assert lines[-1] in {"0", str(EXIT_BROKEN_PIPE)}
    assert result.stderr == ""


# Each way a command writes: print, csv.writer (report holds), a JSON dump, argparse.
WRITERS = [
    ["search", "hold"],
    ["search", "hold", "--json"],
    ["report", "holds"],
    ["report", "summary", "--format", "json"],
    ["pack", "list"],
    ["db", "check", "--json"],
    ["--help"],
    ["--version"],
]
FULL = Path("/dev/full")


@pytest.mark.skipif(not FULL.exists(), reason="/dev/full (Linux)")
@pytest.mark.parametrize("command", WRITERS, ids=" ".join)
def test_output_to_a_full_disk_is_one_line_and_exit_1(ready: Path, command: list[str]) -> None:
    with FULL.open("w") as full:
        done = subprocess.run(
            [sys.executable, "-m", "assistant", "--data-dir", str(ready), *command],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            timeout=120,
        )
    assert done.stderr == (
        f"agent-assistant: cannot write the output: {os.strerror(errno.ENOSPC)}\n"
    )
    assert done.returncode == 1


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX descriptors")
@pytest.mark.parametrize("command", WRITERS, ids=" ".join)
def test_a_closed_standard_output_is_one_line_and_exit_1(ready: Path, command: list[str]) -> None:
    done = subprocess.run(  # as `agent-assistant ... >&-` in a shell
        [sys.executable, "-m", "assistant", "--data-dir", str(ready), *command],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        timeout=120,
        preexec_fn=lambda: os.close(1),
    )
    assert done.stderr == "agent-assistant: cannot write the output: standard output is closed\n"
    assert done.returncode == 1


def test_an_error_that_is_not_the_outputs_keeps_its_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from assistant.cli import main
    from assistant.commands import db

    def broken(args: object) -> int:
        raise PermissionError(13, "a bug, not the output")

    monkeypatch.setattr(db, "_check", broken)
    with pytest.raises(PermissionError, match="a bug, not the output"):
        main(["db", "check", "--data-dir", str(tmp_path)])
