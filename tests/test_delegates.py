"""The lists' row painter: fonts made once per view font, elided texts and laid-out lines kept,
bounded, and drawn to the pixel as Qt draws a text."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QImage,
    QPainter,
    QStandardItem,
    QStandardItemModel,
)
from pytestqt.qtbot import QtBot

from assistant.core.model import Category, Ref
from assistant.store.knowledge import KnowledgeBase
from assistant.store.rows import PhraseRow
from assistant.ui.delegates import (
    _AT_BOTTOM,
    _LEFT_CENTER,
    _LEFT_TOP,
    _RIGHT_TOP,
    DetailRole,
    HeaderRole,
    HintRole,
    TwoLinePainter,
    _Fonts,
    _Place,
    look,
)
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


# Lines a list may show: plain, accented, a favourite's star, right to left, mixed, emoji, CJK,
# one longer than its rect (clipped by drawText), and nothing.
LINES = [
    "Thank you for holding",
    "Ñandú café: ¿le puedo ayudar? Straße",
    "★ Go ahead, I'm listening",
    "مرحبا بك، كيف يمكنني مساعدتك",
    "שלום, איך אפשר לעזור",
    "Order 1234 — مرحبا — done",
    "Sorry for the wait 🙏 really",
    "少々お待ちください",
    "A line far longer than the room it is given, " * 4,
    "",
]


def _drawn(font: QFont, paint: Callable[[QPainter], object], scale: float = 1.0) -> QImage:
    image = QImage(round(420 * scale), round(40 * scale), QImage.Format.Format_RGB32)
    image.setDevicePixelRatio(scale)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setPen(QColor("black"))
    painter.setFont(font)
    paint(painter)
    painter.end()
    return image


# Key hints, and lines with spaces, marks and runs in both directions at their ends.
MORE = ["Ctrl+1", "F2", "  spaced  ", " مرحبا ", "  שלום עולם  ", "abc مرحبا ", "a\u200fb", "★"]


def test_a_line_laid_out_once_is_drawn_to_the_pixel_as_drawtext_draws_it(qtbot: QtBot) -> None:
    kind = _Fonts(QFont())
    rect = QRect(8, 3, 384, 30)
    for scale in (1.0, 1.25, 1.5, 2.0):  # the display's scaling
        for font in (kind.strong, kind.detail, kind.hint, kind.heading):
            for place in (_LEFT_TOP, _AT_BOTTOM, _LEFT_CENTER, _RIGHT_TOP):
                for text in [*LINES, *MORE, "a tab\there", "a new\nline"]:

                    def kept(
                        p: QPainter, f: QFont = font, at: _Place = place, t: str = text
                    ) -> None:
                        kind.draw(p, f, rect, at, t, True)

                    def qt(p: QPainter, at: _Place = place, t: str = text) -> None:
                        p.drawText(rect, at.align, t)

                    assert _drawn(font, kept, scale) == _drawn(font, qt, scale), (
                        scale,
                        font.toString(),
                        place,
                        text,
                    )


def test_a_line_is_laid_out_once_in_each_font_and_no_more_than_so_many_are_kept(
    qtbot: QtBot,
) -> None:
    kind = _Fonts(QFont())
    found: list[object] = []

    def lines(painter: QPainter) -> None:
        line = kind.line(painter, kind.strong, LINES[0])
        found.extend([line, kind.line(painter, kind.strong, LINES[0])])
        painter.setFont(kind.detail)
        found.append(kind.line(painter, kind.detail, LINES[0]))
        for n in range(_Fonts.KEPT_LINES + 10):  # a long shift's scrolling
            kind.line(painter, kind.detail, f"phrase {n}")

    _drawn(kind.strong, lines)
    assert found[1] is found[0]  # laid out once, kept
    assert found[2] is not found[0]  # in each font apart
    assert len(kind._lines) <= _Fonts.KEPT_LINES


def _rows() -> list[PhraseRow]:
    category = Category.EMPATHY
    return [
        PhraseRow(Ref("p", f"r{n}"), title, LINES[(n + 3) % len(LINES)], category, (), key, fav)
        for n, (title, key, fav) in enumerate(
            [
                (LINES[0], None, False),
                (LINES[2], "ty", True),
                (LINES[3], "سلام", False),
                (LINES[4], None, True),
                (LINES[6], "ünï", False),
                (LINES[8], None, False),
                *((f"Phrase {n}", f"k{n}", n % 2 == 0) for n in range(8)),
            ]
        )
    ]


def test_a_rows_look_is_what_its_roles_say(qtbot: QtBot, kb: KnowledgeBase) -> None:
    library = _library(qtbot, kb)
    for rows in (None, _rows()):
        if rows is not None:
            library.model.set_results(rows)
        model = library.model
        assert model.rowCount() > 10
        for row in range(model.rowCount()):
            index = model.index(row)
            assert (
                look(index)
                == model.look_of(row)
                == (
                    bool(index.data(HeaderRole)),
                    index.data(Qt.ItemDataRole.DisplayRole),
                    index.data(DetailRole) or "",
                    index.data(HintRole) or "",
                )
            )
    # A model without look_of (the campaign picker's) is read through its roles.
    other = QStandardItemModel()
    item = QStandardItem("Collections")
    item.setData("Outbound · Domestic", DetailRole)
    other.appendRow(item)
    assert look(other.index(0, 0)) == (False, "Collections", "Outbound · Domestic", "")


def test_the_list_is_painted_to_the_pixel_as_with_each_line_laid_out_to_draw_it(
    qtbot: QtBot, kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch
) -> None:
    library = _library(qtbot, kb)
    for rows in (None, _rows()):
        if rows is not None:
            library.model.set_results(rows)
        library.view.setCurrentIndex(library.model.index(library.model.first_phrase_row()))
        library.view.setFocus()
        kept = library.view.viewport().grab().toImage()
        with monkeypatch.context() as patch:
            patch.setattr(_Fonts, "draw", _drawn_by_qt)
            assert library.view.viewport().grab().toImage() == kept


def _drawn_by_qt(
    self: _Fonts, painter: QPainter, font: QFont, rect: QRect, place: _Place, text: str, _: bool
) -> None:
    painter.drawText(rect, place.align, text)
