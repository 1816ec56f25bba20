"""The window at its default 420 x 700 in the worst case: a call with its details open, a hold
nagging and the customer's mood picked. What the agent must always see stays whole (hold bar,
call bar, every mood button shown, the search box, at least four phrases, and the mood's "Do"
heading with three lines of it); the details, the rest of the tips card and the preview give
way. During a call a picked mood folds the row of moods to that mood and "Change" (every mood
in its menu); before one is picked every mood of the built-in pack is a button, and a pack with
more moods than fit in MAX_LINES lines has "N more".
Wide (ui/columns.py), the mood, its tips and the call details are a column beside the phrases.
"""

from __future__ import annotations

import html
import json
import os
import subprocess
import sys
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from assistant.core.model import BUILTIN_PACK_ID, Ref
from assistant.services.desk import Desk
from assistant.store.activity import ActivityLog
from assistant.store.knowledge import KnowledgeBase
from assistant.ui import theme, window_modes
from assistant.ui.buttons import FUSION_PADDING, CompactButton
from assistant.ui.events import DeskEvents
from assistant.ui.main_window import MainWindow
from assistant.ui.phrase_library import MIN_ROWS
from assistant.ui.rich_label import MeasuredLabel
from tests.conftest import MakeWindow

COLLECTIONS = Ref(BUILTIN_PACK_ID, "collections")
ANGRY = Ref(BUILTIN_PACK_ID, "angry")
CONFUSED = Ref(BUILTIN_PACK_ID, "confused")
DO_LINES = 3
ROOT = Path(__file__).resolve().parent.parent


def worst_case(window: MainWindow, mood: Ref | None = ANGRY, *, call: bool = True) -> None:
    """A call on a campaign with a call flow (details open), a due callback, a hold two and a
    half minutes long (red, nagging, its check-in line shown), and the customer's mood picked
    (the angry one has the most tips). ``call=False``: the same hold without a call (an agent
    whose softphone does not tell the window of calls)."""
    window.campaigns.select(COLLECTIONS)
    if call:
        window.desk.start_call()
    window.call.details_button.setChecked(True)
    started = datetime.now(UTC) - timedelta(seconds=150)
    window.services.activity.log_hold_start(started, COLLECTIONS, 120)
    window.desk.resume_after_restart()
    window.hold.on_deadline()
    window.services.activity.add_callback("Jane Doe", "555-0101", started, "card replacement")
    if mood is not None:
        window.personas.select(mood)
    for _ in range(3):  # a minimum that grew is told to the parents one level at a time
        QApplication.processEvents()


def do_lines_shown(window: MainWindow) -> tuple[int, int]:
    """(lines of the chosen mood's "Do" tips in view in the card, lines it has): the card's
    text laid out at its width, against the part of it the card shows."""
    label, card = window.personas.tips, window.personas.card
    document = QTextDocument()
    document.setDefaultFont(label.font())
    document.setDocumentMargin(0)
    document.setHtml(label.text())
    document.setTextWidth(label.contentsRect().width())
    layout = document.documentLayout()
    heading = document.begin()
    assert heading.text() == "Do", "the card opens with what to do"
    seen_to = (
        card.verticalScrollBar().value() + card.viewport().height() - label.contentsRect().top()
    )
    shown = total = 0
    block = heading.next()
    while block.isValid() and block.textList() is not None:
        top = layout.blockBoundingRect(block).top()
        for number in range(block.layout().lineCount()):
            line = block.layout().lineAt(number)
            total += 1
            shown += top + line.y() + line.height() <= seen_to
        block = block.next()
    return shown, total


def fully_shown(widget: QWidget) -> bool:
    """Visible, and not cut by any parent: what is left unclipped is the whole widget."""
    return (
        widget.isVisible()
        and not widget.rect().isEmpty()
        and widget.visibleRegion().boundingRect() == widget.rect()
    )


def window_rect(widget: QWidget, window: QWidget) -> QRect:
    return QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())


def full_rows(window: MainWindow) -> int:
    """Phrases shown whole (the headings between them not counted)."""
    view = window.library.view
    model = window.library.model
    viewport = view.viewport().rect()
    return sum(
        1
        for row in range(model.rowCount())
        if model.phrase_at(row) is not None
        and viewport.contains(view.visualRect(model.index(row, 0)))
    )


def style_paddings(window: MainWindow) -> list[int]:
    """What the style itself adds around each compact button's text (its own answer, which
    CompactButton does not ask for at start)."""
    from PySide6.QtWidgets import QStyle, QStyleOptionButton

    paddings = set()
    for button in window.findChildren(CompactButton):
        option = QStyleOptionButton()
        button.initStyleOption(option)
        wide = button.style().sizeFromContents(
            QStyle.ContentsType.CT_PushButton, option, QSize(1000, 20), button
        )
        paddings.add(wide.width() - 1000)
    return sorted(paddings)


def must_see_problems(window: MainWindow) -> list[str]:
    """What the agent cannot see whole; an empty list when everything is there."""
    problems = []
    must = [window.library.filter, window.library.view, window.hold]
    if not window.modes.compact:
        row = window.personas.buttons_box
        must += [window.call, *row.shown_buttons()]
        if len(row.shown_buttons()) < len(window.personas.personas()):
            must.append(row.more)  # the other moods: in its menu, one key away
            if len(row.mood_actions()) != len(window.personas.personas()):
                problems.append("the menu of moods does not list every mood")
    for widget in must:
        if not fully_shown(widget):
            name = widget.accessibleName() or type(widget).__name__
            problems.append(f"{name} is not fully visible")
    if window.hold.phrase_row.isVisible() and not fully_shown(window.hold.phrase_label):
        problems.append("the check-in phrase is cut")
    rects = [window_rect(w, window) for w in must]
    for i, a in enumerate(rects):
        for j in range(i + 1, len(rects)):
            if a.intersects(rects[j]):
                problems.append(f"{must[i].accessibleName()} overlaps {must[j].accessibleName()}")
    rows = full_rows(window)
    if rows < MIN_ROWS:
        problems.append(f"only {rows} phrases are visible")
    mood = window.personas.current()
    if mood is not None and mood.tips and not window.modes.compact:
        shown, total = do_lines_shown(window)
        if shown < min(DO_LINES, total):
            problems.append(f"only {shown} lines of what to do with an {mood.name} customer")
    return problems


@pytest.fixture(params=["light", "dark"])
def themed(request: pytest.FixtureRequest) -> Iterator[str]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    theme.apply_theme(app, request.param)
    yield request.param
    theme.apply_theme(app, "light")
    app.setStyleSheet("")


def test_everything_the_agent_needs_fits_at_420_by_700_in_the_worst_case(
    make_window: MakeWindow, themed: str
) -> None:
    window = make_window()
    window.resize(420, 700)
    worst_case(window)
    assert window.call_details.isVisible() and window.hold.phrase_row.isVisible()
    assert window.hold.property("nag") == "due"
    assert window.size() == QSize(420, 700)  # it fits: the window did not have to grow
    assert must_see_problems(window) == []
    assert style_paddings(window) == [FUSION_PADDING]
    # The mood picked during the call is the row's one mood, beside "Change" (every mood in
    # its menu): one line, inside the row's visible area, nothing on top of another.
    box = window.personas.buttons_box
    assert len(box.group.buttons()) == len(window.personas.personas()) >= 16
    assert box.folded and [b.text() for b in box.shown_buttons()] == ["Angry"]
    buttons = [*box.shown_buttons(), box.more]
    assert box.more.text() == "Change" and box.height() < 2 * box.more.height()
    for button in buttons:
        assert box.visibleRegion().boundingRect().contains(button.geometry()), button.text()
    for i, a in enumerate(buttons):
        for b in buttons[i + 1 :]:
            assert not a.geometry().intersects(b.geometry()), (a.text(), b.text())
    # What gave way: the details panel and the tips card; the details still show one whole
    # row (here the due callback), the card what to do (three lines of it): the rest scrolls.
    assert window.call_details.height() < window.call_details.sizeHint().height()
    callbacks = window.call_details.callbacks.view
    first = callbacks.visualRect(callbacks.model().index(0, 0))
    assert callbacks.viewport().visibleRegion().boundingRect().contains(first)
    shown, total = do_lines_shown(window)
    assert shown >= DO_LINES and window.personas.card.verticalScrollBar().maximum() > 0
    # A call needs no campaign summary (the hold bar says the check-in interval): its line
    # went to the tips; it is back after the call.
    assert not window.campaigns.summary.isVisible()
    window.desk.end_hold()
    window.desk.end_call()
    assert window.campaigns.summary.isVisible()


def test_a_hold_without_a_call_fits_at_420_by_700_too(make_window: MakeWindow, themed: str) -> None:
    window = make_window()
    window.resize(420, 700)
    worst_case(window, call=False)
    assert window.hold.property("nag") == "due" and not window.desk.call.running
    assert window.size() == QSize(420, 700)  # it grew to 736 when only a call folded the moods
    assert must_see_problems(window) == []
    # A customer on hold is on the line: the picked mood alone, which makes the room. The
    # campaign summary's line went to the tips with the mood, not with the hold (hiding it
    # at a hold's start and end would lay the window out again at every hold event).
    box = window.personas.buttons_box
    assert box.folded and [b.text() for b in box.shown_buttons()] == ["Angry"]
    assert not window.campaigns.summary.isVisible()
    window.desk.end_hold()  # still with the customer's mood, every mood back
    assert not box.folded and window.personas.current() is not None
    assert not window.campaigns.summary.isVisible()
    assert window.size() == QSize(420, 700)
    window.personas.select(None)
    assert window.campaigns.summary.isVisible()


def test_every_panel_takes_a_desk_event_before_the_window_is_laid_out(
    qtbot: QtBot, kb: KnowledgeBase
) -> None:
    """One panel needs more room for an event and lays its ancestors out there and then (as
    the row of moods does); another gives the same room back for it by hiding a part of itself,
    which Qt lays out from the event loop. Taken one after the other, the window grew to the
    first and stayed (a hold's end without a call, with a mood and the call details, at
    420 x 700: 20 px); the relay lays the window out once, after both."""
    desk = Desk(kb, ActivityLog(kb.database))
    window = QWidget()
    qtbot.addWidget(window)
    events = DeskEvents(desk, window)
    grows, shrinks, extra = QWidget(window), QWidget(window), QWidget()
    grows.setMinimumHeight(100)
    extra.setFixedHeight(60)
    QVBoxLayout(shrinks).addWidget(extra)
    box = QVBoxLayout(window)
    box.addWidget(grows)
    box.addWidget(shrinks)
    window.show()
    window.resize(200, window.minimumSizeHint().height())
    _settle()
    size = window.size()

    def grow(_event: object) -> None:
        grows.setMinimumHeight(160)
        box.activate()  # laid out there and then, as a shown widget's ancestors are

    events.happened.connect(grow)
    events.happened.connect(lambda _event: extra.hide())
    desk.start_hold()
    assert window.size() == size
    _settle()
    assert window.size() == size
    assert grows.height() == 160 and not extra.isVisible()


@pytest.mark.parametrize("points", [0, 16])
def test_the_details_button_keeps_its_size_when_it_is_on(
    make_window: MakeWindow, themed: str, points: int
) -> None:
    """On, the button is drawn by the stylesheet (its box model, resources/style.qss), off by
    Fusion: the same size both ways, or opening the details would move the call bar's buttons,
    and a theme or font size applied while they are open would size it otherwise."""
    from PySide6.QtWidgets import QStyle, QStyleOptionButton

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    theme.apply_theme(app, themed, points)
    button = make_window().call.details_button
    sizes = {}
    for on in (False, True):
        button.setChecked(on)
        option = QStyleOptionButton()
        button.initStyleOption(option)
        text = QSize(100, button.fontMetrics().height())
        sizes[on] = button.style().sizeFromContents(
            QStyle.ContentsType.CT_PushButton, option, text, button
        )
    assert sizes[True] == sizes[False]
    assert sizes[True].width() == 100 + FUSION_PADDING


def _settle() -> None:
    for _ in range(3):  # a minimum that grew is told to the parents one level at a time
        QApplication.processEvents()


@pytest.mark.parametrize("width", [420, 900])
def test_the_moods_stay_where_they_are_when_a_call_starts_and_ends(
    make_window: MakeWindow, width: int
) -> None:
    # The campaign summary above them hid at the call's start: every mood button moved up a
    # line under the pointer, and an agent about to pick a mood picked the one below it.
    window = make_window()
    window.resize(width, 700)
    window.campaigns.select(COLLECTIONS)
    _settle()
    assert window.columns.wide is (width >= 760)
    box = window.personas.buttons_box

    def moods() -> list[tuple[str, QRect]]:
        return [(b.text(), window_rect(b, window)) for b in box.shown_buttons()]

    before = moods()
    assert len(before) == len(window.personas.personas())
    window.desk.start_call()
    _settle()
    assert window.call_details.isVisible()  # the call flow opened, and took no mood's place
    assert moods() == before
    assert window.size() == QSize(width, 700)
    window.desk.end_call()
    _settle()
    assert moods() == before


def _below_the_moods(window: MainWindow) -> dict[str, QRect]:
    """Where everything outside the mood and tips panel (and the campaign line under it) is,
    in the window; and the column they are in."""
    parts: dict[str, QWidget] = {
        "phrases": window.columns.main,
        "search": window.library.filter,
        "list": window.library.view,
        "preview": window.library.preview,
        "details": window.call_details,
        "call bar": window.call,
        "hold bar": window.hold,
        "mood column": window.columns.side,
    }
    return {name: window_rect(widget, window) for name, widget in parts.items()}


def test_a_mood_picked_between_calls_moves_nothing_outside_the_mood_column(
    make_window: MakeWindow,
) -> None:
    """Between calls every mood is a button, and a picked mood's tips keep three lines of
    "Do" in view: at 420 x 700 that was more than the mood column's share of the window, so
    picking a mood moved the splitter and everything under it, and clearing it moved it back
    (the whole window laid out and repainted each time). The campaign summary's line goes to
    the tips instead, as during a call. (With the call details open between calls the
    column's share is smaller still, and the splitter still gives way.)"""
    window = make_window()
    window.resize(420, 700)
    window.campaigns.select(COLLECTIONS)
    _settle()
    below = {name: rect for name, rect in _below_the_moods(window).items() if name != "mood column"}

    def moved() -> dict[str, QRect]:
        now = _below_the_moods(window)
        return {name: now[name] for name in below if now[name] != below[name]}

    column = window.columns.side.geometry()
    for name, step in [
        ("mood picked", lambda: window.personas.select(ANGRY)),
        ("another mood", lambda: window.personas.select(Ref(BUILTIN_PACK_ID, "confused"))),
        ("mood cleared", lambda: window.personas.select(None)),
        ("picked again", lambda: window.personas.select(ANGRY)),
    ]:
        step()
        _settle()
        assert moved() == {}, name
        assert window.columns.side.geometry() == column, name
        assert window.size() == QSize(420, 700), name
        picked = window.personas.current() is not None
        assert window.campaigns.summary.isVisible() is not picked, name
        if picked:
            shown, _total = do_lines_shown(window)
            assert shown >= DO_LINES, name
    window.desk.start_call()  # the call flow opens under the phrases
    _settle()
    window.desk.end_call()
    _settle()
    assert window.campaigns.summary.isVisible() and window.personas.current() is None
    assert window.size() == QSize(420, 700)


class _Events(QObject):
    """Counts the events of one type each of some widgets gets."""

    def __init__(self, kind: QEvent.Type, widgets: Iterable[QWidget]) -> None:
        super().__init__()
        self._kind = kind
        self.got: list[QWidget] = []
        for widget in widgets:
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == self._kind and isinstance(watched, QWidget):
            self.got.append(watched)
        return False


@pytest.mark.parametrize("height", [600, 640, 700])
def test_a_mood_picked_between_calls_lays_the_mood_panel_out_once(
    make_window: MakeWindow, height: int
) -> None:
    """The tips take the campaign summary's line: the panel grows by it, and lays out once, at
    its new height. (The panel laid out first at its old height, with the tips' larger
    minimum: where that was more than the card had, every mood button was squeezed a few
    pixels and the card too, then all of it laid out again.)"""
    window = make_window()
    window.resize(420, height)
    window.campaigns.select(COLLECTIONS)
    _settle()
    personas = window.personas
    resizes = _Events(QEvent.Type.Resize, [personas.buttons_box, personas.card])
    for name, ref in [("picked", ANGRY), ("cleared", None), ("picked again", ANGRY)]:
        resizes.got.clear()
        personas.select(ref)
        _settle()
        assert resizes.got.count(personas.buttons_box) == 0, name
        assert resizes.got.count(personas.card) == 1, name


def test_a_mood_picked_or_cleared_paints_again_only_the_buttons_it_changed(
    make_window: MakeWindow,
) -> None:
    """The mood panel grows or shrinks by the campaign summary's line when a mood is picked or
    cleared between calls; the row of moods above stays as it was, and only the buttons whose
    state changed are painted again (every one of them was, a fifth of a millisecond each)."""
    window = make_window()
    window.resize(420, 700)
    window.campaigns.select(COLLECTIONS)
    _settle()
    personas = window.personas
    buttons = personas.group.buttons()
    paints = _Events(QEvent.Type.Paint, buttons)
    angry, confused = personas.button_for(ANGRY), personas.button_for(CONFUSED)
    for name, ref, changed in [
        ("picked", ANGRY, {angry}),
        ("another", CONFUSED, {angry, confused}),
        ("cleared", None, {confused}),
    ]:
        paints.got.clear()
        personas.select(ref)
        _settle()
        assert window.campaigns.summary.isVisible() is (ref is None), name
        assert set(paints.got) == changed, name


@pytest.mark.parametrize("width", [420, 900])
def test_a_call_and_its_mood_move_nothing_outside_the_mood_panel(
    make_window: MakeWindow, width: int
) -> None:
    """A call's start and end, a hold's, and a mood picked during the call change what the
    mood panel shows (the moods fold and unfold, the campaign line hides and comes back, the
    tips take the room), never its size: the phrases, the call details and the bars stay where
    they are. Before, each laid the whole window out again, and a call's end repainted all of
    it (the longest pause of a shift, bench/shift.py); at 420 x 700 the call details were
    squeezed to their tabs after every call."""
    window = make_window()
    window.resize(width, 700)
    window.campaigns.select(COLLECTIONS)
    window.call.details_button.setChecked(True)
    _settle()
    before = _below_the_moods(window)
    box = window.personas.buttons_box
    steps: list[tuple[str, Callable[[], object]]] = [
        ("call start", window.desk.start_call),
        ("mood picked", lambda: window.personas.select(ANGRY)),
        ("hold start", window.desk.start_hold),
        ("hold end", window.desk.end_hold),
        ("call end", window.desk.end_call),
        ("hold without a call", window.desk.start_hold),
        ("mood picked on hold", lambda: window.personas.select(ANGRY)),
    ]
    for name, step in steps:
        step()
        _settle()
        assert _below_the_moods(window) == before, name
        assert window.size() == QSize(width, 700), name
    # (A hold's end with no call keeps the mood: every mood a button again and its tips, which
    # at 420 x 700 is more than the panel's share; the window makes room for it.)
    window.desk.end_hold()
    # It did fold and unfold: the moods made room for the tips during the call.
    window.desk.start_call()
    window.personas.select(ANGRY)
    _settle()
    assert box.folded and window.personas.card.height() > before["mood column"].height() // 2
    assert must_see_problems(window) == []
    window.desk.end_call()
    _settle()
    assert not box.folded and len(box.shown_buttons()) == len(window.personas.personas())
    assert must_see_problems(window) == []
    assert _below_the_moods(window) == before


@pytest.mark.parametrize("moods", [1, 3])
def test_with_few_moods_a_mood_picked_in_a_call_moves_nothing_either(
    make_window: MakeWindow, moods: int
) -> None:
    """A pack of a few moods takes one line between calls: folding frees nothing, and the
    card's "Do" lines need more than one line of the card. The panel's hint is the more of the
    two rooms, so picking a mood during a call moves nothing outside the panel either (it
    moved the phrases 7 px and squeezed the call details)."""
    window = make_window()
    window.resize(420, 700)
    window.campaigns.select(COLLECTIONS)
    window.call.details_button.setChecked(True)
    few = window.personas.personas()[:moods]
    window.personas.set_personas(few)
    _settle()
    before = _below_the_moods(window)
    window.desk.start_call()
    window.personas.select(few[-1].ref)
    _settle()
    assert window.personas.current() == few[-1]
    assert _below_the_moods(window) == before
    window.desk.end_call()
    _settle()
    assert _below_the_moods(window) == before


def test_the_preview_keeps_its_height_whatever_phrase_is_selected(
    make_window: MakeWindow,
) -> None:
    """The preview asks for its three lines whatever the phrase: arrowing through phrases of
    one line and of three moved the phrase list and the call details a line up and down."""
    window = make_window()
    window.resize(420, 700)
    window.call.details_button.setChecked(True)
    _settle()
    library, preview = window.library, window.library.preview
    heights = set()
    for text in ("Short.", " ".join(["A long phrase that wraps onto the next lines."] * 6)):
        preview.setText(text)
        _settle()
        heights.add((preview.sizeHint().height(), window_rect(library.view, window).height()))
    assert len(heights) == 1


def test_a_moods_tips_are_measured_at_the_cards_width_only(
    make_window: MakeWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A mood's tips are a new text for the card's label: measuring one lays it out. The card
    asks its height at the width it shows it at, and nothing else: not QLabel's size hint and
    minimum (the text laid out at several widths), nor a height at the hint's width (2 and 1.75
    ms of a mood's first pick, asked by Qt's layout item and its size hint for values the card
    never used)."""
    from assistant.ui.rich_label import MeasuredLabel

    asked: list[tuple[str, int]] = []
    size_hint, minimum, height_for = (
        MeasuredLabel.sizeHint,
        MeasuredLabel.minimumSizeHint,
        MeasuredLabel.heightForWidth,
    )

    def spy_hint(label: MeasuredLabel) -> QSize:
        asked.append(("size hint", -1))
        return size_hint(label)

    def spy_minimum(label: MeasuredLabel) -> QSize:
        asked.append(("minimum", -1))
        return minimum(label)

    def spy_height(label: MeasuredLabel, width: int) -> int:
        asked.append(("height", width))
        return height_for(label, width)

    # On the class, before the window makes its labels (PySide looks its overrides up then).
    monkeypatch.setattr(MeasuredLabel, "sizeHint", spy_hint)
    monkeypatch.setattr(MeasuredLabel, "minimumSizeHint", spy_minimum)
    monkeypatch.setattr(MeasuredLabel, "heightForWidth", spy_height)
    window = make_window()
    window.resize(420, 700)
    _settle()
    personas = window.personas
    for name, ref in [("between calls", ANGRY), ("during a call", CONFUSED)]:
        if name == "during a call":
            personas.select(None)
            window.desk.start_call()
            _settle()
        asked.clear()
        personas.select(ref)
        _settle()
        page = personas.card.widget()
        assert page is not None
        assert {kind for kind, _width in asked} == {"height"}, name
        assert {width for _kind, width in asked} == {page.width()}, name
        assert personas.tips.isVisible() and personas.tips.width() == page.width(), name


def test_a_long_word_in_a_moods_tips_leaves_the_other_lines_in_the_card(
    qtbot: QtBot,
) -> None:
    """A pack's 200-letter word in a tip: the card's page took the word's width as its
    minimum, wider than the card, so every line of the tips wrapped past the card's edge and
    was cut there. The page is the card's width; the word alone is cut."""
    from assistant.store.rows import PersonaRow
    from assistant.ui.persona_panel import PersonaPanel

    word = "x" * 200
    persona = PersonaRow(
        Ref("p", "long"),
        "Long",
        ("signs",),
        ("Listen first, then say what you will do and when you will do it.", word),
        ("Do not interrupt the customer while they explain what happened.",),
        (),
    )
    panel = PersonaPanel()
    qtbot.addWidget(panel)
    panel.set_personas([persona])
    panel.resize(400, 400)
    panel.show()
    panel.select(persona.ref)
    _settle()
    viewport = panel.card.viewport()
    assert panel.tips.isVisible()
    page = panel.card.widget()
    assert page is not None
    assert panel.tips.width() <= viewport.width() == page.width()


def test_the_guide_comes_back_after_a_call_as_it_left(make_window: MakeWindow) -> None:
    """The guide has a label of its own, its text set once: shown again when a call's end
    clears the mood, it is neither given its text again nor resized (either makes a label lay
    its whole text out again at its next paint: 4-5 ms of the window's thread at every call's
    end)."""
    window = make_window()
    window.resize(420, 700)
    window.call.details_button.setChecked(True)
    _settle()
    guide = window.personas.guide
    assert window.personas.card_label() is guide and guide.isVisible()
    text, size = guide.text(), guide.size()
    resizes = _Events(QEvent.Type.Resize, [guide])
    for _ in range(2):
        window.desk.start_call()
        window.personas.select(ANGRY)
        _settle()
        assert window.personas.card_label() is window.personas.tips and not guide.isVisible()
        window.desk.end_call()
        _settle()
        assert window.personas.card_label() is guide and guide.isVisible()
        assert guide.text() == text
        assert guide.size() == size
    assert resizes.got == []
    assert "Pick the customer's mood" in html.unescape(guide.text())


def test_the_keyboard_stays_in_the_card_when_the_guide_and_the_tips_change_places(
    make_window: MakeWindow, qtbot: QtBot
) -> None:
    """The agent clicked into the tips (to select a line); the call's end clears the mood and
    the guide takes the tips' place: the keyboard goes with it. (Hidden, the tips label passed
    the focus on down the Tab chain, to the campaign box: the next Down changed the campaign.)"""
    window = make_window()
    window.resize(420, 700)
    window.campaigns.select(COLLECTIONS)
    _settle()
    personas = window.personas
    window.desk.start_call()
    personas.select(ANGRY)
    personas.tips.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.waitUntil(personas.tips.hasFocus)
    window.desk.end_call()
    _settle()
    assert personas.card_label() is personas.guide and personas.guide.hasFocus()
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Down)
    assert window.campaigns.current_ref() == COLLECTIONS
    personas.select(ANGRY)  # and back, from the guide to the tips
    assert personas.tips.hasFocus()


def test_choosing_a_mood_shows_its_signs_then_what_to_do(make_window: MakeWindow) -> None:
    """Before a mood is chosen the card says how to recognise each; once chosen, what to do
    and what to avoid come first, the signs after them."""
    window = make_window()
    window.resize(420, 700)
    angry = next(p for p in window.personas.personas() if p.ref == ANGRY)
    guide = html.unescape(window.personas.card_label().text())
    assert "Pick the customer's mood" in guide
    for persona in window.personas.personas():
        if persona.signs:
            assert f"<b>{persona.name}</b>: " in guide
    assert angry.signs[0] in guide
    button = window.personas.button_for(ANGRY)
    assert button is not None and angry.signs[-1] in button.toolTip()
    window.personas.select(ANGRY)
    chosen = window.personas.tips.text()
    assert chosen.index("<b>Do</b>") < chosen.index("<b>Avoid</b>") < chosen.index("<b>Signs</b>")
    assert window.personas.card.verticalScrollBar().value() == 0


def wide_problems(window: MainWindow) -> list[str]:
    """What is wrong with the two columns: the mood, its tips and the call details in one,
    beside the name, search and phrases; the bars across the bottom."""
    problems = []
    if not window.columns.wide or window.splitter.orientation() != Qt.Orientation.Horizontal:
        problems.append("one column")
    side, main = window_rect(window.columns.side, window), window_rect(window.columns.main, window)
    if not side.right() < main.left():
        problems.append("the columns are not side by side")
    for widget in (window.personas.card, window.call_details):
        if widget.isVisible() and not side.contains(window_rect(widget, window)):
            problems.append(f"{type(widget).__name__} is not in the side column")
    if window.campaigns.height() > window.campaigns.sizeHint().height():
        problems.append("the campaign line took the room the columns should have")
    bottom = window_rect(window.call, window)
    if (
        bottom.top() < max(side.bottom(), main.bottom())
        or bottom.width() < main.right() - side.left()
    ):
        problems.append("the call bar is not across the bottom")
    return problems


def test_a_wide_window_puts_mood_tips_and_call_flow_beside_the_phrases(
    make_window: MakeWindow, themed: str
) -> None:
    window = make_window()
    window.resize(900, 700)
    worst_case(window)
    window.call_details.setCurrentWidget(window.call_details.checklist)
    QApplication.processEvents()
    assert window.size() == QSize(900, 700)
    assert must_see_problems(window) == []
    assert wide_problems(window) == []
    # The room is used: everything the agent does with this customer, and the whole call flow.
    shown, total = do_lines_shown(window)
    assert shown == total
    checklist = window.call_details.checklist
    viewport = checklist.viewport().rect()
    steps = checklist.model().rowCount()
    assert steps >= 5
    for row in range(steps):
        assert viewport.contains(checklist.visualRect(checklist.model().index(row, 0))), row
    assert full_rows(window) >= 2 * MIN_ROWS
    assert not window.hold.phrase_label.wordWrap() or window.hold.phrase_label.height() < 2 * (
        window.hold.phrase_label.fontMetrics().lineSpacing()
    )  # the check-in line on one line across the window


def test_narrow_again_it_is_one_column_and_as_tall(make_window: MakeWindow) -> None:
    window = make_window()
    window.resize(900, 700)
    worst_case(window)
    for width, wide in ((420, False), (900, True), (759, False), (760, True), (420, False)):
        window.resize(width, 700)
        for _ in range(3):
            QApplication.processEvents()
        assert window.columns.wide is wide, width
        assert window.size() == QSize(width, 700), width  # no taller for the move
        assert must_see_problems(window) == [], width
        if wide:
            assert wide_problems(window) == [], width
        else:
            layout = window.columns.layout
            assert window.splitter.orientation() == Qt.Orientation.Vertical
            assert layout.indexOf(window.call_details) == layout.indexOf(window.splitter) + 1
            assert window.call_details.maximumHeight() == 135
    # Two columns never need more than the width that brings them: narrower is one column.
    window.resize(900, 700)
    QApplication.processEvents()
    assert window.minimumSizeHint().width() < 760


def test_each_arrangement_keeps_its_splitter(make_window: MakeWindow, data_dir: Path) -> None:
    from assistant.settings import Settings

    window = make_window()
    window.resize(900, 700)
    QApplication.processEvents()
    window.splitter.setSizes([300, 580])
    wide = window.splitter.sizes()
    window.resize(420, 700)
    QApplication.processEvents()
    window.splitter.setSizes([150, 400])
    narrow = window.splitter.sizes()
    window.resize(900, 700)
    QApplication.processEvents()
    assert window.splitter.sizes() == wide
    window.close()
    again = make_window(Settings(data_dir))
    again.resize(900, 700)
    QApplication.processEvents()
    assert again.splitter.sizes() == wide
    again.resize(420, 700)
    QApplication.processEvents()
    assert again.splitter.sizes()[0] == narrow[0]


def test_a_window_made_too_short_stops_at_what_the_agent_needs(make_window: MakeWindow) -> None:
    window = make_window()
    window.resize(420, 700)
    worst_case(window)
    window.resize(420, 300)
    QApplication.processEvents()
    assert window.height() > 300  # the minimum size is what the layout needs
    assert must_see_problems(window) == []


def test_compact_mode_in_the_worst_case_keeps_hold_search_and_phrases(
    make_window: MakeWindow, themed: str
) -> None:
    window = make_window()
    window.resize(420, 700)
    worst_case(window)
    window.modes.set_compact(True)
    QApplication.processEvents()
    assert window.height() <= 380
    assert must_see_problems(window) == []


def test_leaving_compact_mode_brings_back_every_persona_button(make_window: MakeWindow) -> None:
    window = make_window()
    window.resize(420, 700)
    worst_case(window)
    window.modes.set_compact(True)
    window.modes.set_compact(False)
    QApplication.processEvents()
    assert window.size() == QSize(420, 700)
    assert must_see_problems(window) == []


@pytest.mark.parametrize("points", [11, 12])
def test_a_larger_font_makes_the_window_taller_rather_than_hide_anything(
    make_window: MakeWindow, points: int
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    try:
        theme.apply_theme(app, "light", points)
        window = make_window()
        window.resize(420, 700)
        worst_case(window)
        QApplication.processEvents()
        assert window.height() > 700
        assert must_see_problems(window) == []
        assert style_paddings(window) == [FUSION_PADDING]
    finally:
        theme.apply_theme(app, "light")
        app.setStyleSheet("")


@pytest.mark.parametrize("points", [16, 20])
def test_a_large_font_never_takes_the_window_past_its_screen(
    make_window: MakeWindow, monkeypatch: pytest.MonkeyPatch, points: int
) -> None:
    """At 16 pt during a hold the window grew to 1005 pixels on a 900-pixel screen, the bars
    and the status line below its bottom edge. The phrases and tips give way, the bars stay."""
    # Smaller than the offscreen screen, so that this one is the screen that counts.
    area = QRect(0, 0, 1280, 760)
    monkeypatch.setattr(window_modes, "available_area", lambda _window: area)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    try:
        theme.apply_theme(app, "light", points)
        window = make_window()
        window.resize(420, 700)
        worst_case(window)
        QApplication.processEvents()
        assert window.hold.phrase_row.isVisible() and window.call_details.isVisible()
        assert area.contains(window.frameGeometry()), window.frameGeometry()
        for bar in (window.hold, window.hold.phrase_label, window.call, window.statusBar()):
            assert fully_shown(bar), bar.objectName()
            assert window.rect().contains(window_rect(bar, window)), bar.objectName()
        assert fully_shown(window.library.filter)
        # Made taller than the screen by hand, it is brought back inside at its next show.
        window.resize(window.width(), 1000)
        window.hide()
        window.show()
        assert area.contains(window.frameGeometry()), window.frameGeometry()
        assert fully_shown(window.hold)
    finally:
        theme.apply_theme(app, "light")
        app.setStyleSheet("")


# ------------------------------------------------------------------ two screens

SCREENS = {
    "screens": [
        {"name": "tall", "x": 0, "y": 0, "width": 1280, "height": 1000},
        {"name": "short", "x": 1280, "y": 0, "width": 1024, "height": 640},
    ]
}
MOVE_SCRIPT = """
import json, sys, tempfile
from pathlib import Path
from PySide6.QtWidgets import QApplication
from assistant.settings import Settings
from assistant.store.database import open_database
from assistant.store.knowledge import KnowledgeBase
from assistant.packs.loader import load_pack
from assistant.resources import builtin_pack_path
from assistant.ui.theme import apply_theme
from tests.conftest import new_window
from tests.test_layout import worst_case

def settle():
    for _ in range(3):
        QApplication.processEvents()

def seen(window):
    screen = window.screen()
    return {
        "screen": screen.name(),
        "inside": screen.availableGeometry().contains(window.frameGeometry()),
        "height": window.height(),
        "minimum": window.minimumSizeHint().height(),
    }

app = QApplication(sys.argv[:1])
apply_theme(app, "light", 16)  # the window needs more than the short screen's 640 pixels
kb = KnowledgeBase(open_database(None))
kb.import_pack(load_pack(builtin_pack_path(), as_builtin=True), source="(built in)", sha256="test")
window = new_window(kb, Settings(Path(tempfile.mkdtemp())))
window.move(0, 0)
window.resize(420, 900)
window.show()
worst_case(window)
settle()
report = [seen(window)]
window.move(1300, 0)  # dragged onto the short screen
settle()
report.append(seen(window))
window.move(0, 0)  # and back
window.resize(420, 900)
settle()
report.append(seen(window))
print(json.dumps(report))
window.desk.close()
window.library.shutdown()
"""


def _run_window_script(script: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """Run ``script`` in a Python of its own (a Qt platform or scale set before Qt starts)."""
    done = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done


def test_a_window_moved_to_a_shorter_screen_takes_its_height_cap(tmp_path: Path) -> None:
    # The cap on the window's height was the first screen's until the next layout change:
    # dragged onto a shorter screen, the window hung past its bottom edge, the bars with it.
    config = tmp_path / "screens.json"
    config.write_text(json.dumps(SCREENS), encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
    done = _run_window_script(MOVE_SCRIPT, env)
    tall, short, back = json.loads(done.stdout.strip().splitlines()[-1])
    assert tall["screen"] == "tall" and tall["inside"] and tall["minimum"] > 640, tall
    assert short["screen"] == "short" and short["inside"], short
    assert short["minimum"] <= 640 and short["height"] <= 640, short
    # Back on the tall screen, the minimum is the column's own again, not the short one's.
    assert back == {**tall, "height": back["height"]}, back


# ------------------------------------------------------------------ high-DPI scaling

CHECK_SCRIPT = """
import json, sys, tempfile
from pathlib import Path
from PySide6.QtWidgets import QApplication
from assistant.settings import Settings
from assistant.store.database import open_database
from assistant.store.knowledge import KnowledgeBase
from assistant.packs.loader import load_pack
from assistant.resources import builtin_pack_path
from assistant.ui.theme import apply_theme
from tests.conftest import new_window
from tests.test_layout import ANGRY, must_see_problems, style_paddings, worst_case

from PySide6.QtCore import QRect
from assistant.ui import window_modes

app = QApplication(sys.argv[:1])
# The offscreen screen is 800 device pixels square: 400 at 200 %, and the window would be cut
# to it. A screen of a laptop's size at each scale, as an agent's would be.
window_modes.available_area = lambda _window: QRect(0, 0, 1600, 1000)
apply_theme(app, "light")
kb = KnowledgeBase(open_database(None))
kb.import_pack(load_pack(builtin_pack_path(), as_builtin=True), source="(built in)", sha256="test")
window = new_window(kb, Settings(Path(tempfile.mkdtemp())))
window.resize(420, 700)
window.show()
QApplication.processEvents()
worst_case(window, mood=None)  # the moment the agent picks the mood: every mood a button
before = {
    "size": [window.width(), window.height()],
    "problems": must_see_problems(window),
    "more": window.personas.buttons_box.more.isVisible(),
}
window.personas.select(ANGRY)
for _ in range(3):
    QApplication.processEvents()
report = {
    "size": [window.width(), window.height()],
    "problems": must_see_problems(window),
    "paddings": style_paddings(window),
    "before": before,
}
print(json.dumps(report))
window.desk.close()
window.library.shutdown()
"""


@pytest.mark.parametrize("scale", ["1.25", "1.5", "2"])
def test_the_worst_case_fits_at_125_150_and_200_percent(scale: str) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_SCALE_FACTOR": scale}
    done = _run_window_script(CHECK_SCRIPT, env)
    report = json.loads(done.stdout.strip().splitlines()[-1])
    # The compact buttons' padding is in device-independent pixels: the same at every scale.
    assert report == {
        "size": [420, 700],
        "problems": [],
        "paddings": [FUSION_PADDING],
        "before": {"size": [420, 700], "problems": [], "more": False},
    }


def _painted_by_qlabel(
    label: MeasuredLabel, rect: QRect, monkeypatch: pytest.MonkeyPatch
) -> QImage:
    with monkeypatch.context() as patch:
        patch.setattr(MeasuredLabel, "_to_paint", lambda self: None)  # QLabel paints it all
        return label.grab(rect).toImage()


def test_the_card_paints_the_part_in_view_as_qlabel_paints_its_whole_text(
    make_window: MakeWindow, themed: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window()
    window.resize(420, 700)
    card = window.personas.card
    for mood in (ANGRY, CONFUSED, None):  # two moods' tips, then the guide
        window.personas.select(mood)
        label = window.personas.card_label()
        bar = card.verticalScrollBar()
        assert bar.maximum() > 0  # more text than is in view
        for value in (0, bar.maximum() // 2, bar.maximum()):
            bar.setValue(value)
            QApplication.processEvents()
            in_view = label.visibleRegion().boundingRect()
            assert 0 < in_view.height() < label.height() / 2
            label.grab()  # painted by QLabel at least once at this width
            assert label._to_paint() is not None  # then the part in view only, by the card
            kept = label.grab(in_view).toImage()
            assert kept == _painted_by_qlabel(label, in_view, monkeypatch), (mood, value)
        # Selected text is QLabel's to paint.
        label.setSelection(0, 5)
        assert label.hasSelectedText() and label._to_paint() is None
        label.setSelection(0, 0)


def test_the_card_never_paints_a_text_its_label_no_longer_shows(
    make_window: MakeWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window()
    window.resize(420, 700)
    window.personas.select(ANGRY)
    label = window.personas.card_label()
    angry = label.text()
    label.grab()
    # Another text, laid out by QLabel (measured at another width), then the first again: the
    # label's document holds the other one until QLabel fills it again.
    label.setText("<b>Another</b> text")
    label.heightForWidth(label.width() - 7)
    label.setText(angry)
    assert label._to_paint() is None
    rect = label.visibleRegion().boundingRect()
    assert label.grab(rect).toImage() == _painted_by_qlabel(label, rect, monkeypatch)
    # A new font or width: QLabel paints it first.
    label.grab()
    assert label._to_paint() is not None
    bigger = label.font()
    bigger.setPointSizeF(bigger.pointSizeF() + 2)
    label.setFont(bigger)
    assert label._to_paint() is None
