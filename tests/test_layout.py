"""The window at its default 420 x 700 in the worst case: a call with its details open and a
hold nagging. What the agent must always see stays whole (hold bar, call bar, every persona
button, the search box and at least four phrases); the details and the tips card give way.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QApplication, QWidget

from assistant.core.model import BUILTIN_PACK_ID, Ref
from assistant.ui import theme
from assistant.ui.buttons import FUSION_PADDING, CompactButton
from assistant.ui.main_window import MainWindow
from assistant.ui.phrase_library import MIN_ROWS
from tests.conftest import MakeWindow

COLLECTIONS = Ref(BUILTIN_PACK_ID, "collections")
ROOT = Path(__file__).resolve().parent.parent


def worst_case(window: MainWindow) -> None:
    """A call on a campaign with a call flow (details open), a due callback, and a hold two
    and a half minutes long: red, nagging, its check-in line shown."""
    window.campaigns.select(COLLECTIONS)
    window.desk.start_call()
    window.call.details_button.setChecked(True)
    started = datetime.now(UTC) - timedelta(seconds=150)
    window.services.activity.log_hold_start(started, COLLECTIONS, 120)
    window.desk.resume_after_restart()
    window.hold.on_deadline()
    window.services.activity.add_callback("Jane Doe", "555-0101", started, "card replacement")
    QApplication.processEvents()


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
    view = window.library.view
    model = view.model()
    viewport = view.viewport().rect()
    return sum(
        1
        for row in range(model.rowCount())
        if viewport.contains(view.visualRect(model.index(row, 0)))
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
        must += [window.call, *window.personas.group.buttons()]
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
        problems.append(f"only {rows} phrase rows are visible")
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
    # Every persona button inside its row's visible area, none on top of another.
    box = window.personas.buttons_box
    buttons = window.personas.group.buttons()
    assert len(buttons) == len(window.personas.personas()) >= 11
    for button in buttons:
        assert box.visibleRegion().boundingRect().contains(button.geometry()), button.text()
    for i, a in enumerate(buttons):
        for b in buttons[i + 1 :]:
            assert not a.geometry().intersects(b.geometry()), (a.text(), b.text())
    # What gave way: the details panel and the tips card, down to a line or so each; the
    # details still show one whole row (here the due callback), the rest scrolls.
    assert window.call_details.height() < window.call_details.sizeHint().height()
    assert window.personas.card.height() < window.personas.card.sizeHint().height()
    callbacks = window.call_details.callbacks.view
    first = callbacks.visualRect(callbacks.model().index(0, 0))
    assert callbacks.viewport().visibleRegion().boundingRect().contains(first)


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
from tests.test_layout import must_see_problems, style_paddings, worst_case

app = QApplication(sys.argv[:1])
apply_theme(app, "light")
kb = KnowledgeBase(open_database(None))
kb.import_pack(load_pack(builtin_pack_path()), source="(built in)", sha256="test")
window = new_window(kb, Settings(Path(tempfile.mkdtemp())))
window.resize(420, 700)
window.show()
QApplication.processEvents()
worst_case(window)
report = {
    "size": [window.width(), window.height()],
    "problems": must_see_problems(window),
    "paddings": style_paddings(window),
}
print(json.dumps(report))
window.desk.close()
window.library.shutdown()
"""


@pytest.mark.parametrize("scale", ["1.25", "1.5", "2"])
def test_the_worst_case_fits_at_125_150_and_200_percent(scale: str) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_SCALE_FACTOR": scale}
    done = subprocess.run(
        [sys.executable, "-c", CHECK_SCRIPT],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    # The compact buttons' padding is in device-independent pixels: the same at every scale.
    assert report == {"size": [420, 700], "problems": [], "paddings": [FUSION_PADDING]}
