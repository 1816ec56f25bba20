"""Pack text shown as text: never markup, never a link, never a loaded resource, never endless.

Qt guesses whether a tooltip is rich text (``Qt.mightBeRichText``): a phrase that starts with
"<b>" would be rendered, and an ``<img src=...>`` would be fetched from disk. Every tooltip made
from pack text goes through ``tooltip()``: escaped, so Qt shows the characters as typed, and
cut to a length a tooltip can show.
"""

from __future__ import annotations

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
