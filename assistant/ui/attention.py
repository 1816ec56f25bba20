"""Asking for the agent's attention: taskbar flash, tray message where a tray exists, a chime.

Used by the hold reminder and by due callbacks, so both feel the same.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QWidget

from assistant.settings import Settings


def chime(level: int = 1) -> None:
    """A short system sound; silent when the platform offers none."""
    try:
        if sys.platform == "win32":
            import winsound

            sound = winsound.MB_ICONEXCLAMATION if level > 1 else winsound.MB_OK
            winsound.MessageBeep(sound)
        else:
            QApplication.beep()
    except (ImportError, RuntimeError, OSError):
        pass


Notify = Callable[[str, str, int], object]  # title, message, level -> shown or not


class Attention(QObject):
    """Raises attention for ``window``; every request is also emitted as ``requested``.

    ``notify`` shows a tray notification (the window's one tray icon; it knows whether a tray
    exists and whether the agent wants notifications).
    """

    requested = Signal(str, str, int)  # title, message, level

    def __init__(
        self,
        window: QWidget,
        settings: Settings,
        notify: Notify | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent or window)
        self._window = window
        self._settings = settings
        self._notify = notify

    def request(self, title: str, message: str, level: int = 1) -> None:
        """Flash the taskbar entry, show a tray message and chime (if the setting is on).

        ``level`` escalates gently: from level 2 on the flash lasts until the window is
        activated and the tray message is marked as a warning.
        """
        # 0 ms: flash until the window is activated; a first reminder flashes a few seconds.
        QApplication.alert(self._window, 0 if level > 1 else 4000)
        if self._notify is not None:
            self._notify(title, message, level)
        if self._settings.chime:
            chime(level)
        self.requested.emit(title, message, level)
