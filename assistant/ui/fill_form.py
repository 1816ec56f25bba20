"""The fill-in form: asks for the placeholders a phrase needs before it is copied.

Compact: one line per field, Tab between fields, Enter copies, Escape cancels. The preview
shows the text exactly as it will be pasted.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from assistant.core import placeholders


def field_label(name: str) -> str:
    """'customer_name' -> 'Customer name'."""
    return name.replace("_", " ").capitalize()


class FillForm(QDialog):
    def __init__(
        self,
        title: str,
        template: str,
        values: dict[str, str],
        ask: list[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"Fill in: {title}")
        self._template = template
        self._values = dict(values)
        self.fields: dict[str, QLineEdit] = {}
        form = QFormLayout()
        for name in ask:
            edit = QLineEdit(self)
            edit.setText(values.get(name, ""))
            edit.setAccessibleName(field_label(name))
            edit.setMaxLength(500)
            edit.textChanged.connect(self._update)
            form.addRow(field_label(name), edit)
            self.fields[name] = edit
        self.preview = QLabel(self)
        self.preview.setObjectName("preview")
        self.preview.setTextFormat(Qt.TextFormat.PlainText)
        self.preview.setWordWrap(True)
        self.preview.setAccessibleName("Text that will be copied")
        buttons = QDialogButtonBox(self)
        copy = buttons.addButton("Copy  (Enter)", QDialogButtonBox.ButtonRole.AcceptRole)
        copy.setDefault(True)
        buttons.addButton("Cancel  (Esc)", QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.preview)
        layout.addWidget(buttons)
        self.setMinimumWidth(340)
        self._update()
        if ask:
            first_empty = next((self.fields[n] for n in ask if not self.fields[n].text()), None)
            (first_empty or self.fields[ask[0]]).setFocus()

    def values(self) -> dict[str, str]:
        """Every value: the ones given and the ones typed here."""
        out = dict(self._values)
        out.update({name: edit.text().strip() for name, edit in self.fields.items()})
        return out

    def text(self) -> str:
        return placeholders.fill(self._template, self.values())

    def _update(self) -> None:
        self.preview.setText(self.text())
