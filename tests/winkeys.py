"""A keyboard and a mouse for the Windows desktop test, through SendInput (user32): what the
test's "agent" does with their hands. Windows only; imported by tests/test_paste_windows.py."""

from __future__ import annotations

import ctypes
from typing import Any

from assistant.paste.windows import INPUT, INPUT_KEYBOARD, KEYEVENTF_KEYUP, MOUSEINPUT, RECT

INPUT_MOUSE = 0
MOUSEEVENTF_LEFTDOWN, MOUSEEVENTF_LEFTUP = 0x2, 0x4
VK = {
    "ctrl": 0x11, "alt": 0x12, "shift": 0x10, "space": 0x20, "enter": 0x0D, "back": 0x08,
    ";": 0xBA,  # VK_OEM_1: ';' on the US layout the runner uses
}  # fmt: skip


def _user32() -> Any:
    user32 = getattr(ctypes, "WinDLL")("user32", use_last_error=True)  # noqa: B009
    user32.SendInput.argtypes = [ctypes.c_uint, ctypes.POINTER(INPUT), ctypes.c_int]
    user32.GetForegroundWindow.restype = ctypes.c_void_p
    user32.GetWindowRect.argtypes = [ctypes.c_void_p, ctypes.POINTER(RECT)]
    user32.SetCursorPos.argtypes = [ctypes.c_int, ctypes.c_int]
    return user32


class WinKeys:
    def __init__(self) -> None:
        self._user32 = _user32()

    def _send(self, inputs: list[INPUT]) -> None:
        array = (INPUT * len(inputs))(*inputs)
        sent = self._user32.SendInput(len(inputs), array, ctypes.sizeof(INPUT))
        assert sent == len(inputs), f"SendInput sent {sent} of {len(inputs)}"

    def _key(self, vk: int, up: bool = False) -> INPUT:
        item = INPUT()
        item.type = INPUT_KEYBOARD
        item.u.ki.wVk = vk
        item.u.ki.dwFlags = KEYEVENTF_KEYUP if up else 0
        return item

    def press(self, *names: str) -> None:
        """A chord (``press("ctrl", "alt", "space")``): down in order, up in reverse."""
        codes = [VK.get(n, ord(n.upper()) if len(n) == 1 else 0) for n in names]
        assert all(codes), names
        self._send([self._key(c) for c in codes] + [self._key(c, True) for c in reversed(codes)])

    def type(self, text: str) -> None:
        """Lowercase letters, digits, spaces and ';', key by key."""
        for char in text:
            self.press("space" if char == " " else char)

    def click(self, hwnd: int) -> None:
        """A left click in the middle of the window, as the agent clicks into a field."""
        rect = RECT()
        assert self._user32.GetWindowRect(hwnd, ctypes.byref(rect))
        self._user32.SetCursorPos((rect.left + rect.right) // 2, (rect.top + rect.bottom) // 2)
        inputs = []
        for flag in (MOUSEEVENTF_LEFTDOWN, MOUSEEVENTF_LEFTUP):
            item = INPUT()
            item.type = INPUT_MOUSE
            item.u.mi = MOUSEINPUT(0, 0, 0, flag, 0, 0)
            inputs.append(item)
        self._send(inputs)

    def foreground(self) -> int:
        return int(self._user32.GetForegroundWindow() or 0)
