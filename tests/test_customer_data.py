"""The customer's data: the data folder is for its user only, and a done callback's personal
data (name, number, note) is kept for a bounded time, in the database and in the backups.

Modes are checked as bits, which root can check too; only the cases where root would get
through a permission anyway are skipped.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from assistant.cli import main
from assistant.datadir import prepare_data_dir
from assistant.services.opening import open_knowledge_base
from assistant.services.policy import POLICY_ENV
from assistant.services.privacy import UPKEEP_LOCK, callback_retention_days, daily_upkeep
from assistant.store.activity import ActivityLog
from assistant.store.backup import backups, daily_backup, is_sound, restore_agent_data
from assistant.store.database import ACTIVITY_FILENAME, DB_FILENAME, open_database
from assistant.store.knowledge import KnowledgeBase
from tests.conftest import PACKS, run_as_nobody

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
ROOT = hasattr(os, "geteuid") and os.geteuid() == 0

NOW = datetime(2026, 6, 15, 12, 0, tzinfo=UTC)
OLD_NAME = "Quincy Oldfield-Marsh"
OLD_NUMBER = "+44 20 7946 0991"
OLD_NOTE = "promised a refund of the March invoice"
RECENT_NAME = "Rosalind Newcombe"
OPEN_NAME = "Ottilie Stillwaiting"


@pytest.fixture(autouse=True)
def _usual_umask_and_no_policy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, umask_022: None
) -> None:
    """A desktop's umask (022: what made the files 0644 before), and no IT policy unless a
    test writes one."""
    monkeypatch.setenv(POLICY_ENV, str(tmp_path / "no-policy.ini"))


def mode(path: Path) -> int:
    return stat.S_IMODE(path.lstat().st_mode)


def modes(folder: Path) -> dict[str, int]:
    """Every file and folder under ``folder`` (itself as '.') with its permission bits."""
    found = {".": mode(folder)}
    for path in folder.rglob("*"):
        found[str(path.relative_to(folder))] = mode(path)
    return found


def not_private(folder: Path) -> dict[str, str]:
    return {
        name: oct(bits)
        for name, bits in modes(folder).items()
        if bits & 0o077 or (bits != 0o700 and (folder / name).is_dir())
    }


def _wait_for_upkeep() -> None:
    for thread in threading.enumerate():
        if thread.name == "daily-backup":
            thread.join(30)


def mentioning(folder: Path, *texts: str) -> list[str]:
    """Files under ``folder`` whose bytes hold any of ``texts`` (in UTF-8)."""
    return sorted(
        str(path.relative_to(folder))
        for path in folder.rglob("*")
        if path.is_file() and any(t.encode("utf-8") in path.read_bytes() for t in texts)
    )


# ---------------------------------------------------------------- for this user only


def test_a_new_data_folder_and_everything_a_command_makes_in_it_is_private(
    tmp_path: Path,
) -> None:
    data = tmp_path / "new" / "data"  # not there yet, nor its parent
    assert main(["--data-dir", str(data), "pack", "import", str(PACKS / "acme.yaml")]) == 0
    _wait_for_upkeep()
    made = modes(data)
    assert {"knowledge.db", "activity.db", "backups", "packs"} <= set(made)
    assert any(name.startswith("backups/activity-") for name in made)
    assert "packs/acme-collections.yaml" in made
    assert not_private(data) == {}
    assert mode(tmp_path / "new") == 0o755  # a parent is the user's business, not ours


def test_the_window_s_own_files_are_private(qtbot: QtBot, data_dir: Path) -> None:
    from assistant import control
    from assistant.app import build_window
    from assistant.logs import setup_logging

    root = logging.getLogger()
    handlers = list(root.handlers)
    data_dir.chmod(0o755)  # as the test fixture (or an older version) made it
    try:
        log_file = setup_logging(data_dir)
        assert log_file is not None
        logging.getLogger("assistant.test").warning("a line in the log")
        server = control.ControlServer(data_dir)
        assert server.start()
        window = build_window(data_dir)
        qtbot.addWidget(window)
        window.settings.agent_name = "Dana"  # settings.ini written
        # While the window runs, SQLite's -wal and -shm files are there: private too.
        assert (data_dir / "activity.db-wal").exists()
        assert (data_dir / "activity.db-shm").exists()
        assert {"settings.ini", "window.lock", "logs/agent-assistant.log"} <= set(modes(data_dir))
        assert not_private(data_dir) == {}
        server.close()
        window.operations.close()
        window.close()
    finally:
        for handler in root.handlers[len(handlers) :]:
            handler.close()
            root.removeHandler(handler)


def test_a_rotated_log_and_the_new_one_stay_private(data_dir: Path) -> None:
    from assistant.logs import setup_logging

    root = logging.getLogger()
    handlers = list(root.handlers)
    try:
        setup_logging(data_dir)
        handler = root.handlers[-1]
        assert isinstance(handler, logging.handlers.RotatingFileHandler)
        handler.doRollover()
        handler.doRollover()
        logging.getLogger("assistant.test").warning("after the rotation")
    finally:
        for added in root.handlers[len(handlers) :]:
            added.close()
            root.removeHandler(added)
    logs = modes(data_dir / "logs")
    assert {"agent-assistant.log", "agent-assistant.log.1", "agent-assistant.log.2"} <= set(logs)
    assert not_private(data_dir / "logs") == {}


def test_a_folder_from_an_earlier_version_is_tightened_and_only_our_files(data_dir: Path) -> None:
    kb = open_knowledge_base(data_dir, backup=False)
    kb.database.close()
    daily_backup(data_dir / DB_FILENAME, data_dir / "backups")
    (data_dir / "settings.ini").write_text("[agent]\nname=Dana\n", encoding="utf-8")
    (data_dir / "activity.damaged-20260101T000000Z.db").write_bytes(b"junk")
    (data_dir / "notes.txt").write_text("the agent's own file", encoding="utf-8")
    # What the earlier version left: everything readable by every local user.
    for path in [data_dir, *data_dir.rglob("*")]:
        path.chmod(0o755 if path.is_dir() else 0o644)

    prepare_data_dir(data_dir)

    assert not_private(data_dir) == {"notes.txt": "0o644"}  # not ours: left as it was


def test_tightening_never_gives_the_owner_a_permission_taken_away(data_dir: Path) -> None:
    kb = open_knowledge_base(data_dir, backup=False)
    kb.database.close()
    (data_dir / DB_FILENAME).chmod(0o444)
    data_dir.chmod(0o555)  # the agent or IT made it read-only
    try:
        prepare_data_dir(data_dir)
        assert mode(data_dir) == 0o500
        assert mode(data_dir / DB_FILENAME) == 0o400
    finally:
        data_dir.chmod(0o700)


@pytest.mark.skipif(not ROOT, reason="making a folder another user's needs root")
def test_a_folder_of_another_user_is_used_as_it_is(data_dir: Path) -> None:
    nobody = 65534
    data_dir.chmod(0o755)
    (data_dir / "settings.ini").write_text("", encoding="utf-8")
    (data_dir / "settings.ini").chmod(0o644)
    os.chown(data_dir, nobody, nobody)
    os.chown(data_dir / "settings.ini", nobody, nobody)
    prepare_data_dir(data_dir)
    assert mode(data_dir) == 0o755
    assert mode(data_dir / "settings.ini") == 0o644


# What another local user's program gets when it tries each path: "read", or the error's name.
_TRY_EACH = """
import json, os, sys

def attempt(path):
    try:
        if os.path.isdir(path):
            os.listdir(path)
        else:
            open(path, "rb").close()
    except OSError as error:
        return type(error).__name__
    return "read"

print(json.dumps({path: attempt(path) for path in sys.argv[1:]}))
"""


def test_another_user_could_not_read_the_agents_data() -> None:
    as_nobody = run_as_nobody()
    if ROOT and as_nobody is None:
        pytest.skip("trying as another user needs the user 'nobody'")
    # A parent every local user may enter (pytest's own folders are their owner's only, which
    # would stop another user before the data folder's own modes are ever tried).
    parent = Path(tempfile.mkdtemp(prefix="agent-home-"))
    try:
        parent.chmod(0o755)
        data = parent / "data"
        assert main(["--data-dir", str(data), "pack", "list"]) == 0
        _wait_for_upkeep()
        # What another local user gets: neither the group nor the others bits are set anywhere.
        assert all(bits & 0o077 == 0 for bits in modes(data).values())
        if as_nobody is None:
            return  # not root: this user cannot be anyone else
        # A file a user's ordinary modes leave readable, next to the data folder: the other
        # user does get that far, so a refusal below is the data folder's own doing.
        public = parent / "public"
        public.mkdir(mode=0o755)
        control = public / "notes.txt"
        control.write_text("readable by all", encoding="utf-8")
        control.chmod(0o644)
        tried = [control, data, data / ACTIVITY_FILENAME, data / DB_FILENAME]
        assert all(path.exists() for path in tried)
        probe = subprocess.run(
            ["python3", "-c", _TRY_EACH, *map(str, tried)],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
            **as_nobody,
        )
        assert probe.returncode == 0, probe.stderr
        assert json.loads(probe.stdout) == {
            str(control): "read",
            str(data): "PermissionError",
            str(data / ACTIVITY_FILENAME): "PermissionError",
            str(data / DB_FILENAME): "PermissionError",
        }
    finally:
        shutil.rmtree(parent, ignore_errors=True)


# ---------------------------------------------------------------- callbacks kept for a time


def _callbacks(data_dir: Path) -> ActivityLog:
    """A data folder with three callbacks: one done 40 days before NOW, one done 10 days
    before, one still open (due long ago)."""
    kb = open_knowledge_base(data_dir, backup=False)
    # As an earlier version wrote them, or an SQLite built without SECURE_DELETE (Python's on
    # Windows): what an update replaces stays in the file's free space.
    kb.database.conn.execute("PRAGMA activity.secure_delete = OFF")
    moment = [NOW - timedelta(days=41)]
    activity = ActivityLog(kb.database, clock=lambda: moment[0])
    old = activity.add_callback(OLD_NAME, OLD_NUMBER, NOW - timedelta(days=40), OLD_NOTE)
    activity.snooze_callback(old.id)  # rewritten rows leave old copies in the file too
    moment[0] = NOW - timedelta(days=40)
    activity.complete_callback(old.id)
    waiting = activity.add_callback(OPEN_NAME, "555-0100", NOW - timedelta(days=60))
    moment[0] = NOW - timedelta(days=10)
    recent = activity.add_callback(RECENT_NAME, "555-0199", NOW - timedelta(days=10))
    activity.complete_callback(recent.id)
    assert waiting.id and recent.id
    return activity


def _rows(path: Path) -> dict[str, tuple[str, str, str, str]]:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return {
            str(r[0]): (str(r[1]), str(r[2]), str(r[3]), str(r[4]))
            for r in conn.execute(
                "SELECT created_at, customer_name, contact, note, status FROM callbacks"
            )
        }
    finally:
        conn.close()


def test_a_done_callback_forgets_the_customer_after_30_days(data_dir: Path) -> None:
    activity = _callbacks(data_dir)
    activity.database.close()
    assert mentioning(data_dir, OLD_NAME, OLD_NUMBER, OLD_NOTE)  # there before

    done = daily_upkeep(data_dir / DB_FILENAME, data_dir / "backups", now=NOW)

    assert done.days == 30 and done.callbacks_forgotten == 1
    rows = sorted(_rows(data_dir / ACTIVITY_FILENAME).values(), key=lambda r: r[0])
    # The old done callback is still a callback made, without anyone's data; the recent one
    # and the open one keep theirs.
    assert [(r[0], r[1], r[2], r[3]) for r in rows] == [
        ("", "", "", "done"),
        (OPEN_NAME, "555-0100", "", "open"),
        (RECENT_NAME, "555-0199", "", "done"),
    ]
    # Not in the database file, its log, the backup just taken, anywhere in the folder.
    assert mentioning(data_dir, OLD_NAME, OLD_NUMBER, OLD_NOTE) == []
    assert mentioning(data_dir, RECENT_NAME) != []
    # A second run has nothing left to do.
    again = daily_upkeep(data_dir / DB_FILENAME, data_dir / "backups", now=NOW)
    assert again.callbacks_forgotten == 0 and again.copies_scrubbed == {}


def test_the_days_upkeep_runs_in_one_process_at_a_time(
    data_dir: Path, caplog: pytest.LogCaptureFixture
) -> None:
    # The window and a command opening the folder at the same moment each start the day's
    # upkeep: both would write today's backup into the same temporary file.
    activity = _callbacks(data_dir)
    activity.database.close()
    folder = data_dir / "backups"
    folder.mkdir(mode=0o700)
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time\n"
            "from pathlib import Path\n"
            "from assistant.core.locks import only_one\n"
            "with only_one(Path(sys.argv[1])) as alone:\n"
            "    print(alone, flush=True)\n"
            "    sys.stdin.readline()\n",
            str(folder / UPKEEP_LOCK),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "True"
        with caplog.at_level(logging.INFO, logger="assistant.services.privacy"):
            skipped = daily_upkeep(data_dir / DB_FILENAME, folder, now=NOW)
        assert skipped.skipped and skipped.backups_made == [] and not skipped.callbacks_forgotten
        assert "under way in another process" in caplog.text
        assert backups(folder) == [] and mentioning(data_dir, OLD_NAME) != []
    finally:
        assert holder.stdin is not None
        holder.stdin.close()
        holder.wait(10)
    # The other process is done (or died: the system frees its lock): the next one does it.
    done = daily_upkeep(data_dir / DB_FILENAME, folder, now=NOW)
    assert not done.skipped and done.callbacks_forgotten == 1 and len(done.backups_made) == 2


def test_the_days_upkeep_without_a_backups_folder_still_forgets(data_dir: Path) -> None:
    activity = _callbacks(data_dir)
    activity.database.close()
    (data_dir / "backups").write_text("a file where the folder should be", encoding="utf-8")
    done = daily_upkeep(data_dir / DB_FILENAME, data_dir / "backups", now=NOW)
    assert not done.skipped and done.callbacks_forgotten == 1 and done.backups_made == []


def test_the_backups_do_not_keep_what_the_database_has_forgotten(data_dir: Path) -> None:
    activity = _callbacks(data_dir)
    folder = data_dir / "backups"
    # Backups taken over the last week, all before the old callback's time ran out (and one
    # pre-split style copy aside before an upgrade).
    for days_ago in range(6, 0, -1):
        daily_backup(data_dir / DB_FILENAME, folder, (NOW - timedelta(days=days_ago)).date())
    activity.database.close()
    aside = folder / "activity.schema5.20260601T000000Z.bak"
    aside.write_bytes((folder / f"activity-{(NOW - timedelta(days=3)):%Y%m%d}.db").read_bytes())
    assert len(mentioning(folder, OLD_NAME)) == 7

    done = daily_upkeep(data_dir / DB_FILENAME, folder, now=NOW)

    assert mentioning(data_dir, OLD_NAME, OLD_NUMBER, OLD_NOTE) == []
    assert aside in done.copies_scrubbed
    assert len(done.copies_scrubbed) == 7  # six backups before today, and the copy aside
    # Still sound backups, from which everything else comes back.
    newest = backups(folder, "activity")[0][1]
    assert is_sound(newest)
    fresh = open_database(None)
    try:
        restored = restore_agent_data(fresh, newest)
        assert restored.rows["callbacks"] == 3
    finally:
        fresh.close()


def test_a_retention_shorter_than_the_backups_age_reaches_them_too(data_dir: Path) -> None:
    activity = _callbacks(data_dir)
    folder = data_dir / "backups"
    daily_backup(data_dir / DB_FILENAME, folder, (NOW - timedelta(days=5)).date())
    activity.database.close()
    # Two days: the recent callback (done ten days ago) is past its time as well, and the
    # five-day-old backup that holds it must not keep it longer.
    (data_dir / "settings.ini").write_text(
        "[privacy]\ncallback_retention_days=2\n", encoding="utf-8"
    )
    done = daily_upkeep(data_dir / DB_FILENAME, folder, now=NOW)
    assert done.days == 2 and done.callbacks_forgotten == 2
    assert mentioning(data_dir, OLD_NAME, RECENT_NAME) == []
    assert mentioning(data_dir, OPEN_NAME) != []  # still to be called back


def test_a_damaged_backup_that_cannot_be_blanked_is_deleted(data_dir: Path) -> None:
    _callbacks(data_dir).database.close()
    folder = data_dir / "backups"
    daily_backup(data_dir / DB_FILENAME, folder, (NOW - timedelta(days=2)).date())
    damaged = folder / f"activity-{(NOW - timedelta(days=3)):%Y%m%d}.db"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000 + OLD_NAME.encode())
    done = daily_upkeep(data_dir / DB_FILENAME, folder, now=NOW)
    assert damaged in done.deleted and not damaged.exists()
    assert mentioning(data_dir, OLD_NAME) == []


def test_a_damaged_file_moved_aside_is_kept_for_the_same_period(data_dir: Path) -> None:
    _callbacks(data_dir).database.close()
    old = data_dir / "activity.damaged-20260501T080000Z.db"  # 45 days before NOW
    young = data_dir / "activity.damaged-20260610T080000Z.db"  # 5 days before NOW
    for path in (old, young, old.with_name(old.name + "-wal")):
        path.write_bytes(OLD_NAME.encode())
    done = daily_upkeep(data_dir / DB_FILENAME, data_dir / "backups", now=NOW)
    assert not old.exists() and not old.with_name(old.name + "-wal").exists()
    assert young.exists()
    assert set(done.deleted) == {old, old.with_name(old.name + "-wal")}


def test_opening_the_data_folder_forgets_what_is_past_its_time(data_dir: Path) -> None:
    kb = open_knowledge_base(data_dir, backup=False)
    long_ago = datetime.now(UTC) - timedelta(days=31)
    activity = ActivityLog(kb.database, clock=lambda: long_ago)
    activity.complete_callback(activity.add_callback(OLD_NAME, OLD_NUMBER, long_ago).id)
    kb.database.close()
    # Any command that opens the knowledge base does it (with today's backup).
    assert main(["--data-dir", str(data_dir), "pack", "list"]) == 0
    _wait_for_upkeep()
    assert mentioning(data_dir, OLD_NAME, OLD_NUMBER) == []
    assert backups(data_dir / "backups", "activity")


def test_the_window_does_it_again_when_a_new_day_begins(
    qtbot: QtBot, kb_on_disk: tuple[Path, KnowledgeBase]
) -> None:
    from PySide6.QtCore import QObject

    from assistant.app import daily_upkeep_timer

    data_dir, kb = kb_on_disk
    day = [date(2026, 6, 15)]
    parent = QObject()
    timer = daily_upkeep_timer(parent, kb, today=lambda: day[0])
    assert timer.isActive() and timer.interval() == 3_600_000  # it looks every hour
    timer.timeout.emit()
    _wait_for_upkeep()
    assert backups(data_dir / "backups") == []  # the same day: the start already did it
    day[0] = date(2026, 6, 16)
    timer.timeout.emit()
    _wait_for_upkeep()
    assert backups(data_dir / "backups") != []


@pytest.fixture
def kb_on_disk(data_dir: Path) -> Iterator[tuple[Path, KnowledgeBase]]:
    kb = open_knowledge_base(data_dir, backup=False)
    yield data_dir, kb
    kb.database.close()


# ---------------------------------------------------------------- who says how long


def test_the_default_is_30_days(data_dir: Path) -> None:
    assert callback_retention_days(data_dir) == 30


def test_the_agents_setting_sets_it(data_dir: Path) -> None:
    from PySide6.QtCore import QSettings

    from assistant.settings import Settings

    Settings(data_dir).agent_name = "Dana, the night shift"  # other keys, as the window writes
    written = QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat)
    written.setValue("privacy/callback_retention_days", 7)  # as a script or the installer would
    written.sync()
    assert callback_retention_days(data_dir) == 7


def test_the_it_policy_wins_over_the_agents_setting(
    tmp_path: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (data_dir / "settings.ini").write_text(
        "[privacy]\ncallback_retention_days=365\n", encoding="utf-8"
    )
    policy = tmp_path / "policy.ini"
    policy.write_text("[privacy]\ncallback_retention_days = 3\n", encoding="utf-8")
    monkeypatch.setenv(POLICY_ENV, str(policy))
    assert callback_retention_days(data_dir) == 3
    _callbacks(data_dir).database.close()
    done = daily_upkeep(data_dir / DB_FILENAME, data_dir / "backups", now=NOW)
    assert done.days == 3
    assert mentioning(data_dir, OLD_NAME, RECENT_NAME) == []


@pytest.mark.parametrize("value", ["-1", "forever", "1e3", "99999", "3.5", ""])
def test_a_value_that_is_not_a_number_of_days_is_ignored(
    tmp_path: Path,
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    value: str,
) -> None:
    (data_dir / "settings.ini").write_text(
        f"[privacy]\ncallback_retention_days={value}\n", encoding="utf-8"
    )
    policy = tmp_path / "policy.ini"
    policy.write_text(f"[privacy]\ncallback_retention_days = {value}\n", encoding="utf-8")
    monkeypatch.setenv(POLICY_ENV, str(policy))
    with caplog.at_level(logging.WARNING):
        assert callback_retention_days(data_dir) == 30
    assert "callback_retention_days" in caplog.text
