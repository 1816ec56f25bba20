"""The main window: campaign picker, persona tips, phrase library and hold timer in one column."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QLocale, Qt, QTime
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from assistant import APP_NAME
from assistant.core import placeholders
from assistant.core.callbacks import Callback
from assistant.core.hold import Nag, format_duration
from assistant.core.model import Ref
from assistant.settings import Settings
from assistant.store.activity import ActivityLog, HoldRow
from assistant.store.knowledge import CHANGED_PACKS, KnowledgeBase
from assistant.store.rows import CampaignRow, PersonaRow, PhraseRow
from assistant.ui.attention import Attention
from assistant.ui.call_bar import CallBar
from assistant.ui.call_context import CallContextBar
from assistant.ui.callback_watch import CallbackWatch
from assistant.ui.campaign_picker import CampaignPicker
from assistant.ui.events import StoreEvents
from assistant.ui.hold_bar import HoldBar
from assistant.ui.i18n import arg
from assistant.ui.pack_tools import PackTools
from assistant.ui.persona_panel import PersonaPanel
from assistant.ui.phrase_library import PhraseLibrary

# --- beside the softphone: window modes, tray, settings, about (issue-desktop)
from assistant.ui.tray import Tray, bring_forward
from assistant.ui.window_modes import WindowModes

if TYPE_CHECKING:
    # Event classes for the type checker only: PySide6 creates a class when it is first
    # imported, and no close, drag or drop reaches the window before the first paint.
    from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDragMoveEvent, QDropEvent

    from assistant.ui.call_details import CallDetails

# Dialogs (fill form, callback, message boxes, settings, about, the pack manager and editor)
# are imported where they open: a start shows none of them, and each Qt class a module names
# costs start-up time (PySide6 builds its Python enums when the class is first touched).

DEFAULT_SIZE = (420, 700)


def parse_ref(text: str) -> Ref | None:
    pack, sep, item = text.partition("/")
    return Ref(pack, item) if sep and pack and item else None


class MainWindow(QMainWindow):
    def __init__(
        self,
        kb: KnowledgeBase,
        settings: Settings,
        parent: QWidget | None = None,
        *,
        activity: ActivityLog | None = None,
    ) -> None:
        super().__init__(parent)
        self._kb = kb
        self._settings = settings
        self.setWindowTitle(APP_NAME)
        self.setObjectName("mainWindow")
        # No explicit minimum size: the window's minimum is what its layout needs (the hold
        # and call bars, every persona button, a few phrases), so Qt never squeezes those;
        # the call details and the tips card give way first (their minimums are small).
        self.events = StoreEvents(kb, self)

        # The containers first, so each panel is made in the widget it lives in: moving a
        # built widget to another parent makes the stylesheet polish its whole subtree again
        # (~8 ms of a start).
        central = QWidget(self)
        self.splitter = QSplitter(Qt.Orientation.Vertical, central)
        persona_box = QWidget(self.splitter)
        library_box = QWidget(self.splitter)

        self.campaigns = CampaignPicker(central)
        self.personas = PersonaPanel(persona_box)
        self.call_context = CallContextBar(library_box)
        self.library = PhraseLibrary(kb, library_box, values=self.placeholder_values)
        # Hold timer, calls and callbacks: the agent's activity, written as it happens.
        self.activity = activity or ActivityLog(kb.database)
        self.hold = HoldBar(self.activity, central)
        # Paint the bar's stylesheet background, so its hold colours (light and dark) show.
        self.hold.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.call = CallBar(self.activity, central)
        # The callbacks' alarm runs from the start; the details panel that lists them (and the
        # call flow, and today's holds) is built the first time it is shown.
        self.callback_watch = CallbackWatch(self.activity, self)
        self._call_details: CallDetails | None = None
        # One tray icon (ui/tray.py) serves hold reminders and callbacks; it exists from below.
        self.attention = Attention(
            self, settings, notify=lambda title, text, level: self.tray.notify(title, text, level)
        )
        self._details_before_call = False

        persona_layout = QVBoxLayout(persona_box)
        persona_layout.setContentsMargins(0, 0, 0, 0)
        persona_layout.addWidget(_heading(self.tr("Customer mood"), persona_box))
        persona_layout.addWidget(self.personas, 1)
        library_layout = QVBoxLayout(library_box)
        library_layout.setContentsMargins(0, 0, 0, 0)
        library_layout.addWidget(self.call_context)
        library_layout.addWidget(self.library, 1)

        # Made with the splitter as their parent, the two boxes are its panes, in that order.
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)

        layout = QVBoxLayout(central)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(6)
        layout.addWidget(self.campaigns)
        # No stretch factors: Qt would then take the splitter's and the details' minimums for
        # their size hints. With their own hints, a short window takes the same from both
        # until one is at its minimum; the details' minimum is small, the splitter's holds
        # every persona button and a few phrases.
        layout.addWidget(self.splitter)
        # The call details go here, between the splitter and the call bar, once built.
        layout.addWidget(self.call)
        layout.addWidget(self.hold)
        self.setCentralWidget(central)
        self._central_layout = layout
        status = self.statusBar()
        status.setSizeGripEnabled(True)
        # The result count and the key hints live in the status line to leave the list room.
        # Neither is permanent: a reminder or a confirmation gets the whole line while shown.
        status.addWidget(self.library.count_label)
        status.addWidget(self.library.hints, 1)
        self.library.hints.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        self._build_actions()
        # "Packs…" in the File menu, and pack files dropped on the window (ui/pack_manager.py).
        self.pack_tools = PackTools(kb, self, self.events)
        self.campaigns.campaign_changed.connect(self._on_campaign)
        self.library.phrase_activated.connect(self._phrase_chosen)
        # Set by ui/paste_setup.py: True when it pasted the phrase into the previous program.
        self.enter_pastes: Callable[[PhraseRow], bool] | None = None
        self.personas.persona_changed.connect(self.library.set_persona)
        self.events.changed.connect(self._on_store_changed)
        self.call_context.changed.connect(self.library.update_preview)
        self._connect_activity()

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
                arg(self.tr("Copy result %1"), n),
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
        self.copy_check_in_action = action(
            self.tr("Copy the check-in phrase"), "Ctrl+Shift+J", self.copy_check_in_phrase
        )
        self.call_action = action(self.tr("Start/end call"), "Ctrl+L", self.call.toggle_call)
        self.callback_action = action(self.tr("Promise a callback…"), "Ctrl+B", self.add_callback)
        self.details_action = action(
            self.tr("Show call flow, callbacks, today"), "Ctrl+I", self.call.details_button.toggle
        )
        self.chime_action = QAction(self.tr("Chime at reminders"), self)
        self.chime_action.setCheckable(True)
        self.chime_action.setChecked(self._settings.chime)
        self.chime_action.toggled.connect(self._set_chime)
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
        file_menu.setObjectName("fileMenu")
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
        call_menu.addAction(self.copy_check_in_action)
        call_menu.addSeparator()
        call_menu.addAction(self.call_action)
        call_menu.addAction(self.callback_action)
        call_menu.addAction(self.details_action)
        call_menu.addSeparator()
        call_menu.addAction(self.chime_action)
        view_menu = menu.addMenu(self.tr("&View"))
        view_menu.addAction(self.always_on_top_action)
        view_menu.addAction(self.compact_action)
        help_menu = menu.addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)

    # ------------------------------------------------------------------ beside the softphone

    @property
    def settings(self) -> Settings:
        return self._settings

    @property
    def kb(self) -> KnowledgeBase:
        return self._kb

    def tray_actions(self) -> list[QAction]:
        """What the tray menu offers besides show/hide and quit."""
        return [
            self.hold_start_action,
            self.check_in_action,
            self.hold_end_action,
            self.call_action,
            self.compact_action,
            self.always_on_top_action,
        ]

    def compact_hides(self) -> list[QWidget]:
        """Everything compact mode hides: all but the search box, results and hold timer."""
        hides = [
            self.menuBar(),
            self.campaigns,
            self._persona_box,
            self.call_context,
            self.call,
        ]
        # The details only once built and while the Details toggle is on: leaving compact mode
        # shows again what it hid, and with the toggle off the details were not shown.
        if self._call_details is not None and self.call.details_button.isChecked():
            hides.append(self._call_details)
        return hides

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
        self.statusBar().showMessage(arg(self.tr("%1: %2"), title, text), 10000)

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
        """As the agent reads, top to bottom and left to right: campaign, mood, tips, search,
        phrases, call details, call bar, hold bar."""
        self.personas.card.setAccessibleName(self.tr("Persona tips"))
        buttons = self.personas.group.buttons()
        chain: list[QWidget] = [self.campaigns.combo, *buttons, self.personas.card]
        chain += [self.call_context.customer, self.library.filter, self.library.view]
        if self._call_details is not None:  # hidden ones are skipped, as Tab skips them
            chain += self._call_details.focus_chain()
        chain += [self.call.details_button, self.call.callback_button, self.call.toggle]
        chain += [self.hold.check_in_button, self.hold.toggle, self.hold.copy_button]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _restore_geometry(self) -> None:
        self.modes.restore(DEFAULT_SIZE)
        self.always_on_top_action.setChecked(self.modes.always_on_top)
        self.compact_action.setChecked(self.modes.compact)
        state = self._settings.splitter_state
        if state.isEmpty() or not self.splitter.restoreState(state):
            # Most of the height goes to the phrases; the persona card scrolls.
            self.splitter.setSizes([220, 380])

    # ------------------------------------------------------------------ reactions

    def _on_campaign(self, campaign: CampaignRow | None) -> None:
        ref = campaign.ref if campaign else None
        if ref is not None:
            self._settings.last_campaign = str(ref)
        self.library.set_campaign(ref)
        self.hold.set_campaign(ref, campaign.check_in_seconds if campaign else None)
        self._on_campaign_activity(campaign)

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

    def fill_phrase(
        self, phrase: PhraseRow, parent: QWidget | None = None, *, ask: bool = True
    ) -> str | None:
        """The phrase with its placeholders filled, asking for any still unknown in a form over
        ``parent``; None if the agent cancelled, or (``ask`` False) if values are needed."""
        values = self.placeholder_values()
        include: dict[str, bool] = {}
        try:
            missing = placeholders.missing_fields(phrase.text, values)
            sections = placeholders.section_names(phrase.text)
        except placeholders.PlaceholderError:
            missing, sections = [], []
        if missing or sections:
            if not ask:
                return None
            from assistant.ui.fill_form import FillForm

            form = FillForm(phrase.title, phrase.text, values, missing, parent or self)
            if form.exec() != FillForm.DialogCode.Accepted:
                return None
            values = form.values()
            include = form.included()
            if values.get("customer_name") and not self.call_context.customer_name():
                self.call_context.set_customer_name(values["customer_name"])
        try:
            return placeholders.fill(phrase.text, values, include)
        except placeholders.PlaceholderError:
            return phrase.text

    def _phrase_chosen(self, phrase: PhraseRow) -> None:
        # Enter in the library: pasted into the previous program when the paste setting says
        # so (ui/paste_setup.py sets enter_pastes), copied otherwise.
        if self.enter_pastes is None or not self.enter_pastes(phrase):
            self.copy_phrase(phrase)

    def copy_phrase(self, phrase: PhraseRow) -> str | None:
        """Fill the phrase's placeholders (asking for any still unknown), put it on the
        clipboard as plain text and confirm; returns the copied text, None if cancelled."""
        text = self.fill_phrase(phrase)
        if text is None:
            self.library.filter.setFocus()
            return None
        # Plain text only: nothing a target could interpret as markup. setText, not a
        # Python-made QMimeData: PySide6 6.11 frees that twice at exit (a crash on quit).
        QGuiApplication.clipboard().setText(text)
        self._kb.record_use(phrase.ref)
        copied = arg(self.tr("Copied: %1"), phrase.title)
        self.statusBar().showMessage(copied, 4000)
        self.library.toast.show_message(copied)
        return text

    def current_persona(self) -> PersonaRow | None:
        return self.personas.current()

    def show_pack_editor(self) -> None:
        from assistant.ui.editor.window import open_pack_editor

        key = self._settings.signing_key
        sign = None
        if key:
            from assistant.packs.signing import sign_bytes

            def sign(data: bytes) -> bytes:
                return sign_bytes(data, Path(key))

        self.pack_editor = open_pack_editor(self._kb, self._settings, self, sign=sign)

    def show_about(self) -> int:
        from assistant.ui.about import AboutDialog

        return int(AboutDialog(self._settings.path.parent, self).exec())

    # Pack files dropped on the window are imported (ui/pack_tools.py). Overrides, not an event
    # filter: a Python filter on the window would be called for each of its events.
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if not self.pack_tools.drag(event):
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if not self.pack_tools.drag(event):
            super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        if not self.pack_tools.drop(event):
            super().dropEvent(event)

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
        if self.call.running:
            self.call.end_call()
        super().closeEvent(event)

    # ------------------------------------------------------------------ hold, calls, callbacks

    def _connect_activity(self) -> None:
        # The hold and call actions (menus, tray) follow the state: what cannot be done now is
        # greyed out, and the call toggle says what it will do.
        for signal in (
            self.hold.hold_started,
            self.hold.hold_ended,
            self.call.call_started,
            self.call.call_ended,
        ):
            signal.connect(self._update_activity_actions)
        self._update_activity_actions()
        self.hold.nagged.connect(self._on_nag)
        self.hold.copy_phrase_requested.connect(self.copy_check_in_phrase)
        self.call.call_started.connect(self._on_call_started)
        self.call.call_ended.connect(self._on_call_ended)
        self.call.add_callback_requested.connect(self.add_callback)
        self.call.details_toggled.connect(self._show_details)
        self.callback_watch.callback_due.connect(self._on_callback_due)

    # ------------------------------------------------------------------ the call details

    @property
    def call_details(self) -> CallDetails:
        """The call details panel (call flow, callbacks, today), built on first use."""
        if self._call_details is None:
            self._call_details = self._build_call_details()
            self._set_tab_order()
        return self._call_details

    @property
    def call_details_built(self) -> bool:
        """Whether the call details exist yet (asking does not build them)."""
        return self._call_details is not None

    def _build_call_details(self) -> CallDetails:
        # Imported here: a start does not show the details, and the module's Qt classes (tab
        # widget, scroll areas...) cost start-up time.
        from assistant.ui.call_details import CallDetails

        details = CallDetails(self.activity, self.call, self.callback_watch, self.centralWidget())
        details.setMaximumHeight(135)
        # Hidden before the layout takes it, so the layout does not show it: who built it shows it.
        details.hide()
        layout = self._central_layout
        layout.insertWidget(layout.indexOf(self.call), details)
        details.callbacks.add_requested.connect(self.add_callback)
        details.callbacks.reschedule_requested.connect(self.reschedule_callback)
        details.checklist.doubleClicked.connect(lambda index: self.copy_step_phrase(index.row()))
        return details

    def _show_details(self, shown: bool) -> None:
        if shown:
            self.call_details.show()
        elif self._call_details is not None:
            self._call_details.hide()

    def _update_activity_actions(self, *_args: object) -> None:
        holding = self.hold.running
        self.hold_start_action.setEnabled(not holding)
        self.hold_end_action.setEnabled(holding)
        self.check_in_action.setEnabled(holding)
        self.hold_action.setText(self.tr("End hold") if holding else self.tr("Start hold"))
        calling = self.call.running
        self.call_action.setText(self.tr("End call") if calling else self.tr("Start call"))

    def copy_step_phrase(self, position: int) -> str | None:
        """Copy the first phrase of a call-flow step (double-click in the checklist)."""
        phrases = self._kb.phrases(self.call.step_phrases(position))
        return self.copy_phrase(phrases[0]) if phrases else None

    def _on_campaign_activity(self, campaign: CampaignRow | None) -> None:
        self.call.set_campaign(
            campaign.ref if campaign else None, self._kb.call_flow(campaign.ref) if campaign else []
        )
        phrase = self.check_in_phrase()
        self.hold.set_check_in_phrase(
            placeholders.fill(phrase.text, self.placeholder_values()) if phrase else ""
        )

    def check_in_phrase(self) -> PhraseRow | None:
        """The current campaign's hold check-in phrase, if it has one."""
        campaign = self.campaigns.current()
        if campaign is None or campaign.check_in_phrase is None:
            return None
        return self._kb.phrase(campaign.check_in_phrase)

    def copy_check_in_phrase(self) -> str | None:
        phrase = self.check_in_phrase()
        return None if phrase is None else self.copy_phrase(phrase)

    def _set_chime(self, on: bool) -> None:
        self._settings.chime = on

    def _on_nag(self, nag: Nag) -> None:
        held = format_duration(self.hold.timer.elapsed(nag.fired_at))
        if nag.nth > 0:
            title = arg(self.tr("Check in with the customer on hold (reminder %1)"), nag.nth + 1)
            status = arg(
                self.tr("Check in with the customer on hold (reminder %1): on hold for %2"),
                nag.nth + 1,
                held,
            )
        else:
            title = self.tr("Check in with the customer on hold")
            status = arg(self.tr("Check in with the customer on hold: on hold for %1"), held)
        phrase = self.check_in_phrase()
        message = (
            arg(self.tr("On hold for %1. Ctrl+Shift+J copies: %2"), held, phrase.title)
            if phrase
            else arg(self.tr("On hold for %1."), held)
        )
        self.attention.request(title, message, nag.level)
        self.statusBar().showMessage(status, 10_000)

    def _on_call_started(self, call_id: int) -> None:
        self.hold.set_call(call_id)
        self._details_before_call = self.call.details_button.isChecked()
        if self.call.timer.checklist.steps:
            details = self.call_details
            details.setCurrentWidget(details.checklist)
            self.call.details_button.setChecked(True)

    def _on_call_ended(self, call_id: int, missing: tuple[str, ...]) -> None:
        # A hold belongs to its call: ending the call takes the customer off hold.
        if self.hold.running:
            self.hold.end_hold()
        # The customer's name was for this call only (it is never written anywhere).
        self.call_context.clear()
        self.hold.set_call(None)
        self.call.details_button.setChecked(self._details_before_call)
        if missing:
            # Step names are pack text: a list, in the pack's language.
            self.statusBar().showMessage(
                arg(self.tr("Call ended with required steps not ticked: %1"), ", ".join(missing)),
                15_000,
            )

    def start_call(self, campaign_id: str | None = None) -> str | None:
        """Start a call, switching to ``campaign_id`` ('pack/id' or an id) first when given.

        Returns None on success, or what went wrong, in words.
        """
        if campaign_id:
            ref = self.find_campaign(campaign_id)
            if ref is None:
                return f"no campaign with the id '{campaign_id}' is installed"
            if self.call.running and ref != self.call.campaign:
                return "a call is already running"
            self.campaigns.select(ref)
        if not self.call.start_call():
            return "a call is already running"
        return None

    def find_campaign(self, campaign_id: str) -> Ref | None:
        ref = parse_ref(campaign_id)
        rows = self._kb.campaigns()
        if ref is not None:
            return ref if any(c.ref == ref for c in rows) else None
        # A bare id: a team pack's campaign wins over the built-in one of the same id.
        matches = sorted(
            (c.ref for c in rows if c.ref.id == campaign_id), key=lambda r: r.pack == "builtin"
        )
        return matches[0] if matches else None

    def add_callback(self) -> Callback | None:
        """Ask for a callback (name, number, due time, note) and write it at once."""
        from PySide6.QtWidgets import QDialog

        from assistant.ui.callback_dialog import CallbackDialog

        dialog = CallbackDialog(
            self.activity.now(), self, customer_name=self.call_context.customer_name()
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        callback = self.activity.add_callback(
            dialog.name.text(),
            dialog.contact.text(),
            dialog.due_at(),
            dialog.note.text(),
            self.call.call_id,
        )
        due = QTime(dialog.due_at().hour, dialog.due_at().minute)
        self.statusBar().showMessage(
            arg(self.tr("Callback saved for %1"), QLocale().toString(due, "HH:mm")), 4000
        )
        return callback

    def reschedule_callback(self, callback: Callback) -> None:
        from PySide6.QtWidgets import QDialog

        from assistant.ui.callback_dialog import CallbackDialog

        dialog = CallbackDialog(self.activity.now(), self, existing=callback)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.activity.reschedule_callback(callback.id, dialog.due_at())

    def _on_callback_due(self, callback: Callback) -> None:
        who = callback.customer_name or callback.contact
        message = " · ".join(p for p in (callback.customer_name, callback.contact) if p)
        self.attention.request(
            arg(self.tr("Callback due: %1"), who),
            message + (f" — {callback.note}" if callback.note else ""),
            1,
        )
        self.call.details_button.setChecked(True)
        self.call_details.show_callbacks()
        self.call_details.callbacks.select(callback.id)
        self.statusBar().showMessage(arg(self.tr("Callback due: %1"), message), 10_000)

    def bring_forward(self) -> None:
        """Show the window on top (a second start of the program asks for this)."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()
        QApplication.alert(self, 2000)

    def open_holds_found(self) -> list[HoldRow]:
        """Holds left open by a previous run that crashed (not the one running here)."""
        return [h for h in self.activity.open_holds() if h.id != self.hold.hold_id]

    def resume_open_call(self, call_id: int | None) -> None:
        """Continue the call a continued hold belongs to; calls left open otherwise are ended."""
        for call in self.activity.open_calls():
            if call.id == self.call.call_id:
                continue
            if call.id == call_id and not self.call.running:
                if call.campaign is not None:
                    self.campaigns.select(call.campaign)
                flow = self._kb.call_flow(call.campaign) if call.campaign else []
                ticked = self.activity.ticked_steps(call.id)
                self.call.resume_call(call.id, call.started_at, flow, ticked)
            else:
                self.activity.log_call_end(call.id, self.activity.now(), call.missing_steps)

    def resolve_open_hold(self, row: HoldRow, keep_going: bool) -> None:
        """Continue a hold found open after a restart, or end it now (marked interrupted)."""
        if keep_going and not self.hold.running:
            self.resume_open_call(row.call_id)
            self.hold.resume_hold(row)
        elif self.hold.hold_id == row.id:
            self.hold.end_hold(interrupted=True)
        else:
            self.activity.log_hold_end(row.id, self.activity.now(), interrupted=True)

    def ask_about_open_holds(self) -> None:
        """After a restart: a hold that was running is shown running; continue or end it?"""
        rows = self.open_holds_found()
        # The call of the hold that will be asked about continues with it; other calls left
        # open by the crash are ended now.
        self.resume_open_call(rows[0].call_id if rows and not self.hold.running else None)
        for row in rows:
            local = row.started_at.astimezone()
            started = QLocale().toString(QTime(local.hour, local.minute, local.second), "HH:mm:ss")
            held = format_duration(row.duration_s(self.activity.now()))
            if self.hold.running:
                self.resolve_open_hold(row, keep_going=False)
                continue
            self.hold.resume_hold(row)
            from PySide6.QtWidgets import QMessageBox

            question = self.tr(
                "A customer was put on hold at %1 (%2 ago) and the hold was not ended before "
                "Agent Assistant stopped. It is shown as still running.\n\n"
                "Continue this hold, or end it now?"
            )
            box = QMessageBox(
                QMessageBox.Icon.Question,
                self.tr("A hold was still running"),
                arg(question, started, held),
                parent=self,
            )
            keep = box.addButton(self.tr("&Continue hold"), QMessageBox.ButtonRole.AcceptRole)
            end = box.addButton(self.tr("&End hold"), QMessageBox.ButtonRole.DestructiveRole)
            box.setDefaultButton(keep)
            box.exec()
            if box.clickedButton() is end:
                self.hold.end_hold(interrupted=True)

    def _save_state(self) -> None:
        self.modes.save()
        self._settings.splitter_state = QByteArray(self.splitter.saveState())


def _heading(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName("heading")
    return label
