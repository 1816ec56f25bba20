"""Widgets holding word-wrapped text: their minimum height is the wrapped height at their width.

A wrapped label's height depends on its width. Qt asks heightForWidth() only while it lays a
box out; a window's minimum size, a splitter and a parent's minimumSizeHint() ask only for
minimumSize(), which for wrapped text is one line. So a window made short squeezed the second
and third lines of a hold reminder out of sight. A WrappingWidget reports the wrapped height at
the width it was given as its minimum, and tells its parents again when a new width changes it.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QWidget


class WrappingWidget(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._laid_out_width = 0

    def minimumSizeHint(self) -> QSize:
        size = super().minimumSizeHint()
        # Before the first layout the width is a guess: one line, corrected by resizeEvent.
        if self._laid_out_width > 0 and self.hasHeightForWidth():
            size.setHeight(max(size.height(), self.heightForWidth(self._laid_out_width)))
        return size

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != self._laid_out_width:
            self._laid_out_width = event.size().width()
            self.updateGeometry()  # posted: the parents lay out again, no recursion
