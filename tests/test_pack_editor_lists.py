"""The pack editor's lists, as a supervisor finds things in them: a call-flow step the check
flagged is marked in its list as a flagged persona text is, and what an undo or redo of an
addition or a removal brings back (or takes away) is selected and shown in the form."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from assistant.ui.editor.forms import ListEditor
from assistant.ui.editor.window import PackEditor
from tests.conftest import open_editor, settle


def _pack() -> str:
    """Three of everything: three campaigns of three steps, three personas of three signs,
    tips and things to avoid, three phrases; each named by where it is (c1, c1-s2, p0-tips1)."""
    lines = ["format: agent-assistant/pack@1", "id: lists-test", "name: Lists test"]
    lines += ["version: 1", "campaigns:"]
    for c in range(3):
        lines += [
            f"  - id: c{c}",
            f"    name: Campaign {c}",
            "    type: sales",
            "    direction: inbound",
            "    reach: domestic",
            "    call_flow:",
        ]
        for s in range(3):  # two phrases a step, and a line for a call that failed last
            lines += [f"      - step: c{c}-s{s}", f"        phrases: [h{s // 2}, h{s // 2 + 1}]"]
    lines.append("personas:")
    for p in range(3):
        lines += [f"  - id: p{p}", f"    name: Persona {p}"]
        for key in ("signs", "tips", "avoid"):
            lines.append(f"    {key}: [{', '.join(f'p{p}-{key}{i}' for i in range(3))}]")
    lines.append("phrases:")
    for n in range(3):
        lines += [f"  - id: h{n}", f"    title: Phrase {n}", f"    text: Hello {n}."]
        lines.append("    category: other" + ("\n    tags: [no-success]" if n == 2 else ""))
    return "\n".join(lines) + "\n"


@pytest.fixture
def editor(qtbot: QtBot, tmp_path: Path) -> PackEditor:
    window = open_editor(qtbot)
    window.show()
    source = tmp_path / "lists.yaml"
    source.write_text(_pack(), encoding="utf-8")
    assert window.open_file(source)
    assert window.check is not None and window.check.problems == []
    return window


# Each list: its tab, the outer list it lies in (None: a list of the pack), and the field its
# form shows first, which names the item (None: the item is the text).
KINDS: dict[str, tuple[int, str | None, str | None]] = {
    "campaigns": (1, None, "id"),
    "steps": (1, "campaigns", "step"),
    "personas": (2, None, "id"),
    "signs": (2, "personas", None),
    "tips": (2, "personas", None),
    "avoid": (2, "personas", None),
    "phrases": (3, None, "id"),
}


def _lists(editor: PackEditor, kind: str) -> tuple[ListEditor, ListEditor | None]:
    outer = KINDS[kind][1]
    return getattr(editor, kind), (getattr(editor, outer) if outer else None)


def _show_second(editor: PackEditor, kind: str) -> ListEditor:
    """The list of ``kind`` on show: for a step, sign, tip or thing to avoid, the second
    campaign's or persona's."""
    tab, _outer, _key = KINDS[kind]
    lines, outer = _lists(editor, kind)
    editor.tabs.setCurrentIndex(tab)
    if outer is not None:
        outer.select(1)
        if outer is editor.personas:
            editor.persona_lists.setCurrentWidget(lines)
    return lines


def _look_elsewhere(editor: PackEditor, kind: str) -> None:
    """The supervisor goes on elsewhere: another item of the list (of another campaign or
    persona, for the lists inside one), another persona tab, then the Pack tab."""
    lines, outer = _lists(editor, kind)
    if outer is not None:
        outer.select(0)
        editor.persona_lists.setCurrentWidget(
            editor.tips if lines is editor.signs else editor.signs
        )
    lines.select(lines.model.rowCount() - 1)
    editor.tabs.setCurrentIndex(0)


def _name(item: Any, key: str | None) -> str:
    return str(item if key is None else item.get(key, ""))


def _shown(editor: PackEditor, kind: str) -> tuple[Any, str, int, bool]:
    """What the supervisor sees of the list: the item the form shows (its path and first
    field), the row selected in the list, and whether the list is on the tab shown."""
    lines, _outer = _lists(editor, kind)
    field = lines.form.bindings[0].widget
    assert isinstance(field, QLineEdit | QPlainTextEdit)
    text = field.toPlainText() if isinstance(field, QPlainTextEdit) else field.text()
    return lines.form.base, text, lines.current_row(), lines.isVisible()


@pytest.mark.parametrize("kind", list(KINDS))
def test_undo_and_redo_of_a_removal_or_an_addition_select_the_item_and_show_it(
    qtbot: QtBot, editor: PackEditor, kind: str
) -> None:
    key = KINDS[kind][2]
    lines = _show_second(editor, kind)
    path = lines.model.list_path
    assert path is not None
    items = editor.doc.get(path)
    names = [_name(item, key) for item in items]
    lines.select(1)
    qtbot.mouseClick(lines.remove_button, Qt.MouseButton.LeftButton)
    assert _shown(editor, kind) == ((*path, 1), names[2], 1, True)  # the next in its place
    _look_elsewhere(editor, kind)
    # Ctrl+Z where the supervisor is now: a field of the Pack tab.
    name_field = editor.header.bindings[1].widget
    name_field.setFocus()
    qtbot.keyClick(name_field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.doc.get(path) == items
    assert editor.tabs.currentIndex() == KINDS[kind][0]
    assert _shown(editor, kind) == ((*path, 1), names[1], 1, True)  # what came back
    _look_elsewhere(editor, kind)
    editor.redo_action.trigger()  # removed again: the item now in its place
    assert _shown(editor, kind) == ((*path, 1), names[2], 1, True)
    editor.undo_action.trigger()
    # An addition after the first item: the new one, empty; undone, the item in its place.
    lines.select(0)
    qtbot.mouseClick(lines.add_button, Qt.MouseButton.LeftButton)
    assert _shown(editor, kind) == ((*path, 1), "", 1, True)
    _look_elsewhere(editor, kind)
    editor.undo_action.trigger()
    assert editor.doc.get(path) == items
    assert _shown(editor, kind) == ((*path, 1), names[1], 1, True)
    _look_elsewhere(editor, kind)
    editor.redo_action.trigger()
    assert _shown(editor, kind) == ((*path, 1), "", 1, True)
    editor.undo_action.trigger()
    # A move down, undone: the item moved back, still selected.
    lines.select(0)
    lines.move_current(1)
    assert _shown(editor, kind) == ((*path, 1), names[0], 1, True)
    _look_elsewhere(editor, kind)
    editor.undo_action.trigger()
    assert _shown(editor, kind) == ((*path, 0), names[0], 0, True)


def test_undoing_the_only_step_added_leaves_no_step_selected_and_redo_selects_it(
    qtbot: QtBot, editor: PackEditor
) -> None:
    editor.tabs.setCurrentIndex(1)
    qtbot.mouseClick(editor.campaigns.add_button, Qt.MouseButton.LeftButton)
    campaign = editor.campaigns.current_row()
    qtbot.mouseClick(editor.steps.add_button, Qt.MouseButton.LeftButton)
    editor.campaigns.select(0)
    editor.undo_action.trigger()
    assert editor.campaigns.current_row() == campaign
    assert editor.steps.model.rowCount() == 0 and editor.steps.current_row() == -1
    assert editor.steps.form.base is None and not editor.steps.form.isEnabled()
    assert not editor.steps.remove_button.isEnabled()
    editor.redo_action.trigger()
    assert editor.steps.form.base == ("campaigns", campaign, "call_flow", 0)


def test_a_phrase_brought_back_far_down_a_long_list_is_scrolled_to(
    qtbot: QtBot, tmp_path: Path
) -> None:
    editor = open_editor(qtbot)
    editor.resize(1000, 700)
    editor.show()
    phrases = "".join(
        f"  - id: h{n}\n    title: Phrase {n}\n    text: Hello {n}.\n    category: other\n"
        for n in range(300)
    )
    source = tmp_path / "long.yaml"
    source.write_text(
        "format: agent-assistant/pack@1\nid: long\nname: Long\nversion: 1\nphrases:\n" + phrases,
        encoding="utf-8",
    )
    assert editor.open_file(source)
    editor.tabs.setCurrentIndex(3)
    editor.phrases.select(250)
    qtbot.mouseClick(editor.phrases.remove_button, Qt.MouseButton.LeftButton)
    editor.phrases.select(0)
    editor.phrases.view.scrollToTop()
    editor.tabs.setCurrentIndex(0)
    editor.undo_action.trigger()
    view = editor.phrases.view
    assert editor.phrases.current_row() == 250
    assert view.viewport().rect().contains(view.visualRect(view.currentIndex()))


def test_a_dragged_phrase_stays_selected_where_it_was_dropped(editor: PackEditor) -> None:
    editor.tabs.setCurrentIndex(3)
    model = editor.phrases.model
    model.dropMimeData(
        model.mimeData([model.index(0)]), Qt.DropAction.MoveAction, 3, 0, model.index(-1)
    )
    assert editor.phrases.current_row() == 2
    assert _shown(editor, "phrases") == (("phrases", 2), "h0", 2, True)


# --- marks


def _step_labels(editor: PackEditor) -> list[str]:
    return editor.steps.model.stringList()


@pytest.mark.parametrize(
    ("edit", "value"),
    [
        (("step",), ""),  # no name
        (("step",), "x" * 121),  # longer than a step's name may be
        (("step",), "Open\ting"),  # a tab in a name shown on one line
        (("phrases",), ["h0", "h0"]),  # a phrase listed twice
        (("phrases",), ["h0", "no-such-phrase"]),  # a phrase the pack does not have
    ],
)
def test_a_call_flow_step_with_a_problem_is_marked_in_its_list_and_its_problem_leads_to_it(
    qtbot: QtBot, editor: PackEditor, edit: tuple[str], value: Any
) -> None:
    editor.tabs.setCurrentIndex(1)
    editor.campaigns.select(1)
    editor.steps.select(1)
    editor.doc.set_value(("campaigns", 1, "call_flow", 1, *edit), value)
    check = editor.validate_now()
    problems = [p for p in check.problems if p.path.startswith("campaigns[1].call_flow[1]")]
    assert problems, check.problems
    labels = _step_labels(editor)
    assert labels[0] == "c1-s0" and labels[2] == "c1-s2"  # the good steps: no mark
    assert labels[1].startswith("⚠ ")
    # The step's problem in the problem list leads to it, from another campaign and step.
    editor.campaigns.select(0)
    assert _step_labels(editor) == ["c0-s0", "c0-s1", "c0-s2"]  # that campaign's: all good
    editor.tabs.setCurrentIndex(3)
    row = editor.problem_model.stringList().index(
        next(s for s in editor.problem_model.stringList() if s.startswith(problems[0].path))
    )
    editor.problem_view.activated.emit(editor.problem_model.index(row))
    assert editor.tabs.currentIndex() == 1 and editor.campaigns.current_row() == 1
    assert editor.steps.current_row() == 1 and _step_labels(editor)[1].startswith("⚠ ")
    assert editor.steps.form.base == ("campaigns", 1, "call_flow", 1)


def test_a_step_typed_empty_is_marked_and_unmarked_once_named(
    qtbot: QtBot, editor: PackEditor
) -> None:
    editor.tabs.setCurrentIndex(1)
    editor.campaigns.select(0)
    editor.steps.select(2)
    field = editor.steps.form.bindings[0].widget
    assert isinstance(field, QLineEdit)
    field.setFocus()
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Backspace)
    settle(qtbot, editor)
    assert _step_labels(editor) == ["c0-s0", "c0-s1", "⚠ (new, #3)"]
    qtbot.keyClicks(field, "Closing")
    settle(qtbot, editor)
    assert _step_labels(editor) == ["c0-s0", "c0-s1", "Closing"]


def test_the_marks_in_a_list_inside_an_item_are_that_items_own(editor: PackEditor) -> None:
    # A sign of the first persona flagged: the second persona's signs are not marked.
    editor.doc.set_value(("personas", 0, "signs", 0), "")
    editor.doc.set_value(("campaigns", 0, "call_flow", 0, "step"), "")
    editor.validate_now()
    editor.tabs.setCurrentIndex(2)
    editor.personas.select(0)
    assert editor.signs.model.stringList()[0].startswith("⚠ ")
    editor.personas.select(1)
    assert editor.signs.model.stringList() == ["p1-signs0", "p1-signs1", "p1-signs2"]
    editor.personas.select(0)
    assert editor.signs.model.stringList()[0].startswith("⚠ ")
    editor.tabs.setCurrentIndex(1)
    editor.campaigns.select(0)
    assert _step_labels(editor)[0].startswith("⚠ ")
    editor.campaigns.select(2)
    assert _step_labels(editor) == ["c2-s0", "c2-s1", "c2-s2"]


# --- the keyboard when a list is left empty


@pytest.mark.parametrize("kind", ["phrases", "tips"])
def test_a_list_emptied_by_undo_or_redo_gives_the_keyboard_to_its_add_button(
    qtbot: QtBot, tmp_path: Path, kind: str
) -> None:
    # The form is disabled when its list is empty; Qt takes the keyboard from a field being
    # disabled and gives it to nothing, so the keys typed next went nowhere.
    editor = open_editor(qtbot)
    editor.show()
    editor.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
    source = tmp_path / "empty.yaml"
    source.write_text(
        "format: agent-assistant/pack@1\nid: empty\nname: Empty\nversion: 1\n"
        "personas:\n  - id: p0\n    name: Persona 0\n",
        encoding="utf-8",
    )
    assert editor.open_file(source)
    lines = getattr(editor, kind)
    editor.tabs.setCurrentIndex(KINDS[kind][0])
    if kind == "tips":
        editor.personas.select(0)
        editor.persona_lists.setCurrentWidget(lines)
    assert lines.model.rowCount() == 0
    qtbot.mouseClick(lines.add_button, Qt.MouseButton.LeftButton)
    field = lines.form.bindings[0].widget
    assert QApplication.focusWidget() is lines.form.bindings[0].widget
    qtbot.keyClicks(field, "Hello")
    for _ in range(2):  # the typing, then the addition
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert lines.model.rowCount() == 0 and not lines.form.isEnabled()
    assert QApplication.focusWidget() is lines.add_button
    # Redone, the item is back; undone again from its form, the keyboard is on Add again.
    editor.redo_action.trigger()
    assert lines.model.rowCount() == 1 and lines.form.isEnabled()
    field.setFocus()
    editor.undo_action.trigger()
    assert lines.model.rowCount() == 0
    assert QApplication.focusWidget() is lines.add_button
    # A redo that empties the list: a removal undone, then redone from the form.
    editor.redo_action.trigger()
    qtbot.mouseClick(lines.remove_button, Qt.MouseButton.LeftButton)
    assert QApplication.focusWidget() is lines.add_button  # as the Remove button always did
    editor.undo_action.trigger()
    field.setFocus()
    editor.redo_action.trigger()  # removed again, from the form
    assert lines.model.rowCount() == 0
    assert QApplication.focusWidget() is lines.add_button
    # And Add works from there with the keyboard.
    qtbot.keyClick(lines.add_button, Qt.Key.Key_Space)
    assert lines.model.rowCount() == 1
    assert QApplication.focusWidget() is lines.form.bindings[0].widget
