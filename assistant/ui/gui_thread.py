"""Handing a function to the GUI thread from a worker thread."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal


class GuiPost(QObject):
    """Runs a function on the thread this object lives in (the GUI thread), from any thread."""

    _call = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._call.connect(self._run, Qt.ConnectionType.QueuedConnection)

    def __call__(self, function: Callable[[], None]) -> None:
        self._call.emit(function)

    def _run(self, function: Callable[[], None]) -> None:
        function()
