"""Daily backups and recovery: a damaged knowledge base is moved aside and rebuilt from the
packs, the agent's own data comes back from the newest sound backup, and the agent is told."""

from __future__ import annotations

import gc
import sqlite3
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from assistant.cli import main
from assistant.core.model import Ref
from assistant.services import open_knowledge_base
from assistant.store.activity import ActivityLog
from assistant.store.backup import (
    backup_name,
    backups,
    daily_backup,
    is_agent_table,
    restore_agent_data,
)
from assistant.store.database import DB_FILENAME, available_migrations, open_database
from tests.conftest import PACKS

TODAY = datetime.now(UTC).date()
DAY = f"{TODAY:%Y-%m-%d}"
GREETING = Ref("builtin", "greet-inbound")
SORRY = Ref("builtin", "empathy-inconvenience")


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
    assert daily_backup(data_dir / DB_FILENAME, data_dir / "backups", TODAY) is not None
    kb.toggle_favourite(SORRY)  # after the backup: lost in a recovery
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
    """Scribble over a page in the middle (a bad sector): the header still looks fine."""
    _closed(path)
    conn = sqlite3.connect(path)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'phrases'").fetchone()[0]
    conn.close()
    with path.open("r+b") as stream:
        stream.seek((root - 1) * page_size)
        stream.write(b"\xff" * page_size)


@pytest.mark.parametrize("damage", [_damage_header, _damage_page], ids=["header", "page"])
def test_a_damaged_database_is_rebuilt_and_the_agent_is_told_what_was_lost(
    damage: object, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _agent_day(data_dir)
    assert (data_dir / "packs" / "acme-collections.yaml").is_file()
    damage(data_dir / DB_FILENAME)  # type: ignore[operator]
    capsys.readouterr()

    assert main(["--data-dir", str(data_dir), "pack", "list"]) == 0
    captured = capsys.readouterr()
    assert "acme-collections\tv3" in captured.out and "builtin\t" in captured.out
    err = captured.err
    assert "The knowledge base was damaged and could not be used" in err
    assert "Packs reinstalled: the built-in pack; others: acme-collections." in err
    assert f"restored from the backup of {DAY}" in err
    assert "Anything you did after that backup was made is lost." in err
    assert "Traceback" not in err
    aside = [p for p in data_dir.iterdir() if p.name.startswith("knowledge.damaged-")]
    assert aside and aside[0].suffix == ".db"  # moved, never deleted

    kb = open_knowledge_base(data_dir, backup=False)
    assert kb.check().ok
    favourites = {r.ref for r in kb.phrases([GREETING, SORRY]) if r.favourite}
    assert favourites == {GREETING}  # the favourite starred after the backup is the loss
    assert kb.phrase(GREETING).uses == 1  # type: ignore[union-attr]
    [hold_row] = ActivityLog(kb.database).holds()
    assert hold_row.ended_at is not None
    assert (hold_row.ended_at - hold_row.started_at).total_seconds() == 60.0
    assert kb.setting("agent_name") == "Dana"
    kb.database.close()
    assert main(["--data-dir", str(data_dir), "db", "check"]) == 0


def test_without_a_backup_the_packs_come_back_and_the_loss_is_said(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _agent_day(data_dir)
    for _, path in backups(data_dir / "backups"):
        path.unlink()
    _damage_header(data_dir / DB_FILENAME)
    capsys.readouterr()
    assert main(["--data-dir", str(data_dir), "pack", "list"]) == 0
    captured = capsys.readouterr()
    assert "acme-collections" in captured.out
    assert "No usable backup was found" in captured.err


def test_a_pack_without_a_kept_copy_is_named_as_not_reinstalled(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _agent_day(data_dir)
    (data_dir / "packs" / "acme-collections.yaml").unlink()
    _damage_header(data_dir / DB_FILENAME)
    capsys.readouterr()
    assert main(["--data-dir", str(data_dir), "pack", "list"]) == 0
    err = capsys.readouterr().err
    assert "Not reinstalled (no usable copy was kept, or its signature is not accepted): " in err
    assert "acme-collections." in err
    assert "Import them again" in err


def test_the_window_shows_the_recovery_in_a_non_modal_notice(qtbot: QtBot, data_dir: Path) -> None:
    from assistant.app import build_window

    _agent_day(data_dir)
    _damage_header(data_dir / DB_FILENAME)
    window = build_window(data_dir)
    qtbot.addWidget(window)
    notice = window.recovery_notice
    assert notice.isVisible() and not notice.isModal()
    assert f"restored from the backup of {DAY}" in notice.text()
    assert any(c.name == "ACME Card Collections" for c in window._kb.campaigns())
    notice.close()
    window.pack_tools.installer.close()


def test_removing_a_pack_forgets_its_copy(data_dir: Path) -> None:
    assert main(["--data-dir", str(data_dir), "pack", "import", str(PACKS / "acme.yaml")]) == 0
    assert (data_dir / "packs" / "acme-collections.yaml").is_file()
    assert main(["--data-dir", str(data_dir), "pack", "remove", "acme-collections"]) == 0
    assert not (data_dir / "packs" / "acme-collections.yaml").exists()


def test_backups_are_daily_and_kept_for_seven_days(data_dir: Path) -> None:
    open_knowledge_base(data_dir, backup=False).database.close()
    db, folder = data_dir / DB_FILENAME, data_dir / "backups"
    for days_ago in range(10, 0, -1):
        assert daily_backup(db, folder, TODAY - timedelta(days=days_ago)) is not None
    assert daily_backup(db, folder, TODAY) is not None
    assert daily_backup(db, folder, TODAY) is None  # at most one a day
    kept = sorted(day for day, _ in backups(folder))
    assert kept == [TODAY - timedelta(days=n) for n in range(6, -1, -1)]
    assert (folder / backup_name(TODAY)).is_file()
    assert not list(folder.glob("*.partial"))
    copy = sqlite3.connect(folder / backup_name(TODAY))
    assert copy.execute("SELECT count(*) FROM phrases").fetchone()[0] > 200
    copy.close()


def test_opening_the_window_or_a_command_takes_todays_backup(data_dir: Path) -> None:
    assert main(["--data-dir", str(data_dir), "pack", "list"]) == 0
    _wait_for_backups()
    [(day, _)] = backups(data_dir / "backups")
    assert day == datetime.now(UTC).date()


def test_restore_copies_every_agent_table_even_ones_added_later(tmp_path: Path) -> None:
    """Tables a later migration adds (calls, callbacks, ...) are restored without a change to
    the recovery code: anything that is not pack content is the agent's."""
    folder = tmp_path / "db"
    folder.mkdir()
    for migration in available_migrations():
        (folder / migration.path.name).write_text(migration.sql(), encoding="utf-8")
    extra = len(available_migrations()) + 1
    (folder / f"{extra:04d}_future_notes.sql").write_text(
        "CREATE TABLE future_notes (rowid INTEGER PRIMARY KEY, due_at TEXT, customer TEXT);",
        encoding="utf-8",
    )
    migrations = available_migrations(folder)
    old = open_database(tmp_path / "old.db", migrations=migrations)
    old.conn.execute("INSERT INTO future_notes (due_at, customer) VALUES ('2026-11-26', 'Ms Vega')")
    old.conn.execute("INSERT INTO settings (key, value) VALUES ('agent_name', 'Dana')")
    old.conn.commit()
    old.close()
    new = open_database(tmp_path / "new.db", migrations=migrations)
    restored = restore_agent_data(new, tmp_path / "old.db")
    assert restored.rows["future_notes"] == 1 and restored.rows["settings"] == 1
    assert "phrases" not in restored.rows and "packs" not in restored.rows
    assert new.conn.execute("SELECT customer FROM future_notes").fetchone()[0] == "Ms Vega"
    assert not any(is_agent_table(t) for t in ("packs", "phrases", "phrase_fts_data"))
    new.close()
