"""The row of customer moods (ui/mood_row.py): during a call a picked mood folds the row to
itself and "Change", whose menu lists every mood; a pack with more moods than fit shows "N
more"; either way every mood is reached by keyboard, and the window keeps its size."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSize, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMenu, QWidget
from pytestqt.qtbot import QtBot

from assistant.core.model import Ref
from assistant.services.intake import import_file
from assistant.store.knowledge import KnowledgeBase
from assistant.ui.flow_layout import FlowLayout
from assistant.ui.main_window import MainWindow
from assistant.ui.mood_row import MAX_LINES, SPACING, MoodRow
from tests.conftest import MakeWindow, tab_chain
from tests.test_accessibility import spoken_name
from tests.test_layout import ANGRY, must_see_problems, worst_case

# Nine moods a team adds to the built-in sixteen: twenty-five, some with long names.
TEAM_MOODS = [
    "Grieving",
    "Suspicious of fraud",
    "Elderly, hard of hearing",
    "Lawyer on the line",
    "Intoxicated",
    "Tech-savvy",
    "Repeat caller",
    "Journalist",
    "Minor",
]


def team_pack(folder: Path) -> Path:
    pack = {
        "format": "agent-assistant/pack@1",
        "id": "team-moods",
        "name": "Team moods",
        "version": 1,
        "personas": [
            {
                "id": f"mood-{number}",
                "name": name,
                "signs": [f"How a {name.lower()} customer sounds"],
                "tips": ["Slow down", "Say what happens next", "Confirm they follow"],
                "avoid": ["Rushing"],
            }
            for number, name in enumerate(TEAM_MOODS)
        ],
    }
    path = folder / "team-moods.json"
    path.write_text(json.dumps(pack), encoding="utf-8")
    return path


def settle() -> None:
    for _ in range(3):  # a minimum that grew is told to the parents one level at a time
        QApplication.processEvents()


def lines(row: MoodRow) -> int:
    """The lines of buttons the row shows (each button as tall as the others)."""
    tops = {button.y() for button in [*row.shown_buttons(), row.more] if not button.isHidden()}
    return len(tops)


def menu_answer(qtbot: QtBot, keys: list[Qt.Key]) -> Callable[[], dict[str, list[str]]]:
    """Once the menu pops up: what it lists, what is checked, then these keys typed in it."""
    seen: dict[str, list[str]] = {}

    def answer() -> None:
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu), "a menu of moods pops up"
        seen["moods"] = [action.text() for action in menu.actions()]
        seen["checked"] = [action.text() for action in menu.actions() if action.isChecked()]
        for key in keys:
            qtbot.keyClick(menu, key)
        if menu.isVisible():
            menu.close()

    QTimer.singleShot(0, answer)
    return lambda: seen


def test_a_mood_picked_in_a_call_folds_the_row_and_change_reaches_every_mood(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    window = make_window()
    window.resize(420, 700)
    panel, row = window.personas, window.personas.buttons_box
    names = [persona.name for persona in panel.personas()]
    # Outside a call, a picked mood keeps the whole row (the agent may be reading the moods).
    panel.select(ANGRY)
    settle()
    assert not row.folded and len(row.shown_buttons()) == len(names) and row.more.isHidden()
    window.desk.start_call()
    settle()
    assert row.folded and [b.text() for b in row.shown_buttons()] == ["Angry"]
    assert row.more.isVisible() and spoken_name(row.more) == "Change the customer's mood"
    # Tab goes from the mood to "Change"; Space opens every mood, the picked one checked;
    # the arrow keys and Enter pick another, and the row shows that one.
    chain = tab_chain(qtbot, window.campaigns.combo)
    assert chain[1:3] == [panel.button_for(ANGRY), row.more]
    seen = menu_answer(qtbot, [Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Return])
    row.more.setFocus()
    qtbot.keyClick(row.more, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: "moods" in seen())
    assert seen()["moods"] == names and seen()["checked"] == ["Angry"]
    picked = panel.current()
    assert picked is not None and picked.ref != ANGRY
    assert row.folded and [b.text() for b in row.shown_buttons()] == [picked.name]
    assert window.library.model.index(0).data() == f"Suggested for: {picked.name}"
    # A click on the picked mood clears it, as before: every mood is a button again.
    button = panel.button_for(picked.ref)
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    settle()
    assert panel.current() is None and not row.folded
    assert len(row.shown_buttons()) == len(names) and row.more.isHidden()
    # Picked again, then the call ends: the mood is forgotten and the row whole.
    panel.select(ANGRY)
    assert row.folded
    window.desk.end_call()
    settle()
    assert panel.current() is None and len(row.shown_buttons()) == len(names)


def test_before_a_mood_is_picked_every_mood_is_a_button_and_the_window_keeps_its_size(
    make_window: MakeWindow,
) -> None:
    """The moment the agent picks: in a call, details open, a hold nagging, no mood yet."""
    window = make_window()
    window.resize(420, 700)
    worst_case(window, mood=None)
    row = window.personas.buttons_box
    assert len(row.shown_buttons()) == len(window.personas.personas()) >= 16
    assert row.more.isHidden() and lines(row) <= MAX_LINES
    assert window.size() == QSize(420, 700)
    assert must_see_problems(window) == []
    window.personas.select(ANGRY)  # folds: the tips get the lines
    settle()
    assert window.size() == QSize(420, 700)
    assert must_see_problems(window) == []


@pytest.fixture
def team_window(make_window: MakeWindow, kb: KnowledgeBase, tmp_path: Path) -> MainWindow:
    import_file(kb, team_pack(tmp_path))
    window = make_window()
    window.resize(420, 700)
    settle()
    return window


def test_twenty_five_moods_take_four_lines_and_the_rest_one_key_away(
    qtbot: QtBot, team_window: MainWindow
) -> None:
    window = team_window
    panel, row = window.personas, window.personas.buttons_box
    personas = panel.personas()
    assert len(personas) == 25
    shown = row.shown_buttons()
    hidden = len(personas) - len(shown)
    assert 0 < hidden < len(personas) and lines(row) == MAX_LINES
    height = row.more.height()
    assert row.height() <= MAX_LINES * height + (MAX_LINES - 1) * SPACING
    assert row.more.text() == f"{hidden} more" and spoken_name(row.more) == "More customer moods"
    # The buttons are the pack's first moods, in order; the menu lists all twenty-five.
    assert [b.text() for b in shown] == [p.name for p in personas[: len(shown)]]
    assert must_see_problems(window) == [] and window.size() == QSize(420, 700)
    # Tab goes from the moods (the arrow keys go along them) to "N more"; a mood without a
    # button, picked in its menu by keyboard, gets one (the picked mood always shows), still
    # in four lines.
    chain = tab_chain(qtbot, window.campaigns.combo)
    assert chain[1] in shown and chain[2] is row.more
    seen = menu_answer(qtbot, [Qt.Key.Key_Up, Qt.Key.Key_Return])
    row.more.setFocus()
    qtbot.keyClick(row.more, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: "moods" in seen())
    assert seen()["moods"] == [p.name for p in personas] and seen()["checked"] == []
    last = personas[-1]
    assert panel.current() == last
    settle()
    button = panel.button_for(last.ref)
    assert button is not None and button in row.shown_buttons() and button.isChecked()
    assert lines(row) == MAX_LINES and must_see_problems(window) == []


def test_twenty_five_moods_in_the_worst_case_fit_before_and_after_the_pick(
    team_window: MainWindow,
) -> None:
    window = team_window
    worst_case(window, mood=None)
    assert window.size() == QSize(420, 700)
    assert must_see_problems(window) == []
    hidden_mood = window.personas.personas()[-1].ref
    window.personas.select(hidden_mood)
    settle()
    row = window.personas.buttons_box
    assert row.folded and [b.text() for b in row.shown_buttons()] == [TEAM_MOODS[-1]]
    assert window.size() == QSize(420, 700)
    assert must_see_problems(window) == []


def test_a_narrow_or_wide_window_shows_as_many_moods_as_fit(team_window: MainWindow) -> None:
    window, row = team_window, team_window.personas.buttons_box
    counts, menus = {}, {}
    for width in (360, 420, 600, 1000, 420):
        window.resize(width, 700)
        settle()
        counts[width], menus[width] = len(row.shown_buttons()), row.more.isVisible()
        assert lines(row) <= MAX_LINES, width
        assert must_see_problems(window) == [], width
        assert window.size() == QSize(width, 700), width
    assert counts[360] < counts[420] < counts[600] == 25  # room for every mood: no menu
    assert menus == {360: True, 420: True, 600: False, 1000: True}  # 1000: two columns


def test_a_mood_name_with_an_ampersand_reads_as_typed_in_the_menu(qtbot: QtBot) -> None:
    row = MoodRow()
    qtbot.addWidget(row)
    row.set_moods([("Q&A", "asks everything"), ("Calm", "")])
    # Shown as typed: "&&" draws an "&" (a single one would underline the next letter).
    assert [action.text() for action in row.mood_actions()] == ["Q&&A", "Calm"]
    assert row.group.button(0).text() == "Q&&A"
    assert row.group.button(0).accessibleName() == "Persona: Q&A"
    picked: list[int] = []
    row.picked.connect(picked.append)
    row.mood_actions()[1].trigger()
    assert picked == [1]


def test_the_ref_of_a_removed_mood_clears_the_pick(make_window: MakeWindow) -> None:
    window = make_window()
    window.desk.start_call()
    window.personas.select(Ref("gone", "mood"))
    row = window.personas.buttons_box
    assert window.personas.current() is None and not row.folded
    assert len(row.shown_buttons()) == len(window.personas.personas())


def test_a_call_end_unfolds_the_row_laid_out_at_once_in_one_pass(
    make_window: MakeWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Qt lays out every visible ancestor of a widget as it shows it: unfolding 16 moods one
    # show at a time laid the whole window out 16 times, on every call's end.
    window = make_window()
    window.resize(420, 700)
    panel, row = window.personas, window.personas.buttons_box
    window.desk.start_call()
    panel.select(ANGRY)
    settle()
    assert row.folded
    passes: list[int] = []
    arrange = FlowLayout._arrange

    def counted(layout: FlowLayout, rect: QRect) -> None:
        if layout is row.flow:
            passes.append(rect.width())
        arrange(layout, rect)

    monkeypatch.setattr(FlowLayout, "_arrange", counted)
    window.desk.end_call()
    # Laid out before the window's thread goes on: every mood has its place across the row,
    # one beside or under the other, and the window's layouts all take changes again. (The
    # row's own growth reaches its parents a level at a time, as before.)
    shown = row.shown_buttons()
    assert len(shown) == len(panel.personas()) and row.more.isHidden()
    places = [button.geometry() for button in shown]
    assert all(place.left() >= 0 and place.right() < row.width() for place in places)
    assert not any(a.intersects(b) for i, a in enumerate(places) for b in places[i + 1 :])
    assert lines(row) <= MAX_LINES
    ancestor: QWidget | None = row
    while ancestor is not None:
        layout = ancestor.layout()
        assert layout is None or layout.isEnabled()
        ancestor = ancestor.parentWidget()
    assert 1 <= len(passes) <= 2, passes
    settle()
    assert [button.geometry() for button in row.shown_buttons()] == places
    assert all(row.rect().contains(place) for place in places)
