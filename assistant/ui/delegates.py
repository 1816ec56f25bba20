"""Item painting shared by the lists: a bold first line, a muted second line, section headers."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

DetailRole = Qt.ItemDataRole.UserRole + 100
HeaderRole = Qt.ItemDataRole.UserRole + 101
HintRole = Qt.ItemDataRole.UserRole + 102  # a key hint drawn at the right, e.g. "Ctrl+1"

_LEFT_TOP = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
_LEFT_BOTTOM = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom
_LEFT_CENTER = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter

Index = QModelIndex | QPersistentModelIndex


class TwoLinePainter(QStyledItemDelegate):
    """Draws DisplayRole in bold and DetailRole below it, elided; HeaderRole rows as headings.
    A row is as tall as the model's SizeHintRole says (``RowSizes``): QStyledItemDelegate's
    own sizeHint reads it, so laying a list out calls no Python here (an override of sizeHint
    cost ~25 µs a row, and a list view asks it of every row it lays out).

    The text is drawn as plain text: nothing from a pack is ever interpreted as markup.

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
        title = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        palette = option.palette
        painter.save()
        if index.data(HeaderRole):
            painter.setFont(kind.heading)
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            rect = option.rect.adjusted(8, 6, -8, -2)
            painter.drawText(rect, _LEFT_BOTTOM, title)
            painter.setPen(palette.color(QPalette.ColorRole.Mid))
            painter.drawLine(rect.bottomLeft(), rect.bottomRight())
            painter.restore()
            return
        super().paint(painter, option, index)  # background, selection, focus
        detail = str(index.data(DetailRole) or "")
        view = option.widget
        selected = isinstance(view, QAbstractItemView) and view.selectionModel().isSelected(index)
        rect = option.rect.adjusted(8, 3, -8, -3)
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        hint = str(index.data(HintRole) or "")
        title_width = rect.width()
        if hint:
            painter.setFont(kind.hint)
            painter.setPen(
                palette.color(text_role if selected else QPalette.ColorRole.PlaceholderText)
            )
            painter.drawText(rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, hint)
            title_width -= kind.hint_width(hint) + 8
        painter.setFont(kind.strong)
        painter.setPen(palette.color(text_role))
        title = kind.elided(kind.strong_metrics, title, title_width)
        if not detail:
            painter.drawText(rect, _LEFT_CENTER, title)
            painter.restore()
            return
        painter.drawText(rect, _LEFT_TOP, title)
        painter.setFont(kind.detail)
        if not selected:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        painter.drawText(rect, _LEFT_BOTTOM, kind.elided(kind.detail_metrics, detail, rect.width()))
        painter.restore()


class _Fonts:
    """The fonts a TwoLinePainter draws in, made from the view's font once rather than at each
    row painted, and the texts it elided in them (a list shows the same rows again and again:
    after each Escape, campaign or mood change, and as it scrolls), kept while the font is the
    same. A row cost 0.5 ms to paint; most of it was making fonts and eliding."""

    KEPT = 4000  # elided texts; then it starts again (a text is about 100 characters)

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
