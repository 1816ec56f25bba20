"""Cheat sheets: a campaign's call flow, persona tips and phrases by category, as a PDF."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from assistant.core.model import CampaignType, Category, Direction, Reach
from assistant.core.pack import CallFlowStep, Campaign, Pack, Persona, Phrase
from assistant.packs.sheet import SheetError, build_sheets, sheet_html
from assistant.store.knowledge import KnowledgeBase
from tests.conftest import PACKS, open_editor
from tests.test_cli import run

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed"
)

HOSTILE = Pack(
    id="sheet-test",
    name="Sheet test",
    version=2,
    campaigns=(
        Campaign(
            "care", "Care <b>line</b>", CampaignType.HELP_DESK, Direction.INBOUND, Reach.DOMESTIC,
            call_flow=(
                CallFlowStep("Greet & welcome", ("hello",)),
                CallFlowStep("Verify identity", (), required=True),
            ),
        ),
        Campaign("other", "Other", CampaignType.SALES, Direction.OUTBOUND, Reach.DOMESTIC),
    ),
    personas=(Persona("calm", "Calm", tips=("Match their pace",), avoid=("Rushing",)),),
    phrases=(
        Phrase("hello", "Hello", "Hi {customer_name}, <script>x</script>!", Category.OPENING),
        Phrase("bye", "Goodbye", "Thanks & goodbye.", Category.CLOSING, campaigns=("care",)),
        Phrase("pitch", "Pitch", "Our offer.", Category.SALES, campaigns=("other",)),
    ),
)  # fmt: skip


def pdf_text(path: Path) -> str:
    out = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return unicodedata.normalize("NFKC", out)  # "ﬂ" ligatures back to "fl"


def test_a_campaign_sheet_lists_its_flow_personas_and_phrases_by_category(
    qapp: object, tmp_path: Path
) -> None:
    from assistant.ui.sheet_pdf import write_sheet_pdf

    target = tmp_path / "care.pdf"
    pages = write_sheet_pdf(HOSTILE, target, "care")
    assert pages >= 1
    text = pdf_text(target)
    assert "Care <b>line</b>" in text  # pack text is shown, never interpreted as markup
    assert "Call flow" in text and "Greet & welcome" in text
    assert "Verify identity (required)" in text
    assert "<script>x</script>" in text
    assert "Match their pace" in text and "Rushing" in text
    assert "Opening" in text and "Closing" in text and "Thanks & goodbye." in text
    assert "Our offer." not in text  # limited to the other campaign
    assert [p.name for p in tmp_path.iterdir()] == ["care.pdf"]


def test_every_campaign_gets_its_own_page(qapp: object, tmp_path: Path) -> None:
    from assistant.ui.sheet_pdf import write_sheet_pdf

    assert write_sheet_pdf(HOSTILE, tmp_path / "all.pdf") >= 2
    assert "Our offer." in pdf_text(tmp_path / "all.pdf")


def test_an_unknown_campaign_is_named_in_the_error() -> None:
    with pytest.raises(SheetError, match="no campaign 'nope'.*care, other"):
        build_sheets(HOSTILE, "nope")


def test_the_html_escapes_everything_from_the_pack() -> None:
    html = sheet_html(build_sheets(HOSTILE, "care"))
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "Care &lt;b&gt;line&lt;/b&gt;" in html


def test_pack_sheet_command_writes_the_pdf(data_dir: Path, tmp_path: Path) -> None:
    target = tmp_path / "collections.pdf"
    result = run(
        "--data-dir", str(data_dir), "pack", "sheet", "builtin", "-o", str(target),
        "--campaign", "collections",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "wrote the cheat sheet" in result.stdout
    text = pdf_text(target)
    assert "Collections" in text and "Debt-collector disclosure (required)" in text
    assert "Customer moods" in text and "Phrases" in text
    missing = run("--data-dir", str(data_dir), "pack", "sheet", "builtin", "-o", str(target),
                  "--campaign", "nope")  # fmt: skip
    assert missing.returncode == 1 and "no campaign 'nope'" in missing.stderr
    empty = run("--data-dir", str(data_dir), "pack", "sheet", "builtin", "-o", str(target),
                "--campaign=")  # fmt: skip
    assert empty.returncode == 2 and "--campaign: needs a campaign id" in empty.stderr
    # One page is said in the singular.
    imported = run("--data-dir", str(data_dir), "pack", "import", str(PACKS / "acme.yaml"))
    assert imported.returncode == 0, imported.stderr
    one = run("--data-dir", str(data_dir), "pack", "sheet", "acme-collections", "-o", str(target))
    assert one.stdout == f"{target}: wrote the cheat sheet of acme-collections (1 page)\n"


def test_rich_fields_read_plainly_on_paper() -> None:
    from assistant.packs.sheet import readable

    text = "About {reason:Billing|Other}, plan {plan=Basic}. [[?w: Covered, {name}.]] {{x}}"
    assert readable(text) == (
        "About {reason: Billing / Other}, plan {plan, e.g. Basic}. [optional: Covered, {name}.] {x}"
    )


def test_the_editors_cheat_sheet_is_written_off_the_window_thread(
    qtbot: QtBot, kb: KnowledgeBase, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A sheet of 10,000 phrases froze the window (and its hold timer) for 74 s: it is drawn
    on the pack writer, and the window answers meanwhile."""
    import threading

    from assistant.ui import sheet_pdf
    from assistant.ui.operations import Operations

    drawn_on: list[str] = []
    real = sheet_pdf.write_sheet_pdf

    def watched(*args: Any, **kwargs: Any) -> int:
        drawn_on.append(threading.current_thread().name)
        return real(*args, **kwargs)

    monkeypatch.setattr(sheet_pdf, "write_sheet_pdf", watched)
    editor = open_editor(qtbot, Operations(kb))
    assert editor.open_file(PACKS / "acme.yaml")
    target = tmp_path / "acme.pdf"
    assert editor.export_sheet(target)  # returns at once; the status line says when it is done
    qtbot.waitUntil(lambda: target.exists() and "Wrote the cheat sheet" in editor.last_message)
    assert drawn_on == ["pack-writer"]
    assert target.read_bytes().startswith(b"%PDF")
