"""The first start asks for the agent's name and company once, with the keyboard alone; the
fill-in form keeps them in Settings when a phrase asks for them, so the next one does not."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from assistant.core.model import Category
from assistant.core.pack import Pack, Phrase
from assistant.settings import Settings
from assistant.store.knowledge import KnowledgeBase
from assistant.ui.fill_form import FillForm
from assistant.ui.first_run import ProfileDialog, ask_once
from tests.conftest import MakeWindow, on_modal, tab_chain
from tests.test_keyboard_flow import type_search

GREETING = Pack(
    id="first-run-test",
    name="First run test",
    version=1,
    phrases=(
        Phrase(
            "greet-quokka", "Greeting quokka",
            "Thank you for calling {company}, this is {agent_name}.", Category.OPENING,
        ),
        Phrase(
            "sign-off-quokka", "Sign-off quokka", "{agent_name} from {company}, goodbye.",
            Category.CLOSING,
        ),
        Phrase(
            "amount-quokka", "Amount quokka", "{agent_name} here: that is {amount}.",
            Category.OTHER,
        ),
    ),
)  # fmt: skip


@pytest.fixture
def over(qtbot: QtBot) -> QWidget:
    """A window of the test's own for the step to open over, as the program opens it over its
    own. The step deletes itself when it closes, so it is this window that qtbot closes at the
    end, not the step (closing a step that is gone fails the teardown); and whichever window
    happened to be active, another test's on its way out, is no parent for it."""
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    return window


def _open(qtbot: QtBot, over: QWidget, settings: Settings) -> ProfileDialog:
    dialog = ask_once(over, settings)
    assert dialog is not None
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def test_the_first_start_asks_for_name_and_company_once(
    qtbot: QtBot, over: QWidget, data_dir: Path
) -> None:
    settings = Settings(data_dir)
    dialog = _open(qtbot, over, settings)
    assert dialog.focusWidget() is dialog.agent_name
    qtbot.keyClicks(dialog.agent_name, "  Maria  Lopez ")
    qtbot.keyClick(dialog.agent_name, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.company
    qtbot.keyClicks(dialog.company, "ACME Cards")
    qtbot.keyClick(dialog.company, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert (settings.agent_name, settings.company) == ("Maria Lopez", "ACME Cards")
    # Remembered in the settings file: the next start does not ask.
    again = Settings(data_dir)
    assert again.profile_asked and again.agent_name == "Maria Lopez"
    assert ask_once(QWidget(), again) is None


def test_escape_skips_it_and_it_is_not_asked_again(
    qtbot: QtBot, over: QWidget, data_dir: Path
) -> None:
    settings = Settings(data_dir)
    dialog = _open(qtbot, over, settings)
    qtbot.keyClicks(dialog.agent_name, "half typed")
    qtbot.keyClick(dialog.agent_name, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert settings.agent_name == "" and settings.company == ""  # skipping keeps nothing
    assert ask_once(QWidget(), Settings(data_dir)) is None


def test_the_step_is_keyboard_only(qtbot: QtBot, over: QWidget, data_dir: Path) -> None:
    dialog = _open(qtbot, over, Settings(data_dir))
    chain = tab_chain(qtbot, dialog.agent_name)
    assert chain == [dialog.agent_name, dialog.company, dialog.save_button, dialog.skip_button]
    for widget in (dialog.agent_name, dialog.company):
        assert widget.accessibleName()
    dialog.reject()


def test_what_it_preset_is_not_asked_and_half_of_it_is_filled_in(
    qtbot: QtBot, over: QWidget, data_dir: Path
) -> None:
    settings = Settings(data_dir)
    settings.agent_name, settings.company = "Rosa", "Telco"  # IT preset both in settings.ini
    assert ask_once(QWidget(), settings) is None
    settings.company = ""
    dialog = _open(qtbot, over, settings)
    assert dialog.agent_name.text() == "Rosa" and dialog.focusWidget() is dialog.company
    dialog.reject()


def test_a_phrase_that_asks_for_them_offers_to_keep_them_in_settings(
    qtbot: QtBot, make_window: MakeWindow, kb: KnowledgeBase, data_dir: Path
) -> None:
    kb.import_pack(GREETING)
    settings = Settings(data_dir)
    window = make_window(settings)
    type_search(qtbot, window, "greeting quokka")
    assert window.library.preview.text() == "Thank you for calling {company}, this is {agent_name}."
    seen: dict[str, object] = {}

    def fill_in(form: FillForm) -> None:
        seen["fields"] = list(form.fields)
        seen["remember"] = form.remember is not None and form.remember.isChecked()
        qtbot.keyClicks(form.fields["company"], "ACME")
        qtbot.keyClick(form.fields["company"], Qt.Key.Key_Tab)
        qtbot.keyClicks(form.fields["agent_name"], "Maria")
        qtbot.keyClick(form.fields["agent_name"], Qt.Key.Key_Return)

    on_modal(FillForm, fill_in)
    qtbot.keyClick(window.library.filter, Qt.Key.Key_Return)
    assert seen == {"fields": ["company", "agent_name"], "remember": True}
    assert QGuiApplication.clipboard().text() == "Thank you for calling ACME, this is Maria."
    assert (settings.agent_name, settings.company) == ("Maria", "ACME")
    # What is shown is what would be pasted now.
    assert window.library.preview.text() == "Thank you for calling ACME, this is Maria."
    # The next phrase that needs them copies at once: no form.
    window.library.filter.setText("sign-off quokka")
    window.library.refresh()
    opened: list[object] = []

    def no_form() -> None:  # a form would wait for the agent: note it and close it
        form = QApplication.activeModalWidget()
        if form is not None:
            opened.append(form)
            form.close()

    QTimer.singleShot(0, no_form)
    assert window.library.activate_nth(1)
    assert opened == []
    assert QGuiApplication.clipboard().text() == "Maria from ACME, goodbye."


def test_untick_it_and_nothing_is_kept(
    qtbot: QtBot, make_window: MakeWindow, kb: KnowledgeBase, data_dir: Path
) -> None:
    kb.import_pack(GREETING)
    settings = Settings(data_dir)
    window = make_window(settings)
    type_search(qtbot, window, "amount quokka")

    def fill_in(form: FillForm) -> None:
        assert form.remember is not None
        form.remember.setChecked(False)
        form.fields["agent_name"].setFocus()
        qtbot.keyClicks(form.fields["agent_name"], "Guest")
        qtbot.keyClick(form.fields["agent_name"], Qt.Key.Key_Tab)
        qtbot.keyClicks(form.fields["amount"], "$5")
        qtbot.keyClick(form.fields["amount"], Qt.Key.Key_Return)

    on_modal(FillForm, fill_in)
    qtbot.keyClick(window.library.filter, Qt.Key.Key_Return)
    assert QGuiApplication.clipboard().text() == "Guest here: that is $5."
    assert settings.agent_name == "" and not Settings(data_dir).agent_name


def test_a_form_asking_only_what_the_agent_alone_knows_offers_nothing(qtbot: QtBot) -> None:
    form = FillForm("Refund", "Refunded {amount}.", {}, ["amount"])
    qtbot.addWidget(form)
    assert form.remember is None and form.remembered() == {}


def test_the_program_asks_when_its_window_first_opens(
    qtbot: QtBot, make_window: MakeWindow, data_dir: Path
) -> None:
    from assistant.app import _first_questions

    window = make_window(Settings(data_dir))
    _first_questions(window)
    [dialog] = window.findChildren(ProfileDialog)
    assert dialog.isVisible() and dialog.isModal()
    dialog.reject()
    _first_questions(window)  # the next start
    assert [d for d in window.findChildren(ProfileDialog) if d.isVisible()] == []
