"""The day's hold summary (services/today.py) is kept from the desk's events instead of being
read from disk on every hold event: it must say what the database says, however the day goes
(holds come and go, check-ins on time and late, midnight, a restart that resumes a hold)."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

import pytest
from pytestqt.qtbot import QtBot

from assistant.core.clock import Clock, local_midnight
from assistant.core.model import BUILTIN_PACK_ID, Ref
from assistant.services.build import Services
from assistant.services.tally import HoldSummary, Tally
from assistant.store.activity import ActivityLog
from assistant.store.knowledge import KnowledgeBase
from assistant.ui.call_details import TodaySummary
from assistant.ui.events import DeskEvents
from tests.conftest import Profile

CS = Ref(BUILTIN_PACK_ID, "customer-service")
# A day far from any daylight-saving change, at 09:00 in this computer's time zone.
MORNING = local_midnight(datetime(2026, 11, 25, 12, 0).astimezone()) + timedelta(hours=9)


class ShiftClock:
    """Steady seconds the test moves, and the wall time that many seconds after ``start``."""

    def __init__(self, start: datetime = MORNING) -> None:
        self.start = start
        self.seconds = 5000.0

    def advance(self, seconds: float) -> None:
        self.seconds += seconds

    @property
    def wall(self) -> datetime:
        return self.start + timedelta(seconds=self.seconds - 5000.0)

    def clock(self) -> Clock:
        return Clock(lambda: self.seconds, lambda: self.wall)


def services(kb: KnowledgeBase, clock: ShiftClock) -> Services:
    from assistant.services.build import build

    built = build(kb, Profile(), clock.clock())
    built.desk.select_campaign(CS)
    return built


def as_read(activity: ActivityLog, now: datetime) -> HoldSummary:
    """What the summary said when it was read from the database every time."""
    return Tally.of_all(activity.holds(local_midnight(now)), now).summary()


def assert_same(kept: HoldSummary, read: HoldSummary) -> None:
    assert (kept.holds, kept.check_ins, kept.on_time) == (read.holds, read.check_ins, read.on_time)
    assert kept.average_s == pytest.approx(read.average_s, abs=1e-6)
    assert kept.longest_s == pytest.approx(read.longest_s, abs=1e-6)


def test_the_summary_stays_right_as_holds_come_and_go(kb: KnowledgeBase) -> None:
    clock = ShiftClock()
    built = services(kb, clock)
    desk, today = built.desk, built.today
    assert today.summary().holds == 0
    rng = random.Random(19)
    for _step in range(400):
        roll = rng.random()
        if not desk.hold.running:
            if roll < 0.3:
                desk.toggle_call()
            else:
                desk.start_hold()
        elif roll < 0.45:
            desk.check_in()
        elif roll < 0.75:
            desk.end_hold()
        elif roll < 0.8 and desk.call.running:
            desk.end_call()  # ends the hold it holds too
        # Some check-ins on time, some late, sub-second edges included.
        clock.advance(rng.choice([0.0004, 0.3, 7.25, 59.9, 90.0, 119.9995, 121.3, 400.0]))
        now = clock.wall
        assert_same(today.summary(now), as_read(built.activity, now))
    assert today.summary().holds > 50
    assert today.summary().on_time < today.summary().check_ins  # some were late


def test_the_summary_starts_again_at_midnight(kb: KnowledgeBase) -> None:
    clock = ShiftClock(MORNING + timedelta(hours=14, minutes=30))  # 23:30
    built = services(kb, clock)
    desk, today = built.desk, built.today
    desk.start_hold()
    clock.advance(100)
    desk.check_in()
    desk.end_hold()
    assert today.summary().holds == 1
    desk.start_hold()  # 23:31:40, running past midnight
    clock.advance(40 * 60)
    now = clock.wall
    assert now.astimezone().hour == 0
    kept = today.summary(now)
    assert kept.holds == 0  # a hold of yesterday's is not today's
    assert_same(kept, as_read(built.activity, now))
    desk.check_in()  # nor are its check-ins and end
    clock.advance(30)
    desk.end_hold()
    assert_same(today.summary(clock.wall), as_read(built.activity, clock.wall))
    desk.start_hold()
    clock.advance(130)
    desk.check_in()
    clock.advance(5)
    now = clock.wall
    kept = today.summary(now)
    assert (kept.holds, kept.check_ins, kept.on_time, kept.longest_s) == (1, 1, 0, 135.0)
    assert_same(kept, as_read(built.activity, now))


def test_a_hold_resumed_after_a_restart_is_counted_once(kb: KnowledgeBase) -> None:
    clock = ShiftClock()
    log = ActivityLog(kb.database, lambda: clock.wall)
    done = log.log_hold_start(clock.wall - timedelta(minutes=30), CS, 120)
    log.log_hold_end(done, clock.wall - timedelta(minutes=29))
    log.log_hold_start(clock.wall - timedelta(minutes=10), CS, 120)  # cut short by a crash
    last = log.log_hold_start(clock.wall - timedelta(minutes=1), CS, 120)
    log.log_check_in(last, clock.wall - timedelta(seconds=20), clock.wall)
    built = services(kb, clock)
    desk, today = built.desk, built.today
    before = today.summary()  # read before the restart's decisions, as the window might
    assert (before.holds, before.check_ins, before.on_time) == (3, 1, 1)
    clock.advance(5)
    resumed = desk.resume_after_restart()  # the newest continues, the other is ended
    assert resumed is not None and resumed.hold_id == last
    assert_same(today.summary(clock.wall), as_read(built.activity, clock.wall))
    clock.advance(200)
    desk.check_in()
    clock.advance(10)
    desk.end_hold()
    clock.advance(60)
    kept = today.summary(clock.wall)
    assert (kept.holds, kept.check_ins, kept.on_time) == (3, 2, 1)
    assert_same(kept, as_read(built.activity, clock.wall))


def test_the_today_tab_shows_each_hold_as_it_ends(qtbot: QtBot, kb: KnowledgeBase) -> None:
    clock = ShiftClock()
    built = services(kb, clock)
    desk = built.desk
    events = DeskEvents(desk)
    label = TodaySummary(built.today, events)
    qtbot.addWidget(label)
    assert label.text() == "No holds today."
    desk.start_hold()
    clock.advance(65)
    desk.check_in()
    clock.advance(30)
    desk.end_hold()
    assert "1 holds" in label.text() or "1 hold" in label.text()
    assert "01:35" in label.text() and "100% on time (1 of 1)" in label.text()
    desk.start_hold()
    clock.advance(200)
    desk.end_hold()
    assert "2 holds" in label.text() and "longest 03:20" in label.text()
