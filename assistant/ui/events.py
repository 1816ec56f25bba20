"""A thin Qt adapter over the knowledge base's change notifications."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from assistant.store.knowledge import KnowledgeBase


class StoreEvents(QObject):
    """Emits ``changed(what)`` after the knowledge base commits a change."""

    changed = Signal(str)

    def __init__(self, kb: KnowledgeBase, parent: QObject | None = None) -> None:
        super().__init__(parent)
        kb.subscribe(self.changed.emit)
