"""Pasting on Windows: user32 through ctypes.

- The window the agent types in is the foreground window (``GetForegroundWindow``),
  identified by its window class, its process and the process's executable name.
- Giving it the focus back: ``SetForegroundWindow``, which Windows allows us because the agent's
  last key press (the shortcut, then Enter) went to our window.
- Keys: one ``SendInput`` call (the BackSpaces, then Ctrl+V or Shift+Insert) so no key of the
  agent's can land in between; each input carries a mark (``dwExtraInfo``) by which the
  abbreviation watcher knows its own keys.
- Abbreviations (only when switched on): a low-level keyboard hook (``WH_KEYBOARD_LL``),
  called on the window's own thread through its message loop; each key is turned into a
  character for the abbreviation buffer (``ToUnicodeEx``, without touching the keyboard's
  dead-key state) and forgotten.

The structures are defined with fixed-size types so this module imports (and its layouts are
checked) on any platform; the functions only run on Windows.
"""

from __future__ import annotations

import ctypes
import sys
from typing import Any

from assistant.paste.base import AVAILABLE, Availability, KeyEvents, PasteKeys, Target

WORD, DWORD, LONG = ctypes.c_uint16, ctypes.c_uint32, ctypes.c_int32
ULONG_PTR = ctypes.c_size_t
HANDLE = ctypes.c_void_p
INPUT_KEYBOARD = 1
KEYEVENTF_EXTENDEDKEY, KEYEVENTF_KEYUP = 0x1, 0x2
VK_BACK, VK_SHIFT, VK_CONTROL, VK_MENU, VK_CAPITAL = 0x08, 0x10, 0x11, 0x12, 0x14
VK_INSERT, VK_V = 0x2D, 0x56
VK_LWIN, VK_RWIN = 0x5B, 0x5C
VK_LSHIFT, VK_RSHIFT, VK_LCONTROL, VK_RCONTROL, VK_LMENU, VK_RMENU = range(0xA0, 0xA6)
HELD_MODIFIERS = (VK_LSHIFT, VK_RSHIFT, VK_LCONTROL, VK_RCONTROL, VK_LMENU, VK_RMENU, VK_LWIN,
                  VK_RWIN)  # fmt: skip
# Keys that only change what the next key types.
MODIFIER_KEYS = frozenset(
    {VK_SHIFT, VK_CONTROL, VK_MENU, VK_CAPITAL, VK_LWIN, VK_RWIN, 0x90, 0x91, *range(0xA0, 0xA6)}
)
SW_RESTORE = 9
PROCESS_QUERY_LIMITED_INFORMATION = 0x1000
WH_KEYBOARD_LL = 13
WM_KEYDOWN, WM_SYSKEYDOWN = 0x0100, 0x0104
# Marks the input we send, so our own hook skips it ("AAPS").
OWN_INPUT = 0x41415053


class KEYBDINPUT(ctypes.Structure):
    _fields_ = [
        ("wVk", WORD), ("wScan", WORD), ("dwFlags", DWORD), ("time", DWORD),
        ("dwExtraInfo", ULONG_PTR),
    ]  # fmt: skip


class MOUSEINPUT(ctypes.Structure):
    _fields_ = [
        ("dx", LONG), ("dy", LONG), ("mouseData", DWORD), ("dwFlags", DWORD), ("time", DWORD),
        ("dwExtraInfo", ULONG_PTR),
    ]  # fmt: skip


class HARDWAREINPUT(ctypes.Structure):
    _fields_ = [("uMsg", DWORD), ("wParamL", WORD), ("wParamH", WORD)]


class _InputUnion(ctypes.Union):
    _fields_ = [("mi", MOUSEINPUT), ("ki", KEYBDINPUT), ("hi", HARDWAREINPUT)]


class INPUT(ctypes.Structure):
    _fields_ = [("type", DWORD), ("u", _InputUnion)]


class RECT(ctypes.Structure):
    _fields_ = [("left", LONG), ("top", LONG), ("right", LONG), ("bottom", LONG)]


class POINT(ctypes.Structure):
    _fields_ = [("x", LONG), ("y", LONG)]


class GUITHREADINFO(ctypes.Structure):
    _fields_ = [
        ("cbSize", DWORD), ("flags", DWORD), ("hwndActive", HANDLE), ("hwndFocus", HANDLE),
        ("hwndCapture", HANDLE), ("hwndMenuOwner", HANDLE), ("hwndMoveSize", HANDLE),
        ("hwndCaret", HANDLE), ("rcCaret", RECT),
    ]  # fmt: skip


class KBDLLHOOKSTRUCT(ctypes.Structure):
    _fields_ = [
        ("vkCode", DWORD), ("scanCode", DWORD), ("flags", DWORD), ("time", DWORD),
        ("dwExtraInfo", ULONG_PTR),
    ]  # fmt: skip


def key_input(vk: int, up: bool = False, extended: bool = False) -> INPUT:
    """One key press or release for SendInput, marked as ours."""
    item = INPUT()
    item.type = INPUT_KEYBOARD
    item.u.ki.wVk = vk
    item.u.ki.dwFlags = (KEYEVENTF_KEYUP if up else 0) | (KEYEVENTF_EXTENDEDKEY if extended else 0)
    item.u.ki.dwExtraInfo = OWN_INPUT
    return item


def paste_inputs(keys: PasteKeys, erase: int, held: list[int]) -> list[INPUT]:
    """Releases of the ``held`` modifiers, ``erase`` BackSpaces, then the paste keys."""
    inputs = [key_input(vk, up=True) for vk in held]
    for _ in range(erase):
        inputs += [key_input(VK_BACK), key_input(VK_BACK, up=True)]
    if keys is PasteKeys.SHIFT_INSERT:
        modifier, key, extended = VK_SHIFT, VK_INSERT, True
    else:
        modifier, key, extended = VK_CONTROL, VK_V, False
    inputs += [
        key_input(modifier),
        key_input(key, extended=extended),
        key_input(key, up=True, extended=extended),
        key_input(modifier, up=True),
    ]
    return inputs


def _dll(name: str) -> Any:
    if sys.platform != "win32":
        raise OSError(f"{name}.dll: Windows only")
    return getattr(ctypes, "WinDLL")(name, use_last_error=True)  # noqa: B009 - Windows only


def _last_error() -> int:
    return int(getattr(ctypes, "get_last_error")())  # noqa: B009 - Windows only


def _user32() -> Any:
    lib = _dll("user32")
    h, i, u = HANDLE, ctypes.c_int, ctypes.c_uint
    signatures: dict[str, tuple[Any, list[Any]]] = {
        "GetForegroundWindow": (h, []),
        "SetForegroundWindow": (i, [h]),
        "IsWindow": (i, [h]),
        "IsWindowVisible": (i, [h]),
        "IsIconic": (i, [h]),
        "ShowWindow": (i, [h, i]),
        "GetClassNameW": (i, [h, ctypes.c_wchar_p, i]),
        "GetWindowThreadProcessId": (DWORD, [h, ctypes.POINTER(DWORD)]),
        "GetGUIThreadInfo": (i, [DWORD, ctypes.POINTER(GUITHREADINFO)]),
        "ClientToScreen": (i, [h, ctypes.POINTER(POINT)]),
        "SendInput": (u, [u, ctypes.POINTER(INPUT), i]),
        "GetAsyncKeyState": (ctypes.c_short, [i]),
        "GetKeyState": (ctypes.c_short, [i]),
        "GetKeyboardLayout": (h, [DWORD]),
        "ToUnicodeEx": (i, [u, u, ctypes.POINTER(ctypes.c_ubyte), ctypes.c_wchar_p, i, u, h]),
        "SetWindowsHookExW": (h, [i, ctypes.c_void_p, h, DWORD]),
        "UnhookWindowsHookEx": (i, [h]),
        "CallNextHookEx": (ctypes.c_ssize_t, [h, i, ctypes.c_size_t, ctypes.c_ssize_t]),
    }
    for name, (restype, argtypes) in signatures.items():
        function = getattr(lib, name)
        function.restype = restype
        function.argtypes = argtypes
    return lib


def _kernel32() -> Any:
    lib = _dll("kernel32")
    lib.OpenProcess.restype = HANDLE
    lib.OpenProcess.argtypes = [DWORD, ctypes.c_int, DWORD]
    lib.QueryFullProcessImageNameW.restype = ctypes.c_int
    lib.QueryFullProcessImageNameW.argtypes = [
        HANDLE,
        DWORD,
        ctypes.c_wchar_p,
        ctypes.POINTER(DWORD),
    ]
    lib.CloseHandle.argtypes = [HANDLE]
    lib.GetModuleHandleW.restype = HANDLE
    lib.GetModuleHandleW.argtypes = [ctypes.c_wchar_p]
    return lib


class WindowsPaster:
    """Gives the focus back and presses the paste keys on Windows."""

    def __init__(self) -> None:
        self._user32 = _user32()  # OSError elsewhere than on Windows
        self._kernel32 = _kernel32()

    def availability(self) -> Availability:
        return AVAILABLE

    def _thread_and_pid(self, hwnd: int) -> tuple[int, int]:
        pid = DWORD()
        thread = self._user32.GetWindowThreadProcessId(hwnd, ctypes.byref(pid))
        return int(thread), int(pid.value)

    def _class_name(self, hwnd: int) -> str:
        buffer = ctypes.create_unicode_buffer(256)
        self._user32.GetClassNameW(hwnd, buffer, 256)
        return buffer.value

    def _exe_name(self, pid: int) -> str:
        process = self._kernel32.OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, 0, pid)
        if not process:
            return ""
        try:
            buffer = ctypes.create_unicode_buffer(1024)
            size = DWORD(1024)
            if not self._kernel32.QueryFullProcessImageNameW(
                process, 0, buffer, ctypes.byref(size)
            ):
                return ""
            return buffer.value.replace("/", "\\").rsplit("\\", 1)[-1]
        finally:
            self._kernel32.CloseHandle(process)

    def _gui_info(self, thread: int) -> GUITHREADINFO | None:
        info = GUITHREADINFO()
        info.cbSize = ctypes.sizeof(GUITHREADINFO)
        if not self._user32.GetGUIThreadInfo(thread, ctypes.byref(info)):
            return None
        return info

    def foreground(self) -> Target | None:
        hwnd = self._user32.GetForegroundWindow()
        if not hwnd:
            return None
        thread, pid = self._thread_and_pid(hwnd)
        info = self._gui_info(thread)
        focus = int(info.hwndFocus or hwnd) if info else int(hwnd)
        return Target(int(hwnd), focus, self._class_name(hwnd), self._exe_name(pid), pid)

    def still_there(self, target: Target) -> bool:
        hwnd = target.window
        if not self._user32.IsWindow(hwnd) or not self._user32.IsWindowVisible(hwnd):
            return False
        # Handles are reused: the same number must still be the same program's window.
        _thread, pid = self._thread_and_pid(hwnd)
        return pid == target.pid and self._class_name(hwnd) == target.app

    def activate(self, target: Target) -> bool:
        if self._user32.IsIconic(target.window):
            self._user32.ShowWindow(target.window, SW_RESTORE)
        return bool(self._user32.SetForegroundWindow(target.window))

    def has_focus(self, target: Target) -> bool:
        return int(self._user32.GetForegroundWindow() or 0) == target.window

    def send_paste(self, keys: PasteKeys, erase: int = 0) -> None:
        held = [vk for vk in HELD_MODIFIERS if self._user32.GetAsyncKeyState(vk) & 0x8000]
        inputs = paste_inputs(keys, erase, held)
        array = (INPUT * len(inputs))(*inputs)
        sent = self._user32.SendInput(len(inputs), array, ctypes.sizeof(INPUT))
        if sent != len(inputs):
            raise OSError(_last_error(), "SendInput was blocked")

    def caret(self, target: Target) -> tuple[int, int] | None:
        thread, _pid = self._thread_and_pid(target.window)
        info = self._gui_info(thread)
        if info is None or not info.hwndCaret:
            return None  # many programs (browsers, Electron) draw their own caret
        point = POINT(info.rcCaret.left, info.rcCaret.bottom)
        if not self._user32.ClientToScreen(info.hwndCaret, ctypes.byref(point)):
            return None
        return int(point.x), int(point.y)

    def close(self) -> None:
        pass


_HookProc = getattr(ctypes, "WINFUNCTYPE", ctypes.CFUNCTYPE)(
    ctypes.c_ssize_t, ctypes.c_int, ctypes.c_size_t, ctypes.c_ssize_t
)


class WindowsKeyWatcher:
    """Key presses of every program, through a low-level keyboard hook, for abbreviations.

    Windows calls the hook on the thread that set it, from its message loop (the window's
    event loop), so ``fd`` is -1 and ``process`` has nothing to do. Our own SendInput keys
    carry OWN_INPUT and are skipped. Mouse clicks are not watched (a hook on the mouse would
    run for every movement); a change of window or of focused control empties the buffer.
    """

    fd = -1

    def __init__(self, events: KeyEvents) -> None:
        self._events = events
        self._user32 = _user32()  # OSError elsewhere than on Windows
        self._proc = _HookProc(self._on_key)
        module = _kernel32().GetModuleHandleW(None)
        self._hook = self._user32.SetWindowsHookExW(
            WH_KEYBOARD_LL, ctypes.cast(self._proc, ctypes.c_void_p), module, 0
        )
        if not self._hook:
            raise OSError(_last_error(), "the keyboard hook was refused")
        self._where: tuple[int, int] = (0, 0)

    def process(self) -> None:
        pass

    def ignore_own_input(self, presses: int) -> None:
        pass  # ours are marked OWN_INPUT

    def _on_key(self, code: int, message: int, data: int) -> int:
        try:
            if code == 0 and message in (WM_KEYDOWN, WM_SYSKEYDOWN):
                info = KBDLLHOOKSTRUCT.from_address(data)
                if info.dwExtraInfo == OWN_INPUT:
                    self._events.moved()
                else:
                    self._on_press(int(info.vkCode), int(info.scanCode))
        except Exception:  # nothing may unwind into Windows' hook chain
            self._events.moved()
        return int(self._user32.CallNextHookEx(self._hook, code, message, data))

    def _on_press(self, vk: int, scan: int) -> None:
        user32 = self._user32
        hwnd = int(user32.GetForegroundWindow() or 0)
        pid = DWORD()
        thread = int(user32.GetWindowThreadProcessId(hwnd, ctypes.byref(pid)))
        info = GUITHREADINFO()
        info.cbSize = ctypes.sizeof(GUITHREADINFO)
        found = user32.GetGUIThreadInfo(thread, ctypes.byref(info))
        focus = int(info.hwndFocus or 0) if found else 0
        if (hwnd, focus) != self._where:
            self._where = (hwnd, focus)
            self._events.moved()
        if vk in MODIFIER_KEYS:
            return
        if vk == VK_BACK:
            self._events.erased()
            return

        def down(key: int) -> bool:
            return bool(user32.GetAsyncKeyState(key) & 0x8000)

        alt_gr = down(VK_RMENU)
        control, alt = down(VK_CONTROL), down(VK_MENU)
        if ((control or alt) and not alt_gr) or down(VK_LWIN) or down(VK_RWIN):
            self._events.moved()  # Ctrl+A, Alt+Tab...: the cursor may be anywhere now
            return
        state = (ctypes.c_ubyte * 256)()
        for key in (VK_SHIFT, VK_LSHIFT, VK_RSHIFT, VK_CONTROL, VK_MENU, VK_LCONTROL, VK_RMENU):
            if down(key):
                state[key] = 0x80
        state[VK_CAPITAL] = user32.GetKeyState(VK_CAPITAL) & 1
        text = ctypes.create_unicode_buffer(8)
        # Flag 4: do not change the keyboard state (a dead key pressed stays pending).
        count = user32.ToUnicodeEx(vk, scan, state, text, 8, 4, user32.GetKeyboardLayout(thread))
        if count < 0:
            return  # a dead key: the next key types the accented letter
        if count == 0:
            self._events.moved()  # arrows, Enter, Home, F-keys...
            return
        for char in text.value[:count]:
            if char.isprintable():
                self._events.typed(char)
            else:
                self._events.moved()

    def close(self) -> None:
        if self._hook:
            self._user32.UnhookWindowsHookEx(self._hook)
            self._hook = None
