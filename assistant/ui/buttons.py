"""Push buttons as wide as their text, for the bars beside the softphone.

Fusion gives every push button with text at least 80 pixels. In the hold and call bars, five
buttons at 80 pixels leave the time and the status line little room at 420 pixels, and a
longer language (Spanish) did not fit at all. A CompactButton is its text plus the style's own
padding, and never narrower than a short word.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QPushButton, QStyle, QStyleOptionButton

# Far wider than the style's minimum: the padding it adds to this is its padding alone.
_WIDE = 1000


class CompactButton(QPushButton):
    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        option = QStyleOptionButton()
        self.initStyleOption(option)
        padded = self.style().sizeFromContents(
            QStyle.ContentsType.CT_PushButton, option, QSize(_WIDE, hint.height()), self
        )
        padding = padded.width() - _WIDE
        metrics = self.fontMetrics()
        text = metrics.horizontalAdvance(self.text().replace("&&", "\0").replace("&", ""))
        floor = metrics.height() * 3  # a short word's button still looks like a button
        return QSize(min(hint.width(), max(text + padding, floor)), hint.height())

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()
