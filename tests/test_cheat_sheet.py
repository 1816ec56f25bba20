"""Cheat sheets: a campaign's call flow, persona tips and phrases by category, as a PDF."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import threading
import unicodedata
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QProcess
from pytestqt.qtbot import QtBot

from assistant.core.files import write_output
from assistant.core.model import CampaignType, Category, Direction, Reach
from assistant.core.pack import CallFlowStep, Campaign, Pack, Persona, Phrase
from assistant.packs.sheet import SheetError, build_sheets, sheet_html
from assistant.ui.editor.window import PackEditor
from assistant.ui.sheet_process import SheetMaker
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
    from assistant.ui.sheet_pdf import draw_sheet_pdf

    target = tmp_path / "care.pdf"
    data, pages = draw_sheet_pdf(HOSTILE, "care")
    write_output(target, data)  # as `pack sheet -o` writes it
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
    from assistant.ui.sheet_pdf import draw_sheet_pdf

    data, pages = draw_sheet_pdf(HOSTILE)
    write_output(tmp_path / "all.pdf", data)
    assert pages >= 2
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


@pytest.fixture
def sheet_editor(qtbot: QtBot, data_dir: Path, tmp_path: Path) -> Iterator[PackEditor]:
    """The pack editor of a window over a data folder, with acme.yaml open; temporary files
    go to tmp_path/temp, where a test can see what is left."""
    from assistant.services.opening import open_knowledge_base
    from assistant.ui.operations import Operations

    temp = tmp_path / "temp"
    temp.mkdir()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(tempfile, "tempdir", str(temp))
        kb = open_knowledge_base(data_dir, backup=False)
        operations = Operations(kb)
        editor = open_editor(qtbot, operations)
        assert editor.open_file(PACKS / "acme.yaml")
        yield editor
        operations.close()
        kb.database.close()


def made_here(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What the window's own process drew with Qt's text and PDF classes (nothing should)."""
    from assistant.ui import sheet_pdf

    drawn: list[str] = []

    def watched(name: str) -> Callable[..., Any]:
        def refuse(*args: Any, **kwargs: Any) -> Any:
            drawn.append(f"{name} on {threading.current_thread().name}")
            raise AssertionError(f"{name} made in the window's process")

        return refuse

    monkeypatch.setattr(sheet_pdf, "draw_sheet_pdf", watched("draw_sheet_pdf"))
    monkeypatch.setattr(sheet_pdf, "QTextDocument", watched("QTextDocument"))
    monkeypatch.setattr(sheet_pdf, "QPdfWriter", watched("QPdfWriter"))
    return drawn


def sheet_done(editor: PackEditor) -> bool:
    """Whether the status line has stopped saying that the sheet is being written."""
    return editor.last_message not in (
        "Writing the cheat sheet…",
        "Escribiendo la hoja de referencia…",
    )


def test_the_editors_cheat_sheet_is_made_in_a_process_of_its_own_in_the_agents_language(
    qtbot: QtBot, sheet_editor: PackEditor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Qt drawing the sheet kept Python's lock for its long calls: on a worker thread of the
    window it froze the window (0.4 s for the built-in pack, seconds for a large one). It is
    made by the program started again, in the agent's language, with the same fallback."""
    from assistant.ui import plain
    from assistant.ui.i18n import install_translators
    from assistant.ui.sheet_pdf import _PAGE

    drawn = made_here(monkeypatch)
    shown: list[str] = []
    monkeypatch.setattr(plain, "warn", lambda _parent, _title, text: shown.append(text))
    install_translators("es")
    try:
        target = tmp_path / "acme.pdf"
        assert sheet_editor.export_sheet(target)  # returns at once
        assert sheet_editor.last_message == "Escribiendo la hoja de referencia…"
        qtbot.waitUntil(lambda: sheet_done(sheet_editor), timeout=60_000)
    finally:
        install_translators("en")
    assert drawn == [] and shown == []
    assert sheet_editor.last_message == "Hoja de referencia escrita: acme.pdf."
    assert len(_PAGE.findall(target.read_bytes())) == 1
    text = pdf_text(target)
    assert "Guion de la llamada" in text and "Disclosure (obligatorio)" in text
    # The hold check-in phrase is the built-in pack's, resolved in the installed one.
    assert "Thank you for holding" in text
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".pdf"] == ["acme.pdf"]
    assert list((tmp_path / "temp").iterdir()) == []  # the draft's copy is gone


def test_a_sheet_that_cannot_be_written_says_where_and_why_and_leaves_what_was_there(
    qtbot: QtBot, sheet_editor: PackEditor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from assistant.ui import plain

    shown: list[str] = []
    monkeypatch.setattr(plain, "warn", lambda _parent, _title, text: shown.append(text))
    folder = tmp_path / "acme.pdf"  # a folder where the sheet would go
    folder.mkdir()
    (folder / "kept.txt").write_text("mine\n")
    assert sheet_editor.export_sheet(folder)
    qtbot.waitUntil(lambda: bool(shown), timeout=60_000)
    assert shown == [f"{folder}: cannot write: is a folder, not a file"]
    assert [p.name for p in folder.iterdir()] == ["kept.txt"]
    assert list((tmp_path / "temp").iterdir()) == []


def hanging_program(monkeypatch: pytest.MonkeyPatch) -> None:
    """The program started for a sheet never ends (it hangs)."""
    from assistant.ui import sheet_process

    monkeypatch.setattr(
        sheet_process,
        "program_command",
        lambda: [sys.executable, "-c", "import time; time.sleep(600)"],
    )


def hanging_sheet(
    qtbot: QtBot, editor: PackEditor, target: Path, monkeypatch: pytest.MonkeyPatch
) -> tuple[SheetMaker, QProcess, list[str]]:
    """The editor's sheet of ``target`` started, its program hanging: the editor's sheet
    maker, the sheet's running process, and the warnings the editor shows (none yet)."""
    from assistant.ui import plain

    hanging_program(monkeypatch)
    shown: list[str] = []
    monkeypatch.setattr(plain, "warn", lambda _parent, _title, text: shown.append(text))
    assert editor.export_sheet(target)
    maker = editor._sheets
    assert maker is not None
    qtbot.waitUntil(lambda: maker.running == 1)
    process = maker._running[0].process
    qtbot.waitUntil(lambda: process.state() is QProcess.ProcessState.Running)
    return maker, process, shown


def test_a_sheet_that_takes_too_long_is_stopped_with_a_message(
    qtbot: QtBot, sheet_editor: PackEditor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from assistant.ui import sheet_process

    monkeypatch.setattr(sheet_process, "SHEET_TIME_LIMIT_MS", 60_000 * 3)
    target = tmp_path / "acme.pdf"
    maker, process, shown = hanging_sheet(qtbot, sheet_editor, target, monkeypatch)
    maker._running[0]._limit.timeout.emit()  # the time limit is reached
    assert shown == [
        "Making the cheat sheet took longer than 3 minutes and was stopped; the file was not "
        "written."
    ]
    assert maker.running == 0 and process.state() is QProcess.ProcessState.NotRunning
    assert not target.exists() and list((tmp_path / "temp").iterdir()) == []


def test_closing_the_editor_stops_its_sheet_at_once(
    qtbot: QtBot, sheet_editor: PackEditor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "acme.pdf"
    maker, process, shown = hanging_sheet(qtbot, sheet_editor, target, monkeypatch)
    sheet_editor.doc.undo_stack.setClean()
    assert sheet_editor.close()
    assert process.state() is QProcess.ProcessState.NotRunning  # killed, not left to run on
    assert maker.running == 0 and shown == []
    assert not target.exists() and list((tmp_path / "temp").iterdir()) == []


def test_a_program_that_cannot_start_is_said(
    qtbot: QtBot, sheet_editor: PackEditor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from assistant.ui import plain, sheet_process

    monkeypatch.setattr(sheet_process, "program_command", lambda: [str(tmp_path / "missing")])
    shown: list[str] = []
    monkeypatch.setattr(plain, "warn", lambda _parent, _title, text: shown.append(text))
    assert sheet_editor.export_sheet(tmp_path / "acme.pdf")
    qtbot.waitUntil(lambda: bool(shown))
    assert shown[0].startswith("Agent Assistant could not be started to make the cheat sheet: ")
    assert list((tmp_path / "temp").iterdir()) == []


def test_the_program_is_started_as_it_was_started(monkeypatch: pytest.MonkeyPatch) -> None:
    """A source run is this Python running the package; a PyInstaller build is its own
    executable (the same command starts it with Windows)."""
    from assistant.resources import program_command

    assert program_command() == [sys.executable, "-m", "assistant"]
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", "/opt/agent-assistant/agent-assistant")
    assert program_command() == ["/opt/agent-assistant/agent-assistant"]


def test_pack_sheet_of_a_pack_file_in_spanish(data_dir: Path, tmp_path: Path) -> None:
    from assistant.commands.pack import SHEET_LANGUAGES
    from assistant.ui.i18n import LANGUAGES

    assert tuple(LANGUAGES) == SHEET_LANGUAGES
    target = tmp_path / "acme.pdf"
    result = run(
        "--data-dir", str(data_dir), "pack", "sheet", str(PACKS / "acme.yaml"), "-o", str(target),
        "--language", "es",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"{target}: wrote the cheat sheet of acme-collections (1 page)\n"
    text = pdf_text(target)
    assert "Guion de la llamada" in text and "Thank you for holding" in text
    broken = tmp_path / "broken.yaml"
    broken.write_text((PACKS / "acme.yaml").read_text().replace("hold-check-in", "nowhere"))
    refused = run("--data-dir", str(data_dir), "pack", "sheet", str(broken), "-o", str(target))
    assert refused.returncode == 1
    assert "nowhere" in refused.stderr
    assert refused.stderr.endswith(
        f"agent-assistant: {broken}: fix the problems above first; nothing was written\n"
    )
    assert "Guion de la llamada" in pdf_text(target)  # the sheet made before is left
    french = run("--data-dir", str(data_dir), "pack", "sheet", "builtin", "-o", str(target),
                 "--language", "fr")  # fmt: skip
    assert french.returncode == 2 and "--language: invalid choice: 'fr'" in french.stderr


def test_pack_sheet_never_writes_over_the_pack_file_it_is_made_of(
    data_dir: Path, tmp_path: Path
) -> None:
    pack = tmp_path / "acme.yaml"
    pack.write_bytes((PACKS / "acme.yaml").read_bytes())
    link = tmp_path / "acme.pdf"
    link.symlink_to(pack)  # -o is written through links: this one leads to the pack
    before = pack.read_bytes()
    for output in (pack, link):
        result = run("--data-dir", str(data_dir), "pack", "sheet", str(pack), "-o", str(output))
        assert result.returncode == 1, result.stderr
        assert result.stderr == (
            f"agent-assistant: {output} is {pack}, the pack file the sheet is made of (the same "
            "file, by a link or another name), and writing it would replace it; choose another "
            "output file (nothing was written)\n"
        )
        assert pack.read_bytes() == before
