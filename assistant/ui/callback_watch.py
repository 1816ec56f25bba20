"""The callbacks' alarm, running from the start: the open callbacks, and each one raised once
when it falls due, whether or not the call details (ui/call_details.py) were ever opened; and
the window's callback actions (promise, reschedule, done, snooze), through the callback service.

No widgets here but the dialogs it opens: the call details panel is built the first time it is
shown, and shows this watch's model and its due count.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import datetime
from typing import Any, TypeVar

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QDateTime,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QWidget

from assistant.core.callbacks import Callback, CallbackAlarm, next_due
from assistant.core.clock import WallClock, wall_now
from assistant.services.callbacks import CallbackService
from assistant.store.events import Change
from assistant.ui.desk_actions import attempt
from assistant.ui.i18n import arg
from assistant.ui.once import used_once

Index = QModelIndex | QPersistentModelIndex
T = TypeVar("T")

# Amber with dark text: readable on light and dark palettes alike.
DUE_BACKGROUND = QColor("#ffc940")
DUE_FOREGROUND = QColor("#1f1400")
# Re-check callbacks at least this often, so a wall-clock change cannot hide one.
MAX_ALARM_WAIT_MS = 30_000


class CallbackModel(QAbstractListModel):
    """Open callbacks by due time; the due ones highlighted."""

    def __init__(self, wall: WallClock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._wall = wall
        self._callbacks: list[Callback] = []

    def set_callbacks(self, callbacks: list[Callback]) -> None:
        self.beginResetModel()
        self._callbacks = list(callbacks)
        self.endResetModel()

    def refresh_due(self) -> None:
        if self._callbacks:
            self.dataChanged.emit(self.index(0), self.index(len(self._callbacks) - 1))

    def callbacks(self) -> list[Callback]:
        return list(self._callbacks)

    def callback_at(self, row: int) -> Callback | None:
        return self._callbacks[row] if 0 <= row < len(self._callbacks) else None

    def row_of(self, callback_id: int) -> int:
        return next((i for i, c in enumerate(self._callbacks) if c.id == callback_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._callbacks)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        callback = self.callback_at(index.row()) if index.isValid() else None
        if callback is None:
            return None
        due = callback.is_due(self._wall())
        if role == Qt.ItemDataRole.DisplayRole:
            return describe_callback(callback, self._wall(), due)
        if role == Qt.ItemDataRole.ToolTipRole:
            return callback.note or None
        if role == Qt.ItemDataRole.BackgroundRole and due:
            return QBrush(DUE_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole and due:
            return QBrush(DUE_FOREGROUND)
        if role == Qt.ItemDataRole.FontRole and due:
            font = QFont()
            font.setBold(True)
            return font
        return None


def describe_callback(callback: Callback, now: datetime, due: bool) -> str:
    """'DUE 10:30  Jane Doe · 555-0101 — card replacement': when, who, what was promised."""
    local = callback.due.astimezone()
    moment = QDateTime.fromSecsSinceEpoch(int(local.timestamp()))
    # Today: the time; another day: its short weekday, day and month in the agent's language.
    when = QLocale().toString(
        moment, "HH:mm" if local.date() == now.astimezone().date() else "ddd d MMM HH:mm"
    )
    who = " · ".join(part for part in (callback.customer_name, callback.contact) if part)
    text = f"{when}  {who}" + (f" — {callback.note}" if callback.note else "")
    # The panel's context: the string was the callbacks panel's, and its translations are.
    return arg(QCoreApplication.translate("CallbacksPanel", "DUE %1"), text) if due else text


class CallbackWatch(QObject):
    """The open callbacks (its model) and their alarm: each newly due one is raised once."""

    callback_due = Signal(object)  # core.callbacks.Callback
    due_count_changed = Signal(int)
    saved = Signal(object)  # a Callback just promised
    failed = Signal(str)  # a change that could not be written, in words

    def __init__(
        self,
        service: CallbackService,
        parent: QObject | None = None,
        *,
        wall: WallClock = wall_now,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self._wall = wall
        self.alarm = CallbackAlarm()
        self.model = CallbackModel(wall, self)
        self.alarm_timer = QTimer(self)
        self.alarm_timer.setSingleShot(True)
        self.alarm_timer.timeout.connect(self.check_due)
        service.activity.subscribe(self._on_changed)
        self.model.set_callbacks(service.open())
        # The first check waits for the event loop: by then the window listens, so a callback
        # that fell due while the program was closed is raised too, not only shown as due.
        self.alarm_timer.start(0)

    def _on_changed(self, change: Change) -> None:
        if change is Change.CALLBACKS:
            self.reload()

    def reload(self) -> None:
        self.model.set_callbacks(self.service.open())
        self.check_due()

    def due_count(self) -> int:
        now = self._wall()
        return sum(1 for c in self.model.callbacks() if c.is_due(now))

    def check_due(self) -> None:
        """Raise each newly due callback once, then arm for the next due time."""
        now = self._wall()
        callbacks = self.model.callbacks()
        for callback in self.alarm.poll(callbacks, now):
            self.callback_due.emit(callback)
        self.model.refresh_due()
        self.due_count_changed.emit(self.due_count())
        upcoming = next_due(callbacks, now)
        wait = MAX_ALARM_WAIT_MS
        if upcoming is not None:
            wait = min(wait, math.ceil((upcoming - now).total_seconds() * 1000.0))
        self.alarm_timer.start(max(0, wait))

    # ---------------------------------------------------------------- actions

    def promise(self, parent: QWidget, customer_name: str = "") -> Callback | None:
        """Ask for a callback (name, number, due time, note) and write it at once."""
        from PySide6.QtWidgets import QDialog

        from assistant.ui.callback_dialog import CallbackDialog

        with used_once(
            CallbackDialog(self.service.now(), parent, customer_name=customer_name)
        ) as dialog:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            name, contact = dialog.name.text(), dialog.contact.text()
            due, note = dialog.due_at(), dialog.note.text()
        callback = self._attempt(lambda: self.service.promise(name, contact, due, note))
        if callback is not None:
            self.saved.emit(callback)
        return callback

    def reschedule(self, parent: QWidget, callback: Callback) -> None:
        from PySide6.QtWidgets import QDialog

        from assistant.ui.callback_dialog import CallbackDialog

        with used_once(CallbackDialog(self.service.now(), parent, existing=callback)) as dialog:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            due = dialog.due_at()
        if accepted:
            self._attempt(lambda: self.service.reschedule(callback.id, due))

    def complete(self, callback_id: int) -> None:
        self._attempt(lambda: self.service.complete(callback_id))

    def snooze(self, callback_id: int) -> None:
        self._attempt(lambda: self.service.snooze(callback_id))

    def _attempt(self, act: Callable[[], T]) -> T | None:
        return attempt(act, self.failed.emit)
