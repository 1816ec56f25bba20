"""The machine, not the program, fails: disk full, read-only or vanished data folder, a database
locked by another program. Each gives its plain message, no traceback, and changes nothing."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from assistant import commands
from assistant.cli import main
from assistant.commands import EXIT_BUSY
from assistant.core.model import Ref
from assistant.packs.loader import load_pack
from assistant.services.intake import builtin_known
from assistant.services.opening import open_knowledge_base
from assistant.store import database as database_module
from assistant.store.database import ACTIVITY_FILENAME, DB_FILENAME, Writer, open_database
from assistant.store.errors import (
    DatabaseLockedError,
    DatabaseUnavailableError,
    StoreError,
    translate,
)
from assistant.store.knowledge import KnowledgeBase
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
def short_waits(monkeypatch: pytest.MonkeyPatch) -> None:
    """Writes wait 0.2 s for a lock instead of 5 s (a command's, 60 s); a command says it
    waits after 0.05 s instead of 1 s."""
    monkeypatch.setattr(database_module, "LOCK_TIMEOUT_S", 0.2)
    monkeypatch.setattr(commands, "COMMAND_LOCK_TIMEOUT_S", 0.2)
    monkeypatch.setattr(database_module, "WAIT_NOTICE_S", 0.05)


@pytest.fixture
def locked(ready: Path, short_waits: None) -> Iterator[sqlite3.Connection]:
    """Another program holds knowledge.db's write lock."""
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
    assert err == (
        "agent-assistant: knowledge.db is busy: another program (an import?) is writing it; "
        "waiting up to 0.2 s\n"
        f"agent-assistant: {ACME}: The knowledge base ({ready / DB_FILENAME}) is still busy after "
        "0.2 s: another program (an import?) is writing it. Try again when it is done.\n"
    )
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
    with pytest.raises(DatabaseLockedError, match=f"{DB_FILENAME}.*is still busy"):
        kb.remove_pack("acme-collections")  # pack content waits for knowledge.db, and says so
    kb.database.close()


def _hold_knowledge_db(data_dir: Path) -> sqlite3.Connection:
    """Another program in the middle of a pack import: knowledge.db's write lock taken, a
    phrase written, nothing committed. (It may be committed from another thread.)"""
    other = sqlite3.connect(data_dir / DB_FILENAME, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    other.execute(
        "INSERT INTO phrases (pack_id, id, position, title, text, category)"
        " VALUES ('builtin', 'mid-import', 9999, 'Mid import', 'Still being written.', 'other')"
    )
    return other


def test_a_second_pack_import_waits_for_the_first_and_says_so(
    ready: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """It used to fail at once ("locked by another program. Close other copies..."): an
    import reads the installed version before it writes, and SQLite does not wait then."""
    monkeypatch.setattr(database_module, "WAIT_NOTICE_S", 0.05)  # the command's 60 s stand
    importing = _hold_knowledge_db(ready)
    finishing: list[threading.Thread] = []
    said = commands.say_waiting

    def waiting(message: str) -> None:  # told while it waits: the first import now commits
        said(message)
        finishing.append(threading.Thread(target=lambda: importing.execute("COMMIT")))
        finishing[0].start()

    monkeypatch.setattr(commands, "say_waiting", waiting)
    try:
        code = main(_cli(ready, "pack", "import", str(ACME)))
    finally:
        for thread in finishing:
            thread.join()
        importing.close()
    out, err = capsys.readouterr()
    assert err == (
        "agent-assistant: knowledge.db is busy: another program (an import?) is writing it; "
        "waiting up to 60 s\n"
    )
    assert code == 0
    assert "installed acme-collections version 3" in out
    kb = open_knowledge_base(ready, backup=False)
    assert kb.pack_version("acme-collections") == 3
    assert kb.phrase(Ref("builtin", "mid-import")) is not None  # the first one's write stays
    kb.database.close()


def _importing_meanwhile(data_dir: Path, meanwhile: Callable[[], None], name: str) -> None:
    """Run ``meanwhile()`` in the middle of an import of acme.yaml by this program as
    ``name`` (its own connection: the window's pack writer, or a command), which then
    commits."""
    worker = KnowledgeBase(open_database(data_dir / DB_FILENAME, writer=Writer(name)))
    pack = load_pack(ACME, builtin_known(worker))
    ran: list[bool] = []

    def progress(done: int, total: int) -> None:
        if not ran:
            ran.append(True)
            meanwhile()

    try:
        worker.import_pack(pack, progress=progress)
    finally:
        worker.database.close()
    assert ran


def test_a_writer_kept_waiting_too_long_says_what_holds_the_lock_and_changes_nothing(
    ready: Path, short_waits: None, capsys: pytest.CaptureFixture[str]
) -> None:
    codes: list[int] = []

    def remove_and_import() -> None:
        codes.append(main(_cli(ready, "pack", "remove", "acme-collections")))
        codes.append(main(_cli(ready, "pack", "import", str(ACME), "--force")))

    _importing_meanwhile(ready, remove_and_import, "agent-assistant pack import")
    assert codes == [1, 1]
    holder = (
        "an import of the pack 'acme-collections' by agent-assistant pack import "
        f"(process {os.getpid()})"
    )
    busy = (
        f"The knowledge base ({ready / DB_FILENAME}) is still busy after 0.2 s: {holder} is "
        "writing it. Try again when it is done."
    )
    waiting = (
        f"agent-assistant: knowledge.db is busy: {holder} is writing it; waiting up to 0.2 s\n"
    )
    assert capsys.readouterr().err == (
        f"{waiting}agent-assistant: {busy}\n{waiting}agent-assistant: {ACME}: {busy}\n"
    )
    # Only the first import happened (the removal did not, nor the second import's copy of
    # the file); its note went with it.
    kb = open_knowledge_base(ready, backup=False)
    assert [p.id for p in kb.packs()] == ["builtin", "acme-collections"]
    assert kb.database.knowledge_writer() is None
    kb.database.close()
    assert list((ready / "packs").glob("acme-collections.*")) == []


def test_a_note_left_by_a_writer_that_was_killed_is_not_believed(ready: Path) -> None:
    """A killed import leaves its note behind (its lock goes with the process): no one is
    named as writing now."""
    kb = open_knowledge_base(ready, backup=False)
    path = kb.database.writer_note_path
    assert path is not None
    path.write_text("an import of the pack 'gone' by agent-assistant pack import (process 1)")
    assert kb.database.knowledge_writer() is None
    kb.import_pack(load_pack(ACME, builtin_known(kb)))  # the next writer writes its own
    assert path.read_text() == ""  # and empties it when done
    kb.database.close()


def test_the_windows_own_connection_still_gives_up_at_once_when_asked_to(
    ready: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The window's connection is told of no wait (its thread must not stall): one try of
    the connection's own length (here none), then the error, naming the holder."""
    monkeypatch.setattr(database_module, "LOCK_TIMEOUT_S", 0.0)
    window = open_knowledge_base(ready, backup=False)
    seen: list[str] = []

    def meanwhile() -> None:
        with pytest.raises(DatabaseLockedError) as raised:
            window.remove_pack("acme-collections")
        seen.append(str(raised.value))

    _importing_meanwhile(ready, meanwhile, "the Agent Assistant window")
    window.database.close()
    assert seen == [
        f"The knowledge base ({ready / DB_FILENAME}) is still busy after 0 s: an import of the "
        f"pack 'acme-collections' by the Agent Assistant window (process {os.getpid()}) is "
        "writing it. Try again when it is done."
    ]


# ---------------------------------------------------------------- db check while another writes


def _both_checks(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> tuple[int, str, int, dict[str, Any]]:
    """``db check`` and ``db check --json``, one after the other: (code, text, code, JSON)."""
    code = main(_cli(data_dir, "db", "check"))
    text = capsys.readouterr().out
    json_code = main(_cli(data_dir, "db", "check", "--json"))
    return code, text, json_code, json.loads(capsys.readouterr().out)


def _text_of(report: dict[str, Any]) -> list[str]:
    """The state line of each file that ``db check`` prints, made from the JSON of the
    same result: the text and the JSON must say the same."""
    lines = []
    for file in report["files"]:
        state = "ok" if file["ok"] else "PROBLEMS" if file["problems"] else "BUSY"
        lines.append(
            f"{file['path']}: {state}; schema {file['schema_version']} of {file['latest_version']}"
        )
    return lines


def test_db_check_while_another_program_writes_says_busy_not_damaged(
    ready: Path, short_waits: None, capsys: pytest.CaptureFixture[str]
) -> None:
    """It said "knowledge.db: PROBLEMS ... the search index is damaged (database is locked)"
    and exit 1: the search index's own check is a write, which waited and gave up."""
    importing = _hold_knowledge_db(ready)
    try:
        code, text, json_code, report = _both_checks(ready, capsys)
    finally:
        importing.execute("ROLLBACK")
        importing.close()
    assert (code, json_code) == (EXIT_BUSY, EXIT_BUSY) == (75, 75)
    lines = text.splitlines()
    assert lines[:2] == _text_of(report)
    assert lines[0].startswith(f"{ready / DB_FILENAME}: BUSY; schema ")
    assert lines[1].startswith(f"{ready / ACTIVITY_FILENAME}: ok; schema ")
    assert lines[3:] == [
        "busy: another program (an import?) is writing knowledge.db; try again when it is done"
    ]
    assert "damaged" not in text and "problem" not in text
    assert report["ok"] is False and report["busy"] is True and report["writer"] == ""
    assert report["problems"] == []
    assert [f["busy"] for f in report["files"]] == [True, False]
    assert report["counts"]["packs"] == 1  # what is committed is counted
    # Once the import is over, the same check finds nothing wrong, in both forms.
    code, text, json_code, report = _both_checks(ready, capsys)
    assert (code, json_code) == (0, 0)
    assert text.splitlines()[:2] == _text_of(report)
    assert report["ok"] is True and report["busy"] is False
    assert "busy" not in text


def test_db_check_names_the_import_it_waits_for(
    ready: Path, short_waits: None, capsys: pytest.CaptureFixture[str]
) -> None:
    checked: list[tuple[int, str, int, dict[str, Any]]] = []
    _importing_meanwhile(
        ready, lambda: checked.append(_both_checks(ready, capsys)), "the Agent Assistant window"
    )
    [(code, text, json_code, report)] = checked
    holder = (
        "an import of the pack 'acme-collections' by the Agent Assistant window "
        f"(process {os.getpid()})"
    )
    assert (code, json_code) == (75, 75)
    assert text.splitlines()[:2] == _text_of(report)
    assert (
        text.splitlines()[-1]
        == f"busy: {holder} is writing knowledge.db; try again when it is done"
    )
    assert report["writer"] == holder


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
