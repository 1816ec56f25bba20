"""Each panel driven the way an agent would: clicks and keys, checked by what they would see."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from assistant.core.model import BUILTIN_PACK_ID, Reach, Ref
from assistant.core.pack import Pack
from assistant.store.knowledge import KnowledgeBase
from assistant.store.rows import PersonaRow
from assistant.ui.campaign_picker import CampaignPicker
from assistant.ui.delegates import HeaderRole, heading_height, row_height
from assistant.ui.elided_label import ElidedLabel
from assistant.ui.persona_panel import PersonaPanel
from assistant.ui.phrase_library import PhraseLibrary
from assistant.ui.rich_label import MeasuredLabel
from tests.conftest import MakeWindow, scroll_to_the_end, services_for

CS = Ref(BUILTIN_PACK_ID, "customer-service")


def test_campaign_picker_lists_every_campaign_at_a_glance(qtbot: QtBot, kb: KnowledgeBase) -> None:
    picker = CampaignPicker()
    qtbot.addWidget(picker)
    chosen: list[object] = []
    picker.campaign_changed.connect(chosen.append)
    picker.set_campaigns(kb.campaigns())
    assert picker.combo.count() == kb.counts()["campaigns"]
    assert picker.current_ref() == CS
    assert "Inbound" in picker.summary.text()
    picker.combo.setCurrentIndex(3)
    assert chosen[-1] is picker.current()
    row = kb.campaigns()[3]
    assert row.type.label in picker.summary.text()


def test_a_reach_reads_the_same_in_the_picker_the_editor_and_the_cheat_sheets(
    qtbot: QtBot, kb: KnowledgeBase, builtin_pack: Pack
) -> None:
    from assistant.packs.sheet import ENGLISH
    from assistant.ui import labels
    from assistant.ui.campaign_picker import describe
    from assistant.ui.sheet_pdf import CheatSheet

    row = next(r for r in kb.campaigns() if r.reach is Reach.INTERNATIONAL)
    campaign = next(c for c in builtin_pack.campaigns if c.id == row.ref.id)
    name = Reach.INTERNATIONAL.label
    assert name == "International 24x7"
    shown = {
        "picker": describe(row),
        "editor": dict(labels.choices(labels.REACHES))[Reach.INTERNATIONAL.value],
        "sheet from the window": CheatSheet().words().subtitle(campaign, builtin_pack),
        "sheet from the command line": ENGLISH.subtitle(campaign, builtin_pack),
    }
    for where, text in shown.items():
        assert name in text.split(" · ") or text == name, (where, text)
    # The direction too: the command line's sheet names it as the window does.
    assert ENGLISH.subtitle(campaign, builtin_pack).split(" · ")[1] == describe(row).split(" · ")[1]


def test_campaign_picker_keeps_the_remembered_campaign(qtbot: QtBot, kb: KnowledgeBase) -> None:
    picker = CampaignPicker()
    qtbot.addWidget(picker)
    target = kb.campaigns()[5].ref
    picker.set_campaigns(kb.campaigns(), target)
    assert picker.current_ref() == target


def test_persona_buttons_show_tips_and_a_second_click_clears(
    qtbot: QtBot, kb: KnowledgeBase
) -> None:
    panel = PersonaPanel()
    qtbot.addWidget(panel)
    panel.set_personas(kb.personas())
    panel.resize(420, 500)
    panel.show()
    angry = next(p for p in kb.personas() if p.ref.id == "angry")
    button = panel.button_for(angry.ref)
    assert button is not None
    with qtbot.waitSignal(panel.persona_changed) as changed:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert changed.args == [angry]
    shown = panel.tips.text()
    assert "<b>Signs</b>" in shown and "<b>Do</b>" in shown and "<b>Avoid</b>" in shown
    for line in (*angry.signs, *angry.tips, *angry.avoid):
        assert html.escape(line) in shown
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert panel.current() is None
    assert "Pick the customer's mood" in html.unescape(panel.card_label().text())


def test_persona_text_is_never_markup(qtbot: QtBot) -> None:
    hostile = PersonaRow(
        Ref("x", "y"),
        "<b>Bold</b>",
        ("<img src='http://example.com/x.png'>",),
        ("<a href='http://example.com'>click</a>", "5 < 6 & 7 > 3"),
        (),
        (),
    )
    panel = PersonaPanel()
    qtbot.addWidget(panel)
    panel.set_personas([hostile])
    panel.select(hostile.ref)
    shown = panel.tips.text()
    assert "<img" not in shown and "<a " not in shown
    assert "&lt;img src=" in shown and "5 &lt; 6 &amp; 7 &gt; 3" in shown
    assert panel.button_for(hostile.ref).text() == "<b>Bold</b>"  # type: ignore[union-attr]


def test_persona_buttons_are_exclusive(qtbot: QtBot, kb: KnowledgeBase) -> None:
    panel = PersonaPanel()
    qtbot.addWidget(panel)
    panel.set_personas(kb.personas())
    panel.show()
    first, second = kb.personas()[0], kb.personas()[1]
    qtbot.mouseClick(panel.button_for(first.ref), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.button_for(second.ref), Qt.MouseButton.LeftButton)
    assert panel.current() == second
    checked = [b for b in panel.group.buttons() if b.isChecked()]
    assert checked == [panel.button_for(second.ref)]


def test_a_persona_puts_its_suggested_phrases_first(qtbot: QtBot, kb: KnowledgeBase) -> None:
    library = _library(qtbot, kb)
    angry = next(p for p in kb.personas() if p.ref.id == "angry")
    library.set_persona(angry)
    model = library.model
    assert model.index(0).data() == "Suggested for: Angry"
    pinned = [model.phrase_at(r).ref for r in range(1, 1 + len(angry.phrases))]  # type: ignore[union-attr]
    assert pinned == list(angry.phrases)
    assert library.current_phrase() == model.phrase_at(1)  # Enter copies the first suggestion
    scroll_to_the_end(library)
    all_refs = [model.phrase_at(r).ref for r in range(model.rowCount()) if model.phrase_at(r)]  # type: ignore[union-attr]
    assert len(all_refs) == len(set(all_refs)) == len(kb.campaign_phrases(CS))
    library.set_persona(None)
    assert model.index(0).data() == "Opening"


def test_the_heading_above_the_first_phrase_is_in_view_from_the_first_frame(
    make_window: MakeWindow, kb: KnowledgeBase
) -> None:
    window = make_window()
    view, model = window.library.view, window.library.model

    def heading_in_view() -> bool:
        top = view.visualRect(model.index(0))
        return bool(model.index(0).data(HeaderRole)) and top.top() >= 0 and top.height() > 0

    assert heading_in_view()  # "Opening" above the campaign's first phrase
    angry = next(p for p in kb.personas() if p.ref.id == "angry")
    window.personas.select(angry.ref)
    assert model.index(0).data() == "Suggested for: Angry"
    assert heading_in_view() and window.library.current_phrase() == model.phrase_at(1)


def _library(qtbot: QtBot, kb: KnowledgeBase) -> PhraseLibrary:
    library = PhraseLibrary(kb, services_for(kb).phrases)
    qtbot.addWidget(library)
    library.resize(420, 500)
    library.show()
    library.set_campaign(CS)
    return library


def test_the_library_groups_phrases_under_category_headings(
    qtbot: QtBot, kb: KnowledgeBase
) -> None:
    library = _library(qtbot, kb)
    model = library.model
    headings = [
        model.index(r).data() for r in range(model.rowCount()) if model.phrase_at(r) is None
    ]
    assert headings[:3] == ["Opening", "Verification", "Empathy"]
    scroll_to_the_end(library)
    assert model.phrase_count() == len(kb.campaign_phrases(CS))
    heading_row = next(r for r in range(model.rowCount()) if model.phrase_at(r) is None)
    assert not model.flags(model.index(heading_row)) & Qt.ItemFlag.ItemIsSelectable


def test_the_list_rows_are_a_heading_or_two_lines_high_in_the_lists_font(
    qtbot: QtBot, kb: KnowledgeBase
) -> None:
    """The rows' heights come from the model (SizeHintRole, read by Qt's own delegate code: a
    Python sizeHint was called for every row of each list laid out), in the view's font, and
    follow the font when the agent picks another text size."""
    library = _library(qtbot, kb)
    view, model = library.view, library.model

    def heights() -> set[tuple[bool, int]]:
        return {
            (model.phrase_at(row) is None, view.visualRect(model.index(row)).height())
            for row in range(min(model.rowCount(), 20))
        }

    font = view.font()
    assert heights() == {(True, heading_height(font)), (False, row_height(font, 2))}
    bigger = QFont(font)
    bigger.setPointSizeF(font.pointSizeF() * 1.6)
    view.setFont(bigger)
    qtbot.waitUntil(
        lambda: heights() == {(True, heading_height(bigger)), (False, row_height(bigger, 2))}
    )
    assert row_height(bigger, 2) > row_height(font, 2)
    # A phrase with no text would be one line high; the search results are phrases only.
    qtbot.keyClicks(library.filter, "thank")
    qtbot.waitUntil(lambda: model.rowCount() > 0 and model.phrase_at(0) is not None)
    assert heights() == {(False, row_height(bigger, 2))}


def test_typing_filters_and_enter_emits_the_top_phrase(qtbot: QtBot, kb: KnowledgeBase) -> None:
    library = _library(qtbot, kb)
    qtbot.keyClicks(library.filter, "thank hold")
    qtbot.waitUntil(
        lambda: library.model.phrase_count() == len(kb.search("thank hold", CS, limit=50))
    )
    assert 0 < library.model.phrase_count() < len(kb.campaign_phrases(CS))
    with qtbot.waitSignal(library.phrase_activated) as picked:
        qtbot.keyClick(library.filter, Qt.Key.Key_Return)
    assert picked.args[0] == library.model.phrase_at(library.model.first_phrase_row())
    qtbot.keyClick(library.filter, Qt.Key.Key_Escape)
    assert library.filter.text() == ""


def test_down_arrow_moves_from_the_filter_into_the_list_skipping_headings(
    qtbot: QtBot, kb: KnowledgeBase
) -> None:
    library = _library(qtbot, kb)
    library.filter.setFocus()
    first = library.current_phrase()
    qtbot.keyClick(library.filter, Qt.Key.Key_Down)
    second = library.current_phrase()
    assert second is not None and second != first
    for _ in range(30):  # across at least one category heading
        qtbot.keyClick(library.view, Qt.Key.Key_Down)
        assert library.current_phrase() is not None
    with qtbot.waitSignal(library.phrase_activated) as picked:
        qtbot.keyClick(library.view, Qt.Key.Key_Return)
    assert picked.args[0] == library.current_phrase()


def test_double_click_emits_the_phrase(qtbot: QtBot, kb: KnowledgeBase) -> None:
    library = _library(qtbot, kb)
    row = library.model.first_phrase_row() + 1
    rect = library.view.visualRect(library.model.index(row))
    # A real double-click starts with a press; QTest's mouseDClick alone sends only the second.
    qtbot.mouseClick(library.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(library.phrase_activated) as picked:
        qtbot.mouseDClick(library.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert picked.args[0] == library.model.phrase_at(row)


def test_the_preview_elides_what_does_not_fit_and_keeps_the_whole_text(qtbot: QtBot) -> None:
    label = ElidedLabel(max_lines=3)
    qtbot.addWidget(label)
    text = " ".join(["word"] * 300)
    label.setText(text)
    label.resize(200, label.minimumSizeHint().height())
    label.show()
    QApplication.processEvents()
    assert label.text() == text
    assert "\n" not in label.shown_text() and label.shown_text().endswith("…")
    assert label.is_elided() and "word" in label.toolTip()
    line = label.fontMetrics().lineSpacing()
    label.resize(200, label.minimumSizeHint().height() + 5 * line)
    QApplication.processEvents()
    assert label.shown_text().count("\n") == 2  # three lines at most
    assert label.sizeHint().height() == label.minimumSizeHint().height() + 2 * line
    label.setText("Short.")
    assert label.shown_text() == "Short." and not label.is_elided() and not label.toolTip()


def test_the_preview_is_fitted_again_in_a_new_font_when_its_text_is_set_again(
    qtbot: QtBot,
) -> None:
    label = ElidedLabel(max_lines=3)
    qtbot.addWidget(label)
    text = " ".join(["word"] * 40)
    label.setText(text)
    label.resize(200, 200)
    label.show()
    QApplication.processEvents()
    first_line = label.shown_text().split("\n")[0]
    font = label.font()
    font.setPointSize(font.pointSize() * 2)
    label.setFont(font)
    label.setText(text)  # what the window does after a setting changed (the font size)
    assert len(label.shown_text().split("\n")[0]) < len(first_line)  # fewer words to a line


def test_the_preview_keeps_its_fits_only_while_they_are_what_a_new_label_would_say(
    qtbot: QtBot,
) -> None:
    # ElidedLabel keeps its lines per width and limit (the side column asks the campaign
    # summary's size a dozen times a layout pass): after another text, width or font they
    # must be a new label's.
    kept = ElidedLabel(max_lines=3)
    qtbot.addWidget(kept)
    kept.show()
    long = " ".join(["reservation"] * 40)

    def same() -> None:
        fresh = ElidedLabel(max_lines=3)
        qtbot.addWidget(fresh)
        fresh.setFont(kept.font())
        fresh.setText(kept.text())
        fresh.resize(kept.size())
        fresh.show()
        QApplication.processEvents()
        assert kept.sizeHint() == fresh.sizeHint()
        assert kept.shown_text() == fresh.shown_text()
        assert kept.is_elided() is fresh.is_elided()

    line = kept.fontMetrics().lineSpacing()
    for text, width in [(long, 300), ("Short.", 300), (long, 300), (long, 120), (long, 300)]:
        kept.setText(text)
        kept.resize(width, 4 * line)
        QApplication.processEvents()
        same()
    font = kept.font()
    font.setPointSize(font.pointSize() + 6)
    kept.setFont(font)  # a text size chosen: the label's size is asked before its text is set
    kept.resize(300, 4 * kept.fontMetrics().lineSpacing())
    QApplication.processEvents()
    assert kept.sizeHint().height() > 3 * line
    same()


def test_the_tips_card_measures_each_text_as_a_plain_label_would(qtbot: QtBot) -> None:
    # MeasuredLabel keeps its answers per text: they must be the answers, whatever came
    # before (another text, another font, another padding).
    measured, plain = MeasuredLabel(), QLabel()
    for label in (measured, plain):
        qtbot.addWidget(label)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.show()
    guide = "<p>" + " ".join(["calm"] * 60) + "</p>"
    tips = "<ul>" + "".join(f"<li>{'listen ' * n}</li>" for n in range(1, 12)) + "</ul>"

    def same() -> None:
        assert measured.minimumSizeHint() == plain.minimumSizeHint()
        assert measured.sizeHint() == plain.sizeHint()
        for width in (120, 300, 120):
            assert measured.heightForWidth(width) == plain.heightForWidth(width)

    for text in (guide, tips, guide):
        for label in (measured, plain):
            label.setText(text)
        same()
    font = plain.font()
    font.setPointSize(font.pointSize() + 6)
    for label in (measured, plain):
        label.setFont(font)
    same()
    for label in (measured, plain):
        label.setStyleSheet("padding: 0 40px")
    same()


def test_a_toast_follows_its_list_while_shown_and_then_lets_go(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QListView

    from assistant.ui.toast import Toast

    view = QListView()
    qtbot.addWidget(view)
    view.resize(300, 200)
    view.show()
    toast = Toast(view)
    toast.show_message("Copied: Greeting", milliseconds=50)
    assert toast.isVisible() and toast.y() + toast.height() == 200 - 10
    view.resize(400, 320)  # the window grows while the toast shows: it stays at the bottom
    QApplication.processEvents()
    assert toast.width() == 400 - 24 and toast.y() + toast.height() == 320 - 10
    qtbot.waitUntil(toast.isHidden, timeout=2000)
    view.resize(300, 200)
    QApplication.processEvents()
    assert toast.isHidden() and toast.width() == 400 - 24  # hidden: no longer follows
    toast.show_message("Starred: Greeting")  # and again when shown next time
    view.resize(350, 250)
    QApplication.processEvents()
    assert toast.width() == 350 - 24
