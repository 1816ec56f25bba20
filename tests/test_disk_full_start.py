"""A full disk at start is called a full disk. SQLite opening a database on a full disk fails
while growing its shared-memory file and says only "disk I/O error", which the program used to
word as "cannot be written ... check that the folder exists"."""

from __future__ import annotations

import errno
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import NamedTuple

import pytest

from assistant.cli import main
from assistant.services.opening import open_knowledge_base
from assistant.store import database as database_module
from assistant.store.errors import DatabaseUnavailableError

SQLITE_IOERR_SHMSIZE = 4874  # what SQLite 3.40 on Linux says when the -shm file cannot grow


class Usage(NamedTuple):
    total: int
    used: int
    free: int


def _io_error_at_open(monkeypatch: pytest.MonkeyPatch, free: int) -> None:
    """SQLite's answer to an open on a full disk, and a disk with ``free`` bytes left."""

    def failing(conn: sqlite3.Connection, schema: str) -> None:
        error = sqlite3.OperationalError("disk I/O error")
        error.sqlite_errorcode = SQLITE_IOERR_SHMSIZE
        error.sqlite_errorname = "SQLITE_IOERR_SHMSIZE"
        raise error

    monkeypatch.setattr(database_module, "_durable", failing)
    monkeypatch.setattr(shutil, "disk_usage", lambda path: Usage(1 << 30, (1 << 30) - free, free))


def test_a_full_disk_at_start_says_the_disk_is_full(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _io_error_at_open(monkeypatch, free=12 * 1024)
    assert main(["--data-dir", str(data_dir), "search", "hold"]) == 1
    err = capsys.readouterr().err
    # What, where, and what to do.
    assert "The disk holding the knowledge base" in err and "is full (12 KB left)" in err
    assert str(data_dir / "knowledge.db") in err
    assert "Free some space and try again." in err
    assert "disk I/O error" not in err and "Check that the data folder exists" not in err
    assert "Traceback" not in err


def test_an_io_error_with_room_on_the_disk_is_not_called_a_full_disk(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _io_error_at_open(monkeypatch, free=50 << 30)  # a failing drive, not a full one
    with pytest.raises(DatabaseUnavailableError) as raised:
        open_knowledge_base(data_dir, backup=False)
    assert "is full" not in str(raised.value)
    assert "disk I/O error" in str(raised.value)


def test_a_data_folder_that_cannot_be_made_on_a_full_disk_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_space(*args: object, **kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(Path, "mkdir", no_space)
    with pytest.raises(DatabaseUnavailableError) as raised:
        open_knowledge_base(tmp_path / "data", backup=False)
    assert "The disk holding the data folder" in str(raised.value)
    assert "is full" in str(raised.value) and "Free some space" in str(raised.value)


def _tiny_disk_start(folder: Path) -> subprocess.CompletedProcess[str] | None:
    """Run a command on a 64 KB file system with 24 KB left (a mount namespace of its own:
    root is not needed where unprivileged user namespaces are allowed); None when this
    machine cannot mount one."""
    if shutil.which("unshare") is None or not sys.platform.startswith("linux"):
        return None
    script = (
        'mount -t tmpfs -o size=64k tmpfs "$1" || exit 99; '
        'head -c 40960 /dev/zero > "$1/fill" || exit 99; '
        'exec "$2" -m assistant --data-dir "$1/data" search hold'
    )
    result = subprocess.run(
        ["unshare", "--user", "--map-root-user", "--mount", "sh", "-c", script, "sh"]
        + [str(folder), sys.executable],
        capture_output=True,
        text=True,
        timeout=120,
    )
    if result.returncode == 99 or "unshare:" in result.stderr:
        return None
    return result


def test_a_real_full_disk_at_start_says_the_disk_is_full(tmp_path: Path) -> None:
    folder = tmp_path / "tiny"
    folder.mkdir()
    result = _tiny_disk_start(folder)
    if result is None:
        pytest.skip("this machine cannot mount a small file system (no user namespaces)")
    assert result.returncode == 1
    assert "The disk holding the knowledge base" in result.stderr
    assert "is full" in result.stderr and "Free some space and try again." in result.stderr
    assert "Traceback" not in result.stderr
