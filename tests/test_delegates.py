"""The lists' row painter: fonts made once per view font, elided texts kept, bounded."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from pytestqt.qtbot import QtBot

from assistant.store.knowledge import KnowledgeBase
from assistant.ui.delegates import TwoLinePainter, _Fonts
from tests.test_ui_panels import _library


def test_texts_are_elided_on_one_line_and_kept_until_there_are_too_many(qtbot: QtBot) -> None:
    font = QFont()
    kind = _Fonts(font)
    text = "Thank you for   waiting,\nI have the account details in front of me now."
    width = 120
    expected = QFontMetrics(kind.detail).elidedText(
        " ".join(text.split()), Qt.TextElideMode.ElideRight, width
    )
    first = kind.elided(kind.detail_metrics, text, width)
    assert first == expected and "\n" not in first and first.endswith("…")
    assert kind.elided(kind.detail_metrics, text, width) is first  # kept, not elided again
    # The title's, in bold, is kept apart from the detail line's.
    assert kind.elided(kind.strong_metrics, text, width) == QFontMetrics(kind.strong).elidedText(
        " ".join(text.split()), Qt.TextElideMode.ElideRight, width
    )
    for n in range(_Fonts.KEPT + 10):  # a long shift's scrolling: the store stays bounded
        kind.elided(kind.detail_metrics, f"phrase {n}", width)
    assert len(kind._elided) <= _Fonts.KEPT


def test_the_rows_are_drawn_in_the_lists_font_after_a_text_size_change(
    qtbot: QtBot, kb: KnowledgeBase
) -> None:
    library = _library(qtbot, kb)
    delegate = library.view.itemDelegate()
    assert isinstance(delegate, TwoLinePainter)
    library.view.grab()
    assert delegate._fonts is not None and delegate._fonts.base == library.view.font()
    bigger = QFont(library.view.font())
    bigger.setPointSizeF(bigger.pointSizeF() * 1.5)
    library.view.setFont(bigger)
    library.view.grab()
    assert delegate._fonts.base == bigger
    assert (
        delegate._fonts.strong.pointSizeF() == bigger.pointSizeF() and delegate._fonts.strong.bold()
    )
