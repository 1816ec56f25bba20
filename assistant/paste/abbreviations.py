"""Abbreviations: the last few characters typed, matched against the phrases' shortcuts.

Only as many characters as the longest shortcut (plus one, to see what came before) are held,
in memory, and they are dropped at every move of the text cursor or the focus, at every
match, and when the shortcuts change. Nothing here writes or logs what was typed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

MAX_SHORTCUT = 32  # longer shortcuts are not watched (nobody types those)


class Abbreviations:
    """Feeds on the key watcher's events (base.KeyEvents); calls ``on_match`` with the
    shortcut just typed.

    A shortcut that starts with a letter or digit (``brb``) only matches at the start of a
    word, so it does not fire inside a longer one; one that starts with a sign (``;sorry``)
    matches wherever it is typed.
    """

    def __init__(self, on_match: Callable[[str], None]) -> None:
        self._on_match = on_match
        self._shortcuts: frozenset[str] = frozenset()
        self._lengths: list[int] = []
        self._keep = 0
        self._tail = ""

    def set_shortcuts(self, shortcuts: Iterable[str]) -> None:
        usable = {s.strip() for s in shortcuts if s and s.strip()}
        self._shortcuts = frozenset(s for s in usable if len(s) <= MAX_SHORTCUT)
        self._lengths = sorted({len(s) for s in self._shortcuts}, reverse=True)
        self._keep = self._lengths[0] + 1 if self._lengths else 0
        self._tail = ""

    @property
    def held(self) -> int:
        """How many typed characters are in memory now (never what they are)."""
        return len(self._tail)

    def typed(self, char: str) -> None:
        if not self._keep:
            return
        self._tail = (self._tail + char)[-self._keep :]
        for length in self._lengths:
            if length > len(self._tail):
                continue
            candidate = self._tail[-length:]
            if candidate not in self._shortcuts:
                continue
            before = self._tail[-length - 1] if length < len(self._tail) else ""
            if candidate[0].isalnum() and before.isalnum():
                continue  # inside a word
            self._tail = ""
            self._on_match(candidate)
            return

    def erased(self) -> None:
        self._tail = self._tail[:-1]

    def moved(self) -> None:
        self._tail = ""
