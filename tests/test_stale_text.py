"""Everything shown is what would be pasted now: the hold bar's check-in line and the preview
follow the customer's name, the agent's name and company, the campaign and the call, whichever
way they change (typed, from a fill-in form, from Settings, at the end of a call)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from assistant.core.model import CampaignType, Category, Direction, Reach, Ref
from assistant.core.pack import Campaign, HoldPolicy, Pack, Phrase
from assistant.settings import Settings
from assistant.store.knowledge import KnowledgeBase
from assistant.ui.fill_form import FillForm
from assistant.ui.main_window import MainWindow
from tests.conftest import MakeWindow

DESK = Ref("stale-test", "desk")
CHECK_IN = "Thanks for waiting, {customer_name}; {agent_name} at {company} is back."
PACK = Pack(
    id="stale-test",
    name="Stale test",
    version=1,
    campaigns=(
        Campaign(
            "desk", "Desk", CampaignType.HELP_DESK, Direction.INBOUND, Reach.DOMESTIC,
            hold=HoldPolicy(60, "check-back"),
        ),
    ),
    phrases=(
        Phrase("check-back", "Check back", CHECK_IN, Category.HOLD),
        Phrase("hello", "Hello", "Hello {customer_name}, {agent_name} here.", Category.OPENING),
    ),
)  # fmt: skip


@pytest.fixture
def window(make_window: MakeWindow, kb: KnowledgeBase, data_dir: Path) -> MainWindow:
    kb.import_pack(PACK)
    settings = Settings(data_dir)
    settings.agent_name, settings.company = "Maria", "ACME"
    shown = make_window(settings)
    shown.campaigns.select(DESK)
    shown.desk.start_call()
    return shown


def nag(window: MainWindow) -> None:
    """A hold past its check-in point: red, its check-in line shown."""
    started = datetime.now(UTC) - timedelta(seconds=90)
    window.services.activity.log_hold_start(started, DESK, 60, window.desk.call.call_id)
    window.desk.resume_after_restart()
    window.hold.on_deadline()
    assert window.hold.phrase_row.isVisible()


def line(window: MainWindow) -> str:
    return window.hold.phrase_label.text()


def copy_check_in(qtbot: QtBot, window: MainWindow, typed: str | None = None) -> str | None:
    """Copy the check-in line as the hold bar's Copy does; type ``typed`` if a form asks."""
    asked: list[str] = []

    def answer() -> None:
        form = QApplication.activeModalWidget()
        if isinstance(form, FillForm):
            asked.extend(form.fields)
            if typed is not None:
                name = form.fields["customer_name"]
                assert isinstance(name, QLineEdit)
                name.setText(typed)
                form.accept()
            else:
                form.reject()

    QTimer.singleShot(0, answer)
    text = window.copy_check_in_phrase()
    assert asked == ([] if typed is None else ["customer_name"])
    return text


def test_the_check_in_line_during_a_nag_names_the_customer_typed_for_the_call(
    qtbot: QtBot, window: MainWindow
) -> None:
    nag(window)
    assert line(window) == "Thanks for waiting, {customer_name}; Maria at ACME is back."
    qtbot.keyClicks(window.call_context.customer, "Jane")
    assert line(window) == "Thanks for waiting, Jane; Maria at ACME is back."
    assert copy_check_in(qtbot, window) == line(window) == QGuiApplication.clipboard().text()


def test_a_name_typed_in_the_fill_in_form_reaches_the_check_in_line(
    qtbot: QtBot, window: MainWindow
) -> None:
    nag(window)
    copied = copy_check_in(qtbot, window, typed="Omar")
    assert copied == "Thanks for waiting, Omar; Maria at ACME is back."
    assert line(window) == copied  # the bar says what was pasted
    assert window.call_context.customer_name() == "Omar"


def test_settings_changes_reach_the_preview_and_the_check_in_line_at_once(
    qtbot: QtBot, window: MainWindow
) -> None:
    nag(window)
    window.library.filter.setText("Hello")
    window.library.refresh()
    before = window.library.current_phrase()
    assert before is not None and window.library.preview.text() == (
        "Hello {customer_name}, Maria here."
    )
    window.settings.agent_name = "Rosa"
    window.settings.company = "Telco"
    assert window.library.current_phrase() == before  # the selection did not move
    assert window.library.preview.text() == "Hello {customer_name}, Rosa here."
    assert line(window) == "Thanks for waiting, {customer_name}; Rosa at Telco is back."
    # A company for this campaign alone, from Settings.
    window.settings.set_companies({str(DESK): "Desk Co"})
    assert line(window).endswith("Rosa at Desk Co is back.")


def test_settings_saved_from_the_dialog_reach_the_preview(qtbot: QtBot, window: MainWindow) -> None:
    window.library.filter.setText("Hello")
    window.library.refresh()

    def change() -> None:
        from assistant.ui.settings_dialog import SettingsDialog

        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SettingsDialog)
        dialog.agent_name.setText("Lee")
        dialog.accept()

    QTimer.singleShot(0, change)
    window.menus.show_settings()
    assert window.library.preview.text() == "Hello {customer_name}, Lee here."


def test_the_end_of_the_call_forgets_the_name_in_what_is_shown(
    qtbot: QtBot, window: MainWindow
) -> None:
    nag(window)
    window.call_context.set_customer_name("Jane")
    window.library.filter.setText("Hello")
    window.library.refresh()
    assert window.library.preview.text() == "Hello Jane, Maria here."
    window.desk.end_call()
    assert window.library.preview.text() == "Hello {customer_name}, Maria here."
    assert "Jane" not in line(window)


def test_a_pack_update_during_a_nag_shows_its_new_words(
    qtbot: QtBot, window: MainWindow, kb: KnowledgeBase
) -> None:
    import dataclasses

    nag(window)
    window.call_context.set_customer_name("Jane")
    new = dataclasses.replace(
        PACK,
        version=2,
        phrases=(
            Phrase("check-back", "Check back", "Still with you, {customer_name}?", Category.HOLD),
            *PACK.phrases[1:],
        ),
    )
    kb.import_pack(new)
    assert line(window) == "Still with you, Jane?"
