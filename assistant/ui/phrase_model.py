"""The phrase list as an item model: phrases under category headings, virtual at any size."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from assistant.core.model import Category
from assistant.store.rows import PhraseRow
from assistant.ui.delegates import DetailRole, HeaderRole

PhraseRole = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


class PhraseListModel(QAbstractListModel):
    """Rows are either a heading (not selectable) or a phrase.

    With ``pinned`` phrases (a persona's suggestions) they come first under their own heading,
    and are not repeated under their category.
    """

    def __init__(self, parent: QObject | None = None, *, grouped: bool = True) -> None:
        super().__init__(parent)
        self._grouped = grouped
        self._entries: list[str | PhraseRow] = []

    def set_phrases(
        self,
        phrases: list[PhraseRow],
        pinned: list[PhraseRow] | None = None,
        pinned_title: str = "",
    ) -> None:
        entries: list[str | PhraseRow] = []
        if pinned:
            entries.append(pinned_title)
            entries.extend(pinned)
        skip = {p.ref for p in pinned or ()}
        previous: Category | None = None
        for phrase in phrases:
            if phrase.ref in skip:
                continue
            if self._grouped and phrase.category != previous:
                entries.append(phrase.category.label)
                previous = phrase.category
            entries.append(phrase)
        self.beginResetModel()
        self._entries = entries
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def phrase_count(self) -> int:
        return sum(1 for entry in self._entries if isinstance(entry, PhraseRow))

    def phrase_at(self, row: int) -> PhraseRow | None:
        entry = self._entries[row] if 0 <= row < len(self._entries) else None
        return entry if isinstance(entry, PhraseRow) else None

    def first_phrase_row(self) -> int:
        return next((i for i, e in enumerate(self._entries) if isinstance(e, PhraseRow)), -1)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if self.phrase_at(index.row()) is None:
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        if isinstance(entry, str):
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return entry
            if role == HeaderRole:
                return True
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return f"★ {entry.title}" if entry.favourite else entry.title
        if role == DetailRole:
            return entry.text
        if role == Qt.ItemDataRole.ToolTipRole:
            hint = f"\n\nShortcut: {entry.shortcut}" if entry.shortcut else ""
            return f"{entry.text}{hint}\n\nEnter or double-click copies it."
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{entry.title}: {entry.text}"
        if role == PhraseRole:
            return entry
        return None
