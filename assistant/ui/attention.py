"""Asking for the agent's attention: taskbar flash, tray message where a tray exists, a chime.

Used by the hold reminder and by due callbacks, so both feel the same.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QSystemTrayIcon, QWidget

from assistant import APP_NAME
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


class Attention(QObject):
    """Raises attention for ``window``; every request is also emitted as ``requested``."""

    requested = Signal(str, str, int)  # title, message, level

    def __init__(self, window: QWidget, settings: Settings, parent: QObject | None = None) -> None:
        super().__init__(parent or window)
        self._window = window
        self._settings = settings
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            icon = window.windowIcon()
            self.tray = QSystemTrayIcon(icon if not icon.isNull() else QIcon(), self)
            self.tray.setToolTip(APP_NAME)
            self.tray.activated.connect(self._bring_forward)
            self.tray.messageClicked.connect(self._bring_forward)
            self.tray.show()

    def request(self, title: str, message: str, level: int = 1) -> None:
        """Flash the taskbar entry, show a tray message and chime (if the setting is on).

        ``level`` escalates gently: from level 2 on the flash lasts until the window is
        activated and the tray message is marked as a warning.
        """
        # 0 ms: flash until the window is activated; a first reminder flashes a few seconds.
        QApplication.alert(self._window, 0 if level > 1 else 4000)
        if self.tray is not None:
            icon = (
                QSystemTrayIcon.MessageIcon.Warning
                if level > 1
                else QSystemTrayIcon.MessageIcon.Information
            )
            self.tray.showMessage(title, message, icon, 8000)
        if self._settings.chime:
            chime(level)
        self.requested.emit(title, message, level)

    def _bring_forward(self) -> None:
        self._window.showNormal()
        self._window.raise_()
        self._window.activateWindow()
