"""The main window: campaign picker, persona tips, phrase library and hold timer in one column."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QMimeData, Qt
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from assistant import APP_NAME, __version__
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

        persona_box = QWidget(self)
        persona_layout = QVBoxLayout(persona_box)
        persona_layout.setContentsMargins(0, 0, 0, 0)
        persona_layout.addWidget(_heading("Customer mood", persona_box))
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

        self.focus_filter_action = action("Search phrases", "Ctrl+K", self.focus_filter)
        self.focus_filter_action.setShortcuts(
            [QKeySequence("Ctrl+K"), QKeySequence("/"), QKeySequence("Ctrl+F")]
        )
        self.copy_nth_actions = [
            action(
                f"Copy result {n}", f"Ctrl+{n}", lambda _=False, n=n: self.library.activate_nth(n)
            )
            for n in range(1, 10)
        ]
        self.favourite_action = action(
            "Star or unstar phrase", "Ctrl+D", self.library.toggle_favourite
        )
        self.hold_action = action("Start/end hold", "Ctrl+H", self.hold.toggle_hold)
        self.check_in_action = action("Check in with held customer", "Ctrl+J", self.hold.check_in)
        self.quit_action = action("Quit", QKeySequence.StandardKey.Quit, self.close)
        menu = self.menuBar()
        file_menu = menu.addMenu("&File")
        file_menu.addAction(self.quit_action)
        call_menu = menu.addMenu("&Call")
        call_menu.addAction(self.focus_filter_action)
        call_menu.addAction(self.favourite_action)
        call_menu.addAction(self.hold_action)
        call_menu.addAction(self.check_in_action)
        help_menu = menu.addMenu("&Help")
        about = QAction("About Agent Assistant", self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    def reload(self) -> None:
        """Re-read campaigns and personas (after start or a pack change)."""
        remembered = parse_ref(self._settings.last_campaign)
        self.personas.set_personas(self._kb.personas())
        self.campaigns.set_campaigns(
            self._kb.campaigns(), self.campaigns.current_ref() or remembered
        )

    def _restore_geometry(self) -> None:
        geometry = self._settings.geometry
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            self.resize(*DEFAULT_SIZE)
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
            "company": self._settings.company,
            "campaign": campaign.name if campaign else "",
        }

    def copy_phrase(self, phrase: PhraseRow) -> str | None:
        """Fill the phrase's placeholders (asking for any still unknown), put it on the
        clipboard as plain text and confirm; returns the copied text, None if cancelled."""
        values = self.placeholder_values()
        try:
            missing = placeholders.missing_fields(phrase.text, values)
        except placeholders.PlaceholderError:
            missing = []
        if missing:
            form = FillForm(phrase.title, phrase.text, values, missing, self)
            if form.exec() != FillForm.DialogCode.Accepted:
                self.library.filter.setFocus()
                return None
            values = form.values()
            if values.get("customer_name") and not self.call_context.customer_name():
                self.call_context.set_customer_name(values["customer_name"])
        try:
            text = placeholders.fill(phrase.text, values)
        except placeholders.PlaceholderError:
            text = phrase.text
        mime = QMimeData()
        mime.setText(text)  # plain text only: nothing a target could interpret as markup
        QGuiApplication.clipboard().setMimeData(mime)
        self._kb.record_use(phrase.ref)
        self.statusBar().showMessage(f"Copied: {phrase.title}", 4000)
        self.library.toast.show_message(f"Copied: {phrase.title}")
        return text

    def current_persona(self) -> PersonaRow | None:
        return self.personas.current()

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            f"About {APP_NAME}",
            f"{APP_NAME} {__version__}\n\nA companion for call-center agents: campaigns, "
            "customer personas, scripted phrases and a hold timer.",
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        self._save_state()
        self.library.shutdown()
        if self.hold.running:
            self.hold.end_hold()
        super().closeEvent(event)

    def _save_state(self) -> None:
        self._settings.geometry = QByteArray(self.saveGeometry())
        self._settings.splitter_state = QByteArray(self.splitter.saveState())


def _heading(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName("heading")
    return label
