"""One layout pass for many changes to the window.

Qt lays out every visible ancestor of a widget it shows or hides, there and then, and a window
whose layout asks more than its size grows to it at once. Changes made one after another (the
moods unfolding one button at a time, the panels taking a desk event one after another) each
laid the whole window out, and the window grew to fit the changes made so far even when the
next ones gave the room back.
"""

from __future__ import annotations

from contextlib import contextmanager
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterator

    from PySide6.QtWidgets import QLayout, QWidget


@contextmanager
def one_layout_pass(widget: QWidget) -> Iterator[None]:
    """Change ``widget`` and what is in it inside the block, then lay out ``widget`` and its
    ancestors once, bottom up, as one show would have. Inside the block their layouts are off;
    a block inside another leaves the layouts the outer one turned off to it."""
    layouts: list[QLayout] = []
    if widget.isVisible():
        ancestor: QWidget | None = widget
        while ancestor is not None:
            layout = ancestor.layout()
            if layout is not None and layout.isEnabled():
                layout.setEnabled(False)
                layouts.append(layout)
            ancestor = None if ancestor.isWindow() else ancestor.parentWidget()
    try:
        yield
    finally:
        for layout in layouts:
            layout.setEnabled(True)
        for layout in layouts:
            layout.activate()
