"""The hold timer: a state machine over an injected monotonic clock.

Deadlines are absolute: the check-in point is the start of the current interval (the hold's
start, or the last check-in) plus the check-in interval, and each reminder after it is that
point plus a whole number of repeat periods. A late tick never shifts the points that follow,
so nothing drifts over a shift. Nothing here reads the clock itself: every method takes
``now`` in monotonic seconds, and :meth:`HoldTimer.next_wakeup` tells the caller when to come
back (the Qt layer arms one single-shot timer to it).

The nag a check-in point raises is computed here too, so it is testable without Qt:
:meth:`HoldTimer.phase` says how the timer should look (amber in the last seconds before the
point, red from the point on), and :meth:`HoldTimer.poll` hands out each reminder once. After
the computer slept through several points, one catch-up reminder fires at once, not a burst.
"""

from __future__ import annotations

import math
from enum import StrEnum
from typing import NamedTuple

from assistant.core.model import DEFAULT_CHECK_IN_SECONDS, MAX_CHECK_IN_SECONDS

WARNING_SECONDS = 15.0
"""How long before a check-in point the timer turns amber."""

REPEAT_SECONDS = 30.0
"""How often the reminder repeats while the agent has not checked in."""

MAX_LEVEL = 3
"""Reminders escalate gently: level 1 at the point, 2 and 3 on the repeats, then stay at 3."""

# Float sums such as point + 3 * 30.0 can land a hair below the exact product; a reading at
# the computed deadline must count as reaching it.
_EPSILON = 1e-6


class Phase(StrEnum):
    """How the hold timer should look right now."""

    IDLE = "idle"  # no hold
    WAITING = "waiting"  # on hold, the check-in point is comfortably ahead
    WARNING = "warning"  # amber: the point is less than WARNING_SECONDS ahead
    DUE = "due"  # red: the point has passed without a check-in


class Nag(NamedTuple):
    """One reminder to check in with the held customer.

    ``point`` is the absolute time the reminder was due, ``nth`` counts reminders since the
    check-in point (0 is the point itself), ``level`` is the escalation (1..MAX_LEVEL) and
    ``skipped`` how many reminders were folded into this one because the clock jumped past
    them (the computer slept).
    """

    point: float
    nth: int
    level: int
    fired_at: float
    skipped: int = 0

    @property
    def late(self) -> float:
        """Seconds between the reminder's point and the moment it was handed out."""
        return self.fired_at - self.point

    @property
    def catch_up(self) -> bool:
        return self.skipped > 0


def lateness(seconds_past_point: float) -> float:
    """How late a check-in was, as it is written and counted: never negative, to the
    millisecond (activity.db keeps times to the millisecond)."""
    return round(max(0.0, seconds_past_point), 3)


def on_time(late_s: float) -> bool:
    """A check-in at or before its point, to the millisecond: the one rule every summary and
    message uses."""
    return lateness(late_s) <= 0.0


class CheckIn(NamedTuple):
    """A check-in: when it happened, the point it answered, and how late it was (0 if early)."""

    at: float
    due: float

    @property
    def late(self) -> float:
        return max(0.0, self.at - self.due)


class HoldRecord(NamedTuple):
    """A finished hold: when it started and ended (monotonic seconds) and its check-ins."""

    started: float
    ended: float
    check_ins: tuple[CheckIn, ...]

    @property
    def duration(self) -> float:
        return self.ended - self.started


class HoldError(RuntimeError):
    """An action that does not fit the timer's state (ending a hold that is not running)."""


class HoldTimer:
    """Tracks one hold at a time, its next check-in point and the reminders it has raised."""

    def __init__(
        self,
        check_in_seconds: int = DEFAULT_CHECK_IN_SECONDS,
        *,
        warning_seconds: float = WARNING_SECONDS,
        repeat_seconds: float = REPEAT_SECONDS,
    ) -> None:
        if repeat_seconds <= 0:
            raise ValueError("repeat_seconds must be positive")
        self._interval = _clamp_interval(check_in_seconds)
        self._warning = max(0.0, float(warning_seconds))
        self._repeat = float(repeat_seconds)
        self._started: float | None = None
        self._interval_start: float | None = None
        self._check_ins: list[CheckIn] = []
        # The index of the last reminder handed out for the current point; -1: none yet.
        self._fired = -1

    # ---------------------------------------------------------------- settings

    @property
    def check_in_seconds(self) -> int:
        return self._interval

    @check_in_seconds.setter
    def check_in_seconds(self, seconds: int) -> None:
        """Change the interval; a running hold keeps its current point until the next one."""
        self._interval = _clamp_interval(seconds)

    @property
    def repeat_seconds(self) -> float:
        return self._repeat

    @property
    def warning_seconds(self) -> float:
        return self._warning

    # ---------------------------------------------------------------- actions

    @property
    def running(self) -> bool:
        return self._started is not None

    @property
    def started(self) -> float | None:
        return self._started

    @property
    def check_ins(self) -> tuple[CheckIn, ...]:
        return tuple(self._check_ins)

    def start(self, now: float) -> None:
        """Put the customer on hold at ``now``."""
        if self._started is not None:
            raise HoldError("a hold is already running")
        self._started = now
        self._interval_start = now
        self._check_ins = []
        self._fired = -1

    def resume(self, started: float, last_check_in: float | None = None) -> None:
        """Continue a hold that began at ``started`` (after a restart, say).

        The next point counts from ``last_check_in`` when given. If it has already passed,
        the next :meth:`poll` hands out one catch-up reminder.
        """
        if self._started is not None:
            raise HoldError("a hold is already running")
        self._started = started
        self._interval_start = last_check_in if last_check_in is not None else started
        self._check_ins = []
        self._fired = -1

    def check_in(self, now: float) -> CheckIn:
        """Record that the agent spoke to the customer; the next interval starts now."""
        point = self.next_check_in()
        if point is None:
            raise HoldError("no hold is running")
        record = CheckIn(now, point)
        self._check_ins.append(record)
        self._interval_start = now
        self._fired = -1
        return record

    def end(self, now: float) -> HoldRecord:
        """Take the customer off hold and return the finished record."""
        if self._started is None:
            raise HoldError("no hold is running")
        record = HoldRecord(self._started, now, tuple(self._check_ins))
        self._started = None
        self._interval_start = None
        self._check_ins = []
        self._fired = -1
        return record

    # ---------------------------------------------------------------- reading the state

    def elapsed(self, now: float) -> float:
        """Seconds on hold so far; 0 when no hold runs."""
        return 0.0 if self._started is None else max(0.0, now - self._started)

    def next_check_in(self) -> float | None:
        """The absolute time of the next check-in point, or None when no hold runs."""
        if self._interval_start is None:
            return None
        return self._interval_start + self._interval

    def until_check_in(self, now: float) -> float | None:
        """Seconds left to the next check-in point (negative when overdue)."""
        deadline = self.next_check_in()
        return None if deadline is None else deadline - now

    def reminder_point(self, index: int) -> float | None:
        """The absolute time of reminder ``index`` for the current point (0: the point)."""
        point = self.next_check_in()
        return None if point is None else point + index * self._repeat

    def phase(self, now: float) -> Phase:
        """Idle, waiting, warning (amber) or due (red) at ``now``."""
        point = self.next_check_in()
        if point is None:
            return Phase.IDLE
        if now + _EPSILON >= point:
            return Phase.DUE
        if now + _EPSILON >= point - self._warning:
            return Phase.WARNING
        return Phase.WAITING

    def level(self, now: float) -> int:
        """The escalation at ``now``: 0 before the point, then 1, 2, ... up to MAX_LEVEL."""
        point = self.next_check_in()
        if point is None or now + _EPSILON < point:
            return 0
        return min(MAX_LEVEL, self._index_at(now, point) + 1)

    def next_wakeup(self, now: float) -> float | None:
        """The next absolute time at which the look changes or a reminder is due.

        None when no hold runs. Never earlier than a reminder not yet handed out would need,
        so a caller that sleeps until this time and then calls :meth:`poll` misses nothing.
        """
        point = self.next_check_in()
        if point is None:
            return None
        warning = point - self._warning
        if self._warning > 0 and now + _EPSILON < warning:
            return warning
        if self._fired < 0:
            return point
        return point + (self._fired + 1) * self._repeat

    def poll(self, now: float) -> Nag | None:
        """The reminder due at ``now`` that has not been handed out yet, or None.

        Each reminder is handed out once. If several are due (the clock jumped forward while
        the computer slept), only the latest one is handed out, marked with how many it
        folded in: one catch-up reminder, not a burst.
        """
        point = self.next_check_in()
        if point is None or now + _EPSILON < point:
            return None
        index = self._index_at(now, point)
        if index <= self._fired:
            return None
        skipped = index - self._fired - 1
        self._fired = index
        return Nag(point + index * self._repeat, index, min(MAX_LEVEL, index + 1), now, skipped)

    def _index_at(self, now: float, point: float) -> int:
        return max(0, math.floor((now - point + _EPSILON) / self._repeat))


def _clamp_interval(seconds: int) -> int:
    # The seed rule is "two minutes at most"; a shorter interval is a campaign's choice.
    return max(1, min(int(seconds), MAX_CHECK_IN_SECONDS))


def format_duration(seconds: float) -> str:
    """mm:ss for a duration (h:mm:ss past an hour); negative values count as zero."""
    total = max(0, int(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"
