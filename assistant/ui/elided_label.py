"""A plain-text label that wraps onto as many lines as its height holds, and elides the rest.

A word-wrapped QLabel is as tall as its whole text: a long phrase in the preview would push
the phrase list (or the window) out of the way. This one asks for up to ``max_lines`` lines,
gives way down to one line when the window is short, and ends a cut text with "…".
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QResizeEvent, QTextLayout, QTextOption
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from assistant.ui.plain import tooltip

KEPT_FITS = 8  # the widths and limits a label is measured at, kept for its text


class ElidedLabel(QLabel):
    """Plain text only (never markup). ``text()`` is the whole text as set; the label shows
    ``shown_text()``, the part that fits. ``steady``: it asks for ``max_lines`` lines whatever
    its text, so a new text never moves what is around it."""

    def __init__(
        self, parent: QWidget | None = None, *, max_lines: int = 3, steady: bool = False
    ) -> None:
        super().__init__(parent)
        self._steady = steady
        self._text = ""
        self._max_lines = max(1, max_lines)
        self._width = 0
        self._elided = False
        self._fitted_font = QFont()
        # The lines of the text at a width and a limit, in a font: the column around the
        # label asks its size a dozen times in a pass, each a layout of the text.
        self._measured: dict[tuple[int, int], tuple[list[str], bool]] = {}
        self._measured_font = QFont()
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(False)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        # A framed label indents top-aligned text from the top as well: lines must start at
        # the top of the contents rect to be counted right.
        self.setIndent(0)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    # ------------------------------------------------------------------ text

    def text(self) -> str:
        return self._text

    def setText(self, text: str) -> None:
        # The same text in the same font changes nothing: no fitting, no new layout of the
        # window (the preview is set again at every event of the desk and every setting).
        if text == self._text and self.font() == self._fitted_font:
            return
        self._text = text
        self._measured.clear()
        self._refit()
        self.updateGeometry()

    def shown_text(self) -> str:
        return super().text()

    def is_elided(self) -> bool:
        return self._elided

    # ------------------------------------------------------------------ size

    def hasHeightForWidth(self) -> bool:
        return False

    def sizeHint(self) -> QSize:
        # No width: a layout takes none from a widget whose width is Ignored, and QLabel's
        # hint measures the shown text three times after each new text (each phrase selected).
        if self._steady:
            return QSize(0, self._height_for(self._max_lines))
        lines, _ = self._lines(self._text_width(), self._max_lines)
        return QSize(0, self._height_for(max(1, len(lines))))

    def minimumSizeHint(self) -> QSize:
        return QSize(0, self._height_for(1))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._refit()
        if event.size().width() != self._width:
            self._width = event.size().width()
            self.updateGeometry()  # another width, maybe another number of lines

    # ------------------------------------------------------------------ fitting

    def _height_for(self, lines: int) -> int:
        # Padding and borders (from the style sheet too) are what the contents rect leaves.
        extra = self.height() - self.contentsRect().height()
        return lines * self.fontMetrics().lineSpacing() + extra

    def _text_width(self) -> int:
        return max(1, self.contentsRect().width())

    def _refit(self) -> None:
        self._fitted_font = QFont(self.font())
        room = self.contentsRect().height() // max(1, self.fontMetrics().lineSpacing())
        lines, self._elided = self._lines(self._text_width(), min(self._max_lines, room))
        super().setText("\n".join(lines))
        self.setToolTip(tooltip(self._text) if self._elided else "")

    def _lines(self, width: int, limit: int) -> tuple[list[str], bool]:
        """The text wrapped at ``width`` in at most ``limit`` lines (at least one), the last
        one elided; and whether anything was cut. Kept until the text or the font changes."""
        font = self.font()
        if font != self._measured_font or len(self._measured) >= KEPT_FITS:
            self._measured.clear()
            self._measured_font = QFont(font)
        key = (width, limit)
        fit = self._measured.get(key)
        if fit is None:
            fit = self._measured[key] = self._wrap(width, limit)
        return list(fit[0]), fit[1]

    def _wrap(self, width: int, limit: int) -> tuple[list[str], bool]:
        metrics = self.fontMetrics()
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        lines: list[str] = []
        paragraphs = self._text.split("\n")
        for number, paragraph in enumerate(paragraphs):
            layout = QTextLayout(paragraph, self.font())
            layout.setTextOption(option)
            layout.beginLayout()
            while True:
                line = layout.createLine()
                if not line.isValid():
                    break
                line.setLineWidth(width)
                start = line.textStart()
                if len(lines) >= max(1, limit) - 1:
                    # The last line there is room for: the rest of the text, elided.
                    rest = " ".join([paragraph[start:], *paragraphs[number + 1 :]]).strip()
                    last = metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width)
                    layout.endLayout()
                    return [*lines, last], last != rest
                lines.append(paragraph[start : start + line.textLength()].rstrip())
            layout.endLayout()
        return lines, False


class ElidedLine(QLabel):
    """One line of plain text that ends with "…" when its room is too narrow, the whole text
    then in its tooltip and its accessible description (a screen reader reads the label's
    shown text, cut). For the status lines of the hold and call bars: they change every
    second, so their height never changes and they never ask the window to lay out again."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(False)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def text(self) -> str:
        return self._text

    def setText(self, text: str) -> None:
        if text != self._text:
            self._text = text
            self._refit()

    def shown_text(self) -> str:
        return super().text()

    def is_elided(self) -> bool:
        return self.shown_text() != self._text

    def minimumSizeHint(self) -> QSize:
        return QSize(0, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._refit()

    def _refit(self) -> None:
        width = max(1, self.contentsRect().width())
        shown = self.fontMetrics().elidedText(self._text, Qt.TextElideMode.ElideRight, width)
        if shown != super().text():
            super().setText(shown)
        whole = self._text if shown != self._text else ""
        if self.accessibleDescription() != whole:
            self.setToolTip(tooltip(whole) if whole else "")
            self.setAccessibleDescription(whole)
