"""The agent's own data in activity.db, pack content in knowledge.db: the window's writes never
wait for a pack import, and a data folder from before the split moves over without losing or
doubling a row, however the move is interrupted.

No test here measures time: "never waits" is shown with a busy timeout of 0, under which a write
that needed the lock another connection holds fails at once with "database is locked".
"""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
import textwrap
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from assistant.cli import main
from assistant.core.model import BUILTIN_PACK_ID, Ref
from assistant.packs.loader import load_pack
from assistant.services.intake import builtin_known
from assistant.services.opening import open_knowledge_base
from assistant.store import database as database_module
from assistant.store.activity import HOLD_OPEN, ActivityLog
from assistant.store.database import ACTIVITY_FILENAME, DB_FILENAME, open_database
from assistant.store.errors import ActivityMissingError, DatabaseLockedError, DatabaseTooNewError
from assistant.store.knowledge import KnowledgeBase
from assistant.store.migrations import (
    LEGACY_AGENT_TABLES,
    SPLIT_VERSION,
    available_migrations,
    latest_version,
)
from tests.conftest import PACKS
from tests.legacy import V4, agent_rows, build_v4, v4_agent_rows

ROOT = Path(__file__).resolve().parent.parent
GREETING = Ref(BUILTIN_PACK_ID, "greet-inbound")
SORRY = Ref(BUILTIN_PACK_ID, "empathy-inconvenience")
CS = Ref(BUILTIN_PACK_ID, "customer-service")
T0 = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)


@pytest.fixture
def no_waiting(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every connection the program opens gives up on a lock at once instead of after 5 s."""
    monkeypatch.setattr(database_module, "LOCK_TIMEOUT_S", 0.0)


def _hold_knowledge_db(data_dir: Path) -> sqlite3.Connection:
    """Another connection in the middle of a pack import: knowledge.db's write lock taken, a
    phrase written, nothing committed."""
    other = sqlite3.connect(data_dir / DB_FILENAME, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    other.execute(
        "INSERT INTO phrases (pack_id, id, position, title, text, category)"
        " VALUES ('builtin', 'mid-import', 9999, 'Mid import', 'Still being written.', 'other')"
    )
    return other


def _the_windows_writes(kb: KnowledgeBase) -> dict[str, int]:
    """Everything the window writes while the agent works: a phrase copied and starred, a
    setting, a call with a ticked step, a hold with a check-in, a callback made and handled."""
    log = ActivityLog(kb.database)
    kb.record_use(GREETING)
    assert kb.toggle_favourite(SORRY) is True
    kb.set_setting("agent_name", "Dana")
    call = log.log_call_start(T0, CS)
    log.tick_step(call, 0, "Opening", False, True, T0)
    hold = log.log_hold_start(T0 + timedelta(seconds=30), CS, 120, call)
    log.log_check_in(hold, T0 + timedelta(seconds=140), T0 + timedelta(seconds=150))
    log.log_hold_end(hold, T0 + timedelta(seconds=200))
    callback = log.add_callback("Jane Doe", "555-0101", T0 + timedelta(hours=2), "", call)
    log.snooze_callback(callback.id)
    later = log.add_callback("Bob", "REF-1", T0 + timedelta(hours=3))
    log.complete_callback(later.id)
    log.log_call_end(call, T0 + timedelta(minutes=5), [])
    return {"call": call, "hold": hold, "callback": callback.id}


def _assert_written(data_dir: Path, ids: dict[str, int]) -> None:
    kb = open_knowledge_base(data_dir, backup=False)
    log = ActivityLog(kb.database)
    assert kb.phrase(GREETING).uses == 1  # type: ignore[union-attr]
    assert kb.phrase(SORRY).favourite  # type: ignore[union-attr]
    assert kb.setting("agent_name") == "Dana"
    [hold] = log.holds()
    assert hold.id == ids["hold"] and hold.ended_at is not None and len(hold.check_ins) == 1
    [call] = log.calls()
    assert call.ended_at is not None and log.ticked_steps(call.id) == {0}
    assert [c.id for c in log.callbacks()] == [ids["callback"]]
    assert len(log.callbacks(include_done=True)) == 2
    kb.database.close()


def test_the_windows_writes_never_wait_for_a_pack_import(data_dir: Path, no_waiting: None) -> None:
    kb = open_knowledge_base(data_dir, backup=False)
    importing = _hold_knowledge_db(data_dir)
    try:
        # The lock is really held, and this connection really does not wait: pack content
        # (knowledge.db) cannot be written now.
        with pytest.raises(DatabaseLockedError):
            kb.remove_pack("no-such-pack")
        ids = _the_windows_writes(kb)  # activity.db only: each commits at once
    finally:
        importing.execute("ROLLBACK")
        importing.close()
    kb.database.close()
    _assert_written(data_dir, ids)


def test_a_hold_logged_in_the_middle_of_a_real_import_commits_at_once(
    data_dir: Path, no_waiting: None
) -> None:
    """The Pack manager's worker imports on its own connection (both files attached), in one
    transaction; the window logs a whole call meanwhile, from inside that transaction."""
    window = open_knowledge_base(data_dir, backup=False)
    worker = KnowledgeBase(open_database(data_dir / DB_FILENAME))
    pack = load_pack(PACKS / "acme.yaml", builtin_known(window))
    seen: list[dict[str, int]] = []

    def meanwhile(done: int, total: int) -> None:
        assert worker.database.conn.in_transaction  # the import has written, not committed
        with pytest.raises(DatabaseLockedError):
            window.remove_pack("acme-collections")
        seen.append(_the_windows_writes(window))

    worker.import_pack(pack, progress=meanwhile)
    assert len(seen) == 1
    assert window.pack_version("acme-collections") == 3
    worker.database.close()
    window.database.close()
    _assert_written(data_dir, seen[0])


def test_a_pack_import_proceeds_while_the_window_holds_an_activity_transaction(
    data_dir: Path, no_waiting: None
) -> None:
    window = open_knowledge_base(data_dir, backup=False)
    worker = KnowledgeBase(open_database(data_dir / DB_FILENAME))
    pack = load_pack(PACKS / "acme.yaml", builtin_known(window))
    with window.database.atomic(activity=True):
        window.database.conn.execute(
            "INSERT INTO holds (started_at, check_in_seconds, status) VALUES (?, 120, 'open')",
            [T0.isoformat()],
        )
        summary = worker.import_pack(pack)  # knowledge.db's lock is free: no wait
        with pytest.raises(DatabaseLockedError):  # but activity.db's is the window's
            worker.toggle_favourite(GREETING)
    assert summary.phrases == 4
    assert len(ActivityLog(worker.database).open_holds()) == 1
    worker.database.close()
    window.database.close()


def test_every_connection_the_program_opens_attaches_the_agents_file(
    qtbot: QtBot, data_dir: Path
) -> None:
    from assistant.ui.operations import Operations

    kb = open_knowledge_base(data_dir, backup=False)
    kb.toggle_favourite(GREETING)
    operations = Operations(kb)
    writers: list[sqlite3.Connection] = []  # the pack writer's connection
    operations.worker.submit(lambda packs: writers.append(packs.kb.database.conn))
    assert operations.wait(10)
    reader = kb.database.open_reader()  # the phrase search's
    assert reader is not None
    try:
        for conn in (kb.database.conn, *writers, reader):
            schemas = {row[1]: row[2] for row in conn.execute("PRAGMA database_list")}
            assert Path(schemas["activity"]) == (data_dir / ACTIVITY_FILENAME).resolve()
        favourites = reader.execute("SELECT count(*) FROM phrase_usage WHERE favourite = 1")
        assert favourites.fetchone() == (1,)
        with pytest.raises(sqlite3.OperationalError, match="readonly|read-only"):
            reader.execute("DELETE FROM phrase_usage")
    finally:
        reader.close()
        operations.close()
        kb.database.close()


# ---------------------------------------------------------------- the move from schema 4


def test_a_data_folder_from_before_the_split_keeps_every_row(data_dir: Path) -> None:
    path = data_dir / DB_FILENAME
    build_v4(path)
    before = v4_agent_rows(path)
    assert all(before.values())  # every kind of row is there to move

    kb = open_knowledge_base(data_dir, backup=False)
    conn = kb.database.conn
    assert agent_rows(conn, "activity") == before
    main_tables = {r[0] for r in conn.execute("SELECT name FROM main.sqlite_master")}
    assert not main_tables & set(LEGACY_AGENT_TABLES)
    assert kb.check().ok
    # What the agent sees: the same usage, settings, the hold a crash cut short, callbacks.
    greeting = kb.phrase(GREETING)
    assert greeting is not None and greeting.uses == 7 and greeting.favourite
    assert kb.setting("agent_name") == "Dana"
    log = ActivityLog(kb.database)
    [cut] = log.open_holds()
    assert cut.status == HOLD_OPEN and cut.check_in_seconds == 90 and len(cut.check_ins) == 1
    assert [c.customer_name for c in log.callbacks()] == ["Jane Doe"]
    kb.database.close()
    # Before it was changed, the file was copied aside whole (the agent's data was in it).
    [copy] = (data_dir / "backups").glob("knowledge.schema4.*.bak")
    assert v4_agent_rows(copy) == before


def test_the_moved_tables_have_exactly_their_old_shape(tmp_path: Path) -> None:
    old = tmp_path / "old" / DB_FILENAME
    build_v4(old)
    new = open_database(tmp_path / "new" / DB_FILENAME)
    legacy = sqlite3.connect(old)

    def shape(conn: sqlite3.Connection, schema: str, table: str) -> list[object]:
        found: list[object] = [
            conn.execute(f'PRAGMA {schema}.table_info("{table}")').fetchall(),
            conn.execute(f'PRAGMA {schema}.foreign_key_list("{table}")').fetchall(),
        ]
        for index in sorted(conn.execute(f'PRAGMA {schema}.index_list("{table}")').fetchall()):
            found.append(index[1:])
            found.append(conn.execute(f'PRAGMA {schema}.index_xinfo("{index[1]}")').fetchall())
        return found

    try:
        for table in LEGACY_AGENT_TABLES:
            assert shape(new.conn, "activity", table) == shape(legacy, "main", table), table
    finally:
        legacy.close()
        new.close()


# Opens the data folder and is killed (os._exit: no rollback, no close) just before the
# KILL_AT-th SQL statement after connecting; KILL_AT 0 runs to the end and prints the count.
CRASHING_OPEN = textwrap.dedent(
    """
    import os, sys
    from pathlib import Path
    from assistant.store import database

    kill_at = int(sys.argv[2])
    count = 0
    connect = database._connect

    def traced(*args, **kwargs):
        conn = connect(*args, **kwargs)

        def trace(statement):
            global count
            count += 1
            if count == kill_at:
                os._exit(9)

        conn.set_trace_callback(trace)
        return conn

    database._connect = traced
    folder = Path(sys.argv[1])
    database.open_database(folder / "knowledge.db", backup_dir=folder / "backups").close()
    print(count)
    """
)


def _crashing_open(folder: Path, kill_at: int) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", CRASHING_OPEN, str(folder), str(kill_at)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def _state(folder: Path) -> tuple[int, int, bool, bool]:
    """What a crash left: both versions, whether knowledge.db still has the agent's tables,
    and whether activity.db has any of their rows."""
    conn = sqlite3.connect(folder / DB_FILENAME)
    try:
        main_version = conn.execute("PRAGMA user_version").fetchone()[0]
        old_tables = bool(
            conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'holds'").fetchone()[0]
        )
        if not (folder / ACTIVITY_FILENAME).exists():
            return main_version, 0, old_tables, False
        conn.execute("ATTACH DATABASE ? AS activity", [str(folder / ACTIVITY_FILENAME)])
        activity_version = conn.execute("PRAGMA activity.user_version").fetchone()[0]
        tables = {r[0] for r in conn.execute("SELECT name FROM activity.sqlite_master")}
        rows = "holds" in tables and bool(
            conn.execute("SELECT count(*) FROM activity.holds").fetchone()[0]
        )
        return main_version, activity_version, old_tables, rows
    finally:
        conn.close()


@pytest.mark.slow
def test_every_crash_point_of_the_move_recovers_on_the_next_open(tmp_path: Path) -> None:
    template = tmp_path / "v4"
    build_v4(template / DB_FILENAME)
    before = v4_agent_rows(template / DB_FILENAME)

    dry = tmp_path / "dry"
    shutil.copytree(template, dry)
    finished = _crashing_open(dry, 0)
    assert finished.returncode == 0, finished.stderr
    statements = int(finished.stdout)
    assert statements > 20  # the whole move, statement by statement

    main_latest = latest_version(available_migrations(), "main")
    activity_latest = latest_version(available_migrations(), "activity")
    seen = set()
    for kill_at in range(1, statements + 1):
        folder = tmp_path / f"kill{kill_at}"
        shutil.copytree(template, folder)
        crashed = _crashing_open(folder, kill_at)
        assert crashed.returncode == 9, crashed.stderr
        state = _state(folder)
        seen.add(state)
        if state[0] > V4:  # the move has begun: a program from before it refuses the folder
            with pytest.raises(DatabaseTooNewError):
                open_database(folder / DB_FILENAME, migrations=available_migrations()[:V4])
        activity_existed = (folder / ACTIVITY_FILENAME).exists()

        database = open_database(folder / DB_FILENAME, backup_dir=folder / "backups")
        try:
            assert agent_rows(database.conn, "activity") == before, f"killed at {kill_at}"
            assert (database.schema_version(), database.activity_version()) == (
                main_latest,
                activity_latest,
            )
            report = KnowledgeBase(database).check()
            assert report.ok, (kill_at, report.problems)
        finally:
            database.close()
        if state[0] < SPLIT_VERSION:  # the next start had work left: it copied both files
            copies = {".".join(p.name.split(".")[:2]) for p in (folder / "backups").iterdir()}
            assert f"knowledge.schema{state[0]}" in copies
            if activity_existed:
                assert f"activity.schema{state[1]}" in copies
        assert _state(folder) == (main_latest, activity_latest, False, True)

    # The crashes landed in every state the move can be left in.
    assert {
        (V4, 0, True, False),  # nothing committed yet
        (5, 0, True, False),  # 0005: knowledge.db marked, activity.db not made
        (5, 6, True, False),  # 0006: activity.db's tables made, still empty
        (5, 6, True, True),  # rows copied; knowledge.db still has its copy (both copies)
    } <= seen, seen


def test_an_old_knowledge_base_put_back_beside_a_newer_activity_file_loses_nothing(
    data_dir: Path,
) -> None:
    """Both copies, and they differ: a knowledge.db from before the split is put back by hand
    beside the activity.db the agent has gone on using. The move adds the rows activity.db
    lacks and keeps activity.db's own: nothing doubled, nothing newer overwritten."""
    path = data_dir / DB_FILENAME
    build_v4(path)
    shutil.copy(path, data_dir / "old-knowledge.db")
    kb = open_knowledge_base(data_dir, backup=False)
    log = ActivityLog(kb.database)
    newer = log.log_hold_start(T0, CS, 120)
    kb.record_use(GREETING)  # 7 uses before the split, 8 now
    conn = kb.database.conn
    conn.execute("DELETE FROM activity.settings WHERE key = 'company'")  # as if never set
    conn.commit()
    kb.database.close()
    shutil.copy(data_dir / "old-knowledge.db", path)

    kb = open_knowledge_base(data_dir, backup=False)
    log = ActivityLog(kb.database)
    assert [h.id for h in log.holds()] == [1, 2, newer]  # no hold twice
    assert kb.phrase(GREETING).uses == 8  # type: ignore[union-attr]
    assert kb.setting("company") == "ACME"  # the old file's row activity.db lacked
    assert kb.check().ok
    kb.database.close()


def test_a_missing_activity_file_is_never_silently_replaced_by_an_empty_one(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    kb = open_knowledge_base(data_dir, backup=False)
    kb.toggle_favourite(GREETING)
    kb.database.close()
    (data_dir / ACTIVITY_FILENAME).unlink()
    with pytest.raises(ActivityMissingError, match="missing"):
        open_database(data_dir / DB_FILENAME)
    assert main(["--data-dir", str(data_dir), "db", "check"]) == 1
    assert "activity.db is missing" in capsys.readouterr().err
