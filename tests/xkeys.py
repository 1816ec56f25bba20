"""A keyboard and a look at the X focus for the Xvfb tests, through libX11 and libXtst (XTEST):
what the test's "agent" does with their hands, from a connection of its own."""

from __future__ import annotations

import ctypes
import time
from collections.abc import Callable
from typing import Any

# Characters a test types, as the keysym names the US layout reaches without Shift.
KEYSYMS = {" ": "space", ";": "semicolon", ",": "comma", ".": "period", "-": "minus"}


class XKeys:
    def __init__(self, display: str) -> None:
        x11 = ctypes.CDLL("libX11.so.6")
        xtst = ctypes.CDLL("libXtst.so.6")
        x11.XOpenDisplay.restype = ctypes.c_void_p
        x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
        x11.XStringToKeysym.restype = ctypes.c_ulong
        x11.XStringToKeysym.argtypes = [ctypes.c_char_p]
        x11.XKeysymToKeycode.restype = ctypes.c_ubyte
        x11.XKeysymToKeycode.argtypes = [ctypes.c_void_p, ctypes.c_ulong]
        x11.XSync.argtypes = [ctypes.c_void_p, ctypes.c_int]
        x11.XGetInputFocus.argtypes = [
            ctypes.c_void_p, ctypes.POINTER(ctypes.c_ulong), ctypes.POINTER(ctypes.c_int)
        ]  # fmt: skip
        x11.XSetInputFocus.argtypes = [
            ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_ulong
        ]  # fmt: skip
        x11.XCloseDisplay.argtypes = [ctypes.c_void_p]
        xtst.XTestFakeKeyEvent.argtypes = [
            ctypes.c_void_p, ctypes.c_uint, ctypes.c_int, ctypes.c_ulong
        ]  # fmt: skip
        xtst.XTestFakeMotionEvent.argtypes = [
            ctypes.c_void_p, ctypes.c_int, ctypes.c_int, ctypes.c_int, ctypes.c_ulong
        ]  # fmt: skip
        xtst.XTestFakeButtonEvent.argtypes = [
            ctypes.c_void_p, ctypes.c_uint, ctypes.c_int, ctypes.c_ulong
        ]  # fmt: skip
        x11.XDefaultRootWindow.restype = ctypes.c_ulong
        x11.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
        x11.XInternAtom.restype = ctypes.c_ulong
        x11.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
        x11.XGetWindowProperty.argtypes = [
            ctypes.c_void_p, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_long, ctypes.c_long,
            ctypes.c_int, ctypes.c_ulong, ctypes.POINTER(ctypes.c_ulong),
            ctypes.POINTER(ctypes.c_int), ctypes.POINTER(ctypes.c_ulong),
            ctypes.POINTER(ctypes.c_ulong), ctypes.POINTER(ctypes.c_void_p),
        ]  # fmt: skip
        x11.XFree.argtypes = [ctypes.c_void_p]
        self._x11: Any = x11
        self._xtst: Any = xtst
        self._display = x11.XOpenDisplay(display.encode())
        assert self._display, f"cannot open {display}"

    def _code(self, name: str) -> int:
        keysym = self._x11.XStringToKeysym(name.encode())
        code = int(self._x11.XKeysymToKeycode(self._display, keysym))
        assert code, f"no key for {name}"
        return code

    def press(self, *names: str) -> None:
        """A chord (``press("Control_L", "Alt_L", "space")``): down in order, up in reverse."""
        codes = [self._code(n) for n in names]
        for code in codes:
            self._xtst.XTestFakeKeyEvent(self._display, code, 1, 0)
        for code in reversed(codes):
            self._xtst.XTestFakeKeyEvent(self._display, code, 0, 0)
        self._x11.XSync(self._display, 0)

    def type(self, text: str, pause: float = 0.02) -> None:
        """Type lowercase text key by key, as a person would (a short pause between keys)."""
        for char in text:
            self.press(KEYSYMS.get(char, char))
            time.sleep(pause)

    def focus(self) -> int:
        window, revert = ctypes.c_ulong(), ctypes.c_int()
        self._x11.XGetInputFocus(self._display, ctypes.byref(window), ctypes.byref(revert))
        return int(window.value)

    def set_focus(self, window: int) -> None:
        """What a click on the window does when a window manager runs (here there is none)."""
        self._x11.XSetInputFocus(self._display, window, 2, 0)
        self._x11.XSync(self._display, 0)

    def click(self, x: int, y: int) -> None:
        """A left click at (x, y) on the screen, as a mouse makes it."""
        self._xtst.XTestFakeMotionEvent(self._display, -1, x, y, 0)
        self._xtst.XTestFakeButtonEvent(self._display, 1, 1, 0)
        self._xtst.XTestFakeButtonEvent(self._display, 1, 0, 0)
        self._x11.XSync(self._display, 0)

    def window_manager_running(self) -> bool:
        """Whether a window manager announced itself (_NET_SUPPORTING_WM_CHECK on the root)."""
        root = self._x11.XDefaultRootWindow(self._display)
        atom = self._x11.XInternAtom(self._display, b"_NET_SUPPORTING_WM_CHECK", 0)
        kind, form = ctypes.c_ulong(), ctypes.c_int()
        items, after, data = ctypes.c_ulong(), ctypes.c_ulong(), ctypes.c_void_p()
        self._x11.XGetWindowProperty(
            self._display, root, atom, 0, 1, 0, 0, ctypes.byref(kind), ctypes.byref(form),
            ctypes.byref(items), ctypes.byref(after), ctypes.byref(data),
        )  # fmt: skip
        if data.value:
            self._x11.XFree(data)
        return items.value > 0

    def close(self) -> None:
        self._x11.XCloseDisplay(self._display)


def wait_for(condition: Callable[[], object], timeout: float, what: str) -> None:
    """Poll ``condition`` until true; fail naming ``what`` after ``timeout`` seconds. Real
    processes on a shared machine: generous timeouts, nothing asserted about the time taken."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.05)
