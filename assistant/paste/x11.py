"""Pasting on X11: the system's libX11 and libXtst through ctypes.

- The window the agent types in is the X input focus (``XGetInputFocus``), identified by its
  top-level window's WM_CLASS and _NET_WM_PID.
- Giving it the focus back: through the window manager (a ``_NET_ACTIVE_WINDOW`` request) when
  one runs, else ``XSetInputFocus`` (a bare X server, as in the tests).
- Keys are pressed with the XTEST extension, as a keyboard would; modifiers the agent still
  holds are released first, so Shift held from typing does not turn Ctrl+V into Ctrl+Shift+V.
- Abbreviations (only when switched on): the RECORD extension (also libXtst) reports key
  presses of every program; each is turned into a character for the abbreviation buffer and
  forgotten.

libX11 is what Qt's X11 support already loads; libXtst is one small library (libxtst6 on
Debian). Nothing here imports Qt.
"""

from __future__ import annotations

import ctypes
import os
from typing import Any

from assistant.paste.base import (
    AVAILABLE,
    Availability,
    KeyEvents,
    PasteKeys,
    Reason,
    Target,
)

c_ulong_p = ctypes.POINTER(ctypes.c_ulong)
Window = ctypes.c_ulong
Atom = ctypes.c_ulong

REVERT_TO_PARENT = 2
POINTER_ROOT = 1
IS_VIEWABLE = 2
ICONIC_STATE = 3
CLIENT_MESSAGE = 33
SUBSTRUCTURE_MASKS = (1 << 19) | (1 << 20)  # SubstructureNotify | SubstructureRedirect
KEY_PRESS, KEY_RELEASE, BUTTON_PRESS = 2, 3, 4
SHIFT_MASK, LOCK_MASK, CONTROL_MASK, MOD1_MASK, MOD2_MASK, MOD4_MASK, MOD5_MASK = (
    1, 2, 4, 8, 16, 64, 128,
)  # fmt: skip
XKB_USE_CORE_KBD = 0x0100
RECORD_ALL_CLIENTS = 3
RECORD_FROM_SERVER = 0

# Held modifiers are released before the paste keys (what the agent's fingers still press).
MODIFIER_KEYSYMS = (
    "Shift_L", "Shift_R", "Control_L", "Control_R", "Alt_L", "Alt_R", "Meta_L", "Meta_R",
    "Super_L", "Super_R", "ISO_Level3_Shift",
)  # fmt: skip


class XClassHint(ctypes.Structure):
    _fields_ = [("res_name", ctypes.c_void_p), ("res_class", ctypes.c_void_p)]


class XWindowAttributes(ctypes.Structure):
    _fields_ = [
        ("x", ctypes.c_int), ("y", ctypes.c_int),
        ("width", ctypes.c_int), ("height", ctypes.c_int),
        ("border_width", ctypes.c_int), ("depth", ctypes.c_int),
        ("visual", ctypes.c_void_p), ("root", Window), ("class_", ctypes.c_int),
        ("bit_gravity", ctypes.c_int), ("win_gravity", ctypes.c_int),
        ("backing_store", ctypes.c_int), ("backing_planes", ctypes.c_ulong),
        ("backing_pixel", ctypes.c_ulong), ("save_under", ctypes.c_int),
        ("colormap", ctypes.c_ulong), ("map_installed", ctypes.c_int),
        ("map_state", ctypes.c_int), ("all_event_masks", ctypes.c_long),
        ("your_event_mask", ctypes.c_long), ("do_not_propagate_mask", ctypes.c_long),
        ("override_redirect", ctypes.c_int), ("screen", ctypes.c_void_p),
    ]  # fmt: skip


class XClientMessageEvent(ctypes.Structure):
    _fields_ = [
        ("type", ctypes.c_int), ("serial", ctypes.c_ulong), ("send_event", ctypes.c_int),
        ("display", ctypes.c_void_p), ("window", Window), ("message_type", Atom),
        ("format", ctypes.c_int), ("data", ctypes.c_long * 5),
    ]  # fmt: skip


class XKeyEvent(ctypes.Structure):
    _fields_ = [
        ("type", ctypes.c_int), ("serial", ctypes.c_ulong), ("send_event", ctypes.c_int),
        ("display", ctypes.c_void_p), ("window", Window), ("root", Window),
        ("subwindow", Window), ("time", ctypes.c_ulong), ("x", ctypes.c_int),
        ("y", ctypes.c_int), ("x_root", ctypes.c_int), ("y_root", ctypes.c_int),
        ("state", ctypes.c_uint), ("keycode", ctypes.c_uint), ("same_screen", ctypes.c_int),
    ]  # fmt: skip


class XkbStateRec(ctypes.Structure):
    _fields_ = [
        ("group", ctypes.c_ubyte), ("locked_group", ctypes.c_ubyte),
        ("base_group", ctypes.c_ushort), ("latched_group", ctypes.c_ushort),
        ("mods", ctypes.c_ubyte), ("base_mods", ctypes.c_ubyte),
        ("latched_mods", ctypes.c_ubyte), ("locked_mods", ctypes.c_ubyte),
        ("compat_state", ctypes.c_ubyte), ("grab_mods", ctypes.c_ubyte),
        ("compat_grab_mods", ctypes.c_ubyte), ("lookup_mods", ctypes.c_ubyte),
        ("compat_lookup_mods", ctypes.c_ubyte), ("ptr_buttons", ctypes.c_ushort),
    ]  # fmt: skip


class XModifierKeymap(ctypes.Structure):
    _fields_ = [("max_keypermod", ctypes.c_int), ("modifiermap", ctypes.POINTER(ctypes.c_ubyte))]


class XRecordRange8(ctypes.Structure):
    _fields_ = [("first", ctypes.c_ubyte), ("last", ctypes.c_ubyte)]


class XRecordRange16(ctypes.Structure):
    _fields_ = [("first", ctypes.c_ushort), ("last", ctypes.c_ushort)]


class XRecordExtRange(ctypes.Structure):
    _fields_ = [("ext_major", XRecordRange8), ("ext_minor", XRecordRange16)]


class XRecordRange(ctypes.Structure):
    _fields_ = [
        ("core_requests", XRecordRange8), ("core_replies", XRecordRange8),
        ("ext_requests", XRecordExtRange), ("ext_replies", XRecordExtRange),
        ("delivered_events", XRecordRange8), ("device_events", XRecordRange8),
        ("errors", XRecordRange8), ("client_started", ctypes.c_int),
        ("client_died", ctypes.c_int),
    ]  # fmt: skip


class XRecordInterceptData(ctypes.Structure):
    _fields_ = [
        ("id_base", ctypes.c_ulong), ("server_time", ctypes.c_ulong),
        ("client_seq", ctypes.c_ulong), ("category", ctypes.c_int),
        ("client_swapped", ctypes.c_int), ("data", ctypes.POINTER(ctypes.c_ubyte)),
        ("data_len", ctypes.c_ulong),
    ]  # fmt: skip


RecordCallback = ctypes.CFUNCTYPE(None, ctypes.c_void_p, ctypes.POINTER(XRecordInterceptData))
_ErrorHandler = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)


def _ignore_x_error(_display: int | None, _event: int | None) -> int:
    # Xlib's default handler ends the process; a window closed between two calls (BadWindow)
    # is an expected event here, seen in the calls' return values.
    return 0


_error_handler = _ErrorHandler(_ignore_x_error)


def _load(soname: str, name: str) -> Any:
    try:
        return ctypes.CDLL(soname)
    except OSError:
        from ctypes.util import find_library

        found = find_library(name)
        if found is None:
            raise
        return ctypes.CDLL(found)


def _libx11() -> Any:
    lib = _load("libX11.so.6", "X11")
    d, w, a = ctypes.c_void_p, Window, Atom
    signatures: dict[str, tuple[Any, list[Any]]] = {
        "XOpenDisplay": (d, [ctypes.c_char_p]),
        "XCloseDisplay": (ctypes.c_int, [d]),
        "XDefaultRootWindow": (w, [d]),
        "XInternAtom": (a, [d, ctypes.c_char_p, ctypes.c_int]),
        "XGetInputFocus": (ctypes.c_int, [d, c_ulong_p, ctypes.POINTER(ctypes.c_int)]),
        "XSetInputFocus": (ctypes.c_int, [d, w, ctypes.c_int, ctypes.c_ulong]),
        "XQueryTree": (
            ctypes.c_int,
            [d, w, c_ulong_p, c_ulong_p, ctypes.POINTER(c_ulong_p), ctypes.POINTER(ctypes.c_uint)],
        ),
        "XGetClassHint": (ctypes.c_int, [d, w, ctypes.POINTER(XClassHint)]),
        "XGetWindowAttributes": (ctypes.c_int, [d, w, ctypes.POINTER(XWindowAttributes)]),
        "XGetWindowProperty": (
            ctypes.c_int,
            [
                d,
                w,
                a,
                ctypes.c_long,
                ctypes.c_long,
                ctypes.c_int,
                a,
                c_ulong_p,
                ctypes.POINTER(ctypes.c_int),
                c_ulong_p,
                c_ulong_p,
                ctypes.POINTER(ctypes.c_void_p),
            ],
        ),  # fmt: skip
        "XSendEvent": (ctypes.c_int, [d, w, ctypes.c_int, ctypes.c_long, ctypes.c_void_p]),
        "XFree": (ctypes.c_int, [ctypes.c_void_p]),
        "XFlush": (ctypes.c_int, [d]),
        "XSync": (ctypes.c_int, [d, ctypes.c_int]),
        "XStringToKeysym": (ctypes.c_ulong, [ctypes.c_char_p]),
        "XKeysymToKeycode": (ctypes.c_ubyte, [d, ctypes.c_ulong]),
        "XQueryKeymap": (ctypes.c_int, [d, ctypes.c_char * 32]),
        "XConnectionNumber": (ctypes.c_int, [d]),
        "XSetErrorHandler": (ctypes.c_void_p, [_ErrorHandler]),
        "XLookupString": (
            ctypes.c_int,
            [ctypes.POINTER(XKeyEvent), ctypes.c_char_p, ctypes.c_int, c_ulong_p, ctypes.c_void_p],
        ),
        "XkbGetState": (ctypes.c_int, [d, ctypes.c_uint, ctypes.POINTER(XkbStateRec)]),
        "XGetModifierMapping": (ctypes.POINTER(XModifierKeymap), [d]),
        "XFreeModifiermap": (ctypes.c_int, [ctypes.POINTER(XModifierKeymap)]),
    }
    for name, (restype, argtypes) in signatures.items():
        function = getattr(lib, name)
        function.restype = restype
        function.argtypes = argtypes
    return lib


def _libxtst() -> Any:
    lib = _load("libXtst.so.6", "Xtst")
    d = ctypes.c_void_p
    int_p = ctypes.POINTER(ctypes.c_int)
    signatures: dict[str, tuple[Any, list[Any]]] = {
        "XTestQueryExtension": (ctypes.c_int, [d, int_p, int_p, int_p, int_p]),
        "XTestFakeKeyEvent": (ctypes.c_int, [d, ctypes.c_uint, ctypes.c_int, ctypes.c_ulong]),
        "XRecordQueryVersion": (ctypes.c_int, [d, int_p, int_p]),
        "XRecordAllocRange": (ctypes.POINTER(XRecordRange), []),
        "XRecordCreateContext": (
            ctypes.c_ulong,
            [
                d,
                ctypes.c_int,
                c_ulong_p,
                ctypes.c_int,
                ctypes.POINTER(ctypes.POINTER(XRecordRange)),
                ctypes.c_int,
            ],
        ),  # fmt: skip
        "XRecordEnableContextAsync": (
            ctypes.c_int,
            [d, ctypes.c_ulong, RecordCallback, ctypes.c_void_p],
        ),
        "XRecordProcessReplies": (None, [d]),
        "XRecordDisableContext": (ctypes.c_int, [d, ctypes.c_ulong]),
        "XRecordFreeContext": (ctypes.c_int, [d, ctypes.c_ulong]),
        "XRecordFreeData": (None, [ctypes.POINTER(XRecordInterceptData)]),
    }
    for name, (restype, argtypes) in signatures.items():
        function = getattr(lib, name)
        function.restype = restype
        function.argtypes = argtypes
    return lib


class _Connection:
    """One connection of our own to the X server (never Qt's), with the calls we need."""

    def __init__(self) -> None:
        self.x = _libx11()
        self.x.XSetErrorHandler(_error_handler)
        self.display = self.x.XOpenDisplay(None)
        if not self.display:
            raise OSError(f"cannot open the X display {os.environ.get('DISPLAY', '')!r}")
        self.root = int(self.x.XDefaultRootWindow(self.display))
        self._atoms: dict[str, int] = {}

    def atom(self, name: str) -> int:
        if name not in self._atoms:
            self._atoms[name] = int(self.x.XInternAtom(self.display, name.encode(), 0))
        return self._atoms[name]

    def keycode(self, keysym: str) -> int:
        return int(self.x.XKeysymToKeycode(self.display, self.x.XStringToKeysym(keysym.encode())))

    def focus(self) -> int:
        window = ctypes.c_ulong()
        revert = ctypes.c_int()
        self.x.XGetInputFocus(self.display, ctypes.byref(window), ctypes.byref(revert))
        return int(window.value)

    def parent(self, window: int) -> int | None:
        root, parent = ctypes.c_ulong(), ctypes.c_ulong()
        children = c_ulong_p()
        count = ctypes.c_uint()
        if not self.x.XQueryTree(
            self.display,
            window,
            ctypes.byref(root),
            ctypes.byref(parent),
            ctypes.byref(children),
            ctypes.byref(count),
        ):
            return None
        if children:
            self.x.XFree(children)
        return int(parent.value)

    def class_hint(self, window: int) -> tuple[str, str] | None:
        """(instance, class) of WM_CLASS, or None when the window has none (or is gone)."""
        hint = XClassHint()
        if not self.x.XGetClassHint(self.display, window, ctypes.byref(hint)):
            return None
        values = []
        for pointer in (hint.res_name, hint.res_class):
            values.append(ctypes.string_at(pointer).decode("utf-8", "replace") if pointer else "")
            if pointer:
                self.x.XFree(pointer)
        return values[0], values[1]

    def cardinal(self, window: int, name: str) -> int | None:
        """The first 32-bit value of a window property (a CARDINAL or WINDOW), if set."""
        actual_type, actual_format = ctypes.c_ulong(), ctypes.c_int()
        items, after = ctypes.c_ulong(), ctypes.c_ulong()
        data = ctypes.c_void_p()
        status = self.x.XGetWindowProperty(
            self.display, window, self.atom(name), 0, 1, 0, 0,  # AnyPropertyType
            ctypes.byref(actual_type), ctypes.byref(actual_format),
            ctypes.byref(items), ctypes.byref(after), ctypes.byref(data),
        )  # fmt: skip
        if status != 0 or not data.value:
            return None
        try:
            if actual_format.value != 32 or items.value < 1:
                return None
            # Format 32 comes back as C longs, whatever their size.
            return int(ctypes.cast(data, c_ulong_p)[0])
        finally:
            self.x.XFree(data)

    def viewable(self, window: int) -> bool:
        attributes = XWindowAttributes()
        if not self.x.XGetWindowAttributes(self.display, window, ctypes.byref(attributes)):
            return False
        return bool(attributes.map_state == IS_VIEWABLE)

    def close(self) -> None:
        if self.display:
            self.x.XCloseDisplay(self.display)
            self.display = None


class X11Paster:
    """Gives the focus back and presses the paste keys on an X11 desktop."""

    def __init__(self) -> None:
        self._conn: _Connection | None = None
        self._xtst: Any = None
        self._availability: Availability | None = None

    def availability(self) -> Availability:
        if self._availability is None:
            self._availability = self._open()
        return self._availability

    def _open(self) -> Availability:
        try:
            self._conn = _Connection()
        except OSError as error:
            return Availability(False, Reason.NO_DISPLAY, str(error))
        try:
            self._xtst = _libxtst()
        except OSError as error:
            return Availability(False, Reason.NO_XTEST, f"libXtst cannot be loaded: {error}")
        numbers = [ctypes.c_int() for _ in range(4)]
        if not self._xtst.XTestQueryExtension(
            self._conn.display, *(ctypes.byref(n) for n in numbers)
        ):
            return Availability(False, Reason.NO_XTEST, "the X server has no XTEST extension")
        return AVAILABLE

    def _ready(self) -> _Connection | None:
        return self._conn if self.availability().ok else None

    # ------------------------------------------------------------------ windows

    def _wm_active(self, conn: _Connection) -> int | None:
        """_NET_ACTIVE_WINDOW when a window manager keeps it, else None."""
        supported = conn.cardinal(conn.root, "_NET_SUPPORTING_WM_CHECK")
        if not supported:
            return None
        return conn.cardinal(conn.root, "_NET_ACTIVE_WINDOW")

    def _top_level(self, conn: _Connection, window: int) -> int:
        """The nearest window up from ``window`` with a WM_CLASS (the program's window), else
        the child of the root it is in."""
        current = window
        last = window
        for _ in range(64):
            if conn.class_hint(current) is not None:
                return current
            parent = conn.parent(current)
            if parent is None or parent == 0:
                return last
            if parent == conn.root:
                return current
            last, current = current, parent
        return window

    def _describe(self, conn: _Connection, window: int, focus: int) -> Target:
        hint = conn.class_hint(window) or ("", "")
        pid = conn.cardinal(window, "_NET_WM_PID") or 0
        return Target(window, focus, hint[1], hint[0], pid)

    def foreground(self) -> Target | None:
        conn = self._ready()
        if conn is None:
            return None
        # The X input focus is where keys go; the window manager's _NET_ACTIVE_WINDOW only
        # when the focus is nowhere in particular.
        focus = conn.focus()
        if focus in (0, POINTER_ROOT, conn.root):
            active = self._wm_active(conn)
            if not active:
                return None
            focus = active
        return self._describe(conn, self._top_level(conn, focus), focus)

    def still_there(self, target: Target) -> bool:
        conn = self._ready()
        if conn is None:
            return False
        if not conn.viewable(target.window) and not (
            # Minimised: a window manager shows it again when asked to activate it.
            self._wm_active(conn) is not None
            and conn.cardinal(target.window, "WM_STATE") == ICONIC_STATE
        ):
            return False
        now = self._describe(conn, target.window, target.focus)
        if (now.app, now.name) != (target.app, target.name):
            return False  # the id now belongs to another program's window
        return not (now.pid and target.pid and now.pid != target.pid)

    def activate(self, target: Target) -> bool:
        conn = self._ready()
        if conn is None:
            return False
        if self._wm_active(conn) is not None:
            event = XClientMessageEvent()
            event.type = CLIENT_MESSAGE
            event.send_event = 1
            event.display = conn.display
            event.window = target.window
            event.message_type = conn.atom("_NET_ACTIVE_WINDOW")
            event.format = 32
            event.data[0] = 2  # source: a pager, which window managers obey without question
            event.data[1] = 0  # CurrentTime
            buffer = ctypes.create_string_buffer(192)  # sizeof(XEvent)
            ctypes.memmove(buffer, ctypes.byref(event), ctypes.sizeof(event))
            conn.x.XSendEvent(conn.display, conn.root, 0, SUBSTRUCTURE_MASKS, buffer)
        else:
            window = target.focus if conn.viewable(target.focus) else target.window
            conn.x.XSetInputFocus(conn.display, window, REVERT_TO_PARENT, 0)
        conn.x.XSync(conn.display, 0)
        return True

    def has_focus(self, target: Target) -> bool:
        conn = self._ready()
        if conn is None:
            return False
        current = conn.focus()
        for _ in range(64):
            if current == target.window or current == target.focus:
                return True
            if current in (0, POINTER_ROOT, conn.root):
                return False
            parent = conn.parent(current)
            if parent is None:
                return False
            current = parent
        return False

    def send_paste(self, keys: PasteKeys, erase: int = 0) -> None:
        conn = self._ready()
        if conn is None:
            raise RuntimeError("pasting is not available here")
        fake = self._xtst.XTestFakeKeyEvent
        display = conn.display
        for code in self._held_modifiers(conn):
            fake(display, code, 0, 0)
        backspace = conn.keycode("BackSpace")
        for _ in range(erase):
            fake(display, backspace, 1, 0)
            fake(display, backspace, 0, 0)
        if keys is PasteKeys.SHIFT_INSERT:
            modifier, key = conn.keycode("Shift_L"), conn.keycode("Insert")
        else:
            modifier, key = conn.keycode("Control_L"), conn.keycode("v")
        for code, down in ((modifier, 1), (key, 1), (key, 0), (modifier, 0)):
            fake(display, code, down, 0)
        conn.x.XSync(display, 0)

    def _held_modifiers(self, conn: _Connection) -> list[int]:
        keymap = (ctypes.c_char * 32)()
        conn.x.XQueryKeymap(conn.display, keymap)
        bits = bytes(keymap)
        held = []
        for name in MODIFIER_KEYSYMS:
            code = conn.keycode(name)
            if code and bits[code // 8] & (1 << (code % 8)):
                held.append(code)
        return held

    def caret(self, target: Target) -> tuple[int, int] | None:
        return None  # X11 does not tell where another program's text cursor is

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None
        self._availability = None


# ------------------------------------------------------------------ abbreviations

# Keys that only change what the next key types: they neither type nor move the cursor.
_IGNORED_KEYSYMS = (
    frozenset(range(0xFFE1, 0xFFEF))  # Shift, Control, Caps Lock, Meta, Alt, Super, Hyper
    | frozenset(range(0xFE01, 0xFE14))  # ISO level and group shifts (AltGr)
    | {0xFF7F, 0xFF14}  # Num Lock, Scroll Lock
)
_DEAD_KEYS = range(0xFE50, 0xFE94)
_BACKSPACE = 0xFF08


def keysym_char(keysym: int) -> str | None:
    """The character a keysym types, or None for keys that type none (Enter, arrows, F1)."""
    if 0x20 <= keysym <= 0x7E or 0xA0 <= keysym <= 0xFF:
        return chr(keysym)
    if 0x01000100 <= keysym <= 0x0110FFFF:
        return chr(keysym - 0x01000000)
    if keysym == 0xFF80:  # KP_Space
        return " "
    if 0xFFAA <= keysym <= 0xFFB9:  # keypad * + , - . / 0-9
        return chr(keysym - 0xFF80)
    return None


class X11KeyWatcher:
    """Key presses of every program, through the RECORD extension, for the abbreviation buffer.

    Two connections of our own: RECORD sends its data on one (``fd``, watched by the window's
    event loop), and the keyboard's state is asked on the other. Mouse clicks count as a
    move of the text cursor. Key presses we send ourselves are skipped.
    """

    def __init__(self, events: KeyEvents) -> None:
        self._events = events
        self._xtst = _libxtst()
        self._control = _Connection()
        self._data = _Connection()
        x = self._control.x
        major, minor = ctypes.c_int(), ctypes.c_int()
        if not self._xtst.XRecordQueryVersion(
            self._control.display, ctypes.byref(major), ctypes.byref(minor)
        ):
            self.close()
            raise OSError("the X server has no RECORD extension")
        recorded = self._xtst.XRecordAllocRange()
        recorded.contents.device_events.first = KEY_PRESS
        recorded.contents.device_events.last = BUTTON_PRESS
        clients = ctypes.c_ulong(RECORD_ALL_CLIENTS)
        self._context = self._xtst.XRecordCreateContext(
            self._control.display, 0, ctypes.byref(clients), 1, ctypes.byref(recorded), 1
        )
        x.XFree(recorded)
        if not self._context:
            self.close()
            raise OSError("the X server refused to record key presses")
        x.XSync(self._control.display, 0)
        self._callback = RecordCallback(self._on_record)
        if not self._xtst.XRecordEnableContextAsync(
            self._data.display, self._context, self._callback, None
        ):
            self.close()
            raise OSError("the X server refused to record key presses")
        self.fd = int(x.XConnectionNumber(self._data.display))
        self._down: set[int] = set()
        self._skip = 0
        self._focus = self._control.focus()
        self._modifier_bits = self._modifier_map()

    def _modifier_map(self) -> dict[int, int]:
        """keycode -> its modifier bit (Shift, Control, Mod1..Mod5; Lock is read as locked)."""
        x = self._control.x
        mapping = x.XGetModifierMapping(self._control.display)
        if not mapping:
            return {}
        try:
            per = mapping.contents.max_keypermod
            bits: dict[int, int] = {}
            for modifier in range(8):
                if modifier == 1:  # Lock: its state is what is locked, not what is held
                    continue
                for i in range(per):
                    code = mapping.contents.modifiermap[modifier * per + i]
                    if code:
                        bits[code] = 1 << modifier
            return bits
        finally:
            x.XFreeModifiermap(mapping)

    def process(self) -> None:
        if self._data.display:
            self._xtst.XRecordProcessReplies(self._data.display)

    def ignore_own_input(self, presses: int) -> None:
        self._skip += presses

    def _on_record(self, _closure: int | None, data: Any) -> None:
        try:
            record = data.contents
            if record.category == RECORD_FROM_SERVER and record.data_len * 4 >= 32:
                raw = ctypes.string_at(record.data, 32)
                self._on_event(raw[0] & 0x7F, raw[1])
        except Exception:  # an exception must not unwind through Xlib's C frames
            self._events.moved()
        finally:
            self._xtst.XRecordFreeData(data)

    def _on_event(self, kind: int, code: int) -> None:
        if kind == KEY_RELEASE:
            self._down.discard(code)
            return
        if kind == BUTTON_PRESS:
            self._events.moved()
            return
        if kind != KEY_PRESS:
            return
        self._down.add(code)
        if self._skip > 0:
            # Ours (the BackSpaces and paste keys just sent): skipped; the paste ends with the
            # buffer empty.
            self._skip -= 1
            if self._skip == 0:
                self._events.moved()
            return
        focus = self._control.focus()
        if focus != self._focus:
            self._focus = focus
            self._events.moved()
        keysym, state = self._lookup(code)
        if keysym in _IGNORED_KEYSYMS or keysym in _DEAD_KEYS:
            return
        if keysym == _BACKSPACE:
            self._events.erased()
            return
        char = keysym_char(keysym)
        if char is None or state & (CONTROL_MASK | MOD1_MASK | MOD4_MASK):
            self._events.moved()  # Enter, arrows, Ctrl+A...: the cursor may be anywhere now
            return
        self._events.typed(char)

    def _lookup(self, code: int) -> tuple[int, int]:
        conn = self._control
        xkb = XkbStateRec()
        locked, group = 0, 0
        if conn.x.XkbGetState(conn.display, XKB_USE_CORE_KBD, ctypes.byref(xkb)) == 0:
            locked, group = xkb.locked_mods, xkb.group
        state = locked & (LOCK_MASK | MOD2_MASK)
        for down in self._down:
            if down != code:
                state |= self._modifier_bits.get(down, 0)
        event = XKeyEvent()
        event.type = KEY_PRESS
        event.display = conn.display
        event.keycode = code
        event.state = state | (group << 13)
        keysym = ctypes.c_ulong()
        text = ctypes.create_string_buffer(16)
        conn.x.XLookupString(ctypes.byref(event), text, 16, ctypes.byref(keysym), None)
        return int(keysym.value), state

    def close(self) -> None:
        context = getattr(self, "_context", 0)
        if context and self._control.display:
            self._xtst.XRecordDisableContext(self._control.display, context)
            self._xtst.XRecordFreeContext(self._control.display, context)
            self._control.x.XSync(self._control.display, 0)
            self._context = 0
        for conn in (getattr(self, "_data", None), getattr(self, "_control", None)):
            if conn is not None:
                conn.close()
