"""Today's holds as the agent's summary shows them, kept up to date from the desk's events.

The summary (how many holds, their average and longest, check-ins on time) used to be read
from activity.db on every hold event and every minute: over a long shift each read cost more
than the last. Here it is read once (the first time it is asked for, and again after midnight
or a restart's resumed hold), then each event changes it by one hold or one check-in, so its
cost does not grow with the day. It answers what adding up today's holds as written would
(services/tally.py; the test compares them): holds that started since local midnight, open ones
counting up to now.
"""

from __future__ import annotations

from datetime import datetime

from assistant.core.clock import WallClock, local_midnight, wall_now
from assistant.services.desk import Desk
from assistant.services.events import (
    DeskEvent,
    EndedAtRestart,
    HoldCheckedIn,
    HoldEnded,
    HoldStarted,
)
from assistant.services.tally import HoldSummary, Tally
from assistant.store.activity import ActivityLog


def _as_written(moment: datetime) -> datetime:
    # activity.db keeps times to the millisecond (store/activity.py), and the summary read
    # from it measures durations between those: the same truncation keeps both equal.
    return moment.replace(microsecond=moment.microsecond // 1000 * 1000)


class DaySummary:
    """The day's hold summary, fed by ``desk.subscribe`` (subscribed when made)."""

    def __init__(self, desk: Desk, wall: WallClock = wall_now) -> None:
        self._activity: ActivityLog = desk.activity
        self._wall = wall
        self._day: datetime | None = None  # the midnight it was read for; None: read next time
        self._ended = Tally()  # today's finished holds, their check-ins counted below
        self._open: dict[int, datetime] = {}  # today's holds without an end: id -> start
        # Each open hold's last check-in as written (its time, on time): activity.db keeps one
        # check-in per hold and millisecond, so a second one in the same millisecond replaces it.
        self._last_check_in: dict[int, tuple[datetime, bool]] = {}
        self._check_ins = 0
        self._on_time = 0
        desk.subscribe(self._on_desk)

    def summary(self, now: datetime | None = None) -> HoldSummary:
        """Holds since local midnight at ``now`` (the clock's now by default)."""
        now = now or self._wall()
        day = local_midnight(now)
        if self._day != day:
            self._read(day)
        day_so_far = self._ended
        for started in self._open.values():
            seconds = max(0.0, (now - started).total_seconds())
            day_so_far = day_so_far.plus(Tally(1, seconds, seconds))
        return day_so_far._replace(check_ins=self._check_ins, on_time=self._on_time).summary()

    def _read(self, day: datetime) -> None:
        """Today as written: once at the first use, after midnight and after a restart."""
        self._ended = Tally()
        self._open = {}
        self._last_check_in = {}
        self._check_ins = self._on_time = 0
        for hold in self._activity.holds(day):
            if hold.ended_at is None:
                self._open[hold.id] = hold.started_at
                if hold.check_ins:
                    last = hold.check_ins[-1]
                    self._last_check_in[hold.id] = (last.at, last.on_time)
            else:
                self._add_ended(hold.duration_s(hold.ended_at))
            self._check_ins += len(hold.check_ins)
            self._on_time += sum(1 for c in hold.check_ins if c.on_time)
        self._day = day

    def _add_ended(self, seconds: float) -> None:
        self._ended = self._ended.plus(Tally(1, seconds, seconds))

    def _on_desk(self, event: DeskEvent) -> None:
        if self._day is None:
            return  # not read yet: the first read will find it written
        if isinstance(event, EndedAtRestart):
            self._day = None  # holds a crash left open, ended at this start: read the day again
        elif isinstance(event, HoldStarted):
            if event.resumed:
                self._day = None  # the hold a crash left open, running again: as written
            elif event.started_at >= self._day:
                self._open[event.hold_id] = _as_written(event.started_at)
        elif isinstance(event, HoldCheckedIn):
            if event.hold_id in self._open:  # a hold of yesterday's does not count today
                self._checked_in(event)
        elif isinstance(event, HoldEnded):
            self._last_check_in.pop(event.hold_id, None)
            started = self._open.pop(event.hold_id, None)
            if started is not None:
                ended = _as_written(event.ended_at)
                self._add_ended(max(0.0, (ended - started).total_seconds()))

    def _checked_in(self, event: HoldCheckedIn) -> None:
        at = _as_written(event.at)
        on_time = event.on_time
        previous = self._last_check_in.get(event.hold_id)
        if previous is not None and previous[0] == at:
            self._on_time += int(on_time) - int(previous[1])  # written over the previous one
        else:
            self._check_ins += 1
            self._on_time += int(on_time)
        self._last_check_in[event.hold_id] = (at, on_time)
