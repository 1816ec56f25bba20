"""The flow layout of the persona buttons: lines at a width, and a minimum that holds them."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from assistant.ui.flow_layout import FlowLayout, line_count


def flow_box(qtbot: QtBot, count: int, margin: int = 0) -> tuple[QWidget, FlowLayout]:
    box = QWidget()
    qtbot.addWidget(box)
    flow = FlowLayout(box, spacing=4)
    flow.setContentsMargins(margin, margin, margin, margin)
    for n in range(count):
        button = QPushButton(str(n), box)
        button.setFixedSize(50, 20)
        flow.addWidget(button)
    return box, flow


@pytest.mark.parametrize(
    ("width", "height"),
    [
        (1000, 20),  # one line
        (158, 20 + 4 + 20 + 4 + 20),  # exactly three a line: 3 lines for 7
        (157, 4 * 20 + 3 * 4),  # one pixel less: two a line, 4 lines
        (104, 4 * 20 + 3 * 4),  # exactly two a line
        (103, 7 * 20 + 6 * 4),  # one a line
        (30, 7 * 20 + 6 * 4),  # narrower than an item: still one a line, never none
    ],
)
def test_flow_layout_height_for_width(qtbot: QtBot, width: int, height: int) -> None:
    _box, flow = flow_box(qtbot, 7)
    assert flow.hasHeightForWidth()
    assert flow.heightForWidth(width) == height
    _box, framed = flow_box(qtbot, 7, margin=5)
    assert framed.heightForWidth(width + 10) == height + 10
    # The mood row counts lines before it lays them out (ui/mood_row.py): the same wrapping.
    assert line_count([50] * 7, width, 4) * 24 - 4 == height
    assert line_count([], width, 4) == 0


def test_flow_layout_minimum_is_the_wrapped_height_at_its_width(qtbot: QtBot) -> None:
    outer = QWidget()
    qtbot.addWidget(outer)
    column = QVBoxLayout(outer)
    column.setContentsMargins(0, 0, 0, 0)
    box, flow = flow_box(qtbot, 7)
    box.setParent(outer)
    column.addWidget(box)
    outer.resize(158, 10)
    outer.show()
    qtbot.waitUntil(lambda: box.width() == 158)
    QApplication.processEvents()
    # Three lines at 158 px: the parent may not be made shorter than that.
    assert flow.minimumSize().height() == 68
    assert box.minimumSizeHint().height() == 68
    # A window takes its minimum from its layout: it cannot be made shorter either.
    qtbot.waitUntil(lambda: outer.minimumSize().height() == 68)
    outer.resize(104, 10)
    qtbot.waitUntil(lambda: box.width() == 104 and outer.minimumSize().height() == 92)
    qtbot.waitUntil(lambda: outer.height() >= 92)
    # The widest item across, whatever the width.
    assert flow.minimumSize().width() == 50
    # Hidden items take no place.
    for index in range(3):
        item = flow.itemAt(index)
        widget = item.widget() if item is not None else None
        assert widget is not None
        widget.hide()
    assert flow.heightForWidth(104) == 2 * 20 + 4


def test_flow_layout_items_never_overlap_or_leave_its_width(qtbot: QtBot) -> None:
    box, flow = flow_box(qtbot, 11)
    box.resize(180, flow.heightForWidth(180))
    box.show()
    QApplication.processEvents()
    items = [flow.itemAt(i) for i in range(flow.count())]
    geometries = [item.geometry() for item in items if item is not None]
    for i, a in enumerate(geometries):
        assert box.rect().contains(a)
        for b in geometries[i + 1 :]:
            assert not a.intersects(b)
