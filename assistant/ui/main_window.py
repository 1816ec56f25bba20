"""The main window: campaign picker, persona tips, phrase library and hold timer in one column."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from assistant import APP_NAME
from assistant.core import placeholders
from assistant.core.model import Ref
from assistant.settings import Settings
from assistant.store.knowledge import CHANGED_PACKS, KnowledgeBase
from assistant.store.rows import CampaignRow, PersonaRow, PhraseRow
from assistant.ui.call_context import CallContextBar
from assistant.ui.campaign_picker import CampaignPicker
from assistant.ui.events import StoreEvents
from assistant.ui.fill_form import FillForm
from assistant.ui.hold_bar import HoldBar
from assistant.ui.pack_manager import PackTools
from assistant.ui.persona_panel import PersonaPanel
from assistant.ui.phrase_library import PhraseLibrary

# --- beside the softphone: window modes, tray, settings, about (issue-desktop)
from assistant.ui.tray import Tray, bring_forward
from assistant.ui.window_modes import WindowModes

DEFAULT_SIZE = (420, 700)


def parse_ref(text: str) -> Ref | None:
    pack, sep, item = text.partition("/")
    return Ref(pack, item) if sep and pack and item else None


class MainWindow(QMainWindow):
    def __init__(
        self, kb: KnowledgeBase, settings: Settings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._kb = kb
        self._settings = settings
        self.setWindowTitle(APP_NAME)
        self.setObjectName("mainWindow")
        self.setMinimumSize(360, 480)
        self.events = StoreEvents(kb, self)

        self.campaigns = CampaignPicker(self)
        self.personas = PersonaPanel(self)
        self.call_context = CallContextBar(self)
        self.library = PhraseLibrary(kb, self, values=self.placeholder_values)
        self.hold = HoldBar(kb, self)
        # Paint the bar's stylesheet background, so its hold colours (light and dark) show.
        self.hold.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)

        persona_box = QWidget(self)
        persona_layout = QVBoxLayout(persona_box)
        persona_layout.setContentsMargins(0, 0, 0, 0)
        persona_layout.addWidget(_heading(self.tr("Customer mood"), persona_box))
        persona_layout.addWidget(self.personas, 1)
        library_box = QWidget(self)
        library_layout = QVBoxLayout(library_box)
        library_layout.setContentsMargins(0, 0, 0, 0)
        library_layout.addWidget(self.call_context)
        library_layout.addWidget(self.library, 1)

        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(persona_box)
        self.splitter.addWidget(library_box)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)

        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(8)
        layout.addWidget(self.campaigns)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.hold)
        self.setCentralWidget(central)
        status = self.statusBar()
        status.setSizeGripEnabled(True)
        # The result count and the key hints live in the status line to leave the list room.
        status.addWidget(self.library.count_label)
        status.addPermanentWidget(self.library.hints)

        self._build_actions()
        # "Packs…" in the File menu, and pack files dropped on the window (ui/pack_manager.py).
        self.pack_tools = PackTools(kb, self, self.events)
        self.campaigns.campaign_changed.connect(self._on_campaign)
        self.library.phrase_activated.connect(self.copy_phrase)
        self.personas.persona_changed.connect(self.library.set_persona)
        self.events.changed.connect(self._on_store_changed)
        self.call_context.changed.connect(self.library.update_preview)

        self._persona_box = persona_box
        self._quitting = False
        self.modes = WindowModes(
            self, settings, self.compact_hides, self._campaign_text, self._select_campaign_text
        )
        self.tray = Tray(self, settings, self.tray_actions(), self.windowIcon())
        self.tray.quit_requested.connect(self.quit)

        self.reload()
        self._restore_geometry()

    # ------------------------------------------------------------------ building

    def _build_actions(self) -> None:
        def action(text: str, shortcut: str | QKeySequence.StandardKey, slot: object) -> QAction:
            act = QAction(text, self)
            act.setShortcut(QKeySequence(shortcut))
            act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            act.triggered.connect(slot)
            self.addAction(act)
            return act

        library = self.library
        self.focus_filter_action = action(self.tr("Search phrases"), "Ctrl+K", self.focus_filter)
        self.focus_filter_action.setShortcuts(
            [QKeySequence("Ctrl+K"), QKeySequence("/"), QKeySequence("Ctrl+F")]
        )
        self.copy_nth_actions = [
            action(
                self.tr("Copy result %1").replace("%1", str(n)),
                f"Ctrl+{n}",
                lambda _=False, n=n: library.activate_nth(n),
            )
            for n in range(1, 10)
        ]
        self.favourite_action = action(
            self.tr("Star or unstar phrase"), "Ctrl+D", library.toggle_favourite
        )
        self.hold_action = action(self.tr("Start/end hold"), "Ctrl+H", self.hold.toggle_hold)
        self.check_in_action = action(
            self.tr("Check in with held customer"), "Ctrl+J", self.hold.check_in
        )
        self.quit_action = action(self.tr("Quit"), QKeySequence.StandardKey.Quit, self.quit)
        # --- beside the softphone
        self.hold_start_action = QAction(self.tr("Start hold"), self)
        self.hold_start_action.triggered.connect(self.hold.start_hold)
        self.hold_end_action = QAction(self.tr("End hold"), self)
        self.hold_end_action.triggered.connect(self.hold.end_hold)
        self.always_on_top_action = action(
            self.tr("Always on top"), "Ctrl+T", lambda on: self.modes.set_always_on_top(on)
        )
        self.always_on_top_action.setCheckable(True)
        self.compact_action = action(
            self.tr("Compact mode"), "Ctrl+M", lambda on: self.modes.set_compact(on)
        )
        self.compact_action.setCheckable(True)
        self.settings_action = action(self.tr("Settings…"), "Ctrl+,", self.show_settings)
        self.about_action = QAction(self.tr("About Agent Assistant"), self)
        self.about_action.triggered.connect(self.show_about)
        menu = self.menuBar()
        file_menu = menu.addMenu(self.tr("&File"))
        # The pack editor (ui/editor/), for supervisors.
        self.edit_packs_action = QAction(self.tr("Edit packs…"), self)
        self.edit_packs_action.triggered.connect(self.show_pack_editor)
        file_menu.addAction(self.edit_packs_action)
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        call_menu = menu.addMenu(self.tr("&Call"))
        call_menu.addAction(self.focus_filter_action)
        call_menu.addAction(self.favourite_action)
        call_menu.addAction(self.hold_action)
        call_menu.addAction(self.check_in_action)
        view_menu = menu.addMenu(self.tr("&View"))
        view_menu.addAction(self.always_on_top_action)
        view_menu.addAction(self.compact_action)
        help_menu = menu.addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)

    # ------------------------------------------------------------------ beside the softphone

    @property
    def settings(self) -> Settings:
        return self._settings

    def tray_actions(self) -> list[QAction]:
        """What the tray menu offers besides show/hide and quit (call actions join at merge)."""
        return [
            self.hold_start_action,
            self.check_in_action,
            self.hold_end_action,
            self.compact_action,
            self.always_on_top_action,
        ]

    def compact_hides(self) -> list[QWidget]:
        """Everything compact mode hides: all but the search box, results and hold timer."""
        return [self.menuBar(), self.campaigns, self._persona_box, self.call_context]

    def _campaign_text(self) -> str:
        ref = self.campaigns.current_ref()
        return str(ref) if ref else ""

    def _select_campaign_text(self, text: str) -> None:
        ref = parse_ref(text)
        if ref is not None:
            self.campaigns.select(ref)

    def notify(self, title: str, text: str) -> None:
        """A hold nag or callback reminder: a tray notification if possible, and the status bar."""
        self.tray.notify(title, text)
        self.statusBar().showMessage(f"{title}: {text}", 10000)

    def bring_to_search(self) -> None:
        """The global shortcut: window forward, search box focused and selected."""
        bring_forward(self)
        self.focus_filter()

    def show_settings(self) -> int:
        from assistant.ui.settings_dialog import SettingsDialog

        campaigns = [(str(c.ref), c.name) for c in self._kb.campaigns()]
        dialog = SettingsDialog(self._settings, campaigns, self)
        dialog.select_campaign(self._campaign_text())
        result = dialog.exec()
        if result:
            self.modes.set_always_on_top(self._settings.always_on_top)
            self.always_on_top_action.setChecked(self._settings.always_on_top)
        return int(result)

    def quit(self) -> None:
        self._quitting = True
        self.close()

    def reload(self) -> None:
        """Re-read campaigns and personas (after start or a pack change)."""
        remembered = parse_ref(self._settings.last_campaign)
        self.personas.set_personas(self._kb.personas())
        self.campaigns.set_campaigns(
            self._kb.campaigns(), self.campaigns.current_ref() or remembered
        )
        self._set_tab_order()

    def _set_tab_order(self) -> None:
        """Top to bottom, as the agent reads: campaign, mood, tips, search, phrases, hold."""
        self.personas.card.setAccessibleName(self.tr("Persona tips"))
        buttons = self.personas.group.buttons()
        chain: list[QWidget] = [self.campaigns.combo, *buttons, self.personas.card]
        chain += [self.call_context.customer, self.library.filter, self.library.view]
        chain += [self.hold.check_in_button, self.hold.toggle]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _restore_geometry(self) -> None:
        self.modes.restore(DEFAULT_SIZE)
        self.always_on_top_action.setChecked(self.modes.always_on_top)
        self.compact_action.setChecked(self.modes.compact)
        state = self._settings.splitter_state
        if state.isEmpty() or not self.splitter.restoreState(state):
            # Most of the height goes to the phrases; the persona card scrolls.
            self.splitter.setSizes([265, 300])

    # ------------------------------------------------------------------ reactions

    def _on_campaign(self, campaign: CampaignRow | None) -> None:
        ref = campaign.ref if campaign else None
        if ref is not None:
            self._settings.last_campaign = str(ref)
        self.library.set_campaign(ref)
        self.hold.set_campaign(ref, campaign.check_in_seconds if campaign else None)

    def _on_store_changed(self, what: str) -> None:
        if what == CHANGED_PACKS:
            self.reload()

    def focus_filter(self) -> None:
        self.library.filter.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.library.filter.selectAll()

    def placeholder_values(self) -> dict[str, str]:
        """What fills the automatic placeholders right now."""
        campaign = self.campaigns.current()
        return {
            "customer_name": self.call_context.customer_name(),
            "agent_name": self._settings.agent_name,
            "company": self._settings.company_for(self._campaign_text()),
            "campaign": campaign.name if campaign else "",
        }

    def copy_phrase(self, phrase: PhraseRow) -> str | None:
        """Fill the phrase's placeholders (asking for any still unknown), put it on the
        clipboard as plain text and confirm; returns the copied text, None if cancelled."""
        values = self.placeholder_values()
        include: dict[str, bool] = {}
        try:
            missing = placeholders.missing_fields(phrase.text, values)
            sections = placeholders.section_names(phrase.text)
        except placeholders.PlaceholderError:
            missing, sections = [], []
        if missing or sections:
            form = FillForm(phrase.title, phrase.text, values, missing, self)
            if form.exec() != FillForm.DialogCode.Accepted:
                self.library.filter.setFocus()
                return None
            values = form.values()
            include = form.included()
            if values.get("customer_name") and not self.call_context.customer_name():
                self.call_context.set_customer_name(values["customer_name"])
        try:
            text = placeholders.fill(phrase.text, values, include)
        except placeholders.PlaceholderError:
            text = phrase.text
        # Plain text only: nothing a target could interpret as markup. setText, not a
        # Python-made QMimeData: PySide6 6.11 frees that twice at exit (a crash on quit).
        QGuiApplication.clipboard().setText(text)
        self._kb.record_use(phrase.ref)
        copied = self.tr("Copied: %1").replace("%1", phrase.title)
        self.statusBar().showMessage(copied, 4000)
        self.library.toast.show_message(copied)
        return text

    def current_persona(self) -> PersonaRow | None:
        return self.personas.current()

    def show_pack_editor(self) -> None:
        from assistant.ui.editor.window import open_pack_editor

        self.pack_editor = open_pack_editor(self._kb, self._settings, self)

    def show_about(self) -> int:
        from assistant.ui.about import AboutDialog

        return int(AboutDialog(self._settings.path.parent, self).exec())

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._quitting and self.tray.hide_on_close():
            self._save_state()
            self.hide()
            event.ignore()
            return
        self._save_state()
        self.library.shutdown()
        if self.hold.running:
            self.hold.end_hold()
        super().closeEvent(event)

    def _save_state(self) -> None:
        self.modes.save()
        self._settings.splitter_state = QByteArray(self.splitter.saveState())


def _heading(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName("heading")
    return label
