"""The persona-tip panel: one click names the customer's mood and shows how to handle it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from assistant.core.model import Ref
from assistant.store.knowledge import KnowledgeBase
from assistant.store.rows import PersonaRow
from assistant.ui.delegates import TwoLineDelegate
from assistant.ui.flow_layout import FlowLayout
from assistant.ui.phrase_library import PhraseView
from assistant.ui.phrase_model import PhraseListModel


def _bullets(title: str, items: tuple[str, ...]) -> str:
    if not items:
        return ""
    lines = "\n".join(f"  • {item}" for item in items)
    return f"{title}\n{lines}"


class PersonaPanel(QWidget):
    """Persona buttons (click again to clear), the chosen persona's tips and suggested phrases."""

    persona_changed = Signal(object)  # PersonaRow | None
    phrase_activated = Signal(object)  # PhraseRow

    def __init__(self, kb: KnowledgeBase, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._kb = kb
        self._personas: list[PersonaRow] = []
        self._current: PersonaRow | None = None
        self.buttons_box = QWidget(self)
        self.buttons_box.setAccessibleName("Customer personas")
        self.flow = FlowLayout(self.buttons_box, spacing=4)
        self.group = QButtonGroup(self)
        self.group.setExclusive(False)  # exclusivity by hand, so a second click clears
        self.group.buttonClicked.connect(self._on_button)
        self.tips = QLabel(self)
        self.tips.setObjectName("personaTips")
        # Pack text is shown as plain text only: no markup, no links.
        self.tips.setTextFormat(Qt.TextFormat.PlainText)
        self.tips.setWordWrap(True)
        self.tips.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tips.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.phrases_model = PhraseListModel(self, grouped=False)
        self.phrases_view = PhraseView(self)
        self.phrases_view.setModel(self.phrases_model)
        self.phrases_view.setItemDelegate(TwoLineDelegate(self.phrases_view))
        self.phrases_view.setAccessibleName("Suggested phrases for this customer")
        self.phrases_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.phrases_view.activated_phrase.connect(self.phrase_activated)
        self.phrases_view.clicked.connect(self.phrases_view._emit)
        self.suggested_label = QLabel("Suggested phrases (click to copy)", self)
        self.suggested_label.setObjectName("muted")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.buttons_box)
        layout.addWidget(self.tips)
        layout.addWidget(self.suggested_label)
        layout.addWidget(self.phrases_view, 1)
        self._show(None)

    def set_personas(self, personas: list[PersonaRow]) -> None:
        keep = self._current.ref if self._current else None
        for button in self.group.buttons():
            self.group.removeButton(button)
            self.flow.removeWidget(button)
            button.deleteLater()
        self._personas = personas
        for index, persona in enumerate(personas):
            button = QToolButton(self.buttons_box)
            button.setText(persona.name)
            button.setCheckable(True)
            button.setAccessibleName(f"Persona: {persona.name}")
            button.setToolTip(persona.signs[0] if persona.signs else persona.name)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            self.group.addButton(button, index)
            self.flow.addWidget(button)
        self.select(keep)

    def personas(self) -> list[PersonaRow]:
        return list(self._personas)

    def current(self) -> PersonaRow | None:
        return self._current

    def select(self, ref: Ref | None) -> None:
        """Choose the persona with this key; None (or an unknown key) clears the choice."""
        index = next((i for i, p in enumerate(self._personas) if p.ref == ref), -1)
        for i, button in enumerate(self.group.buttons()):
            button.setChecked(self.group.id(button) == index and i >= 0)
        self._show(self._personas[index] if index >= 0 else None)

    def button_for(self, ref: Ref) -> QAbstractButton | None:
        index = next((i for i, p in enumerate(self._personas) if p.ref == ref), -1)
        return self.group.button(index) if index >= 0 else None

    def _on_button(self, button: QAbstractButton) -> None:
        index = self.group.id(button)
        chosen = self._personas[index] if button.isChecked() else None
        self.select(chosen.ref if chosen else None)

    def _show(self, persona: PersonaRow | None) -> None:
        changed = persona != self._current
        self._current = persona
        if persona is None:
            self.tips.setText(
                "Pick the customer's mood above to see how to recognise it, what to do and "
                "what to avoid."
            )
            self.phrases_model.set_phrases([])
            self.suggested_label.hide()
            self.phrases_view.hide()
        else:
            sections = [
                _bullets("Signs", persona.signs),
                _bullets("Do", persona.tips),
                _bullets("Avoid", persona.avoid),
            ]
            self.tips.setText("\n".join(s for s in sections if s))
            self.phrases_model.set_phrases(self._kb.phrases(persona.phrases))
            visible = self.phrases_model.rowCount() > 0
            self.suggested_label.setVisible(visible)
            self.phrases_view.setVisible(visible)
        if changed:
            self.persona_changed.emit(persona)
