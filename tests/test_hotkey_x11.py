"""The system-wide shortcut on a real X server: a key press from outside the window reaches it,
and a shortcut another program holds is refused instead of crashing the program."""

from __future__ import annotations

import ctypes.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.xvfb

ROOT = Path(__file__).resolve().parent.parent

# Runs on the Xvfb display: registers Ctrl+Alt+Space, presses it through the XTEST extension
# (as the X server sees a real keyboard), and reports what happened.
SCRIPT = r"""
import ctypes, json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLineEdit
from assistant.ui.hotkey import GlobalHotkey

app = QApplication(sys.argv[:1])
other_program = QLineEdit()  # focus is elsewhere: the shortcut must still arrive
other_program.show()
hotkey = GlobalHotkey()
registered = hotkey.register("Ctrl+Alt+Space")
second = GlobalHotkey()
taken_twice = second.register("Ctrl+Alt+Space")
hits = []
hotkey.activated.connect(lambda: (hits.append(1), QTimer.singleShot(200, app.quit)))

x11 = ctypes.CDLL("libX11.so.6")
xtst = ctypes.CDLL("libXtst.so.6")
x11.XOpenDisplay.restype = ctypes.c_void_p
x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
x11.XStringToKeysym.restype = ctypes.c_ulong
x11.XStringToKeysym.argtypes = [ctypes.c_char_p]
x11.XKeysymToKeycode.restype = ctypes.c_ubyte
x11.XKeysymToKeycode.argtypes = [ctypes.c_void_p, ctypes.c_ulong]
x11.XFlush.argtypes = [ctypes.c_void_p]
xtst.XTestFakeKeyEvent.argtypes = [ctypes.c_void_p, ctypes.c_uint, ctypes.c_int, ctypes.c_ulong]
display = x11.XOpenDisplay(None)

def press():
    codes = [x11.XKeysymToKeycode(display, x11.XStringToKeysym(n))
             for n in (b"Control_L", b"Alt_L", b"space")]
    for code in codes:
        xtst.XTestFakeKeyEvent(display, code, 1, 0)
    for code in reversed(codes):
        xtst.XTestFakeKeyEvent(display, code, 0, 0)
    x11.XFlush(display)

QTimer.singleShot(300, press)
QTimer.singleShot(15000, app.quit)
app.exec()
hotkey.unregister()
again = GlobalHotkey().register("Ctrl+Alt+Space")  # free again once released
print(json.dumps({"registered": registered, "taken_twice": taken_twice,
                  "hits": len(hits), "again": again}))
"""


@pytest.fixture
def display(xvfb_display: str) -> str:
    if ctypes.util.find_library("Xtst") is None:
        pytest.skip("libXtst (to press keys on the virtual screen) is missing; `make test` adds it")
    return xvfb_display


def test_the_global_shortcut_arrives_from_outside_the_window(display: str) -> None:
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
    env.pop("WAYLAND_DISPLAY", None)
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report == {"registered": True, "taken_twice": False, "hits": 1, "again": True}
