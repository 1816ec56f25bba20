"""The pack editor's lists, as a supervisor finds things in them: a call-flow step the check
flagged is marked in its list as a flagged persona text is."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

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
