"""Keyboard and screen reader: Tab reaches every control, in reading order, and each one has
a name a screen reader can say."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from assistant.settings import Settings
from assistant.ui.settings_dialog import SettingsDialog
from tests.conftest import MakeWindow, tab_chain
from tests.test_layout import worst_case


def spoken_name(widget: QWidget) -> str:
    """What a screen reader announces as the control's name (its accessible name, else what
    Qt derives: a button's text, a field's label)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def tab_stops(top: QWidget) -> list[QWidget]:
    """Every control a person can see and reach with Tab in ``top`` (its own window only)."""
    return [
        w
        for w in top.findChildren(QWidget)
        if w.window() is top
        and w.isVisible()
        and w.isEnabled()
        and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and w.focusProxy() is None
    ]


def out_of_reading_order(chain: list[QWidget], top: QWidget) -> list[str]:
    """Steps of ``chain`` that go up, or left along a line, instead of on as one reads."""

    def place(widget: QWidget) -> QRect:
        return QRect(widget.mapTo(top, widget.rect().topLeft()), widget.size())

    wrong = []
    for a, b in zip(chain, chain[1:], strict=False):
        first, second = place(a), place(b)
        same_line = first.top() < second.bottom() and second.top() < first.bottom()
        onwards = second.left() > first.left() if same_line else second.top() > first.top()
        if not onwards:
            wrong.append(f"{spoken_name(a)} -> {spoken_name(b)}")
    return wrong


def check_keyboard_access(qtbot: QtBot, top: QWidget, start: QWidget) -> list[QWidget]:
    chain = tab_chain(qtbot, start)
    assert [w for w in chain if not spoken_name(w)] == []
    unreachable = [
        f"{type(w).__name__} {spoken_name(w)!r}" for w in tab_stops(top) if w not in chain
    ]
    assert unreachable == []
    assert out_of_reading_order(chain, top) == []
    return chain


@pytest.mark.parametrize("state", ["idle", "call with hold and details", "compact"])
def test_tab_reaches_every_control_of_the_main_window_in_reading_order(
    qtbot: QtBot, make_window: MakeWindow, state: str
) -> None:
    window = make_window()
    window.resize(420, 800)
    if state != "idle":
        worst_case(window)
    if state == "compact":
        window.modes.set_compact(True)
    QApplication.processEvents()
    start = window.library.filter if state == "compact" else window.campaigns.combo
    chain = check_keyboard_access(qtbot, window, start)
    names = [spoken_name(w) for w in chain]
    assert "Search phrases" in names and "Start or end hold" in names
    if state == "call with hold and details":
        assert names[-3:] == [
            "Check in with the held customer",
            "Start or end hold",
            "Copy the check-in phrase",
        ]
        assert names.index("Callbacks") < names.index("Show call details")


def test_tab_reaches_every_settings_field_in_reading_order(qtbot: QtBot, data_dir: Path) -> None:
    dialog = SettingsDialog(Settings(data_dir), [("builtin/collections", "Collections")])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    chain = check_keyboard_access(qtbot, dialog, dialog.agent_name)
    assert dialog.signing_key in chain and dialog.browse_key in chain
