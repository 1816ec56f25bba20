"""Keeping work on the GUI thread: a function handed over from a worker thread, and Python's
cyclic garbage collection (assistant/collector.py)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from assistant import collector


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


class GuiThreadCollector(QObject):
    """Python's cyclic garbage collector off for every thread, and run here instead, on the
    GUI thread, at its usual thresholds: a Qt object left in a reference cycle is then never
    destroyed by a worker thread that happened to allocate (assistant/collector.py)."""

    _INSTALLED = "guiThreadCollector"  # a property of the application, once installed

    @classmethod
    def install(cls, app: QObject) -> None:
        """On ``app``, once. (A property marks it: findChild would wrap each of the
        application's children, its QStyle among them, at ~7 ms of a start.)"""
        if not app.property(cls._INSTALLED):
            cls(app)
            app.setProperty(cls._INSTALLED, True)

    def __init__(self, parent: QObject, interval_ms: int = 500) -> None:
        super().__init__(parent)
        collector.automatic_off()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(collector.collect_due)
        self._timer.start()
