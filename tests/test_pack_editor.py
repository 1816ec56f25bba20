"""The pack editor, driven the way a team leader uses it: typing into fields, adding items,
fixing what the validator flags, saving, installing and publishing."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from assistant.packs import draft
from assistant.packs.export import pack_to_yaml
from assistant.packs.loader import validate_pack
from assistant.services.intake import builtin_known
from assistant.store.knowledge import KnowledgeBase
from assistant.ui import plain
from assistant.ui.editor.forms import ItemForm
from assistant.ui.editor.window import PackEditor
from assistant.ui.operations import Operations
from tests.conftest import PACKS, new_window, on_modal, open_editor, run_script, settle


def widget(form: ItemForm, key: str | tuple[str, ...]) -> Any:
    for binding in form.bindings:
        if binding.key == ((key,) if isinstance(key, str) else key):
            return binding.widget
    raise KeyError(key)


def error_text(form: ItemForm, key: str | tuple[str, ...]) -> str:
    for binding in form.bindings:
        if binding.key == ((key,) if isinstance(key, str) else key):
            return binding.error.text() if not binding.error.isHidden() else ""
    raise KeyError(key)


def type_into(qtbot: QtBot, field: QWidget, text: str, *, clear: bool = True) -> None:
    field.setFocus()
    if isinstance(field, QLineEdit) and clear:
        field.selectAll()
        qtbot.keyClick(field, Qt.Key.Key_Backspace)
    qtbot.keyClicks(field, text)


@pytest.fixture
def editor(qtbot: QtBot, kb: KnowledgeBase, tmp_path: Path) -> PackEditor:
    shared = tmp_path / "shared"
    window = open_editor(qtbot, Operations(kb), pack_folder=lambda: shared)
    window.show()
    return window


def test_build_a_pack_from_nothing_fix_a_flagged_error_save_and_round_trip(
    qtbot: QtBot, editor: PackEditor, kb: KnowledgeBase, tmp_path: Path
) -> None:
    header = editor.header
    type_into(qtbot, widget(header, "id"), "acme-care")
    type_into(qtbot, widget(header, "name"), "ACME care line")
    type_into(qtbot, widget(header, "author"), "Team leads")

    # A campaign with a two-step call flow.
    editor.tabs.setCurrentIndex(1)
    qtbot.mouseClick(editor.campaigns.add_button, Qt.MouseButton.LeftButton)
    form = editor.campaigns.form
    type_into(qtbot, widget(form, "id"), "acme-care")
    type_into(qtbot, widget(form, "name"), "ACME care")
    kind: QComboBox = widget(form, "type")
    kind.setCurrentIndex(kind.findData("technical-support"))
    for step, phrases, required in (("Opening", "acme-hello", False), ("Verify", "", True)):
        qtbot.mouseClick(editor.steps.add_button, Qt.MouseButton.LeftButton)
        type_into(qtbot, widget(editor.steps.form, "step"), step)
        if phrases:
            type_into(qtbot, widget(editor.steps.form, "phrases"), phrases)
        box: QCheckBox = widget(editor.steps.form, "required")
        if required:
            qtbot.mouseClick(box, Qt.MouseButton.LeftButton)

    # A phrase, with a typo in its shortcut that the validator flags beside the field.
    editor.tabs.setCurrentIndex(3)
    qtbot.mouseClick(editor.phrases.add_button, Qt.MouseButton.LeftButton)
    form = editor.phrases.form
    type_into(qtbot, widget(form, "id"), "acme-hello")
    type_into(qtbot, widget(form, "title"), "Hello")
    text: QPlainTextEdit = widget(form, "text")
    type_into(qtbot, text, "Hello {customer_name}, is this about {reason:Billing|Repairs}?")
    category: QComboBox = widget(form, "category")
    category.setCurrentIndex(category.findData("opening"))
    type_into(qtbot, widget(form, "shortcut"), "; hi")
    settle(qtbot, editor)
    assert "not a valid shortcut" in error_text(form, "shortcut")
    assert not editor.install_action.isEnabled() and not editor.publish_action.isEnabled()
    assert "Hello Maria Santos, is this about Billing?" in editor.phrase_preview.text()
    assert "Verify <b>(required)</b>" in editor.campaign_preview.text()

    # Saving an invalid pack is allowed, as a draft.
    draft_file = tmp_path / "draft.yaml"
    assert editor.save_to(draft_file)
    assert "does not validate yet" in draft_file.read_text(encoding="utf-8")
    assert not validate_pack(draft_file).ok

    type_into(qtbot, widget(form, "shortcut"), ";hi")
    settle(qtbot, editor)
    assert error_text(form, "shortcut") == ""
    check = editor.check
    assert check is not None and check.valid, check.problems if check else None
    assert editor.install_action.isEnabled()

    saved = tmp_path / "acme-care.yaml"
    assert editor.save_to(saved)
    result = validate_pack(saved, builtin_known(kb))
    assert result.ok, result.problems
    pack = result.pack
    assert pack is not None
    assert (pack.id, pack.name, pack.author) == ("acme-care", "ACME care line", "Team leads")
    assert [s.step for s in pack.campaigns[0].call_flow] == ["Opening", "Verify"]
    assert [s.required for s in pack.campaigns[0].call_flow] == [False, True]
    assert pack.phrases[0].shortcut == ";hi"
    # Same pack, same bytes: as pack export writes it, and again after reopening.
    first = saved.read_bytes()
    assert first == pack_to_yaml(pack).encode("utf-8")
    assert editor.open_file(saved)
    again = tmp_path / "again.yaml"
    assert editor.save_to(again)
    assert again.read_bytes() == first

    assert editor.install()  # on the pack writer: the status line says when it is done
    qtbot.waitUntil(lambda: any(p.id == "acme-care" for p in kb.packs()), timeout=10000)
    qtbot.waitUntil(lambda: editor.last_message == "Installed acme-care version 1.")


def test_every_edit_undoes_and_redoes(qtbot: QtBot, editor: PackEditor) -> None:
    assert editor.open_file(PACKS / "acme.yaml")
    editor.tabs.setCurrentIndex(3)
    editor.phrases.select(0)
    title: QLineEdit = widget(editor.phrases.form, "title")
    before = title.text()
    type_into(qtbot, title, "Changed title")
    assert editor.doc.get(("phrases", 0, "title")) == "Changed title"
    assert editor.windowTitle().endswith("*")
    editor.undo_action.trigger()  # all the typing in one field is one step
    assert editor.doc.get(("phrases", 0, "title")) == before
    assert title.text() == before
    editor.redo_action.trigger()
    assert title.text() == "Changed title"
    # Ctrl+Z typed in a field undoes through the same history.
    qtbot.keyClick(title, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.doc.get(("phrases", 0, "title")) == before
    text: QPlainTextEdit = widget(editor.phrases.form, "text")
    text.setFocus()
    qtbot.keyClick(text, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(text, " More.")
    assert str(editor.doc.get(("phrases", 0, "text"))).endswith(" More.")
    qtbot.keyClick(text, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not str(editor.doc.get(("phrases", 0, "text"))).endswith(" More.")
    assert not text.toPlainText().endswith(" More.")
    editor.redo_action.trigger()

    ids = [p["id"] for p in editor.doc.items("phrases")]
    editor.phrases.view.setFocus()
    qtbot.keyClick(editor.phrases.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    moved = [p["id"] for p in editor.doc.items("phrases")]
    assert moved[:2] == [ids[1], ids[0]]
    assert editor.phrases.current_row() == 1  # the moved phrase stays selected
    qtbot.mouseClick(editor.phrases.remove_button, Qt.MouseButton.LeftButton)
    assert len(editor.doc.items("phrases")) == len(ids) - 1
    editor.undo_action.trigger()
    editor.undo_action.trigger()
    assert [p["id"] for p in editor.doc.items("phrases")] == ids


def test_dragging_a_phrase_reorders_the_list(editor: PackEditor) -> None:
    assert editor.open_file(PACKS / "acme.yaml")
    ids = [p["id"] for p in editor.doc.items("phrases")]
    model = editor.phrases.model
    mime = model.mimeData([model.index(0)])
    model.dropMimeData(mime, Qt.DropAction.MoveAction, 2, 0, model.index(-1))
    assert [p["id"] for p in editor.doc.items("phrases")][:2] == [ids[1], ids[0]]
    editor.undo_action.trigger()
    assert [p["id"] for p in editor.doc.items("phrases")] == ids


def test_the_list_follows_each_edit_row_by_row_and_flags_what_the_check_found(
    qtbot: QtBot, editor: PackEditor
) -> None:
    # One row relabelled per edit, never the whole list: a 20,000-phrase list laid out again
    # at every keystroke cost 6.7 s a key.
    assert editor.open_file(PACKS / "acme.yaml")
    editor.tabs.setCurrentIndex(3)
    editor.phrases.select(0)
    model = editor.phrases.model
    labels = lambda: [model.index(r).data() for r in range(model.rowCount())]  # noqa: E731
    assert labels() == [
        "Outbound greeting", "Debt collection disclosure", "Dispute noted", "Close with thanks"
    ]  # fmt: skip
    resets: list[None] = []
    rows: list[tuple[int, int]] = []
    model.modelReset.connect(lambda: resets.append(None))
    model.dataChanged.connect(lambda a, b, *_: rows.append((a.row(), b.row())))
    type_into(qtbot, widget(editor.phrases.form, "title"), "Hello")
    assert labels()[0] == "Hello" and resets == [] and set(rows) == {(0, 0)}
    assert model.flags(model.index(0)) & Qt.ItemFlag.ItemIsEditable == Qt.ItemFlag.NoItemFlags
    rows.clear()
    previews: list[str] = []
    editor.campaign_preview.setText = previews.append  # type: ignore[method-assign]
    text: QPlainTextEdit = widget(editor.phrases.form, "text")
    type_into(qtbot, text, "Hi {customer_name}.")  # not in the label: the list is left alone
    assert rows == [] and resets == []
    assert previews == []  # nor the campaign's preview, which names phrases by title only
    del editor.campaign_preview.setText
    # The campaign's preview names the phrase by its new title.
    editor.tabs.setCurrentIndex(1)
    editor.campaigns.select(0)
    assert "Opening: Hello" in editor.campaign_preview.text()
    # A flagged phrase is marked in the list, and unmarked once fixed.
    editor.tabs.setCurrentIndex(3)
    type_into(qtbot, widget(editor.phrases.form, "shortcut"), "; bad")
    settle(qtbot, editor)
    assert labels()[0] == "⚠ Hello" and labels()[1:] == [
        "Debt collection disclosure", "Dispute noted", "Close with thanks"
    ]  # fmt: skip
    type_into(qtbot, widget(editor.phrases.form, "shortcut"), ";hello")
    settle(qtbot, editor)
    assert labels()[0] == "Hello" and resets == []
    # Adding, removing and undoing relabel the whole list, new rows numbered.
    qtbot.mouseClick(editor.phrases.add_button, Qt.MouseButton.LeftButton)
    assert labels()[1] == "(new, #2)" and len(labels()) == 5 and resets
    editor.undo_action.trigger()
    assert labels()[1:] == ["Debt collection disclosure", "Dispute noted", "Close with thanks"]


def test_unsaved_changes_are_not_lost_on_close(qtbot: QtBot, editor: PackEditor) -> None:
    type_into(qtbot, widget(editor.header, "name"), "Unsaved work")
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard]
    asked: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        asked.append(box.text())
        box.button(answers.pop(0)).click()

    QTimer.singleShot(0, answer)
    editor.close()
    assert editor.isVisible()  # cancelled: still open, edits kept
    assert editor.doc.get(("name",)) == "Unsaved work"
    QTimer.singleShot(0, answer)
    editor.close()
    assert not editor.isVisible()
    assert len(asked) == 2 and "not saved" in asked[0]


def test_publish_writes_the_pack_and_its_signature_by_rename(
    qtbot: QtBot,
    editor: PackEditor,
    kb: KnowledgeBase,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    (shared / "acme-collections.yaml").write_text("# the old version\n", encoding="utf-8")
    assert editor.open_file(PACKS / "acme.yaml")
    renames: list[tuple[str, str, str, bytes]] = []
    real_replace = os.replace

    def watching_replace(source: Any, target: Any) -> None:
        # At the moment of the rename the new content is complete under a temporary name in
        # the same folder, and the published name still holds the old file.
        source, target = Path(source), Path(target)
        old = target.read_text(encoding="utf-8") if target.exists() else ""
        renames.append((source.parent.name, target.name, old, source.read_bytes()))
        real_replace(source, target)

    monkeypatch.setattr(os, "replace", watching_replace)
    signed: list[bytes] = []

    def sign(data: bytes) -> bytes:
        signed.append(data)
        return b"signature-of-" + str(len(data)).encode()

    editor._sign = sign
    assert editor.publish()
    qtbot.waitUntil(lambda: editor.published is not None, timeout=10000)
    target = editor.published
    assert target == shared / "acme-collections.yaml"
    text = target.read_bytes()
    assert validate_pack(target, builtin_known(kb)).ok
    assert signed == [text]
    signature = (shared / "acme-collections.yaml.sig").read_bytes()
    assert signature == b"signature-of-" + str(len(text)).encode()
    # The signature is in place before the pack appears; both arrive by rename.
    assert [r[1] for r in renames] == ["acme-collections.yaml.sig", "acme-collections.yaml"]
    assert renames[1][0] == "shared" and renames[1][2] == "# the old version\n"
    assert renames[1][3] == text
    published = sorted(p.name for p in shared.iterdir())
    assert published == ["acme-collections.yaml", "acme-collections.yaml.sig"]


def test_publishing_an_older_version_than_installed_here_says_to_raise_it(
    qtbot: QtBot,
    editor: PackEditor,
    kb: KnowledgeBase,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from assistant.services.intake import import_file

    newer = tmp_path / "acme-v7.yaml"
    newer.write_text(
        (PACKS / "acme.yaml").read_text(encoding="utf-8").replace("version: 3", "version: 7"),
        encoding="utf-8",
    )
    import_file(kb, newer)
    warned: list[str] = []
    monkeypatch.setattr(plain, "warn", lambda _parent, _title, text: warned.append(text))
    assert editor.open_file(PACKS / "acme.yaml")
    assert editor.publish()
    qtbot.waitUntil(lambda: bool(warned), timeout=10000)
    assert warned == [
        "Version 7 of acme-collections is installed on this computer, and this is version 3: "
        "raise the version above 7 first (Raise version, Ctrl+Shift+V)."
    ]
    assert not (tmp_path / "shared").exists() or not any((tmp_path / "shared").iterdir())


def test_publishing_never_replaces_another_pack_kept_under_its_file_name(
    qtbot: QtBot,
    editor: PackEditor,
    kb: KnowledgeBase,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A colleague's pack, copied into the shared folder under the name this one publishes to.
    shared = tmp_path / "shared"
    shared.mkdir()
    theirs = (PACKS / "acme.yaml").read_text(encoding="utf-8")
    theirs = theirs.replace("id: acme-collections\nname:", "id: acme-retail\nname:")
    (shared / "acme-collections.yaml").write_text(theirs, encoding="utf-8")
    warned: list[str] = []
    monkeypatch.setattr(plain, "warn", lambda _parent, _title, text: warned.append(text))
    assert editor.open_file(PACKS / "acme.yaml")
    assert editor.publish()
    qtbot.waitUntil(lambda: bool(warned) or editor.published is not None, timeout=10000)
    assert warned == [
        "the shared folder's acme-collections.yaml holds another pack, 'acme-retail', which "
        "publishing 'acme-collections' would replace: move or rename that file first"
    ]
    assert (shared / "acme-collections.yaml").read_text(encoding="utf-8") == theirs
    assert [p.name for p in shared.iterdir()] == ["acme-collections.yaml"]
    assert kb.pack_version("acme-collections") is None  # refused before anything changed


def test_a_failed_publish_leaves_the_old_pack_and_no_temporary_file(
    kb: KnowledgeBase, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from assistant.services.intake import PackIntake
    from assistant.services.packs import PackService

    shared = tmp_path / "shared"
    shared.mkdir()
    (shared / "acme-collections.yaml").write_text("# the old version\n", encoding="utf-8")

    def full_disk(source: Any, target: Any) -> None:
        raise OSError(28, "No space left on device")

    acme = (PACKS / "acme.yaml").read_text(encoding="utf-8")
    monkeypatch.setattr(os, "replace", full_disk)
    with pytest.raises(OSError):
        PackService(PackIntake(kb)).publish(acme, "acme-collections", shared)
    assert (shared / "acme-collections.yaml").read_text(encoding="utf-8") == "# the old version\n"
    assert [p.name for p in shared.iterdir()] == ["acme-collections.yaml"]


def test_an_invalid_pack_is_neither_installed_nor_published(
    qtbot: QtBot, editor: PackEditor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(plain, "warn", lambda *a, **k: None)
    type_into(qtbot, widget(editor.header, "id"), "Bad Id")
    settle(qtbot, editor)
    assert "not a valid id" in error_text(editor.header, "id")
    assert not editor.publish()
    assert not editor.install()
    assert not (tmp_path / "shared").exists()


def test_main_window_opens_the_editor_from_the_file_menu(
    qtbot: QtBot, kb: KnowledgeBase, data_dir: Path
) -> None:
    from assistant.settings import Settings

    window = new_window(kb, Settings(data_dir))
    qtbot.addWidget(window)
    file_menu = window.menuBar().actions()[0].menu()
    assert isinstance(file_menu, QMenu)
    assert window.menus.edit_packs in file_menu.actions()
    window.menus.edit_packs.trigger()
    editor = window.menus.pack_editor
    assert isinstance(editor, PackEditor) and editor.isVisible()
    editor.close()


def test_the_built_in_pack_is_a_start_that_needs_its_own_id_then_saves_as_pack_export_writes(
    qtbot: QtBot, editor: PackEditor, kb: KnowledgeBase, tmp_path: Path
) -> None:
    from dataclasses import replace

    from assistant.core.model import BUILTIN_PACK_ID
    from assistant.packs.errors import Severity

    assert editor.open_installed(BUILTIN_PACK_ID)
    # Its one error, as `pack validate` and an install say it: no file may have this id.
    assert editor.check is not None
    assert [p.path for p in editor.check.problems if p.severity is Severity.ERROR] == ["id"]
    assert "comes with the program" in error_text(editor.header, "id")
    assert not editor.publish_action.isEnabled()
    type_into(qtbot, widget(editor.header, "id"), "our-copy")
    settle(qtbot, editor)
    assert editor.check.valid and error_text(editor.header, "id") == ""
    target = tmp_path / "our-copy.yaml"
    assert editor.save_to(target)
    ours = replace(kb.export_pack(BUILTIN_PACK_ID), id="our-copy")
    assert target.read_bytes() == pack_to_yaml(ours).encode("utf-8")


def test_a_file_that_is_not_a_pack_is_refused_with_a_message(
    editor: PackEditor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(plain, "warn", lambda _parent, _title, text: shown.append(text))
    before = dict(editor.doc.data)
    for name, content in (("list.yaml", b"- just\n- a list\n"), ("bad.yaml", b"id: [unclosed\n")):
        path = tmp_path / name
        path.write_bytes(content)
        assert not editor.open_file(path)
    assert "not a campaign pack" in shown[0]
    assert "bad.yaml:2:1: (file): YAML syntax error" in shown[1]
    assert editor.doc.data == before and editor.path is None


def threads_calling(monkeypatch: pytest.MonkeyPatch, module: object, name: str) -> list[str]:
    """The names of the threads ``module.name`` is called on from now on, in order."""
    import threading

    threads: list[str] = []
    real = getattr(module, name)

    def recording(*args: Any) -> Any:
        threads.append(threading.current_thread().name)
        return real(*args)

    monkeypatch.setattr(module, name, recording)
    return threads


def test_a_hand_written_slip_under_a_field_is_mended_by_typing_into_it(
    qtbot: QtBot, editor: PackEditor, tmp_path: Path
) -> None:
    # `hold: 5` where the hold's settings belong: each key typed into the check-in phrase's
    # field used to raise inside Qt's undo stack (the crash dialog; nothing typed was taken).
    path = tmp_path / "slip.yaml"
    path.write_text(
        "format: agent-assistant/pack@1\nid: team\nname: Team\nversion: 1\n"
        "campaigns:\n  - id: line\n    name: Line\n    type: customer-service\n"
        "    hold: 5\n",
        encoding="utf-8",
    )
    assert editor.open_file(path)

    def about_the_hold() -> list[str]:
        assert editor.check is not None
        return [p.message for p in editor.check.problems if p.path.startswith("campaigns[0].hold")]

    assert about_the_hold()  # the slip is reported
    editor.tabs.setCurrentIndex(1)
    editor.campaigns.select(0)
    field = next(
        b.widget for b in editor.campaigns.form.bindings if b.key == ("hold", "check_in_phrase")
    )
    type_into(qtbot, field, "hold-check-in")
    settle(qtbot, editor)
    assert editor.doc.get(("campaigns", 0, "hold")) == {"check_in_phrase": "hold-check-in"}
    assert about_the_hold() == []
    editor.doc.undo_stack.undo()
    assert editor.doc.get(("campaigns", 0, "hold")) == 5


def test_a_large_packs_check_that_fails_says_so_instead_of_checking_on(
    qtbot: QtBot,
    editor: PackEditor,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    from assistant.ui.editor import window as editor_window

    _open_large_pack(editor, tmp_path)

    def broken(*_args: Any) -> Any:
        raise RuntimeError("a bug in the check")

    monkeypatch.setattr(editor_window, "check_draft", broken)
    editor.tabs.setCurrentIndex(3)
    editor.phrases.select(5)
    type_into(qtbot, widget(editor.phrases.form, "title"), "Renamed")
    qtbot.waitUntil(lambda: "could not be checked" in editor.status.text(), timeout=5000)
    assert editor.status.property("state") == "error"
    assert "a bug in the check" in caplog.text


def _open_large_pack(editor: PackEditor, tmp_path: Path) -> None:
    """A valid pack just large enough for the editor to check it on its worker."""
    from assistant.packs.export import dump_yaml
    from assistant.ui.editor import window as editor_window

    data = draft.new_pack_data("big-pack", "Big pack")
    data["phrases"] = [
        {"id": f"p{i:04d}", "title": f"Phrase {i}", "text": "Hello.", "category": "other"}
        for i in range(editor_window.BACKGROUND_CHECK_PHRASES)
    ]
    path = tmp_path / "big.yaml"
    path.write_text(dump_yaml(data), encoding="utf-8")
    assert editor.open_file(path)


def test_a_large_pack_is_checked_off_the_gui_thread_as_you_type(
    qtbot: QtBot, editor: PackEditor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from assistant.ui.editor import window as editor_window

    _open_large_pack(editor, tmp_path)
    threads = threads_calling(monkeypatch, editor_window, "check_draft")
    editor.tabs.setCurrentIndex(3)
    editor.phrases.select(5)
    type_into(qtbot, widget(editor.phrases.form, "shortcut"), "no spaces allowed")
    settle(qtbot, editor)
    assert threads == ["pack-editor"]
    assert "not a valid shortcut" in error_text(editor.phrases.form, "shortcut")
    assert not editor.publish_action.isEnabled()


def test_a_large_packs_verdict_says_checking_until_its_check_comes_back(
    qtbot: QtBot, editor: PackEditor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from assistant.ui.editor import window as editor_window

    _open_large_pack(editor, tmp_path)
    assert editor.status.text() == "The pack is valid."
    let_go = threading.Event()
    real = draft.check_draft

    def slow(*args: Any) -> Any:
        let_go.wait(10)
        return real(*args)

    monkeypatch.setattr(editor_window, "check_draft", slow)
    editor.tabs.setCurrentIndex(3)
    editor.phrases.select(5)
    type_into(qtbot, widget(editor.phrases.form, "shortcut"), "no spaces allowed")
    # Not "valid" while the draft that is no longer valid is being checked.
    qtbot.waitUntil(lambda: editor.status.text() == "Checking…", timeout=5000)
    assert editor.status.property("state") == "checking"
    let_go.set()
    settle(qtbot, editor)
    assert editor.status.text().startswith("Problems to fix: 1.")
    assert editor.status.property("state") == "error"


def _large_hand_written_pack(path: Path) -> Path:
    """A hand-written pack with a comment, large enough for the editor to check and save it
    off the window's thread."""
    from assistant.ui.editor import window as editor_window

    count = max(editor_window.BACKGROUND_CHECK_PHRASES, 60)
    phrases = "".join(
        f"  - id: p{i:04d}\n    title: Phrase {i}\n    text: Hello number {i}.\n"
        "    category: other\n"
        for i in range(count)
    )
    path.write_text(
        "# Our house style: every phrase greets.\n"
        "id: big-pack\nname: Big pack\nversion: 1\nphrases:\n" + phrases,
        encoding="utf-8",
    )
    assert len(path.read_text(encoding="utf-8")) >= editor_window.BACKGROUND_MERGE_CHARS
    return path


def test_a_large_file_is_read_off_the_window_thread_and_a_broken_one_still_refused(
    editor: PackEditor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from assistant.packs import source
    from assistant.ui.editor import window as editor_window

    shown: list[str] = []
    monkeypatch.setattr(plain, "warn", lambda _parent, _title, text: shown.append(text))
    threads = threads_calling(monkeypatch, source, "parse")
    small = _large_hand_written_pack(tmp_path / "small.yaml")
    assert small.stat().st_size < editor_window.BACKGROUND_OPEN_BYTES
    assert editor.open_file(small) and threads == ["MainThread"]
    assert editor.check is not None
    problems = [(p.path, p.message) for p in editor.check.problems]
    # The same pack, padded with comments past the size read on the worker.
    text = small.read_text(encoding="utf-8")
    padding = "# a comment the supervisor keeps\n" * (editor_window.BACKGROUND_OPEN_BYTES // 30)
    large = tmp_path / "large.yaml"
    large.write_text(padding + text, encoding="utf-8")
    assert editor.open_file(large)
    assert threads[1:] == ["pack-editor"] and editor.path == large
    assert editor.source_text == padding + text and editor.isEnabled()
    assert editor.check is not None
    assert [(p.path, p.message) for p in editor.check.problems] == problems
    # A broken file that large: the same message as a small one, and the open pack kept.
    broken = tmp_path / "broken.yaml"
    broken.write_text(padding + "id: [unclosed\n", encoding="utf-8")
    assert not editor.open_file(broken)
    assert threads[2:] == ["pack-editor"] and editor.path == large
    assert shown and "broken.yaml" in shown[0] and "YAML syntax error" in shown[0]
    assert editor.isEnabled() and editor.statusBar().currentMessage() == shown[0]


def test_a_large_packs_check_and_save_never_copy_the_whole_draft(
    qtbot: QtBot, editor: PackEditor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A whole copy costs 128 ms at 20,000 phrases: the check and the save read a snapshot
    # instead, which no edit changes (ui/editor/document.py).
    import copy

    path = _large_hand_written_pack(tmp_path / "big.yaml")
    assert editor.open_file(path)
    copied: list[object] = []
    real = copy.deepcopy

    def recording(thing: Any, *args: Any) -> Any:
        if isinstance(thing, dict | list) and len(thing) > 50:
            copied.append(type(thing))
        return real(thing, *args)

    monkeypatch.setattr(copy, "deepcopy", recording)
    editor.validate_now()
    assert editor.save_to(tmp_path / "saved.yaml")
    editor.tabs.setCurrentIndex(3)
    editor.phrases.select(5)
    type_into(qtbot, widget(editor.phrases.form, "title"), "Retitled")
    editor._validate_in_time()  # the as-you-type check
    editor._checker.wait()
    assert copied == []
    assert (tmp_path / "saved.yaml").read_text(encoding="utf-8") == path.read_text(encoding="utf-8")


def test_a_large_packs_check_on_the_worker_reads_the_draft_as_it_was_while_typing_goes_on(
    qtbot: QtBot, editor: PackEditor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    from assistant.ui.editor import window as editor_window

    path = _large_hand_written_pack(tmp_path / "big.yaml")
    assert editor.open_file(path)
    editor.tabs.setCurrentIndex(3)
    editor.phrases.select(5)
    title = widget(editor.phrases.form, "title")
    started, go_on = threading.Event(), threading.Event()
    seen: list[str] = []
    real = draft.check_draft

    def slow_check(name: str, data: dict[str, Any], *args: Any) -> Any:
        started.set()
        assert go_on.wait(10)
        seen.append(data["phrases"][5]["title"])  # read after the window typed on
        return real(name, data, *args)

    monkeypatch.setattr(editor_window, "check_draft", slow_check)
    type_into(qtbot, title, "First")
    editor._validate_in_time()  # the timer's check, on the worker
    assert started.wait(10)
    type_into(qtbot, title, "Second")  # typed while the check runs
    assert editor.doc.get(("phrases", 5, "title")) == "Second"
    go_on.set()
    editor._checker.wait()
    assert seen == ["First"]  # the draft as it was when the check began, not half of an edit
    settle(qtbot, editor)  # the check of the newest draft follows, and is the one shown
    assert seen[-1] == "Second"
    assert editor.check is not None and "title: Second\n" in editor.check.text
    assert "title: First\n" not in editor.check.text


def test_saving_a_large_pack_runs_off_the_window_thread_and_the_window_keeps_answering(
    qtbot: QtBot, editor: PackEditor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading
    import time

    from assistant.packs import roundtrip

    path = _large_hand_written_pack(tmp_path / "big.yaml")
    assert editor.open_file(path)
    name = widget(editor.header, "name")
    type_into(qtbot, name, "Bigger pack")
    settle(qtbot, editor)
    assert editor.windowTitle().endswith("*")
    threads: list[str] = []
    real = roundtrip.merge_into_text

    def slow_merge(*args: Any) -> str:
        threads.append(threading.current_thread().name)
        time.sleep(0.3)  # a large file: the window must not wait for this
        return real(*args)

    monkeypatch.setattr(roundtrip, "merge_into_text", slow_merge)
    # What the window does meanwhile: a timer (a hold's reminder) fires; the editor, disabled,
    # refuses to close.
    seen: list[bool] = []
    closed: list[bool] = []
    ticker = QTimer(editor)
    ticker.timeout.connect(lambda: seen.append(editor.isEnabled()))
    ticker.start(20)
    QTimer.singleShot(100, lambda: closed.append(editor.close()))
    assert editor.save_to(path)
    ticker.stop()
    assert threads == ["pack-editor"]
    assert seen.count(False) >= 5  # the event loop ran through the save
    assert closed == [False] and editor.isVisible()
    assert editor.isEnabled() and editor.focusWidget() is name
    assert editor.doc.undo_stack.isClean() and not editor.windowTitle().endswith("*")
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# Our house style: every phrase greets.")
    assert "name: Bigger pack" in text


def test_a_large_packs_recovery_draft_is_kept_off_the_window_thread_and_undone_with_it(
    qtbot: QtBot, kb: KnowledgeBase, tmp_path: Path
) -> None:
    recovery = tmp_path / "data" / "pack-editor-recovery.yaml"
    editor = open_editor(qtbot, Operations(kb), recovery=recovery)
    assert editor.open_file(_large_hand_written_pack(tmp_path / "big.yaml"))
    name = widget(editor.header, "name")
    type_into(qtbot, name, "Work in progress")
    settle(qtbot, editor)
    assert "name: Work in progress" in recovery.read_text(encoding="utf-8")
    while editor.doc.undo_stack.canUndo():
        editor.doc.undo_stack.undo()
    assert editor.doc.undo_stack.isClean() and not recovery.exists()
    editor.doc.undo_stack.redo()  # dirty again: the next check keeps it again
    settle(qtbot, editor)
    assert recovery.is_file()


def test_work_discarded_while_its_recovery_draft_is_being_made_does_not_come_back(
    qtbot: QtBot, kb: KnowledgeBase, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading
    import time

    from assistant.ui.editor import window as editor_window

    recovery = tmp_path / "data" / "pack-editor-recovery.yaml"
    editor = open_editor(qtbot, Operations(kb), recovery=recovery)
    assert editor.open_file(_large_hand_written_pack(tmp_path / "big.yaml"))
    started = threading.Event()
    real = draft.check_draft

    def slow_check(*args: Any) -> Any:
        started.set()
        time.sleep(0.4)
        return real(*args)

    monkeypatch.setattr(editor_window, "check_draft", slow_check)
    type_into(qtbot, widget(editor.header, "name"), "Dropped work")
    qtbot.waitUntil(started.is_set, timeout=5000)  # the check and the draft's text are underway
    on_modal(QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Discard).click())
    assert editor.close()
    editor._checker.wait(5)
    qtbot.wait(100)  # the finished check's answer reaches the window's thread
    assert not recovery.exists()


def test_a_save_the_program_quits_during_is_finished(tmp_path: Path) -> None:
    path = _large_hand_written_pack(tmp_path / "big.yaml")
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from PySide6.QtCore import QTimer\n"
        "from assistant.app import _application\n"
        "from assistant.ui.editor.window import PackEditor\n"
        "app = _application(['test'])\n"
        "editor = PackEditor(None)\n"
        "path = Path(sys.argv[1])\n"
        "assert editor.open_file(path)\n"
        "editor.doc.set_value(('name',), 'Renamed', 'Rename')\n"
        "QTimer.singleShot(1, lambda: app.exit(0))  # the session ends, say\n"
        "print(editor.save_to(path), editor.doc.undo_stack.isClean())\n"
    )
    done = run_script(script, str(path))
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["True", "True"]
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# Our house style") and "name: Renamed" in text


# ---------------------------------------------------------------- a file changed on disk meanwhile

CHANGED = "s3.yaml was changed on disk since you opened or saved it (by another program or person)."


def _opened_and_edited(qtbot: QtBot, editor: PackEditor, path: Path) -> Path:
    """A hand-written pack opened in the editor, its author changed and not saved yet."""
    path.write_bytes((PACKS / "acme.yaml").read_bytes())
    assert editor.open_file(path)
    type_into(qtbot, widget(editor.header, "author"), "Night shift")
    return path


def _another_program_edits(path: Path) -> bytes:
    """A colleague's change to the file while it is open: the version raised, a comment, one
    more phrase. Returns the file's bytes after it."""
    text = path.read_text(encoding="utf-8").replace("version: 3", "version: 4")
    text = "# Reviewed by the quality team.\n" + text
    text += '  - id: acme-extra\n    title: Extra\n    text: "One more."\n    category: other\n'
    path.write_text(text, encoding="utf-8")
    return path.read_bytes()


def answering(monkeypatch: pytest.MonkeyPatch, answers: list[str]) -> list[str]:
    """Answer the editor's questions with the buttons named, in order ("cancel", or a
    button's object name), through the message box's own buttons. Returns the questions."""
    from PySide6.QtWidgets import QPushButton

    asked: list[str] = []

    def exec_(box: QMessageBox) -> int:
        asked.append(box.text())
        name = answers.pop(0)
        cancel = box.button(QMessageBox.StandardButton.Cancel)
        button = cancel if name == "cancel" else box.findChild(QPushButton, name)
        assert button is not None, name
        button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return asked


def test_save_asks_before_writing_over_a_file_changed_on_disk_and_cancel_writes_nothing(
    qtbot: QtBot, editor: PackEditor, tmp_path: Path
) -> None:
    path = _opened_and_edited(qtbot, editor, tmp_path / "s3.yaml")
    theirs = _another_program_edits(path)
    seen: list[tuple[str, str, bool, bool]] = []

    def by_keyboard(key: Qt.Key) -> Callable[[QMessageBox], None]:
        def press(box: QMessageBox) -> None:
            buttons = box.buttons()
            reachable = all(b.focusPolicy() & Qt.FocusPolicy.TabFocus for b in buttons)
            qtbot.keyClick(box.focusWidget() or box, key)  # where the key goes
            cancelled = box.clickedButton() is box.button(QMessageBox.StandardButton.Cancel)
            seen.append((box.text(), box.informativeText(), reachable, cancelled))

        return press

    # Enter answers Cancel (never a silent overwrite), and so does Esc.
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Escape):
        on_modal(QMessageBox, by_keyboard(key))
        editor.save_action.trigger()
        assert seen[-1][0] == CHANGED and seen[-1][2:] == (True, True)
        assert path.read_bytes() == theirs
        assert editor.last_message == "Not saved: s3.yaml was left as it is."
        assert not editor.doc.undo_stack.isClean() and editor.windowTitle().endswith("s3.yaml *")
    assert "Overwrite it with your version" in seen[0][1]
    assert editor.doc.get(("author",)) == "Night shift"


def test_overwrite_writes_ours_and_asks_again_when_the_file_changed_while_asking(
    qtbot: QtBot, editor: PackEditor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _opened_and_edited(qtbot, editor, tmp_path / "s3.yaml")
    _another_program_edits(path)
    asked = answering(monkeypatch, ["writeButton", "writeButton"])
    real_exec = QMessageBox.exec

    def changed_again_while_asked(box: QMessageBox) -> int:
        if len(asked) == 0:  # the colleague saves once more while the question is open
            path.write_text(path.read_text(encoding="utf-8") + "# And again.\n", "utf-8")
        return real_exec(box)

    monkeypatch.setattr(QMessageBox, "exec", changed_again_while_asked)
    editor.save_action.trigger()
    assert asked == [CHANGED, CHANGED]
    text = path.read_text(encoding="utf-8")
    assert "author: Night shift" in text and "version: 3" in text
    assert "quality team" not in text and "acme-extra" not in text and "And again" not in text
    assert text.startswith("# A small valid pack")  # ours is still merged into its own text
    assert editor.doc.undo_stack.isClean() and editor.last_message == "Saved s3.yaml."


def test_save_as_from_the_question_writes_elsewhere_and_leaves_the_changed_file(
    qtbot: QtBot, editor: PackEditor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    path = _opened_and_edited(qtbot, editor, tmp_path / "s3.yaml")
    theirs = _another_program_edits(path)
    asked = answering(monkeypatch, ["saveAsButton"])
    mine = tmp_path / "mine.yaml"
    suggested: list[str] = []

    def choose(_parent: Any, _title: str, name: str, _filter: str) -> tuple[str, str]:
        suggested.append(name)
        return str(mine), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    editor.save_action.trigger()
    assert asked == [CHANGED]
    assert suggested == [str(tmp_path / "acme-collections.yaml")]  # beside the file open
    assert path.read_bytes() == theirs
    text = mine.read_text(encoding="utf-8")
    assert "author: Night shift" in text and text.startswith("# A small valid pack")
    assert editor.path == mine and editor.windowTitle() == "Pack editor: mine.yaml"
    # The new file is the one open now: saving it again asks nothing.
    type_into(qtbot, widget(editor.header, "author"), "Day shift")
    editor.save_action.trigger()
    assert asked == [CHANGED] and "author: Day shift" in mine.read_text(encoding="utf-8")


def test_save_asks_when_the_file_was_deleted_and_saves_it_again_there(
    qtbot: QtBot, editor: PackEditor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _opened_and_edited(qtbot, editor, tmp_path / "s3.yaml")
    path.unlink()
    defaults: list[str] = []
    asked = answering(monkeypatch, ["cancel", "writeButton"])
    real_exec = QMessageBox.exec

    def noting_the_default(box: QMessageBox) -> int:
        button = box.defaultButton()
        defaults.append(button.objectName() if button is not None else "")
        return real_exec(box)

    monkeypatch.setattr(QMessageBox, "exec", noting_the_default)
    editor.save_action.trigger()
    assert not path.exists() and not editor.doc.undo_stack.isClean()
    editor.save_action.trigger()
    gone = "s3.yaml was deleted or moved since you opened or saved it."
    assert asked == [gone, gone]
    assert defaults == ["writeButton", "writeButton"]  # Enter saves it again: nothing is lost
    assert "author: Night shift" in path.read_text(encoding="utf-8")
    assert editor.doc.undo_stack.isClean() and editor.last_message == "Saved s3.yaml."


def test_a_file_unchanged_on_disk_saves_without_a_question_again_and_again(
    qtbot: QtBot, editor: PackEditor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _opened_and_edited(qtbot, editor, tmp_path / "s3.yaml")
    asked = answering(monkeypatch, [])
    editor.save_action.trigger()
    assert editor.last_message == "Saved s3.yaml."
    type_into(qtbot, widget(editor.header, "author"), "Day shift")
    os.utime(path, (1, 1))  # touched (a backup tool, a copy back): the same bytes
    editor.save_action.trigger()
    assert asked == [] and editor.doc.undo_stack.isClean()
    assert "author: Day shift" in path.read_text(encoding="utf-8")
    # Written by us, changed by another since: asked, as after opening.
    type_into(qtbot, widget(editor.header, "author"), "Late shift")
    _another_program_edits(path)
    answering(monkeypatch, ["cancel"])
    editor.save_action.trigger()
    assert "author: Day shift" in path.read_text(encoding="utf-8")


def test_a_file_grown_large_on_disk_is_compared_off_the_window_thread(
    qtbot: QtBot, editor: PackEditor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from assistant.ui.editor import window as editor_window

    path = _opened_and_edited(qtbot, editor, tmp_path / "s3.yaml")
    _large_hand_written_pack(path)
    path.write_text(path.read_text(encoding="utf-8") * 8, encoding="utf-8")  # over 64 KB
    assert path.stat().st_size >= editor_window.BACKGROUND_OPEN_BYTES
    theirs = path.read_bytes()
    threads = threads_calling(monkeypatch, editor_window, "file_state")
    asked = answering(monkeypatch, ["cancel"])
    editor.save_action.trigger()
    assert threads == ["pack-editor"] and asked == [CHANGED]
    assert path.read_bytes() == theirs


def come_back_to(qtbot: QtBot, editor: PackEditor) -> None:
    """Another window activated, then the editor again: the supervisor back from elsewhere."""
    other = QWidget()
    qtbot.addWidget(other)
    other.show()
    other.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is other)
    editor.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)


def test_a_file_changed_on_disk_is_said_in_a_bar_when_the_window_is_activated(
    qtbot: QtBot, editor: PackEditor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "s3.yaml"
    path.write_bytes((PACKS / "acme.yaml").read_bytes())
    assert editor.open_file(path)
    bar = editor.disk_bar
    come_back_to(qtbot, editor)
    assert bar.isHidden()  # nothing changed
    theirs = _another_program_edits(path)
    come_back_to(qtbot, editor)
    assert bar.isVisible() and bar.message.text() == CHANGED
    assert bar.reload_button.isVisible() and bar.keep_button.isVisible()
    # Keep mine: the bar goes and is not said again for the same change.
    qtbot.mouseClick(bar.keep_button, Qt.MouseButton.LeftButton)
    come_back_to(qtbot, editor)
    assert bar.isHidden() and path.read_bytes() == theirs
    # Save still asks before writing over their version.
    type_into(qtbot, widget(editor.header, "author"), "Night shift")
    asked = answering(monkeypatch, ["cancel"])
    editor.save_action.trigger()
    assert asked == [CHANGED] and path.read_bytes() == theirs
    # Changed once more: said again; with nothing unsaved, Reload asks nothing.
    editor.doc.undo_stack.setClean()
    path.write_text(path.read_text(encoding="utf-8") + "# Again.\n", encoding="utf-8")
    come_back_to(qtbot, editor)
    assert bar.isVisible()
    qtbot.mouseClick(bar.reload_button, Qt.MouseButton.LeftButton)
    assert asked == [CHANGED] and bar.isHidden()
    assert editor.doc.get(("version",)) == 4 and editor.doc.get(("author",)) != "Night shift"
    assert editor.doc.get(("phrases", -1, "id")) == "acme-extra"
    # Read again: the file is ours to save, without a question.
    type_into(qtbot, widget(editor.header, "author"), "Day shift")
    editor.save_action.trigger()
    assert asked == [CHANGED] and "# Again." in path.read_text(encoding="utf-8")
    assert "author: Day shift" in path.read_text(encoding="utf-8")


def test_reload_asks_before_dropping_unsaved_edits(
    qtbot: QtBot, editor: PackEditor, tmp_path: Path
) -> None:
    path = _opened_and_edited(qtbot, editor, tmp_path / "s3.yaml")
    _another_program_edits(path)
    come_back_to(qtbot, editor)
    questions: list[str] = []

    def answer(button: QMessageBox.StandardButton) -> Callable[[QMessageBox], None]:
        def press(box: QMessageBox) -> None:
            questions.append(box.text())
            box.button(button).click()

        return press

    on_modal(QMessageBox, answer(QMessageBox.StandardButton.Cancel))
    qtbot.mouseClick(editor.disk_bar.reload_button, Qt.MouseButton.LeftButton)
    said = "Reload s3.yaml as it is on disk? The changes you have not saved are lost."
    assert questions == [said]
    assert editor.doc.get(("author",)) == "Night shift" and editor.disk_bar.isVisible()
    on_modal(QMessageBox, answer(QMessageBox.StandardButton.Discard))
    qtbot.mouseClick(editor.disk_bar.reload_button, Qt.MouseButton.LeftButton)
    assert questions == [said, said]
    assert editor.doc.get(("author",)) != "Night shift" and editor.doc.get(("version",)) == 4
    assert editor.doc.undo_stack.isClean() and editor.disk_bar.isHidden()
    assert editor.windowTitle() == "Pack editor: s3.yaml"


def test_a_file_deleted_on_disk_is_said_without_reload(
    qtbot: QtBot, editor: PackEditor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _opened_and_edited(qtbot, editor, tmp_path / "s3.yaml")
    path.unlink()
    come_back_to(qtbot, editor)
    bar = editor.disk_bar
    assert bar.message.text() == (
        "s3.yaml was deleted or moved since you opened or saved it. Save puts your version back."
    )
    assert bar.isVisible() and not bar.reload_button.isVisible()
    answering(monkeypatch, ["writeButton"])  # Save asks too: "Save again"
    assert editor.save_to(path)  # ours is there again: the bar goes
    assert bar.isHidden() and "author: Night shift" in path.read_text(encoding="utf-8")


def test_a_folder_in_place_of_the_file_is_said_without_reload(
    qtbot: QtBot, editor: PackEditor, tmp_path: Path
) -> None:
    # It said "changed on disk" with Reload, and Reload failed: "is a folder, not a pack file".
    path = _opened_and_edited(qtbot, editor, tmp_path / "s3.yaml")
    path.unlink()
    path.mkdir()
    come_back_to(qtbot, editor)
    bar = editor.disk_bar
    assert bar.message.text() == (
        "s3.yaml can no longer be read as a file (something else is in its place, or its "
        "permissions changed). Use Save as… to keep your version."
    )
    assert bar.isVisible() and not bar.reload_button.isVisible()
    assert not editor.doc.undo_stack.isClean()  # the edits are still there to save elsewhere


def test_a_large_file_is_compared_on_activation_off_the_window_thread(
    qtbot: QtBot, editor: PackEditor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from assistant.ui.editor import window as editor_window

    path = _large_hand_written_pack(tmp_path / "big.yaml")
    path.write_text(path.read_text(encoding="utf-8") + "# " + "x" * 70_000 + "\n", "utf-8")
    assert path.stat().st_size >= editor_window.BACKGROUND_OPEN_BYTES
    assert editor.open_file(path)
    path.write_text(path.read_text(encoding="utf-8") + "# Theirs.\n", encoding="utf-8")
    threads = threads_calling(monkeypatch, editor_window, "file_state")
    come_back_to(qtbot, editor)
    # The window is not disabled meanwhile (no _wait_for): it answers, then says.
    assert editor.isEnabled()
    qtbot.waitUntil(editor.disk_bar.isVisible)
    assert threads == ["pack-editor"]
    assert editor.disk_bar.message.text().startswith("big.yaml was changed on disk")


def test_the_content_lint_advises_in_the_editor_as_pack_validate_does(
    editor: PackEditor, kb: KnowledgeBase
) -> None:
    from assistant.packs.lint import lint_file
    from assistant.services.intake import installed_builtin

    path = PACKS / "acme.yaml"
    assert editor.open_file(path)
    pack = validate_pack(path, builtin_known(kb)).pack
    assert pack is not None
    expected = [(w.path, w.message) for w in lint_file(path, pack, installed_builtin(kb))]
    assert any("content rule right-party-first" in message for _path, message in expected)
    check = editor.check
    assert check is not None and check.valid
    found = [(p.path, p.message) for p in check.problems if "content rule" in p.message]
    assert sorted(found) == sorted(expected)
    shown = editor.problem_model.stringList()
    assert (
        "campaigns[0].call_flow[2]: warning: the closing step 'Closing' has no line"
        in "\n".join(shown)
    )
    assert "warnings" in editor.status.text()
    assert editor.install_action.isEnabled() and editor.publish_action.isEnabled()


def test_advice_shows_beside_its_field_in_amber_and_an_error_in_red(
    qtbot: QtBot, editor: PackEditor
) -> None:
    def shown(key: str) -> tuple[str, object]:
        label = next(b.error for b in editor.phrases.form.bindings if b.key == (key,))
        return label.text(), label.property("severity")

    assert editor.open_file(PACKS / "acme.yaml")
    editor.tabs.setCurrentIndex(3)
    editor.phrases.select(0)
    long_line = " ".join(["word"] * 40) + "."
    type_into(qtbot, widget(editor.phrases.form, "text"), long_line)
    settle(qtbot, editor)
    text, severity = shown("text")
    assert "content rule sayable" in text and severity == "warning"
    type_into(qtbot, widget(editor.phrases.form, "id"), "Bad Id")
    settle(qtbot, editor)
    text, severity = shown("id")
    assert "not a valid id" in text and severity == "error"


def add_text(qtbot: QtBot, lines: Any, text: str) -> None:
    """Add a sign, tip or thing to avoid to the selected persona and type it."""
    qtbot.mouseClick(lines.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(lines.form.bindings[0].widget, text)


def test_personas_take_signs_tips_and_avoid_one_by_one_and_the_version_is_raised(
    qtbot: QtBot, editor: PackEditor, kb: KnowledgeBase, tmp_path: Path
) -> None:
    assert editor.open_file(PACKS / "acme.yaml")
    version = editor.doc.get(("version",))
    editor.tabs.setCurrentIndex(2)
    qtbot.mouseClick(editor.personas.add_button, Qt.MouseButton.LeftButton)
    row = editor.personas.current_row()
    form = editor.personas.form
    type_into(qtbot, widget(form, "id"), "rushed")
    type_into(qtbot, widget(form, "name"), "In a hurry")
    add_text(qtbot, editor.signs, "Talks fast")
    add_text(qtbot, editor.signs, "Asks how long this takes")
    editor.persona_lists.setCurrentWidget(editor.tips)
    add_text(qtbot, editor.tips, "Get to the point")
    assert editor.doc.get(("personas", row)) == {
        "id": "rushed",
        "name": "In a hurry",
        "signs": ["Talks fast", "Asks how long this takes"],
        "tips": ["Get to the point"],
    }
    assert editor.personas.model.index(row).data() == "In a hurry"
    assert editor.signs.model.stringList() == ["Talks fast", "Asks how long this takes"]
    # A tip added and left empty is flagged in its list and under its box.
    add_text(qtbot, editor.tips, "")
    settle(qtbot, editor)
    assert editor.tips.model.stringList() == ["Get to the point", "⚠ (new, #2)"]
    assert editor.tips.form.bindings[0].error.text() == "must not be empty"
    # Typed and deleted again it is the same empty tip (it became null, said otherwise).
    box = editor.tips.form.bindings[0].widget
    qtbot.keyClicks(box, "x")
    qtbot.keyClick(box, Qt.Key.Key_Backspace)
    settle(qtbot, editor)
    assert editor.doc.get(("personas", row, "tips", 1)) == ""
    assert editor.tips.form.bindings[0].error.text() == "must not be empty"
    # Its problem in the list leads to it, from another tab and another tip.
    editor.persona_lists.setCurrentWidget(editor.signs)
    editor.tips.select(0)
    problems = editor.problem_model.stringList()
    empty = next(i for i, p in enumerate(problems) if p.startswith(f"personas[{row}].tips[1]"))
    editor.problem_view.activated.emit(editor.problem_model.index(empty))
    assert editor.persona_lists.currentWidget() is editor.tips
    assert editor.tips.current_row() == 1
    qtbot.mouseClick(editor.tips.remove_button, Qt.MouseButton.LeftButton)
    editor.bump_action.trigger()
    target = tmp_path / "acme.yaml"
    assert editor.save_to(target)
    pack = validate_pack(target, builtin_known(kb)).pack
    assert pack is not None and pack.version == version + 1
    assert pack.personas[row].signs == ("Talks fast", "Asks how long this takes")
    assert pack.personas[row].tips == ("Get to the point",)


def test_a_tip_of_several_lines_stays_one_tip_through_edits_and_a_save(
    qtbot: QtBot, editor: PackEditor, kb: KnowledgeBase, tmp_path: Path
) -> None:
    # A YAML block keeps its line breaks: one tip of two lines, and one of one.
    text = (PACKS / "acme.yaml").read_text(encoding="utf-8")
    one_line = (
        "    tips: [Offer to send validation in writing, Note the dispute on the account, "
        "Stay neutral]\n"
    )
    assert one_line in text
    block = "    tips:\n      - |\n        Offer to send validation\n        in writing\n"
    rest = "      - Note the dispute on the account\n      - Stay neutral\n"
    text = text.replace(one_line, block + rest)
    target = tmp_path / "acme.yaml"
    target.write_text(text, encoding="utf-8")
    tips = ["Offer to send validation\nin writing\n", "Note the dispute on the account"]
    assert editor.open_file(target)
    assert editor.doc.get(("personas", 0, "tips")) == [*tips, "Stay neutral"]
    editor.tabs.setCurrentIndex(2)
    editor.persona_lists.setCurrentWidget(editor.tips)
    # Listed by its first line; its box holds it whole.
    assert editor.tips.model.stringList() == [
        "Offer to send validation …",
        "Note the dispute on the account",
        "Stay neutral",
    ]
    box = editor.tips.form.bindings[0].widget
    assert isinstance(box, QPlainTextEdit)
    assert box.toPlainText() == tips[0]
    # Another tip and another field edited: the tip of two lines is left as it is.
    editor.tips.select(2)
    box.setFocus()
    box.moveCursor(box.textCursor().MoveOperation.End)
    qtbot.keyClicks(box, " and calm")
    type_into(qtbot, widget(editor.personas.form, "name"), "Disputes the debt")
    assert editor.doc.get(("personas", 0, "tips")) == [*tips, "Stay neutral and calm"]
    assert editor.save_to(target)
    saved = target.read_text(encoding="utf-8")
    assert block + "      - Note the dispute on the account\n" in saved
    pack = validate_pack(target, builtin_known(kb)).pack
    assert pack is not None and pack.personas[0].tips == (*tips, "Stay neutral and calm")
    # A line break typed in a tip stays in that tip.
    editor.tips.select(1)
    box.moveCursor(box.textCursor().MoveOperation.End)
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.keyClicks(box, "with the date")
    assert editor.doc.get(("personas", 0, "tips", 1)) == (
        "Note the dispute on the account\nwith the date"
    )
    assert len(editor.doc.get(("personas", 0, "tips"))) == 3


def test_unsaved_work_is_kept_in_a_recovery_draft_until_saved(
    qtbot: QtBot, kb: KnowledgeBase, tmp_path: Path
) -> None:
    recovery = tmp_path / "data" / "pack-editor-recovery.yaml"
    first = open_editor(qtbot, Operations(kb), recovery=recovery)
    type_into(qtbot, widget(first.header, "name"), "Work in progress")
    settle(qtbot, first)
    assert "Work in progress" in recovery.read_text(encoding="utf-8")
    first.keep_recovery_draft()  # what happens when the program quits

    # Next time (after a crash, or quitting from the tray) the work comes back, unsaved.
    second = open_editor(qtbot, Operations(kb), recovery=recovery)
    assert second.restore_recovery_draft()
    assert second.doc.get(("name",)) == "Work in progress"
    assert not second.doc.undo_stack.isClean() and second.windowTitle().endswith("*")
    assert second.save_to(tmp_path / "kept.yaml")
    assert not recovery.exists()


@pytest.mark.parametrize("choice", ["light", "dark"])
def test_problems_and_the_valid_line_read_well_in_light_and_dark(qtbot: QtBot, choice: str) -> None:
    from assistant.ui import theme
    from tests.test_desktop import contrast

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    try:
        theme.apply_theme(app, choice)
        # Without the built-in pack to fall back on, acme.yaml's references are problems.
        window = open_editor(qtbot)
        window.show()
        background = window.palette().color(QPalette.ColorRole.Window)
        assert window.open_file(PACKS / "acme.yaml")
        shown = [b.error for b in window.campaigns.form.bindings if not b.error.isHidden()]
        assert shown
        for label in [*shown, window.status]:
            text = label.palette().color(QPalette.ColorRole.WindowText)
            assert contrast(text, background) >= 4.5, (label.objectName(), text.name())
        window.new_pack()  # valid: the line turns green
        assert window.status.property("state") == "ok"
        text = window.status.palette().color(QPalette.ColorRole.WindowText)
        assert text.green() > text.red() and contrast(text, background) >= 4.5
    finally:
        theme.apply_theme(app, "light")
        app.setStyleSheet("")


def test_channels_are_typed_as_a_list_and_a_wrong_one_is_flagged_beside_the_field(
    qtbot: QtBot, editor: PackEditor, kb: KnowledgeBase, tmp_path: Path
) -> None:
    assert editor.open_file(PACKS / "acme.yaml")
    editor.tabs.setCurrentIndex(3)
    editor.phrases.select(0)
    form = editor.phrases.form
    channels: QLineEdit = widget(form, "channels")
    assert "voice, chat, email" in channels.placeholderText()
    type_into(qtbot, channels, "voice, fax")
    assert editor.doc.get(("phrases", 0, "channels")) == ["voice", "fax"]
    settle(qtbot, editor)
    assert "'fax' is not allowed here; use one of: voice, chat, email" in error_text(
        form, "channels"
    )
    type_into(qtbot, channels, "voice")
    settle(qtbot, editor)
    assert error_text(form, "channels") == ""
    # The campaign's channels, and leaving the field empty removes it.
    editor.tabs.setCurrentIndex(1)
    editor.campaigns.select(0)
    campaign_channels: QLineEdit = widget(editor.campaigns.form, "channels")
    type_into(qtbot, campaign_channels, "voice, email")
    type_into(qtbot, campaign_channels, "")
    assert "channels" not in editor.doc.get(("campaigns", 0))
    type_into(qtbot, campaign_channels, "voice, email")
    target = tmp_path / "acme.yaml"
    assert editor.save_to(target)
    pack = validate_pack(target, builtin_known(kb)).pack
    assert pack is not None
    assert [c.value for c in pack.campaigns[0].channels] == ["voice", "email"]
    assert [c.value for c in pack.phrases[0].channels] == ["voice"]


def test_a_check_in_typed_past_two_minutes_becomes_120_and_says_why(
    qtbot: QtBot, editor: PackEditor, kb: KnowledgeBase, tmp_path: Path
) -> None:
    assert editor.open_file(PACKS / "acme.yaml")
    editor.tabs.setCurrentIndex(1)
    form = editor.campaigns.form
    spin = widget(form, ("hold", "check_in_seconds"))
    # The field says its range before anything is typed.
    assert spin.text() == "90 s" and spin.toolTip() == "10 to 120 seconds (two minutes at most)"
    spin.setFocus()
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin.lineEdit(), "300")
    # Not 30 (QSpinBox drops the third key, over its maximum) and not without a word.
    assert spin.value() == 120 and spin.text() == "120 s"
    said = "120 s at most: a customer on hold is checked on at least every two minutes"
    assert error_text(form, ("hold", "check_in_seconds")) == said  # at once
    settle(qtbot, editor)  # and after the check, which finds nothing wrong with 120
    assert error_text(form, ("hold", "check_in_seconds")) == said
    assert editor.doc.get(("campaigns", 0, "hold", "check_in_seconds")) == 120
    qtbot.keyClicks(spin.lineEdit(), "5")  # at 120 already: still said, still 120
    assert spin.value() == 120 and error_text(form, ("hold", "check_in_seconds")) == said
    target = tmp_path / "acme.yaml"
    assert editor.save_to(target)
    assert "check_in_seconds: 120\n" in target.read_text(encoding="utf-8")
    # A number in range typed over it: the message goes with the 120.
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin.lineEdit(), "45")
    assert spin.value() == 45 and error_text(form, ("hold", "check_in_seconds")) == ""
    assert editor.doc.get(("campaigns", 0, "hold", "check_in_seconds")) == 45


def test_a_check_in_left_below_ten_seconds_becomes_10_and_says_why(
    qtbot: QtBot, editor: PackEditor
) -> None:
    assert editor.open_file(PACKS / "acme.yaml")
    editor.tabs.setCurrentIndex(1)
    form = editor.campaigns.form
    spin = widget(form, ("hold", "check_in_seconds"))
    spin.setFocus()
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin.lineEdit(), "5")
    # While typing, 5 may be the start of 50: nothing is said yet.
    assert error_text(form, ("hold", "check_in_seconds")) == ""
    qtbot.keyClick(spin.lineEdit(), Qt.Key.Key_Return)
    # Not back to 90 without a word.
    assert spin.value() == 10 and spin.text() == "10 s"
    assert editor.doc.get(("campaigns", 0, "hold", "check_in_seconds")) == 10
    assert error_text(form, ("hold", "check_in_seconds")) == "10 s at least"
    settle(qtbot, editor)  # and after the check, which finds nothing wrong with 10
    assert error_text(form, ("hold", "check_in_seconds")) == "10 s at least"
    # At 10 already, 3 typed: still 10, still said.
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin.lineEdit(), "3")
    qtbot.keyClick(spin.lineEdit(), Qt.Key.Key_Return)
    assert spin.value() == 10 and error_text(form, ("hold", "check_in_seconds")) == "10 s at least"
    # 50 typed through 5: the 5 on the way is not refused.
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin.lineEdit(), "50")
    qtbot.keyClick(spin.lineEdit(), Qt.Key.Key_Return)
    assert spin.value() == 50 and error_text(form, ("hold", "check_in_seconds")) == ""


def test_a_version_typed_past_its_most_becomes_the_most_and_says_so(
    qtbot: QtBot, editor: PackEditor
) -> None:
    spin = widget(editor.header, "version")
    spin.setFocus()
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin.lineEdit(), "12345678")
    assert spin.value() == 1_000_000 and editor.doc.get(("version",)) == 1_000_000
    assert error_text(editor.header, "version") == "1000000 at most"


@pytest.mark.parametrize(
    "name", ["knowledge.db", "knowledge.db-wal", "activity.db", "link-to-the-database"]
)
def test_save_as_and_the_cheat_sheet_refuse_a_file_of_the_knowledge_base(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    from assistant.services.opening import open_knowledge_base

    data = tmp_path / "data"
    kb = open_knowledge_base(data, backup=False)
    try:
        (data / "knowledge.db-wal").touch()
        (data / "link-to-the-database").symlink_to(data / "knowledge.db")
        before = {file.name: file.read_bytes() for file in data.iterdir() if file.is_file()}
        warned: list[str] = []
        monkeypatch.setattr(plain, "warn", lambda _parent, _title, text: warned.append(text))
        editor = open_editor(qtbot, Operations(kb))
        assert editor.open_file(PACKS / "acme.yaml")
        target = data / name
        assert not editor.save_to(target)
        assert not editor.export_sheet(target)
        said = (
            f"{target} is a file of the knowledge base in the data folder: writing there "
            "would replace it. Choose another file name; nothing was written."
        )
        assert warned == [said, said]
        assert editor.last_message == said
        assert editor.path == PACKS / "acme.yaml"  # still the file it was
        assert {f.name: f.read_bytes() for f in data.iterdir() if f.is_file()} == before
        # Beside it, a pack is saved as ever.
        assert editor.save_to(data / "acme.yaml")
    finally:
        kb.database.close()
