"""What the persona card scrolls: one of its labels at a time (the guide, or the chosen mood's
tips), as tall as that one.

A label whose text is set again, or which is resized at all (even in height only), lays its
whole text out again at its next paint: the guide, given its text again at every call's end
that cleared a mood, took 4-5 ms of the window's thread there. So the guide has a label of its
own, its text set once a pack; the page's layout leaves the label not shown alone (a box
layout would size it anyway) and gives the one shown the page's whole rectangle, and a label
about to be shown is first given the size the card is about to give it: the guide comes back
at the size it left at, and paints without a new layout.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget

from assistant.ui.rich_label import MeasuredLabel


class _OneShown(QLayout):
    """Lays out the one item that is not hidden, over its whole rectangle."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802
        self._items.append(item)
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        if not 0 <= index < len(self._items):
            return None
        item = self._items.pop(index)
        self.invalidate()
        return item

    def _shown(self) -> QLayoutItem | None:
        return next((item for item in self._items if not item.isEmpty()), None)

    def sizeHint(self) -> QSize:  # noqa: N802
        item = self._shown()
        if item is None:
            return QSize(0, 0)
        page = self.parentWidget()
        width = page.width() if page is not None and page.isVisible() else 0
        if width > 0:
            # Laid out: as wide as it is (the height is the label's for that width, which it
            # has measured already). A label's own hint for a new text lays it out at several
            # widths, and the layout then measures its height at the hint's width too.
            return QSize(width, 0)
        return item.sizeHint()

    def minimumSize(self) -> QSize:  # noqa: N802
        # No width of its own: the card gives the page its width and the text wraps in it (a
        # label's minimum is its longest word: a pack's 200-letter word made every line of the
        # card wrap wider than the card, each cut at its edge).
        return QSize(0, 0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        item = self._shown()
        return item.heightForWidth(width) if item is not None else 0

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802
        return Qt.Orientation(0)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802
        super().setGeometry(rect)
        item = self._shown()
        widget = item.widget() if item is not None else None
        if widget is not None:
            # The label itself, not its item: QWidgetItem.setGeometry asks the label's size
            # hint and minimum for a maximum that a word-wrapped label never has, and for a new
            # text those are QLabel's costliest answers (its text laid out at several widths: 2 ms
            # of a mood's first pick).
            widget.setGeometry(rect)


class CardPage(QWidget):
    """The card's labels, one shown at a time (see the module's note)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._labels: list[MeasuredLabel] = []
        self._layout = _OneShown(self)

    def add(self, name: str) -> MeasuredLabel:
        """A new label of the page (hidden but for the first): rich text shown as text, no
        link followed, selectable; ``name`` for screen readers."""
        label = MeasuredLabel(self)  # the same texts again and again, measured once
        label.setObjectName("personaTips")
        label.setWordWrap(True)
        label.setOpenExternalLinks(False)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        label.setAccessibleName(name)
        label.setHidden(bool(self._labels))
        self._labels.append(label)
        self._layout.addWidget(label)
        return label

    def shown(self) -> MeasuredLabel:
        return next((label for label in self._labels if not label.isHidden()), self._labels[0])

    def show_only(self, label: MeasuredLabel) -> None:
        """Show ``label`` and hide the others. The keyboard focus, when one of them had it,
        goes to ``label``: a hidden widget passes it on down the Tab chain, and the next was
        the campaign box, where the agent's next arrow key changed the campaign."""
        if not label.isHidden():
            return
        # The size the card is about to give the page for it (the page keeps the other
        # label's until then): one resize, or none when it comes back as it left.
        width = self.width()
        viewport = self.parentWidget()
        room = viewport.height() if viewport is not None else 0
        label.setGeometry(0, 0, width, max(room, label.heightForWidth(width)))
        label.show()
        others = [other for other in self._labels if other is not label]
        if any(other.hasFocus() for other in others):
            label.setFocus(Qt.FocusReason.OtherFocusReason)
        for other in others:
            other.hide()
