"""Holds added up, one rule for every summary: the agent's Today line (services/today.py), the
team floor and the team report (services/floor.py).

A hold counts once, with its duration (an open one up to now); a check-in is on time at or
before its point (``CheckInRow.on_time``); the overdue time is how long the customer waited
past check-in points.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import NamedTuple

from assistant.store.activity import HoldRow


def on_time_percent(on_time: int, check_ins: int) -> float | None:
    """The share of check-ins on time, in percent; None without any check-in."""
    return None if check_ins == 0 else 100.0 * on_time / check_ins


class HoldSummary(NamedTuple):
    """The "today" numbers: holds, their average and longest, check-ins on time."""

    holds: int
    average_s: float
    longest_s: float
    check_ins: int
    on_time: int

    @property
    def on_time_percent(self) -> float | None:
        return on_time_percent(self.on_time, self.check_ins)


def overdue_s(hold: HoldRow, now: datetime) -> float:
    """How long the customer waited past check-in points: each late check-in's lateness, and
    the time past the last point when the hold ended (or now, for one still running)."""
    return sum(c.late_s for c in hold.check_ins) + hold.overdue_at_end_s(now)


class Tally(NamedTuple):
    """Holds added up. A finished hold's share never changes, so a tally of finished holds is
    kept and only the running ones are added at each look."""

    holds: int = 0
    total_s: float = 0.0
    longest_s: float = 0.0
    check_ins: int = 0
    on_time: int = 0
    overdue_s: float = 0.0

    def plus(self, other: Tally) -> Tally:
        return Tally(
            self.holds + other.holds,
            self.total_s + other.total_s,
            max(self.longest_s, other.longest_s),
            self.check_ins + other.check_ins,
            self.on_time + other.on_time,
            self.overdue_s + other.overdue_s,
        )

    @classmethod
    def of(cls, hold: HoldRow, now: datetime) -> Tally:
        """One hold (an open one counting up to ``now``)."""
        duration = hold.duration_s(now)
        return cls(
            1,
            duration,
            duration,
            len(hold.check_ins),
            sum(1 for c in hold.check_ins if c.on_time),
            overdue_s(hold, now),
        )

    @classmethod
    def of_all(cls, holds: Iterable[HoldRow], now: datetime) -> Tally:
        total = cls()
        for hold in holds:
            total = total.plus(cls.of(hold, now))
        return total

    @property
    def average_s(self) -> float:
        return self.total_s / self.holds if self.holds else 0.0

    def summary(self) -> HoldSummary:
        return HoldSummary(self.holds, self.average_s, self.longest_s, self.check_ins, self.on_time)
