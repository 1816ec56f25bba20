"""The machine, not the program, fails: disk full, read-only or vanished data folder, a database
locked by another program. Each gives its plain message, no traceback, and changes nothing."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.cli import main
from assistant.core.model import Ref
from assistant.services.opening import open_knowledge_base
from assistant.store import database as database_module
from assistant.store.database import ACTIVITY_FILENAME, DB_FILENAME
from assistant.store.errors import (
    DatabaseLockedError,
    DatabaseUnavailableError,
    StoreError,
    translate,
)
from tests.conftest import PACKS, read_only

ACME = PACKS / "acme.yaml"
GREETING = Ref("builtin", "greet-inbound")


@pytest.fixture
def ready(data_dir: Path) -> Path:
    """A data folder with a knowledge base in it, closed (as between two commands)."""
    open_knowledge_base(data_dir, backup=False).database.close()
    return data_dir


def _content(data_dir: Path) -> list[str]:
    """Every row of both files (knowledge.db and the agent's activity.db)."""
    conn = sqlite3.connect(data_dir / DB_FILENAME)
    try:
        dump = list(conn.iterdump())
    finally:
        conn.close()
    conn = sqlite3.connect(data_dir / ACTIVITY_FILENAME)
    try:
        return dump + list(conn.iterdump())
    finally:
        conn.close()


def _cli(data_dir: Path, *args: str) -> list[str]:
    return ["--data-dir", str(data_dir), *args]


# ---------------------------------------------------------------- disk full


@pytest.fixture
def full_disk(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every connection may not grow its file: SQLite's own 'database or disk is full'."""
    connect = database_module._connect

    def limited(
        path: Path | None, timeout: float | None = None, activity: Path | None = None
    ) -> sqlite3.Connection:
        conn = connect(path, timeout, activity)
        for schema in ("main", "activity"):  # knowledge.db and the agent's activity.db
            pages = conn.execute(f"PRAGMA {schema}.page_count").fetchone()[0]
            conn.execute(f"PRAGMA {schema}.max_page_count = {max(pages, 1)}")
        return conn

    monkeypatch.setattr(database_module, "_connect", limited)


def test_disk_full_during_an_import_says_so_and_installs_nothing(
    ready: Path, full_disk: None, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _content(ready)
    assert main(_cli(ready, "pack", "import", str(ACME))) == 1
    err = capsys.readouterr().err
    assert "The disk holding the knowledge base" in err and "is full" in err
    assert "Free some space and try again." in err
    assert "Traceback" not in err
    assert _content(ready) == before
    assert not (ready / "packs" / "acme-collections.yaml").exists()  # no copy of a failed pack


def test_disk_full_when_saving_agent_data_changes_nothing(ready: Path, full_disk: None) -> None:
    kb = open_knowledge_base(ready, backup=False)
    with pytest.raises(DatabaseUnavailableError, match="is full"):
        kb.set_setting("shift_notes", "x" * 200_000)  # needs new pages: there are none
    assert kb.setting("shift_notes") is None
    assert kb.check().ok
    kb.database.close()


# ---------------------------------------------------------------- read-only, unreachable


def test_a_data_folder_that_cannot_be_created_is_reported_without_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A path under a regular file cannot become a folder, even for root: the same as a data
    # folder on a network drive that is gone.
    blocker = tmp_path / "drive"
    blocker.write_text("not a folder")
    for command in (["pack", "list"], ["pack", "import", str(ACME)], ["search", "hold"]):
        assert main(_cli(blocker / "data", *command)) == 1
        err = capsys.readouterr().err
        assert f"The data folder {blocker / 'data'} cannot be created or reached" in err
        assert "Check that the drive is connected" in err
        assert "Traceback" not in err
    assert blocker.read_text() == "not a folder"


def test_a_database_that_cannot_be_opened_is_reported(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (data_dir / DB_FILENAME).mkdir()  # in its place, something SQLite cannot open
    assert main(_cli(data_dir, "pack", "list")) == 1
    err = capsys.readouterr().err
    assert "cannot be written (unable to open database file)" in err
    assert "Traceback" not in err
    assert (data_dir / DB_FILENAME).is_dir()  # left alone: not "damaged", not moved aside


def test_a_read_only_data_folder_is_reported(
    ready: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _content(ready)
    with read_only(ready / DB_FILENAME, ready):
        assert main(_cli(ready, "pack", "import", str(ACME))) == 1
        err = capsys.readouterr().err
        assert "cannot be written" in err and "Traceback" not in err
    assert _content(ready) == before


def test_the_data_folder_vanishing_during_the_day_costs_only_the_backup(
    ready: Path, caplog: pytest.LogCaptureFixture
) -> None:
    from assistant.store.backup import daily_backup

    kb = open_knowledge_base(ready, backup=False)
    shutil.rmtree(ready)
    ready.write_text("the share is gone")  # cannot even be created again
    with pytest.raises(OSError):
        daily_backup(ready / DB_FILENAME, ready / "backups")
    # What the program does with it: a warning in the log, no crash.
    from assistant.services.opening import backup_in_background

    backup_in_background(ready / DB_FILENAME, ready / "backups").join(10)
    assert "daily backup" in caplog.text
    kb.database.close()


def test_an_io_error_from_a_lost_drive_gets_the_unavailable_message() -> None:
    # What SQLite reports on Windows when the network drive under an open database goes away.
    error = translate(sqlite3.OperationalError("disk I/O error"), Path("Z:/agent/knowledge.db"))
    assert isinstance(error, DatabaseUnavailableError)
    assert "cannot be written (disk I/O error)" in str(error)
    assert "Check that the data folder exists" in str(error)


# ---------------------------------------------------------------- locked


def _lock(path: Path) -> sqlite3.Connection:
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    return other


@pytest.fixture
def locked(ready: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[sqlite3.Connection]:
    """Another program holds knowledge.db's write lock; writes here wait 0.2 s instead of 5 s."""
    monkeypatch.setattr(database_module, "LOCK_TIMEOUT_S", 0.2)
    other = _lock(ready / DB_FILENAME)
    yield other
    other.execute("ROLLBACK")
    other.close()


@pytest.fixture
def activity_locked(ready: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[sqlite3.Connection]:
    """Another program holds activity.db's write lock (the agent's own data)."""
    monkeypatch.setattr(database_module, "LOCK_TIMEOUT_S", 0.2)
    other = _lock(ready / ACTIVITY_FILENAME)
    yield other
    other.execute("ROLLBACK")
    other.close()


def test_a_locked_database_says_so_and_changes_nothing(
    ready: Path, locked: sqlite3.Connection, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _content(ready)
    assert main(_cli(ready, "pack", "import", str(ACME))) == 1
    err = capsys.readouterr().err
    assert "is locked by another program" in err
    assert "Close other copies of Agent Assistant and try again." in err
    assert "Traceback" not in err
    # Reading still works while another program writes (WAL).
    assert main(_cli(ready, "pack", "list")) == 0
    assert "builtin" in capsys.readouterr().out
    locked.execute("ROLLBACK")
    locked.execute("BEGIN")
    assert _content(ready) == before


def test_a_write_waits_only_as_long_as_asked_and_the_next_one_succeeds(
    ready: Path, activity_locked: sqlite3.Connection
) -> None:
    kb = open_knowledge_base(ready, backup=False)
    with pytest.raises(DatabaseLockedError, match=f"{ACTIVITY_FILENAME}.*is locked"):
        kb.toggle_favourite(GREETING)
    activity_locked.execute("ROLLBACK")
    assert kb.toggle_favourite(GREETING) is True
    activity_locked.execute("BEGIN")
    kb.database.close()


def test_a_locked_knowledge_base_does_not_stop_the_agents_own_writes(
    ready: Path, locked: sqlite3.Connection
) -> None:
    kb = open_knowledge_base(ready, backup=False)
    assert kb.toggle_favourite(GREETING) is True  # activity.db: not the locked file
    with pytest.raises(DatabaseLockedError, match=f"{DB_FILENAME}.*is locked"):
        kb.remove_pack("acme-collections")  # pack content waits for knowledge.db, and says so
    kb.database.close()


# ---------------------------------------------------------------- in the window


def test_the_window_shows_a_store_error_as_a_message_not_a_crash(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import sys

    from assistant.ui.crash_dialog import install_crash_handler

    shown: list[tuple[str, str]] = []
    previous = sys.excepthook
    hook = install_crash_handler(tmp_path / "log.txt", lambda t, text: shown.append((t, text)))
    try:
        error = DatabaseUnavailableError("The disk holding the knowledge base is full.")
        hook(StoreError, error, None)
    finally:
        sys.excepthook = previous
    [(_, text)] = shown
    assert text.startswith("The disk holding the knowledge base is full.")
    assert "What you just did was not saved" in text
    assert "Something went wrong inside" not in text  # not the bug dialog
    assert "Traceback" not in capsys.readouterr().err
