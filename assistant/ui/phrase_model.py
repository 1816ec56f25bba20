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
from assistant.ui.delegates import DetailRole, HeaderRole, HintRole, Look, RowSizes
from assistant.ui.i18n import arg
from assistant.ui.plain import tooltip

if TYPE_CHECKING:
    from assistant.services.search import Browse

PhraseRole = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex
Fetch = Callable[[list[int]], dict[int, PhraseRow]]  # rows by rowid (the store's)

_Role = Qt.ItemDataRole
_DISPLAY, _ACCESSIBLE, _FONT = (
    int(_Role.DisplayRole),
    int(_Role.AccessibleTextRole),
    int(_Role.FontRole),
)
_SIZE_HINT, _TOOL_TIP, _PHRASE = int(_Role.SizeHintRole), int(_Role.ToolTipRole), int(PhraseRole)
_HEADER, _DETAIL, _HINT = int(HeaderRole), int(DetailRole), int(HintRole)
_ANSWERED = frozenset(
    (_DISPLAY, _ACCESSIBLE, _FONT, _SIZE_HINT, _TOOL_TIP, _PHRASE, _HEADER, _DETAIL, _HINT)
)
_NO_FLAGS = Qt.ItemFlag.NoItemFlags
_PHRASE_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


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

    def look_of(self, row: int) -> Look:
        """What the row shows (``delegates.LooksOfRows``): a heading, or a phrase's title (a
        star before a favourite's), its text and its key (Ctrl+1..9 for the first nine, else
        its shortcut)."""
        entry = self._entries[row]
        if isinstance(entry, str):
            return (True, entry, "", "")
        rank = self._rank.get(row)
        return (
            False,
            f"★ {entry.title}" if entry.favourite else entry.title,
            entry.text,
            f"Ctrl+{rank}" if rank else (entry.shortcut or ""),
        )

    def flags(self, index: Index) -> Qt.ItemFlag:
        if self.phrase_at(index.row()) is None:
            return _NO_FLAGS
        return _PHRASE_FLAGS

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        # Called from C++ for every role of every row laid out or painted (the style asks ten
        # roles a row painted, the layout SizeHintRole of each row): the roles are compared as
        # ints (a Qt enum member looked up and compared costs as much as the rest), and a role
        # no row answers returns at once.
        if role not in _ANSWERED:
            return None
        row = index.row()
        if not 0 <= row < len(self._entries):
            return None
        entry = self._entries[row]
        if role == _SIZE_HINT:
            if self._sizes is None:
                return None
            if isinstance(entry, str):
                return self._sizes.of(True, 1)
            return self._sizes.of(False, 2 if entry.text else 1)
        if isinstance(entry, str):
            if role in (_DISPLAY, _ACCESSIBLE):
                return entry
            if role == _HEADER:
                return True
            if role == _FONT:
                font = QFont()
                font.setBold(True)
                return font
            return None
        if role == _DISPLAY:
            return self.look_of(row)[1]
        if role == _DETAIL:
            return entry.text
        if role == _HINT:
            return self.look_of(row)[3]
        if role == _TOOL_TIP:
            if entry.shortcut:
                how = self.tr("%1\n\nShortcut: %2\n\nEnter or double-click copies it.")
                return tooltip(arg(how, entry.text, entry.shortcut))
            return tooltip(arg(self.tr("%1\n\nEnter or double-click copies it."), entry.text))
        if role == _ACCESSIBLE:
            return f"{entry.title}: {entry.text}"
        if role == _PHRASE:
            return entry
        return None
