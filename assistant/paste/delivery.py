"""Putting a phrase where the agent was typing: the steps, in order, and every way they stop.

1. The phrase goes on the clipboard first, whatever happens next: if it cannot be pasted,
   the agent still has it (and is told where it went).
2. Nothing is typed unless the window the agent came from still exists, is the same program,
   and has the keyboard focus again. Otherwise the phrase stays on the clipboard.
3. The paste keys are pressed (Shift+Insert for the programs listed, Ctrl+V otherwise).
4. What the clipboard held before is put back once the target has read the phrase: when
   the platform tells us the target asked for it (X11), a moment after its last request;
   otherwise after a fixed delay. If something else was copied meanwhile, that is kept.

Qt-free: the clipboard and the timer are handed in (ui/paste_setup.py gives Qt's), so each
rule is tested with fakes and no waiting.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable
from typing import NamedTuple, Protocol

from assistant.paste.base import Availability, PasteKeys, Paster, Reason, Target, keys_for

Later = Callable[[int, Callable[[], None]], None]

FOCUS_STEP_MS = 20
FOCUS_WAIT_MS = 1500  # a window manager may take a moment to hand the focus back
READ_QUIET_MS = 200  # after the target's last request for the text, before putting back
READ_MAX_MS = 3000  # the target never asked (the key went nowhere): put back anyway
RESTORE_FIXED_MS = 1000  # platforms that cannot tell when the target read the text


class Clipboard(Protocol):
    def save(self) -> object:
        """What the clipboard holds now, to put back later (opaque)."""
        ...

    def put(self, text: str, selection: bool = False) -> None:
        """The phrase as plain text; with ``selection``, X11's primary selection too (what
        Shift+Insert pastes in some terminals)."""
        ...

    def holds(self, text: str) -> bool:
        """Whether the clipboard still holds the phrase (nobody copied anything since)."""
        ...

    def restore(self, saved: object) -> None: ...

    def reads(self) -> int | None:
        """How many times another program asked for the clipboard's content since ``put``;
        None when the platform cannot tell."""
        ...


class Outcome(enum.Enum):
    PASTED = "pasted"
    COPIED = "copied"  # the agent asked for a copy only
    UNAVAILABLE = "unavailable"  # this platform or the IT policy: copied instead
    NO_TARGET = "no-target"  # there was no window to go back to: copied
    GONE = "gone"  # the window was closed meanwhile: copied, nothing typed
    CHANGED = "changed"  # another window has the focus, or it would not take it back: copied


class Result(NamedTuple):
    outcome: Outcome
    target: Target | None = None
    reason: Reason | None = None
    # UNAVAILABLE: whether this is the first time this session (the window explains it once)
    first_time: bool = False

    @property
    def pasted(self) -> bool:
        return self.outcome is Outcome.PASTED


Done = Callable[[Result], None]


class _Pending(NamedTuple):
    text: str
    saved: object


class Delivery:
    """Pastes phrases into other programs through one paster, one clipboard and one timer."""

    def __init__(
        self,
        paster: Paster,
        clipboard: Clipboard,
        later: Later,
        *,
        allowed: Callable[[], bool] = lambda: True,
        shift_insert_apps: Callable[[], Iterable[str]] = tuple,
        before_keys: Callable[[int], None] | None = None,
    ) -> None:
        """``allowed`` is the IT policy, asked at each paste. ``before_keys`` hears how many
        key presses are about to be sent (the abbreviation watcher ignores them)."""
        self._paster = paster
        self._clipboard = clipboard
        self._later = later
        self._allowed = allowed
        self._shift_insert_apps = shift_insert_apps
        self._before_keys = before_keys
        self._generation = 0
        self._pending: _Pending | None = None  # a put-back not done yet
        self._told: set[Reason] = set()

    @property
    def paster(self) -> Paster:
        return self._paster

    def availability(self) -> Availability:
        """Whether Enter can paste into another program now (the policy first)."""
        if not self._allowed():
            return Availability(False, Reason.POLICY)
        return self._paster.availability()

    def foreground(self) -> Target | None:
        """The window to come back to, when pasting is available; else None."""
        if not self.availability().ok:
            return None
        return self._paster.foreground()

    def copy(self, text: str) -> Result:
        """Only copy: the phrase stays on the clipboard (no put-back)."""
        self._keep(text)
        return Result(Outcome.COPIED)

    def paste(self, text: str, target: Target | None, done: Done, *, erase: int = 0) -> None:
        """Paste ``text`` into ``target`` (after ``erase`` BackSpaces); ``done`` hears how it
        went, once, possibly later (the focus may take a moment to come back)."""
        availability = self.availability()
        if not availability.ok:
            self._keep(text)
            reason = availability.reason
            first = reason not in self._told
            if reason is not None:
                self._told.add(reason)
            done(Result(Outcome.UNAVAILABLE, target, reason, first))
            return
        if target is None:
            self._keep(text)
            done(Result(Outcome.NO_TARGET))
            return
        if not self._paster.still_there(target):
            self._keep(text)
            done(Result(Outcome.GONE, target))
            return
        keys = keys_for(target, self._shift_insert_apps())
        saved = self._pending.saved if self._pending else self._clipboard.save()
        self._generation += 1
        generation = self._generation
        self._clipboard.put(text, selection=keys is PasteKeys.SHIFT_INSERT)
        self._pending = None
        if not self._paster.activate(target):
            done(Result(Outcome.CHANGED, target))
            return
        waited = [0]

        def check_focus() -> None:
            if generation != self._generation:
                return  # another paste started meanwhile; it owns the clipboard now
            if not self._paster.still_there(target):
                done(Result(Outcome.GONE, target))
                return
            if not self._paster.has_focus(target):
                if waited[0] >= FOCUS_WAIT_MS:
                    done(Result(Outcome.CHANGED, target))
                    return
                waited[0] += FOCUS_STEP_MS
                self._later(FOCUS_STEP_MS, check_focus)
                return
            if self._before_keys is not None:
                self._before_keys(erase + 2)  # BackSpaces, the modifier, the key
            self._paster.send_paste(keys, erase)
            self._pending = _Pending(text, saved)
            self._put_back_when_read(generation, 0, -1, 0)
            done(Result(Outcome.PASTED, target))

        check_focus()

    def _keep(self, text: str) -> None:
        # The phrase stays: a put-back still due would replace it with older content.
        self._generation += 1
        self._pending = None
        self._clipboard.put(text)

    def _put_back_when_read(self, generation: int, elapsed: int, reads: int, quiet: int) -> None:
        def step() -> None:
            if generation != self._generation or self._pending is None:
                return
            seen = self._clipboard.reads()
            now = elapsed + step_ms
            if seen is None:
                if now >= RESTORE_FIXED_MS:
                    self._put_back()
                else:
                    self._put_back_when_read(generation, now, -1, 0)
                return
            still = quiet + step_ms if seen == reads else 0
            if (seen > 0 and still >= READ_QUIET_MS) or now >= READ_MAX_MS:
                self._put_back()
            else:
                self._put_back_when_read(generation, now, seen, still)

        step_ms = 50
        self._later(step_ms, step)

    def _put_back(self) -> None:
        pending, self._pending = self._pending, None
        if pending is not None and self._clipboard.holds(pending.text):
            self._clipboard.restore(pending.saved)

    @property
    def restoring(self) -> bool:
        """Whether a put-back of the previous clipboard content is still due."""
        return self._pending is not None
