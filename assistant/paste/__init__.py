"""Pasting into the program the agent was typing in, and abbreviations typed anywhere.

Qt-free. ``open_paster`` picks the platform's paster from Qt's platform name (the window
knows it); ``open_key_watcher`` starts watching keys for abbreviations, only when the agent
switched them on. See base.py for what a paster does and never does.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping

from assistant.paste.base import KeyEvents, KeyWatcher, Paster, Reason, Unavailable


def wayland_session(environ: Mapping[str, str]) -> bool:
    """A Wayland desktop, even when Qt talks X11 to it (XWayland): keys we send would reach
    only the programs that also run through XWayland, so nothing is sent at all."""
    return bool(environ.get("WAYLAND_DISPLAY")) or environ.get("XDG_SESSION_TYPE") == "wayland"


def open_paster(platform_name: str, environ: Mapping[str, str] = os.environ) -> Paster:
    """The paster for Qt's platform (``QGuiApplication.platformName()``)."""
    if sys.platform == "win32" and platform_name == "windows":
        from assistant.paste.windows import WindowsPaster

        return WindowsPaster()
    if platform_name == "cocoa" or sys.platform == "darwin":
        return Unavailable(Reason.MACOS)
    if platform_name.startswith("wayland") or (platform_name == "xcb" and wayland_session(environ)):
        return Unavailable(Reason.WAYLAND)
    if platform_name == "xcb":
        from assistant.paste.x11 import X11Paster

        return X11Paster()
    return Unavailable(Reason.NO_DISPLAY, f"Qt platform {platform_name!r}")


def open_key_watcher(platform_name: str, events: KeyEvents) -> KeyWatcher:
    """Start watching keys for abbreviations; OSError when the platform cannot."""
    if sys.platform == "win32" and platform_name == "windows":
        from assistant.paste.windows import WindowsKeyWatcher

        return WindowsKeyWatcher(events)
    if platform_name == "xcb" and not wayland_session(os.environ):
        from assistant.paste.x11 import X11KeyWatcher

        return X11KeyWatcher(events)
    raise OSError(f"abbreviations are not available on the Qt platform {platform_name!r}")
