"""The two lines that share the status bar with its messages: what the phrase list shows (a
count, or why nothing matches) and the key hints. The hints give way first: they drop whole
hints from the end, then disappear; the count is cut only when even it alone does not fit.
The messages themselves are cut at the bar's edge; show_whole_messages() makes them readable."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QStatusBar, QWidget

from assistant.ui.elided_label import ElidedLine
from assistant.ui.plain import tooltip

if TYPE_CHECKING:
    from PySide6.QtGui import QResizeEvent

SEPARATOR = " · "


def take_back(bar: QStatusBar, message: str) -> None:
    """Clear ``bar``'s message if it is still ``message``, said of something that is over now;
    a word said since stays."""
    if message and bar.currentMessage() == message:
        bar.clearMessage()


class CountLine(ElidedLine):
    """Asks for the room of its whole text (an ElidedLine asks for none): a layout gives it
    that before anything stretching beside it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

    def setText(self, text: str) -> None:  # noqa: N802
        if text != self.text():
            super().setText(text)
            self.updateGeometry()

    def sizeHint(self) -> QSize:
        margins = self.contentsMargins()
        width = self.fontMetrics().horizontalAdvance(self.text()) + 2 * self.margin()
        return QSize(width + margins.left() + margins.right() + 1, super().sizeHint().height())


class KeyHints(QLabel):
    """Key hints ("Enter copy · Ctrl+1…9 · …") that show as many whole hints as fit, in
    order, and nothing rather than a cut one; all of them in the tooltip when some are left
    out. Plain text."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._hints: list[str] = []
        self.set_hints(text)

    def set_hints(self, text: str) -> None:
        self._hints = [part.strip() for part in text.split(SEPARATOR) if part.strip()]
        if self.width():
            self._refit()
        else:  # not laid out yet: all of them, until a width says how many fit
            self.setText(self.whole_text())

    def whole_text(self) -> str:
        return SEPARATOR.join(self._hints)

    def shown_count(self) -> int:
        """How many hints are shown now."""
        shown = super().text()
        return len(shown.split(SEPARATOR)) if shown else 0

    def sizeHint(self) -> QSize:
        margins = self.contentsMargins()
        width = self.fontMetrics().horizontalAdvance(self.whole_text())
        return QSize(width + margins.left() + margins.right() + 1, super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        return QSize(0, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._refit()

    def _refit(self) -> None:
        room = self.contentsRect().width()
        metrics = self.fontMetrics()
        shown = ""
        for count in range(len(self._hints), 0, -1):
            candidate = SEPARATOR.join(self._hints[:count])
            if metrics.horizontalAdvance(candidate) <= room:
                shown = candidate
                break
        if shown != super().text():
            self.setText(shown)
        wanted = tooltip(self.whole_text()) if shown != self.whole_text() else ""
        if self.toolTip() != wanted:
            self.setToolTip(wanted)


def show_whole_messages(status: QStatusBar) -> None:
    """While ``status`` shows a message, the whole of it is its tooltip and its accessible
    description: the bar draws a message on one line and cuts it at its edge, and at 420
    pixels the steps a call ended without were cut off, with no way to read the rest."""

    def follow(message: str) -> None:
        status.setToolTip(tooltip(message) if message else "")
        status.setAccessibleDescription(message)

    status.messageChanged.connect(follow)
