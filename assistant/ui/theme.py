"""Light, dark, or follow the system scheme; font size; the stylesheet (resources/style.qss).

Colours in the stylesheet come from the palette, so one palette switch recolours everything;
the few fixed colours (the hold timer's states) have a dark variant under [dark="true"].
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from assistant.resources import resource_path


def dark_palette() -> QPalette:
    palette = QPalette()
    base, window, text = QColor("#1e1f22"), QColor("#2b2d30"), QColor("#e6e6e6")
    muted = QColor("#9a9da3")
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
        QPalette.ColorRole.Highlight: QColor("#3d7bd9"),
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
    style = QStyleFactory.create("Fusion")
    return style.standardPalette() if style is not None else QPalette()


def system_is_dark() -> bool:
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def is_dark(choice: str) -> bool:
    return choice == "dark" or (choice == "system" and system_is_dark())


def apply_theme(app: QApplication, choice: str, font_size: int = 0) -> bool:
    """Apply 'system', 'light' or 'dark' and a point size (0: system); returns True if dark."""
    dark = is_dark(choice)
    # Fusion draws every control from the palette, so dark is dark everywhere, on every OS.
    app.setStyle("Fusion")
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
    sheet = resource_path("style.qss").read_text(encoding="utf-8")
    app.setStyleSheet(sheet + (DARK_EXTRA if dark else ""))
    return dark


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
QLabel#validationStatus[state="ok"] { color: #81c995; }
"""


def follow_system(app: QApplication, choice: str, font_size: int = 0) -> None:
    """Re-apply when the system scheme changes, while the choice is 'system'."""
    if choice == "system":
        apply_theme(app, choice, font_size)
