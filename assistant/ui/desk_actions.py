"""The agent's desk as window actions: hold, check in, call, with their shortcuts.

Menus, the tray, the hold and call bars' buttons and the keyboard all trigger these actions,
and each calls the desk (services/desk.py) once. What cannot be done now is greyed out, the
toggles say what they will do, and a failure (activity.db locked by another program, a full
disk) is announced through ``failed`` in the agent's words instead of changing anything.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from assistant.services.desk import Desk, SessionError
from assistant.store.errors import StoreError
from assistant.ui.actions import window_action
from assistant.ui.events import DeskEvents

log = logging.getLogger(__name__)

T = TypeVar("T")


class DeskActions(QObject):
    """Window actions over one desk; they follow its state."""

    failed = Signal(str)  # what went wrong, for the status line

    def __init__(self, desk: Desk, events: DeskEvents, window: QWidget) -> None:
        super().__init__(window)
        self._desk = desk

        def action(text: str, slot: Callable[[], object], shortcut: str = "") -> QAction:
            return window_action(window, text, slot, shortcut)

        self.hold_toggle = action(self.tr("Start hold"), self.toggle_hold, "Ctrl+H")
        self.check_in = action(self.tr("Check in with held customer"), self.check_in_now, "Ctrl+J")
        self.call_toggle = action(self.tr("Start call"), self.toggle_call, "Ctrl+L")
        # The tray menu names both directions: a menu that changes under the pointer misleads.
        self.hold_start = action(self.tr("Start hold"), self.start_hold)
        self.hold_end = action(self.tr("End hold"), self.end_hold)
        events.happened.connect(lambda _event: self.update())
        self.update()

    @property
    def desk(self) -> Desk:
        return self._desk

    def attempt(self, act: Callable[[], T]) -> T | None:
        """Do ``act``; a write that failed or a state that does not fit is said, not raised."""
        return attempt(act, self._refused)

    def _refused(self, reason: str) -> None:
        self.failed.emit(reason)
        self.update()

    def toggle_hold(self) -> None:
        self.attempt(self._desk.toggle_hold)

    def start_hold(self) -> None:
        if not self._desk.hold.running:
            self.attempt(self._desk.start_hold)

    def end_hold(self) -> None:
        if self._desk.hold.running:
            self.attempt(self._desk.end_hold)

    def check_in_now(self) -> None:
        if self._desk.hold.running:
            self.attempt(self._desk.check_in)

    def toggle_call(self) -> None:
        self.attempt(self._desk.toggle_call)

    def update(self) -> None:
        """Grey out what cannot be done now; the toggles say what they will do."""
        holding = self._desk.hold.running
        self.hold_start.setEnabled(not holding)
        self.hold_end.setEnabled(holding)
        self.check_in.setEnabled(holding)
        self.hold_toggle.setText(self.tr("End hold") if holding else self.tr("Start hold"))
        calling = self._desk.call.running
        self.call_toggle.setText(self.tr("End call") if calling else self.tr("Start call"))


def attempt(act: Callable[[], T], say: Callable[[str], object]) -> T | None:
    """``act()``; when the agent's state does not allow it (SessionError) or its write failed
    (StoreError: activity.db locked by another program, a full disk), None, with the reason
    logged and given to ``say`` in the agent's words: nothing changed."""
    try:
        return act()
    except (SessionError, StoreError) as failure:
        log.warning("refused: %s", failure)
        say(str(failure))
        return None
