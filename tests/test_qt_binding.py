"""The Qt binding must not corrupt Python's reference counts.

PySide6 6.12.0 on Python 3.11 drops a reference to None on every void call (setText, setFont,
beginResetModel, ...) and on QModelIndex.data() for an empty role; after a few thousand
paints the interpreter aborts with "deallocating None". pyproject.toml keeps that release
out; this test fails loudly if a future version brings the problem back.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot


class _Empty(QAbstractListModel):
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 1

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> object:
        return None


class _Emitter(QObject):
    fired = Signal(object)


def test_void_calls_and_empty_data_keep_reference_counts(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    model = _Empty()
    index = model.index(0)
    emitter = _Emitter()
    emitter.fired.connect(lambda _value: None)
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(500):
        label.setText("x")
        index.data(Qt.ItemDataRole.UserRole)
        emitter.fired.emit([1])
    # Immortal objects (Python 3.12+) report a constant count; on 3.11 it must not fall.
    assert sys.getrefcount(None) >= none_before - 5
    assert sys.getrefcount(True) >= true_before - 5
