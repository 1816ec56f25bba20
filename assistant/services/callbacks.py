"""Callbacks promised to customers: written the moment they are promised, raised when due.

The window's callback dialog, the call details list and the alarm (ui/callback_watch.py) act
through here; the rules (what a callback needs, when it is due, raising each once) are in
core/callbacks.py, the records in store/activity.py.
"""

from __future__ import annotations

from datetime import datetime

from assistant.core.callbacks import Callback, validate_callback
from assistant.services.desk import Desk
from assistant.services.sessions import SessionError
from assistant.store.activity import ActivityLog


class CallbackService:
    """Add, complete, snooze and reschedule the agent's callbacks (each written at once)."""

    def __init__(self, activity: ActivityLog, desk: Desk) -> None:
        self._activity = activity
        self._desk = desk

    @property
    def activity(self) -> ActivityLog:
        return self._activity

    def now(self) -> datetime:
        return self._activity.now()

    def open(self) -> list[Callback]:
        """Open callbacks by due time."""
        return self._activity.callbacks()

    def promise(self, customer_name: str, contact: str, due: datetime, note: str = "") -> Callback:
        """Write a promised callback, linked to the call in progress. Raises SessionError when
        something it needs is missing, StoreError when it cannot be written."""
        problem = validate_callback(customer_name, contact, due)
        if problem is not None:
            raise SessionError(problem)
        return self._activity.add_callback(
            customer_name, contact, due, note, self._desk.call.call_id
        )

    def complete(self, callback_id: int) -> None:
        self._activity.complete_callback(callback_id)

    def snooze(self, callback_id: int) -> datetime:
        return self._activity.snooze_callback(callback_id)

    def reschedule(self, callback_id: int, due: datetime) -> None:
        self._activity.reschedule_callback(callback_id, due)
