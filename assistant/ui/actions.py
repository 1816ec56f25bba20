"""Window actions made one way: a text, what it does, and a shortcut that works anywhere in
the window (menus, the tray and buttons trigger the same action)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget


def window_action(
    window: QWidget,
    text: str,
    slot: Callable[[], object],
    shortcut: str | QKeySequence.StandardKey = "",
) -> QAction:
    """An action of ``window`` that calls ``slot``; with ``shortcut``, the window listens for
    it whichever of its widgets has the focus."""
    act = QAction(text, window)
    if shortcut:
        act.setShortcut(QKeySequence(shortcut))
        act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        window.addAction(act)
    act.triggered.connect(lambda _checked=False: slot())
    return act
