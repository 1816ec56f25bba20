"""One path for every use case: the defects that the services layer removes, each reproduced
as a hostile tester found it (a file swapped under a signature check, an unsigned pack through
the editor, a locked activity.db, a pack installed beside a running window)."""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import NamedTuple

import pytest
from pytestqt.qtbot import QtBot

from assistant import control
from assistant.cli import main
from assistant.core.model import Ref, find_ref
from assistant.packs.errors import PackInvalidError
from assistant.services.desk import SessionError
from assistant.services.intake import PackIntake
from assistant.services.opening import open_knowledge_base
from assistant.services.policy import POLICY_ENV, enforce_signing
from assistant.services.shared_folder import FolderSync
from assistant.settings import Settings
from assistant.store.database import ACTIVITY_FILENAME, open_database
from assistant.store.knowledge import KnowledgeBase
from assistant.ui import plain
from assistant.ui.editor.window import PackEditor
from assistant.ui.main_window import MainWindow
from assistant.ui.operations import Operations
from tests.conftest import PACKS, new_window, services_for

ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


@pytest.fixture
def team_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A supervisor's key pair, and an IT policy that requires its signature."""
    key = tmp_path / "keys" / "team"
    assert main(["pack", "keygen", "-o", str(key)]) == 0
    policy = tmp_path / "it" / "policy.ini"
    policy.parent.mkdir()
    policy.write_text(f"[packs]\nrequired_signing_keys = {key}.pub\n", encoding="utf-8")
    monkeypatch.setenv(POLICY_ENV, str(policy))
    return key


class Share(NamedTuple):
    """A shared folder holding a signed pack, its signature, and a tampered copy's bytes."""

    target: Path
    good: bytes
    tampered: bytes

    @property
    def good_hash(self) -> str:
        return hashlib.sha256(self.good).hexdigest()


@pytest.fixture
def share(tmp_path: Path, team_key: Path) -> Share:
    pack = tmp_path / "signed" / "acme.yaml"
    pack.parent.mkdir()
    shutil.copy(PACKS / "acme.yaml", pack)
    assert main(["pack", "sign", str(pack), "--key", str(team_key)]) == 0
    good = pack.read_bytes()
    tampered = good.replace(b"version: 3", b"version: 9").replace(b"ACME", b"EVIL")
    assert tampered != good
    folder = tmp_path / "share"
    folder.mkdir()
    shutil.copy(f"{pack}.sig", folder / "acme.yaml.sig")
    (folder / "acme.yaml").write_bytes(good)
    return Share(folder / "acme.yaml", good, tampered)


class Swapper:
    """Replaces a file with one of two contents, back and forth, as fast as it can."""

    def __init__(self, target: Path, first: bytes, second: bytes) -> None:
        self.target = target
        self.stop = threading.Event()
        self.swaps = 0
        self._contents = (first, second)
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        staged = self.target.with_name(".staged")
        while not self.stop.is_set():
            staged.write_bytes(self._contents[self.swaps % 2])
            os.replace(staged, self.target)
            self.swaps += 1

    def __enter__(self) -> Swapper:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop.set()
        self._thread.join(10)


def test_a_file_swapped_during_imports_never_installs_the_tampered_bytes(
    kb: KnowledgeBase, share: Share
) -> None:
    intake = PackIntake(kb, verify=enforce_signing, keep_copies=False)
    installed = refused = 0
    deadline = time.monotonic() + 120  # a bound, so a path that always refuses fails, not hangs
    with Swapper(share.target, share.tampered, share.good) as swapper:
        while swapper.swaps < 200 or installed == 0 or refused == 0:
            assert time.monotonic() < deadline, (swapper.swaps, installed, refused)
            try:
                intake.install_path(share.target, force=True)
            except PackInvalidError as error:
                assert "does not match" in str(error)
                refused += 1
            else:
                installed += 1
            # Whatever was read, what is installed is the signed bytes, never the others.
            assert kb.pack_sha256("acme-collections") in (None, share.good_hash)
            assert kb.pack_version("acme-collections") in (None, 3)
    assert swapper.swaps >= 200


def test_the_shared_folder_never_installs_a_file_swapped_under_its_signature(
    kb: KnowledgeBase, share: Share
) -> None:
    share.target.write_bytes(share.tampered)
    installed = refused = 0
    deadline = time.monotonic() + 120
    with Swapper(share.target, share.good, share.tampered) as swapper:
        while swapper.swaps < 200 or installed == 0 or refused == 0:
            assert time.monotonic() < deadline, (swapper.swaps, installed, refused)
            # A new folder sync each time: a first scan at start, as the window's.
            sync = FolderSync(PackIntake(kb, verify=enforce_signing, keep_copies=False))
            report = sync.scan(share.target.parent)
            installed += len(report.installed)
            refused += len(report.skipped)
            assert kb.pack_sha256("acme-collections") in (None, share.good_hash)
    # Both were read: the signed bytes installed, the tampered ones refused, never installed.
    assert kb.pack_sha256("acme-collections") == share.good_hash


def test_the_editors_install_under_a_signing_policy_refuses_an_unsigned_pack(
    qtbot: QtBot, kb: KnowledgeBase, team_key: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(plain, "warn", lambda _parent, _title, text: shown.append(text))
    editor = PackEditor(Operations(kb))
    qtbot.addWidget(editor, before_close_func=lambda w: w.doc.undo_stack.setClean())
    assert editor.open_file(PACKS / "acme.yaml")
    assert editor.install()
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    assert shown[0].startswith("IT requires every pack to be signed (policy.ini)")
    assert kb.pack_version("acme-collections") is None
    # With the supervisor's key set, the editor signs what it installs: then it gets in.
    from assistant.packs.signing import sign_bytes

    editor._sign = lambda data: sign_bytes(data, team_key)
    assert editor.install()
    qtbot.waitUntil(lambda: kb.pack_version("acme-collections") == 3, timeout=10000)


# ---------------------------------------------------------------- a locked activity.db


@pytest.fixture
def window_on_disk(qtbot: QtBot, data_dir: Path) -> Iterator[MainWindow]:
    """A window over a data folder on disk whose writes give up after a short wait."""
    open_knowledge_base(data_dir, backup=False).database.close()
    kb = KnowledgeBase(open_database(data_dir / "knowledge.db", timeout=0.3))
    window = new_window(kb, Settings(data_dir))
    qtbot.addWidget(window)
    yield window
    window.operations.close()
    window.library.shutdown()


@pytest.fixture
def locked(data_dir: Path) -> Iterator[sqlite3.Connection]:
    """Another program holding activity.db's write lock."""
    other = sqlite3.connect(data_dir / ACTIVITY_FILENAME, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    yield other
    other.rollback()
    other.close()


def _ask(window: MainWindow, command: str, action: str) -> dict[str, object]:
    request = {"command": command, "action": action}
    return control.handle(window.desk, window.bring_forward, request)


def test_a_callback_the_locked_file_refuses_is_said_logged_and_left_as_it_was(
    window_on_disk: MainWindow, data_dir: Path, caplog: pytest.LogCaptureFixture
) -> None:
    window = window_on_disk
    callbacks = window.services.callbacks
    callback = callbacks.promise("Ana", "555-0100", datetime.now(UTC) + timedelta(hours=1))
    other = sqlite3.connect(data_dir / ACTIVITY_FILENAME, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    try:
        with caplog.at_level(logging.WARNING):
            window.callback_watch.complete(callback.id)
            window.callback_watch.snooze(callback.id)
    finally:
        other.rollback()
        other.close()
    assert "locked" in window.statusBar().currentMessage()
    assert caplog.text.count("refused:") == 2  # in the log too, as the desk's actions are
    assert window.services.activity.callbacks() == [callback]  # neither done nor snoozed


def test_a_locked_activity_file_leaves_replies_window_and_database_agreeing(
    window_on_disk: MainWindow, locked: sqlite3.Connection
) -> None:
    window = window_on_disk
    started = _ask(window, "call", "start")
    assert not started["ok"] and "locked" in str(started["message"])
    # Nothing changed: no call in the window, none in the database, and every reply agrees.
    assert not window.call.running and window.call.toggle.text() == "Start call"
    assert _ask(window, "call", "end") == {"ok": False, "message": "no call is running"}
    assert not _ask(window, "call", "start")["ok"]  # still locked: still refused, not "running"
    hold = _ask(window, "hold", "start")
    assert not hold["ok"] and "locked" in str(hold["message"])
    assert not window.hold.running and window.hold.toggle.text() == "Start hold"
    assert _ask(window, "hold", "check-in") == {"ok": False, "message": "no hold is running"}
    assert _ask(window, "hold", "end") == {"ok": False, "message": "no hold is running"}
    # The window's own button says what went wrong in the status line, and changes nothing.
    window.desk_actions.hold_toggle.trigger()
    assert "locked" in window.statusBar().currentMessage()
    assert not window.hold.running
    locked.rollback()
    activity = window.services.activity
    assert activity.calls() == [] and activity.holds() == []
    # Once the other program lets go, the same commands work, and are written.
    assert _ask(window, "call", "start")["ok"] and _ask(window, "hold", "start")["ok"]
    assert window.call.running and window.hold.running
    [call] = activity.calls()
    [hold_row] = activity.holds()
    assert hold_row.call_id == call.id and hold_row.open


def test_a_check_in_or_end_that_cannot_be_written_keeps_the_hold_running(
    window_on_disk: MainWindow, data_dir: Path
) -> None:
    window = window_on_disk
    desk = window.desk
    desk.start_hold()
    other = sqlite3.connect(data_dir / ACTIVITY_FILENAME, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        for act in (desk.check_in, desk.end_hold):
            with pytest.raises(Exception, match="locked"):
                act()
            assert desk.hold.running and window.hold.running
    finally:
        other.rollback()
        other.close()
    [row] = window.services.activity.holds()
    assert row.open and row.check_ins == ()
    desk.end_hold()
    assert not window.services.activity.open_holds()


# ---------------------------------------------------------------- another process's install


def test_a_pack_imported_from_the_command_line_shows_in_the_running_window(
    qtbot: QtBot, data_dir: Path, tmp_path: Path
) -> None:
    kb = open_knowledge_base(data_dir, backup=False)
    window = new_window(kb, Settings(data_dir))
    qtbot.addWidget(window)
    window.show()
    assert window.library.runner.threaded  # a reader of its own, with its own caches
    # The reader's caches are warm before the install: the old defect kept them.
    window.library.filter.setText("arrangement")
    qtbot.waitUntil(lambda: not window.library.runner.pending, timeout=5000)
    result = subprocess.run(
        [sys.executable, "-m", "assistant", "--data-dir", str(data_dir), "pack", "import"]
        + [str(PACKS / "acme.yaml")],
        capture_output=True,
        text=True,
        env=ENV,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    acme = Ref("acme-collections", "acme-collections")
    # Within two seconds: the window looks every second.
    qtbot.waitUntil(lambda: window.campaigns.model.row_of(acme) >= 0, timeout=2000)
    # "Debt collection disclosure" is for the ACME campaign only.
    restricted = Ref("acme-collections", "acme-disclosure")
    words = "debt collection disclosure"
    results: dict[str, list[Ref]] = {}
    for campaign in (Ref("builtin", "customer-service"), acme):
        window.campaigns.select(campaign)
        window.library.filter.setText(words)
        qtbot.waitUntil(lambda: not window.library.runner.pending, timeout=5000)
        results[campaign.id] = [
            window.library.model.nth_phrase(n).ref  # type: ignore[union-attr]
            for n in range(1, 10)
            if window.library.model.nth_phrase(n) is not None
        ]
    assert restricted in results["acme-collections"]
    assert restricted not in results["customer-service"]  # its campaign's only
    window.operations.close()


# ---------------------------------------------------------------- the desk's rules


def test_the_desk_changes_nothing_when_an_action_does_not_fit(kb: KnowledgeBase) -> None:
    services = services_for(kb)
    desk = services.desk
    for act in (desk.check_in, desk.end_hold, desk.end_call):
        with pytest.raises(SessionError):
            act()
    with pytest.raises(SessionError, match="no-such"):
        desk.start_call("no-such")
    assert services.activity.calls() == [] and services.activity.holds() == []
    desk.start_call("collections")  # a bare id: the built-in one here
    assert desk.campaign is not None and desk.campaign.ref == Ref("builtin", "collections")
    with pytest.raises(SessionError, match="already running"):
        desk.start_call()
    desk.start_hold()
    ended, _ = desk.end_call()  # the hold belonged to the call: it ended first
    assert not desk.hold.running and ended.missing_steps  # flagged, not blocked
    [hold] = services.activity.holds()
    assert not hold.open and hold.call_id == ended.call_id


def test_a_bare_id_names_the_team_packs_item_everywhere(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A team pack whose campaign has the built-in one's id, with a phrase of its own.
    text = (PACKS / "acme.yaml").read_text(encoding="utf-8")
    text = text.replace("  - id: acme-collections\n", "  - id: collections\n", 1)
    text = text.replace("campaigns: [acme-collections]", "campaigns: [collections]")
    team = tmp_path / "team.yaml"
    team.write_text(text, encoding="utf-8")
    assert main(["--data-dir", str(data_dir), "pack", "import", str(team)]) == 0
    ours = Ref("acme-collections", "collections")

    def searched(*campaign: str) -> list[str]:
        capsys.readouterr()
        words = ["search", "debt collection disclosure", "--json", *campaign]
        assert main(["--data-dir", str(data_dir), *words]) == 0
        return [hit["id"] for hit in json.loads(capsys.readouterr().out)]

    # The command line's search, the desk (softphone, window) and the core rule agree.
    assert "acme-disclosure" in searched("--campaign", "collections")
    assert "acme-disclosure" in searched("--campaign", "acme-collections/collections")
    assert "acme-disclosure" not in searched("--campaign", "builtin/collections")
    kb = open_knowledge_base(data_dir, backup=False)
    try:
        services = services_for(kb)
        services.desk.start_call("collections")
        assert services.desk.campaign is not None and services.desk.campaign.ref == ours
        assert find_ref("collections", [Ref("builtin", "collections"), ours]) == ours
        assert find_ref("collections", [Ref("builtin", "collections")]).pack == "builtin"  # type: ignore[union-attr]
        assert find_ref("nope/collections", [ours]) is None
    finally:
        kb.database.close()
