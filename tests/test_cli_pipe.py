"""A command whose reader goes away (``agent-assistant search ... | head``) stops quietly: no
traceback, the exit code a shell expects of a program its pipe left behind."""

from __future__ import annotations

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
