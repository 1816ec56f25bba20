"""The quick search popup and how the window pastes, offscreen: keys in, the right phrase
filled in and handed on, and the agent told where a phrase went when it was not pasted.
The platform is tests/pastefakes.py; tests/test_paste_xvfb.py runs the real one."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from assistant.core.model import BUILTIN_PACK_ID, Ref
from assistant.paste.base import Reason, Unavailable
from assistant.paste.delivery import Delivery
from assistant.services.policy import Policy
from assistant.settings import Settings
from assistant.store.knowledge import KnowledgeBase
from assistant.store.rows import PersonaRow, PhraseRow
from assistant.ui.main_window import MainWindow
from assistant.ui.paste_setup import QuickPaste
from assistant.ui.quick_search import ROWS, WIDTH, QuickSearch, place_popup
from assistant.ui.search_runner import SearchRunner
from tests.conftest import MakeWindow
from tests.pastefakes import NOTEPAD, FakeClipboard, FakePaster, FakeTimer

GREETING = "Thank you for calling ACME, this is Alex. How may I help you today?"
ANGRY = Ref(BUILTIN_PACK_ID, "angry")


class Chosen:
    def __init__(self, popup: QuickSearch) -> None:
        self.items: list[tuple[str, str, bool]] = []
        popup.chosen.connect(
            lambda phrase, text, paste: self.items.append((phrase.title, text, paste))
        )


def _popup(
    qtbot: QtBot,
    kb: KnowledgeBase,
    fill: object = None,
    persona: PersonaRow | None = None,
) -> QuickSearch:
    def fill_plain(phrase: PhraseRow, _parent: QWidget) -> str | None:
        return phrase.text.replace("{company}", "ACME").replace("{agent_name}", "Alex")

    popup = QuickSearch(
        SearchRunner(kb),
        lambda: (Ref(BUILTIN_PACK_ID, "customer-service"), persona),
        fill or fill_plain,  # type: ignore[arg-type]
    )
    qtbot.addWidget(popup)
    return popup


def test_typing_and_enter_hand_on_the_filled_phrase_to_paste(
    qtbot: QtBot, kb: KnowledgeBase
) -> None:
    popup = _popup(qtbot, kb)
    chosen = Chosen(popup)
    popup.open("notepad", True)
    assert popup.width() == WIDTH
    qtbot.waitUntil(popup.isActiveWindow)  # activation is queued
    assert QApplication.focusWidget() is popup.search
    assert "notepad" in popup.hints.text()
    qtbot.keyClicks(popup.search, "inbound greeting")
    qtbot.keyClick(popup.search, Qt.Key.Key_Return)
    assert chosen.items == [("Inbound greeting", GREETING, True)]


def test_the_popup_shows_six_phrases_in_the_text_size_of_the_day(
    qtbot: QtBot, kb: KnowledgeBase
) -> None:
    """The list's height was fixed once, in the font the popup was made in: after a larger
    text size three and a half rows showed (found by an exploratory pass)."""
    popup = _popup(qtbot, kb)
    popup.open("notepad", True)
    qtbot.waitUntil(lambda: popup.model.phrase_count() > 0)
    rows = popup.view.visualRect(popup.model.index(popup.model.first_phrase_row())).height()
    assert popup.view.viewport().height() >= ROWS * rows
    popup.dismiss(escaped=True)
    bigger = QFont(popup.view.font())
    bigger.setPointSizeF(bigger.pointSizeF() * 1.8)
    popup.view.setFont(bigger)
    popup.open("notepad", True)
    qtbot.waitUntil(lambda: popup.view.visualRect(popup.model.index(1)).height() > rows)
    taller = popup.view.visualRect(popup.model.index(popup.model.first_phrase_row())).height()
    assert popup.view.viewport().height() >= ROWS * taller


def test_ctrl_enter_only_copies_and_escape_gives_the_focus_back(
    qtbot: QtBot, kb: KnowledgeBase
) -> None:
    popup = _popup(qtbot, kb)
    chosen = Chosen(popup)
    dismissed: list[bool] = []
    popup.dismissed.connect(dismissed.append)
    popup.open("notepad", True, query="inbound greeting")
    qtbot.keyClick(popup.search, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert chosen.items == [("Inbound greeting", GREETING, False)]
    qtbot.keyClick(popup.search, Qt.Key.Key_Escape)
    assert dismissed == [True] and not popup.isVisible()


def test_down_chooses_the_next_result_and_ctrl_2_the_second(
    qtbot: QtBot, kb: KnowledgeBase
) -> None:
    popup = _popup(qtbot, kb)
    chosen = Chosen(popup)
    popup.open("notepad", True, query="greeting")
    first, second = popup.model.nth_phrase(1), popup.model.nth_phrase(2)
    assert first is not None and second is not None
    qtbot.keyClick(popup.search, Qt.Key.Key_Down)
    assert popup.current_phrase() == second
    qtbot.keyClick(popup.search, Qt.Key.Key_Return)
    qtbot.keyClick(popup.search, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert [title for title, _text, _paste in chosen.items] == [second.title, second.title]


def test_enter_before_the_results_arrive_takes_the_best_match_for_what_was_typed(
    qtbot: QtBot, kb: KnowledgeBase, data_dir: Path
) -> None:
    # A knowledge base on disk: the search runs on its worker thread, as in the program.
    from assistant.services.opening import open_knowledge_base

    disk = open_knowledge_base(data_dir, backup=False)
    popup = _popup(qtbot, disk)
    chosen = Chosen(popup)
    popup.open("notepad", True)
    qtbot.keyClicks(popup.search, "inbound greeting")
    qtbot.keyClick(popup.search, Qt.Key.Key_Return)  # at once, as a fast typist does
    qtbot.waitUntil(lambda: bool(chosen.items))
    assert chosen.items == [("Inbound greeting", GREETING, True)]
    popup.shutdown()
    disk.database.close()


def test_with_nothing_typed_the_moods_suggestions_come_first(
    qtbot: QtBot, kb: KnowledgeBase
) -> None:
    angry = next(p for p in kb.personas() if p.ref == ANGRY)
    popup = _popup(qtbot, kb, persona=angry)
    popup.open("notepad", True)
    first = popup.model.nth_phrase(1)
    assert first is not None and first.ref in angry.phrases
    assert popup.model.data(popup.model.index(0)) == "Suggested for: Angry"


def test_a_cancelled_fill_in_form_keeps_the_popup_open(qtbot: QtBot, kb: KnowledgeBase) -> None:
    asked: list[QWidget] = []

    def cancel(_phrase: PhraseRow, parent: QWidget) -> str | None:
        asked.append(parent)
        return None

    popup = _popup(qtbot, kb, fill=cancel)
    chosen = Chosen(popup)
    popup.open("notepad", True, query="sorry")
    qtbot.keyClick(popup.search, Qt.Key.Key_Return)
    assert asked == [popup]  # the form opens over the popup
    assert chosen.items == [] and popup.isVisible()


def test_an_abbreviation_that_needs_values_opens_with_its_phrase_chosen(
    qtbot: QtBot, kb: KnowledgeBase
) -> None:
    popup = _popup(qtbot, kb)
    sorry = Ref(BUILTIN_PACK_ID, "empathy-inconvenience")
    popup.open("notepad", True, query=";sorry", select=sorry)
    current = popup.current_phrase()
    assert current is not None and current.shortcut == ";sorry"


def test_where_it_cannot_paste_enter_copies_and_the_hint_says_so(
    qtbot: QtBot, kb: KnowledgeBase
) -> None:
    popup = _popup(qtbot, kb)
    popup.open("", False)
    assert popup.hints.text() == "Enter copies · Esc closes"


def test_the_popup_stays_whole_on_the_screen() -> None:
    area = QRect(0, 0, 800, 600)
    popup = QWidget()
    popup.resize(420, 360)
    place_popup(popup, QPoint(100, 100), area)
    assert popup.pos() == QPoint(76, 112)  # below the cursor
    place_popup(popup, QPoint(790, 590), area)
    assert area.contains(popup.geometry())  # above it, moved in from the edge
    assert popup.geometry().bottom() < 590


# ------------------------------------------------------------------ wired to the window


class Desk:
    """The window with a paster, a clipboard and a timer standing in for the desktop."""

    def __init__(
        self, window: MainWindow, paster: FakePaster | Unavailable, policy: Policy | None = None
    ) -> None:
        policy = policy or Policy()
        self.window = window
        self.paster = paster
        self.clipboard = FakeClipboard("before")
        self.timer = FakeTimer()
        self.quick = QuickPaste(
            window,
            policy=lambda: policy,
            delivery=Delivery(
                paster,
                self.clipboard,
                self.timer.later,
                allowed=lambda: policy.paste_allowed,
            ),
        )


@pytest.fixture
def desk(make_window: MakeWindow, data_dir: Path) -> Desk:
    settings = Settings(data_dir)
    settings.agent_name, settings.company = "Alex", "ACME"
    return Desk(make_window(settings), FakePaster())


def test_the_shortcut_in_our_own_window_focuses_its_search_box(desk: Desk) -> None:
    desk.quick.hotkey_pressed()
    assert desk.window.library.filter.hasFocus()
    assert desk.quick._popup is None  # no popup made


def test_the_shortcut_elsewhere_opens_the_popup_and_enter_pastes_there(
    desk: Desk, qtbot: QtBot
) -> None:
    desk.window.hide()  # the agent is in another program
    desk.quick.hotkey_pressed()
    popup = desk.quick.popup
    assert popup.isVisible() and "notepad" in popup.hints.text()
    qtbot.keyClicks(popup.search, "inbound greeting")
    qtbot.keyClick(popup.search, Qt.Key.Key_Return)
    assert not popup.isVisible()
    assert isinstance(desk.paster, FakePaster)
    assert desk.paster.activated == [NOTEPAD]
    assert desk.clipboard.puts[0] == (GREETING, False)
    assert len(desk.paster.sent) == 1
    assert desk.window.statusBar().currentMessage() == "Pasted into notepad: Inbound greeting"


def test_a_target_that_changed_gets_nothing_and_the_popup_says_where_it_went(
    desk: Desk, qtbot: QtBot
) -> None:
    assert isinstance(desk.paster, FakePaster)
    desk.paster.focus_after = None
    desk.window.hide()
    desk.quick.hotkey_pressed()
    popup = desk.quick.popup
    qtbot.keyClicks(popup.search, "inbound greeting")
    qtbot.keyClick(popup.search, Qt.Key.Key_Return)
    desk.timer.run()
    assert desk.paster.sent == []
    assert popup.isVisible() and popup.message.isVisible()
    assert popup.message.text() == (
        "Not pasted: notepad did not get the focus back (another window has it). "
        "The phrase is on the clipboard."
    )
    assert desk.clipboard.text == GREETING


def test_escape_gives_the_focus_back_without_typing(desk: Desk, qtbot: QtBot) -> None:
    desk.window.hide()
    desk.quick.hotkey_pressed()
    qtbot.keyClick(desk.quick.popup.search, Qt.Key.Key_Escape)
    assert isinstance(desk.paster, FakePaster)
    assert desk.paster.activated == [NOTEPAD] and desk.paster.sent == []


def test_on_wayland_enter_copies_and_says_so_once(make_window: MakeWindow, qtbot: QtBot) -> None:
    desk = Desk(make_window(), Unavailable(Reason.WAYLAND))
    desk.window.hide()
    desk.quick.hotkey_pressed()
    popup = desk.quick.popup
    assert popup.hints.text() == "Enter copies · Esc closes"
    qtbot.keyClicks(popup.search, "thank for patience")
    qtbot.keyClick(popup.search, Qt.Key.Key_Return)
    assert "on Wayland" in popup.message.text() and popup.isVisible()
    qtbot.keyClick(popup.search, Qt.Key.Key_Escape)
    desk.quick.hotkey_pressed()
    qtbot.keyClicks(popup.search, "thank for patience")
    qtbot.keyClick(popup.search, Qt.Key.Key_Return)
    assert not popup.isVisible()  # copied; told once is enough
    assert desk.clipboard.text is not None and "patience" in desk.clipboard.text


def test_the_it_policy_leaves_the_popup_copying(make_window: MakeWindow, qtbot: QtBot) -> None:
    paster = FakePaster()
    desk = Desk(make_window(), paster, Policy(paste_allowed=False, abbreviations_allowed=False))
    desk.window.hide()
    desk.quick.hotkey_pressed()
    popup = desk.quick.popup
    assert popup.hints.text() == "Enter copies · Esc closes"
    qtbot.keyClicks(popup.search, "thank for patience")
    qtbot.keyClick(popup.search, Qt.Key.Key_Return)
    assert paster.sent == []
    assert "IT policy" in popup.message.text()


def test_enter_in_the_window_copies_unless_set_to_paste(desk: Desk, qtbot: QtBot) -> None:
    window = desk.window
    assert isinstance(desk.paster, FakePaster)
    qtbot.keyClicks(window.library.filter, "inbound greeting")
    qtbot.waitUntil(lambda: not window.library.runner.pending)
    qtbot.keyClick(window.library.filter, Qt.Key.Key_Return)
    assert QGuiApplication.clipboard().text() == GREETING  # copied, as always
    assert desk.paster.sent == []

    window.settings.enter_in_window = "paste"
    desk.quick._remember_previous()  # the agent was in Notepad before the window
    assert desk.quick.previous == NOTEPAD
    qtbot.keyClick(window.library.filter, Qt.Key.Key_Return)
    assert desk.paster.activated == [NOTEPAD] and len(desk.paster.sent) == 1
    assert desk.clipboard.puts[-1] == (GREETING, False)


def test_enter_set_to_paste_with_no_previous_program_copies_and_says_so(
    desk: Desk, qtbot: QtBot
) -> None:
    window = desk.window
    window.settings.enter_in_window = "paste"
    qtbot.keyClicks(window.library.filter, "inbound greeting")
    qtbot.waitUntil(lambda: not window.library.runner.pending)
    qtbot.keyClick(window.library.filter, Qt.Key.Key_Return)
    assert desk.clipboard.text == GREETING
    assert window.statusBar().currentMessage().startswith("Copied: there was no window")


def test_an_abbreviation_is_replaced_by_its_phrase(desk: Desk) -> None:
    desk.quick._shortcut_phrases = {
        p.shortcut: p for p in desk.window.kb.campaign_phrases(None) if p.shortcut
    }
    desk.quick.expand(";hi")
    assert isinstance(desk.paster, FakePaster)
    assert [erase for _keys, erase in desk.paster.sent] == [3]
    assert desk.clipboard.puts[0] == (GREETING, False)
    # ;sorry needs the customer's name: the popup opens with it, and erases it on Enter.
    desk.quick.expand(";sorry")
    popup = desk.quick.popup
    assert popup.isVisible()
    current = popup.current_phrase()
    assert current is not None and current.shortcut == ";sorry"
    assert desk.quick._erase == len(";sorry")


# ------------------------------------------------------------------ settings and languages


def test_the_paste_settings_save_on_ok(
    qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from assistant.ui.settings_dialog import SettingsDialog

    monkeypatch.setenv("AGENT_ASSISTANT_POLICY", str(tmp_path / "none.ini"))
    settings = Settings(data_dir)
    assert settings.enter_in_window == "copy" and not settings.abbreviations
    assert "xterm" in settings.shift_insert_apps
    dialog = SettingsDialog(settings, [])
    qtbot.addWidget(dialog)
    paste = dialog.paste
    paste.enter_action.setCurrentIndex(paste.enter_action.findData("paste"))
    paste.shift_insert.setText("xterm; Salesforce.exe")
    paste.abbreviations.setChecked(True)
    dialog.accept()
    again = Settings(data_dir)
    assert again.enter_in_window == "paste" and again.abbreviations
    assert again.shift_insert_apps == ("xterm", "Salesforce.exe")


def test_what_the_it_policy_switches_off_is_greyed_and_kept(
    qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from assistant.ui.settings_dialog import SettingsDialog

    policy = tmp_path / "policy.ini"
    policy.write_text("[paste]\nenabled = false\n", encoding="utf-8")
    monkeypatch.setenv("AGENT_ASSISTANT_POLICY", str(policy))
    settings = Settings(data_dir)
    settings.abbreviations = True  # chosen before IT switched it off
    dialog = SettingsDialog(settings, [])
    qtbot.addWidget(dialog)
    paste = dialog.paste
    assert not paste.enter_action.isEnabled() and not paste.abbreviations.isEnabled()
    assert not paste.abbreviations.isChecked()
    assert paste.abbreviations.toolTip() == "Switched off by your IT policy."
    dialog.accept()
    assert Settings(data_dir).abbreviations  # the agent's choice is kept for later


def test_hand_edited_paste_settings_fall_back_to_defaults(data_dir: Path) -> None:
    (data_dir / "settings.ini").write_text(
        "[paste]\nenter_in_window=always\nshift_insert_apps=xterm, kitty\nabbreviations=maybe\n",
        encoding="utf-8",
    )
    settings = Settings(data_dir)
    assert settings.enter_in_window == "copy"
    assert settings.shift_insert_apps == ("xterm", "kitty")  # an INI list, read as one
    assert settings.abbreviations is False
    with pytest.raises(ValueError, match="enter_in_window"):
        settings.enter_in_window = "always"


def test_the_popup_speaks_spanish(qtbot: QtBot, kb: KnowledgeBase) -> None:
    from assistant.ui.i18n import install_translators

    assert install_translators("es") == "es"
    try:
        popup = _popup(qtbot, kb)
        popup.open("notepad", True)
        assert popup.hints.text() == "Intro pega en notepad · Ctrl+Intro copia · Esc cierra"
        assert popup.search.placeholderText() == "Buscar frases para pegar"
    finally:
        install_translators("en")


def test_the_shortcut_pressed_again_closes_the_popup(desk: Desk) -> None:
    desk.window.hide()
    desk.quick.hotkey_pressed()
    assert desk.quick.popup.isVisible()
    desk.quick.hotkey_pressed()
    assert not desk.quick.popup.isVisible()
    assert isinstance(desk.paster, FakePaster)
    assert desk.paster.activated == [NOTEPAD] and desk.paster.sent == []


def test_the_window_remembers_the_program_the_agent_goes_to(desk: Desk, qtbot: QtBot) -> None:
    quick = desk.quick
    desk.window.settings.enter_in_window = "paste"
    quick._on_application_state(Qt.ApplicationState.ApplicationInactive)
    qtbot.waitUntil(lambda: quick.previous == NOTEPAD)
    assert quick._poll.isActive()  # kept up to date while the agent is away
    quick._on_application_state(Qt.ApplicationState.ApplicationActive)
    assert not quick._poll.isActive()


def test_set_to_copy_the_window_does_not_watch_where_the_agent_goes(desk: Desk) -> None:
    desk.quick._on_application_state(Qt.ApplicationState.ApplicationInactive)
    assert not desk.quick._poll.isActive() and desk.quick.previous is None


def test_the_it_policy_keeps_abbreviations_unwatched(make_window: MakeWindow) -> None:
    window = make_window()
    window.settings.abbreviations = True
    desk = Desk(window, FakePaster(), Policy(abbreviations_allowed=False))
    desk.quick.start()
    assert not desk.quick.abbreviations_on
