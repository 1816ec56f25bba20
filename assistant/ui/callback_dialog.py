"""The callback form: who to call back, on what number or reference, when, and a note."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from assistant.core.callbacks import Callback, validate_callback
from assistant.ui.labels import core_message

if TYPE_CHECKING:
    from PySide6.QtGui import QFocusEvent, QKeyEvent

DEFAULT_DELAY = timedelta(minutes=30)
# The time first: it is what an agent changes most (a callback today at 15:30), and typing
# "1530" into it is enough. Day and month names are in the agent's language.
DUE_FORMAT = "HH:mm  ddd d MMM yyyy"


def to_qdatetime(moment: datetime) -> QDateTime:
    return QDateTime.fromMSecsSinceEpoch(round(moment.timestamp() * 1000))


def from_qdatetime(value: QDateTime) -> datetime:
    # toPython() is naive local time; astimezone() attaches the local zone.
    return datetime.fromtimestamp(value.toMSecsSinceEpoch() / 1000.0).astimezone()


class DueEdit(QDateTimeEdit):
    """The due time as one field: Tab leaves it (a note typed next lands in the note, not in a
    date section), Left and Right go from section to section, Up and Down change the one
    selected, digits type it (the hour is selected when the field is entered)."""

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002, N802 - Qt's names
        # QDateTimeEdit's own walks its sections on Tab; a field's neighbour is the next field.
        return QWidget.focusNextPrevChild(self, next)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        step = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1}.get(Qt.Key(event.key()))
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if step is not None and modifiers == Qt.KeyboardModifier.NoModifier:
            index = self.currentSectionIndex() + step
            if 0 <= index < self.sectionCount():
                self.setCurrentSectionIndex(index)
                self.setSelectedSection(self.currentSection())
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        super().focusInEvent(event)
        if event.reason() != Qt.FocusReason.MouseFocusReason:  # a click puts the cursor there
            self.setCurrentSectionIndex(0)
            self.setSelectedSection(self.currentSection())


class CallbackDialog(QDialog):
    """Type the name, Enter: a callback in two keystrokes from the call (Ctrl+B, Enter).

    With ``existing`` it reschedules: only the due time can change.
    """

    def __init__(
        self,
        now: datetime,
        parent: QWidget | None = None,
        *,
        existing: Callback | None = None,
        customer_name: str = "",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            self.tr("Reschedule callback") if existing else self.tr("Promise a callback")
        )
        self.name = QLineEdit(existing.customer_name if existing else customer_name, self)
        self.name.setPlaceholderText(self.tr("customer's name"))
        self.name.setAccessibleName(self.tr("Customer's name"))
        self.contact = QLineEdit(existing.contact if existing else "", self)
        self.contact.setPlaceholderText(self.tr("number or reference"))
        self.contact.setAccessibleName(self.tr("Number or reference to call back"))
        self.due = DueEdit(self)
        self.due.setCalendarPopup(True)
        # Day and month names in the agent's language (the locale the translations chose).
        self.due.setDisplayFormat(DUE_FORMAT)
        self.due.setAccessibleName(self.tr("When the callback is due"))
        self.due.setDateTime(to_qdatetime(existing.due if existing else now + DEFAULT_DELAY))
        self.note = QLineEdit(existing.note if existing else "", self)
        self.note.setPlaceholderText(self.tr("what you promised"))
        self.note.setAccessibleName(self.tr("Note: what you promised"))
        self.error = QLabel(self)
        self.error.setObjectName("formError")
        self.error.setWordWrap(True)
        self.error.hide()
        form = QFormLayout(self)
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("N&umber / ref"), self.contact)
        form.addRow(self.tr("&Due"), self.due)
        form.addRow(self.tr("N&ote"), self.note)
        form.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        save = buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setDefault(True)  # Enter in any field saves
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        if existing is not None:
            for field in (self.name, self.contact, self.note):
                field.setReadOnly(True)
            self.due.setFocus()
        else:
            self.name.setFocus()
        # What the error asks for, once typed, takes it away (it stayed until the next Save).
        for field in (self.name, self.contact):
            field.textEdited.connect(lambda _text: self.error.hide())

    def due_at(self) -> datetime:
        return from_qdatetime(self.due.dateTime())

    def accept(self) -> None:
        problem = validate_callback(self.name.text(), self.contact.text(), self.due_at())
        if problem is not None:
            self.error.setText(core_message(problem))
            self.error.show()
            # Tall enough for the message's lines: the dialog was laid out without it, and the
            # wrapped message was cut at its top and bottom.
            self.adjustSize()
            self.name.setFocus()
            return
        super().accept()
