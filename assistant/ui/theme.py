"""Light, dark, or follow the system scheme; font size; the stylesheet (resources/style.qss).

Colours in the stylesheet come from the palette, so one palette switch recolours everything;
the few fixed colours (the hold timer's states, the borders of fields and check boxes) have a
dark variant in DARK_EXTRA. Every text on its background meets WCAG AA (4.5:1), every border of
a field or check box and every check mark 3:1, in both themes: tests/test_contrast.py computes
the ratios from these palettes and the stylesheet.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from assistant.resources import resource_path

# The application property that says Fusion is already the style (set where it was chosen).
FUSION = "fusionStyle"

# The point sizes in style.qss are written for a body text of this size (Qt's own default, and
# Windows'): apply_theme() scales them with the font in use, so that a larger font size makes
# the timers larger too and they stay the most prominent text.
SHEET_POINTS = 9
FONT_SIZE = re.compile(r"(font-size:\s*)(\d+(?:\.\d+)?)pt")

# Where Fusion's own light palette falls short of WCAG AA, and what it is here instead: the
# muted text (Fusion's is half-transparent black, 3.9:1 on the window) and the selection, on
# which the selected text is white (3.7:1 on Fusion's blue).
LIGHT_CONTRAST = {
    QPalette.ColorRole.PlaceholderText: "#666666",
    QPalette.ColorRole.Highlight: "#2a72b5",
    QPalette.ColorRole.Accent: "#2a72b5",
}


def dark_palette() -> QPalette:
    palette = QPalette()
    base, window, text = QColor("#1e1f22"), QColor("#2b2d30"), QColor("#e6e6e6")
    muted = QColor("#a4a7ad")  # 5:1 even on the alternate base (the bars, the tips card)
    roles = {
        QPalette.ColorRole.Window: window,
        QPalette.ColorRole.WindowText: text,
        QPalette.ColorRole.Base: base,
        QPalette.ColorRole.AlternateBase: QColor("#34363a"),
        QPalette.ColorRole.ToolTipBase: window,
        QPalette.ColorRole.ToolTipText: text,
        QPalette.ColorRole.PlaceholderText: muted,
        QPalette.ColorRole.Text: text,
        QPalette.ColorRole.Button: QColor("#3a3c40"),
        QPalette.ColorRole.ButtonText: text,
        QPalette.ColorRole.BrightText: QColor("#ff6b6b"),
        # Dark enough for white text on it (5.2:1).
        QPalette.ColorRole.Highlight: QColor("#2f6bc4"),
        QPalette.ColorRole.Accent: QColor("#2f6bc4"),
        QPalette.ColorRole.HighlightedText: QColor("#ffffff"),
        QPalette.ColorRole.Link: QColor("#7fb0ff"),
        QPalette.ColorRole.Mid: QColor("#55585e"),
        QPalette.ColorRole.Dark: QColor("#151618"),
        QPalette.ColorRole.Light: QColor("#4a4d52"),
    }
    for role, colour in roles.items():
        palette.setColor(role, colour)
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
        QPalette.ColorRole.WindowText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, muted)
    return palette


def light_palette() -> QPalette:
    """Fusion's own light palette, spelled out like the dark one: asking Fusion for it would
    create a style object, and with it PySide6's QStyle class (~7 ms of a start); with the
    LIGHT_CONTRAST changes. tests/test_desktop.py checks it against Fusion's standardPalette()."""
    palette = QPalette()
    roles = {
        QPalette.ColorRole.WindowText: "#000000",
        QPalette.ColorRole.Button: "#efefef",
        QPalette.ColorRole.Light: "#ffffff",
        QPalette.ColorRole.Midlight: "#cacaca",
        QPalette.ColorRole.Dark: "#9f9f9f",
        QPalette.ColorRole.Mid: "#b8b8b8",
        QPalette.ColorRole.Text: "#000000",
        QPalette.ColorRole.BrightText: "#ffffff",
        QPalette.ColorRole.ButtonText: "#000000",
        QPalette.ColorRole.Base: "#ffffff",
        QPalette.ColorRole.Window: "#efefef",
        QPalette.ColorRole.Shadow: "#767676",
        QPalette.ColorRole.Highlight: "#308cc6",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.Link: "#0000ff",
        QPalette.ColorRole.LinkVisited: "#ff00ff",
        QPalette.ColorRole.AlternateBase: "#f7f7f7",
        QPalette.ColorRole.NoRole: "#000000",
        QPalette.ColorRole.ToolTipBase: "#ffffdc",
        QPalette.ColorRole.ToolTipText: "#000000",
        QPalette.ColorRole.PlaceholderText: "#80000000",
        QPalette.ColorRole.Accent: "#308cc6",
    }
    roles.update({role: colour for role, colour in LIGHT_CONTRAST.items()})
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    disabled = {
        QPalette.ColorRole.WindowText: "#bebebe",
        QPalette.ColorRole.Dark: "#bebebe",
        QPalette.ColorRole.Text: "#bebebe",
        QPalette.ColorRole.ButtonText: "#bebebe",
        QPalette.ColorRole.Base: "#efefef",
        QPalette.ColorRole.Shadow: "#b1b1b1",
        QPalette.ColorRole.Highlight: "#919191",
        QPalette.ColorRole.Accent: "#919191",
    }
    for role, colour in disabled.items():
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(colour))
    return palette


def system_is_dark() -> bool:
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def is_dark(choice: str) -> bool:
    return choice == "dark" or (choice == "system" and system_is_dark())


def apply_theme(app: QApplication, choice: str, font_size: int = 0) -> bool:
    """Apply 'system', 'light' or 'dark' and a point size (0: system); returns True if dark."""
    dark = is_dark(choice)
    # Fusion draws every control from the palette, so dark is dark everywhere, on every OS.
    # The program's own application starts with it (app.py passes -style Fusion): setStyle()
    # hands back a QStyle, and creating that Python class costs ~7 ms of a start.
    if app.property(FUSION) is not True:
        app.setStyle("Fusion")
        app.setProperty(FUSION, True)
    app.setPalette(dark_palette() if dark else light_palette())
    app.setProperty("dark", dark)
    system_font = app.property("systemFont")
    if not isinstance(system_font, QFont):
        system_font = QFont(app.font())
        app.setProperty("systemFont", system_font)
    font = QFont(system_font)
    if font_size > 0:
        font.setPointSize(font_size)
    app.setFont(font)
    # The system's size too, when no size is chosen (a font sized in pixels has none: as is).
    points = font.pointSizeF() if font.pointSizeF() > 0 else SHEET_POINTS
    app.setStyleSheet(stylesheet(dark, points))
    return dark


def stylesheet(dark: bool = False, points: float = SHEET_POINTS) -> str:
    """The program's stylesheet for a body text of ``points``; its images (check marks) are
    found as ``icons:NAME``."""
    from PySide6.QtCore import QDir  # here: a Qt class costs start-up time where it is named

    QDir.addSearchPath("icons", str(resource_path("icons")))
    sheet = resource_path("style.qss").read_text(encoding="utf-8")
    return scaled(sheet, points) + (DARK_EXTRA if dark else "")


def scaled(sheet: str, points: float) -> str:
    """``sheet`` with each of its point sizes scaled from a SHEET_POINTS body to ``points``."""
    if points == SHEET_POINTS:
        return sheet
    return FONT_SIZE.sub(
        lambda size: f"{size[1]}{max(1, round(float(size[2]) * points / SHEET_POINTS))}pt", sheet
    )


# Fixed colours that must change with the scheme (the hold timer's states, the pack editor's
# red and green).
# The light sheet's amber and red already set their own text colours; on a dark palette the
# calm "on hold" state gets a dark green so it does not glare.
DARK_EXTRA = """
QWidget#holdBar[holding="true"] { border: 2px solid #4fae6f; background: #1f3a28; }
QWidget#holdBar[holding="true"] QLabel { color: #d8f3e0; }
QWidget#holdBar[nag="warning"] { border: 2px solid #ffc940; background: #5a4200; }
QWidget#holdBar[nag="warning"] QLabel { color: #fff3cf; }
QWidget#holdBar[nag="due"] { border: 2px solid #ff8a80; background: #8e1b1b; }
QWidget#holdBar[nag="due"] QLabel { color: #ffffff; }
QLabel#fieldError, QLabel#validationStatus[state="error"] { color: #ff8a80; }
QLabel#fieldError[severity="warning"] { color: #ffcc80; }
QLabel#validationStatus[state="ok"] { color: #81c995; }
QLineEdit, QToolButton#mood, QToolButton#moodMore, QCheckBox::indicator,
QAbstractItemView::indicator {
    border-color: #8a8d93;
}
QToolButton#mood:checked, QToolButton#moodMore:checked { border-color: palette(highlight); }
QLineEdit:focus, QToolButton#mood:focus, QToolButton#moodMore:focus { border-color: #7fb0ff; }
QCheckBox::indicator:checked, QAbstractItemView::indicator:checked {
    image: url(icons:check-dark.svg);
}
"""


def restyle(widgets: Iterable[QWidget]) -> None:
    """Apply the stylesheet again to widgets after a property it selects on changed (the hold
    bar's [nag="due"]). A widget not polished yet reads its properties when it is (at its first
    show): nothing to do then, and asking for its style() before the first paint would make
    PySide6 create its QStyle class (see make_style_class)."""
    for widget in widgets:
        if widget.testAttribute(Qt.WidgetAttribute.WA_WState_Polished):
            style = widget.style()
            style.unpolish(widget)
            style.polish(widget)


def make_style_class() -> None:
    """Have PySide6 make its QStyle class (its ~600 enum members) now. restyle() is the first
    to need it, at the first call's start or hold (the call bar and hold bar are restyled), in
    the window's handling of a softphone's command: 15-16 ms on this machine, twice the
    command's own handling. The start does without it (tests/test_startup.py); the window
    calls this once it has been shown a while (app.after_first_paint)."""
    QApplication.style()


def follow_system(app: QApplication, choice: str, font_size: int = 0) -> None:
    """Re-apply when the system scheme changes, while the choice is 'system'."""
    if choice == "system":
        apply_theme(app, choice, font_size)
