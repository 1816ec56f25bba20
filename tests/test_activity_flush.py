"""The window's commits to activity.db reach the disk on a thread of their own
(services/flush.py), and a softphone's answer is sent only once they have (control.py)."""

from __future__ import annotations

import errno
import hashlib
import logging
import threading
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from assistant import channel, control
from assistant.core.files import sync_file
from assistant.services import flush as flush_module
from assistant.services.flush import ActivityFlush
from assistant.store.activity import ActivityLog
from assistant.store.database import AUTOCHECKPOINT_PAGES, Database, open_database
from assistant.store.migrations import ACTIVITY, MAIN

FULL, NORMAL = 2, 1
WAIT_S = 10.0


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    opened = open_database(tmp_path / "knowledge.db")
    yield opened
    opened.close()


@pytest.fixture
def flusher(database: Database) -> Iterator[ActivityFlush]:
    made = ActivityFlush(database)  # answers on the flusher's thread (run_here)
    yield made
    made.close()


def synchronous(database: Database, schema: str) -> int:
    return int(database.conn.execute(f"PRAGMA {schema}.synchronous").fetchone()[0])


def autocheckpoint(database: Database) -> int:
    return int(database.conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0])


def hold(database: Database) -> int:
    """One committed write to activity.db, as a hold's start makes it."""
    return ActivityLog(database).log_hold_start(datetime.now(UTC), None, 120)


def settled(flusher: ActivityFlush) -> Callable[[], str | None]:
    """Ask ``flusher`` to settle; the returned function waits for the answer."""
    answers: list[str | None] = []
    done = threading.Event()

    def then(failure: str | None) -> None:
        answers.append(failure)
        done.set()

    flusher.settle(then)

    def wait() -> str | None:
        assert done.wait(WAIT_S), "settle() never answered"
        [answer] = answers
        return answer

    return wait


def record_syncs(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, Path]]:
    """The flushes made (which thread, which file), still made for real."""
    calls: list[tuple[str, Path]] = []
    real = sync_file

    def sync(path: Path) -> bool:
        calls.append((threading.current_thread().name, path))
        return real(path)

    monkeypatch.setattr(flush_module, "sync_file", sync)
    return calls


# ---------------------------------------------------------------- the connection


def test_commit_listeners_hear_each_committed_transaction_once(database: Database) -> None:
    heard: list[int] = []

    def listener() -> None:
        heard.append(1)

    database.on_commit(listener)
    hold(database)
    assert heard == [1]
    with database.atomic(activity=True):  # a hold written inside a larger transaction
        hold(database)
        hold(database)
        assert heard == [1]  # savepoints commit nothing
    assert heard == [1, 1]
    with pytest.raises(RuntimeError), database.atomic(activity=True):
        hold(database)
        raise RuntimeError("rolled back")
    assert heard == [1, 1]
    database.forget_commit_listener(listener)
    hold(database)
    assert heard == [1, 1]


def test_flushing_later_frees_the_commits_of_activity_only_and_close_gives_them_back(
    database: Database, flusher: ActivityFlush
) -> None:
    assert (synchronous(database, MAIN), synchronous(database, ACTIVITY)) == (FULL, FULL)
    assert autocheckpoint(database) == AUTOCHECKPOINT_PAGES
    flusher.start()
    assert flusher.running
    assert (synchronous(database, MAIN), synchronous(database, ACTIVITY)) == (FULL, NORMAL)
    assert autocheckpoint(database) == 0  # the flusher checkpoints, off the window's thread
    flusher.close()
    assert not flusher.running
    assert (synchronous(database, MAIN), synchronous(database, ACTIVITY)) == (FULL, FULL)
    assert autocheckpoint(database) == AUTOCHECKPOINT_PAGES
    flusher.start()  # a closed flusher does not take over again
    assert not flusher.running and synchronous(database, ACTIVITY) == FULL


def test_a_database_in_memory_has_nothing_to_flush() -> None:
    memory = open_database(None)
    try:
        flusher = ActivityFlush(memory)
        flusher.start()
        assert not flusher.running
        answers: list[str | None] = []
        flusher.settle(answers.append)
        assert answers == [None]  # at once
        flusher.close()
    finally:
        memory.close()


# ---------------------------------------------------------------- flushing


@pytest.fixture
def calls(flusher: ActivityFlush, monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, Path]]:
    """The flushes ``flusher`` makes once started (it is)."""
    made = record_syncs(monkeypatch)
    flusher.start()
    return made


def test_each_commit_is_flushed_to_the_log_on_the_flushers_thread(
    database: Database, flusher: ActivityFlush, calls: list[tuple[str, Path]]
) -> None:
    hold(database)
    assert settled(flusher)() is None
    assert calls
    assert {name for name, _ in calls} == {"activity-flush"}
    assert {path for _, path in calls} == {database.activity_log_file}
    assert database.activity_log_file is not None and database.activity_log_file.exists()


def test_an_answer_waits_for_a_flush_that_started_after_it_was_asked(
    database: Database, flusher: ActivityFlush, monkeypatch: pytest.MonkeyPatch
) -> None:
    first_started, let_go = threading.Event(), threading.Event()
    flushes: list[int] = []

    def sync(path: Path) -> bool:
        flushes.append(1)
        if len(flushes) == 1:
            first_started.set()
            let_go.wait(WAIT_S)
        return True

    monkeypatch.setattr(flush_module, "sync_file", sync)
    flusher.start()
    hold(database)  # its flush starts, and is held
    assert first_started.wait(WAIT_S)
    hold(database)  # committed while that flush runs: it may miss it
    done = threading.Event()
    flusher.settle(lambda _failure: done.set())
    assert not done.wait(0.3)  # not answered by the flush that was already running
    let_go.set()
    assert done.wait(WAIT_S)
    # The commit's flush and the answer's shared one: two flushes in all, not three.
    assert len(flushes) == 2


def test_an_answer_joins_a_flush_that_started_after_the_last_commit(
    database: Database, flusher: ActivityFlush, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A softphone's hold: its commit starts a flush, then the window asks to settle. That flush
    # takes the hold: the answer waits for it, not for one more queued behind it.
    started, let_go = threading.Event(), threading.Event()
    flushes: list[int] = []

    def sync(path: Path) -> bool:
        flushes.append(1)
        started.set()
        let_go.wait(WAIT_S)
        return True

    monkeypatch.setattr(flush_module, "sync_file", sync)
    flusher.start()
    hold(database)
    assert started.wait(WAIT_S)
    answer = settled(flusher)
    let_go.set()
    assert answer() is None
    assert flusher_waits(flusher)
    assert len(flushes) == 1


def test_an_answer_comes_at_once_when_every_commit_is_on_the_disk_already(
    database: Database, flusher: ActivityFlush, calls: list[tuple[str, Path]]
) -> None:
    hold(database)
    assert settled(flusher)() is None
    assert flusher_waits(flusher)
    count = len(calls)
    answers: list[str | None] = []
    flusher.settle(answers.append)  # `hold end` with no hold: nothing new was committed
    assert answers == [None]
    assert flusher_waits(flusher) and len(calls) == count


def test_after_a_refused_flush_an_answer_waits_for_a_flush_that_works(
    database: Database, flusher: ActivityFlush, monkeypatch: pytest.MonkeyPatch
) -> None:
    refusing = True

    def sync(path: Path) -> bool:
        if refusing:
            raise OSError(errno.EIO, "Input/output error")
        return True

    monkeypatch.setattr(flush_module, "sync_file", sync)
    flusher.start()
    hold(database)
    assert settled(flusher)() is not None
    assert settled(flusher)() is not None  # nothing new committed, but the hold is not safe
    refusing = False
    assert settled(flusher)() is None


def test_a_flush_the_disk_refuses_is_told_to_listeners_and_to_whoever_waits(
    database: Database, flusher: ActivityFlush, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refused(path: Path) -> bool:
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(flush_module, "sync_file", refused)
    told: list[str] = []
    flusher.subscribe(told.append)
    flusher.start()
    hold(database)
    failure = settled(flusher)()
    assert failure is not None
    assert str(database.activity_path) in failure  # where
    assert "Input/output error" in failure  # what
    assert "power cut" in failure  # what it means
    assert told and told[-1] == failure
    # What was committed is still there: only its flush failed.
    assert ActivityLog(database).open_holds()


def test_a_disk_that_keeps_refusing_is_logged_once_and_its_recovery_too(
    database: Database,
    flusher: ActivityFlush,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    refusing = True

    def sync(path: Path) -> bool:
        if refusing:
            raise OSError(errno.EIO, "Input/output error")
        return True

    monkeypatch.setattr(flush_module, "sync_file", sync)
    caplog.set_level(logging.INFO, logger=flush_module.__name__)  # the program logs INFO
    told: list[str] = []
    flusher.subscribe(told.append)
    flusher.start()
    for _ in range(5):
        hold(database)
        assert settled(flusher)() is not None
    # The window is told each time (its status line shows it while it lasts); the log file,
    # on a dying disk a whole shift long, gets it once.
    assert len(told) >= 5
    refusals = [r for r in caplog.records if "could not be flushed" in r.getMessage()]
    assert len(refusals) == 1
    refusing = False
    hold(database)
    assert settled(flusher)() is None
    assert any("flushed to the disk again" in r.getMessage() for r in caplog.records)


def test_the_flusher_copies_the_log_into_the_file_every_so_many_commits(
    database: Database, flusher: ActivityFlush, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(flush_module, "CHECKPOINT_COMMITS", 5)
    activity = database.activity_path
    assert activity is not None
    flusher.start()

    def file_digest() -> str:
        return hashlib.sha256(activity.read_bytes()).hexdigest()

    before = file_digest()
    for _ in range(4):
        hold(database)
    settled(flusher)()
    assert file_digest() == before  # in the log only: the window's connection checkpoints none
    hold(database)  # the fifth commit
    settled(flusher)()
    assert flusher_waits(flusher)
    assert file_digest() != before  # the flusher's checkpoint copied the log in
    assert len(ActivityLog(database).open_holds()) == 5


def flusher_waits(flusher: ActivityFlush) -> bool:
    """Every job the flusher was given has run (its checkpoint too)."""
    worker = flusher._worker  # noqa: SLF001 - the test waits for the thread it cannot see
    return worker is None or worker.wait(WAIT_S)


def test_close_flushes_what_was_committed_last_and_later_answers_come_at_once(
    database: Database, flusher: ActivityFlush, calls: list[tuple[str, Path]]
) -> None:
    hold(database)
    flusher.close()
    assert calls and calls[-1][1] == database.activity_log_file
    count = len(calls)
    hold(database)  # flushed by its own commit again (synchronous=FULL)
    answers: list[str | None] = []
    flusher.settle(answers.append)
    assert answers == [None] and len(calls) == count


def test_close_tells_those_whose_flush_ran_but_whose_answer_never_came_back(
    database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The window is closing: the flush of a softphone's hold ran, but its answer, posted to the
    # window's event loop, would run only if that loop turned again. close() tells it, once.
    started, let_go = threading.Event(), threading.Event()

    def sync(path: Path) -> bool:
        started.set()
        let_go.wait(WAIT_S)
        return True

    monkeypatch.setattr(flush_module, "sync_file", sync)
    posted: list[Callable[[], None]] = []  # a window's event loop that no longer turns
    flusher = ActivityFlush(database, posted.append)
    flusher.start()
    hold(database)
    answers: list[str | None] = []
    flusher.settle(answers.append)
    assert started.wait(WAIT_S)
    threading.Timer(0.2, let_go.set).start()
    flusher.close()
    assert answers == [None]
    for callback in posted:  # the loop turns after all: nobody is told twice
        callback()
    assert answers == [None]


# ---------------------------------------------------------------- the softphone's answer


def _ask(
    folder: Path,
    request: channel.Request,
    into: list[channel.Reply | None],
    timeout: float = WAIT_S,
) -> None:
    try:
        into.append(channel.send(folder, request, timeout=timeout))
    except OSError:
        into.append(None)


def settling_server(
    data_dir: Path, message: str
) -> tuple[control.ControlServer, list[Callable[[str | None], None]]]:
    """A server answering ``message`` to anything, each answer waiting for the test to settle
    it (the settle()s asked for, in order)."""
    settles: list[Callable[[str | None], None]] = []
    server = control.ControlServer(data_dir)
    assert server.start()
    server.attach(lambda request: channel.ok(message), settle=settles.append)
    return server, settles


def test_a_softphones_answer_is_sent_once_the_disk_has_what_it_wrote(
    qtbot: QtBot, data_dir: Path
) -> None:
    server, settles = settling_server(data_dir, "hold started")
    try:
        replies: list[channel.Reply | None] = []
        client = threading.Thread(target=_ask, args=(data_dir, {"command": "ping"}, replies))
        client.start()
        qtbot.waitUntil(lambda: len(settles) == 1, timeout=15000)
        qtbot.wait(100)
        assert replies == []  # answered, but not sent: the disk has not said yet
        settles[0](None)
        qtbot.waitUntil(lambda: not client.is_alive(), timeout=15000)
        assert replies == [{"ok": True, "message": "hold started"}]

        replies.clear()
        client = threading.Thread(target=_ask, args=(data_dir, {"command": "ping"}, replies))
        client.start()
        qtbot.waitUntil(lambda: len(settles) == 2, timeout=15000)
        settles[1]("/data/activity.db could not be flushed to the disk (Input/output error)")
        qtbot.waitUntil(lambda: not client.is_alive(), timeout=15000)
        assert replies == [
            {
                "ok": False,
                "message": "hold started, but /data/activity.db could not be flushed to the "
                "disk (Input/output error)",
            }
        ]
    finally:
        server.close()


def test_an_answer_settled_after_its_command_gave_up_or_the_window_closed_is_dropped(
    qtbot: QtBot, data_dir: Path
) -> None:
    server, settles = settling_server(data_dir, "done")
    replies: list[channel.Reply | None] = []
    impatient = threading.Thread(target=_ask, args=(data_dir, {"command": "ping"}, replies, 0.3))
    impatient.start()
    qtbot.waitUntil(lambda: not impatient.is_alive(), timeout=15000)
    qtbot.waitUntil(lambda: len(settles) == 1, timeout=15000)
    qtbot.wait(100)  # the command's disconnection reaches the window
    settles[0](None)  # nobody to tell: nothing is sent, nothing breaks
    waiting = threading.Thread(target=_ask, args=(data_dir, {"command": "ping"}, replies))
    waiting.start()
    qtbot.waitUntil(lambda: len(settles) == 2, timeout=15000)
    server.close()
    settles[1](None)  # the window closed meanwhile
    qtbot.waitUntil(lambda: not waiting.is_alive(), timeout=15000)
    assert replies[0] != {"ok": True, "message": "done"}  # it had given up


def test_the_programs_window_answers_a_hold_after_flushing_it_off_its_thread(
    qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from assistant.app import after_first_paint, answer_commands, build_window

    order: list[str] = []
    real = sync_file

    def sync(path: Path) -> bool:
        order.append(f"flush on {threading.current_thread().name}")
        return real(path)

    monkeypatch.setattr(flush_module, "sync_file", sync)
    window = build_window(data_dir)
    qtbot.addWidget(window)
    database = window.kb.database
    assert not window.flush.running  # until the first paint, each commit flushes itself
    for thread in after_first_paint(window):
        thread.join()
    assert window.flush.running
    assert synchronous(database, ACTIVITY) == NORMAL  # the window's thread never waits
    database.on_commit(lambda: order.append("commit"))
    server = control.ControlServer(data_dir)
    assert server.start()
    answer_commands(server, window)
    replies: list[channel.Reply | None] = []

    def ask() -> None:
        _ask(data_dir, {"command": "hold", "action": "start"}, replies)
        order.append("answer")

    client = threading.Thread(target=ask)
    client.start()
    qtbot.waitUntil(lambda: not client.is_alive(), timeout=15000)
    [reply] = replies
    assert reply is not None and reply["ok"], reply
    assert window.hold.running
    committed = order.index("commit")
    assert "flush on activity-flush" in order[committed : order.index("answer")]
    window.close()
    assert not window.flush.running
    assert synchronous(database, ACTIVITY) == FULL
