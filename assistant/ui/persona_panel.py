"""The persona-tip panel: one click names the customer's mood and shows how to handle it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QFrame,
    QLabel,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from assistant.core.model import Ref
from assistant.services.events import CallEnded, DeskEvent
from assistant.store.rows import PersonaRow
from assistant.ui.events import DeskEvents
from assistant.ui.flow_layout import FlowLayout
from assistant.ui.i18n import arg
from assistant.ui.plain import escape, tooltip


def tips_html(persona: PersonaRow) -> str:
    """The persona card. Every piece of pack text is escaped: shown as text, never as markup.
    The headings are the agent's language; the tips are the pack's."""
    parts = []
    for title, items in (
        (QCoreApplication.translate("PersonaPanel", "Signs"), persona.signs),
        (QCoreApplication.translate("PersonaPanel", "Do"), persona.tips),
        (QCoreApplication.translate("PersonaPanel", "Avoid"), persona.avoid),
    ):
        if items:
            rows = "".join(f"<li>{escape(item)}</li>" for item in items)
            parts.append(
                f"<p style='margin:2px 0 0 0'><b>{title}</b></p>"
                f"<ul style='margin:0; -qt-list-indent:1'>{rows}</ul>"
            )
    return "".join(parts)


class TipsCard(QScrollArea):
    """The scrolling card of tips. When the window is short it gives way down to one line
    (the rest scrolls), so the persona buttons above and the phrases below stay whole."""

    def minimumSizeHint(self) -> QSize:
        size = super().minimumSizeHint()
        return QSize(size.width(), self.fontMetrics().lineSpacing() + 8)


class PersonaPanel(QWidget):
    """Persona buttons (click again to clear) and the chosen persona's card of tips.

    The persona's suggested phrases are shown first in the phrase library (see MainWindow).
    """

    persona_changed = Signal(object)  # PersonaRow | None

    def __init__(self, parent: QWidget | None = None, *, events: DeskEvents | None = None) -> None:
        super().__init__(parent)
        self._personas: list[PersonaRow] = []
        self._current: PersonaRow | None = None
        self.buttons_box = QWidget(self)
        self.buttons_box.setAccessibleName(self.tr("Customer personas"))
        self.flow = FlowLayout(self.buttons_box, spacing=4)
        self.group = QButtonGroup(self)
        self.group.setExclusive(False)  # exclusivity by hand, so a second click clears
        self.group.buttonClicked.connect(self._on_button)
        self.tips = QLabel(self)
        self.tips.setObjectName("personaTips")
        self.tips.setWordWrap(True)
        self.tips.setOpenExternalLinks(False)
        self.tips.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tips.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.tips.setAccessibleName(self.tr("How to handle this customer"))
        self.card = TipsCard(self)
        self.card.setObjectName("personaCard")
        self.card.setWidget(self.tips)
        self.card.setWidgetResizable(True)
        self.card.setFrameShape(QFrame.Shape.NoFrame)
        self.card.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.buttons_box)
        layout.addWidget(self.card, 1)
        self._show(None)
        if events is not None:
            events.happened.connect(self._on_desk)

    def _on_desk(self, event: DeskEvent) -> None:
        if isinstance(event, CallEnded):
            self.select(None)  # the mood was this customer's, as the name was

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
            button.setAccessibleName(arg(self.tr("Persona: %1"), persona.name))
            button.setToolTip(tooltip(persona.signs[0] if persona.signs else persona.name))
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
        for button in self.group.buttons():
            button.setChecked(self.group.id(button) == index)
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
            self.tips.setTextFormat(Qt.TextFormat.PlainText)
            self.tips.setText(
                self.tr("Pick the customer's mood to see the signs, what to do and what to avoid.")
            )
        else:
            self.tips.setTextFormat(Qt.TextFormat.RichText)
            self.tips.setText(tips_html(persona))
        if changed:
            self.persona_changed.emit(persona)
