"""The settings dialog: agent, companies per campaign, alerts, window, appearance, packs
(the shared folder, and the signing key a supervisor publishes with), and the team floor
(publishing the agent's state to the team folder; what the IT policy sets cannot be changed).

Nothing is written until OK; Cancel leaves every setting as it was.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from PySide6.QtCore import QSettings
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QKeySequenceEdit,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from assistant import APP_NAME
from assistant.core.team import MAX_NAME_CHARS, clean_name
from assistant.resources import program_command
from assistant.settings import Settings
from assistant.ui.hotkey import GlobalHotkey
from assistant.ui.i18n import LANGUAGES

RUN_KEY = r"HKEY_CURRENT_USER\Software\Microsoft\Windows\CurrentVersion\Run"


def apply_start_with_system(on: bool) -> bool:
    """Windows: add or remove the per-user Run entry for this program; False elsewhere."""
    if sys.platform != "win32":
        return False
    run = QSettings(RUN_KEY, QSettings.Format.NativeFormat)
    if on:
        program, *arguments = program_command()
        run.setValue(APP_NAME, " ".join([f'"{program}"', *arguments]))
    else:
        run.remove(APP_NAME)
    run.sync()
    return True


def _scrolling(groups: list[QWidget], dialog: QDialog) -> QWidget:
    """The groups one under the other; on a screen too short for them all (a 768-pixel
    laptop, a large font size) they scroll, and OK and Cancel stay in reach."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QFrame, QScrollArea

    body = QWidget()
    column = QVBoxLayout(body)
    column.setContentsMargins(0, 0, 0, 0)
    for group in groups:
        column.addWidget(group)
    scroll = QScrollArea(dialog)
    scroll.setWidget(body)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    room = dialog.screen().availableGeometry().height() - 120  # title bar, buttons, margins
    wanted = body.sizeHint()
    scroll.setMinimumHeight(max(200, min(wanted.height(), room)))
    scroll.setMinimumWidth(wanted.width() + scroll.verticalScrollBar().sizeHint().width())
    return scroll


class SettingsDialog(QDialog):
    def __init__(
        self,
        settings: Settings,
        campaigns: Sequence[tuple[str, str]],
        parent: QWidget | None = None,
        *,
        team_locked: frozenset[str] = frozenset(),
    ) -> None:
        """``campaigns`` is (ref 'pack/id', display name) for the per-campaign company names;
        ``team_locked`` the team settings the IT policy sets ('publish', 'folder',
        'display_name'), shown but not editable."""
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self._settings = settings
        self._companies = settings.companies()

        self.agent_name = QLineEdit(settings.agent_name, self)
        self.company = QLineEdit(settings.company, self)
        self.campaign = QComboBox(self)
        for ref, name in campaigns:
            self.campaign.addItem(name, ref)
        self.campaign_company = QLineEdit(self)
        self.campaign_company.setPlaceholderText(self.tr("Same as the company above"))

        self.chime = QCheckBox(self.tr("Play a chime at each check-in point"), self)
        self.notifications = QCheckBox(self.tr("Show notifications for holds and callbacks"), self)
        self.always_on_top = QCheckBox(self.tr("Keep the window above other windows"), self)
        self.close_to_tray = QCheckBox(self.tr("Closing the window keeps it in the tray"), self)
        self.start_minimised = QCheckBox(self.tr("Start minimised"), self)
        self.start_with_system = QCheckBox(self.tr("Start when I sign in (Windows)"), self)
        self.start_with_system.setEnabled(sys.platform == "win32")
        self.hotkey = QKeySequenceEdit(QKeySequence(settings.hotkey), self)
        if not GlobalHotkey.available():
            self.hotkey.setToolTip(GlobalHotkey.unavailable_reason())

        self.font_size = QSpinBox(self)
        self.font_size.setRange(0, 32)
        self.font_size.setSpecialValueText(self.tr("System size"))
        self.font_size.setSuffix(self.tr(" pt"))
        self.theme = QComboBox(self)
        for code, label in (
            ("system", self.tr("Follow the system")),
            ("light", self.tr("Light")),
            ("dark", self.tr("Dark")),
        ):
            self.theme.addItem(label, code)
        self.language = QComboBox(self)
        self.language.addItem(self.tr("System language"), "")
        for language, name in LANGUAGES.items():
            self.language.addItem(name, language)

        self.pack_folder = QLineEdit(settings.pack_folder, self)
        self.pack_folder.setPlaceholderText(self.tr("No shared pack folder"))
        self.browse = QPushButton(self.tr("Browse…"), self)
        self.browse.clicked.connect(self._browse)
        # For supervisors: the private key (from `pack keygen`) the pack editor signs with.
        self.signing_key = QLineEdit(settings.signing_key, self)
        self.signing_key.setPlaceholderText(self.tr("None: publish packs unsigned"))
        self.signing_key.setToolTip(
            self.tr(
                "Supervisors: the private key made by 'agent-assistant pack keygen'. The pack "
                "editor signs each pack it publishes with it. Keep it off the agents' computers."
            )
        )
        self.browse_key = QPushButton(self.tr("Browse…"), self)
        self.browse_key.clicked.connect(self._browse_key)

        # The team floor: only times, states and campaigns are shared, never a customer's data.
        self.team_publish = QCheckBox(self.tr("P&ublish my status to the team floor"), self)
        self.team_publish.setToolTip(
            self.tr(
                "Your state (idle, on a call, on hold and for how long) and your finished holds, "
                "check-ins and calls go to the team folder for your supervisor. Customers' "
                "names, numbers and notes never leave this computer."
            )
        )
        self.team_folder = QLineEdit(settings.team_folder, self)
        self.team_folder.setPlaceholderText(self.tr("The 'team' folder in the pack folder"))
        self.browse_team = QPushButton(self.tr("Browse…"), self)
        self.browse_team.clicked.connect(self._browse_team)
        self.team_name = QLineEdit(self)
        # As the team will see it: on one line, as long as the floor shows a name.
        self.team_name.setMaxLength(MAX_NAME_CHARS)
        self.team_name.setText(clean_name(settings.team_display_name))
        self.team_name.setPlaceholderText(self.tr("Your sign-in name"))
        locked_tip = self.tr("Set by IT (policy.ini)")
        team_widgets: tuple[tuple[str, tuple[QWidget, ...]], ...] = (
            ("publish", (self.team_publish,)),
            ("folder", (self.team_folder, self.browse_team)),
            ("display_name", (self.team_name,)),
        )
        for key, widgets in team_widgets:
            if key in team_locked:
                for widget in widgets:
                    widget.setEnabled(False)
                    widget.setToolTip(locked_tip)

        for box, value in (
            (self.chime, settings.chime),
            (self.notifications, settings.notifications),
            (self.always_on_top, settings.always_on_top),
            (self.close_to_tray, settings.close_to_tray),
            (self.start_minimised, settings.start_minimised),
            (self.start_with_system, settings.start_with_system),
            (self.team_publish, settings.team_publish),
        ):
            box.setChecked(value)
        self.font_size.setValue(settings.font_size)
        self.theme.setCurrentIndex(max(0, self.theme.findData(settings.theme)))
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))

        agent = QGroupBox(self.tr("Agent"), self)
        agent_form = QFormLayout(agent)
        agent_form.addRow(self.tr("&Your name:"), self.agent_name)
        agent_form.addRow(self.tr("&Company:"), self.company)
        agent_form.addRow(self.tr("Ca&mpaign:"), self.campaign)
        agent_form.addRow(self.tr("Company for this campai&gn:"), self.campaign_company)

        window = QGroupBox(self.tr("Window and alerts"), self)
        window_layout = QFormLayout(window)
        for box in (
            self.chime,
            self.notifications,
            self.always_on_top,
            self.close_to_tray,
            self.start_minimised,
            self.start_with_system,
        ):
            window_layout.addRow(box)
        window_layout.addRow(self.tr("Quick search &shortcut:"), self.hotkey)
        # Pasting into other programs (ui/paste_settings.py), as the IT policy allows.
        from assistant.services.policy import load_policy
        from assistant.ui.paste_settings import PasteSettings

        self.paste = PasteSettings(settings, load_policy(), self)

        look = QGroupBox(self.tr("Appearance"), self)
        look_form = QFormLayout(look)
        look_form.addRow(self.tr("&Theme:"), self.theme)
        look_form.addRow(self.tr("&Font size:"), self.font_size)
        look_form.addRow(self.tr("&Language:"), self.language)
        # Nothing changes when OK is pressed: the window's texts are made at its start.
        self.language_note = QLabel(self.tr("The language changes at the next start."), self)
        self.language_note.setObjectName("muted")
        self.language_note.setWordWrap(True)
        self.language.setToolTip(self.language_note.text())
        look_form.addRow("", self.language_note)

        packs = QGroupBox(self.tr("Packs"), self)
        packs_form = QFormLayout(packs)
        for text, field, button in (
            (self.tr("&Pack folder:"), self.pack_folder, self.browse),
            (self.tr("Signing &key:"), self.signing_key, self.browse_key),
        ):
            row = QHBoxLayout()
            row.addWidget(field, 1)
            row.addWidget(button)
            field_label = QLabel(text, packs)
            field_label.setBuddy(field)  # a row holding a layout gets no buddy itself
            packs_form.addRow(field_label, row)

        team = QGroupBox(self.tr("Team floor"), self)
        team_form = QFormLayout(team)
        team_form.addRow(self.team_publish)
        team_row = QHBoxLayout()
        team_row.addWidget(self.team_folder, 1)
        team_row.addWidget(self.browse_team)
        team_label = QLabel(self.tr("Team f&older:"), team)
        team_label.setBuddy(self.team_folder)
        team_form.addRow(team_label, team_row)
        team_form.addRow(self.tr("&Name the team sees:"), self.team_name)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        # Fields wide enough for a company name or a folder path (Fusion keeps them at their
        # hint otherwise), in characters so it follows the font size.
        for form in (agent_form, window_layout, look_form, packs_form, team_form):
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 66)
        layout = QVBoxLayout(self)
        layout.addWidget(_scrolling([agent, window, self.paste, look, packs, team], self))
        layout.addWidget(self.buttons)

        names: dict[QWidget, str] = {
            self.agent_name: self.tr("Your name"),
            self.company: self.tr("Company"),
            self.campaign: self.tr("Campaign for the company name"),
            self.campaign_company: self.tr("Company for this campaign"),
            self.hotkey: self.tr("Quick search shortcut"),
            self.font_size: self.tr("Font size"),
            self.theme: self.tr("Theme"),
            self.language: self.tr("Language"),
            self.pack_folder: self.tr("Pack folder"),
            self.browse: self.tr("Choose the pack folder"),
            self.signing_key: self.tr("Signing key"),
            self.browse_key: self.tr("Choose the signing key"),
            self.team_publish: self.tr("Publish my status to the team floor"),
            self.team_folder: self.tr("Team folder"),
            self.browse_team: self.tr("Choose the team folder"),
            self.team_name: self.tr("Name the team sees"),
        }
        for widget, name in names.items():
            widget.setAccessibleName(name)
        for box in window.findChildren(QCheckBox):
            box.setAccessibleName(box.text())
        order: list[QWidget] = [
            self.agent_name, self.company, self.campaign, self.campaign_company,
            self.chime, self.notifications, self.always_on_top, self.close_to_tray,
            self.start_minimised, self.start_with_system, self.hotkey,
            *self.paste.focus_chain(), self.theme, self.font_size, self.language,
            self.pack_folder, self.browse, self.signing_key, self.browse_key,
            self.team_publish, self.team_folder, self.browse_team, self.team_name, self.buttons,
        ]  # fmt: skip
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)

        self._shown_campaign = ""
        self.campaign.currentIndexChanged.connect(self._on_campaign)
        self._on_campaign()

    def _on_campaign(self) -> None:
        self._remember_campaign_company()
        ref = self.campaign.currentData()
        self._shown_campaign = ref if isinstance(ref, str) else ""
        self.campaign_company.setText(self._companies.get(self._shown_campaign, ""))
        self.campaign_company.setEnabled(bool(self._shown_campaign))

    def _remember_campaign_company(self) -> None:
        if self._shown_campaign:
            self._companies[self._shown_campaign] = self.campaign_company.text().strip()

    def select_campaign(self, ref: str) -> None:
        index = self.campaign.findData(ref)
        if index >= 0:
            self.campaign.setCurrentIndex(index)

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Pack folder"), self.pack_folder.text()
        )
        if folder:
            self.pack_folder.setText(folder)

    def _browse_team(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Team folder"), self.team_folder.text()
        )
        if folder:
            self.team_folder.setText(folder)

    def _browse_key(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Signing key"), self.signing_key.text(), self.tr("All files") + " (*)"
        )
        if name:
            self.signing_key.setText(name)

    def accept(self) -> None:
        self.save()
        super().accept()

    def save(self) -> None:
        s = self._settings
        self._remember_campaign_company()
        s.agent_name = self.agent_name.text().strip()
        s.company = self.company.text().strip()
        s.set_companies(self._companies)
        s.chime = self.chime.isChecked()
        s.notifications = self.notifications.isChecked()
        s.always_on_top = self.always_on_top.isChecked()
        s.close_to_tray = self.close_to_tray.isChecked()
        s.start_minimised = self.start_minimised.isChecked()
        if s.start_with_system != self.start_with_system.isChecked():
            s.start_with_system = self.start_with_system.isChecked()
            apply_start_with_system(s.start_with_system)
        s.hotkey = self.hotkey.keySequence().toString(QKeySequence.SequenceFormat.PortableText)
        self.paste.save(s)
        s.font_size = self.font_size.value()
        s.theme = str(self.theme.currentData())
        s.language = str(self.language.currentData() or "")
        s.pack_folder = self.pack_folder.text().strip()
        s.signing_key = self.signing_key.text().strip()
        # What the policy sets is not the agent's to keep: their own value stays as it was.
        if self.team_publish.isEnabled():
            s.team_publish = self.team_publish.isChecked()
        if self.team_folder.isEnabled():
            s.team_folder = self.team_folder.text().strip()
        if self.team_name.isEnabled():
            s.team_display_name = clean_name(self.team_name.text())
