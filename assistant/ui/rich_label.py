"""A word-wrapped label that measures each of its texts once per width.

A QLabel lays its whole text out again for every size it is asked: three layouts for its
minimum size after a new text, one for each height-for-width (a rich text's document is laid
out again at each width it is given, even the same one), and a scroll area with the window's
layout around it ask several times in one pass. The persona card's guide cost 9 ms of the
window's time at the end of every call (the mood is cleared), the same text at the same width
each time. The answers depend on the text, its format, the font, the style's padding and the
width only: they are kept by those for the last few texts (the guide and the moods' tips).
Painting still lays the text out, once.

A QLabel also paints the whole of its rich text at every paint, however little of it is in
view (it gives its document no clip): the card shows 60-80 px of a guide or of tips 600 px
tall, 2.4 ms for a 40-line text against 0.35 for three lines. Once QLabel has painted a text
at a width itself (so its document holds that text, laid out there), the label paints what is
in view only, from the same document, as QLabel paints it; a selection, or anything QLabel
has not laid out yet, is painted by QLabel.

(Keyed rather than cleared on a font or style change: a Python changeEvent() would be called
before the first paint, and its first event makes PySide6 create all its event classes.)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QLabel, QWidget

if TYPE_CHECKING:
    from PySide6.QtGui import QPaintEvent

KEPT_TEXTS = 32  # the guide and every mood's tips, with room to spare
_MINIMUM = -1  # keys of a text's measures besides the widths
_HINT = -2
_TOP_LEFT = Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft


class MeasuredLabel(QLabel):
    """A QLabel whose size answers are kept per text, font and padding. Set its word wrap,
    indent and alignment before its first text: they are not watched."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._measures: dict[tuple[object, ...], dict[int, QSize | int]] = {}
        self._painted: tuple[tuple[object, ...], QRect] | None = None  # what QLabel painted last

    def setText(self, text: str) -> None:  # noqa: N802
        # QLabel fills its document with a new text at its next measure or paint: until it
        # has painted it, what it painted before may not be in the document any more.
        if text != self.text():
            self._painted = None
        super().setText(text)

    def setTextFormat(self, format: Qt.TextFormat) -> None:  # noqa: N802, A002
        if format != self.textFormat():
            self._painted = None
        super().setTextFormat(format)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        found = self._to_paint()
        if found is None:
            super().paintEvent(event)
            self._painted = self._paintable()
            return
        document, rect = found
        # As QLabel paints a rich text (its frame, then its document at the top left of its
        # document's rectangle in its palette, the text in its foreground role), with the part
        # in view as the document's clip: the document draws the blocks there only.
        painter = QPainter(self)
        self.drawFrame(painter)
        palette = QPalette(self.palette())
        role = self.foregroundRole()
        if role != QPalette.ColorRole.Text:
            palette.setColor(QPalette.ColorRole.Text, palette.color(role))
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette = palette
        context.clip = QRectF(event.rect().translated(-rect.x(), -rect.y()))
        painter.translate(rect.topLeft())
        painter.setClipRect(QRect(0, 0, rect.width(), rect.height()))
        document.documentLayout().draw(painter, context)
        painter.end()

    def _text_key(self) -> tuple[object, ...]:
        """What QLabel's document holds: the text, its format and the font."""
        return (self.textFormat(), self.text(), self.font().key())

    def _paint_key(self) -> tuple[object, ...]:
        """What QLabel's document and its place depend on: its text, and the rectangle it is
        laid out in."""
        return (
            *self._text_key(),
            self.contentsRect().getRect(),
            self.margin(),
            self.indent(),
            self.frameWidth(),
            self.alignment(),
            self.wordWrap(),
        )

    def _paintable(self) -> tuple[tuple[object, ...], QRect] | None:
        """After QLabel painted: what it painted and where its document lies, when the label
        can paint that document again as QLabel would (a rich text at the top left, left to
        right); else None."""
        if self.textFormat() != Qt.TextFormat.RichText or self.alignment() != _TOP_LEFT:
            return None
        document = self.findChild(QTextDocument)
        if (
            document is None
            or document.defaultTextOption().textDirection() == Qt.LayoutDirection.RightToLeft
        ):
            return None
        # Where QLabel lays its document out: its contents less its margin, and an indent of
        # half an x where it has a frame (the style's padding counts) and no indent set.
        rect = self.contentsRect()
        margin = self.margin()
        rect.adjust(margin, margin, -margin, -margin)
        indent = self.indent()
        if indent < 0 and self.frameWidth():
            indent = self.fontMetrics().horizontalAdvance("x") // 2 - margin
        if indent > 0:
            rect.setLeft(rect.left() + indent)
            rect.setTop(rect.top() + indent)
        return self._paint_key(), rect

    def _to_paint(self) -> tuple[QTextDocument, QRect] | None:
        """QLabel's document and where it lies, when QLabel painted this text at this width
        last (its document holds it, laid out there), nothing is selected and the label is
        enabled; else None (QLabel paints it)."""
        painted = self._painted
        if (
            painted is None
            or painted[0] != self._paint_key()
            or self.hasSelectedText()
            or not self.isEnabled()
        ):
            return None
        document = self.findChild(QTextDocument)
        if document is None or document.textWidth() != painted[1].width():
            return None
        return document, painted[1]

    def _kept(self) -> dict[int, QSize | int] | None:
        # Before the style is applied (its padding) the answers are not final: not kept.
        if not self.testAttribute(Qt.WidgetAttribute.WA_WState_Polished):
            return None
        margins = self.contentsMargins()
        key = (
            *self._text_key(),
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
