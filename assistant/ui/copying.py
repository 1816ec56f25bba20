"""Copying a phrase from the window: the phrase service fills it, the fill-in form asks for
what only the agent knows, the clipboard gets plain text, and the copy is counted.

The library (Enter, Ctrl+1..9, double-click), the hold bar's check-in line, the call flow's
steps and the quick-search popup all copy through one PhraseCopier.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from assistant.services.phrases import PhraseService
from assistant.store.rows import PhraseRow
from assistant.ui.once import used_once


class Profile(Protocol):
    """Where the agent's own values are kept (assistant.settings.Settings)."""

    agent_name: str
    company: str


class Filled:
    """A phrase filled for pasting, with the values the agent typed (to count the copy)."""

    __slots__ = ("phrase", "text", "values")

    def __init__(self, phrase: PhraseRow, text: str, values: dict[str, str]) -> None:
        self.phrase = phrase
        self.text = text
        self.values = values


class PhraseCopier(QObject):
    """Fills phrases (asking the agent when needed) and puts them on the clipboard."""

    copied = Signal(object)  # the PhraseRow that was copied
    cancelled = Signal()  # the agent closed the fill-in form

    def __init__(
        self, phrases: PhraseService, parent: QWidget, profile: Profile | None = None
    ) -> None:
        super().__init__(parent)
        self.phrases = phrases
        self._parent = parent
        self._profile = profile

    def fill(self, phrase: PhraseRow, parent: QWidget | None = None) -> Filled | None:
        """The phrase as it would be pasted now; the fill-in form asks first for any value
        only the agent knows (None when the agent cancels it)."""
        needs = self.phrases.needs(phrase)
        if needs.complete:
            return Filled(phrase, self.phrases.fill(phrase), {})
        from assistant.ui.fill_form import FillForm

        form = FillForm(phrase.title, phrase.text, needs.values, needs.ask, parent or self._parent)
        with used_once(form):
            if form.exec() != FillForm.DialogCode.Accepted:
                self.cancelled.emit()
                return None
            values = form.values()
            if self._profile is not None:
                # The agent's name or company typed in the form, kept when the agent says so:
                # the next phrase fills them without asking.
                kept = form.remembered()
                if "agent_name" in kept:
                    self._profile.agent_name = kept["agent_name"]
                if "company" in kept:
                    self._profile.company = kept["company"]
            return Filled(phrase, self.phrases.fill(phrase, values, form.included()), values)

    def done(self, filled: Filled) -> None:
        """The filled phrase reached the agent (clipboard or target app): count it."""
        self.phrases.copied(filled.phrase, filled.values)
        self.copied.emit(filled.phrase)

    def copy(self, phrase: PhraseRow, parent: QWidget | None = None) -> str | None:
        """Fill ``phrase`` and put it on the clipboard as plain text; the text, or None."""
        filled = self.fill(phrase, parent)
        if filled is None:
            return None
        # Plain text only: nothing a target could interpret as markup. setText, not a
        # Python-made QMimeData: PySide6 6.11 frees that twice at exit (a crash on quit).
        QGuiApplication.clipboard().setText(filled.text)
        self.done(filled)
        return filled.text
