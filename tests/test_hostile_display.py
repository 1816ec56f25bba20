"""A pack full of HTML, script tags, links, image references, right-to-left text and very long
lines is shown as the characters it holds, everywhere pack text appears: no markup rendered,
no link opened, no resource loaded, nothing unbounded. Control characters and direction
overrides never get that far: the loader refuses them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import Qt as QtGui
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QToolButton
from pytestqt.qtbot import QtBot

from assistant.cli import main
from assistant.core.model import Ref
from assistant.packs.loader import validate_pack_bytes
from assistant.services.intake import import_file
from assistant.settings import Settings
from assistant.store.knowledge import KnowledgeBase
from assistant.ui.fill_form import FillForm
from assistant.ui.main_window import MainWindow
from assistant.ui.plain import MAX_TOOLTIP_CHARS
from tests.conftest import PACKS, new_window

MARKUP = (
    '<b>bold</b> <a href="http://evil.example/x">click</a> <img src="file:///etc/hosts"> '
    "<script>alert(1)</script> &amp; <style>*{{color:red}}</style>"
)
RTL = "\u05e9\u05dc\u05d5\u05dd \u0645\u0631\u062d\u0628\u0627"  # Hebrew and Arabic text
LONG = "word " * 700  # one 3,500-character line

HOSTILE = {
    "format": "agent-assistant/pack@1",
    "id": "hostile-display",
    "name": f"<i>Pack</i> {MARKUP}"[:120],
    "version": 1,
    "author": "<u>author</u>",
    "description": MARKUP,
    "campaigns": [
        {
            "id": "html-campaign",
            "name": f"<h1>Campaign</h1> {RTL}",
            "type": "customer-service",
            "direction": "inbound",
            "reach": "domestic",
            "description": MARKUP + " " + LONG[:1500],
            "hold": {"check_in_seconds": 60, "check_in_phrase": "html-phrase"},
            "call_flow": [{"step": "<marquee>Opening</marquee>", "phrases": ["html-phrase"]}],
        }
    ],
    "personas": [
        {
            "id": "html-persona",
            "name": "<b>Loud</b>",
            "signs": [MARKUP[:300]],
            "tips": ["<a href='http://evil.example'>tip</a>", RTL],
            "avoid": ["<script>x()</script>"],
            "phrases": ["html-phrase"],
        }
    ],
    "phrases": [
        {
            "id": "html-phrase",
            "title": "<b>Title</b> <script>t()</script>",
            "text": f"{MARKUP} {RTL} {{account_ref}} {LONG}",
            "category": "hold",
            "tags": ["<i>tag</i>"],
        }
    ],
}


@pytest.fixture
def hostile_file(tmp_path: Path) -> Path:
    path = tmp_path / "hostile.json"
    path.write_text(json.dumps(HOSTILE, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.fixture
def window(qtbot: QtBot, kb: KnowledgeBase, data_dir: Path, hostile_file: Path) -> MainWindow:
    import_file(kb, hostile_file)
    main_window = new_window(kb, Settings(data_dir))
    qtbot.addWidget(main_window)
    main_window.show()
    return main_window


def _interpreted(text: str) -> bool:
    """Does this string carry the pack's markup unescaped (which a tooltip or a rich-text
    label would render)? The program's own tags (headings in the persona card) do not count."""
    raw = ("<script", "<a href", "<img", "<b>bold", "<b>Title", "<b>Loud", "<h1>", "<i>")
    return any(tag in text for tag in raw)


def _check_every_widget() -> int:
    """Sweep every live widget: labels that hold pack markup show it as plain text (or
    escaped), no label opens links, no tooltip carries raw markup or runs on forever."""
    checked = 0
    for widget in QApplication.allWidgets():
        tip = widget.toolTip()
        assert not _interpreted(tip), f"{widget.objectName() or type(widget).__name__}: {tip}"
        assert len(tip) < MAX_TOOLTIP_CHARS * 6  # escaped entities lengthen it; still bounded
        if isinstance(widget, QLabel):
            assert not widget.openExternalLinks()
            if _interpreted(widget.text()):
                assert widget.textFormat() == Qt.TextFormat.PlainText, widget.objectName()
                checked += 1
    return checked


def _model_tooltips(model: QAbstractItemModel, columns: int = 1) -> list[str]:
    tips = []
    for row in range(model.rowCount()):
        for column in range(columns):
            index = model.index(row, column, QModelIndex())
            tip = index.data(Qt.ItemDataRole.ToolTipRole)
            if tip:
                tips.append(str(tip))
    return tips


def test_every_place_shows_hostile_pack_text_as_plain_characters(
    qtbot: QtBot, window: MainWindow
) -> None:
    # The campaign picker: the name as typed, the summary a plain label.
    assert window.campaigns.select(Ref("hostile-display", "html-campaign"))
    assert window.campaigns.combo.currentText() == f"<h1>Campaign</h1> {RTL}"
    assert window.campaigns.summary.textFormat() == Qt.TextFormat.PlainText
    for tip in _model_tooltips(window.campaigns.model):
        assert not _interpreted(tip)
    campaign_tip = _model_tooltips(window.campaigns.model)[-1]
    assert "&lt;h1&gt;Campaign&lt;/h1&gt;" in campaign_tip
    assert len(campaign_tip) < MAX_TOOLTIP_CHARS * 6

    # The persona buttons and card: the name literal; the card is escaped rich text.
    button = next(
        b for b in window.personas.buttons_box.findChildren(QToolButton) if "Loud" in b.text()
    )
    assert button.text() == "<b>Loud</b>"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    tips = window.personas.tips
    assert not tips.openExternalLinks()
    if tips.textFormat() == Qt.TextFormat.RichText:
        assert "&lt;a href=" in tips.text() and "<a href" not in tips.text()
        assert "&lt;script&gt;" in tips.text()
    assert RTL in tips.text()

    # The phrase list (model, delegate, tooltip) and the preview.
    model = window.library.model
    rows = [
        r
        for r in range(model.rowCount())
        if "Title" in str(model.index(r, 0).data(Qt.ItemDataRole.DisplayRole) or "")
    ]
    assert rows, "the hostile phrase is listed"
    index = model.index(rows[0], 0)
    assert index.data(Qt.ItemDataRole.DisplayRole) == "<b>Title</b> <script>t()</script>"
    tip = index.data(Qt.ItemDataRole.ToolTipRole)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in tip and not _interpreted(tip)
    assert tip.count("word") < 250  # the 3,500-character line is cut in the tooltip
    window.library.view.setCurrentIndex(index)
    preview = window.library.preview
    assert preview.textFormat() == Qt.TextFormat.PlainText
    assert preview.text().startswith(MARKUP.replace("{{", "{").replace("}}", "}"))

    # The fill-in form the custom placeholder brings up.
    form = FillForm(
        "<b>Title</b> <script>t()</script>",
        HOSTILE["phrases"][0]["text"],  # type: ignore[index]
        {},
        ["account_ref"],
        window,
    )
    qtbot.addWidget(form)
    form.show()
    field = form.fields["account_ref"]
    assert isinstance(field, QLineEdit)
    field.setText("<img src='file:///etc/hosts'>")
    assert form.preview.textFormat() == Qt.TextFormat.PlainText
    assert "<img src='file:///etc/hosts'>" in form.preview.text()
    assert form.windowTitle().startswith("Fill in: <b>Title</b>")  # titles are never markup

    # The pack manager table.
    dialog = window.pack_tools.open_manager()
    table_tips = _model_tooltips(dialog.model, columns=9)
    assert any("&lt;script&gt;" in t for t in table_tips)
    assert not any(_interpreted(t) for t in table_tips)
    names = [str(dialog.model.index(r, 0).data()) for r in range(dialog.model.rowCount())]
    assert any(n.startswith("<i>Pack</i>") for n in names)

    assert _check_every_widget() >= 2  # at least the phrase preview and the form preview
    form.close()


def test_escaped_tooltips_are_not_markup_to_qt() -> None:
    from assistant.ui.plain import tooltip

    shown = tooltip(MARKUP + LONG)
    # Qt renders the escaped paragraph; the only tags in it are the ones tooltip() wrote.
    assert QtGui.mightBeRichText(shown)
    assert shown.count("<") == 2
    assert "&lt;script&gt;" in shown and shown.endswith("…</p>")


@pytest.mark.parametrize(
    ("character", "what"),
    [
        ("\u202e", "the text-direction override U+202E"),
        ("\u202d", "the text-direction override U+202D"),
        ("\u2066", "the text-direction isolate U+2066"),
        ("\u2067", "the text-direction isolate U+2067"),
        ("\u2068", "the text-direction isolate U+2068"),
        ("\u2069", "the text-direction isolate U+2069"),
        ("\u0007", "the invisible control character U+0007"),
        ("\u001b", "the invisible control character U+001B"),
        ("\u0085", "the invisible control character U+0085"),
        ("\u0000", "the invisible control character U+0000"),
    ],
)
def test_control_characters_and_direction_overrides_are_refused_with_where(
    character: str, what: str, data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pack = json.loads(json.dumps(HOSTILE))
    pack["phrases"][0]["title"] = f"gift{character}card"
    for path in (tmp_path / "bad.json", tmp_path / "bad.yaml"):
        # JSON carries it as \\uXXXX; YAML as a double-quoted escape (its reader refuses the
        # raw character already, but not an escape).
        dump = json.dumps if path.suffix == ".json" else yaml.safe_dump
        path.write_text(dump(pack), encoding="utf-8")
        result = validate_pack_bytes(str(path), path.read_bytes())
        assert result.pack is None
        assert any(
            f"phrases[0].title: {what} cannot be used in a pack" in str(e) for e in result.errors
        ), [str(e) for e in result.errors]
    assert main(["--data-dir", str(data_dir), "pack", "import", str(tmp_path / "bad.json")]) == 1
    err = capsys.readouterr().err
    assert f"{tmp_path / 'bad.json'}:1:" in err and "Traceback" not in err


def test_right_to_left_text_and_its_direction_marks_are_kept(hostile_file: Path) -> None:
    pack = json.loads(hostile_file.read_text(encoding="utf-8"))
    # The marks (RLM, LRM, ALM) only give the neutral characters beside them a direction.
    pack["phrases"][0]["title"] = "Say " + RTL + "\u200f! \u200e(1)\u061c to greet"
    result = validate_pack_bytes("rtl.json", json.dumps(pack).encode("utf-8"))
    assert result.pack is not None and RTL + "\u200f" in result.pack.phrases[0].title


def test_an_isolate_in_pack_text_is_refused_with_its_file_line_and_field(
    tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The isolates passed: each reorders what it holds as an embedding does (the "Trojan
    # source" reorderings), and one never closed runs to the end of the text.
    path = tmp_path / "isolate.yaml"
    text = (PACKS / "acme.yaml").read_text(encoding="utf-8")
    path.write_text(
        text.replace("title: Outbound greeting", 'title: "Outbound \\u2067greeting\\u2069"'),
        encoding="utf-8",
    )
    line = text.splitlines().index("    title: Outbound greeting") + 1
    assert main(["--data-dir", str(data_dir), "pack", "validate", str(path)]) == 1
    assert capsys.readouterr().err.splitlines() == [
        f"{path}:{line}:12: phrases[0].title: the text-direction isolate U+2067 cannot be used "
        "in a pack; delete it"
    ]


def _inspect_modal_then(answer: str, seen: list[str]) -> None:
    """When the next modal box shows: check every label in it shows pack text as typed and
    opens no link, note its text, and press ``answer``."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    def look() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, look)
            return
        plain = all(
            label.textFormat() == Qt.TextFormat.PlainText and not label.openExternalLinks()
            for label in box.findChildren(QLabel)
            if label.text()
        )
        seen.append(("" if plain else "NOT PLAIN: ") + box.text() + "\n" + box.informativeText())
        chosen = [b for b in box.buttons() if answer in b.text()] or box.buttons()[:1]
        chosen[0].click()

    QTimer.singleShot(0, look)


def test_every_message_box_shows_pack_text_as_typed(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    from assistant.services.shared_folder import SyncReport
    from assistant.store.rows import ImportSummary
    from assistant.ui.pack_manager import announce_sync
    from assistant.ui.pack_tools import ImportOutcome

    dialog = window.pack_tools.open_manager()
    row = next(
        r for r in range(dialog.model.rowCount()) if "Pack" in str(dialog.model.index(r, 0).data())
    )
    dialog.table.selectRow(row)
    seen: list[str] = []
    # The remove question names the pack: its name is shown, not rendered.
    _inspect_modal_then("No", seen)
    dialog.remove_selected()
    assert seen and "<img src=" in seen[-1] and not seen[-1].startswith("NOT PLAIN")
    # The older-version question.
    _inspect_modal_then("No", seen)
    older = ImportOutcome(tmp_path / "<b>x</b>.yaml", None, versions=("hostile-display", 2, 1))
    assert not dialog.confirm_older(older)
    assert not seen[-1].startswith("NOT PLAIN")
    # The shared folder's problems quote validator messages, which quote pack values: the
    # agent gets one line of the program's own words, the Pack manager the details as text.
    report = SyncReport(tmp_path)
    report.installed.append(ImportSummary("hostile-display", 2, 1, 1, 1, 1))
    problem = [f"evil.yaml:1:1: name: {MARKUP}"]
    report.skipped.append((tmp_path / "evil.yaml", problem))
    report.problems = {tmp_path / "evil.yaml": problem}
    line = announce_sync(lambda text, _ms: window.statusBar().showMessage(text), report)
    assert "<" not in line
    dialog._show_folder_problems(report)
    assert "<img src=" in dialog.folder_problems.toPlainText()  # a plain-text box: as typed
    # The editor's warnings quote the intake's refusals.
    from assistant.ui import plain

    _inspect_modal_then("OK", seen)
    plain.warn(window, "Not installed", f"name: {MARKUP}")
    assert "<script>" in seen[-1] and not seen[-1].startswith("NOT PLAIN")
    _check_every_widget()  # and nothing else on screen renders it either


def test_a_question_or_warning_box_is_gone_once_answered(qtbot: QtBot) -> None:
    # Boxes made per question would otherwise stay, hidden, as their parent's children.
    from PySide6.QtWidgets import QMessageBox, QWidget

    from assistant.ui import plain
    from tests.conftest import on_modal

    parent = QWidget()
    qtbot.addWidget(parent)
    on_modal(QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    assert plain.ask(parent, "Remove", "<b>Remove the pack?</b>") is True
    on_modal(QMessageBox, lambda box: box.accept())
    plain.warn(parent, "Refused", "<img src='x'>")
    qtbot.waitUntil(lambda: not parent.findChildren(QMessageBox))
