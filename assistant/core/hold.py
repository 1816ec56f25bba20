"""The hold timer: a state machine over an injected monotonic clock.

Deadlines are absolute (the start of the current interval plus the check-in interval), so a
late tick never shifts the points that follow. Nothing here reads the clock itself: every
method takes ``now`` in monotonic seconds.
"""

from __future__ import annotations

from dataclasses import dataclass

from assistant.core.model import DEFAULT_CHECK_IN_SECONDS, MAX_CHECK_IN_SECONDS


@dataclass(frozen=True, slots=True)
class HoldRecord:
    """A finished hold: when it started and ended (monotonic seconds) and its check-ins."""

    started: float
    ended: float
    check_ins: tuple[float, ...]

    @property
    def duration(self) -> float:
        return self.ended - self.started


class HoldError(RuntimeError):
    """An action that does not fit the timer's state (ending a hold that is not running)."""


class HoldTimer:
    """Tracks one hold at a time and the next point at which the agent must check in."""

    def __init__(self, check_in_seconds: int = DEFAULT_CHECK_IN_SECONDS) -> None:
        self._interval = _clamp_interval(check_in_seconds)
        self._started: float | None = None
        self._interval_start: float | None = None
        self._check_ins: list[float] = []

    @property
    def check_in_seconds(self) -> int:
        return self._interval

    @check_in_seconds.setter
    def check_in_seconds(self, seconds: int) -> None:
        self._interval = _clamp_interval(seconds)

    @property
    def running(self) -> bool:
        return self._started is not None

    def start(self, now: float) -> None:
        """Put the customer on hold at ``now``."""
        if self._started is not None:
            raise HoldError("a hold is already running")
        self._started = now
        self._interval_start = now
        self._check_ins = []

    def check_in(self, now: float) -> None:
        """Record that the agent spoke to the customer; the next interval starts now."""
        if self._started is None:
            raise HoldError("no hold is running")
        self._check_ins.append(now)
        self._interval_start = now

    def end(self, now: float) -> HoldRecord:
        """Take the customer off hold and return the finished record."""
        if self._started is None:
            raise HoldError("no hold is running")
        record = HoldRecord(self._started, now, tuple(self._check_ins))
        self._started = None
        self._interval_start = None
        self._check_ins = []
        return record

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


def _clamp_interval(seconds: int) -> int:
    # The seed rule is "two minutes at most"; a shorter interval is a campaign's choice.
    return max(1, min(int(seconds), MAX_CHECK_IN_SECONDS))


def format_duration(seconds: float) -> str:
    """mm:ss for a duration (h:mm:ss past an hour); negative values count as zero."""
    total = max(0, int(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"
