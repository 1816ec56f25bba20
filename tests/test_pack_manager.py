"""The Pack manager as a supervisor uses it: menu, import with progress, drop, remove, export,
and the shared-folder watcher's notice."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from assistant.packs.loader import load_pack
from assistant.services.intake import builtin_known
from assistant.services.packs import PackService
from assistant.services.shared_folder import SyncReport
from assistant.settings import Settings
from assistant.store.knowledge import KnowledgeBase
from assistant.store.rows import ImportSummary
from assistant.ui import plain
from assistant.ui.main_window import MainWindow
from assistant.ui.pack_manager import FolderSetting, PackFolderWatcher, announce_sync
from tests.conftest import PACKS, new_window

sys_path = Path(__file__).resolve().parent.parent
BENCH = sys_path / "bench"


@pytest.fixture
def window(qtbot: QtBot, kb: KnowledgeBase, data_dir: Path) -> MainWindow:
    main = new_window(kb, Settings(data_dir))
    qtbot.addWidget(main)
    main.show()
    return main


def _table_texts(window: MainWindow) -> list[str]:
    dialog = window.pack_tools.dialog
    assert dialog is not None
    model = dialog.model
    return [str(model.index(row, 0).data()) for row in range(model.rowCount())]


def test_the_file_menu_opens_the_pack_manager_with_the_installed_packs(
    window: MainWindow,
) -> None:
    file_menu = window.menuBar().actions()[0].menu()
    assert isinstance(file_menu, QMenu)
    assert "&Packs…" in [a.text() for a in file_menu.actions()]
    window.pack_tools.action.trigger()
    dialog = window.pack_tools.dialog
    assert dialog is not None and dialog.isVisible()
    assert _table_texts(window) == ["Agent Assistant basics (built in)"] or _table_texts(window)[
        0
    ].endswith("(built in)")
    headers = [dialog.model.headerData(c, Qt.Orientation.Horizontal) for c in range(9)]
    assert headers == [
        "Name",
        "Version",
        "Author",
        "Language",
        "Campaigns",
        "Personas",
        "Phrases",
        "Source file",
        "Installed",
    ]
    # The built-in pack cannot be removed: the button says so instead.
    dialog.table.selectRow(0)
    assert not dialog.remove_button.isEnabled()
    assert "cannot" in dialog.remove_button.toolTip() or "not removed" in (
        dialog.remove_button.toolTip()
    )


def test_importing_a_file_shows_progress_and_the_new_pack(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    dialog = window.pack_tools.open_manager()
    phases: list[tuple[str, int, int]] = []
    window.operations.progress.connect(
        lambda phase, done, total: phases.append((phase, done, total))
    )
    with qtbot.waitSignal(window.pack_tools.imports.imported, timeout=20000) as blocker:
        dialog.import_files([PACKS / "acme.yaml"])
        assert dialog.progress.isVisible()
    assert blocker.args[0].summary.pack_id == "acme-collections"
    qtbot.waitUntil(lambda: not dialog.progress.isVisible())
    assert [p[0] for p in phases][:2] == ["read", "check"]
    assert ("install", 4, 4) in phases
    assert phases[-1] == ("advise", 0, 1)  # its content read for advice, once installed
    qtbot.waitUntil(lambda: "ACME Card Collections" in _table_texts(window))
    assert "Installed acme-collections version 3" in dialog.status.text()
    row = _table_texts(window).index("ACME Card Collections")
    values = [str(dialog.model.index(row, c).data()) for c in range(9)]
    assert values[1:7] == ["3", "Collections team leads", "en", "1", "1", "4"]
    assert values[7] == "acme.yaml"
    # ... and the main window's campaign picker heard about it too.
    assert any(c.name == "ACME Card Collections" for c in window.kb.campaigns())


def test_an_import_shows_the_advice_pack_validate_gives_and_a_clean_pack_none(
    qtbot: QtBot, window: MainWindow, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from assistant.cli import main
    from assistant.resources import resource_path

    validate = ["--data-dir", str(data_dir), "pack", "validate", str(PACKS / "acme.yaml")]
    assert main(validate) == 0
    validated = [line for line in capsys.readouterr().out.splitlines() if ": warning: " in line]
    assert validated  # the test pack breaks a few content rules
    dialog = window.pack_tools.open_manager()
    with qtbot.waitSignal(window.pack_tools.imports.imported, timeout=20000):
        dialog.import_files([PACKS / "acme.yaml"])
    assert dialog.problems.isVisible()
    assert dialog.problems.toPlainText().splitlines() == validated
    assert "Installed acme-collections version 3" in dialog.status.text()
    assert "See the advice below (the pack works as it is)." in dialog.status.text()
    assert window.kb.pack_version("acme-collections") == 3

    with qtbot.waitSignal(window.pack_tools.imports.imported, timeout=20000):
        dialog.import_files([resource_path("packs", "starter.yaml")])
    assert not dialog.problems.isVisible() and dialog.problems.toPlainText() == ""
    assert "advice" not in dialog.status.text()


def test_importing_the_installed_file_again_says_so_and_lists_no_problem(
    qtbot: QtBot, window: MainWindow
) -> None:
    dialog = window.pack_tools.open_manager()
    for _ in range(2):
        with qtbot.waitSignal(window.pack_tools.imports.imported, timeout=20000) as blocker:
            dialog.import_files([PACKS / "acme.yaml"])
    assert blocker.args[0].unchanged
    assert dialog.status.text() == (
        "acme.yaml is installed already (acme-collections, exactly this file): nothing to do."
    )
    assert "fix the problems" not in dialog.status.text()
    assert window.kb.pack_version("acme-collections") == 3


def test_a_broken_file_lists_every_problem_and_installs_nothing(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "format: agent-assistant/pack@1\nid: bad-pack\nname: Bad\nversion: 1\ncolour: red\n"
        "phrases:\n  - {id: p1, title: T, text: hi, category: smalltalk}\n",
        encoding="utf-8",
    )
    dialog = window.pack_tools.open_manager()
    with qtbot.waitSignal(window.pack_tools.imports.imported, timeout=20000):
        dialog.import_files([bad])
    text = dialog.problems.toPlainText()
    assert dialog.problems.isVisible()
    assert f"{bad}:5:1: colour: unknown field 'colour'" in text
    assert "phrases[0].category: 'smalltalk' is not allowed" in text
    assert "bad.yaml was not installed" in dialog.status.text()
    assert window.kb.pack_version("bad-pack") is None


def _drag_and_drop(window: MainWindow, mime: QMimeData) -> tuple[QDragEnterEvent, QDropEvent]:
    """A drag of ``mime`` entering the window, then its drop, handed to the window's handlers.

    Offscreen Qt makes no real drag, and sending these through QApplication would leave Qt's
    drag manager pointing at the window after the test deletes it. The events do not own
    ``mime``: the caller keeps it."""
    where, action = QPoint(50, 50), Qt.DropAction.CopyAction
    buttons, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(where, action, mime, buttons, modifiers)
    enter.ignore()
    window.dragEnterEvent(enter)
    drop = QDropEvent(where.toPointF(), action, mime, buttons, modifiers)
    drop.ignore()
    if enter.isAccepted():  # Qt drops only on the widget that accepted the drag
        window.dropEvent(drop)
    return enter, drop


def files(*paths: Path) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    return mime


def test_dropping_a_pack_file_on_the_window_imports_it(qtbot: QtBot, window: MainWindow) -> None:
    mime = files(PACKS / "acme.yaml")
    with qtbot.waitSignal(window.pack_tools.imports.imported, timeout=20000):
        enter, drop = _drag_and_drop(window, mime)
    assert enter.isAccepted() and drop.isAccepted()
    assert window.acceptDrops()
    assert window.pack_tools.dialog is not None and window.pack_tools.dialog.isVisible()
    assert window.kb.pack_version("acme-collections") == 3


def test_a_drag_of_other_files_is_refused(window: MainWindow, tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("not a pack", encoding="utf-8")
    mime = files(notes)
    enter, drop = _drag_and_drop(window, mime)
    assert not enter.isAccepted() and not drop.isAccepted()
    assert window.pack_tools.dialog is None  # nothing to import: no Pack manager
    window.dropEvent(drop)  # dropped all the same: still refused
    assert not drop.isAccepted() and window.pack_tools.dialog is None


def test_the_window_keeps_responding_during_a_large_import(
    qtbot: QtBot, data_dir: Path, tmp_path: Path
) -> None:
    import sys

    from assistant.services.opening import open_knowledge_base

    # On disk, as in the field: the import writes on its own connection while the window reads.
    window = new_window(open_knowledge_base(data_dir), Settings(data_dir))
    qtbot.addWidget(window)
    window.show()

    sys.path.insert(0, str(BENCH))
    from packs import make_pack_data

    big = tmp_path / "big.json"
    big.write_text(json.dumps(make_pack_data(30000)), encoding="utf-8")
    dialog = window.pack_tools.open_manager()
    ticks: list[int] = []
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.append(window.kb.counts()["packs"]))
    installs: list[int] = []
    window.operations.progress.connect(
        lambda phase, done, _t: installs.append(done) if phase == "install" else None
    )
    timer.start()
    with qtbot.waitSignal(window.pack_tools.imports.imported, timeout=120000):
        dialog.import_files([big])
    timer.stop()
    # The event loop kept turning while the worker parsed, checked and wrote 30,000 phrases,
    # and the bar moved through the batches.
    assert len(ticks) >= 3
    assert installs[-1] == 30000 and len(installs) >= 6
    assert window.kb.pack_version("bench") == 1


def test_export_writes_the_selected_pack(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    dialog = window.pack_tools.open_manager()
    target = tmp_path / "out" / "builtin.json"
    with qtbot.waitSignal(
        window.operations.busy_changed,
        timeout=20000,
        check_params_cb=lambda busy: not busy,
    ):
        dialog.export_to("builtin", target)
    assert json.loads(target.read_text(encoding="utf-8"))["id"] == "builtin"
    assert "Exported builtin" in dialog.status.text()


def test_the_folder_watcher_installs_from_the_share_and_the_agent_gets_one_short_line(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    share = tmp_path / "share"
    share.mkdir()
    (share / "acme.yaml").write_bytes((PACKS / "acme.yaml").read_bytes())
    (share / "broken.json").write_text("[1, 2]", encoding="utf-8")
    watcher = PackFolderWatcher(window.operations, lambda: share, window)
    watcher.reported.connect(lambda report: announce_sync(window.statusBar().showMessage, report))
    boxes_before = set(QApplication.topLevelWidgets())
    with qtbot.waitSignal(watcher.reported, timeout=20000) as blocker:
        watcher.sync_now()
    report: SyncReport = blocker.args[0]
    assert [s.pack_id for s in report.installed] == ["acme-collections"]
    assert [p.name for p, _ in report.skipped] == ["broken.json"]
    # No box, modal or not: one line in the status bar, without the validator's words.
    assert not [w for w in set(QApplication.topLevelWidgets()) - boxes_before if w.isVisible()]
    line = window.statusBar().currentMessage()
    assert line == (
        "A team pack could not be installed; your supervisor can see why in the Pack manager."
    )
    # The details: in the log, and in the Pack manager.
    assert any("broken.json" in r.getMessage() for r in caplog.records)
    window.pack_tools.attach_folder(watcher, FolderSetting(False, lambda _folder: None))
    dialog = window.pack_tools.open_manager()
    assert dialog.folder_problems.isVisible()
    assert dialog.folder_problems.toPlainText().startswith("broken.json is not installed: ")
    # Fixed on the share: the next look installs it and the Pack manager has nothing to show.
    (share / "broken.json").unlink()
    with qtbot.waitSignal(watcher.checked, timeout=20000):
        watcher.sync_now()
    assert not dialog.folder_problems.isVisible()


def test_an_installed_pack_is_announced_in_one_line(qtbot: QtBot, window: MainWindow) -> None:
    report = SyncReport(Path("share"))
    report.installed.append(
        ImportSummary("acme-collections", 4, replaced_version=3, campaigns=1, personas=1, phrases=3)
    )
    assert announce_sync(window.statusBar().showMessage, report)
    assert window.statusBar().currentMessage() in (
        "Team pack updated: acme-collections.",  # the English catalogue's singular
        "Team packs updated: acme-collections.",  # the source text
    )
    nothing = SyncReport(Path("share"))
    assert announce_sync(window.statusBar().showMessage, nothing) == ""


def test_the_agent_chooses_a_shared_folder_and_it_is_checked_at_once(
    qtbot: QtBot, data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from assistant.app import after_first_paint, build_window
    from assistant.services.policy import POLICY_ENV

    monkeypatch.setenv(POLICY_ENV, str(tmp_path / "no-policy.ini"))
    share = tmp_path / "share"
    share.mkdir()
    (share / "acme.yaml").write_bytes((PACKS / "acme.yaml").read_bytes())
    window = build_window(data_dir)
    qtbot.addWidget(window)
    for thread in after_first_paint(window):
        thread.join(10)
    dialog = window.pack_tools.open_manager()
    assert dialog.folder_label.text() == "Shared pack folder: none"
    assert dialog.folder_button.isVisible() and not dialog.check_button.isEnabled()
    watcher = window.pack_tools.watcher
    assert watcher is not None
    dialog.set_folder(str(share))
    assert dialog.folder_label.text() == f"Shared pack folder: {share}"
    assert Settings(data_dir).pack_folder == str(share)
    qtbot.waitUntil(
        lambda: "Installed acme-collections version 3" in dialog.status.text(), timeout=20000
    )
    qtbot.waitUntil(lambda: "ACME Card Collections" in _table_texts(window))
    with qtbot.waitSignal(watcher.checked, timeout=20000):
        dialog.check_button.click()
    assert dialog.status.text() == f"Shared pack folder checked: nothing new in {share}."
    # Removing it: the question says that the next start brings it back from the folder.
    asked: list[str] = []
    monkeypatch.setattr(plain, "ask", answering(False, asked))
    dialog.table.selectRow(_table_texts(window).index("ACME Card Collections"))
    dialog.remove_button.click()
    [question] = asked
    assert question.startswith("Remove the pack 'ACME Card Collections' (4 phrases)?")
    assert question.endswith(
        f"It comes from the shared pack folder ({share}): the next start installs it again, "
        "unless it is taken out of that folder."
    )
    assert window.kb.pack_version("acme-collections") == 3  # answered no
    window.operations.close()


def answering(answer: bool, asked: list[str]) -> Callable[[object, str, str], bool]:
    """plain.ask, answered ``answer``; each question's text is kept in ``asked``."""

    def ask(_parent: object, _title: str, text: str) -> bool:
        asked.append(text)
        return answer

    return ask


def test_a_pack_imported_by_hand_is_removed_without_the_folders_warning(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from assistant.services.shared_folder import from_folder

    dialog = window.pack_tools.open_manager()
    with qtbot.waitSignal(window.pack_tools.imports.imported, timeout=20000):
        dialog.import_files([PACKS / "acme.yaml"])
    asked: list[str] = []
    monkeypatch.setattr(plain, "ask", answering(True, asked))
    qtbot.waitUntil(lambda: "ACME Card Collections" in _table_texts(window))
    dialog.table.selectRow(_table_texts(window).index("ACME Card Collections"))
    dialog.remove_button.click()
    qtbot.waitUntil(lambda: window.kb.pack_version("acme-collections") is None, timeout=20000)
    assert len(asked) == 1 and "shared pack folder" not in asked[0]
    assert from_folder(str(tmp_path / "share" / "a.yaml"), tmp_path / "share")
    assert not from_folder(str(tmp_path / "share" / "sub" / "a.yaml"), tmp_path / "share")
    assert not from_folder("", tmp_path)


def test_a_folder_set_by_it_policy_cannot_be_changed_in_the_window(
    qtbot: QtBot, data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from assistant.app import after_first_paint, build_window
    from assistant.services.policy import POLICY_ENV

    share = tmp_path / "share"
    share.mkdir()
    policy = tmp_path / "policy.ini"
    policy.write_text(f"[packs]\nfolder = {share}\n", encoding="utf-8")
    monkeypatch.setenv(POLICY_ENV, str(policy))
    window = build_window(data_dir)
    qtbot.addWidget(window)
    for thread in after_first_paint(window):
        thread.join(10)
    dialog = window.pack_tools.open_manager()
    assert dialog.folder_label.text() == f"Shared pack folder: {share} (set by IT)"
    assert not dialog.folder_button.isVisible()
    dialog.set_folder(str(tmp_path))
    assert Settings(data_dir).pack_folder == ""
    window.operations.close()


def test_an_unreachable_share_is_reported_once_not_at_every_look(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    watcher = PackFolderWatcher(window.operations, lambda: tmp_path / "offline", window)
    reports: list[SyncReport] = []
    watcher.reported.connect(reports.append)
    for _ in range(3):
        with qtbot.waitSignal(watcher.checked, timeout=20000):
            watcher.sync_now()
    assert len(reports) == 1 and "cannot be read" in reports[0].folder_problem


def test_an_older_version_is_installed_only_when_the_supervisor_confirms(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    older = tmp_path / "acme-v2.yaml"
    older.write_text(
        (PACKS / "acme.yaml").read_text(encoding="utf-8").replace("version: 3", "version: 2"),
        encoding="utf-8",
    )
    window.kb.import_pack(load_pack(PACKS / "acme.yaml", builtin_known(window.kb)))
    dialog = window.pack_tools.open_manager()
    answers = iter([False, True])
    asked: list[str] = []

    def confirm(outcome: object) -> bool:
        asked.append(dialog.status.text())
        return next(answers)

    monkeypatch.setattr(dialog, "confirm_older", confirm)
    with qtbot.waitSignal(window.pack_tools.imports.imported, timeout=20000):
        dialog.import_files([older])
    assert asked == ["acme-v2.yaml is older than the installed version."]
    assert window.kb.pack_version("acme-collections") == 3
    with qtbot.waitSignal(
        window.pack_tools.imports.imported,
        timeout=20000,
        check_params_cb=lambda outcome: outcome.summary is not None,
    ):
        dialog.import_files([older])
    assert window.kb.pack_version("acme-collections") == 2


def test_a_job_that_fails_by_a_bug_is_reported_and_the_worker_goes_idle(
    qtbot: QtBot, window: MainWindow
) -> None:
    dialog = window.pack_tools.open_manager()
    operations = window.operations

    def broken(packs: PackService, progress: object) -> None:
        raise RuntimeError("boom")

    with qtbot.waitSignal(operations.busy_changed, check_params_cb=lambda busy: not busy):
        operations.run(broken)
    assert dialog.status.text() == "Something went wrong (boom); details are in the log."
    assert not operations.busy()


def test_pack_jobs_leave_the_interpreters_switch_interval_alone(
    qtbot: QtBot, window: MainWindow
) -> None:
    import sys

    before = sys.getswitchinterval()
    seen: list[float] = []
    with qtbot.waitSignal(window.operations.busy_changed, check_params_cb=lambda busy: not busy):
        window.operations.run(lambda packs, progress: seen.append(sys.getswitchinterval()))
    assert seen == [before] and sys.getswitchinterval() == before


def test_a_file_with_very_many_problems_lists_the_first_and_says_how_to_see_the_rest(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from assistant.ui import pack_manager

    monkeypatch.setattr(pack_manager, "MAX_LISTED", 3)  # acme.yaml gets 9 pieces of advice
    dialog = window.pack_tools.open_manager()
    with qtbot.waitSignal(window.pack_tools.imports.imported, timeout=20000) as blocker:
        dialog.import_files([PACKS / "acme.yaml"])
    advice = blocker.args[0].advice
    assert len(advice) > 3
    listed = dialog.problems.toPlainText().splitlines()
    assert listed[:3] == list(advice[:3])
    assert listed[3:] == [
        f"… and {len(advice) - 3} more: `agent-assistant pack validate {PACKS / 'acme.yaml'}` "
        "lists them all."
    ]
