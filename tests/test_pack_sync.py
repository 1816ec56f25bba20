"""Packs from a shared folder and the IT policy file that names it."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from assistant.core.model import Ref
from assistant.packs.packfile import PackFile
from assistant.services.intake import PackIntake
from assistant.services.policy import POLICY_ENV, load_policy, policy_path
from assistant.services.shared_folder import FolderSync
from assistant.store.knowledge import KnowledgeBase
from tests.conftest import PACKS

ACME = (PACKS / "acme.yaml").read_text(encoding="utf-8")


def _publish(folder: Path, name: str, text: str, stamp: int) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    os.utime(path, ns=(stamp, stamp))  # a new modification time, as a copy over the share gives
    return path


def test_new_and_newer_packs_are_installed_and_the_rest_reported(
    kb: KnowledgeBase, tmp_path: Path
) -> None:
    share = tmp_path / "share"
    share.mkdir()
    _publish(share, "acme.yaml", ACME, 1_000)
    _publish(share, "broken.yaml", "format: agent-assistant/pack@1\nid: broken\n", 1_000)
    (share / "notes.txt").write_text("not a pack", encoding="utf-8")
    sync = FolderSync(PackIntake(kb))

    report = sync.scan(share)
    assert [(s.pack_id, s.version) for s in report.installed] == [("acme-collections", 3)]
    [(path, problems)] = report.skipped
    assert path.name == "broken.yaml"
    assert "the required field 'name' is missing" in problems[0]
    assert kb.pack_version("broken") is None
    assert any(line.startswith("Skipped broken.yaml: ") for line in report.lines())

    # Nothing changed on the share: nothing to say.
    again = sync.scan(share)
    assert not again.changed and again.unchanged == 2

    # The agent's favourites survive the supervisor's update; the new version is installed.
    kb.record_use(Ref("acme-collections", "acme-greet"))
    _publish(share, "acme.yaml", ACME.replace("version: 3", "version: 4"), 2_000)
    newer = sync.scan(share)
    assert [(s.version, s.replaced_version) for s in newer.installed] == [(4, 3)]
    assert "Installed acme-collections version 4 (was version 3)" in newer.lines()[0]
    phrase = kb.phrase(Ref("acme-collections", "acme-greet"))
    assert phrase is not None and phrase.uses == 1

    # An older copy is not an update, and the same version with other content is reported.
    _publish(share, "acme.yaml", ACME.replace("version: 3", "version: 2"), 3_000)
    assert not sync.scan(share).changed
    changed = ACME.replace("version: 3", "version: 4").replace("ACME Card", "ACME Cards")
    _publish(share, "acme.yaml", changed, 4_000)
    [(_, problems)] = sync.scan(share).skipped
    assert "raise the version number" in problems[0]
    # At the version line, not at the file's first.
    version_line = changed.splitlines().index("version: 4") + 1
    assert problems[0].startswith(f"{share / 'acme.yaml'}:{version_line}:10: version: ")
    assert kb.pack_version("acme-collections") == 4


def test_a_folder_that_cannot_be_reached_is_reported(kb: KnowledgeBase, tmp_path: Path) -> None:
    report = FolderSync(PackIntake(kb)).scan(tmp_path / "offline-share")
    assert report.changed
    assert "cannot be read" in report.folder_problem


def test_the_signature_hook_can_refuse_a_pack(kb: KnowledgeBase, tmp_path: Path) -> None:
    share = tmp_path / "share"
    share.mkdir()
    _publish(share, "acme.yaml", ACME, 1_000)
    seen: list[int] = []

    def verify(file: PackFile) -> str | None:
        seen.append(len(file.data))
        return "no signature by a key the policy requires"

    report = FolderSync(PackIntake(kb, verify=verify)).scan(share)
    assert seen and not report.installed
    assert "no signature" in report.skipped[0][1][0]
    assert kb.pack_version("acme-collections") is None


def test_the_policy_file_names_the_pack_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    policy = tmp_path / "policy.ini"
    policy.write_text("\ufeff[packs]\nfolder = " + str(tmp_path / "share") + "\n", encoding="utf-8")
    monkeypatch.setenv(POLICY_ENV, str(policy))
    assert policy_path() == policy
    loaded = load_policy()
    assert loaded.pack_folder == tmp_path / "share"
    assert loaded.problem == ""


def test_one_rule_names_the_shared_pack_folder_for_the_watch_publish_and_the_team(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from assistant.services.policy import Policy
    from assistant.services.team import TEAM_SUBFOLDER, team_config
    from assistant.ui.editor.window import shared_pack_folder

    monkeypatch.setenv("TEAM_SHARE", str(tmp_path / "share"))
    setting = " $TEAM_SHARE/packs "  # as typed in Settings: spaces, a variable
    mine = tmp_path / "share" / "packs"
    assert Policy().shared_pack_folder(setting) == mine
    assert Policy().shared_pack_folder("  ") is None
    assert Policy(pack_folder=tmp_path / "it").shared_pack_folder(setting) == tmp_path / "it"
    # The editor's Publish and the team folder say the same (the folder watch calls it too).
    monkeypatch.setenv(POLICY_ENV, str(tmp_path / "no-policy.ini"))
    assert shared_pack_folder(type("S", (), {"pack_folder": setting})()) == mine
    team = team_config(Policy(), publish=True, folder="", display_name="Ana", pack_folder=setting)
    assert team.folder == mine / TEAM_SUBFOLDER


def test_no_policy_file_and_a_broken_one(tmp_path: Path) -> None:
    assert load_policy(tmp_path / "none.ini").pack_folder is None
    broken = tmp_path / "policy.ini"
    broken.write_text("folder = no section\n", encoding="utf-8")
    assert "cannot be read" in load_policy(broken).problem


def test_an_installed_build_reads_the_policy_from_the_machine_wide_folder_only(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import sys

    from assistant.services import policy

    monkeypatch.setenv(POLICY_ENV, str(tmp_path / "agents-own.ini"))
    assert policy_path() == tmp_path / "agents-own.ini"  # a source checkout: for tests
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    # Installed: the variable is ignored; an agent cannot point the policy at nothing.
    assert policy_path() == policy.machine_policy_path()
    monkeypatch.setattr(sys, "platform", "linux")
    assert policy.machine_policy_path() == Path("/etc/agent-assistant/policy.ini")
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setenv("PROGRAMDATA", r"D:\ProgramData")
    assert policy.machine_policy_path() == Path(r"D:\ProgramData") / "Agent Assistant" / (
        "policy.ini"
    )


def test_the_folder_reads_only_its_own_regular_files_each_in_limited_time(
    kb: KnowledgeBase, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from assistant.services import shared_folder

    secret = tmp_path / "secret.txt"
    secret.write_text("root:$6$hash-of-a-password:19000:0:99999:7:::\n", encoding="utf-8")
    share = tmp_path / "share"
    share.mkdir()
    (share / "shadow.yaml").symlink_to(secret)  # a link out of the folder
    os.mkfifo(share / "pipe.yaml")  # would block a reader forever
    _publish(share, "acme.yaml", ACME, 1_000)
    sync = FolderSync(PackIntake(kb))
    report = sync.scan(share)
    assert [s.pack_id for s in report.installed] == ["acme-collections"]
    skipped = {path.name: problems[0] for path, problems in report.skipped}
    assert "is a link" in skipped["shadow.yaml"]
    assert "pipe.yaml" not in skipped  # not a file: passed over without being opened
    assert "hash-of-a-password" not in " ".join(report.lines())  # never read, never quoted
    # A link is reported once, not at every scan.
    assert not any(p.name == "shadow.yaml" for p, _ in sync.scan(share).skipped)

    # A read that stalls (a share gone quiet) is given up on; the other files go on. The stall
    # lasts until the test ends, so the give-up cannot race it; then the reader is let go.
    from assistant.packs.packfile import read_pack_file

    quiet = threading.Event()

    def stall(path: Path, **kwargs: bool) -> PackFile:
        if path.name == "slow.yaml":
            quiet.wait(30)  # a share gone quiet
        return read_pack_file(path, **kwargs)

    monkeypatch.setattr(shared_folder, "read_pack_file", stall)
    _publish(share, "slow.yaml", ACME.replace("acme-collections", "acme-slow"), 2_000)
    _publish(share, "next.yaml", ACME.replace("acme-collections", "acme-next"), 2_000)
    sync.read_timeout_s = 1.0
    readers = {t for t in threading.enumerate() if t.name == "pack-folder-read"}
    try:
        report = sync.scan(share)
        assert [s.pack_id for s in report.installed] == ["acme-next"]
        [(path, [problem])] = [(p, probs) for p, probs in report.skipped if p.name == "slow.yaml"]
        assert "could not be read within" in problem
    finally:
        quiet.set()
        for thread in threading.enumerate():
            if thread.name == "pack-folder-read" and thread not in readers:
                thread.join(30)


def test_a_start_over_an_unchanged_shared_folder_parses_nothing(
    kb: KnowledgeBase, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from assistant.services import intake

    share = tmp_path / "share"
    share.mkdir()
    _publish(share, "acme.yaml", ACME, 1_000)
    assert [s.pack_id for s in FolderSync(PackIntake(kb)).scan(share).installed] == [
        "acme-collections"
    ]

    def no_parsing(*_args: object) -> None:
        raise AssertionError("an installed pack was parsed again")

    # The next start: a new intake and a new folder sync, as the window makes them.
    monkeypatch.setattr(intake, "_parse", no_parsing)
    report = FolderSync(PackIntake(kb)).scan(share)
    assert report.installed == [] and report.skipped == []
    assert kb.pack_version("acme-collections") == 3


def test_the_report_counts_one_phrase_as_one(tmp_path: Path) -> None:
    from assistant.services.shared_folder import SyncReport
    from assistant.store.rows import ImportSummary

    report = SyncReport(tmp_path, installed=[ImportSummary("tiny", 2, 1, 0, 0, 1)])
    assert report.lines() == ["Installed tiny version 2 (was version 1): 1 phrase."]
