"""Thin Qt adapters over the store's change notifications and the desk's events."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject, Signal

from assistant.services.desk import Desk
from assistant.services.events import DeskEvent
from assistant.store.events import Change
from assistant.store.knowledge import KnowledgeBase


class StoreEvents(QObject):
    """Emits ``changed(change)`` (a store.events.Change) after the knowledge base commits one,
    or notices another connection's."""

    changed = Signal(object)

    def __init__(self, kb: KnowledgeBase, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._kb = kb
        kb.subscribe(self._relay)

    def _relay(self, change: Change) -> None:
        if not shiboken6.isValid(self):  # its window was deleted: the store outlives it
            self._kb.unsubscribe(self._relay)
            return
        self.changed.emit(change)


class DeskEvents(QObject):
    """Emits ``happened(event)`` for each desk event (services/events.py)."""

    happened = Signal(object)

    def __init__(self, desk: Desk, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.desk = desk  # what an event's listener may ask of the state after it
        desk.subscribe(self._relay)

    def _relay(self, event: DeskEvent) -> None:
        self.happened.emit(event)
