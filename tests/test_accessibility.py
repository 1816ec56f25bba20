"""Keyboard and screen reader: Tab reaches every control, in reading order, and each one has
a name a screen reader can say."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from assistant.core.model import BUILTIN_PACK_ID, Ref
from assistant.settings import Settings
from assistant.ui.main_window import MainWindow
from assistant.ui.settings_dialog import SettingsDialog
from tests.conftest import MakeWindow, tab_chain
from tests.test_layout import worst_case

COLLECTIONS = Ref(BUILTIN_PACK_ID, "collections")


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


def _open_details(window: MainWindow, state: str) -> QWidget:
    """The window in ``state``; the control the walk starts from."""
    if "details first" in state:  # built on first use: before the call, with none running
        window.call.details_button.setChecked(True)
        QApplication.processEvents()
    if "call" in state:
        window.campaigns.select(COLLECTIONS)  # a call flow: the call opens the details
        window.desk.start_call()
    if "hold" in state:
        window.desk.start_hold()
    if "closed" in state:
        window.call.details_button.setChecked(False)
    if "compact" in state:
        window.modes.set_compact(True)
    QApplication.processEvents()
    return window.library.filter if "compact" in state else window.campaigns.combo


@pytest.mark.parametrize("size", [(420, 800), (900, 800)], ids=["narrow", "wide"])
@pytest.mark.parametrize(
    "state",
    [
        "call",
        "call and hold",
        "details first, no call",
        "details first, then a call",
        "call, details closed",
        "call, compact",
    ],
)
def test_tab_goes_round_the_whole_window_once_the_call_details_are_built(
    qtbot: QtBot, make_window: MakeWindow, state: str, size: tuple[int, int]
) -> None:
    # The details panel is built late, and Tab went from the hold bar's last button back to
    # its tabs for ever: the campaign, the moods, the name and the search box were out of
    # reach going forward.
    window = make_window()
    window.resize(*size)
    start = _open_details(window, state)
    assert window.call_details_built
    chain = tab_chain(qtbot, start)  # fails unless Tab comes back to ``start``
    assert len(set(chain)) == len(chain)
    assert [spoken_name(w) for w in tab_stops(window) if w not in chain] == []
    shown = window.call_details.isVisible()
    assert (window.call_details.tabBar() in chain) is shown
    if shown and not window.columns.wide:
        assert out_of_reading_order(chain, window) == []
    # Shift+Tab goes the same way back.
    back = [chain[0]]
    for _ in chain[1:]:
        qtbot.keyClick(back[-1], Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
        focused = QApplication.focusWidget()
        assert focused is not None
        back.append(focused)
    assert back == [chain[0], *reversed(chain[1:])]


@pytest.mark.parametrize("wide_first", [True, False], ids=["wide first", "narrow first"])
def test_tab_goes_round_the_whole_window_after_the_details_change_columns(
    qtbot: QtBot, make_window: MakeWindow, wide_first: bool
) -> None:
    window = make_window()
    window.resize(900 if wide_first else 420, 800)
    _open_details(window, "call")
    window.resize(420 if wide_first else 900, 800)
    QApplication.processEvents()
    assert window.columns.wide is not wide_first
    chain = tab_chain(qtbot, window.campaigns.combo)
    assert [spoken_name(w) for w in tab_stops(window) if w not in chain] == []
    assert window.call_details.tabBar() in chain


def test_tab_reaches_every_settings_field_in_reading_order(qtbot: QtBot, data_dir: Path) -> None:
    dialog = SettingsDialog(Settings(data_dir), [("builtin/collections", "Collections")])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    chain = check_keyboard_access(qtbot, dialog, dialog.agent_name)
    assert dialog.signing_key in chain and dialog.browse_key in chain


def test_in_two_columns_tab_reads_a_column_at_a_time(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    window.resize(900, 700)
    worst_case(window)
    QApplication.processEvents()
    assert window.columns.wide
    chain = tab_chain(qtbot, window.campaigns.combo)
    assert [w for w in chain if not spoken_name(w)] == []
    unreachable = [spoken_name(w) for w in tab_stops(window) if w not in chain]
    assert unreachable == []

    def column(widget: QWidget) -> str:
        for name, box in (("side", window.columns.side), ("main", window.columns.main)):
            if box.isAncestorOf(widget):
                return name
        return "across"

    # The campaign, then the side column (mood, tips, call details), then the main one (name,
    # search, phrases), then the bars: each column top to bottom.
    columns = [column(w) for w in chain]
    runs = [c for i, c in enumerate(columns) if i == 0 or columns[i - 1] != c]
    assert runs == ["across", "side", "main", "across"]
    for name in ("side", "main"):
        inside = [w for w in chain if column(w) == name]
        assert out_of_reading_order(inside, window) == [], name
    names = [spoken_name(w) for w in chain]
    tabs = window.call_details.tabBar()
    assert chain.index(window.personas.card) < chain.index(tabs) < names.index("Callbacks")
    assert names.index("Callbacks") < names.index("Customer name for this call")
    assert names[-1] == "Copy the check-in phrase"
    # Narrow again: the call details come after the phrases, as they sit under them.
    window.resize(420, 800)
    QApplication.processEvents()
    chain = tab_chain(qtbot, window.campaigns.combo)
    assert out_of_reading_order(chain, window) == []
