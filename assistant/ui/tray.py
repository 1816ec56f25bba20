"""The tray icon: show/hide, the window's call and hold actions, quit; and notifications."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon, QWidget

from assistant.settings import Settings


class Tray(QObject):
    """A tray icon whose menu holds the actions the window owns (so shortcuts stay in one place).

    On platforms without a tray (offscreen, some Wayland desktops) the menu still exists and
    its actions work; the icon is simply not shown, and close-to-tray does not hide the window.
    """

    quit_requested = Signal()

    def __init__(
        self,
        window: QWidget,
        settings: Settings,
        actions: Sequence[QAction],
        icon: QIcon,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent or window)
        self._window = window
        self._settings = settings
        self.menu = QMenu(window)
        self.menu.setAccessibleName(self.tr("Agent Assistant tray menu"))
        self.show_action = QAction(self.tr("Show window"), self)
        self.show_action.triggered.connect(self.toggle_window)
        self.menu.addAction(self.show_action)
        self.menu.addSeparator()
        for action in actions:
            self.menu.addAction(action)
        self.menu.addSeparator()
        self.quit_action = QAction(self.tr("Quit"), self)
        self.quit_action.triggered.connect(self.quit_requested)
        self.menu.addAction(self.quit_action)
        self.menu.aboutToShow.connect(self._update_show_text)
        self.icon = QSystemTrayIcon(icon, self)
        self.icon.setToolTip(self.tr("Agent Assistant"))
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._on_activated)
        if self.available:
            self.icon.show()

    @property
    def available(self) -> bool:
        return QSystemTrayIcon.isSystemTrayAvailable()

    def add_actions(self, actions: Sequence[QAction]) -> None:
        """Add actions (e.g. call start/end) above Quit."""
        self.menu.insertActions(self.quit_action, list(actions))

    def hide_on_close(self) -> bool:
        """Whether closing the window should only hide it (setting on, and a tray to come back)."""
        return self._settings.close_to_tray and self.available

    def toggle_window(self) -> None:
        if self._window.isVisible() and not self._window.isMinimized():
            self._window.hide()
        else:
            bring_forward(self._window)

    def notify(self, title: str, message: str, level: int = 1) -> bool:
        """A tray balloon/notification, if the agent wants them and there is a tray to show it.
        From ``level`` 2 on (a repeated reminder) it is marked as a warning."""
        if not self._settings.notifications or not self.available:
            return False
        icon = (
            QSystemTrayIcon.MessageIcon.Warning
            if level > 1
            else QSystemTrayIcon.MessageIcon.Information
        )
        self.icon.showMessage(title, message, icon, 8000)
        return True

    def _update_show_text(self) -> None:
        shown = self._window.isVisible() and not self._window.isMinimized()
        self.show_action.setText(self.tr("Hide window") if shown else self.tr("Show window"))

    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.toggle_window()


def bring_forward(window: QWidget) -> None:
    """Show, un-minimise, raise and activate a window."""
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()
