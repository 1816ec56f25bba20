"""Push buttons as wide as their text, for the bars beside the softphone.

Fusion gives every push button with text at least 80 pixels. In the hold and call bars, five
buttons at 80 pixels leave the time and the status line little room at 420 pixels, and a
longer language (Spanish) did not fit at all. A CompactButton is its text plus the style's own
padding, and never narrower than a short word.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QLabel, QPushButton

# What Fusion adds around a push button's text (its margins and frame), in device-independent
# pixels: the same at every scale and font size. The program always draws with Fusion
# (ui/theme.py).
# Asking the style instead (sizeFromContents) would make PySide6 create its QStyle class, with
# ~600 enum members, before the first paint: ~7 ms of a start. tests/test_layout.py checks this
# figure against Fusion's own answer.
FUSION_PADDING = 14


class CompactButton(QPushButton):
    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        metrics = self.fontMetrics()
        # Measured as QPushButton measures its text (the mnemonic's & not drawn).
        text = metrics.size(Qt.TextFlag.TextShowMnemonic, self.text()).width()
        floor = metrics.height() * 3  # a short word's button still looks like a button
        return QSize(min(hint.width(), max(text + FUSION_PADDING, floor)), hint.height())

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()


def set_text(widget: QLabel | QPushButton, text: str) -> None:
    """``text`` on ``widget``, only if it shows another: the bars refresh their texts every
    second, and Qt lays a label or button out again (and repaints it) at every setText."""
    if widget.text() != text:
        widget.setText(text)
