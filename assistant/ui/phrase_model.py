"""The phrase list as an item model: phrases under category headings, virtual at any size.

Browsing a large library, the model is given the list's rowids and its first rows; the rest
are fetched a page at a time as the view scrolls near its end (``canFetchMore``/
``fetchMore``), so showing the list never makes or lays out a thousand rows at once.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from assistant.core.model import Category, Ref
from assistant.services.search import PAGE
from assistant.store.rows import PhraseRow
from assistant.ui import labels
from assistant.ui.delegates import DetailRole, HeaderRole, HintRole, RowSizes
from assistant.ui.i18n import arg
from assistant.ui.plain import tooltip

if TYPE_CHECKING:
    from assistant.services.search import Browse

PhraseRole = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex
Fetch = Callable[[list[int]], dict[int, PhraseRow]]  # rows by rowid (the store's)


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
        # Browsing: the rowids not fetched yet, where to fetch them, and what was shown last.
        self._pending: list[int] = []
        self._fetch: Fetch | None = None
        self._previous: Category | None = None
        self._rowids: dict[Ref, int] = {}  # of the phrases fetched, to keep one selected
        self._sizes: RowSizes | None = None

    def size_rows_for(self, sizes: RowSizes) -> None:
        """Give each row's height (SizeHintRole) in the font of the view that shows them."""
        self._sizes = sizes

    def set_browse(
        self, browse: Browse, fetch: Fetch, pinned_title: str = "", keep: int | None = None
    ) -> None:
        """The campaign's phrases to browse: the pinned ones first under ``pinned_title``, then
        by category; rows not in ``browse.rows`` are fetched with ``fetch`` as the view needs
        them (through ``keep``, a rowid that must be in the list at once)."""
        rows = dict(browse.rows)
        entries: list[str | PhraseRow] = []
        self._rowids = {}
        pinned = [rows[r] for r in browse.pinned if r in rows]
        if pinned:
            entries.append(pinned_title)
            entries.extend(pinned)
            self._rowids.update((rows[r].ref, r) for r in browse.pinned if r in rows)
        self._fetch = fetch
        self._pending = list(browse.rowids)
        self._previous = None
        upto = PAGE
        if keep is not None and keep in rows and keep in self._pending:
            upto = max(upto, self._pending.index(keep) + 1)
        entries.extend(self._take(upto, rows))
        self._reset(entries)

    def _take(self, count: int, rows: dict[int, PhraseRow]) -> list[str | PhraseRow]:
        """The next ``count`` pending phrases as entries, under headings where the category
        changes; rows not in ``rows`` are fetched."""
        chunk, self._pending = self._pending[:count], self._pending[count:]
        missing = [r for r in chunk if r not in rows]
        if missing and self._fetch is not None:
            rows = {**rows, **self._fetch(missing)}
        entries: list[str | PhraseRow] = []
        for rowid in chunk:
            phrase = rows.get(rowid)
            if phrase is None:
                continue  # removed since the list was made
            if self._grouped and phrase.category != self._previous:
                entries.append(labels.shown(labels.CATEGORIES, phrase.category))
                self._previous = phrase.category
            entries.append(phrase)
            self._rowids[phrase.ref] = rowid
        return entries

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and bool(self._pending)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008, N802
        if parent.isValid() or not self._pending:
            return
        entries = self._take(PAGE, {})
        if not entries:
            return
        first = len(self._entries)
        self.beginInsertRows(QModelIndex(), first, first + len(entries) - 1)
        self._entries.extend(entries)
        self._phrase_rows.extend(
            first + i for i, e in enumerate(entries) if isinstance(e, PhraseRow)
        )
        self._rank = {row: n for n, row in enumerate(self._phrase_rows[:9], start=1)}
        self.endInsertRows()

    def rowid_of(self, ref: Ref | None) -> int | None:
        """The rowid of a phrase of the list being browsed (to keep it selected)."""
        return None if ref is None else self._rowids.get(ref)

    def set_results(self, phrases: list[PhraseRow]) -> None:
        """Ranked search results: a flat list, best first."""
        self._pending, self._fetch, self._rowids = [], None, {}
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
        if role == Qt.ItemDataRole.SizeHintRole:
            if self._sizes is None:
                return None
            if isinstance(entry, str):
                return self._sizes.of(True, 1)
            return self._sizes.of(False, 2 if entry.text else 1)
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
