"""The fill-in form: asks for the placeholders a phrase needs before it is copied.

Compact: one line per field, Tab between fields, Enter copies, Escape cancels. The preview
shows the text exactly as it will be pasted. A choice field is a drop-down, a field with a
default starts with it, and each optional section has a tick box (ticked: included).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from assistant.core import placeholders
from assistant.ui import labels
from assistant.ui.i18n import arg

# The placeholders whose values belong in Settings (the agent's own): the form offers to keep
# them there, so the next phrase does not ask again.
PROFILE_FIELDS = ("agent_name", "company")


def field_label(name: str) -> str:
    """'customer_name' -> 'Customer name'. The placeholders the program fills itself are named
    in the agent's language; a pack's own ('amount') are named as the pack spells them."""
    known = labels.AUTOMATIC_FIELDS.get(name)
    if known is not None:
        return QCoreApplication.translate(labels.CONTEXT, str(known))
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
        self.setWindowTitle(arg(self.tr("Fill in: %1"), title))
        self._template = template
        self._values = dict(values)
        self.fields: dict[str, QLineEdit | QComboBox] = {}
        self.sections: dict[str, QCheckBox] = {}
        try:
            specs = {f.name: f for f in placeholders.fields(template)}
            section_names = placeholders.section_names(template)
        except placeholders.PlaceholderError:
            specs, section_names = {}, []
        form = QFormLayout()
        for name in ask:
            spec = specs.get(name, placeholders.Field(name))
            widget: QLineEdit | QComboBox
            if spec.choices:
                combo = QComboBox(self)
                combo.addItems(list(spec.choices))
                if values.get(name) in spec.choices:
                    combo.setCurrentText(values[name])
                combo.currentTextChanged.connect(self._update)
                widget = combo
            else:
                edit = QLineEdit(self)
                edit.setText(values.get(name) or spec.default)
                edit.setMaxLength(500)
                edit.textChanged.connect(self._update)
                widget = edit
            widget.setAccessibleName(field_label(name))
            form.addRow(field_label(name), widget)
            self.fields[name] = widget
        for name in section_names:
            box = QCheckBox(arg(self.tr("Include: %1"), field_label(name)), self)
            box.setChecked(True)
            box.toggled.connect(self._update)
            form.addRow(box)
            self.sections[name] = box
        self.remember: QCheckBox | None = None
        if any(name in PROFILE_FIELDS for name in ask):
            self.remember = QCheckBox(self.tr("&Remember in Settings for the next phrases"), self)
            self.remember.setChecked(True)
            form.addRow(self.remember)
        self.preview = QLabel(self)
        self.preview.setObjectName("preview")
        self.preview.setTextFormat(Qt.TextFormat.PlainText)
        self.preview.setWordWrap(True)
        self.preview.setAccessibleName(self.tr("Text that will be copied"))
        buttons = QDialogButtonBox(self)
        copy = buttons.addButton(self.tr("Copy  (Enter)"), QDialogButtonBox.ButtonRole.AcceptRole)
        copy.setDefault(True)
        buttons.addButton(self.tr("Cancel  (Esc)"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.preview)
        layout.addWidget(buttons)
        self.setMinimumWidth(340)
        self._update()
        if ask:
            first_empty = next((self.fields[n] for n in ask if not _text(self.fields[n])), None)
            (first_empty or self.fields[ask[0]]).setFocus()
        elif self.sections:
            next(iter(self.sections.values())).setFocus()

    def values(self) -> dict[str, str]:
        """Every value: the ones given and the ones typed here."""
        out = dict(self._values)
        out.update({name: _text(widget).strip() for name, widget in self.fields.items()})
        return out

    def remembered(self) -> dict[str, str]:
        """The agent's own values typed here, to keep in Settings ({} when not wanted)."""
        if self.remember is None or not self.remember.isChecked():
            return {}
        values = self.values()
        return {name: values[name] for name in PROFILE_FIELDS if values.get(name)}

    def included(self) -> dict[str, bool]:
        """Each optional section's name, and whether the agent keeps it."""
        return {name: box.isChecked() for name, box in self.sections.items()}

    def text(self) -> str:
        return placeholders.fill(self._template, self.values(), self.included())

    def _update(self) -> None:
        self.preview.setText(self.text())


def _text(widget: QLineEdit | QComboBox) -> str:
    return widget.currentText() if isinstance(widget, QComboBox) else widget.text()
