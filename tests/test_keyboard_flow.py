"""The agent's hands never leave the keyboard: search, pick, fill in, copy."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from assistant.core.model import BUILTIN_PACK_ID, Category, Ref
from assistant.core.pack import Pack, Phrase
from assistant.services.opening import open_knowledge_base
from assistant.settings import Settings
from assistant.store.knowledge import KnowledgeBase
from assistant.ui.fill_form import FillForm
from assistant.ui.main_window import MainWindow
from tests.conftest import MakeWindow, new_window, on_modal

CS = Ref(BUILTIN_PACK_ID, "customer-service")

EXTRA = Pack(
    id="flow-test",
    name="Flow test",
    version=1,
    phrases=(
        Phrase(
            "refund-amount", "Refund confirmation zebra",
            "I have refunded {amount} to your card, {customer_name}; keep {{this}} note.",
            Category.RESOLUTION,
        ),
        Phrase("plain-zebra", "Plain zebra", "Nothing to fill {{here}}.", Category.OTHER),
    ),
)  # fmt: skip


@pytest.fixture
def make_window(make_window: MakeWindow, kb: KnowledgeBase) -> MakeWindow:
    """The shared window fixture, over a knowledge base that also holds the test phrases."""
    kb.import_pack(EXTRA)
    return make_window


def clipboard() -> str:
    return QGuiApplication.clipboard().text()


def type_search(qtbot: QtBot, window: MainWindow, text: str) -> None:
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert window.library.filter.hasFocus()
    qtbot.keyClicks(window.library.filter, text)
    qtbot.waitUntil(
        lambda: not window.library.runner.pending and not window.library._debounce.isActive()
    )


def test_the_window_opens_with_the_focus_in_the_search_box(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    # It opened on the campaign picker: typing "pay" as a search switched the campaign (the
    # phrases, the call flow, the hold policy) without a word.
    window = make_window()
    campaign = window.campaigns.combo.currentText()
    assert QApplication.focusWidget() is window.library.filter
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClicks(focused, "pay")
    assert window.library.filter.text() == "pay"
    assert window.campaigns.combo.currentText() == campaign


def test_the_arrow_keys_move_between_the_moods_and_space_picks(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    # The guide promised it; the focus stayed on the first mood, and Tab left the row.
    window = make_window()
    buttons = window.personas.buttons_box.shown_buttons()
    buttons[0].setFocus()
    for key, expected in ((Qt.Key.Key_Right, 1), (Qt.Key.Key_Right, 2), (Qt.Key.Key_Left, 1)):
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, key)
        assert QApplication.focusWidget() is buttons[expected]
    qtbot.keyClick(buttons[0], Qt.Key.Key_Left)  # the first stays first
    qtbot.keyClick(buttons[1], Qt.Key.Key_Space)
    assert buttons[1].isChecked()
    picked = window.personas.current()
    assert picked is not None and picked.name == buttons[1].text()


def test_slash_and_ctrl_k_focus_the_search_from_anywhere(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    window = make_window()
    window.campaigns.combo.setFocus()
    qtbot.keyClick(window.campaigns.combo, Qt.Key.Key_Slash)
    assert window.library.filter.hasFocus()
    window.call_context.customer.setFocus()
    qtbot.keyClicks(window.call_context.customer, "a/b")  # "/" types in a text field
    assert window.call_context.customer.text() == "a/b"
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert window.library.filter.hasFocus()


def test_type_move_and_copy_without_the_mouse(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    window.call_context.set_customer_name("Dana")
    type_search(qtbot, window, "hold")
    library = window.library
    assert library.model.phrase_count() > 3
    assert library.current_phrase() == library.model.nth_phrase(1)
    qtbot.keyClick(library.filter, Qt.Key.Key_Down)
    qtbot.keyClick(library.view, Qt.Key.Key_Down)
    assert library.current_phrase() == library.model.nth_phrase(3)
    qtbot.keyClick(library.view, Qt.Key.Key_Up)
    chosen = library.current_phrase()
    assert chosen == library.model.nth_phrase(2)
    qtbot.keyClick(library.view, Qt.Key.Key_Return)
    assert clipboard() == chosen.text.replace("{customer_name}", "Dana")  # type: ignore[union-attr]
    assert library.toast.isVisible() and chosen.title in library.toast.text()  # type: ignore[union-attr]
    qtbot.keyClick(library.view, Qt.Key.Key_Escape)
    assert library.filter.hasFocus() and library.filter.text() == ""


def test_ctrl_number_copies_that_result(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    window.call_context.set_customer_name("Dana")
    type_search(qtbot, window, "thank")
    third = window.library.model.nth_phrase(3)
    assert third is not None
    assert (
        window.library.model.index(window.library.model.row_of(third.ref)).data(
            Qt.ItemDataRole.UserRole + 102
        )
        == "Ctrl+3"
    )  # the hint the agent sees on the row
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert clipboard() == third.text.replace("{customer_name}", "Dana")


def test_escape_in_the_search_box_clears_it(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    type_search(qtbot, window, "zebra")
    assert window.library.model.phrase_count() == 2
    qtbot.keyClick(window.library.filter, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.library.model.phrase_count() > 2)
    assert window.library.filter.text() == ""


def test_a_shortcut_goes_straight_to_the_top(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    type_search(qtbot, window, ";sorry")
    assert window.library.current_phrase().shortcut == ";sorry"  # type: ignore[union-attr]


def test_ctrl_d_stars_a_phrase_and_keeps_it_selected(
    qtbot: QtBot, make_window: MakeWindow, kb: KnowledgeBase
) -> None:
    window = make_window()
    type_search(qtbot, window, "thank")
    qtbot.keyClick(window.library.filter, Qt.Key.Key_Down)
    chosen = window.library.current_phrase()
    assert chosen is not None
    qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.library.runner.pending)
    starred = kb.phrase(chosen.ref)
    assert starred is not None and starred.favourite
    current = window.library.current_phrase()
    assert current is not None and current.ref == chosen.ref and current.favourite
    row = window.library.model.row_of(chosen.ref)
    assert str(window.library.model.index(row).data()).startswith("★")


def test_custom_placeholders_ask_with_a_form_then_copy(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    window = make_window()
    type_search(qtbot, window, "refund zebra")
    seen: dict[str, object] = {}

    def fill_in(form: FillForm) -> None:
        seen["fields"] = list(form.fields)
        amount, name = form.fields["amount"], form.fields["customer_name"]
        seen["focus"] = amount.hasFocus() or QApplication.focusWidget() in (None, amount)
        qtbot.keyClicks(amount, "$25.00")
        qtbot.keyClick(amount, Qt.Key.Key_Tab)
        qtbot.keyClicks(name, "Ana")
        seen["preview"] = form.preview.text()
        qtbot.keyClick(name, Qt.Key.Key_Return)

    on_modal(FillForm, fill_in)
    qtbot.keyClick(window.library.filter, Qt.Key.Key_Return)
    expected = "I have refunded $25.00 to your card, Ana; keep {this} note."
    assert seen["fields"] == ["amount", "customer_name"]
    assert seen["preview"] == expected
    assert clipboard() == expected
    # The name typed in the form stays for the rest of the call.
    assert window.call_context.customer_name() == "Ana"


def test_cancelling_the_form_copies_nothing(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    QGuiApplication.clipboard().setText("before")
    type_search(qtbot, window, "refund zebra")

    on_modal(FillForm, lambda form: qtbot.keyClick(form.fields["amount"], Qt.Key.Key_Escape))
    qtbot.keyClick(window.library.filter, Qt.Key.Key_Return)
    assert clipboard() == "before"


def test_literal_braces_and_the_preview(
    qtbot: QtBot, make_window: MakeWindow, data_dir: Path
) -> None:
    settings = Settings(data_dir)
    settings.agent_name = "Rosa"
    window = make_window(settings)
    type_search(qtbot, window, "plain zebra")
    assert window.library.preview.text() == "Nothing to fill {here}."
    qtbot.keyClick(window.library.filter, Qt.Key.Key_Return)
    assert clipboard() == "Nothing to fill {here}."
    mime = QGuiApplication.clipboard().mimeData()
    assert mime.formats() == ["text/plain"]


def test_the_preview_follows_the_customer_name(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    type_search(qtbot, window, "refund zebra")
    assert "{customer_name}" in window.library.preview.text()
    qtbot.keyClicks(window.call_context.customer, "Lee")
    assert "Lee" in window.library.preview.text()


def test_the_phrases_are_in_the_first_frame_even_with_a_search_thread(
    qtbot: QtBot, data_dir: Path
) -> None:
    window = new_window(open_knowledge_base(data_dir), Settings(data_dir))
    qtbot.addWidget(window)
    assert window.library.runner.threaded
    # No turn of the event loop yet: the first fill did not wait for the worker thread.
    assert not window.library.runner.pending
    assert window.library.model.nth_phrase(1) is not None
    window.close()


def test_the_window_searches_on_a_worker_thread_with_a_file_database(
    qtbot: QtBot, data_dir: Path
) -> None:
    kb = open_knowledge_base(data_dir)
    window = new_window(kb, Settings(data_dir))
    qtbot.addWidget(window)
    window.show()
    assert window.library.runner.threaded
    qtbot.keyClicks(window.library.filter, "supervisor")
    qtbot.waitUntil(
        lambda: not window.library.runner.pending and not window.library._debounce.isActive(),
        timeout=5000,
    )
    titles = [window.library.model.nth_phrase(n) for n in range(1, 4)]
    assert all(t is not None for t in titles)
    # Typing fast: requests overtaken by newer ones are never shown.
    answers: list[object] = []
    runner = window.library.runner
    runner.answered.connect(answers.append)
    for text in ("zzzz-no-such-word", "sup", "supe", "hold"):
        runner.submit(text, CS, None)
    qtbot.waitUntil(lambda: not runner.pending, timeout=5000)
    qtbot.wait(100)  # let any late answer arrive: it must be dropped
    assert [a.request.query for a in answers] == ["hold"]  # type: ignore[attr-defined]
    window.library.filter.setText("hold")
    qtbot.waitUntil(lambda: not runner.pending and not window.library._debounce.isActive())
    shown = window.library.model.nth_phrase(1)
    assert shown is not None and "hold" in (shown.title + shown.text + str(shown.tags)).lower()
    # A change written through the main connection reaches the worker's caches.
    kb.toggle_favourite(shown.ref)
    window.library.refresh(keep_current=True)
    qtbot.waitUntil(lambda: not window.library.runner.pending, timeout=5000)
    assert window.library.current_phrase().favourite  # type: ignore[union-attr]
    window.close()
    assert not window.library.runner.threaded
