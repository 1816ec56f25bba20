"""The pack being edited: plain pack data, changed only through undoable commands.

Every edit is a QUndoCommand on one QUndoStack, so undo and redo cover everything and the
stack's clean state says whether there are unsaved changes. Typing into one field merges into
one command, so Ctrl+Z undoes that field's typing, not one letter.

An edit never changes a dict or a list the data held before it: it copies those along the
edited path (the pack, its phrase list, that phrase) and changes the copies. So the data as it
was at any moment (``snapshot()``) stays as it was, and the editor checks and saves a large
pack on its worker while the supervisor types on, without copying it first (a whole copy of a
20,000-phrase pack costs the window 128 ms; an edit's copies, well under one). So an edit is
kept as the data before it and the data after it: undo puts back the one, redo the other,
exactly.

An edit that adds, removes or moves an item also keeps the row to show after it and after its
undo, so the editor selects what an undo brings back, not whatever the list's first item is.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

Path = tuple[str | int, ...]

_MERGE_ID = 0x7E11


def get_path(data: Any, path: Path, default: Any = None) -> Any:
    node = data
    for part in path:
        try:
            node = node[part]
        except (KeyError, IndexError, TypeError):
            return default
    return node


def _with(node: Any, path: Path, change: Callable[[Any], Any]) -> Any:
    """``node`` with the value at ``path`` replaced by ``change(value)`` (None when missing):
    the dicts and lists along the path are copied, never changed, and a missing dict on the
    way is made. A value on the way that should hold a field and does not (``hold: 5`` in a
    hand-written pack, then the check-in phrase typed in) gives way to a dict: undo brings it
    back. ``change`` returning None removes a dict's field."""
    if not path:
        return change(node)
    part, rest = path[0], path[1:]
    if isinstance(node, dict):
        copied: Any = dict(node)
        child = node.get(part)
        if rest and part not in node:
            child = {}
    elif isinstance(node, list) and isinstance(part, int):
        copied, child = list(node), node[part]  # there: set_value checked (_reaches)
    elif isinstance(part, str):
        copied, child = {}, ({} if rest else None)
    else:  # an item of a list that is not one: no form edits such a path
        raise TypeError(f"{type(node).__name__} has no item {part!r}")
    value = _with(child, rest, change)
    if value is None and isinstance(copied, dict) and not rest:
        copied.pop(part, None)
    else:
        copied[part] = value
    return copied


def _reaches(node: Any, path: Path) -> bool:
    """Whether every list index on ``path`` names an item that is there (a dict's field may be
    missing: setting it makes it)."""
    for part in path:
        if isinstance(part, int):
            if not isinstance(node, list) or not 0 <= part < len(node):
                return False
            node = node[part]
        else:
            node = node.get(part) if isinstance(node, dict) else None
    return True


class PackDocument(QObject):
    """Pack data plus its undo history. ``changed`` carries the path that changed (a list's
    path when items were added, removed or moved). ``landed`` follows it when items were: the
    list's path and the row to select, the item added, brought back or moved (after a removal,
    the item now in its place; -1 when the list is left empty)."""

    changed = Signal(object)
    landed = Signal(object, int)

    def __init__(self, data: dict[str, Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data = data
        self.undo_stack = QUndoStack(self)
        # What ``landed`` will say, while ``changed`` is being said: a list that lays itself out
        # anew selects that row at once, not its first and then that one.
        self.landing: tuple[Path, int] | None = None

    def get(self, path: Path, default: Any = None) -> Any:
        return get_path(self.data, path, default)

    def snapshot(self) -> dict[str, Any]:
        """The data as it is now, which no later edit changes: a worker may read it while the
        window edits on."""
        return self.data

    def items(self, section: str) -> list[Any]:
        value = self.data.get(section)
        return value if isinstance(value, list) else []

    # ``text`` names the edit in the Edit menu ("Undo Add phrase"): callers pass it translated.

    def set_value(self, path: Path, value: Any, text: str = "") -> None:
        """Set one value (None removes an optional field). A path through an item that is
        no longer there (a form's edit arriving after its item was removed) changes nothing, as
        removing or moving such an item does."""
        if self.get(path) == value or not _reaches(self.data, path):
            return
        text = text or QCoreApplication.translate("PackDocument", "Edit")
        self.undo_stack.push(_SetValue(self, path, copy.deepcopy(value), text))

    def insert_item(self, list_path: Path, index: int, item: Any, text: str = "") -> None:
        text = text or QCoreApplication.translate("PackDocument", "Add")
        made = copy.deepcopy(item)
        count = self._count(list_path)
        after = self._list_edited(list_path, lambda items: items.insert(index, made))
        # Undone, the item after it takes its place (or the one before, when it was last).
        rows = (min(index, count), min(index, count - 1))
        self.undo_stack.push(_Edit(self, list_path, after, text, rows))

    def remove_item(self, list_path: Path, index: int, text: str = "") -> None:
        items = self.get(list_path)
        if isinstance(items, list) and 0 <= index < len(items):
            text = text or QCoreApplication.translate("PackDocument", "Remove")
            after = self._list_edited(list_path, lambda items: items.pop(index))
            rows = (min(index, len(items) - 2), index)
            self.undo_stack.push(_Edit(self, list_path, after, text, rows))

    def move_item(self, list_path: Path, source: int, target: int, text: str = "") -> None:
        items = self.get(list_path)
        valid = isinstance(items, list) and 0 <= source < len(items) and 0 <= target < len(items)
        if valid and source != target:
            text = text or QCoreApplication.translate("PackDocument", "Move")
            after = self._list_edited(
                list_path, lambda items: items.insert(target, items.pop(source))
            )
            self.undo_stack.push(_Edit(self, list_path, after, text, (target, source)))

    def _count(self, list_path: Path) -> int:
        items = self.get(list_path)
        return len(items) if isinstance(items, list) else 0

    def _edited(self, path: Path, change: Callable[[Any], Any]) -> dict[str, Any]:
        """The data with the value at ``path`` replaced by ``change(value)``; the data itself
        is left as it is."""
        result: dict[str, Any] = _with(self.data, path, change)
        return result

    def _list_edited(self, list_path: Path, edit: Callable[[list[Any]], None]) -> dict[str, Any]:
        """The data with ``edit`` made to a copy of the list at ``list_path`` (an empty one when
        there is none yet)."""

        def edited(items: Any) -> list[Any]:
            copied = list(items) if isinstance(items, list) else []
            edit(copied)
            return copied

        return self._edited(list_path, edited)

    def _show(self, data: dict[str, Any], path: Path, row: int | None = None) -> None:
        self.data = data
        self.landing = None if row is None else (path, row)
        try:
            self.changed.emit(path)
            if row is not None:
                self.landed.emit(path, row)
        finally:
            self.landing = None


class _Edit(QUndoCommand):
    """One edit, as the data before it and after it: an edit copies what it changes and never
    changes what the data held, so both are whole and cost only the copies. Undo brings back
    exactly what was there (a field, a list or a dict the edit made is gone again; a value it
    replaced is back), whatever the edit was. ``rows``: for an edit of a list's items, the row
    to select after it and after its undo."""

    def __init__(
        self,
        doc: PackDocument,
        path: Path,
        after: dict[str, Any],
        text: str,
        rows: tuple[int, int] | None = None,
    ) -> None:
        super().__init__(text)
        self.doc, self.path, self.before, self.after = doc, path, doc.data, after
        self.rows = rows

    def redo(self) -> None:
        self.doc._show(self.after, self.path, None if self.rows is None else self.rows[0])

    def undo(self) -> None:
        self.doc._show(self.before, self.path, None if self.rows is None else self.rows[1])


class _SetValue(_Edit):
    def __init__(self, doc: PackDocument, path: Path, new: Any, text: str) -> None:
        super().__init__(doc, path, doc._edited(path, lambda _old: copy.deepcopy(new)), text)
        self.new = new

    def id(self) -> int:
        return _MERGE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        # Consecutive typing in one text field is one step of undo.
        if not isinstance(other, _SetValue) or other.path != self.path:
            return False
        if not isinstance(self.new, str) or not isinstance(other.new, str):
            return False
        self.new, self.after = other.new, other.after
        return True
