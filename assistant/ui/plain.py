"""Pack text shown as text: never markup, never a link, never a loaded resource, never endless.

Qt guesses whether a tooltip is rich text (``Qt.mightBeRichText``): a phrase that starts with
"<b>" would be rendered, and an ``<img src=...>`` would be fetched from disk. Every tooltip made
from pack text goes through ``tooltip()``: escaped, so Qt shows the characters as typed, and
cut to a length a tooltip can show.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox, QWidget

    Icon = QMessageBox.Icon

MAX_TOOLTIP_CHARS = 1000


def escape(text: str) -> str:
    """What html.escape(text) does; the html module (with its 2,000-entry entity table) would
    be imported at start just for this."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return text.replace('"', "&quot;").replace("'", "&#x27;")


def bounded(text: str, limit: int = MAX_TOOLTIP_CHARS) -> str:
    """``text`` cut to ``limit`` characters, with an ellipsis when something was cut."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def tooltip(text: str) -> str:
    """A tooltip that shows ``text`` literally: escaped inside a rich-text paragraph that keeps
    its line breaks (plain text would be guessed at; escaped rich text never is)."""
    body = escape(bounded(text)).replace("\n", "<br>")
    return f"<p style='white-space: pre-wrap'>{body}</p>"


def message_box(
    parent: QWidget | None, icon: Icon, title: str, text: str, informative: str = ""
) -> QMessageBox:
    """A message box that shows ``text`` (and ``informative``) as typed: Qt would guess a text
    starting with a tag to be rich text, render it, load its images and, in a message box,
    open its links. Every message box that can show text from a pack, a file or the network
    is made here."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel, QMessageBox

    box = QMessageBox(icon, title, text, parent=parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    if informative:
        box.setInformativeText(informative)
    for label in box.findChildren(QLabel):
        label.setOpenExternalLinks(False)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return box


def ask(parent: QWidget | None, title: str, text: str) -> bool:
    """A yes/no question about ``text`` (shown as typed); True for Yes."""
    from PySide6.QtWidgets import QMessageBox

    from assistant.ui.once import used_once

    with used_once(message_box(parent, QMessageBox.Icon.Question, title, text)) as box:
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes


def warn(parent: QWidget | None, title: str, text: str) -> None:
    """A warning about ``text`` (shown as typed), answered with OK."""
    from PySide6.QtWidgets import QMessageBox

    from assistant.ui.once import used_once

    with used_once(message_box(parent, QMessageBox.Icon.Warning, title, text)) as box:
        box.exec()
