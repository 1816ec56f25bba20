"""The call timer and the call-flow checklist: plain state, time passed in by the caller."""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple


class CallError(RuntimeError):
    """An action that does not fit the call's state (ending a call that is not running)."""


class CallRecord(NamedTuple):
    """A finished call (monotonic seconds) and the required steps left unticked."""

    started: float
    ended: float
    missing_steps: tuple[str, ...]

    @property
    def duration(self) -> float:
        return self.ended - self.started


class ChecklistStep(NamedTuple):
    step: str
    required: bool = False


class Checklist:
    """The campaign's call-flow steps and which of them the agent has ticked."""

    def __init__(self, steps: Iterable[ChecklistStep] = ()) -> None:
        self._steps = tuple(steps)
        self._ticked: set[int] = set()

    @property
    def steps(self) -> tuple[ChecklistStep, ...]:
        return self._steps

    def tick(self, position: int, done: bool = True) -> None:
        """Mark step ``position`` (0-based) done or not done."""
        if not 0 <= position < len(self._steps):
            raise IndexError(f"no call-flow step {position}")
        if done:
            self._ticked.add(position)
        else:
            self._ticked.discard(position)

    def ticked(self, position: int) -> bool:
        return position in self._ticked

    def reset(self) -> None:
        self._ticked.clear()

    def missing_required(self) -> tuple[str, ...]:
        """The required steps not ticked, in call order."""
        return tuple(
            s.step for i, s in enumerate(self._steps) if s.required and i not in self._ticked
        )


class CallTimer:
    """Talk time of one call at a time, with the call-flow checklist that belongs to it."""

    def __init__(self) -> None:
        self._started: float | None = None
        self.checklist = Checklist()

    @property
    def running(self) -> bool:
        return self._started is not None

    @property
    def started(self) -> float | None:
        return self._started

    def start(self, now: float, steps: Iterable[ChecklistStep] = ()) -> None:
        """Start a call at ``now`` with a fresh checklist of the campaign's steps."""
        if self._started is not None:
            raise CallError("a call is already running")
        self._started = now
        self.checklist = Checklist(steps)

    def end(self, now: float) -> CallRecord:
        """End the call; the record names required steps that were not ticked (not blocked)."""
        if self._started is None:
            raise CallError("no call is running")
        record = CallRecord(self._started, now, self.checklist.missing_required())
        self._started = None
        return record

    def talk_time(self, now: float) -> float:
        return 0.0 if self._started is None else max(0.0, now - self._started)
