"""The phrase library: a filter box over the campaign's phrases, grouped by category."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QKeyEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QListView, QVBoxLayout, QWidget

from assistant.core.model import Ref
from assistant.store.knowledge import KnowledgeBase
from assistant.store.rows import PersonaRow, PhraseRow
from assistant.ui.delegates import TwoLineDelegate
from assistant.ui.phrase_model import PhraseListModel


class PhraseView(QListView):
    """Enter copies the current phrase, as double-click does."""

    activated_phrase = Signal(object)  # PhraseRow

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._emit(self.currentIndex())
            return
        super().keyPressEvent(event)

    def _emit(self, index: QModelIndex) -> None:
        model = self.model()
        if isinstance(model, PhraseListModel):
            phrase = model.phrase_at(index.row())
            if phrase is not None:
                self.activated_phrase.emit(phrase)


class PhraseLibrary(QWidget):
    """Filter box and list. Emits ``phrase_activated`` when the agent picks a phrase to copy."""

    phrase_activated = Signal(object)  # PhraseRow

    def __init__(self, kb: KnowledgeBase, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._kb = kb
        self._campaign: Ref | None = None
        self._persona: PersonaRow | None = None
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText("Filter phrases…  (Down to pick, Enter to copy)")
        self.filter.setAccessibleName("Filter phrases")
        self.filter.setClearButtonEnabled(True)
        self.model = PhraseListModel(self)
        self.view = PhraseView(self)
        self.view.setModel(self.model)
        self.view.setItemDelegate(TwoLineDelegate(self.view))
        self.view.setUniformItemSizes(False)
        self.view.setAccessibleName("Phrases")
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("muted")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.filter)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count_label)
        # Refilter shortly after the last keystroke so fast typing does one query, not five.
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(60)
        self._debounce.timeout.connect(self.refresh)
        self.filter.textChanged.connect(lambda _text: self._debounce.start())
        self.filter.installEventFilter(self)
        self.view.activated_phrase.connect(self.phrase_activated)
        self.view.doubleClicked.connect(self.view._emit)

    def hideEvent(self, event: QHideEvent) -> None:
        self._debounce.stop()  # a hidden list has nobody to show results to
        super().hideEvent(event)

    def set_campaign(self, campaign: Ref | None) -> None:
        self._campaign = campaign
        self.refresh()

    def set_persona(self, persona: PersonaRow | None) -> None:
        """Show this persona's suggested phrases first (those that match the filter)."""
        self._persona = persona
        self.refresh()

    def refresh(self) -> None:
        self._debounce.stop()
        text = self.filter.text()
        phrases = self._kb.campaign_phrases(self._campaign, text)
        pinned: list[PhraseRow] = []
        if self._persona is not None:
            # Suggestions the campaign offers and the filter lets through, in the persona's order.
            offered = {p.ref: p for p in phrases}
            pinned = [offered[ref] for ref in self._persona.phrases if ref in offered]
        title = f"Suggested for: {self._persona.name}" if self._persona else ""
        self.model.set_phrases(phrases, pinned, title)
        count = self.model.phrase_count()
        self.count_label.setText(f"{count} phrase{'s' if count != 1 else ''}")
        # The best match is always ready for Enter.
        row = self.model.first_phrase_row()
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row))

    def current_phrase(self) -> PhraseRow | None:
        index = self.view.currentIndex()
        return self.model.phrase_at(index.row()) if index.isValid() else None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Down/Up from the filter box move in the list; Enter copies: hands stay on the keys.
        if (
            watched is self.filter
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
        ):
            if event.key() in (
                Qt.Key.Key_Down,
                Qt.Key.Key_Up,
                Qt.Key.Key_PageDown,
                Qt.Key.Key_PageUp,
            ):
                if self._debounce.isActive():
                    self.refresh()
                self.view.setFocus()
                self.view.keyPressEvent(event)
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self._debounce.isActive():
                    self.refresh()
                phrase = self.current_phrase()
                if phrase is not None:
                    self.phrase_activated.emit(phrase)
                return True
            if event.key() == Qt.Key.Key_Escape and self.filter.text():
                self.filter.clear()
                return True
        return super().eventFilter(watched, event)
