"""The pack editor signs what it publishes with the supervisor's key from the settings."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from assistant.packs.signing import keygen, verify_file
from assistant.settings import Settings
from assistant.store.knowledge import KnowledgeBase
from assistant.ui import plain
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


@pytest.mark.parametrize("key", ["missing-key", "not-a-key"])
def test_a_key_that_cannot_sign_is_reported_and_nothing_is_published(
    qtbot: QtBot,
    kb: KnowledgeBase,
    data_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    key: str,
) -> None:
    (tmp_path / "not-a-key").write_text("hello\n", encoding="utf-8")
    shared = tmp_path / "shared"
    shared.mkdir()
    settings = Settings(data_dir)
    settings.signing_key = str(tmp_path / key)
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
    assert editor.publish()  # starts; the key is read on the pack writer
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    assert editor.published is None
    assert len(shown) == 1 and str(tmp_path / key) in shown[0] and "Signing key" in shown[0]
    assert list(shared.iterdir()) == []  # neither the pack nor a signature
