"""The clocks the timers read, injected so tests drive them: a steady one and the wall clock."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, datetime

Monotonic = Callable[[], float]
WallClock = Callable[[], datetime]


def wall_now() -> datetime:
    """The wall-clock time in UTC, for what is written down (start and end of a hold...)."""
    return datetime.now(UTC)


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
