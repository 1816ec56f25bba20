"""The pack editor signs what it publishes with the supervisor's key from the settings."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from assistant.packs.signing import keygen, verify_file
from assistant.settings import Settings
from assistant.store.knowledge import KnowledgeBase
from assistant.ui import plain
from assistant.ui.editor.window import PackEditor
from tests.conftest import PACKS, new_window


def test_publish_from_the_menu_writes_a_signature_that_verifies(
    qtbot: QtBot, kb: KnowledgeBase, data_dir: Path, tmp_path: Path
) -> None:
    public = keygen(tmp_path / "team-key")
    shared = tmp_path / "shared"
    shared.mkdir()
    settings = Settings(data_dir)
    settings.signing_key = str(tmp_path / "team-key")
    settings.pack_folder = str(shared)
    window = new_window(kb, settings)
    qtbot.addWidget(window)
    window.menus.show_pack_editor()
    editor = window.menus.pack_editor
    assert editor is not None
    qtbot.addWidget(editor)
    assert editor.open_file(PACKS / "acme.yaml")
    assert editor.publish()  # on the pack writer
    qtbot.waitUntil(lambda: editor.published is not None, timeout=10000)
    target = editor.published
    assert target == shared / "acme-collections.yaml"
    assert verify_file(target, public) is None  # untouched and signed by that key
    target.write_bytes(target.read_bytes() + b"# changed after signing\n")
    assert verify_file(target, public) is not None


@pytest.mark.parametrize("action", ["publish", "install"])
@pytest.mark.parametrize("key", ["missing-key", "not-a-key"])
def test_a_key_that_cannot_sign_is_reported_and_nothing_is_published(
    qtbot: QtBot,
    kb: KnowledgeBase,
    data_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    key: str,
    action: str,
) -> None:
    (tmp_path / "not-a-key").write_text("hello\n", encoding="utf-8")
    editor, shown, shared = _editor_as_supervisor(
        qtbot, kb, data_dir, tmp_path, monkeypatch, str(tmp_path / key)
    )
    assert getattr(editor, action)()  # starts; the key is read on the pack writer
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    assert editor.published is None
    assert len(shown) == 1 and str(tmp_path / key) in shown[0] and "Signing key" in shown[0]
    assert list(shared.iterdir()) == []  # neither the pack nor a signature
    assert kb.pack_version("acme-collections") is None


# ------------------------------------------- the IT policy's signing rule, said of the draft


def _policy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    policy = tmp_path / "it" / "policy.ini"
    policy.parent.mkdir(exist_ok=True)
    policy.write_text(text, encoding="utf-8")
    monkeypatch.setenv("AGENT_ASSISTANT_POLICY", str(policy))


@pytest.fixture
def it_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """IT's listed key, in a policy that requires it."""
    public = keygen(tmp_path / "it" / "packs-signing")
    _policy(tmp_path, monkeypatch, "[packs]\nrequired_signing_keys = packs-signing.pub\n")
    return public


def _refused(
    qtbot: QtBot,
    kb: KnowledgeBase,
    data_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    key: str,
    action: str,
) -> tuple[PackEditor, list[str], Path]:
    """The editor's ``action`` ("publish", "install") run as the supervisor with ``key``,
    once it said why not: the editor, the warnings shown, and the shared folder."""
    editor, shown, shared = _editor_as_supervisor(qtbot, kb, data_dir, tmp_path, monkeypatch, key)
    assert getattr(editor, action)()
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    return editor, shown, shared


def _editor_as_supervisor(
    qtbot: QtBot,
    kb: KnowledgeBase,
    data_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    key: str,
) -> tuple[PackEditor, list[str], Path]:
    """The pack editor opened from the menu, Settings naming ``key`` (empty: none) and the
    shared folder; the warnings it shows are collected."""
    shared = tmp_path / "shared"
    shared.mkdir()
    settings = Settings(data_dir)
    settings.signing_key = key
    settings.pack_folder = str(shared)
    shown: list[str] = []
    monkeypatch.setattr(plain, "warn", lambda _parent, _title, text: shown.append(text))
    window = new_window(kb, settings)
    qtbot.addWidget(window)
    window.menus.show_pack_editor()
    editor = window.menus.pack_editor
    assert editor is not None
    qtbot.addWidget(editor)
    assert editor.open_file(PACKS / "acme.yaml")
    return editor, shown, shared


@pytest.mark.parametrize("action", ["publish", "install"])
def test_a_key_it_does_not_list_is_named_with_what_to_do(
    qtbot: QtBot,
    kb: KnowledgeBase,
    data_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    it_key: Path,
    action: str,
) -> None:
    keygen(tmp_path / "my-key")  # a key of the supervisor's own, which IT does not list
    editor, shown, shared = _refused(
        qtbot, kb, data_dir, tmp_path, monkeypatch, str(tmp_path / "my-key"), action
    )
    # Not "the signature in acme-collections.yaml.sig does not match: the file was changed
    # after it was signed": the draft has no .sig, and nobody changed it.
    assert shown == [
        "Your signing key (my-key, from Settings) is not one IT lists in policy.ini "
        "(required_signing_keys: packs-signing.pub): ask IT to list my-key.pub, or choose a "
        "listed key in Settings (Signing key)."
    ]
    assert list(shared.iterdir()) == [] and editor.published is None
    assert kb.pack_version("acme-collections") is None


@pytest.mark.parametrize("action", ["publish", "install"])
def test_no_key_where_it_requires_one_says_to_choose_it_in_settings(
    qtbot: QtBot,
    kb: KnowledgeBase,
    data_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    it_key: Path,
    action: str,
) -> None:
    editor, shown, shared = _refused(qtbot, kb, data_dir, tmp_path, monkeypatch, "", action)
    assert shown == [
        "IT requires every pack to be signed (policy.ini): choose your signing key in "
        f"Settings (Signing key), then {action} again."
    ]
    assert list(shared.iterdir()) == [] and editor.published is None
    assert kb.pack_version("acme-collections") is None


def test_a_listed_key_that_is_not_all_readable_says_so_after_the_drafts_refusal(
    qtbot: QtBot,
    kb: KnowledgeBase,
    data_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    it_key: Path,
) -> None:
    _policy(
        tmp_path,
        monkeypatch,
        "[packs]\nrequired_signing_keys = packs-signing.pub, gone.pub\n",
    )
    editor, shown, shared = _refused(qtbot, kb, data_dir, tmp_path, monkeypatch, "", "publish")
    assert shown[0].startswith("IT requires every pack to be signed (policy.ini)")
    assert shown[0].endswith(
        f"publish again. The IT policy's signing keys cannot all be read: policy key 2: the "
        f"key file {tmp_path / 'it' / 'gone.pub'} does not exist"
    )
    assert list(shared.iterdir()) == []


def test_when_no_listed_key_can_be_read_the_policy_is_what_is_said(
    qtbot: QtBot,
    kb: KnowledgeBase,
    data_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _policy(tmp_path, monkeypatch, "[packs]\nrequired_signing_keys = gone.pub\n")
    keygen(tmp_path / "my-key")
    editor, shown, shared = _refused(
        qtbot, kb, data_dir, tmp_path, monkeypatch, str(tmp_path / "my-key"), "publish"
    )
    # No key of IT's to name: choosing another one would not help.
    assert shown == [
        "The IT policy's signing keys cannot all be read: policy key 1: the key file "
        f"{tmp_path / 'it' / 'gone.pub'} does not exist"
    ]
    assert list(shared.iterdir()) == []


def test_a_policy_that_cannot_be_used_is_reported_as_it_is(
    qtbot: QtBot,
    kb: KnowledgeBase,
    data_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _policy(tmp_path, monkeypatch, "[packs]\nrequired_signing_key = packs-signing.pub\n")
    keygen(tmp_path / "my-key")
    editor, shown, shared = _refused(
        qtbot, kb, data_dir, tmp_path, monkeypatch, str(tmp_path / "my-key"), "publish"
    )
    assert shown[0].startswith(f"The policy file {tmp_path / 'it' / 'policy.ini'} cannot be used")
    assert "did you mean required_signing_keys?" in shown[0]
    assert shown[0].endswith("no pack is installed until IT fixes it")
    assert list(shared.iterdir()) == []


def test_a_listed_key_publishes(
    qtbot: QtBot,
    kb: KnowledgeBase,
    data_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    it_key: Path,
) -> None:
    editor, shown, shared = _editor_as_supervisor(
        qtbot, kb, data_dir, tmp_path, monkeypatch, str(tmp_path / "it" / "packs-signing")
    )
    assert editor.publish()
    qtbot.waitUntil(lambda: editor.published is not None, timeout=10000)
    assert shown == []
    assert verify_file(shared / "acme-collections.yaml", it_key) is None
