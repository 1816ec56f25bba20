"""A dialog made for one use, deleted once it has been read.

A dialog made per use with a parent stays the parent's child, hidden, for the rest of the run
when nothing deletes it: one for every phrase filled, callback promised or question asked, and
a fill-in or callback form with what the agent typed about a customer still in it.
(WA_DeleteOnClose would not do: Qt 6 deletes such a dialog before ``exec()`` returns, and the
callers read its fields after.)
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from PySide6.QtCore import QObject

D = TypeVar("D", bound="QObject")


@contextmanager
def used_once(dialog: D) -> Iterator[D]:
    """``dialog`` for the block (run it, read it), then deleted."""
    try:
        yield dialog
    finally:
        dialog.deleteLater()
