"""Item painting shared by the lists: a bold first line, a muted second line, section headers."""

from __future__ import annotations

import re
from typing import NamedTuple

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRect, QSize, Qt
from PySide6.QtGui import (
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QTextLayout,
    QTextLine,
    QTextOption,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

DetailRole = Qt.ItemDataRole.UserRole + 100
HeaderRole = Qt.ItemDataRole.UserRole + 101
HintRole = Qt.ItemDataRole.UserRole + 102  # a key hint drawn at the right, e.g. "Ctrl+1"


class _Place(NamedTuple):
    """Where a line goes in its rect: Qt's alignment, and the same as numbers (a Qt flag's
    operators are Python calls, made a few times a line painted)."""

    align: Qt.AlignmentFlag
    right: bool
    down: float  # how far down the room left under the line: 0 at the top, 1 at the bottom


_LEFT_TOP = _Place(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, False, 0.0)
_AT_BOTTOM = _Place(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, False, 1.0)
_LEFT_CENTER = _Place(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, False, 0.5)
_RIGHT_TOP = _Place(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, True, 0.0)
_LEFT_TO_RIGHT = Qt.LayoutDirection.LeftToRight
_TEXT, _HIGHLIGHTED_TEXT = QPalette.ColorRole.Text, QPalette.ColorRole.HighlightedText
_PLACEHOLDER, _MID = QPalette.ColorRole.PlaceholderText, QPalette.ColorRole.Mid

Index = QModelIndex | QPersistentModelIndex

# What a row shows: whether it is a heading, its title, its detail line and its key hint.
Look = tuple[bool, str, str, str]


def look(index: Index) -> Look:
    """What the row at ``index`` shows: from its model's ``look_of(row)`` where it has one (a
    PhraseListModel: one call, where four roles asked through Qt cost ~20 µs each, most of a
    row's paint), else from its roles."""
    model = index.model()
    look_of = getattr(model, "look_of", None)
    if look_of is not None:
        found: Look = look_of(index.row())
        return found
    return (
        bool(index.data(HeaderRole)),
        str(index.data(Qt.ItemDataRole.DisplayRole) or ""),
        str(index.data(DetailRole) or ""),
        str(index.data(HintRole) or ""),
    )


class TwoLinePainter(QStyledItemDelegate):
    """Draws DisplayRole in bold and DetailRole below it, elided; HeaderRole rows as headings.
    A row is as tall as the model's SizeHintRole says (``RowSizes``): QStyledItemDelegate's
    own sizeHint reads it, so laying a list out calls no Python here (an override of sizeHint
    cost ~25 µs a row, and a list view asks it of every row it lays out).

    The text is drawn as plain text: nothing from a pack is ever interpreted as markup. Each
    line is laid out once and kept (``_Fonts.line``): Qt lays a text out again at every
    drawText (90 µs a line, three lines a row), and a list shows the same rows again and again.

    The style draws each row's background, selection and focus (QStyledItemDelegate's own
    paint, with the text left out); nothing here names QStyle itself, whose Python class costs
    ~7 ms of a start to create.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fonts: _Fonts | None = None

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:  # noqa: N802
        super().initStyleOption(option, index)
        option.text = ""  # paint() draws the text

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        # The option as the view made it (its font, palette, state and rect are what is drawn
        # with): the style's own paint below gives its copy the model's roles.
        kind = self._fonts
        if kind is None or kind.base != option.font:
            kind = self._fonts = _Fonts(option.font)
        heading, title, detail, hint = look(index)
        palette = option.palette
        # Lines are laid out once and kept left to right; right to left (alignments mirrored)
        # Qt lays each line out to draw it.
        kept = option.direction == _LEFT_TO_RIGHT
        painter.save()
        if heading:
            painter.setFont(kind.heading)
            painter.setPen(palette.color(_PLACEHOLDER))
            rect = option.rect.adjusted(8, 6, -8, -2)
            kind.draw(painter, kind.heading, rect, _AT_BOTTOM, title, kept)
            painter.setPen(palette.color(_MID))
            painter.drawLine(rect.bottomLeft(), rect.bottomRight())
            painter.restore()
            return
        super().paint(painter, option, index)  # background, selection, focus
        view = option.widget
        selected = isinstance(view, QAbstractItemView) and view.selectionModel().isSelected(index)
        rect = option.rect.adjusted(8, 3, -8, -3)
        text_role = _HIGHLIGHTED_TEXT if selected else _TEXT
        title_width = rect.width()
        if hint:
            painter.setFont(kind.hint)
            painter.setPen(palette.color(text_role if selected else _PLACEHOLDER))
            kind.draw(painter, kind.hint, rect, _RIGHT_TOP, hint, kept)
            title_width -= kind.hint_width(hint) + 8
        painter.setFont(kind.strong)
        painter.setPen(palette.color(text_role))
        title = kind.elided(kind.strong_metrics, title, title_width)
        if not detail:
            kind.draw(painter, kind.strong, rect, _LEFT_CENTER, title, kept)
            painter.restore()
            return
        kind.draw(painter, kind.strong, rect, _LEFT_TOP, title, kept)
        painter.setFont(kind.detail)
        if not selected:
            painter.setPen(palette.color(_PLACEHOLDER))
        detail = kind.elided(kind.detail_metrics, detail, rect.width())
        kind.draw(painter, kind.detail, rect, _AT_BOTTOM, detail, kept)
        painter.restore()


class _Fonts:
    """The fonts a TwoLinePainter draws in, made from the view's font once rather than at each
    row painted, and the texts it elided and laid out in them (a list shows the same rows again
    and again: after each Escape, campaign or mood change, and as it scrolls), kept while the
    font is the same. A row cost 0.5 ms to paint; most of it was making fonts and eliding."""

    KEPT = 4000  # elided texts; then it starts again (a text is about 100 characters)
    KEPT_LINES = 300  # lines laid out (~7 KB each; a page shows 30-45): then it starts again

    def __init__(self, base: QFont) -> None:
        self.base = QFont(base)
        size = base.pointSizeF()
        self.heading = QFont(base)
        self.heading.setBold(True)
        self.heading.setPointSizeF(max(7.0, size * 0.85))
        self.heading.setCapitalization(QFont.Capitalization.AllUppercase)
        self.heading.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 108)
        self.strong = QFont(base)
        self.strong.setBold(True)
        self.strong_metrics = QFontMetrics(self.strong)
        self.hint = QFont(base)
        self.hint.setPointSizeF(max(7.0, size * 0.85))
        self._hint_metrics = QFontMetrics(self.hint)
        self.detail = QFont(base)
        self.detail.setPointSizeF(max(7.0, size * 0.92))
        self.detail_metrics = QFontMetrics(self.detail)
        self._elided: dict[tuple[int, str, int], str] = {}
        self._hint_widths: dict[str, int] = {}
        self._lines: dict[tuple[int, str], _Line] = {}

    def elided(self, metrics: QFontMetrics, text: str, width: int) -> str:
        """``text`` on one line (its runs of white space one space), elided to ``width``."""
        key = (id(metrics), text, width)
        found = self._elided.get(key)
        if found is None:
            if len(self._elided) >= self.KEPT:
                self._elided.clear()
            one_line = " ".join(text.split())
            found = metrics.elidedText(one_line, Qt.TextElideMode.ElideRight, width)
            self._elided[key] = found
        return found

    def hint_width(self, hint: str) -> int:
        width = self._hint_widths.get(hint)
        if width is None:
            width = self._hint_widths[hint] = self._hint_metrics.horizontalAdvance(hint)
        return width

    def line(self, painter: QPainter, font: QFont, text: str) -> _Line:
        """``text`` laid out once, as drawText lays out a line (in the painter's font, ``font``
        set on it, and its direction), kept."""
        key = (id(font), text)
        found = self._lines.get(key)
        if found is None:
            if len(self._lines) >= self.KEPT_LINES:
                self._lines.clear()
            layout = QTextLayout(text, painter.font())
            option = QTextOption(Qt.AlignmentFlag.AlignLeft)
            option.setTextDirection(painter.layoutDirection())
            option.setFlags(QTextOption.Flag.IncludeTrailingSpaces)
            layout.setTextOption(option)
            layout.setCacheEnabled(True)
            layout.beginLayout()
            line = layout.createLine()
            line.setLineWidth(_UNBOUNDED)
            layout.endLayout()
            # Placed by its height and advance unrounded, as drawText places a line.
            height = line.ascent() + line.descent()
            found = _Line(layout, line, height, line.naturalTextWidth(), line.horizontalAdvance())
            self._lines[key] = found
        return found

    def draw(
        self, painter: QPainter, font: QFont, rect: QRect, place: _Place, text: str, kept: bool
    ) -> None:
        """Draw one line of ``text`` in ``rect`` as ``painter.drawText(rect, place.align,
        text)`` does, to the pixel, from the line laid out once (``kept``: left to right). A
        line drawText would clip (one larger than ``rect``) or lay out otherwise (a control
        character in it) is drawn by drawText."""
        if not kept or not text or _CONTROL.search(text):
            painter.drawText(rect, place.align, text)
            return
        line = self.line(painter, font, text)
        room_x, room_y = rect.width() - line.width, rect.height() - line.height
        if room_x < 0 or room_y < 0:  # drawText clips it to the rect
            painter.drawText(rect, place.align, text)
            return
        x = rect.x() + rect.width() - line.advance if place.right else rect.x()
        line.line.draw(painter, QPointF(x, rect.y() + room_y * place.down))


class _Line(NamedTuple):
    layout: QTextLayout  # (its lines live as long as it does)
    line: QTextLine
    height: float  # (drawText's, unrounded)
    width: float  # its natural width (whether drawText would clip it)
    advance: float  # how far it reaches (where drawText puts it at the right)


_UNBOUNDED = float(0x01000000)  # the width drawText lays a line out in when it does not wrap
_CONTROL = re.compile(r"[\x00-\x1f\x7f\u2028\u2029]")


class TwoLineDelegate(TwoLinePainter):
    """A TwoLinePainter whose rows are as tall as their roles need, for a model that gives no
    SizeHintRole (a short list: the campaign picker's)."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        heading = bool(index.data(HeaderRole))
        return row_size(option.font, heading, 2 if index.data(DetailRole) else 1)


class RowSizes:
    """The sizes of a TwoLinePainter's rows in ``widget``'s font (a heading, a row of one
    line, of two), for its model's SizeHintRole; made again when the font changes (a text
    size chosen in the menu)."""

    def __init__(self, widget: QWidget) -> None:
        self._widget = widget
        self._font: QFont | None = None
        self._sizes = (QSize(), QSize(), QSize())

    def of(self, heading: bool, lines: int) -> QSize:
        font = self._widget.font()
        if font != self._font:  # (comparing fonts is a third of making a font's key)
            self._font = font
            self._sizes = (row_size(font, True), row_size(font, False, 1), row_size(font, False))
        return self._sizes[0] if heading else self._sizes[2 if lines == 2 else 1]


def row_size(font: QFont, heading: bool, lines: int = 2) -> QSize:
    """A TwoLinePainter row's size in ``font``: a heading, or a phrase of one or two lines."""
    return QSize(120, heading_height(font) if heading else row_height(font, lines))


def heading_height(font: QFont) -> int:
    """The height of a TwoLinePainter heading row (a category, "Suggested for: …")."""
    return QFontMetrics(font).height() + 10


def row_height(font: QFont, lines: int = 2) -> int:
    """The height of a TwoLinePainter row of ``lines`` lines (a heading is lower)."""
    return QFontMetrics(font).height() * lines + 8
