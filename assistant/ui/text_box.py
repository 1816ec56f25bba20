"""The main window's one-line text boxes (the search box, the customer's name).

Alt and a letter is a command in the window (a mnemonic: Alt+C the campaign, Alt+N the
customer's name). A letter no mnemonic takes (Alt+X, or Alt+B in Spanish, where the callbacks
tab has another letter) reached the box with focus, and Qt's text box typed it on Linux: "x"
in the search box, the phrase list emptied under the agent's next Enter. Here it types nothing.
macOS types characters with Option (reported as Alt), and AltGr is Ctrl+Alt on Windows: both
still type.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

if TYPE_CHECKING:  # the event class for the type checker alone (tests/test_startup.py)
    from PySide6.QtGui import QKeyEvent

_TYPES_WITH_ALT = sys.platform == "darwin"


def alt_letter(event: QKeyEvent) -> bool:
    """Whether ``event`` is Alt (not AltGr) with a character: a command, never text."""
    if _TYPES_WITH_ALT:
        return False
    modifiers = event.modifiers()
    return (
        bool(modifiers & Qt.KeyboardModifier.AltModifier)
        and not modifiers & Qt.KeyboardModifier.ControlModifier
        and event.text().isprintable()
        and event.text() != ""
    )


class TextBox(QLineEdit):
    """A one-line text box that types no Alt+letter (see the module docstring)."""

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if alt_letter(event):
            event.ignore()  # the window's, as a key nothing takes
            return
        super().keyPressEvent(event)
