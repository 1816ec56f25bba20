"""The pack editor tells the truth: a value the file holds is shown as it is (an invalid one
marked so, with its message from the moment the file opens), the form never moves under the
mouse, and saving a hand-written pack keeps its comments, order and untouched bytes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QSpinBox, QToolBar, QWidget
from pytestqt.qtbot import QtBot

from assistant.core.pack import Pack
from assistant.packs.loader import known_ids, validate_pack
from assistant.packs.roundtrip import merge_into_text
from assistant.packs.source import parse
from assistant.ui.editor.forms import FIELD_MAX_WIDTH, Binding, ItemForm, ListEditor
from assistant.ui.editor.window import PackEditor
from tests.conftest import PACKS, open_editor, settle

ACME = (PACKS / "acme.yaml").read_text(encoding="utf-8")
STARTER = (
    Path(__file__).resolve().parent.parent / "resources" / "packs" / "starter.yaml"
).read_text(encoding="utf-8")


def binding(form: ItemForm, *key: str) -> Binding:
    return next(b for b in form.bindings if b.key == key)


@pytest.fixture
def editor(qtbot: QtBot) -> PackEditor:
    window = open_editor(qtbot)
    window.resize(1100, 760)
    window.show()
    return window


def _open(editor: PackEditor, tmp_path: Path, text: str, name: str = "pack.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    assert editor.open_file(path)
    return path


BAD = ACME.replace("direction: outbound", "direction: sideways").replace(
    "check_in_seconds: 90", "check_in_seconds: 300"
)


def test_invalid_values_are_shown_as_they_are_with_their_message_at_open(
    editor: PackEditor, tmp_path: Path
) -> None:
    _open(editor, tmp_path, BAD)
    editor.tabs.setCurrentIndex(1)
    form = editor.campaigns.form
    direction = binding(form, "direction")
    combo = direction.widget
    assert isinstance(combo, QComboBox)
    assert combo.currentText() == "sideways (not valid)"  # not "Inbound", not "Outbound"
    assert combo.currentData() == "sideways"
    assert "'sideways' is not allowed here" in direction.error.text()
    assert direction.error.isVisible() and combo.property("invalid")
    check_in = binding(form, "hold", "check_in_seconds")
    spin = check_in.widget
    assert isinstance(spin, QSpinBox)
    assert spin.value() == 300 and spin.text() == "300 s"  # not clamped to 120
    assert "300 is out of range" in check_in.error.text()
    spin.setFocus()  # visiting the field does not make it 120 either (only typing past 120)
    combo.setFocus()
    assert spin.value() == 300 and "120 s at most" not in check_in.error.text()
    # Nothing was changed by showing them: the document still says what the file says.
    assert editor.doc.undo_stack.isClean()
    assert editor.doc.get(("campaigns", 0, "direction")) == "sideways"
    assert editor.doc.get(("campaigns", 0, "hold", "check_in_seconds")) == 300


def test_a_value_that_is_not_a_number_is_shown_as_written(
    editor: PackEditor, tmp_path: Path
) -> None:
    _open(editor, tmp_path, ACME.replace("check_in_seconds: 90", "check_in_seconds: two"))
    check_in = binding(editor.campaigns.form, "hold", "check_in_seconds")
    spin = check_in.widget
    assert isinstance(spin, QSpinBox)
    assert spin.text() == "two" and check_in.error.text()
    assert check_in.read() == "two"  # shown, not replaced
    spin.stepUp()  # the supervisor takes the arrows: the smallest valid value
    assert editor.doc.get(("campaigns", 0, "hold", "check_in_seconds")) == 10


def test_choosing_a_valid_value_clears_the_error_even_the_first_option(
    qtbot: QtBot, editor: PackEditor, tmp_path: Path
) -> None:
    _open(editor, tmp_path, BAD)
    editor.tabs.setCurrentIndex(1)
    direction = binding(editor.campaigns.form, "direction")
    combo = direction.widget
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData("inbound"))  # "Inbound": the first option
    settle(qtbot, editor)
    assert editor.doc.get(("campaigns", 0, "direction")) == "inbound"
    assert direction.error.text() == "" and not combo.property("invalid")
    assert combo.findData("sideways") < 0  # the invalid entry is gone with the value
    spin = binding(editor.campaigns.form, "hold", "check_in_seconds").widget
    assert isinstance(spin, QSpinBox)
    spin.setValue(120)
    settle(qtbot, editor)
    assert binding(editor.campaigns.form, "hold", "check_in_seconds").error.text() == ""
    assert spin.maximum() == 120  # back to the allowed range
    # Undo brings the file's value back, shown as it was.
    editor.undo_action.trigger()
    editor.undo_action.trigger()
    assert combo.currentText() == "sideways (not valid)"


def test_a_missing_choice_shows_nothing_chosen(editor: PackEditor, tmp_path: Path) -> None:
    _open(editor, tmp_path, ACME.replace("    reach: domestic\n", ""))
    combo = binding(editor.campaigns.form, "reach").widget
    assert isinstance(combo, QComboBox)
    assert combo.currentIndex() == -1 and combo.currentText() == ""


def test_each_item_shows_its_own_messages_when_selected(editor: PackEditor, tmp_path: Path) -> None:
    # Two phrases with a bad shortcut: the second's message shows when it is selected, with
    # no edit in between.
    text = ACME.replace(
        "    campaigns: [acme-collections]\n  - id: acme-disclosure",
        '    campaigns: [acme-collections]\n    shortcut: "; hi"\n  - id: acme-disclosure',
    ).replace("    category: closing\n", '    category: closing\n    shortcut: "no way"\n')
    _open(editor, tmp_path, text)
    editor.tabs.setCurrentIndex(3)
    shortcut = binding(editor.phrases.form, "shortcut")
    assert "'; hi' is not a valid shortcut" in shortcut.error.text()
    editor.phrases.select(1)
    assert shortcut.error.text() == ""
    editor.phrases.select(3)
    assert "'no way' is not a valid shortcut" in shortcut.error.text()


def _positions(form: ItemForm) -> list[int]:
    return [b.widget.mapTo(form, b.widget.rect().topLeft()).y() for b in form.bindings]


def test_the_form_does_not_move_when_a_message_comes_or_goes(
    qtbot: QtBot, editor: PackEditor
) -> None:
    form = editor.header
    qtbot.waitUntil(lambda: form.isVisible())
    before = _positions(form)
    name = binding(form, "name").widget
    assert isinstance(name, QLineEdit)
    name.setFocus()
    name.selectAll()
    qtbot.keyClick(name, Qt.Key.Key_Backspace)
    settle(qtbot, editor)
    assert binding(form, "name").error.text()  # "the required field 'name' is missing"
    assert _positions(form) == before
    qtbot.keyClicks(name, "Back again")
    settle(qtbot, editor)
    assert binding(form, "name").error.text() == ""
    assert _positions(form) == before


def test_a_long_message_is_one_line_as_wide_as_its_text_at_most_the_field(
    editor: PackEditor, tmp_path: Path
) -> None:
    _open(editor, tmp_path, BAD)
    editor.tabs.setCurrentIndex(1)
    check_in = binding(editor.campaigns.form, "hold", "check_in_seconds")
    direction = binding(editor.campaigns.form, "direction")
    line = direction.error.fontMetrics().height()
    for label in (check_in.error, direction.error):
        assert label.height() <= line + 4
        assert label.width() <= FIELD_MAX_WIDTH
    # A short message is not stretched into a wide bar; a cut one has its whole text at hand.
    assert direction.error.width() < FIELD_MAX_WIDTH
    assert check_in.error.shown_text().endswith("…")
    assert "two minutes" in check_in.error.toolTip()


def test_it_looks_like_a_finished_dialog(qtbot: QtBot, editor: PackEditor) -> None:
    editor.resize(1600, 900)
    qtbot.waitUntil(lambda: editor.header.isVisible())
    form = editor.header
    box = binding(form, "id").widget.parentWidget()
    assert box is not None
    first_label = form.layout_.labelForField(box)
    assert isinstance(first_label, QWidget)
    assert first_label.mapTo(editor, first_label.rect().topLeft()).x() >= 6  # not 2 px
    for b in form.bindings:
        assert b.widget.width() <= FIELD_MAX_WIDTH  # not 1,260 px on a wide window
    toolbar = editor.findChild(QToolBar, "packToolbar")
    assert isinstance(toolbar, QToolBar)
    undo_button = toolbar.widgetForAction(editor.undo_action)
    publish_button = toolbar.widgetForAction(editor.publish_action)
    x_before = publish_button.x()
    editor.bump_version()  # "Undo" would become "Undo Raise version"
    qtbot.wait(0)
    assert editor.undo_action.iconText() == "Undo"
    assert publish_button.x() == x_before  # the toolbar did not move
    assert "Undo Raise version" in undo_button.toolTip()


def test_the_required_step_is_said_to_be_flagged_not_blocked(editor: PackEditor) -> None:
    box = binding(editor.steps.form, "required").widget
    assert "flagged" in box.toolTip() and "cannot" not in box.toolTip()


# ------------------------------------------------------------------ saving keeps comments


def _lines_changed(before: str, after: str) -> set[str]:
    import difflib

    return {
        line[2:]
        for line in difflib.ndiff(before.splitlines(), after.splitlines())
        if line.startswith(("- ", "+ "))
    }


def test_saving_a_commented_pack_keeps_its_comments_order_and_untouched_bytes(
    qtbot: QtBot, editor: PackEditor, tmp_path: Path, builtin_pack: Pack
) -> None:
    path = _open(editor, tmp_path, STARTER, "starter.yaml")
    # Saved unchanged: byte for byte the same file.
    assert editor.save_to(path)
    assert path.read_text(encoding="utf-8") == STARTER
    # Two edits in the forms.
    editor.bump_version()
    editor.tabs.setCurrentIndex(1)
    combo = binding(editor.campaigns.form, "direction").widget
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData("outbound"))
    settle(qtbot, editor)
    assert editor.save_to(path)
    saved = path.read_text(encoding="utf-8")
    # Only the two edited lines differ, and each keeps its comment.
    changed = _lines_changed(STARTER, saved)
    assert changed == {
        "version: 1                       # raise it every time you publish a change",
        "version: 2                       # raise it every time you publish a change",
        "    direction: inbound           # inbound, outbound or blended",
        "    direction: outbound          # inbound, outbound or blended",
    }
    # The starter leans on the built-in pack's phrases, as a supervisor's pack would.
    assert validate_pack(path, known_ids(builtin_pack)).ok
    # The file reads back to what the editor holds.
    assert parse(str(path), saved).data == editor.doc.data


def test_added_removed_and_moved_items_keep_their_own_comments() -> None:
    data: dict[str, Any] = parse("starter.yaml", STARTER).data
    phrases = data["phrases"]
    greeting = phrases.pop(0)
    phrases.append(greeting)  # moved to the end
    phrases.insert(0, {"id": "new", "title": "New", "text": "Hi", "category": "other"})
    data["campaigns"][0]["description"] = "Billing line."  # edited in place
    data["personas"][0].pop("avoid", None)
    text = merge_into_text(STARTER, data)
    assert parse("saved.yaml", text).data == data
    # The moved phrase took its comments along.
    moved = text[text.index("  - id: my-greeting") :]
    assert "# typed in the search box to jump to this phrase" in moved
    assert '"Thank you for calling {company}' in moved  # its quoting too
    assert "tags: [hello, welcome]" in moved  # and its one-line list
    # Every comment line of the starter that belongs to what is still there is kept.
    assert text.startswith(STARTER[: STARTER.index("format:")])
    assert "# the steps of a call, in order" in text
    # A new field goes where the format puts it, not at the end.
    new = text[text.index("  - id: new") : text.index("  - id: my-hold-check-in")]
    assert new.index("title: New") < new.index("text: Hi") < new.index("category: other")


# Text that YAML 1.2 (ruamel, which writes the merged file) reads as text when bare, but YAML
# 1.1 (PyYAML, which reads every pack) reads as true or false, empty or a number.
NOT_TEXT_WHEN_BARE = [
    *(
        spelling
        for word in ("y", "yes", "n", "no", "true", "false", "on", "off")
        for spelling in (word, word.capitalize(), word.upper())
    ),
    *("null", "Null", "NULL", "~", ""),
    *("12:30", "0x1F", "1e3", "1.5e3", ".inf", "-.Inf", ".NaN", "0o17", "010", "1_000", "+1"),
    *("2024-01-01", "0b101"),
]


@pytest.mark.parametrize("word", NOT_TEXT_WHEN_BARE)
def test_a_text_yaml_1_1_reads_as_something_else_is_saved_quoted(word: str) -> None:
    text = "# ours\n" + ACME
    data: dict[str, Any] = parse("acme.yaml", text).data
    one_line = word or "x"  # an empty name or title is not written at all
    data["campaigns"][0]["name"] = one_line  # replaces a bare value
    data["phrases"][0]["title"] = one_line
    data["phrases"][0]["text"] = one_line  # replaces a quoted value
    data["phrases"][1]["title"] = one_line
    data["personas"][0]["tips"][1] = word  # in a one-line list
    data["personas"][0]["tips"].append(word)  # added to it
    data["phrases"].append({"id": "new", "title": one_line, "text": one_line, "category": "other"})
    saved = merge_into_text(text, data)
    assert parse("saved.yaml", saved).data == data
    assert saved.startswith("# ours\n")
    assert "check_in_phrase: hold-check-in        # defined by the built-in pack" in saved


# Plain inside brackets to YAML 1.2 (which the editor writes), a key or an error to YAML 1.1
# (which reads packs): found by tests/test_pack_export.py's property test.
NOT_TEXT_IN_BRACKETS = ["?x", ":y", ":Ķ 12:30 NULL", "?䥅1L=", "?"]
TEXT_IN_BRACKETS = ["a:b", "x?", "-x", "why?"]  # read alike: they stay bare


@pytest.mark.parametrize("word", NOT_TEXT_IN_BRACKETS + TEXT_IN_BRACKETS)
def test_a_text_yaml_1_1_reads_otherwise_in_a_one_line_list_is_saved_quoted(word: str) -> None:
    text = "# ours\n" + ACME
    data: dict[str, Any] = parse("acme.yaml", text).data
    data["personas"][0]["tips"][1] = word  # replaced in a one-line list
    data["personas"][0]["signs"] = [word, "short"]  # a new one-line list
    data["phrases"][0]["tags"] = ["calm", word]  # a one-line list that changes its length
    data["campaigns"][0]["name"] = word  # and outside brackets
    saved = merge_into_text(text, data)
    assert parse("saved.yaml", saved).data == data
    bare = f"[{word}" in saved or f", {word}]" in saved
    assert bare == (word in TEXT_IN_BRACKETS)


def test_an_item_renamed_in_place_keeps_its_comments_and_its_one_line_form() -> None:
    """A step's name or a phrase's id edited: the item was taken for a new one, written anew,
    and its comments were lost (found by an exploratory pass)."""
    text = ACME.replace(
        "        required: true\n", "        required: true      # compliance\n", 1
    ).replace(
        "      - step: Closing\n        phrases: [acme-close]",
        "      - {step: Closing, phrases: [acme-close]}",
    )
    text = text.replace("  - id: acme-greet\n", "  - id: acme-greet   # reviewed by legal\n")
    data: dict[str, Any] = parse("acme.yaml", text).data
    data["campaigns"][0]["call_flow"][1]["step"] = "Disclosure read"
    data["campaigns"][0]["call_flow"][2]["step"] = "Closing call"
    data["phrases"][0]["id"] = "acme-hello"
    saved = merge_into_text(text, data)
    assert parse("saved.yaml", saved).data == data
    assert "required: true      # compliance" in saved
    assert "- {step: Closing call, phrases: [acme-close]}" in saved
    assert "  - id: acme-hello   # reviewed by legal" in saved
    # Two items that swap names moved: each keeps its own comment.
    swapped = parse("acme.yaml", text).data
    steps = swapped["campaigns"][0]["call_flow"]
    steps[0], steps[1] = steps[1], steps[0]
    saved = merge_into_text(text, swapped)
    assert parse("saved.yaml", saved).data == swapped
    assert saved.index("step: Disclosure") < saved.index("# compliance") < saved.index("Opening")


def test_a_new_field_is_written_in_format_order() -> None:
    data: dict[str, Any] = parse("acme.yaml", ACME).data
    data["phrases"][0]["shortcut"] = ";hello"
    data["phrases"][0]["tags"] = ["greeting"]
    text = merge_into_text(ACME, data)
    first = text[text.index("  - id: acme-greet") : text.index("  - id: acme-disclosure")]
    assert first.index("campaigns:") < first.index("tags:") < first.index("shortcut:")
    assert _lines_changed(ACME, text) == {"    tags: [greeting]", "    shortcut: ;hello"}


def test_a_pack_not_from_a_yaml_file_is_saved_in_the_fixed_order(
    editor: PackEditor, tmp_path: Path
) -> None:
    from assistant.packs.export import pack_to_yaml

    _open(editor, tmp_path, BAD, "bad.yaml")
    editor.new_pack()
    assert editor.source_text is None
    target = tmp_path / "new.yaml"
    assert editor.save_to(target)
    assert target.read_text(encoding="utf-8").startswith("# Campaign pack 'my-team'")
    pack = validate_pack(target).pack
    assert pack is not None and target.read_text(encoding="utf-8") == pack_to_yaml(pack)


@pytest.mark.parametrize(
    ("old", "new", "key", "shown"),
    [
        ("direction: outbound", "direction: [a, b]", ("direction",), "['a', 'b'] (not valid)"),
        ("type: collections", "type: 7", ("type",), "7 (not valid)"),
        ("check_in_seconds: 90", "check_in_seconds: 1.5", ("hold", "check_in_seconds"), "1.5"),
        ("check_in_seconds: 90", "check_in_seconds: true", ("hold", "check_in_seconds"), "True"),
        ("version: 3", "version: -5", ("version",), "-5"),
        ("version: 3", "version: 99999999999999999999", ("version",), "99999999999999999999"),
    ],
)
def test_hostile_values_open_shown_as_written_and_flagged(
    editor: PackEditor, tmp_path: Path, old: str, new: str, key: tuple[str, ...], shown: str
) -> None:
    _open(editor, tmp_path, ACME.replace(old, new))
    form = editor.header if key == ("version",) else editor.campaigns.form
    field = binding(form, *key)
    widget = field.widget
    if isinstance(widget, QComboBox):
        assert widget.currentText() == shown
    else:
        assert isinstance(widget, QSpinBox) and widget.text() == shown
    assert field.error.text()
    assert editor.doc.undo_stack.isClean()


def test_a_field_added_in_the_editor_lands_where_pack_export_writes_it(
    builtin_pack: Pack,
) -> None:
    import yaml

    from assistant.packs.export import (
        CAMPAIGN_KEYS,
        PACK_KEYS,
        PERSONA_KEYS,
        PHRASE_KEYS,
        pack_to_data,
    )

    def in_order(keys: list[str], order: tuple[str, ...]) -> bool:
        return keys == [k for k in order if k in keys]

    # pack export follows the one table of field orders...
    data = pack_to_data(builtin_pack)
    assert in_order(list(data), PACK_KEYS)
    for section, order in (
        ("campaigns", CAMPAIGN_KEYS),
        ("personas", PERSONA_KEYS),
        ("phrases", PHRASE_KEYS),
    ):
        for item in data[section]:
            assert in_order(list(item), order), (section, item["id"])
    # ...and so does the editor's comment-keeping save of a field added by hand.
    text = "# ours\n" + (PACKS / "acme.yaml").read_text(encoding="utf-8")
    edited = yaml.safe_load(text)
    edited["campaigns"][0]["channels"] = ["voice"]
    edited["phrases"][0]["channels"] = ["voice"]
    merged = yaml.safe_load(merge_into_text(text, edited))
    assert in_order(list(merged["campaigns"][0]), CAMPAIGN_KEYS)
    assert list(merged["campaigns"][0]).index("channels") == 5  # after reach
    assert in_order(list(merged["phrases"][0]), PHRASE_KEYS)
    # ...and so does a draft that does not validate yet (its fields in the same order).
    from assistant.packs.draft import draft_text

    edited["phrases"][1]["text"] = ""  # not valid
    draft = yaml.safe_load(draft_text(edited))
    assert in_order(list(draft["campaigns"][0]), CAMPAIGN_KEYS)
    assert list(draft["campaigns"][0]).index("channels") == 5
    assert in_order(list(draft["phrases"][0]), PHRASE_KEYS)


def test_saving_while_a_number_below_its_least_is_typed_saves_it_raised_as_shown(
    qtbot: QtBot, editor: PackEditor, tmp_path: Path
) -> None:
    path = _open(editor, tmp_path, ACME)
    editor.activateWindow()
    editor.tabs.setCurrentIndex(1)
    field = binding(editor.campaigns.form, "hold", "check_in_seconds")
    spin = field.widget
    assert isinstance(spin, QSpinBox)
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, "5")  # 10 is the least; 5 may yet become 50
    assert (
        spin.text() == "5 s" and editor.doc.get(("campaigns", 0, "hold", "check_in_seconds")) == 90
    )
    qtbot.keyClick(spin, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert editor.last_message.startswith("Saved pack.yaml")
    assert "      check_in_seconds: 10\n" in path.read_text(encoding="utf-8")
    assert spin.text() == "10 s" and field.error.text() == "10 s at least"
    assert editor.doc.undo_stack.isClean() and not editor.windowTitle().endswith("*")


@pytest.mark.parametrize("action", ["install", "publish", "export_sheet"])
def test_install_publish_and_the_sheet_take_the_number_being_typed(
    qtbot: QtBot, editor: PackEditor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, action: str
) -> None:
    from assistant.ui import plain

    monkeypatch.setattr(plain, "warn", lambda *_: None)  # no knowledge base here: "Fix first"
    _open(editor, tmp_path, ACME)
    editor.tabs.setCurrentIndex(1)
    spin = binding(editor.campaigns.form, "hold", "check_in_seconds").widget
    assert isinstance(spin, QSpinBox)
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, "5")
    getattr(editor, action)()  # each stops after the check
    assert editor.doc.get(("campaigns", 0, "hold", "check_in_seconds")) == 10


def _tab_walk(qtbot: QtBot, editor: PackEditor, start: QWidget, steps: int) -> list[QWidget]:
    start.setFocus()
    walked = [start]
    for _ in range(steps):
        qtbot.keyClick(editor.focusWidget(), Qt.Key.Key_Tab)
        walked.append(editor.focusWidget())
    return walked


def _second_tip(editor: PackEditor, tmp_path: Path) -> ListEditor:
    """ACME open on its persona's Tips tab, the second tip selected; the tips' list editor."""
    _open(editor, tmp_path, ACME)
    editor.tabs.setCurrentIndex(2)
    editor.persona_lists.setCurrentIndex(1)
    editor.tips.select(1)
    return editor.tips


def test_tab_through_a_persona_goes_in_reading_order(
    qtbot: QtBot, editor: PackEditor, tmp_path: Path
) -> None:
    tips = _second_tip(editor, tmp_path)  # Up and Down both enabled
    form = editor.personas.form
    walked = _tab_walk(qtbot, editor, binding(form, "id").widget, 10)
    assert walked == [
        binding(form, "id").widget,
        binding(form, "name").widget,
        editor.persona_lists.tabBar(),
        tips.view,
        tips.add_button,
        tips.remove_button,
        tips.up_button,
        tips.down_button,
        tips.form.bindings[0].widget,
        binding(form, "phrases").widget,
        editor.personas.view,  # out of the form, not back into it
    ]


def test_a_button_greyed_out_under_the_keyboard_leaves_it_on_the_list(
    qtbot: QtBot, editor: PackEditor, tmp_path: Path
) -> None:
    tips = _second_tip(editor, tmp_path)
    tips.down_button.setFocus()
    qtbot.keyClick(tips.down_button, Qt.Key.Key_Space)  # now the last: Down greys out
    assert not tips.down_button.isEnabled() and editor.focusWidget() is tips.view
    tips.remove_button.setFocus()
    for _ in range(3):
        qtbot.keyClick(editor.focusWidget(), Qt.Key.Key_Space)
        if tips.model.rowCount():
            tips.remove_button.setFocus()
    assert tips.model.rowCount() == 0 and editor.focusWidget() is tips.add_button
