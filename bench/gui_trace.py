"""What the window's thread was doing during a stall: every event it handled, timed.

``TimedApplication`` is a QApplication whose notify() times each event the event loop hands
out (not the ones sent from inside another: those are part of it), with its type, its receiver
and the bench's step at the time (``step``, set by the bench). bench/shift.py --explain prints
the longest stalls with the events that filled them; a stall with no event in it was the
bench's own call into the window (a campaign or mood change, a search typed) or the thread
waiting for the processor.

It costs a Python call for every event: the stalls measured with it are a little longer.
"""

from __future__ import annotations

import time
from typing import NamedTuple

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication


class Handled(NamedTuple):
    start: float  # time.perf_counter()
    ms: float
    what: str


def _named(thing: QObject) -> str:
    name = thing.objectName()
    return f"{type(thing).__name__}#{name}" if name else type(thing).__name__


def describe(receiver: QObject, event: QEvent) -> str:
    """'LayoutRequest to QWidget#qt_scrollarea_viewport in TipsCard#personaCard': the event's
    type, the receiver's class and name, and, for Qt's own parts, whose part it is (a
    SockAct to a QSocketNotifier is a socket to read: a softphone command)."""
    who = _named(receiver)
    parent = receiver.parent()
    if parent is not None and (not receiver.objectName() or who.endswith("_viewport")):
        who += f" in {_named(parent)}"
    kind = event.type()
    return f"{getattr(kind, 'name', kind)} to {who}"


class TimedApplication(QApplication):
    """Keeps every event that took at least ``min_ms`` in ``handled``."""

    def __init__(self, argv: list[str], min_ms: float = 1.0) -> None:
        super().__init__(argv)
        self.min_ms = min_ms
        self.step = ""
        self.handled: list[Handled] = []
        self._depth = 0

    def notify(self, receiver: QObject, event: QEvent) -> bool:
        if self._depth:
            self._depth += 1
            try:
                return super().notify(receiver, event)
            finally:
                self._depth -= 1
        what = describe(receiver, event)  # now: the receiver may be gone afterwards
        step = self.step
        self._depth = 1
        start = time.perf_counter()
        try:
            return super().notify(receiver, event)
        finally:
            ms = (time.perf_counter() - start) * 1000.0
            self._depth = 0
            if ms >= self.min_ms:
                self.handled.append(Handled(start, ms, f"{what} ({step})" if step else what))

    def during(self, start: float, end: float) -> list[Handled]:
        """The events handled between two moments (perf_counter), in order."""
        return [h for h in self.handled if h.start < end and h.start + h.ms / 1000.0 > start]
