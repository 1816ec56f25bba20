"""The pack being edited: plain pack data, changed only through undoable commands.

Every edit is a QUndoCommand on one QUndoStack, so undo and redo cover everything and the
stack's clean state says whether there are unsaved changes. Typing into one field merges into
one command, so Ctrl+Z undoes that field's typing, not one letter.
"""

from __future__ import annotations

import copy
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


def _set_path(data: Any, path: Path, value: Any) -> None:
    node = data
    for part in path[:-1]:
        if isinstance(node, dict) and part not in node:
            node[part] = {}
        node = node[part]
    last = path[-1]
    if value is None and isinstance(node, dict):
        node.pop(last, None)
    else:
        node[last] = value


class PackDocument(QObject):
    """Pack data plus its undo history. ``changed`` carries the path that changed (a list's
    path when items were added, removed or moved)."""

    changed = Signal(object)

    def __init__(self, data: dict[str, Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data = data
        self.undo_stack = QUndoStack(self)

    def get(self, path: Path, default: Any = None) -> Any:
        return get_path(self.data, path, default)

    def items(self, section: str) -> list[Any]:
        value = self.data.get(section)
        return value if isinstance(value, list) else []

    # ``text`` names the edit in the Edit menu ("Undo Add phrase"): callers pass it translated.

    def set_value(self, path: Path, value: Any, text: str = "") -> None:
        """Set one value (None removes an optional field)."""
        old = copy.deepcopy(self.get(path))
        if old == value:
            return
        text = text or QCoreApplication.translate("PackDocument", "Edit")
        self.undo_stack.push(_SetValue(self, path, old, copy.deepcopy(value), text))

    def insert_item(self, list_path: Path, index: int, item: Any, text: str = "") -> None:
        text = text or QCoreApplication.translate("PackDocument", "Add")
        self.undo_stack.push(_Insert(self, list_path, index, copy.deepcopy(item), text))

    def remove_item(self, list_path: Path, index: int, text: str = "") -> None:
        items = self.get(list_path)
        if isinstance(items, list) and 0 <= index < len(items):
            text = text or QCoreApplication.translate("PackDocument", "Remove")
            self.undo_stack.push(_Remove(self, list_path, index, text))

    def move_item(self, list_path: Path, source: int, target: int, text: str = "") -> None:
        items = self.get(list_path)
        valid = isinstance(items, list) and 0 <= source < len(items) and 0 <= target < len(items)
        if valid and source != target:
            text = text or QCoreApplication.translate("PackDocument", "Move")
            self.undo_stack.push(_Move(self, list_path, source, target, text))

    def _write(self, path: Path, value: Any) -> None:
        _set_path(self.data, path, copy.deepcopy(value))
        self.changed.emit(path)

    def _list(self, list_path: Path) -> list[Any]:
        items = self.get(list_path)
        if not isinstance(items, list):
            items = []
            _set_path(self.data, list_path, items)
        return items


class _SetValue(QUndoCommand):
    def __init__(self, doc: PackDocument, path: Path, old: Any, new: Any, text: str) -> None:
        super().__init__(text)
        self.doc, self.path, self.old, self.new = doc, path, old, new

    def redo(self) -> None:
        self.doc._write(self.path, self.new)

    def undo(self) -> None:
        self.doc._write(self.path, self.old)

    def id(self) -> int:
        return _MERGE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        # Consecutive typing in one text field is one step of undo.
        if not isinstance(other, _SetValue) or other.path != self.path:
            return False
        if not isinstance(self.new, str) or not isinstance(other.new, str):
            return False
        self.new = other.new
        return True


class _Insert(QUndoCommand):
    def __init__(self, doc: PackDocument, path: Path, index: int, item: Any, text: str) -> None:
        super().__init__(text)
        self.doc, self.path, self.index, self.item = doc, path, index, item

    def redo(self) -> None:
        self.doc._list(self.path).insert(self.index, copy.deepcopy(self.item))
        self.doc.changed.emit(self.path)

    def undo(self) -> None:
        del self.doc._list(self.path)[self.index]
        self.doc.changed.emit(self.path)


class _Remove(QUndoCommand):
    def __init__(self, doc: PackDocument, path: Path, index: int, text: str) -> None:
        super().__init__(text)
        self.doc, self.path, self.index = doc, path, index
        self.item = copy.deepcopy(doc._list(path)[index])

    def redo(self) -> None:
        del self.doc._list(self.path)[self.index]
        self.doc.changed.emit(self.path)

    def undo(self) -> None:
        self.doc._list(self.path).insert(self.index, copy.deepcopy(self.item))
        self.doc.changed.emit(self.path)


class _Move(QUndoCommand):
    def __init__(self, doc: PackDocument, path: Path, source: int, target: int, text: str) -> None:
        super().__init__(text)
        self.doc, self.path, self.source, self.target = doc, path, source, target

    def _move(self, source: int, target: int) -> None:
        items = self.doc._list(self.path)
        items.insert(target, items.pop(source))
        self.doc.changed.emit(self.path)

    def redo(self) -> None:
        self._move(self.source, self.target)

    def undo(self) -> None:
        self._move(self.target, self.source)
