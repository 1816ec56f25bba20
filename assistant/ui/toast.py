"""A short, non-modal confirmation that fades out by itself ("Copied: ...")."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QLabel, QWidget


class Toast(QLabel):
    """Shown over the bottom of its parent for a moment; never takes focus or blocks keys."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("toast")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.hide()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._done)

    def show_message(self, text: str, milliseconds: int = 2200) -> None:
        self.setText(text)
        self._place()
        self.show()
        self.raise_()
        self._timer.start(milliseconds)
        # Follow the parent's size only while shown: a Python event filter sees every event
        # of the list it sits on, and its first event costs start-up time (PySide6 loads all
        # its event classes then). Installed again while shown, it is still one filter.
        parent = self.parentWidget()
        if parent is not None:
            parent.installEventFilter(self)

    def _done(self) -> None:
        self.hide()
        parent = self.parentWidget()
        if parent is not None:
            parent.removeEventFilter(self)

    def _place(self) -> None:
        parent = self.parentWidget()
        if parent is None:
            return
        width = max(120, parent.width() - 24)
        self.setFixedWidth(width)
        self.adjustSize()
        self.move((parent.width() - width) // 2, parent.height() - self.height() - 10)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.parentWidget()
            and event.type() == QEvent.Type.Resize
            and self.isVisible()
        ):
            self._place()
        return False
