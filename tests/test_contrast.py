"""WCAG AA contrast in both themes, computed: every text on its background 4.5:1; the borders of
the fields and check boxes, the mood buttons' outlines, focus rings and check marks 3:1
(WCAG 2.1, 1.4.3 and 1.4.11). The colours are read from the palettes (ui/theme.py) and the
stylesheet the program applies (resources/style.qss, with DARK_EXTRA in the dark theme), and
then the window is drawn and its pixels measured: the call-flow check boxes and the search and
name boxes can be seen in the dark, and the Details button shows whether it is on in both
themes."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from assistant.resources import resource_path
from assistant.ui import theme
from tests.conftest import MakeWindow
from tests.test_desktop import contrast

TEXT = 4.5
BORDER = 3.0
Role = QPalette.ColorRole

# ------------------------------------------------------------------ WCAG arithmetic


def over(colour: QColor, background: QColor) -> QColor:
    """``colour`` drawn on ``background`` (what a half-transparent colour looks like)."""
    a = colour.alphaF()
    mix = [
        round(f * a + b * (1 - a))
        for f, b in zip(
            (colour.red(), colour.green(), colour.blue()),
            (background.red(), background.green(), background.blue()),
            strict=True,
        )
    ]
    return QColor(*mix)


def ratio(foreground: QColor, background: QColor) -> float:
    """WCAG's ratio of a colour (half-transparent ones as drawn) on a background."""
    return contrast(
        over(foreground, background) if foreground.alpha() < 255 else foreground, background
    )


def test_the_arithmetic_is_wcags() -> None:
    assert ratio(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert ratio(QColor("#767676"), QColor("#ffffff")) == pytest.approx(4.54, abs=0.01)
    assert ratio(QColor("#ffffff"), QColor("#ffffff")) == pytest.approx(1.0)


# ------------------------------------------------------------------ the themes

PALETTES = {"light": theme.light_palette, "dark": theme.dark_palette}


@pytest.fixture(params=["light", "dark"])
def scheme(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def palette_of(scheme: str) -> QPalette:
    return PALETTES[scheme]()


def role(palette: QPalette, name: Role) -> QColor:
    return palette.color(QPalette.ColorGroup.Active, name)


# What each text is drawn on: every text role on each background it appears on in the window.
PALETTE_TEXT = [
    (Role.WindowText, Role.Window, "labels, headings, the menu bar"),
    (Role.WindowText, Role.AlternateBase, "the tips card, the preview, the call and hold bars"),
    (Role.Text, Role.Base, "fields and lists"),
    (Role.Text, Role.AlternateBase, "alternate rows"),
    (Role.ButtonText, Role.Button, "buttons, mood buttons"),
    (Role.PlaceholderText, Role.Base, "a field's hint (Search phrases…)"),
    (Role.PlaceholderText, Role.Window, "muted lines: the campaign summary, the status line"),
    (Role.PlaceholderText, Role.AlternateBase, "the bars' titles, 'check in every'"),
    (Role.HighlightedText, Role.Highlight, "the selected phrase, the chosen mood"),
    (Role.ToolTipText, Role.ToolTipBase, "tooltips"),
    (Role.Link, Role.Window, "links (About)"),
]


def test_every_text_of_the_palette_is_readable(qapp: QApplication, scheme: str) -> None:
    palette = palette_of(scheme)
    low = {
        what: round(ratio(role(palette, fg), role(palette, bg)), 2)
        for fg, bg, what in PALETTE_TEXT
        if ratio(role(palette, fg), role(palette, bg)) < TEXT
    }
    assert low == {}


# ------------------------------------------------------------------ the stylesheet

ROLE_NAMES = {
    "window": Role.Window,
    "window-text": Role.WindowText,
    "base": Role.Base,
    "alternate-base": Role.AlternateBase,
    "text": Role.Text,
    "button": Role.Button,
    "button-text": Role.ButtonText,
    "placeholder-text": Role.PlaceholderText,
    "highlight": Role.Highlight,
    "highlighted-text": Role.HighlightedText,
    "mid": Role.Mid,
    "dark": Role.Dark,
    "light": Role.Light,
}
COLOUR = re.compile(r"#[0-9a-fA-F]{3,8}|rgba?\([^)]*\)|palette\([a-z-]+\)")


def rules(sheet: str) -> dict[str, dict[str, str]]:
    """selector -> property -> value, a later rule overriding an earlier one (as Qt does for
    selectors of the same specificity; these are always the same selector)."""
    found: dict[str, dict[str, str]] = {}
    sheet = re.sub(r"/\*.*?\*/", "", sheet, flags=re.DOTALL)
    for selectors, body in re.findall(r"([^{}]+)\{([^}]*)\}", sheet):
        props: dict[str, str] = {}
        for declaration in body.split(";"):
            if ":" in declaration:
                name, value = declaration.split(":", 1)
                props[name.strip()] = value.strip()
        for selector in selectors.split(","):
            found.setdefault(" ".join(selector.split()), {}).update(props)
    return found


def sheet_rules(scheme: str) -> dict[str, dict[str, str]]:
    return rules(theme.stylesheet(dark=scheme == "dark"))


def colour(value: str, palette: QPalette) -> QColor | None:
    """The colour a stylesheet value names (the colour of a 'border' shorthand too)."""
    match = COLOUR.search(value)
    if match is None:
        return None
    text = match.group(0)
    if text.startswith("palette("):
        return role(palette, ROLE_NAMES[text[len("palette(") : -1]])
    if text.startswith("rgba("):
        r, g, b, a = (int(v) for v in text[5:-1].split(","))
        return QColor(r, g, b, a)
    return QColor(text)


def background_of(selector: str, found: dict[str, dict[str, str]]) -> str | None:
    """The background a rule's text is drawn on: its own, else its parent rule's
    ('QWidget#holdBar[nag="due"] QLabel' is on 'QWidget#holdBar[nag="due"]')."""
    props = found.get(selector, {})
    for key in ("background", "background-color"):
        if key in props:
            return props[key]
    if " " in selector:
        return background_of(selector.rsplit(" ", 1)[0], found)
    return None


def test_every_coloured_text_of_the_stylesheet_is_readable(qapp: QApplication, scheme: str) -> None:
    palette = palette_of(scheme)
    found = sheet_rules(scheme)
    page = role(palette, Role.Base)
    checked = 0
    low = {}
    for selector, props in found.items():
        if "color" not in props:
            continue
        fg = colour(props["color"], palette)
        assert fg is not None, selector
        where = background_of(selector, found)
        # A text with no background of its own is on the window, a field or the tips card.
        grounds = (
            [colour(where, palette)]
            if where
            else [role(palette, r) for r in (Role.Window, Role.Base, Role.AlternateBase)]
        )
        for ground in grounds:
            assert ground is not None, selector
            ground = over(ground, page) if ground.alpha() < 255 else ground
            checked += 1
            if ratio(fg, ground) < TEXT:
                low[selector] = round(ratio(fg, ground), 2)
    assert checked >= 15  # the hold bar's states, the pill, errors, the toast, muted lines...
    assert low == {}


def check_mark(image: str, scheme: str) -> QColor:
    name = re.search(r"icons:([\w.-]+\.svg)", image)
    assert name is not None, image
    svg = resource_path("icons", name.group(1)).read_text(encoding="utf-8")
    stroke = re.search(r'stroke="(#[0-9a-fA-F]{6})"', svg)
    assert stroke is not None
    return QColor(stroke.group(1))


def test_borders_focus_rings_and_check_marks_stand_out(qapp: QApplication, scheme: str) -> None:
    palette = palette_of(scheme)
    found = sheet_rules(scheme)
    window, base = role(palette, Role.Window), role(palette, Role.Base)

    def border(selector: str) -> QColor:
        props = found[selector]
        value = props.get("border-color") or props["border"]
        result = colour(value, palette)
        assert result is not None, selector
        return result

    pairs = {
        "search and name boxes on the window": (border("QLineEdit"), window),
        "search and name boxes around their text": (border("QLineEdit"), base),
        "a focused box": (border("QLineEdit:focus"), base),
        "a focused box on the window": (border("QLineEdit:focus"), window),
        "mood buttons on the window": (border("QToolButton#mood"), window),
        "a focused mood button": (border("QToolButton#mood:focus"), window),
        "the more-moods button on the window": (border("QToolButton#moodMore"), window),
        "a focused more-moods button": (border("QToolButton#moodMore:focus"), window),
        "check boxes (call flow, settings)": (border("QAbstractItemView::indicator"), base),
        "check boxes on the window": (border("QCheckBox::indicator"), window),
    }
    on = colour(found["QPushButton:checked"]["background"], palette)
    assert on is not None
    focused_on = border("QPushButton:checked:focus")
    pairs["a focused button that is on (Details), on its face"] = (focused_on, on)
    pairs["a focused button that is on, on the call bar"] = (
        focused_on,
        role(palette, Role.AlternateBase),
    )
    chosen = colour(found["QToolButton#mood:checked"]["background"], palette)
    assert chosen is not None
    pairs["a focused chosen mood, on its face"] = (border("QToolButton#mood:checked:focus"), chosen)
    box = colour(found["QAbstractItemView::indicator"]["background"], palette)
    assert box is not None
    for selector in ("QAbstractItemView::indicator:checked", "QCheckBox::indicator:checked"):
        pairs[f"the check mark ({selector})"] = (
            check_mark(found[selector]["image"], scheme),
            box,
        )
    low = {what: round(ratio(a, b), 2) for what, (a, b) in pairs.items() if ratio(a, b) < BORDER}
    assert low == {}


# ------------------------------------------------------------------ drawn


@pytest.fixture
def dark(qapp: QApplication) -> Iterator[None]:
    theme.apply_theme(qapp, "dark")
    yield
    theme.apply_theme(qapp, "light")
    qapp.setStyleSheet("")


def _pixels(widget: QWidget) -> QImage:
    QApplication.processEvents()
    return widget.grab().toImage()


def _best_contrast(
    image: QImage, left: int, top: int, right: int, bottom: int, ground: QColor
) -> float:
    return max(
        ratio(QColor(image.pixel(x, y)), ground)
        for x in range(max(0, left), min(image.width(), right))
        for y in range(max(0, top), min(image.height(), bottom))
    )


def test_in_dark_mode_the_call_flow_check_boxes_can_be_seen(
    make_window: MakeWindow, dark: None
) -> None:
    from assistant.core.model import BUILTIN_PACK_ID, Ref

    window = make_window()
    window.resize(420, 700)
    window.campaigns.select(Ref(BUILTIN_PACK_ID, "collections"))
    window.desk.start_call()
    window.desk.tick_step(1, True)  # the first step is the one in view, the second below it
    checklist = window.call_details.checklist
    assert checklist.isVisible()
    image = _pixels(checklist.viewport())
    base = role(theme.dark_palette(), Role.Base)
    for row, what in ((0, "an unticked box's border"), (1, "a tick")):
        rect = checklist.visualRect(checklist.model().index(row, 0))
        # The indicator is the first thing in the row, before the step's text.
        text_left = rect.left() + 4 + 16
        best = _best_contrast(image, rect.left(), rect.top(), text_left, rect.bottom(), base)
        assert best >= BORDER, what


def test_in_dark_mode_the_search_and_name_boxes_have_a_border(
    make_window: MakeWindow, dark: None
) -> None:
    window = make_window()
    window.resize(420, 700)
    window_colour = role(theme.dark_palette(), Role.Window)
    for box in (window.library.filter, window.call_context.customer):
        parent = box.parentWidget()
        assert parent is not None
        image = _pixels(parent)
        at = box.mapTo(parent, QPoint(0, box.height() // 2))
        # Across the box's left edge, from the window into the field.
        best = _best_contrast(image, at.x() - 1, at.y(), at.x() + 2, at.y() + 1, window_colour)
        assert best >= BORDER, box.accessibleName()


@pytest.fixture(params=["light", "dark"])
def themed(qapp: QApplication, request: pytest.FixtureRequest) -> Iterator[str]:
    theme.apply_theme(qapp, request.param)
    yield str(request.param)
    theme.apply_theme(qapp, "light")
    qapp.setStyleSheet("")


def test_the_details_button_shows_whether_it_is_on(make_window: MakeWindow, themed: str) -> None:
    """Fusion draws a button that is on a shade darker than one that is off: on the dark
    palette #414346 for #4d4f52, and the call bar did not say whether the call details were
    open. On, the button has the colour of a chosen mood and of the selected phrase, its text
    readable on it; focused, a border that stands out from that colour."""
    window = make_window()
    button = window.call.details_button
    highlight = role(palette_of(themed), Role.Highlight)
    faces = {}
    for on in (False, True):
        button.setChecked(on)
        image = _pixels(button)
        # Inside the frame, left of the text: the button's own face.
        faces[on] = QColor(image.pixel(3, image.height() // 2)).name()
    assert faces[True] == highlight.name(), faces
    assert faces[False] != highlight.name(), faces
    inside = (3, 3, image.width() - 3, image.height() - 3)
    assert _best_contrast(image, *inside, highlight) >= TEXT, "the text on it"
    button.setFocus(Qt.FocusReason.TabFocusReason)
    assert button.hasFocus()
    image = _pixels(button)
    middle = image.height() // 2
    assert _best_contrast(image, 0, middle, 1, middle + 1, highlight) >= BORDER, "its focus"
