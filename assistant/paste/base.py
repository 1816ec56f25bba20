"""What every platform's paster offers, and the choices that do not depend on the platform.

A paster remembers the window the agent was typing in (``foreground``), checks later that it
is still there and still the same program (``still_there``), gives it the focus back
(``activate``, then ``has_focus``), and presses the paste keys in it (``send_paste``). It
reads nothing: no window title, no text, no keystroke. Watching keys for abbreviations is a
separate object (``KeyWatcher``), made only when the agent switches abbreviations on.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable
from typing import NamedTuple, Protocol


class Target(NamedTuple):
    """A window to paste into, as it was when the agent left it.

    ``window`` is what gets the focus back (the top-level window: an X11 client window or a
    Windows HWND); ``focus`` is the control inside it that had the keyboard, where the platform
    tells (else ``window``). ``app`` and ``name`` identify the program (X11: WM_CLASS class
    and instance; Windows: window class and executable name), for the per-app choice of keys
    and to tell the agent where a phrase went; ``pid`` is its process, 0 when unknown.
    """

    window: int
    focus: int
    app: str
    name: str
    pid: int

    @property
    def label(self) -> str:
        """The program's name as the agent knows it: 'xterm', 'notepad', 'Gnome-terminal'."""
        name = self.name.removesuffix(".exe").removesuffix(".EXE")
        return name or self.app or "?"


class PasteKeys(enum.Enum):
    CTRL_V = "ctrl+v"
    SHIFT_INSERT = "shift+insert"


class Reason(enum.Enum):
    """Why pasting into another program is not offered here (the window words it)."""

    WAYLAND = "wayland"  # apps may not type into other apps, by the compositor's design
    MACOS = "macos"  # needs the Accessibility permission and an API not built in
    NO_DISPLAY = "no-display"  # offscreen, or no X server
    NO_XTEST = "no-xtest"  # libXtst missing, or the X server lacks the XTEST extension
    POLICY = "policy"  # switched off by the IT policy


class Availability(NamedTuple):
    ok: bool
    reason: Reason | None = None
    detail: str = ""  # technical detail for the log (library missing, ...)


AVAILABLE = Availability(True)

# Terminals take Shift+Insert (Ctrl+V is "insert the next character literally" in a shell).
# Matched, ignoring case, against the window class and the program name (Target.app, .name).
DEFAULT_SHIFT_INSERT_APPS = (
    # X11 WM_CLASS (instance or class)
    "xterm", "uxterm", "urxvt", "rxvt", "gnome-terminal-server", "gnome-terminal", "kgx",
    "konsole", "xfce4-terminal", "terminator", "tilix", "alacritty", "kitty", "st-256color",
    "lxterminal", "mate-terminal", "qterminal", "org.wezfurlong.wezterm", "foot",
    "terminology", "guake", "tilda", "yakuake", "sakura", "eterm",
    # Windows: console host, Windows Terminal, PuTTY, mintty (Git Bash, Cygwin), ConEmu
    "ConsoleWindowClass", "CASCADIA_HOSTING_WINDOW_CLASS", "WindowsTerminal.exe",
    "PuTTY", "putty.exe", "mintty", "mintty.exe", "VirtualConsoleClass", "ConEmu64.exe",
)  # fmt: skip


def parse_app_list(text: str) -> tuple[str, ...]:
    """'xterm, konsole;kitty' -> ('xterm', 'konsole', 'kitty'): commas, semicolons or lines."""
    parts = text.replace(";", ",").replace("\n", ",").split(",")
    return tuple(dict.fromkeys(p.strip() for p in parts if p.strip()))


def keys_for(target: Target, shift_insert_apps: Iterable[str]) -> PasteKeys:
    """Shift+Insert for the programs listed (terminals), Ctrl+V for every other one."""
    wanted = {a.casefold() for a in shift_insert_apps}
    names = {target.app.casefold(), target.name.casefold()}
    names |= {n.removesuffix(".exe") for n in names}
    return PasteKeys.SHIFT_INSERT if names & wanted else PasteKeys.CTRL_V


class Paster(Protocol):
    """One platform's way to give a window the focus back and press the paste keys in it."""

    def availability(self) -> Availability: ...

    def foreground(self) -> Target | None:
        """The window the agent is typing in now (None: the desktop, or none)."""
        ...

    def still_there(self, target: Target) -> bool:
        """The window exists, is shown, and belongs to the same program as when remembered."""
        ...

    def activate(self, target: Target) -> bool:
        """Ask for the window to get the keyboard focus back; False if that was refused."""
        ...

    def has_focus(self, target: Target) -> bool:
        """Whether the keyboard focus is in the window now (what keys would reach)."""
        ...

    def send_paste(self, keys: PasteKeys, erase: int = 0) -> None:
        """Press BackSpace ``erase`` times, then the paste keys, in the focused window."""
        ...

    def caret(self, target: Target) -> tuple[int, int] | None:
        """The text cursor's position on the screen (physical pixels), where the platform
        tells; None elsewhere (the popup then opens at the mouse)."""
        ...

    def close(self) -> None: ...


class Unavailable:
    """The paster of a platform where one program may not type into another."""

    def __init__(self, reason: Reason, detail: str = "") -> None:
        self._availability = Availability(False, reason, detail)

    def availability(self) -> Availability:
        return self._availability

    def foreground(self) -> Target | None:
        return None

    def still_there(self, target: Target) -> bool:
        return False

    def activate(self, target: Target) -> bool:
        return False

    def has_focus(self, target: Target) -> bool:
        return False

    def send_paste(self, keys: PasteKeys, erase: int = 0) -> None:
        raise RuntimeError("pasting is not available here")

    def caret(self, target: Target) -> tuple[int, int] | None:
        return None

    def close(self) -> None:
        pass


class KeyEvents(Protocol):
    """What a key watcher reports. Characters go to the abbreviation buffer and nowhere else."""

    def typed(self, char: str) -> None: ...

    def erased(self) -> None:
        """BackSpace."""
        ...

    def moved(self) -> None:
        """Anything that moves the text cursor or the focus: the typed tail is forgotten."""
        ...


class KeyWatcher(Protocol):
    """Watches the keys typed in every program, for abbreviations only.

    ``fd`` is a file descriptor to watch for reading (X11), or -1 when the events arrive
    through the GUI thread's message loop (Windows); ``process()`` handles what is pending.
    """

    fd: int

    def process(self) -> None: ...

    def ignore_own_input(self, presses: int) -> None:
        """The next ``presses`` key presses are ours (BackSpaces and paste keys we send)."""
        ...

    def close(self) -> None: ...


WatcherFactory = Callable[[KeyEvents], KeyWatcher]
