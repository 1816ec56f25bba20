"""The first start: one small step for the agent's name and company, which fill {agent_name}
and {company} in every phrase. Enter saves, Escape skips; either way it is not asked again
(File ▸ Settings changes them later). Name and company preset by IT are not asked for."""

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

from assistant import APP_NAME
from assistant.settings import Settings
from assistant.ui.i18n import arg


class ProfileDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("profileDialog")
        self.setWindowTitle(arg(self.tr("Welcome to %1"), APP_NAME))
        self._settings = settings
        intro = QLabel(
            self.tr(
                "Phrases say your name and your company. Type them once here; "
                "File ▸ Settings changes them later."
            ),
            self,
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        self.agent_name = QLineEdit(settings.agent_name, self)
        self.agent_name.setAccessibleName(self.tr("Your name"))
        self.agent_name.setPlaceholderText(self.tr("as you say it to customers"))
        self.agent_name.setMaxLength(120)
        self.company = QLineEdit(settings.company, self)
        self.company.setAccessibleName(self.tr("Company"))
        self.company.setPlaceholderText(self.tr("the company you answer for"))
        self.company.setMaxLength(120)
        form = QFormLayout()
        form.addRow(self.tr("&Your name:"), self.agent_name)
        form.addRow(self.tr("&Company:"), self.company)
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(
            self.tr("Save  (Enter)"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setDefault(True)
        self.skip_button = buttons.addButton(
            self.tr("Skip  (Esc)"), QDialogButtonBox.ButtonRole.RejectRole
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(360)
        first_empty = self.company if settings.agent_name and not settings.company else None
        (first_empty or self.agent_name).setFocus()

    def accept(self) -> None:
        name = " ".join(self.agent_name.text().split())
        company = " ".join(self.company.text().split())
        if name != self._settings.agent_name:
            self._settings.agent_name = name
        if company != self._settings.company:
            self._settings.company = company
        self._settings.profile_asked = True
        super().accept()

    def reject(self) -> None:
        self._settings.profile_asked = True  # skipped: Settings is where to give them later
        super().reject()


def needs_asking(settings: Settings) -> bool:
    return not settings.profile_asked and not (settings.agent_name and settings.company)


def ask_once(parent: QWidget, settings: Settings) -> ProfileDialog | None:
    """On the first start, open the step (window-modal, without blocking); None when the
    name and company were asked for before, or preset."""
    if not needs_asking(settings):
        return None
    dialog = ProfileDialog(settings, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
