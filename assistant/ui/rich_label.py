"""A word-wrapped label that measures each of its texts once per width.

A QLabel lays its whole text out again for every size it is asked: three layouts for its
minimum size after a new text, one for each height-for-width (a rich text's document is laid
out again at each width it is given, even the same one), and a scroll area with the window's
layout around it ask several times in one pass. The persona card's guide cost 9 ms of the
window's time at the end of every call (the mood is cleared), the same text at the same width
each time. The answers depend on the text, its format, the font, the style's padding and the
width only: they are kept by those for the last few texts (the guide and the moods' tips).
Painting still lays the text out, once.

(Keyed rather than cleared on a font or style change: a Python changeEvent() would be called
before the first paint, and its first event makes PySide6 create all its event classes.)
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QLabel, QWidget

KEPT_TEXTS = 32  # the guide and every mood's tips, with room to spare
_MINIMUM = -1  # keys of a text's measures besides the widths
_HINT = -2


class MeasuredLabel(QLabel):
    """A QLabel whose size answers are kept per text, font and padding. Set its word wrap,
    indent and alignment before its first text: they are not watched."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._measures: dict[tuple[object, ...], dict[int, QSize | int]] = {}

    def _kept(self) -> dict[int, QSize | int] | None:
        # Before the style is applied (its padding) the answers are not final: not kept.
        if not self.testAttribute(Qt.WidgetAttribute.WA_WState_Polished):
            return None
        margins = self.contentsMargins()
        key = (
            self.textFormat(),
            self.text(),
            self.font().key(),
            margins.left(),
            margins.top(),
            margins.right(),
            margins.bottom(),
        )
        measures = self._measures.get(key)
        if measures is None:
            if len(self._measures) >= KEPT_TEXTS:
                self._measures.clear()
            measures = self._measures[key] = {}
        return measures

    def minimumSizeHint(self) -> QSize:
        kept = self._kept()
        size = kept.get(_MINIMUM) if kept is not None else None
        if not isinstance(size, QSize):
            size = super().minimumSizeHint()
            if kept is not None:
                kept[_MINIMUM] = QSize(size)
        return QSize(size)

    def sizeHint(self) -> QSize:
        kept = self._kept()
        size = kept.get(_HINT) if kept is not None else None
        if not isinstance(size, QSize):
            size = super().sizeHint()
            if kept is not None:
                kept[_HINT] = QSize(size)
        return QSize(size)

    def heightForWidth(self, width: int) -> int:
        kept = self._kept()
        height = kept.get(width) if kept is not None and width >= 0 else None
        if not isinstance(height, int):
            height = super().heightForWidth(width)
            if kept is not None and width >= 0:
                kept[width] = height
        return height
