"""Showing the window for a shift: the global shortcut, close-to-tray, start minimised."""

from __future__ import annotations

import logging

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from assistant.ui.hotkey import GlobalHotkey
from assistant.ui.main_window import MainWindow
from assistant.ui.paste_setup import QuickPaste

log = logging.getLogger(__name__)


def show_beside_softphone(app: QApplication, window: MainWindow) -> GlobalHotkey:
    """Claim the quick search shortcut, keep the settings in force as they change, and show
    the window (or leave it in the tray when the agent starts minimised)."""
    settings = window.settings
    hotkey = GlobalHotkey(window)
    # The shortcut opens the quick search popup over the program the agent is typing in
    # (ui/paste_setup.py); in our own window it focuses the search box.
    quick = QuickPaste(window)  # the window, its parent, keeps it
    hotkey.activated.connect(quick.hotkey_pressed)

    def claim_hotkey() -> None:
        wanted = settings.hotkey
        if hotkey.register(wanted):
            log.info("the quick search shortcut is %s", wanted)
        elif GlobalHotkey.available() and wanted:
            log.warning("the shortcut %s is taken by another program", wanted)

    def on_setting(key: str) -> None:
        if key == "window/hotkey":
            claim_hotkey()
        elif key == "window/close_to_tray":
            app.setQuitOnLastWindowClosed(not window.tray.hide_on_close())

    app.setQuitOnLastWindowClosed(not window.tray.hide_on_close())
    settings.changed.connect(on_setting)
    if not settings.start_minimised:
        window.show()
    elif not window.tray.available:
        window.showMinimized()
    # else: only the tray icon shows until the agent calls the window up.
    # The shortcut is claimed once the event loop runs, after the window is shown: on X11
    # that opens a connection of its own to the X server, which the first paint need not wait
    # for.
    QTimer.singleShot(0, claim_hotkey)
    QTimer.singleShot(0, quick.start)  # abbreviations, when switched on
    return hotkey
