"""The fill-in form for richer fields: a drop-down per choice, defaults, optional sections."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit
from pytestqt.qtbot import QtBot

from assistant.core.model import Category
from assistant.core.pack import Pack, Phrase
from assistant.settings import Settings
from assistant.store.knowledge import KnowledgeBase
from assistant.ui.fill_form import FillForm
from assistant.ui.main_window import MainWindow
from tests.conftest import new_window, on_modal
from tests.test_keyboard_flow import clipboard, type_search

RICH = Pack(
    id="rich-test",
    name="Rich fields",
    version=1,
    phrases=(
        Phrase(
            "rich-quagga", "Plan change quagga",
            "About {reason:Billing|Technical|Other}: you are moving to {plan=Basic}."
            " [[?warranty: Your {years=2}-year warranty stays.]] Thank you.",
            Category.RESOLUTION,
        ),
    ),
)  # fmt: skip


@pytest.fixture
def window(qtbot: QtBot, kb: KnowledgeBase, data_dir: Path) -> MainWindow:
    """The main window over a library with RICH's phrase (not shown)."""
    kb.import_pack(RICH)
    made = new_window(kb, Settings(data_dir))
    qtbot.addWidget(made)
    return made


def test_choice_default_and_optional_section_in_the_form(qtbot: QtBot, window: MainWindow) -> None:
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    type_search(qtbot, window, "quagga")
    seen: dict[str, object] = {}

    def fill_in(form: FillForm) -> None:
        reason, plan = form.fields["reason"], form.fields["plan"]
        assert isinstance(reason, QComboBox) and isinstance(plan, QLineEdit)
        seen["choices"] = [reason.itemText(i) for i in range(reason.count())]
        seen["plan"] = plan.text()
        seen["first"] = form.preview.text()
        reason.setFocus()
        qtbot.keyClick(reason, Qt.Key.Key_Down)  # Billing -> Technical
        box = form.sections["warranty"]
        assert isinstance(box, QCheckBox) and box.isChecked()
        qtbot.keyClick(box, Qt.Key.Key_Space)  # drop the warranty sentence
        seen["preview"] = form.preview.text()
        qtbot.keyClick(plan, Qt.Key.Key_Return)

    on_modal(FillForm, fill_in)
    qtbot.keyClick(window.library.filter, Qt.Key.Key_Return)
    assert seen["choices"] == ["Billing", "Technical", "Other"]
    assert seen["plan"] == "Basic"
    assert seen["first"] == (
        "About Billing: you are moving to Basic. Your 2-year warranty stays. Thank you."
    )
    expected = "About Technical: you are moving to Basic. Thank you."
    assert seen["preview"] == expected
    assert clipboard() == expected


def test_a_fill_in_form_is_gone_once_read_accepted_or_cancelled(
    qtbot: QtBot, window: MainWindow
) -> None:
    # One form a phrase filled: kept, hidden, they would pile up over a shift, each holding
    # what the agent typed about a customer.
    [phrase] = [p for p in window.kb.campaign_phrases(None) if p.title == "Plan change quagga"]
    on_modal(FillForm, lambda form: qtbot.keyClick(form.fields["plan"], Qt.Key.Key_Return))
    assert window.copier.copy(phrase, window) is not None
    on_modal(FillForm, lambda form: form.reject())
    assert window.copier.copy(phrase, window) is None
    qtbot.waitUntil(lambda: not window.findChildren(FillForm))
