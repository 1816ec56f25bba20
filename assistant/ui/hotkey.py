"""A system-wide shortcut that brings the window forward from any application.

Windows: ``RegisterHotKey`` (user32, through ctypes) and a ``QAbstractNativeEventFilter`` that
watches for ``WM_HOTKEY``. Elsewhere (X11, Wayland, macOS) the shortcut is not available
without extra dependencies: ``GlobalHotkey.available`` is False and ``register`` does nothing,
so desktops can bind their own shortcut to ``agent-assistant`` instead (README).
"""

from __future__ import annotations

import sys
from typing import Any

from PySide6.QtCore import QAbstractNativeEventFilter, QByteArray, QCoreApplication, QObject, Qt
from PySide6.QtCore import Signal as _Signal
from PySide6.QtGui import QKeySequence

WM_HOTKEY = 0x0312
MOD_ALT, MOD_CONTROL, MOD_SHIFT, MOD_WIN, MOD_NOREPEAT = 0x1, 0x2, 0x4, 0x8, 0x4000
HOTKEY_ID = 0xA5A5


def windows_keys(sequence: str) -> tuple[int, int] | None:
    """(modifiers, virtual-key code) for RegisterHotKey, or None for what it cannot express."""
    keys = QKeySequence(sequence)
    if keys.count() != 1:
        return None
    combo = keys[0]  # type: ignore[index]
    mods = combo.keyboardModifiers()
    key = int(combo.key().value)
    modifiers = MOD_NOREPEAT
    if mods & Qt.KeyboardModifier.AltModifier:
        modifiers |= MOD_ALT
    if mods & Qt.KeyboardModifier.ControlModifier:
        modifiers |= MOD_CONTROL
    if mods & Qt.KeyboardModifier.ShiftModifier:
        modifiers |= MOD_SHIFT
    if mods & Qt.KeyboardModifier.MetaModifier:
        modifiers |= MOD_WIN
    if modifiers == MOD_NOREPEAT:
        return None  # a bare key would steal it from every application
    if ord("A") <= key <= ord("Z") or ord("0") <= key <= ord("9"):
        vk = key
    elif key == int(Qt.Key.Key_Space.value):
        vk = 0x20
    elif int(Qt.Key.Key_F1.value) <= key <= int(Qt.Key.Key_F24.value):
        vk = 0x70 + key - int(Qt.Key.Key_F1.value)
    else:
        return None
    return modifiers, vk


class _WindowsFilter(QAbstractNativeEventFilter):
    def __init__(self, on_hotkey: Any) -> None:
        super().__init__()
        self._on_hotkey = on_hotkey

    def nativeEventFilter(
        self, event_type: QByteArray | bytes | bytearray | memoryview, message: int
    ) -> Any:
        kind = event_type.data() if isinstance(event_type, QByteArray) else bytes(event_type)
        if kind == b"windows_generic_MSG":
            from ctypes import wintypes  # type: ignore[attr-defined,unused-ignore]

            msg = wintypes.MSG.from_address(int(message))
            if msg.message == WM_HOTKEY and msg.wParam == HOTKEY_ID:
                self._on_hotkey()
                return True, 0
        return False, 0


class GlobalHotkey(QObject):
    """Emits ``activated`` when the system-wide shortcut is pressed anywhere."""

    activated = _Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._filter: _WindowsFilter | None = None
        self.sequence = ""

    @staticmethod
    def available() -> bool:
        return sys.platform == "win32"

    @staticmethod
    def unavailable_reason() -> str:
        if sys.platform == "win32":
            return ""
        return QCoreApplication.translate(
            "GlobalHotkey",
            "A system-wide shortcut is only built in on Windows. On Linux or macOS, bind a "
            "desktop shortcut to the command 'agent-assistant': it brings the running window "
            "forward.",
        )

    def register(self, sequence: str) -> bool:
        """Claim the shortcut; False when the platform lacks it or another program owns it."""
        self.unregister()
        if not self.available() or not sequence:
            return False
        keys = windows_keys(sequence)
        if keys is None:
            return False
        import ctypes

        user32 = ctypes.windll.user32  # type: ignore[attr-defined,unused-ignore]
        if not user32.RegisterHotKey(None, HOTKEY_ID, keys[0], keys[1]):
            return False
        self._filter = _WindowsFilter(self.activated.emit)
        app = QCoreApplication.instance()
        if app is not None:
            app.installNativeEventFilter(self._filter)
        self.sequence = sequence
        return True

    def unregister(self) -> None:
        if self._filter is None:
            return
        import ctypes

        ctypes.windll.user32.UnregisterHotKey(None, HOTKEY_ID)  # type: ignore[attr-defined,unused-ignore]
        app = QCoreApplication.instance()
        if app is not None:
            app.removeNativeEventFilter(self._filter)
        self._filter = None
        self.sequence = ""
