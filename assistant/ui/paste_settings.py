"""The settings dialog's "Pasting" group: what Enter does in the window, which programs paste
with Shift+Insert, and abbreviations. What the IT policy switches off is shown off, greyed,
with the reason, and saving leaves it as it was."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QGroupBox, QLineEdit, QWidget

from assistant.paste.base import parse_app_list
from assistant.services.policy import Policy
from assistant.settings import Settings


class PasteSettings(QGroupBox):
    def __init__(self, settings: Settings, policy: Policy, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Pasting"), parent)
        self._policy = policy
        self.enter_action = QComboBox(self)
        self.enter_action.addItem(self.tr("Copies the phrase"), "copy")
        self.enter_action.addItem(self.tr("Pastes it into the program I came from"), "paste")
        self.enter_action.setCurrentIndex(
            max(0, self.enter_action.findData(settings.enter_in_window))
        )
        self.shift_insert = QLineEdit(", ".join(settings.shift_insert_apps), self)
        self.shift_insert.setPlaceholderText(self.tr("None: Ctrl+V everywhere"))
        self.shift_insert.setCursorPosition(0)  # the start of the list, not its end
        self.shift_insert.setToolTip(
            self.tr(
                "Programs that paste with Shift+Insert instead of Ctrl+V (terminals), by window "
                "class or program name, separated by commas."
            )
        )
        self.abbreviations = QCheckBox(
            self.tr("Expand a&bbreviations (;sorry) typed in any program"), self
        )
        self.abbreviations.setChecked(settings.abbreviations)
        self.abbreviations.setToolTip(
            self.tr(
                "A phrase's shortcut typed anywhere is replaced by the phrase. Only the last "
                "few characters typed are kept in memory, and never written anywhere."
            )
        )
        off = self.tr("Switched off by your IT policy.")
        if not policy.paste_allowed:
            self.enter_action.setCurrentIndex(0)
            for widget in (self.enter_action, self.shift_insert):
                widget.setEnabled(False)
                widget.setToolTip(off)
        if not policy.abbreviations_allowed:
            self.abbreviations.setChecked(False)
            self.abbreviations.setEnabled(False)
            self.abbreviations.setToolTip(off)

        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Enter in the window:"), self.enter_action)
        form.addRow(self.tr("Shift+&Insert in:"), self.shift_insert)
        form.addRow(self.abbreviations)
        self.enter_action.setAccessibleName(self.tr("Enter in the window"))
        self.shift_insert.setAccessibleName(self.tr("Programs that paste with Shift+Insert"))
        self.abbreviations.setAccessibleName(self.tr("Expand abbreviations"))

    def focus_chain(self) -> list[QWidget]:
        return [self.enter_action, self.shift_insert, self.abbreviations]

    def save(self, settings: Settings) -> None:
        if self._policy.paste_allowed:
            settings.enter_in_window = str(self.enter_action.currentData())
            settings.shift_insert_apps = parse_app_list(self.shift_insert.text())
        if self._policy.abbreviations_allowed:
            settings.abbreviations = self.abbreviations.isChecked()
