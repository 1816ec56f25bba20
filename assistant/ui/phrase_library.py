"""The phrase library: search as you type, keyboard only, and a preview of what will be pasted.

With an empty search box it shows the campaign's phrases grouped by category (a persona's
suggestions first); with text it shows ranked results, the first nine with their Ctrl+N key.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QModelIndex, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import QListView, QVBoxLayout, QWidget

from assistant.core.model import Ref
from assistant.services.phrases import PhraseService
from assistant.services.search import BROWSE_LIMIT, Answer
from assistant.store.errors import StoreError
from assistant.store.knowledge import KnowledgeBase
from assistant.store.rows import PersonaRow, PhraseRow
from assistant.ui.delegates import RowSizes, TwoLinePainter, heading_height, row_height
from assistant.ui.elided_label import ElidedLabel
from assistant.ui.i18n import arg
from assistant.ui.phrase_model import PhraseListModel
from assistant.ui.search_runner import SearchRunner
from assistant.ui.status_line import CountLine, KeyHints
from assistant.ui.text_box import TextBox
from assistant.ui.toast import Toast

if TYPE_CHECKING:
    # For the type checker only: PySide6 creates an event class when it is first imported,
    # and no key press or hide reaches the library before the first paint.
    from PySide6.QtGui import QHideEvent, QKeyEvent, QShowEvent

# The agent always sees at least this many phrases (two-line rows) under the heading above
# them, however short the window.
MIN_ROWS = 4
# What it asks for when there is room: the window shares a shortage from here down.
COMFORTABLE_ROWS = 6


class SearchBox(TextBox):
    """The search box: ``keys`` sees each key press first and returns True for those it took.

    An override, not an event filter: a Python event filter is called for every event of the
    box, and the first call loads all of PySide6's event classes (start-up time)."""

    def __init__(self, parent: QWidget, keys: Callable[[QKeyEvent], bool]) -> None:
        super().__init__(parent)
        self._keys = keys

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if not self._keys(event):
            super().keyPressEvent(event)


class PhraseView(QListView):
    """Enter copies the current phrase, as double-click does; Escape goes back to the search.

    It never gets shorter than MIN_ROWS rows: the window gives way elsewhere first.
    """

    activated_phrase = Signal(object)  # PhraseRow
    escape_pressed = Signal()

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self._rows_height(MIN_ROWS))

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self._rows_height(COMFORTABLE_ROWS))

    def _rows_height(self, rows: int) -> int:
        # A list browsed from the top opens with a heading (a category, or the mood's
        # suggestions): the rows are counted under it.
        heading = heading_height(self.font())
        return rows * row_height(self.font(), 2) + heading + 2 * self.frameWidth()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._emit(self.currentIndex())
            return
        if event.key() == Qt.Key.Key_Escape:
            self.escape_pressed.emit()
            return
        super().keyPressEvent(event)

    def _emit(self, index: QModelIndex) -> None:
        model = self.model()
        if isinstance(model, PhraseListModel):
            phrase = model.phrase_at(index.row())
            if phrase is not None:
                self.activated_phrase.emit(phrase)


class PhraseLibrary(QWidget):
    """Search box, results and preview. Emits ``phrase_activated`` for the phrase to copy."""

    phrase_activated = Signal(object)  # PhraseRow
    results_shown = Signal()

    def __init__(
        self, kb: KnowledgeBase, phrases: PhraseService, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._phrases = phrases
        self._campaign: Ref | None = None
        self._persona: PersonaRow | None = None
        self._activate_when_answered = False
        self._keep: Ref | None = None
        self._keep_rowid: int | None = None
        self._warmed = False
        self.runner = SearchRunner(kb, self)
        self._fetch = self.runner.fetch_rows  # the list's further pages, as the view scrolls
        self.runner.answered.connect(self._show)

        self.filter = SearchBox(self, self._search_key)
        self.filter.setPlaceholderText(self.tr("Search phrases  (Ctrl+K or /)"))
        self.filter.setAccessibleName(self.tr("Search phrases"))
        self.filter.setClearButtonEnabled(True)
        # The hints give way to the count when the status line is short (ui/status_line.py).
        self.hints = KeyHints(self.tr("Enter copy · Ctrl+1…9 · Ctrl+D star · Esc clear"), self)
        self.hints.setObjectName("muted")
        self.model = PhraseListModel(self)
        self.view = PhraseView(self)
        self.view.setModel(self.model)
        self.view.setItemDelegate(TwoLinePainter(self.view))
        self.model.size_rows_for(RowSizes(self.view))
        self.view.setAccessibleName(self.tr("Phrases"))
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.view.setUniformItemSizes(False)
        # Up to three lines, fewer when the window is short; pack text is never markup.
        self.preview = ElidedLabel(self, max_lines=3, steady=True)
        self.preview.setObjectName("preview")
        self.preview.setAccessibleName(self.tr("Preview of the text that will be copied"))
        self.preview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.count_label = CountLine(self)
        self.count_label.setObjectName("muted")
        self.toast = Toast(self.view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.filter)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.preview)
        layout.addWidget(self.count_label)
        layout.addWidget(self.hints)

        # Coalesce keystrokes that arrive in one burst into one request.
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(0)
        self._debounce.timeout.connect(self.refresh)
        self.filter.textChanged.connect(lambda _text: self._debounce.start())
        self.view.activated_phrase.connect(self.phrase_activated)
        self.view.doubleClicked.connect(self.view._emit)
        self.view.escape_pressed.connect(self.clear_search)
        self.view.selectionModel().currentChanged.connect(lambda *_: self.update_preview())

    # ------------------------------------------------------------------ inputs

    def set_campaign(self, campaign: Ref | None) -> None:
        self._campaign = campaign
        self.refresh()

    def set_persona(self, persona: PersonaRow | None) -> None:
        """Rank (or, when browsing, pin) this persona's phrases first."""
        self._persona = persona
        self.refresh()

    def refresh(self, *, keep_current: bool = False) -> None:
        """Ask for the results of what is typed now; they arrive in ``_show``."""
        self._debounce.stop()
        self._keep = self._current_ref() if keep_current else None
        self._keep_rowid = self.model.rowid_of(self._keep)
        persona = self._persona.ref if self._persona else None
        pinned = self._persona.phrases if self._persona else ()
        self.runner.submit(
            self.filter.text(), self._campaign, persona, tuple(pinned), self._keep_rowid
        )

    def clear_search(self) -> None:
        self.filter.clear()
        self.filter.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def shutdown(self) -> None:
        self.runner.shutdown()

    # ------------------------------------------------------------------ results

    def _show(self, result: Answer) -> None:
        if result.request.query.strip():
            self.model.set_results(result.phrases)
            count = len(result.hits)
            if count == 0:
                found = self.tr("No phrase matches; try fewer or other words")
            elif count == 1:
                found = self.tr("1 result")
            else:
                found = self.tr("%n results (best first)", None, count)
            self.count_label.setText(found)
        else:
            browse = result.browse
            title = arg(self.tr("Suggested for: %1"), self._persona.name) if self._persona else ""
            if browse is None:  # the search thread failed (logged): nothing to show
                self.model.set_results([])
                shown = 0
            else:
                self.model.set_browse(browse, self._fetch, title, self._keep_rowid)
                shown = len(browse.rowids) + len(browse.pinned)
            if result.total > shown:
                locale = QLocale()
                self.count_label.setText(
                    arg(
                        self.tr("Showing the first %1 of %2 phrases; type to search them all"),
                        locale.toString(BROWSE_LIMIT),
                        locale.toString(result.total),
                    )
                )
            else:
                self.count_label.setText(self.tr("%n phrases", None, shown))
        row = self.model.row_of(self._keep) if self._keep else -1
        first = self.model.first_phrase_row()
        if row < 0:
            row = first  # the best match is ready for Enter
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row))
            if row == first:
                # From the top, so the heading above the first phrase shows too (scrolling to
                # the row alone hid it when the view was not laid out yet, as at start).
                self.view.scrollToTop()
            else:
                self.view.scrollTo(self.model.index(row))
        self.update_preview()
        self.results_shown.emit()
        if self._activate_when_answered:
            self._activate_when_answered = False
            self.activate_current()

    def _current_ref(self) -> Ref | None:
        phrase = self.current_phrase()
        return phrase.ref if phrase else None

    def current_phrase(self) -> PhraseRow | None:
        index = self.view.currentIndex()
        return self.model.phrase_at(index.row()) if index.isValid() else None

    def update_preview(self) -> None:
        phrase = self.current_phrase()
        # What would be pasted now, with what is known now (fields the agent is asked for
        # show as {name}).
        self.preview.setText("" if phrase is None else self._phrases.fill(phrase))

    # ------------------------------------------------------------------ actions

    def activate_current(self) -> None:
        """Copy the selected phrase; if the results for the typed text are not in yet, copy
        the top one as soon as they are."""
        if self.runner.pending or self._debounce.isActive():
            self._activate_when_answered = True
            if self._debounce.isActive():
                self.refresh()
            return
        phrase = self.current_phrase()
        if phrase is not None:
            self.phrase_activated.emit(phrase)

    def activate_nth(self, n: int) -> bool:
        """Copy the n-th result (1-based, headings not counted); False if there is none."""
        phrase = self.model.nth_phrase(n)
        if phrase is None:
            return False
        self.view.setCurrentIndex(self.model.index(self.model.row_of(phrase.ref)))
        self.phrase_activated.emit(phrase)
        return True

    def toggle_favourite(self) -> bool | None:
        """Star or unstar the selected phrase; None when nothing is selected."""
        phrase = self.current_phrase()
        if phrase is None:
            return None
        try:
            starred = self._phrases.toggle_favourite(phrase)
        except StoreError as failure:
            self.toast.show_message(str(failure))
            return None
        done = self.tr("Starred: %1") if starred else self.tr("Unstarred: %1")
        self.toast.show_message(arg(done, phrase.title))
        self.refresh(keep_current=True)
        return starred

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if not self._warmed:
            # Once the window shows, the first search's caches and typo vocabulary are made
            # on the search thread, so the first search (and the first typo) waits for none.
            self._warmed = True
            QTimer.singleShot(0, self, lambda: self.runner.warm_up(self._campaign))

    def hideEvent(self, event: QHideEvent) -> None:
        self._debounce.stop()  # a hidden list has nobody to show results to
        super().hideEvent(event)

    def _search_key(self, event: QKeyEvent) -> bool:
        # Up/Down from the search box move in the list; Enter copies: hands stay on the keys.
        key = event.key()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
            self.view.setFocus()
            self.view.keyPressEvent(event)
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.activate_current()
            return True
        if key == Qt.Key.Key_Escape and self.filter.text():
            self.filter.clear()
            return True
        return False
