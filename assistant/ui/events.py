"""Thin Qt adapters over the store's change notifications and the desk's events."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal
from PySide6.QtWidgets import QWidget

from assistant.services.desk import Desk
from assistant.services.events import DeskEvent
from assistant.store.events import Change
from assistant.store.knowledge import KnowledgeBase
from assistant.ui.layout_pass import one_layout_pass


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
    """Emits ``happened(event)`` for each desk event (services/events.py). Made with a widget
    for its parent, every panel takes an event before that widget's window is laid out: a
    panel laid out first could make the window grow for room another gives back. (At a hold's
    end without a call, the moods unfolded while the hold bar still had its check-in line,
    and a 420 x 700 window with the call details open grew 20 px and stayed so.)"""

    happened = Signal(object)

    def __init__(self, desk: Desk, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.desk = desk  # what an event's listener may ask of the state after it
        desk.subscribe(self._relay)

    def _relay(self, event: DeskEvent) -> None:
        parent = self.parent()
        if not isinstance(parent, QWidget):
            self.happened.emit(event)
            return
        with one_layout_pass(parent.window()):
            self.happened.emit(event)
            # What each panel changed is laid out first, as the event loop would have: a
            # widget that hid a part of itself tells its parent its new size only then.
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
