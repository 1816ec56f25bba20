"""A layout that wraps its items onto new lines, like words in a paragraph.

Its height depends on its width. Qt asks a layout for that through heightForWidth(), but a
QSplitter, a top-level window's minimum size and a parent's minimumSizeHint() only ever ask
for minimumSize(). So minimumSize() answers with the wrapped height at the width the layout
has now, and a change of width that changes that height tells the parents again: nothing
above can squeeze a line of items out of sight.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget


def wrapped(widths: Iterable[int], width: int, spacing: int) -> Iterator[tuple[int, int]]:
    """Where items this wide go in lines ``width`` across: (line, x) of each, in order. An item
    wider than the line still gets a line of its own."""
    line, x = 0, 0
    for item in widths:
        if x > 0 and x + item > width:
            line, x = line + 1, 0
        yield line, x
        x += item + spacing


def line_count(widths: Iterable[int], width: int, spacing: int) -> int:
    """How many lines items this wide take, wrapped as a FlowLayout wraps them."""
    lines = [line for line, _x in wrapped(widths, width, spacing)]
    return lines[-1] + 1 if lines else 0


def wrapped_height(sizes: list[QSize], width: int, spacing: int) -> int:
    """The height items of these sizes take wrapped in lines ``width`` across, as a
    FlowLayout without margins lays them out: each line as tall as its tallest item."""
    lines: dict[int, int] = {}
    places = wrapped((size.width() for size in sizes), width, spacing)
    for (line, _x), size in zip(places, sizes, strict=True):
        lines[line] = max(lines.get(line, 0), size.height())
    return sum(lines.values()) + spacing * max(0, len(lines) - 1)


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = 4) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        # The width the layout was last given (0 until then), and the height minimumSize()
        # last reported to the parents.
        self._width = 0
        self._reported_height = -1
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        if not 0 <= index < len(self._items):
            return None
        item = self._items.pop(index)
        self.invalidate()
        return item

    def spacing(self) -> int:
        return self._spacing

    def setSpacing(self, spacing: int) -> None:
        self._spacing = spacing
        self.invalidate()

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        margins = self.contentsMargins()
        hints = [item.sizeHint() for item in self._visible()]
        inside = width - margins.left() - margins.right()
        return margins.top() + wrapped_height(hints, inside, self._spacing) + margins.bottom()

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect)
        self._width = rect.width()
        if self.heightForWidth(self._width) != self._reported_height:
            # More (or fewer) lines than the parents were told: they lay out again with the
            # new minimum. updateGeometry() posts that, so this never recurses.
            parent = self.parentWidget()
            if parent is not None:
                parent.updateGeometry()

    def sizeHint(self) -> QSize:
        """The size at the current width: parents ask heightForWidth of the hint's width, so
        the hint is that width (before the first layout: all items on one line)."""
        hints = [item.sizeHint() for item in self._visible()]
        margins = self.contentsMargins()
        one_line = sum(hint.width() for hint in hints) + self._spacing * max(0, len(hints) - 1)
        width = self._width or one_line + margins.left() + margins.right()
        return QSize(width, self.heightForWidth(width))

    def minimumSize(self) -> QSize:
        """The widest item across, and the wrapped height at the current width down."""
        width = 0
        for item in self._visible():
            width = max(width, item.minimumSize().width())
        margins = self.contentsMargins()
        width += margins.left() + margins.right()
        # Before the first layout the width is unknown: one line, corrected by setGeometry
        # (guessing too many lines would make the window grow for nothing).
        current = self._width if self._width > 0 else self.sizeHint().width()
        self._reported_height = self.heightForWidth(max(width, current))
        return QSize(width, self._reported_height)

    def _visible(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _arrange(self, rect: QRect) -> None:
        """Place the items in lines inside ``rect`` (as wrapped_height counts them)."""
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        items = self._visible()
        hints = [item.sizeHint() for item in items]
        places = wrapped((hint.width() for hint in hints), area.width(), self._spacing)
        y, line, line_height = area.y(), 0, 0
        for item, hint, (item_line, x) in zip(items, hints, places, strict=True):
            if item_line != line:
                y += line_height + self._spacing
                line, line_height = item_line, 0
            item.setGeometry(QRect(QPoint(area.x() + x, y), hint))
            line_height = max(line_height, hint.height())
