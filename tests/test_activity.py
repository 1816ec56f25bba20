"""The activity log: holds, calls and callbacks written as they happen, surviving a crash."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from assistant.cli import main
from assistant.core.callbacks import CallbackAlarm, due_callbacks, next_due, validate_callback
from assistant.core.model import BUILTIN_PACK_ID, Ref
from assistant.services.tally import Tally
from assistant.store.activity import (
    HOLD_ENDED,
    HOLD_INTERRUPTED,
    HOLD_OPEN,
    ActivityLog,
    ActivityNotFoundError,
)
from assistant.store.database import DB_FILENAME, open_database
from assistant.store.knowledge import KnowledgeBase
from assistant.store.migrations import available_migrations

CS = Ref(BUILTIN_PACK_ID, "customer-service")
T0 = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)


class WallClock:
    def __init__(self, now: datetime = T0) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def test_holds_are_written_as_they_happen(kb: KnowledgeBase) -> None:
    log = ActivityLog(kb.database)
    heard: list[str] = []
    log.subscribe(heard.append)
    hold_id = log.log_hold_start(T0, CS, 120)
    [running] = log.holds()
    assert running.open and running.status == HOLD_OPEN  # a crash now leaves it visible
    late = log.log_check_in(hold_id, T0 + timedelta(seconds=125), T0 + timedelta(seconds=120))
    assert late == pytest.approx(5.0)
    log.log_hold_end(hold_id, T0 + timedelta(seconds=200))
    [done] = log.holds()
    assert done.status == HOLD_ENDED and done.duration_s(T0) == pytest.approx(200.0)
    assert done.campaign == CS and done.check_ins[0].late_s == pytest.approx(5.0)
    assert heard == ["holds", "holds", "holds"]
    with pytest.raises(ActivityNotFoundError):
        log.log_hold_end(999, T0)


# Runs in a child process that is killed hard (no clean shutdown): what it wrote must remain.
CRASHING_WRITER = textwrap.dedent(
    """
    import os, sys
    from datetime import UTC, datetime, timedelta
    from pathlib import Path
    from assistant.core.model import Ref
    from assistant.store.activity import ActivityLog
    from assistant.store.database import open_database
    log = ActivityLog(open_database(Path(sys.argv[1])))
    start = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
    call = log.log_call_start(start, Ref("builtin", "collections"))
    hold = log.log_hold_start(start, Ref("builtin", "collections"), 90, call)
    log.log_check_in(hold, start + timedelta(seconds=100), start + timedelta(seconds=90))
    log.tick_step(call, 0, "Opening", False, True, start)
    log.add_callback("Jane Doe", "555-0101", start + timedelta(hours=2), "quote", call)
    os._exit(9)  # like a crash or power cut: no commit, close or cleanup after this point
    """
)


def test_a_crash_loses_nothing_and_the_hold_comes_back_open(tmp_path: Path) -> None:
    path = tmp_path / DB_FILENAME
    result = subprocess.run(
        [sys.executable, "-c", CRASHING_WRITER, str(path)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env={**os.environ},
    )
    assert result.returncode == 9, result.stderr
    log = ActivityLog(open_database(path))
    [hold] = log.open_holds()
    assert hold.started_at == T0 and hold.check_in_seconds == 90 and hold.call_id is not None
    assert hold.last_check_in() == T0 + timedelta(seconds=100)
    assert log.ticked_steps(hold.call_id) == {0}
    [callback] = log.callbacks()
    assert (callback.customer_name, callback.contact, callback.note) == (
        "Jane Doe",
        "555-0101",
        "quote",
    )
    # The agent chose to end it after the restart: it is kept, marked interrupted.
    log.log_hold_end(hold.id, T0 + timedelta(minutes=10), interrupted=True)
    [ended] = log.holds()
    assert ended.status == HOLD_INTERRUPTED and not log.open_holds()
    log.database.close()


def test_calls_keep_their_ticks_and_the_required_steps_left_unticked(kb: KnowledgeBase) -> None:
    log = ActivityLog(kb.database)
    call = log.log_call_start(T0, CS)
    log.tick_step(call, 0, "Opening", False, True, T0)
    log.tick_step(call, 2, "Verify", True, True, T0)
    log.tick_step(call, 2, "Verify", True, False, T0)  # unticked again
    assert log.ticked_steps(call) == {0}
    log.log_call_end(call, T0 + timedelta(minutes=4), ["Verify"])
    [row] = log.calls()
    assert row.ended_at == T0 + timedelta(minutes=4) and row.missing_steps == ("Verify",)


def test_callbacks_done_snooze_reschedule(kb: KnowledgeBase) -> None:
    clock = WallClock()
    log = ActivityLog(kb.database, clock)
    first = log.add_callback("  Ann  ", "REF-1", T0 + timedelta(minutes=30))
    second = log.add_callback("Bob", "", T0 + timedelta(minutes=10), "warranty")
    assert first.customer_name == "Ann"
    assert [c.id for c in log.callbacks()] == [second.id, first.id]  # by due time
    clock.now = T0 + timedelta(minutes=12)
    assert log.snooze_callback(second.id) == clock.now + timedelta(minutes=5)
    log.reschedule_callback(first.id, T0 + timedelta(hours=3))
    log.complete_callback(second.id)
    assert [c.id for c in log.callbacks()] == [first.id]
    assert len(log.callbacks(include_done=True)) == 2
    with pytest.raises(ActivityNotFoundError):
        log.complete_callback(12345)


def test_the_callback_alarm_raises_each_due_time_once() -> None:
    from assistant.core.callbacks import Callback

    a = Callback(1, "Ann", "", T0 + timedelta(minutes=5))
    b = Callback(2, "Bob", "", T0 + timedelta(minutes=10))
    alarm = CallbackAlarm()
    assert alarm.poll([a, b], T0) == []
    assert next_due([a, b], T0) == a.due
    assert alarm.poll([a, b], T0 + timedelta(minutes=6)) == [a]
    assert alarm.poll([a, b], T0 + timedelta(minutes=7)) == []
    # The computer slept through both: each is raised once.
    assert alarm.poll([a, b], T0 + timedelta(hours=1)) == [b]
    snoozed = Callback(1, "Ann", "", T0 + timedelta(hours=1, minutes=5))
    assert alarm.poll([snoozed, b], T0 + timedelta(hours=1, minutes=5)) == [snoozed]
    assert due_callbacks([snoozed, b], T0 + timedelta(hours=2)) == [b, snoozed]


@pytest.mark.parametrize(
    ("name", "contact", "due", "problem"),
    [
        ("", " ", T0, "name or a number"),
        ("Ann", "", None, "when the callback is due"),
        ("Ann", "", datetime(2026, 1, 1), "time zone"),
    ],
)
def test_a_callback_without_the_essentials_is_refused_with_a_reason(
    name: str, contact: str, due: datetime | None, problem: str
) -> None:
    message = validate_callback(name, contact, due)
    assert message is not None and problem in message


def test_the_summary_counts_holds_and_on_time_check_ins(kb: KnowledgeBase) -> None:
    log = ActivityLog(kb.database)
    a = log.log_hold_start(T0, CS, 120)
    log.log_check_in(a, T0 + timedelta(seconds=100), T0 + timedelta(seconds=120))
    log.log_check_in(a, T0 + timedelta(seconds=230), T0 + timedelta(seconds=220))
    log.log_hold_end(a, T0 + timedelta(seconds=300))
    log.log_hold_start(T0 + timedelta(minutes=30), CS, 120)  # still running
    summary = Tally.of_all(log.holds(T0), T0 + timedelta(minutes=31)).summary()
    assert summary.holds == 2
    assert summary.longest_s == pytest.approx(300.0)
    assert summary.average_s == pytest.approx(180.0)
    assert summary.on_time_percent == pytest.approx(50.0)


def test_the_migration_keeps_holds_of_an_older_database(tmp_path: Path) -> None:
    path = tmp_path / DB_FILENAME
    first = available_migrations()[:1]
    old = open_database(path, migrations=first)
    old.conn.execute(
        "INSERT INTO holds (started_at, check_in_seconds) VALUES ('2026-11-24T09:00:00+00:00', 120)"
    )
    old.conn.commit()
    old.close()
    log = ActivityLog(open_database(path, backup_dir=tmp_path / "backups"))
    [hold] = log.open_holds()  # an unfinished hold from before the upgrade stays visible
    assert hold.status == HOLD_OPEN
    log.database.close()


def _report(data_dir: Path, capsys: pytest.CaptureFixture[str], *extra: str) -> str:
    capsys.readouterr()
    assert main(["report", "holds", "--data-dir", str(data_dir), *extra]) == 0
    return capsys.readouterr().out


def test_report_holds_lists_every_hold_even_one_cut_by_a_crash(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--data-dir", str(data_dir), "pack", "list"]) == 0
    log = ActivityLog(open_database(data_dir / DB_FILENAME))
    day1 = datetime(2026, 11, 20, 10, 0, tzinfo=UTC)
    old = log.log_hold_start(day1, CS, 120)
    log.log_hold_end(old, day1 + timedelta(seconds=60))
    done = log.log_hold_start(T0, CS, 120)
    log.log_check_in(done, T0 + timedelta(seconds=150), T0 + timedelta(seconds=120))
    log.log_hold_end(done, T0 + timedelta(seconds=400))
    log.log_hold_start(T0 + timedelta(hours=1), Ref(BUILTIN_PACK_ID, "collections"), 90)
    log.database.close()

    rows = json.loads(_report(data_dir, capsys, "--format", "json"))
    assert [r["status"] for r in rows] == ["ended", "ended", "cut"]  # no window runs: cut
    assert rows[1]["duration_s"] == pytest.approx(400.0)
    assert rows[1]["check_ins"] == 1 and rows[1]["late_check_ins"] == 1
    assert rows[1]["max_late_s"] == pytest.approx(30.0)
    assert rows[1]["overdue_at_end_s"] == pytest.approx(130.0)  # 150 + 120 = 270; ended 400
    assert rows[1]["check_in_times"][0]["late_s"] == pytest.approx(30.0)
    assert rows[2]["ended_at"] is None and rows[2]["duration_s"] > 0
    assert rows[2]["campaign"] == "builtin/collections"

    text = _report(data_dir, capsys, "--since", "2026-11-25")
    lines = text.strip().splitlines()
    assert lines[0].startswith("id,started_at,ended_at,duration_s,campaign")
    assert len(lines) == 3  # the hold of the 20th is before --since
    assert lines[2].split(",")[6] == "cut"


@pytest.mark.parametrize(
    ("since", "why"),
    [
        ("last tuesday", "is not a date"),
        # Dates Python reads, but not as a moment in UTC, where the report compares them: they
        # were argparse's "invalid parse_since value", or a traceback from the store.
        ("0001-01-01", "is too far in the past or the future"),
        ("0001-01-01T00:00+05:00", "is too far in the past or the future"),
        ("9999-12-31T23:59-05:00", "is too far in the past or the future"),
    ],
)
@pytest.mark.parametrize("report", ["holds", "summary"])
def test_report_refuses_a_date_it_cannot_read(
    data_dir: Path, capsys: pytest.CaptureFixture[str], since: str, why: str, report: str
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["report", report, "--since", since, "--data-dir", str(data_dir)])
    assert exit_info.value.code == 2
    assert capsys.readouterr().err.endswith(
        f"error: argument --since: '{since}' {why}; write it as YYYY-MM-DD (or YYYY-MM-DDTHH:MM)\n"
    )
