"""Stand-ins for a platform's paster, the clipboard and the timer, to test the paste rules
without a desktop and without waiting."""

from __future__ import annotations

from collections.abc import Callable

from assistant.paste.base import AVAILABLE, Availability, PasteKeys, Target

NOTEPAD = Target(window=0x1001, focus=0x1002, app="Notepad", name="notepad.exe", pid=4242)
XTERM = Target(window=0x2001, focus=0x2001, app="XTerm", name="xterm", pid=4343)


class FakePaster:
    """A desktop with one window the agent came from. ``focus_after`` is how many looks at the
    focus it takes for the window to have it again (None: never, another window keeps it)."""

    def __init__(self, target: Target | None = NOTEPAD) -> None:
        self.target = target
        self.available = AVAILABLE
        self.exists = True
        self.focus_after: int | None = 0
        self.closes_after: int | None = None  # looks at the focus before the window is closed
        self.sent: list[tuple[PasteKeys, int]] = []
        self.activated: list[Target] = []
        self.looks = 0
        self.caret_at: tuple[int, int] | None = None

    def availability(self) -> Availability:
        return self.available

    def foreground(self) -> Target | None:
        return self.target

    def still_there(self, target: Target) -> bool:
        if self.closes_after is not None and self.looks >= self.closes_after:
            return False
        return self.exists

    def activate(self, target: Target) -> bool:
        self.activated.append(target)
        return True

    def has_focus(self, target: Target) -> bool:
        self.looks += 1
        return self.focus_after is not None and self.looks > self.focus_after

    def send_paste(self, keys: PasteKeys, erase: int = 0) -> None:
        self.sent.append((keys, erase))

    def caret(self, target: Target) -> tuple[int, int] | None:
        return self.caret_at

    def close(self) -> None:
        pass


class FakeClipboard:
    """Holds text; counts the target's reads when ``tells_reads`` (X11), else cannot tell."""

    def __init__(self, text: str | None = "the agent's own copy", tells_reads: bool = True) -> None:
        self.text = text
        self.selection: str | None = None
        self.tells_reads = tells_reads
        self.read_count = 0
        self.puts: list[tuple[str, bool]] = []

    def save(self) -> object:
        return self.text

    def put(self, text: str, selection: bool = False) -> None:
        self.text = text
        if selection:
            self.selection = text
        self.read_count = 0
        self.puts.append((text, selection))

    def holds(self, text: str) -> bool:
        return self.text == text

    def restore(self, saved: object) -> None:
        assert saved is None or isinstance(saved, str)
        self.text = saved

    def reads(self) -> int | None:
        return self.read_count if self.tells_reads else None

    def target_reads(self) -> None:
        """What the target does when Ctrl+V reaches it."""
        self.read_count += 1


class FakeTimer:
    """``later`` that runs nothing until asked; ``elapsed`` counts the milliseconds run."""

    def __init__(self) -> None:
        self.queue: list[tuple[int, Callable[[], None]]] = []
        self.elapsed = 0

    def later(self, milliseconds: int, function: Callable[[], None]) -> None:
        self.queue.append((milliseconds, function))

    def run(self, until: Callable[[], bool] | None = None, limit: int = 10_000) -> None:
        """Run what is due, in order, until nothing is left (or ``until`` holds)."""
        for _ in range(limit):
            if not self.queue or (until is not None and until()):
                return
            milliseconds, function = self.queue.pop(0)
            self.elapsed += milliseconds
            function()
        raise AssertionError("the timer never ran dry")
