"""The phrase list as an item model: phrases under category headings, virtual at any size."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from assistant.core.model import Category, Ref
from assistant.store.rows import PhraseRow
from assistant.ui import labels
from assistant.ui.delegates import DetailRole, HeaderRole, HintRole
from assistant.ui.i18n import arg
from assistant.ui.plain import tooltip

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
        self._phrase_rows: list[int] = []
        self._rank: dict[int, int] = {}

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
                entries.append(labels.shown(labels.CATEGORIES, phrase.category))
                previous = phrase.category
            entries.append(phrase)
        self._reset(entries)

    def set_results(self, phrases: list[PhraseRow]) -> None:
        """Ranked search results: a flat list, best first."""
        self._reset(list(phrases))

    def _reset(self, entries: list[str | PhraseRow]) -> None:
        self.beginResetModel()
        self._entries = entries
        self._phrase_rows = [i for i, e in enumerate(entries) if isinstance(e, PhraseRow)]
        self._rank = {row: n for n, row in enumerate(self._phrase_rows[:9], start=1)}
        self.endResetModel()

    def nth_phrase(self, n: int) -> PhraseRow | None:
        """The n-th phrase (1-based), headings not counted."""
        return (
            self.phrase_at(self._phrase_rows[n - 1]) if 1 <= n <= len(self._phrase_rows) else None
        )

    def row_of(self, ref: Ref | None) -> int:
        for row in self._phrase_rows:
            entry = self._entries[row]
            if isinstance(entry, PhraseRow) and entry.ref == ref:
                return row
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def phrase_count(self) -> int:
        return len(self._phrase_rows)

    def phrase_at(self, row: int) -> PhraseRow | None:
        entry = self._entries[row] if 0 <= row < len(self._entries) else None
        return entry if isinstance(entry, PhraseRow) else None

    def first_phrase_row(self) -> int:
        return self._phrase_rows[0] if self._phrase_rows else -1

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
        if role == HintRole:
            rank = self._rank.get(index.row())
            return f"Ctrl+{rank}" if rank else (entry.shortcut or "")
        if role == Qt.ItemDataRole.ToolTipRole:
            if entry.shortcut:
                how = self.tr("%1\n\nShortcut: %2\n\nEnter or double-click copies it.")
                return tooltip(arg(how, entry.text, entry.shortcut))
            return tooltip(arg(self.tr("%1\n\nEnter or double-click copies it."), entry.text))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{entry.title}: {entry.text}"
        if role == PhraseRole:
            return entry
        return None
