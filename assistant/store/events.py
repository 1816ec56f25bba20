"""What a committed change touched, so a listener refreshes only what it shows.

The knowledge base (store/knowledge.py) and the agent's activity (store/activity.py) call their
listeners with one of these after each commit of their own connection. Changes another
connection made (a pack imported from the command line, or by the pack writer's thread) are
noticed through SQLite's ``PRAGMA data_version`` (``KnowledgeBase.check_external_changes``).
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum


class Change(StrEnum):
    PACKS = "packs"  # pack content: campaigns, personas, phrases (knowledge.db)
    USAGE = "usage"  # uses and favourites (activity.db)
    SETTINGS = "settings"  # the settings table (activity.db)
    HOLDS = "holds"
    CALLS = "calls"
    CALLBACKS = "callbacks"


Listener = Callable[[Change], None]


class Listeners:
    """A list of listeners, each called with the change after a commit."""

    def __init__(self) -> None:
        self._listeners: list[Listener] = []

    def add(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def remove(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def __call__(self, change: Change) -> None:
        for listener in list(self._listeners):
            listener(change)
