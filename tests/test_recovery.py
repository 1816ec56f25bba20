"""Daily backups and recovery. The data folder has two files: knowledge.db (pack content) and
activity.db (the agent's own data). A damaged knowledge.db is moved aside and rebuilt from the
packs while the agent's data stays where it is; a damaged or missing activity.db is moved aside
and the agent's data comes back from the newest sound backup (also one made before the split);
the agent is told which."""

from __future__ import annotations

import gc
import shutil
import sqlite3
import threading
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from assistant.cli import main
from assistant.core.model import Ref
from assistant.services.opening import open_knowledge_base
from assistant.store.activity import ActivityLog
from assistant.store.backup import (
    activity_backup_name,
    backup_name,
    backups,
    daily_backup,
    is_agent_table,
    restore_agent_data,
)
from assistant.store.database import ACTIVITY_FILENAME, DB_FILENAME, open_database
from assistant.store.migrations import available_migrations
from tests.conftest import PACKS
from tests.legacy import build_v4, v4_agent_rows

TODAY = datetime.now(UTC).date()
DAY = f"{TODAY:%Y-%m-%d}"
GREETING = Ref("builtin", "greet-inbound")
SORRY = Ref("builtin", "empathy-inconvenience")
KEPT = "are kept in a file of their own (activity.db) and were not affected"
RESTORED = f"were restored from the backup of {DAY}"
LOST_SINCE = "Anything you did after that backup was made is lost."
KNOWLEDGE_DAMAGED = "The knowledge base was damaged and could not be used"
ACTIVITY_DAMAGED = "The file that keeps your own data (activity.db: favourites, phrase usage"


def _agent_day(data_dir: Path) -> None:
    """A day of work: a pack installed, a favourite, a hold; then the nightly backup, then
    one more favourite that no backup holds."""
    assert main(["--data-dir", str(data_dir), "pack", "import", str(PACKS / "acme.yaml")]) == 0
    kb = open_knowledge_base(data_dir, backup=False)
    kb.toggle_favourite(GREETING)
    kb.record_use(GREETING)
    activity = ActivityLog(kb.database)
    hold = activity.log_hold_start(datetime(2026, 11, 25, 9, 0, tzinfo=UTC), None, 120)
    activity.log_hold_end(hold, datetime(2026, 11, 25, 9, 1, tzinfo=UTC))
    kb.set_setting("agent_name", "Dana")
    _wait_for_backups()  # the one the import command took at start: replaced by tonight's
    for _, path in backups(data_dir / "backups"):
        path.unlink()
    made = daily_backup(data_dir / DB_FILENAME, data_dir / "backups", TODAY)
    assert {p.name for p in made} == {backup_name(TODAY), activity_backup_name(TODAY)}
    kb.toggle_favourite(SORRY)  # after the backup: lost if activity.db has to be restored
    kb.database.close()


def _wait_for_backups() -> None:
    """Commands take the daily backup on a worker thread (not a daemon, so a real process
    waits for it at exit); a test running main() in-process joins it instead."""
    for thread in threading.enumerate():
        if thread.name == "daily-backup":
            thread.join(10)


def _closed(path: Path) -> None:
    """Let go of the connections main() left open in this process (a real command exits), so
    the damage is not hidden by pages still in the write-ahead log."""
    _wait_for_backups()
    gc.collect()
    assert not path.with_name(path.name + "-wal").exists()


def _damage_header(path: Path) -> None:
    _closed(path)
    with path.open("r+b") as stream:
        stream.write(b"this is no longer a database file" * 4)


def _damage_page(path: Path) -> None:
    """Scribble over a table's page in the middle of the file (a bad sector): the header still
    looks fine."""
    _closed(path)
    conn = sqlite3.connect(path)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute(
        "SELECT rootpage FROM sqlite_master WHERE name IN ('phrases', 'phrase_usage')"
    ).fetchone()[0]
    conn.close()
    with path.open("r+b") as stream:
        stream.seek((root - 1) * page_size)
        stream.write(b"\xff" * page_size)


def _remove(path: Path) -> None:
    _closed(path)
    path.unlink()


Damage = Callable[[Path], None]
DAMAGE = pytest.mark.parametrize("damage", [_damage_header, _damage_page], ids=["header", "page"])


def _start(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> tuple[str, str]:
    capsys.readouterr()
    assert main(["--data-dir", str(data_dir), "pack", "list"]) == 0
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    return captured.out, captured.err


def _favourites(data_dir: Path) -> set[Ref]:
    kb = open_knowledge_base(data_dir, backup=False)
    try:
        assert kb.check().ok
        assert kb.phrase(GREETING).uses == 1  # type: ignore[union-attr]
        [hold_row] = ActivityLog(kb.database).holds()
        assert hold_row.ended_at is not None
        assert (hold_row.ended_at - hold_row.started_at).total_seconds() == 60.0
        assert kb.setting("agent_name") == "Dana"
        return {r.ref for r in kb.phrases([GREETING, SORRY]) if r.favourite}
    finally:
        kb.database.close()


def _aside(data_dir: Path, stem: str) -> list[Path]:
    return [p for p in data_dir.iterdir() if p.name.startswith(f"{stem}.damaged-")]


@DAMAGE
def test_a_damaged_knowledge_base_is_rebuilt_and_the_agents_data_stays(
    damage: Damage, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _agent_day(data_dir)
    assert (data_dir / "packs" / "acme-collections.yaml").is_file()
    damage(data_dir / DB_FILENAME)

    out, err = _start(data_dir, capsys)
    assert "acme-collections\tv3" in out and "builtin\t" in out
    assert KNOWLEDGE_DAMAGED in err
    assert "Packs reinstalled: the built-in pack; others: acme-collections." in err
    assert KEPT in err and "nothing of yours was lost" in err
    assert "backup" not in err and ACTIVITY_DAMAGED not in err
    [aside] = _aside(data_dir, "knowledge")
    assert aside.suffix == ".db"  # moved, never deleted
    assert not _aside(data_dir, "activity")

    # Nothing of the agent's was lost, not even the favourite starred after the backup.
    assert _favourites(data_dir) == {GREETING, SORRY}
    assert main(["--data-dir", str(data_dir), "db", "check"]) == 0


@DAMAGE
def test_a_damaged_activity_file_is_restored_from_the_newest_backup(
    damage: Damage, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _agent_day(data_dir)
    damage(data_dir / ACTIVITY_FILENAME)

    out, err = _start(data_dir, capsys)
    assert "acme-collections\tv3" in out
    assert ACTIVITY_DAMAGED in err and "was damaged and could not be used" in err
    assert RESTORED in err and LOST_SINCE in err
    assert "Your packs were not affected." in err
    assert KNOWLEDGE_DAMAGED not in err and "Packs reinstalled" not in err
    [aside] = _aside(data_dir, "activity")
    assert aside.suffix == ".db"
    assert not _aside(data_dir, "knowledge")

    assert _favourites(data_dir) == {GREETING}  # the favourite starred after the backup is lost
    assert main(["--data-dir", str(data_dir), "db", "check"]) == 0


def test_a_missing_activity_file_is_restored_from_the_newest_backup(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _agent_day(data_dir)
    _remove(data_dir / ACTIVITY_FILENAME)
    _, err = _start(data_dir, capsys)
    assert (
        "(activity.db: favourites, phrase usage, holds, calls and callbacks) was missing or empty."
        in err
    )
    assert "A new one was started." in err and RESTORED in err
    assert _favourites(data_dir) == {GREETING}


def test_both_files_damaged_are_mended_in_one_start(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _agent_day(data_dir)
    _damage_header(data_dir / DB_FILENAME)
    _damage_page(data_dir / ACTIVITY_FILENAME)
    out, err = _start(data_dir, capsys)
    assert "acme-collections\tv3" in out
    assert KNOWLEDGE_DAMAGED in err and ACTIVITY_DAMAGED in err and RESTORED in err
    assert _aside(data_dir, "knowledge") and _aside(data_dir, "activity")
    assert _favourites(data_dir) == {GREETING}


def test_without_a_backup_the_packs_come_back_and_the_loss_is_said(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _agent_day(data_dir)
    for _, path in backups(data_dir / "backups"):
        path.unlink()
    _damage_header(data_dir / ACTIVITY_FILENAME)
    _damage_header(data_dir / DB_FILENAME)
    out, err = _start(data_dir, capsys)
    assert "acme-collections" in out
    assert "No usable backup was found" in err


def test_a_pack_without_a_kept_copy_is_named_as_not_reinstalled(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _agent_day(data_dir)
    (data_dir / "packs" / "acme-collections.yaml").unlink()
    _damage_header(data_dir / DB_FILENAME)
    _, err = _start(data_dir, capsys)
    assert "Not reinstalled (no usable copy was kept, or its signature is not accepted): " in err
    assert "acme-collections." in err
    assert "Import them again" in err


@pytest.mark.parametrize(
    ("file", "said"),
    [(DB_FILENAME, KEPT), (ACTIVITY_FILENAME, RESTORED)],
    ids=["knowledge", "activity"],
)
def test_the_window_shows_the_recovery_in_a_non_modal_notice(
    qtbot: QtBot, data_dir: Path, file: str, said: str
) -> None:
    from assistant.app import build_window

    _agent_day(data_dir)
    _damage_header(data_dir / file)
    window = build_window(data_dir)
    qtbot.addWidget(window)
    notice = window.recovery_notice
    assert notice.isVisible() and not notice.isModal()
    assert said in notice.text()
    assert any(c.name == "ACME Card Collections" for c in window.kb.campaigns())
    notice.close()
    window.operations.close()


def test_removing_a_pack_forgets_its_copy(data_dir: Path) -> None:
    assert main(["--data-dir", str(data_dir), "pack", "import", str(PACKS / "acme.yaml")]) == 0
    assert (data_dir / "packs" / "acme-collections.yaml").is_file()
    assert main(["--data-dir", str(data_dir), "pack", "remove", "acme-collections"]) == 0
    assert not (data_dir / "packs" / "acme-collections.yaml").exists()


def test_backups_are_daily_pairs_kept_for_seven_days(data_dir: Path) -> None:
    kb = open_knowledge_base(data_dir, backup=False)
    kb.set_setting("agent_name", "Dana")
    kb.database.close()
    db, folder = data_dir / DB_FILENAME, data_dir / "backups"
    for days_ago in range(10, 0, -1):
        assert len(daily_backup(db, folder, TODAY - timedelta(days=days_ago))) == 2
    assert len(daily_backup(db, folder, TODAY)) == 2
    assert daily_backup(db, folder, TODAY) == []  # at most one pair a day
    kept = [day for day, _ in backups(folder, "knowledge")]
    assert kept == [TODAY - timedelta(days=n) for n in range(7)]
    assert [day for day, _ in backups(folder, "activity")] == kept
    assert not list(folder.glob("*.partial"))
    copy = sqlite3.connect(folder / backup_name(TODAY))
    assert copy.execute("SELECT count(*) FROM phrases").fetchone()[0] > 200
    copy.close()
    copy = sqlite3.connect(folder / activity_backup_name(TODAY))
    assert copy.execute("SELECT value FROM settings").fetchone() == ("Dana",)
    copy.close()


def test_on_the_day_of_the_upgrade_the_missing_half_of_the_pair_is_made(data_dir: Path) -> None:
    """The program before the split took today's single-file backup this morning; the new one
    adds today's copy of activity.db and keeps the morning's file."""
    folder = data_dir / "backups"
    build_v4(data_dir / DB_FILENAME)
    folder.mkdir()
    shutil.copy(data_dir / DB_FILENAME, folder / backup_name(TODAY))
    open_knowledge_base(data_dir, backup=False).database.close()
    made = daily_backup(data_dir / DB_FILENAME, folder, TODAY)
    assert [p.name for p in made] == [activity_backup_name(TODAY)]
    assert v4_agent_rows(folder / backup_name(TODAY))["holds"]  # the morning's, untouched


def test_opening_the_window_or_a_command_takes_todays_backup(data_dir: Path) -> None:
    before = datetime.now(UTC).date()  # the day the command starts (a run may cross midnight)
    assert main(["--data-dir", str(data_dir), "pack", "list"]) == 0
    _wait_for_backups()
    after = datetime.now(UTC).date()
    found = sorted(path.name for _, path in backups(data_dir / "backups"))
    assert found in [[activity_backup_name(day), backup_name(day)] for day in (before, after)]


def _old_folder_with_an_old_backup(data_dir: Path) -> dict[str, list[dict[str, object]]]:
    """A data folder from before the split, with yesterday's single-file backup of it."""
    build_v4(data_dir / DB_FILENAME)
    (data_dir / "backups").mkdir()
    source = sqlite3.connect(data_dir / DB_FILENAME)
    destination = sqlite3.connect(data_dir / "backups" / backup_name(TODAY - timedelta(days=1)))
    source.backup(destination)
    destination.close()
    source.close()
    return v4_agent_rows(data_dir / DB_FILENAME)


def test_a_single_file_backup_from_before_the_split_restores_the_agents_data(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _old_folder_with_an_old_backup(data_dir)
    kb = open_knowledge_base(data_dir, backup=False)  # the upgrade: activity.db is made
    kb.database.close()
    _damage_header(data_dir / ACTIVITY_FILENAME)
    _, err = _start(data_dir, capsys)
    yesterday = TODAY - timedelta(days=1)
    assert f"were restored from the backup of {yesterday:%Y-%m-%d}" in err
    kb = open_knowledge_base(data_dir, backup=False)
    from tests.legacy import agent_rows

    assert agent_rows(kb.database.conn, "activity") == before
    assert kb.setting("agent_name") == "Dana"
    kb.database.close()


def test_a_damaged_knowledge_base_from_before_the_split_brings_the_agents_data_back(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Before the split the agent's data was in knowledge.db itself: damaged, it comes back
    from the newest backup, as it always did."""
    _old_folder_with_an_old_backup(data_dir)
    _damage_header(data_dir / DB_FILENAME)
    assert not (data_dir / ACTIVITY_FILENAME).exists()
    _, err = _start(data_dir, capsys)
    assert KNOWLEDGE_DAMAGED in err and "were restored from the backup of" in err
    kb = open_knowledge_base(data_dir, backup=False)
    assert kb.setting("agent_name") == "Dana"
    assert len(ActivityLog(kb.database).holds()) == 2
    kb.database.close()


def test_restore_copies_every_agent_table_even_ones_added_later(tmp_path: Path) -> None:
    """Tables a later migration adds to activity.db (calls, callbacks, ...) are restored
    without a change to the recovery code: anything that is not pack content is the agent's."""
    folder = tmp_path / "db"
    folder.mkdir()
    for migration in available_migrations():
        (folder / migration.path.name).write_text(migration.sql(), encoding="utf-8")
    extra = len(available_migrations()) + 1
    (folder / f"{extra:04d}_future_notes.sql").write_text(
        "-- schema: activity\n"
        "CREATE TABLE activity.future_notes"
        " (rowid INTEGER PRIMARY KEY, due_at TEXT, customer TEXT);",
        encoding="utf-8",
    )
    migrations = available_migrations(folder)
    old = open_database(tmp_path / "old.db", migrations=migrations)
    old.conn.execute("INSERT INTO future_notes (due_at, customer) VALUES ('2026-11-26', 'Ms Vega')")
    old.conn.execute("INSERT INTO settings (key, value) VALUES ('agent_name', 'Dana')")
    old.conn.commit()
    old.close()
    new = open_database(tmp_path / "new.db", migrations=migrations)
    restored = restore_agent_data(new, tmp_path / "old-activity.db")
    assert restored.rows["future_notes"] == 1 and restored.rows["settings"] == 1
    assert "phrases" not in restored.rows and "packs" not in restored.rows
    assert new.conn.execute("SELECT customer FROM future_notes").fetchone()[0] == "Ms Vega"
    assert not any(is_agent_table(t) for t in ("packs", "phrases", "phrase_fts_data"))
    new.close()


def _locked_start(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> sqlite3.Connection:
    """Another program holding knowledge.db's exclusive lock between the start's open and its
    damage check: a real second connection, on files in SQLite's rollback journal mode (in WAL
    mode the lock cannot be taken once the start's connection is open). Returns the holder."""
    from assistant.services import opening
    from assistant.store.database import activity_path_for, wrap

    gc.collect()  # the connections of the commands run before
    knowledge = data_dir / DB_FILENAME
    for path in (knowledge, activity_path_for(knowledge)):
        with sqlite3.connect(path) as plain:
            plain.execute("PRAGMA journal_mode = DELETE")
        plain.close()
    holder = sqlite3.connect(knowledge, isolation_level=None)

    def open_then_lock(path: Path, **_: object) -> object:
        conn = sqlite3.connect(path, timeout=0.05, check_same_thread=False)
        conn.execute("ATTACH DATABASE ? AS activity", [str(activity_path_for(path))])
        holder.execute("BEGIN EXCLUSIVE")
        return wrap(conn, path)

    monkeypatch.setattr(opening, "open_database", open_then_lock)
    return holder


def test_a_knowledge_base_locked_by_another_program_is_not_taken_for_damaged(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # Any SQLite error of the start's check counted as damage: "database is locked" moved a
    # sound knowledge.db aside and rebuilt it.
    assert main(["--data-dir", str(data_dir), "pack", "import", str(PACKS / "acme.yaml")]) == 0
    _wait_for_backups()
    holder = _locked_start(data_dir, monkeypatch)
    files = {p.name: p.read_bytes() for p in data_dir.iterdir() if p.is_file()}
    capsys.readouterr()
    assert main(["--data-dir", str(data_dir), "pack", "list"]) == 1
    assert capsys.readouterr().err.splitlines() == [
        f"agent-assistant: The knowledge base ({data_dir / DB_FILENAME}) is locked by another "
        "program. Close other copies of Agent Assistant and try again."
    ]
    holder.execute("ROLLBACK")
    assert {p.name: p.read_bytes() for p in data_dir.iterdir() if p.is_file()} == files
    assert not _aside(data_dir, "knowledge") and not _aside(data_dir, "activity")
    monkeypatch.undo()
    assert main(["--data-dir", str(data_dir), "pack", "list"]) == 0
    assert "acme-collections\tv3" in capsys.readouterr().out


def test_only_damage_counts_as_damage() -> None:
    from assistant.store.errors import is_damage

    def error(code: int, text: str) -> sqlite3.Error:
        made = sqlite3.DatabaseError(text)
        made.sqlite_errorcode = code
        return made

    assert is_damage(error(11, "database disk image is malformed"))
    assert is_damage(error(26, "file is not a database"))
    assert is_damage(error(522, "disk I/O error"))  # SQLITE_IOERR_SHORT_READ: a failing disk
    assert not is_damage(error(5, "database is locked"))
    assert not is_damage(error(517, "database is locked"))  # SQLITE_BUSY_SNAPSHOT
    assert not is_damage(error(13, "database or disk is full"))
    assert not is_damage(error(4874, "disk I/O error"))  # SQLITE_IOERR_SHMSIZE
