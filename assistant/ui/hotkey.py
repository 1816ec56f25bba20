"""A system-wide shortcut that brings the window forward from any application.

Windows: ``RegisterHotKey`` (user32, through ctypes) and a ``QAbstractNativeEventFilter`` that
watches for ``WM_HOTKEY``. X11: ``XGrabKey`` on the root window through the system libX11 (the
library Qt's own X11 support already needs), on a connection of its own watched by a
``QSocketNotifier``. Wayland and macOS have no such API without extra dependencies:
``available()`` is False there and ``register`` does nothing, so desktops can bind their own
shortcut to ``agent-assistant`` instead (docs/user-guide.md).
"""

from __future__ import annotations

import ctypes
import sys
from typing import Any

from PySide6.QtCore import (
    QAbstractNativeEventFilter,
    QByteArray,
    QCoreApplication,
    QObject,
    QSocketNotifier,
    Qt,
)
from PySide6.QtCore import Signal as _Signal
from PySide6.QtGui import QGuiApplication, QKeySequence

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


# X11 modifier masks (X.h) and the lock keys a grab must ignore.
SHIFT_MASK, LOCK_MASK, CONTROL_MASK, MOD1_MASK, MOD2_MASK, MOD4_MASK = 1, 2, 4, 8, 16, 64
KEY_PRESS = 2
GRAB_MODE_ASYNC = 1


def x11_keys(sequence: str) -> tuple[int, str] | None:
    """(modifier mask, keysym name) for XGrabKey, or None for what it cannot express."""
    keys = QKeySequence(sequence)
    if keys.count() != 1:
        return None
    combo = keys[0]  # type: ignore[index]
    mods = combo.keyboardModifiers()
    key = int(combo.key().value)
    mask = 0
    if mods & Qt.KeyboardModifier.ShiftModifier:
        mask |= SHIFT_MASK
    if mods & Qt.KeyboardModifier.ControlModifier:
        mask |= CONTROL_MASK
    if mods & Qt.KeyboardModifier.AltModifier:
        mask |= MOD1_MASK
    if mods & Qt.KeyboardModifier.MetaModifier:
        mask |= MOD4_MASK
    if mask == 0:
        return None
    if ord("A") <= key <= ord("Z"):
        name = chr(key).lower()
    elif ord("0") <= key <= ord("9"):
        name = chr(key)
    elif key == int(Qt.Key.Key_Space.value):
        name = "space"
    elif int(Qt.Key.Key_F1.value) <= key <= int(Qt.Key.Key_F24.value):
        name = f"F{key - int(Qt.Key.Key_F1.value) + 1}"
    else:
        return None
    return mask, name


_x_errors: list[int] = []


def _libx11() -> Any:
    # The usual soname first: ctypes.util.find_library imports subprocess and runs ldconfig
    # (tens of milliseconds at every start on X11); it is the fallback for odd systems.
    try:
        lib = ctypes.CDLL("libX11.so.6")
    except OSError:
        from ctypes.util import find_library

        lib = ctypes.CDLL(find_library("X11") or "libX11.so")
    lib.XOpenDisplay.restype = ctypes.c_void_p
    lib.XOpenDisplay.argtypes = [ctypes.c_char_p]
    lib.XDefaultRootWindow.restype = ctypes.c_ulong
    lib.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
    lib.XStringToKeysym.restype = ctypes.c_ulong
    lib.XStringToKeysym.argtypes = [ctypes.c_char_p]
    lib.XKeysymToKeycode.restype = ctypes.c_ubyte
    lib.XKeysymToKeycode.argtypes = [ctypes.c_void_p, ctypes.c_ulong]
    lib.XGrabKey.argtypes = [
        ctypes.c_void_p, ctypes.c_int, ctypes.c_uint, ctypes.c_ulong,
        ctypes.c_int, ctypes.c_int, ctypes.c_int,
    ]  # fmt: skip
    lib.XUngrabKey.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_uint, ctypes.c_ulong]
    lib.XSync.argtypes = [ctypes.c_void_p, ctypes.c_int]
    lib.XPending.argtypes = [ctypes.c_void_p]
    lib.XNextEvent.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
    lib.XConnectionNumber.argtypes = [ctypes.c_void_p]
    lib.XCloseDisplay.argtypes = [ctypes.c_void_p]
    return lib


# Xlib's default error handler ends the process; a key another program already grabbed
# (BadAccess) must only make register() return False.
_XErrorHandler = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)


def _on_x_error(_display: int | None, _event: int | None) -> int:
    _x_errors.append(1)
    return 0


_record_x_error = _XErrorHandler(_on_x_error)


class _X11Grab:
    """One XGrabKey on its own X connection; call ``pending()`` when the socket is readable."""

    def __init__(self, mask: int, keysym: str) -> None:
        self._lib = _libx11()
        self._display = self._lib.XOpenDisplay(None)
        if not self._display:
            raise OSError("cannot open the X display")
        self._lib.XSetErrorHandler(_record_x_error)
        self._root = self._lib.XDefaultRootWindow(self._display)
        self._keycode = self._lib.XKeysymToKeycode(
            self._display, self._lib.XStringToKeysym(keysym.encode())
        )
        if not self._keycode:
            self.close()
            raise OSError(f"no key for {keysym} on this keyboard")
        # Caps Lock and Num Lock change the modifier state: grab every combination of them.
        self._masks = [mask | extra for extra in (0, LOCK_MASK, MOD2_MASK, LOCK_MASK | MOD2_MASK)]
        _x_errors.clear()
        for each in self._masks:
            self._lib.XGrabKey(
                self._display, self._keycode, each, self._root, 0, GRAB_MODE_ASYNC, GRAB_MODE_ASYNC
            )
        self._lib.XSync(self._display, 0)
        if _x_errors:
            self.close()
            raise OSError("another program already uses this shortcut")
        self.fd = int(self._lib.XConnectionNumber(self._display))

    def pending(self) -> int:
        """Read queued events; the number of key presses of the grabbed key."""
        presses = 0
        event = ctypes.create_string_buffer(192)  # sizeof(XEvent)
        while self._display and self._lib.XPending(self._display):
            self._lib.XNextEvent(self._display, event)
            if ctypes.c_int.from_buffer(event).value == KEY_PRESS:
                presses += 1
        return presses

    def close(self) -> None:
        if not self._display:
            return
        for each in getattr(self, "_masks", []):
            self._lib.XUngrabKey(self._display, self._keycode, each, self._root)
        self._lib.XSync(self._display, 0)
        self._lib.XCloseDisplay(self._display)
        self._display = None


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
        self._x11: _X11Grab | None = None
        self._notifier: QSocketNotifier | None = None
        self.sequence = ""

    @staticmethod
    def available() -> bool:
        return sys.platform == "win32" or QGuiApplication.platformName() == "xcb"

    @staticmethod
    def unavailable_reason() -> str:
        if GlobalHotkey.available():
            return ""
        return QCoreApplication.translate(
            "GlobalHotkey",
            "A system-wide shortcut is built in on Windows and X11 only. On Wayland or macOS, "
            "bind a desktop shortcut to the command 'agent-assistant': it brings the running "
            "window forward.",
        )

    def register(self, sequence: str) -> bool:
        """Claim the shortcut; False when the platform lacks it or another program owns it."""
        self.unregister()
        if not self.available() or not sequence:
            return False
        if sys.platform != "win32":
            return self._register_x11(sequence)
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

    def _register_x11(self, sequence: str) -> bool:
        keys = x11_keys(sequence)
        if keys is None:
            return False
        try:
            self._x11 = _X11Grab(*keys)
        except OSError:
            return False
        self._notifier = QSocketNotifier(self._x11.fd, QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_x11_readable)
        self.sequence = sequence
        # Events may already be queued on the connection before the notifier watches it.
        self._on_x11_readable()
        return True

    def _on_x11_readable(self) -> None:
        if self._x11 is not None and self._x11.pending():
            self.activated.emit()

    def unregister(self) -> None:
        if self._x11 is not None:
            if self._notifier is not None:
                self._notifier.setEnabled(False)
                self._notifier.deleteLater()
                self._notifier = None
            self._x11.close()
            self._x11 = None
            self.sequence = ""
        if self._filter is None:
            return
        import ctypes

        ctypes.windll.user32.UnregisterHotKey(None, HOTKEY_ID)  # type: ignore[attr-defined,unused-ignore]
        app = QCoreApplication.instance()
        if app is not None:
            app.removeNativeEventFilter(self._filter)
        self._filter = None
        self.sequence = ""
