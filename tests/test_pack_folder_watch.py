"""The team folder in seconds: a pack copied into the shared folder reaches the agent's window
through the system's change notifications (a local folder) or a short look at sizes and times
(a network share that sends none); a file still being copied is not read half-written; the
publisher's own pack is not announced back to them."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from pytestqt.qtbot import QtBot

from assistant.packs import packfile
from assistant.packs.errors import PackInvalidError
from assistant.services.intake import PackIntake
from assistant.services.packs import PackService
from assistant.services.shared_folder import FolderSync, SyncReport
from assistant.settings import Settings
from assistant.store.errors import PackVersionError
from assistant.store.knowledge import KnowledgeBase
from assistant.ui.main_window import MainWindow
from assistant.ui.pack_manager import PackFolderWatcher, announce_sync
from tests.conftest import PACKS, new_window, open_editor

ACME = (PACKS / "acme.yaml").read_text(encoding="utf-8")
HOUR_MS = 60 * 60 * 1000  # a poll that never comes during a test: only a notification can


@pytest.fixture
def window(qtbot: QtBot, kb: KnowledgeBase, data_dir: Path) -> MainWindow:
    main = new_window(kb, Settings(data_dir))
    qtbot.addWidget(main)
    return main


@pytest.fixture
def share(tmp_path: Path) -> Path:
    """The team's shared pack folder, empty."""
    folder = tmp_path / "share"
    folder.mkdir()
    return folder


def _started(qtbot: QtBot, watcher: PackFolderWatcher) -> None:
    """Start the watcher and let its first look (an empty folder) finish."""
    with qtbot.waitSignal(watcher.checked, timeout=20000):
        watcher.start()


def test_a_pack_copied_into_the_folder_is_installed_by_the_change_notification(
    qtbot: QtBot, window: MainWindow, share: Path
) -> None:
    watcher = PackFolderWatcher(window.operations, lambda: share, window, poll_ms=HOUR_MS)
    _started(qtbot, watcher)
    system = watcher.system_watcher
    assert system is not None
    assert str(share) in system.directories()

    # Generous: the notification, half a second for the burst to end, two looks.
    with qtbot.waitSignal(watcher.reported, timeout=15000) as blocker:
        shutil.copy(PACKS / "acme.yaml", share / "acme.yaml")
    report: SyncReport = blocker.args[0]
    assert [s.pack_id for s in report.installed] == ["acme-collections"]
    assert window.kb.pack_version("acme-collections") == 3
    qtbot.waitUntil(lambda: str(share / "acme.yaml") in system.files())

    # Copied over in place (no new name in the folder): the file's own notification.
    with qtbot.waitSignal(watcher.reported, timeout=15000) as blocker:
        (share / "acme.yaml").write_text(ACME.replace("version: 3", "version: 4"), "utf-8")
    assert [s.version for s in blocker.args[0].installed] == [4]
    window.operations.close()


def test_without_notifications_a_short_poll_of_sizes_and_times_installs_it(
    qtbot: QtBot, window: MainWindow, share: Path
) -> None:
    # A network share tells nothing: the watcher has only its look every few seconds.
    watcher = PackFolderWatcher(
        window.operations, lambda: share, window, poll_ms=200, notifications=False
    )
    assert watcher.system_watcher is None
    _started(qtbot, watcher)
    with qtbot.waitSignal(watcher.reported, timeout=30000) as blocker:
        shutil.copy(PACKS / "acme.yaml", share / "acme.yaml")
    assert [s.pack_id for s in blocker.args[0].installed] == ["acme-collections"]
    window.operations.close()


def test_the_poll_reads_no_file_until_one_changes(
    kb: KnowledgeBase, share: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (share / "acme.yaml").write_text(ACME, encoding="utf-8")
    reads: list[Path] = []
    real_read = packfile.read_pack_file

    def counting_read(path: Path, **options: bool) -> packfile.PackFile:
        reads.append(path)
        return real_read(path, **options)

    monkeypatch.setattr("assistant.services.shared_folder.read_pack_file", counting_read)
    sync = FolderSync(PackIntake(kb))
    assert sync.scan(share).installed
    assert len(reads) == 1
    for _ in range(5):
        assert not sync.scan(share).changed
    assert len(reads) == 1


def test_a_pack_still_being_copied_is_not_read_half_written(kb: KnowledgeBase, share: Path) -> None:
    sync = FolderSync(PackIntake(kb))
    half = ACME[: len(ACME) // 2]
    (share / "acme.yaml").write_text(half, encoding="utf-8")
    first = sync.scan(share, settle=True)
    assert first.waiting == 1 and not first.skipped and not first.problems
    (share / "acme.yaml").write_text(ACME, encoding="utf-8")  # the copy goes on
    second = sync.scan(share, settle=True)
    assert second.waiting == 1 and not second.skipped
    done = sync.scan(share, settle=True)  # the same size and time twice: complete
    assert [s.pack_id for s in done.installed] == ["acme-collections"]
    assert not done.skipped and done.waiting == 0


def test_the_schema_file_beside_a_pack_is_not_taken_for_a_broken_pack(
    kb: KnowledgeBase, share: Path
) -> None:
    (share / "pack.schema.json").write_text('{"type": "object"}', encoding="utf-8")
    (share / ".acme.1234.tmp.yaml").write_text("half", encoding="utf-8")  # hidden
    report = FolderSync(PackIntake(kb)).scan(share)
    assert not report.changed and report.files == []


def test_a_refused_pack_is_told_once_but_the_pack_manager_keeps_showing_why(
    kb: KnowledgeBase, share: Path
) -> None:
    (share / "broken.yaml").write_text("format: agent-assistant/pack@1\nid: x\n", "utf-8")
    report = FolderSync(PackIntake(kb)).scan(share)
    assert [p.name for p, _ in report.skipped] == ["broken.yaml"]
    # After a restart (a new FolderSync): not told again, still listed with its reason.
    again = FolderSync(PackIntake(kb)).scan(share)
    assert not again.skipped and not again.changed
    [(path, problems)] = again.problems.items()
    assert path.name == "broken.yaml" and "required field" in problems[0]


def test_the_publishers_own_pack_is_found_installed_and_not_announced(
    kb: KnowledgeBase, share: Path
) -> None:
    intake = PackIntake(kb)
    PackService(intake).publish(ACME, "acme-collections", share)
    assert kb.pack_version("acme-collections") == 3
    sync = FolderSync(intake)
    report = sync.scan(share)
    assert not report.changed and report.unchanged == 1
    assert not (report.installed or report.skipped or report.problems)


def versions(report: SyncReport) -> list[tuple[str, int]]:
    return [(summary.pack_id, summary.version) for summary in report.installed]


def test_a_change_published_without_a_new_version_is_refused_before_it_reaches_agents(
    kb: KnowledgeBase, desks: Callable[[], KnowledgeBase], share: Path
) -> None:
    packs = PackService(PackIntake(kb))
    target = packs.publish(ACME, "acme-collections", share)
    agent = FolderSync(PackIntake(desks()))
    assert versions(agent.scan(share)) == [("acme-collections", 3)]
    first = target.read_bytes()
    packs.publish(ACME, "acme-collections", share)  # the same pack again: nothing to refuse
    changed = ACME.replace("Past-due card balances.", "Card balances past due.")
    with pytest.raises(PackInvalidError, match="raise the version number"):
        packs.publish(changed, "acme-collections", share)
    assert target.read_bytes() == first  # what every agent has stays what the share holds
    assert kb.pack_sha256("acme-collections") == packfile.PackFile.of(target, first).sha256
    # A second supervisor's computer, which never installed it, is refused by the share's file.
    elsewhere = PackService(PackIntake(desks()))
    with pytest.raises(PackInvalidError, match="raise the version number"):
        elsewhere.publish(changed, "acme-collections", share)
    packs.publish(changed.replace("version: 3", "version: 4"), "acme-collections", share)
    assert versions(agent.scan(share)) == [("acme-collections", 4)]


def test_publish_refuses_before_the_share_changes_and_allows_what_desktops_take(
    kb: KnowledgeBase, share: Path
) -> None:
    from assistant.packs.draft import check_draft
    from assistant.services.intake import builtin_known

    intake = PackIntake(kb)
    packs = PackService(intake)
    # Installed by hand from its hand-written file, then published from the editor unchanged:
    # the share has no version of it, so every desktop takes it (the bytes differ, not the pack).
    intake.install_path(PACKS / "acme.yaml")
    data = yaml.safe_load(ACME)
    check = check_draft("acme.yaml", data, builtin_known(kb))
    assert check.valid and check.text.encode() != ACME.encode()
    target = packs.publish(check.text, "acme-collections", share)
    shared = target.read_bytes()
    newer = ACME.replace("version: 3", "version: 5")
    packs.publish(newer, "acme-collections", share)
    # An older version than the share's: every desktop would leave it alone.
    with pytest.raises(PackInvalidError, match="holds version 5") as raised:
        packs.publish(ACME.replace("version: 3", "version: 4"), "acme-collections", share)
    [problem] = raised.value.errors
    assert (problem.line, problem.path) == (ACME.splitlines().index("version: 3") + 1, "version")
    assert yaml.safe_load(target.read_text(encoding="utf-8"))["version"] == 5
    # Older than this computer's (the share's file gone): refused here, before the share.
    target.unlink()
    with pytest.raises(PackVersionError):
        packs.publish(ACME.replace("version: 3", "version: 4"), "acme-collections", share)
    assert not target.exists()
    # The built-in pack comes with the program: never published.
    builtin = check_draft("builtin.yaml", pack_data(kb, "builtin", version=99), None)
    with pytest.raises(PackInvalidError, match="comes with the program"):
        packs.publish(builtin.text, "builtin", share)
    assert sorted(p.name for p in share.iterdir()) == []
    assert shared == check.text.encode("utf-8")


def test_a_publish_parses_the_new_pack_once_and_keeps_no_parse_after_it(
    kb: KnowledgeBase, share: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Checked against the share's file, then installed: one parse of each text (a 100,000-phrase
    # pack is seconds of parsing), and none kept once the publish is over (it is large).
    from assistant.packs import loader

    intake = PackIntake(kb)
    packs = PackService(intake)
    packs.publish(ACME, "acme-collections", share)
    parsed: list[int] = []
    validate = loader.validate_pack_bytes

    def counted(name: str, text: str, *args: object, **kwargs: object) -> object:
        parsed.append(yaml.safe_load(text)["version"])
        return validate(name, text, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(loader, "validate_pack_bytes", counted)
    packs.publish(ACME.replace("version: 3", "version: 4"), "acme-collections", share)
    assert sorted(parsed) == [3, 4]  # the share's file, and the new text once
    assert kb.pack_version("acme-collections") == 4
    parsed.clear()
    intake.install_path(PACKS / "acme.yaml", force=True)
    intake.install_path(PACKS / "acme.yaml", force=True)
    assert parsed == [3, 3]  # outside a publish, every install parses what it installs


def pack_data(kb: KnowledgeBase, pack_id: str, version: int) -> dict[str, object]:
    from assistant.packs.export import pack_to_data

    return {**pack_to_data(kb.export_pack(pack_id)), "version": version}


def test_publishing_from_the_editor_tells_the_publisher_nothing_back(
    qtbot: QtBot, window: MainWindow, share: Path
) -> None:
    watcher = PackFolderWatcher(window.operations, lambda: share, window, poll_ms=HOUR_MS)
    told: list[str] = []
    watcher.reported.connect(lambda report: told.append(announce_sync(lambda *_: None, report)))
    _started(qtbot, watcher)
    editor = open_editor(qtbot, window.operations, pack_folder=lambda: share)
    assert editor.open_file(PACKS / "acme.yaml")
    assert editor.publish()
    qtbot.waitUntil(lambda: editor.published is not None, timeout=20000)
    # The watcher sees the new file (a notification, then a second look to settle) ...
    qtbot.waitUntil(
        lambda: (
            watcher.last_report is not None
            and share / "acme-collections.yaml" in watcher.last_report.files
            and not watcher.last_report.waiting
        ),
        timeout=20000,
    )
    # ... finds its bytes installed, and says nothing.
    assert told == []
    assert watcher.last_report is not None and not watcher.last_report.changed
    window.operations.close()


def test_a_database_failure_is_tried_again_at_the_next_look_and_told_once(
    kb: KnowledgeBase, share: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from assistant.store.errors import StoreError

    (share / "acme.yaml").write_text(ACME, encoding="utf-8")
    intake = PackIntake(kb)
    real_install = intake.install

    def locked(*args: object, **kwargs: object) -> object:
        raise StoreError("the knowledge base is locked")

    monkeypatch.setattr(intake, "install", locked)
    sync = FolderSync(intake)
    first = sync.scan(share, settle=True)
    assert first.waiting == 1
    told = sync.scan(share, settle=True)
    assert [p.name for p, _ in told.skipped] == ["acme.yaml"]
    quiet = sync.scan(share, settle=True)  # still locked: not told again
    assert not quiet.skipped and quiet.problems
    monkeypatch.setattr(intake, "install", real_install)
    done = sync.scan(share, settle=True)  # unlocked: installed without the file changing
    assert [s.pack_id for s in done.installed] == ["acme-collections"]
    assert not done.problems


def test_a_colleague_publishing_during_the_install_is_not_written_over(
    kb: KnowledgeBase,
    desks: Callable[[], KnowledgeBase],
    share: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Publish checked the share, installed here (seconds for a large pack), then wrote: a
    # colleague's version 3 published in that gap was replaced by this one's other version 3.
    intake = PackIntake(kb)
    packs = PackService(intake)
    target = share / "acme-collections.yaml"
    colleague = ACME.replace("Past-due card balances.", "Card balances past due.")
    install = intake.install

    def slow_install(file: packfile.PackFile) -> Any:
        PackService(PackIntake(desks())).publish(colleague, "acme-collections", share)
        return install(file)

    monkeypatch.setattr(intake, "install", slow_install)
    with pytest.raises(PackInvalidError, match="raise the version number"):
        packs.publish(ACME, "acme-collections", share)
    assert target.read_text(encoding="utf-8") == colleague  # the colleague's stays
    # Nothing published meanwhile: published as before.
    monkeypatch.setattr(intake, "install", install)
    packs.publish(colleague, "acme-collections", share)
    assert target.read_text(encoding="utf-8") == colleague
