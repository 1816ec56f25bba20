"""Warnings: printed, never blocking an import."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.cli import main
from assistant.packs import validate_pack_bytes
from assistant.packs.errors import Severity

PACK = """format: agent-assistant/pack@1
id: reach
name: Reach
version: 1
campaigns:
  - id: line-a
    name: A
    type: sales
    direction: inbound
    reach: domestic
    hold: {check_in_phrase: hold-b}
    call_flow:
      - step: Opening
        phrases: [greet-b, greet-all]
  - id: line-b
    name: B
    type: sales
    direction: inbound
    reach: domestic
phrases:
  - {id: greet-b, title: Hi, text: hi, category: opening, campaigns: [line-b]}
  - {id: greet-all, title: Hi all, text: hi, category: opening}
  - {id: hold-b, title: Hold, text: still there, category: hold, campaigns: [line-b]}
"""


def test_a_phrase_a_campaign_points_at_but_cannot_reach_is_a_warning() -> None:
    result = validate_pack_bytes("reach.yaml", PACK.encode("utf-8"))
    assert result.pack is not None
    assert all(p.severity is Severity.WARNING for p in result.problems)
    messages = [str(p) for p in result.problems]
    assert messages == [
        "reach.yaml:11:29: campaigns[0].hold.check_in_phrase: warning: the phrase 'hold-b' is "
        "limited to the campaigns line-b, so agents on 'line-a' cannot reach it; add 'line-a' "
        "to its campaigns or remove the campaigns line",
        "reach.yaml:14:19: campaigns[0].call_flow[0].phrases[0]: warning: the phrase 'greet-b' "
        "is limited to the campaigns line-b, so agents on 'line-a' cannot reach it; add "
        "'line-a' to its campaigns or remove the campaigns line",
    ]


def test_warnings_are_printed_but_validate_and_import_succeed(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "reach.yaml"
    path.write_text(PACK, encoding="utf-8")
    assert main(["--data-dir", str(data_dir), "pack", "validate", str(path)]) == 0
    out = capsys.readouterr().out
    assert "warning: the phrase 'greet-b' is limited" in out
    assert f"{path}: ok: reach version 1" in out
    assert main(["--data-dir", str(data_dir), "pack", "import", str(path)]) == 0
