"""Callbacks promised to customers: which are due, and raising each due one exactly once."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta
from typing import NamedTuple

SNOOZE = timedelta(minutes=5)
"""How far "snooze" moves a due callback."""


class Callback(NamedTuple):
    """A callback the agent promised. ``due`` is timezone-aware."""

    id: int
    customer_name: str
    contact: str
    due: datetime
    note: str = ""
    done: bool = False

    def is_due(self, now: datetime) -> bool:
        return not self.done and self.due <= now


def due_callbacks(callbacks: Iterable[Callback], now: datetime) -> list[Callback]:
    """Open callbacks whose time has come, the most overdue first."""
    return sorted((c for c in callbacks if c.is_due(now)), key=lambda c: c.due)


def next_due(callbacks: Iterable[Callback], now: datetime) -> datetime | None:
    """The earliest due time still ahead of ``now`` among open callbacks."""
    ahead = [c.due for c in callbacks if not c.done and c.due > now]
    return min(ahead) if ahead else None


class CallbackAlarm:
    """Hands out each open callback once when its due time comes (again after a reschedule)."""

    def __init__(self) -> None:
        self._raised: set[tuple[int, datetime]] = set()

    def poll(self, callbacks: Iterable[Callback], now: datetime) -> list[Callback]:
        """Callbacks that became due since the last poll; each (callback, due time) once."""
        fresh = [c for c in due_callbacks(callbacks, now) if (c.id, c.due) not in self._raised]
        self._raised.update((c.id, c.due) for c in fresh)
        return fresh


def validate_callback(customer_name: str, contact: str, due: datetime | None) -> str | None:
    """What is wrong with a new callback, in words for the agent; None when it is fine."""
    if not customer_name.strip() and not contact.strip():
        return "Enter the customer's name or a number or reference to call back."
    if due is None:
        return "Enter when the callback is due."
    if due.tzinfo is None:
        return "The due time needs a time zone."
    return None


DEFAULT_RETENTION_DAYS = 30
"""How long a done callback keeps the customer's name, number and note (settings.ini's and the
IT policy's ``[privacy] callback_retention_days``)."""
MAX_RETENTION_DAYS = 3650


def parse_retention_days(text: str) -> int | None:
    """The number of days in a ``callback_retention_days`` value: a whole number from 0 (forget
    as soon as the callback is done) to MAX_RETENTION_DAYS; None when it is not one."""
    text = text.strip()
    if not text.isascii() or not text.isdigit() or len(text) > 4:
        return None
    days = int(text)
    return days if days <= MAX_RETENTION_DAYS else None
