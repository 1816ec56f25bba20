"""The clocks the timers read, injected so tests drive them: a steady one and the wall clock."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import NamedTuple

Monotonic = Callable[[], float]
WallClock = Callable[[], datetime]


def wall_now() -> datetime:
    """The wall-clock time in UTC, for what is written down (start and end of a hold...)."""
    return datetime.now(UTC)


def local_midnight(now: datetime) -> datetime:
    """The start of ``now``'s day in the computer's time zone: where "today" begins (the
    agent's Today summary, the team floor's day)."""
    local = now.astimezone()
    return local.replace(hour=0, minute=0, second=0, microsecond=0)


def steady_clock() -> float:
    """Monotonic seconds that keep counting while the computer sleeps, where the OS offers it.

    A customer on hold waits through a laptop's sleep too. On Linux CLOCK_BOOTTIME counts the
    suspended time (time.monotonic does not); elsewhere time.monotonic is used. After a sleep
    the clock has jumped forward, and the core hands out one catch-up reminder.
    """
    boottime = getattr(time, "CLOCK_BOOTTIME", None)
    if boottime is not None:
        return time.clock_gettime(boottime)
    return time.monotonic()


class Clock(NamedTuple):
    """Both clocks a timed session reads: steady seconds for deadlines, wall time for records."""

    monotonic: Monotonic = steady_clock
    wall: WallClock = wall_now


SYSTEM_CLOCK = Clock()


class Anchor(NamedTuple):
    """A steady reading and the wall time it was taken at: every later moment of a session is
    written as this wall time plus steady seconds since, so a clock change (daylight saving, a
    time sync) never bends a hold's record."""

    monotonic: float
    wall: datetime

    @classmethod
    def now(cls, clock: Clock) -> Anchor:
        return cls(clock.monotonic(), clock.wall())

    @classmethod
    def at(cls, clock: Clock, wall: datetime) -> Anchor:
        """The anchor of a moment known only by its wall time (a session found open after a
        restart): its steady reading is placed that far before the steady clock's now."""
        return cls(clock.monotonic() - (clock.wall() - wall).total_seconds(), wall)

    def wall_at(self, monotonic: float) -> datetime:
        """The wall time of a steady reading."""
        return self.wall + timedelta(seconds=monotonic - self.monotonic)

    def monotonic_at(self, wall: datetime) -> float:
        """The steady reading of a wall time."""
        return self.monotonic + (wall - self.wall).total_seconds()
