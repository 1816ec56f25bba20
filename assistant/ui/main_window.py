"""The main window: campaign picker, persona tips, phrase library and the call and hold bars in
one column, or two when the window is wide (ui/columns.py). It assembles the panels and
connects them to the services (assistant/services/): every use case is a service call, and
each panel shows what the services say happened."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt, QTime
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from assistant import APP_NAME
from assistant.core.callbacks import Callback
from assistant.core.hold import Nag, format_duration
from assistant.services.build import Services
from assistant.services.desk import parse_ref
from assistant.services.events import (
    CallEnded,
    CallStarted,
    CampaignSelected,
    DeskEvent,
    HoldCheckedIn,
    HoldEnded,
    HoldStarted,
    StepTicked,
)
from assistant.services.flush import ActivityFlush
from assistant.settings import PROFILE_KEYS, Settings
from assistant.store.events import Change
from assistant.store.knowledge import KnowledgeBase
from assistant.store.rows import PhraseRow
from assistant.ui.attention import Attention
from assistant.ui.call_bar import CallBar
from assistant.ui.call_context import CallContextBar
from assistant.ui.callback_watch import CallbackWatch
from assistant.ui.campaign_picker import CampaignPicker
from assistant.ui.columns import Columns
from assistant.ui.copying import PhraseCopier
from assistant.ui.desk_actions import DeskActions
from assistant.ui.events import DeskEvents, StoreEvents
from assistant.ui.gui_thread import GuiPost
from assistant.ui.hold_bar import HoldBar
from assistant.ui.i18n import arg
from assistant.ui.menus import WindowMenus
from assistant.ui.operations import Operations
from assistant.ui.pack_tools import PackTools
from assistant.ui.persona_panel import PersonaPanel
from assistant.ui.phrase_library import PhraseLibrary
from assistant.ui.status_line import show_whole_messages, take_back
from assistant.ui.tray import Tray, bring_forward
from assistant.ui.window_modes import WindowModes

if TYPE_CHECKING:
    # Event classes for the type checker only: PySide6 creates a class when it is first
    # imported, and no close, drag or drop reaches the window before the first paint.
    from PySide6.QtGui import (
        QCloseEvent,
        QDragEnterEvent,
        QDragMoveEvent,
        QDropEvent,
        QShowEvent,
    )

    from assistant.ui.call_details import CallDetails

# Dialogs (fill form, callback, message boxes, settings, about, the pack manager and editor)
# are imported where they open: a start shows none of them, and each Qt class a module names
# costs start-up time (PySide6 builds its Python enums when the class is first touched).

DEFAULT_SIZE = (420, 700)


class MainWindow(QMainWindow):
    def __init__(
        self, services: Services, settings: Settings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.desk = services.desk
        self._settings = settings
        self.setWindowTitle(APP_NAME)
        self.setObjectName("mainWindow")
        self.events = StoreEvents(services.kb, self)
        self.desk_events = DeskEvents(self.desk, self)
        self.operations = Operations(services.kb, self)
        self.desk_actions = DeskActions(self.desk, self.desk_events, self)
        # Once started (app.after_first_paint), activity.db's commits reach the disk on a thread
        # of their own, not the window's (services/flush.py).
        self.flush = ActivityFlush(services.kb.database, GuiPost(self))
        self.copier = PhraseCopier(services.phrases, self, settings)
        # Set by ui/paste_setup.py: True when it pasted the phrase into the previous program.
        self.enter_pastes: Callable[[PhraseRow], bool] | None = None

        # The containers first, so each panel is made in the widget it lives in: moving a
        # built widget to another parent makes the stylesheet polish its whole subtree again.
        # One column, or two when the window is wide (ui/columns.py).
        self.columns = Columns(self, settings)
        central = self.columns.central
        self.splitter = self.columns.splitter
        # The campaign's summary goes under the tips: hidden during a call, it moves no mood.
        self.campaigns = CampaignPicker(
            central, events=self.desk_events, summary_in=self.columns.side
        )
        self.personas = PersonaPanel(self.columns.side, events=self.desk_events)
        self.call_context = CallContextBar(self.columns.main)
        self.library = PhraseLibrary(services.kb, services.phrases, self.columns.main)
        self.hold = HoldBar(self.desk.hold, self.desk_actions, self.desk_events, central)
        self.call = CallBar(self.desk.call, self.desk_actions, self.desk_events, central)
        # The callbacks' alarm runs from the start; the details panel that lists them (and the
        # call flow, and today's holds) is built the first time it is shown.
        self.callback_watch = CallbackWatch(services.callbacks, self)
        self._call_details: CallDetails | None = None
        self.attention = Attention(
            self, settings, notify=lambda title, text, level: self.tray.notify(title, text, level)
        )
        self._details_before_call = False
        self._call_warning = ""  # the status line's word on the last call's unticked steps
        self._nag_status = ""  # the status line's word on the last check-in due
        self.columns.arrange(
            self.campaigns,
            side=[self.personas],
            main=[self.call_context, self.library],
            bottom=[self.call, self.hold],
            side_foot=self.campaigns.summary,
        )
        status = self.statusBar()
        status.setSizeGripEnabled(True)
        show_whole_messages(status)
        # The result count and the key hints live in the status line to leave the list room.
        status.addWidget(self.library.count_label)
        status.addWidget(self.library.hints, 1)
        self.library.hints.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        self.pack_tools = PackTools(self.operations, self, self.events)
        self.menus = WindowMenus(self)
        self.columns.changed.connect(lambda _wide: self.menus.set_tab_order())
        self._quitting = False
        self.modes = WindowModes(
            self, settings, self.compact_hides, self._campaign_text, self._select_campaign_text
        )
        self.tray = Tray(self, settings, self.menus.tray_actions(), self.windowIcon())
        self.tray.quit_requested.connect(self.quit)
        self._connect()
        self.reload()
        self.menus.restore_geometry(DEFAULT_SIZE)
        # The first thing an agent types is a search. The campaign picker, first in the tab
        # order, would have the focus and take a typed word as a jump to another campaign.
        self.library.filter.setFocus(Qt.FocusReason.OtherFocusReason)

    def _connect(self) -> None:
        self.campaigns.campaign_changed.connect(
            lambda campaign: self.desk.select_campaign(campaign.ref if campaign else None)
        )
        self.personas.persona_changed.connect(self.library.set_persona)
        self.personas.persona_changed.connect(
            lambda persona: self.campaigns.give_way_to_tips(persona is not None)
        )
        self.library.phrase_activated.connect(self._phrase_chosen)
        self.call_context.changed.connect(self._on_customer_name)
        self.events.changed.connect(self._on_store_changed)
        self.desk_events.happened.connect(self._on_desk)
        self.desk_actions.failed.connect(lambda text: self.statusBar().showMessage(text, 15_000))
        self.callback_watch.failed.connect(lambda text: self.statusBar().showMessage(text, 15_000))
        self.flush.subscribe(lambda text: self.statusBar().showMessage(text, 15_000))
        self.copier.copied.connect(self._on_copied)
        self.copier.cancelled.connect(lambda: self.library.filter.setFocus())
        self.hold.nagged.connect(self._on_nag)
        self.hold.copy_phrase_requested.connect(self.copy_check_in_phrase)
        self.call.add_callback_requested.connect(self.add_callback)
        self.call.details_toggled.connect(self._show_details)
        self.callback_watch.callback_due.connect(self._on_callback_due)
        self.callback_watch.saved.connect(self._on_callback_saved)
        self._settings.changed.connect(self._on_setting)

    # ------------------------------------------------------------------ state

    @property
    def settings(self) -> Settings:
        return self._settings

    @property
    def kb(self) -> KnowledgeBase:
        return self.services.kb

    def reload(self) -> None:
        """Read campaigns and personas again (at start, and after a pack change)."""
        kb = self.services.kb
        # The desk remembers the campaign in activity.db; an earlier version, in the settings.
        remembered = self.desk.remembered_campaign() or parse_ref(self._settings.old_campaign)
        self.personas.set_personas(kb.personas())
        # The picker says which campaign it shows (a removed one falls back to the first), and
        # the desk reads it again: its pack may have been replaced.
        self.campaigns.set_campaigns(kb.campaigns(), self.campaigns.current_ref() or remembered)
        self.menus.set_tab_order()

    def _on_store_changed(self, change: Change) -> None:
        if change is Change.PACKS:
            self.reload()

    def _on_desk(self, event: DeskEvent) -> None:
        if isinstance(event, CampaignSelected):
            ref = event.campaign.ref if event.campaign else None
            if ref is not None and self.campaigns.current_ref() != ref:
                self.campaigns.select(ref)
            self.library.set_campaign(ref)
        elif isinstance(event, CallStarted):
            take_back(self.statusBar(), self._call_warning)  # about the last call, not this one
            self._details_before_call = self.call.details_button.isChecked()
            if self.desk.call.checklist.steps:
                details = self.call_details
                details.setCurrentWidget(details.checklist)
                self.call.details_button.setChecked(True)
        elif isinstance(event, HoldCheckedIn | HoldEnded):
            take_back(self.statusBar(), self._nag_status)  # "check in": done with
        elif isinstance(event, CallEnded):
            # The customer's name was for this call only (it is never written anywhere).
            self.call_context.clear()
            self.call.details_button.setChecked(self._details_before_call)
            if event.missing_steps:
                # Step names are pack text: a list, in the pack's language.
                ended = self.tr("Call ended with required steps not ticked: %1")
                self._call_warning = arg(ended, ", ".join(event.missing_steps))
                self.statusBar().showMessage(self._call_warning, 15_000)
        # The texts shown are filled with what is known now: the campaign, the customer's name
        # or none. A hold or a ticked step changes neither (and a softphone's hold command waits
        # for its answer until the window has heard the event).
        if not isinstance(event, HoldStarted | HoldCheckedIn | HoldEnded | StepTicked):
            self._refresh_texts()

    def _on_setting(self, key: str) -> None:
        if key in PROFILE_KEYS:  # the agent's name or company: the texts shown are filled again
            self._refresh_texts()

    def _on_customer_name(self) -> None:
        self.desk.customer_name = self.call_context.customer_name()
        self._refresh_texts()

    def _refresh_texts(self) -> None:
        """What shows a phrase shows it as it would be pasted now."""
        phrase = self.desk.check_in_phrase()
        text = self.services.phrases.fill(phrase) if phrase else ""
        self.hold.set_check_in_phrase(text)
        self.library.update_preview()

    # ------------------------------------------------------------------ copying

    def _phrase_chosen(self, phrase: PhraseRow) -> None:
        # Enter in the library: pasted into the previous program when the paste setting says
        # so (ui/paste_setup.py sets enter_pastes), copied otherwise.
        if self.enter_pastes is None or not self.enter_pastes(phrase):
            self.copy_phrase(phrase)

    def copy_phrase(self, phrase: PhraseRow) -> str | None:
        """Fill, copy and count a phrase (ui/copying.py); the text, None if cancelled."""
        return self.copier.copy(phrase, self)

    def _on_copied(self, phrase: PhraseRow) -> None:
        if self.desk.customer_name and not self.call_context.customer_name():
            self.call_context.set_customer_name(self.desk.customer_name)
        copied = arg(self.tr("Copied: %1"), phrase.title)
        self.statusBar().showMessage(copied, 4000)
        self.library.toast.show_message(copied)

    def copy_check_in_phrase(self) -> str | None:
        phrase = self.desk.check_in_phrase()
        return None if phrase is None else self.copy_phrase(phrase)

    def copy_step_phrase(self, position: int) -> str | None:
        """Copy the first phrase of a call-flow step (double-click in the checklist)."""
        phrase = self.services.phrases.step_phrase(position)
        return None if phrase is None else self.copy_phrase(phrase)

    # ------------------------------------------------------------------ hold, calls, callbacks

    def _on_nag(self, nag: Nag) -> None:
        held = format_duration(self.desk.hold.timer.elapsed(nag.fired_at))
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
        phrase = self.desk.check_in_phrase()
        if phrase is None:
            message = arg(self.tr("On hold for %1."), held)
        elif self.isVisible() and not self.isMinimized():
            message = arg(self.tr("On hold for %1. Ctrl+Shift+J copies: %2"), held, phrase.title)
        else:  # the window's shortcut does not reach a window in the tray or minimised
            message = arg(self.tr("On hold for %1. The tray menu copies: %2"), held, phrase.title)
        self.attention.request(title, message, nag.level)
        self._nag_status = status
        self.statusBar().showMessage(status, 10_000)

    def add_callback(self) -> Callback | None:
        return self.callback_watch.promise(self, self.call_context.customer_name())

    def reschedule_callback(self, callback: Callback) -> None:
        self.callback_watch.reschedule(self, callback)

    def _on_callback_saved(self, callback: Callback) -> None:
        local = callback.due.astimezone()
        due = QLocale().toString(QTime(local.hour, local.minute), "HH:mm")
        self.statusBar().showMessage(arg(self.tr("Callback saved for %1"), due), 4000)

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

    def ask_about_open_holds(self) -> None:
        """After a restart: a hold that was running is shown running; continue or end it?"""
        from assistant.ui.restart import ask_about_open_holds

        ask_about_open_holds(self, self.desk_actions)

    # ------------------------------------------------------------------ the call details

    @property
    def call_details(self) -> CallDetails:
        """The call details panel (call flow, callbacks, today), built on first use."""
        if self._call_details is None:
            self._call_details = self._build_call_details()
            self.menus.set_tab_order()
        return self._call_details

    @property
    def call_details_built(self) -> bool:
        """Whether the call details exist yet (asking does not build them)."""
        return self._call_details is not None

    def _build_call_details(self) -> CallDetails:
        # Imported here: a start does not show the details, and the module's Qt classes (tab
        # widget, scroll areas...) cost start-up time.
        from assistant.ui.call_details import CallDetails

        def tick(position: int, done: bool) -> object:
            return self.desk_actions.attempt(lambda: self.desk.tick_step(position, done))

        details = CallDetails(
            self.services.today,
            self.desk_events,
            self.call,
            self.callback_watch,
            tick,
            self.centralWidget(),
        )
        self.columns.place_details(details)  # hidden: who built it shows it
        details.callbacks.add_requested.connect(self.add_callback)
        details.callbacks.reschedule_requested.connect(self.reschedule_callback)
        details.checklist.doubleClicked.connect(lambda index: self.copy_step_phrase(index.row()))
        return details

    def _show_details(self, shown: bool) -> None:
        if shown:
            self.call_details.show()
        elif self._call_details is not None:
            self._call_details.hide()

    # ------------------------------------------------------------------ beside the softphone

    def compact_hides(self) -> list[QWidget]:
        """Everything compact mode hides: all but the search box, results and hold timer."""
        hides = [self.menuBar(), self.campaigns, self.columns.side, self.call_context, self.call]
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

    def focus_filter(self) -> None:
        self.library.filter.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.library.filter.selectAll()

    def bring_to_search(self) -> None:
        """The global shortcut: window forward, search box focused and selected."""
        bring_forward(self)
        self.focus_filter()

    def bring_forward(self) -> None:
        """Show the window on top (a second start of the program asks for this)."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()
        QApplication.alert(self, 2000)

    def quit(self) -> None:
        """Quit the program (File ▸ Quit, the tray's Quit). The other windows close first: the
        pack editor asks about unsaved work, and its Cancel cancels the quit. Then this one
        closes for good, and the event loop ends: closing to the tray turns off quitting when
        the last window closes, and the program stayed, its desk closed, holding the folder's
        lock (a new start then brought that window back, refusing every hold)."""
        for other in QApplication.topLevelWidgets():
            if other is not self and other.isVisible() and not other.close():
                return
        self.stop()

    def stop(self) -> None:
        """Quit without asking anything (the system stops the program: a logout, ``kill``):
        the hold and the call end, written, as at a Quit; the pack editor keeps its unsaved
        work as its recovery draft (it does so whenever the program quits)."""
        self._quitting = True
        if self.close():
            QApplication.quit()

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

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Its frame is known now, and the screen it is on: no larger than what that leaves,
        # on this screen and on any it is moved to.
        self.modes.fit_to_screen()
        self.modes.follow_screen()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._quitting and self.tray.hide_on_close():
            self._save_state()
            self.hide()
            event.ignore()
            return
        self._save_state()
        self.library.shutdown()
        self.desk.close()
        self.flush.close()  # the hold and call it just ended are on the disk
        super().closeEvent(event)

    def _save_state(self) -> None:
        self.modes.save()
        self.columns.save()
