"""The quick search popup: the system-wide shortcut opens it over whatever the agent is typing
in; Enter pastes the phrase there, Ctrl+Enter only copies, Escape gives the focus back.

Keyboard only: type to search (the same search and ranking as the library, the customer
mood's suggestions first when nothing is typed), Up/Down to choose, Ctrl+1…9 for the n-th
result. It shows and forwards: what to search with, the mood's suggestions, how a phrase is
filled in (asking for missing values in a form over the popup) and its preview are handed
to it; it emits ``chosen`` with the filled text, and whoever made it pastes or copies.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QListView, QVBoxLayout, QWidget

from assistant.core.model import Ref
from assistant.services.search import Answer
from assistant.store.rows import PersonaRow, PhraseRow
from assistant.ui.delegates import RowSizes, TwoLinePainter, row_height
from assistant.ui.elided_label import ElidedLabel
from assistant.ui.i18n import arg
from assistant.ui.phrase_library import SearchBox
from assistant.ui.phrase_model import PhraseListModel
from assistant.ui.search_runner import SearchRunner

if TYPE_CHECKING:
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent

# (campaign, customer mood) to search in, asked at each search
Context = Callable[[], tuple[Ref | None, PersonaRow | None]]
# The phrase filled in, asking for what is missing over the given widget; None if cancelled
Fill = Callable[[PhraseRow, QWidget], str | None]
Preview = Callable[[PhraseRow], str]

WIDTH = 420  # the main window's width: one scale for both
ROWS = 6
MOVE_KEYS = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class _ResultsView(QListView):
    """The results; Enter (and Ctrl+Enter) here does what it does in the search box."""

    def __init__(self, parent: QWidget, keys: Callable[[QKeyEvent], bool]) -> None:
        super().__init__(parent)
        self._keys = keys

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in MOVE_KEYS or not self._keys(event):
            super().keyPressEvent(event)


class QuickSearch(QFrame):
    """A frameless, always-on-top search popup, 420 pixels wide."""

    # The phrase, its filled-in text, and True to paste (Enter) or False to copy (Ctrl+Enter).
    chosen = Signal(object, str, bool)
    # Closed without a phrase: True when the agent pressed Escape (give the focus back),
    # False when they went to another window themselves.
    dismissed = Signal(bool)

    def __init__(
        self,
        runner: SearchRunner,
        context: Context,
        fill: Fill,
        preview: Preview | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            parent,
            Qt.WindowType.Tool
            | Qt.WindowType.FramelessWindowHint
            | Qt.WindowType.WindowStaysOnTopHint,
        )
        self.setObjectName("quickSearch")
        self.setWindowTitle(self.tr("Quick search"))
        self.setAccessibleName(self.tr("Quick search: paste a phrase"))
        self.setFrameShape(QFrame.Shape.Box)
        self.setFrameShadow(QFrame.Shadow.Plain)
        self.setLineWidth(1)
        self._runner = runner
        runner.setParent(self)
        runner.answered.connect(self._show)
        self._context = context
        self._fill = fill
        self._preview = preview
        self._persona: PersonaRow | None = None
        self._select: Ref | None = None
        self._activate_when_answered: bool | None = None  # paste (True) or copy (False)
        self._was_active = False
        self._busy = False  # a fill-in form is open over the popup
        self._target_label = ""
        self._can_paste = False

        self.search = SearchBox(self, self._key)
        self.search.setPlaceholderText(self.tr("Search phrases to paste"))
        self.search.setAccessibleName(self.tr("Search phrases"))
        self.search.setClearButtonEnabled(True)
        self.model = PhraseListModel(self)
        self.view = _ResultsView(self, self._key)
        self.view.setModel(self.model)
        self.view.setItemDelegate(TwoLinePainter(self.view))
        self.model.size_rows_for(RowSizes(self.view))
        self.view.setAccessibleName(self.tr("Phrases"))
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setUniformItemSizes(False)
        self.view.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self._size_list()
        self.preview = ElidedLabel(self, max_lines=2)
        self.preview.setObjectName("preview")
        self.preview.setAccessibleName(self.tr("Preview of the text that will be pasted"))
        # Where the phrase goes, and the keys; after a failed paste, where it went instead.
        self.hints = QLabel(self)
        self.hints.setObjectName("muted")
        self.hints.setTextFormat(Qt.TextFormat.PlainText)
        self.hints.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 6)
        layout.setSpacing(4)
        layout.addWidget(self.search)
        layout.addWidget(self.view)
        layout.addWidget(self.preview)
        layout.addWidget(self.hints)
        layout.addWidget(self.message)
        self.setFixedWidth(WIDTH)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(0)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _text: self._debounce.start())
        self.view.doubleClicked.connect(lambda _index: self.choose(paste=True))
        self.view.selectionModel().currentChanged.connect(lambda *_: self._update_preview())

    # ------------------------------------------------------------------ opening

    def open(
        self,
        target_label: str,
        can_paste: bool,
        *,
        query: str = "",
        select: Ref | None = None,
        near: QPoint | None = None,
    ) -> None:
        """Show the popup near ``near`` (the text cursor, else the mouse), search box focused.

        ``target_label`` names the program Enter pastes into; with ``can_paste`` False, Enter
        copies. ``query`` and ``select`` pre-fill the search (an abbreviation that needs
        values) and pick a phrase in the results.
        """
        self._target_label = target_label
        self._can_paste = can_paste
        self._select = select
        self._activate_when_answered = None
        self._show_hints()
        self.search.blockSignals(True)
        self.search.setText(query)
        self.search.blockSignals(False)
        self.refresh()
        self._fit()
        self._place(near)
        self._was_active = False
        self.show()
        self.raise_()
        self.activateWindow()
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _size_list(self) -> None:
        # ROWS rows in the font of the day: the text size may have changed since the last time.
        self.view.setFixedHeight(ROWS * row_height(self.view.font(), 2) + 2 * 2)

    def _fit(self) -> None:
        # Not adjustSize(): it caps a window at two thirds of the screen's height. Twice: the
        # preview's height depends on its width, known once laid out at 420 pixels, and a
        # hidden label gets no resize event to tell its layout.
        self._size_list()
        for _ in range(2):
            layout = self.layout()
            if layout is not None:
                layout.activate()
            self.preview.updateGeometry()
            self.resize(WIDTH, self.sizeHint().height())

    def say(self, message: str) -> None:
        """Show again with ``message`` in place of the key hints: where the phrase went."""
        self.message.setText(message)
        self.message.show()
        self.hints.hide()
        self._fit()
        self._was_active = False
        self.show()
        self.raise_()
        self.activateWindow()
        self.search.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_hints(self) -> None:
        self.message.hide()
        self.hints.show()
        if self._can_paste:
            self.hints.setText(
                arg(
                    self.tr("Enter pastes into %1 · Ctrl+Enter copies · Esc closes"),
                    self._target_label,
                )
            )
        else:
            self.hints.setText(self.tr("Enter copies · Esc closes"))

    def _place(self, near: QPoint | None) -> None:
        from PySide6.QtGui import QCursor

        anchor = near if near is not None else QCursor.pos()
        screen = QGuiApplication.screenAt(anchor) or QGuiApplication.primaryScreen()
        place_popup(self, anchor, screen.availableGeometry())

    # ------------------------------------------------------------------ searching

    def refresh(self) -> None:
        self._debounce.stop()
        campaign, persona = self._context()
        self._persona = persona
        self._runner.submit(
            self.search.text(),
            campaign,
            persona.ref if persona else None,
            pinned=persona.phrases if persona else (),
        )

    def _show(self, result: Answer) -> None:
        if result.request.query.strip():
            self.model.set_results(result.phrases)
        elif result.browse is None:  # the search thread failed (logged): nothing to show
            self.model.set_results([])
        else:
            persona = self._persona
            title = arg(self.tr("Suggested for: %1"), persona.name) if persona else ""
            # The persona's suggestions come first (the runner pinned them); further rows are
            # fetched from the runner's knowledge base as the list scrolls.
            self.model.set_browse(result.browse, self._runner.fetch_rows, title)
        row = self.model.row_of(self._select) if self._select else -1
        if row < 0:
            row = self.model.first_phrase_row()
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row))
            self.view.scrollTo(self.model.index(row))
        self._update_preview()
        if self._activate_when_answered is not None:
            paste, self._activate_when_answered = self._activate_when_answered, None
            self.choose(paste=paste)

    def current_phrase(self) -> PhraseRow | None:
        index = self.view.currentIndex()
        return self.model.phrase_at(index.row()) if index.isValid() else None

    def _update_preview(self) -> None:
        phrase = self.current_phrase()
        if phrase is None:
            self.preview.setText(self.tr("No phrase matches; try fewer or other words"))
            return
        self.preview.setText(self._preview(phrase) if self._preview else phrase.text)

    # ------------------------------------------------------------------ keys

    def _key(self, event: QKeyEvent) -> bool:
        key = event.key()
        control = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if key in MOVE_KEYS:
            self.view.keyPressEvent(event)
            return True
        if key in ENTER_KEYS:
            self.choose(paste=not control)
            return True
        if key == Qt.Key.Key_Escape:
            self.dismiss(escaped=True)
            return True
        if control and int(Qt.Key.Key_1) <= int(key) <= int(Qt.Key.Key_9):
            phrase = self.model.nth_phrase(int(key) - int(Qt.Key.Key_0))
            if phrase is not None:
                self.view.setCurrentIndex(self.model.index(self.model.row_of(phrase.ref)))
                self.choose(paste=True)
            return True
        return False

    def choose(self, *, paste: bool) -> None:
        """Fill in the selected phrase and hand it on; once the typed text's results are in
        when they are still on their way."""
        if self._runner.pending or self._debounce.isActive():
            self._activate_when_answered = paste
            if self._debounce.isActive():
                self.refresh()
            return
        phrase = self.current_phrase()
        if phrase is None:
            return
        self._busy = True
        try:
            text = self._fill(phrase, self)
        finally:
            self._busy = False
        if text is None:  # the fill-in form was cancelled: back to the search
            self.activateWindow()
            self.search.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.chosen.emit(phrase, text, paste)

    def dismiss(self, *, escaped: bool) -> None:
        self._activate_when_answered = None
        # Heard before the popup hides: whoever gives the focus back does it while the popup
        # is still in front (on Windows, only the program in front may hand the focus on).
        self.dismissed.emit(escaped)
        self.hide()

    # ------------------------------------------------------------------ focus

    def changeEvent(self, event: QEvent) -> None:
        from PySide6.QtCore import QEvent

        super().changeEvent(event)
        if event.type() != QEvent.Type.ActivationChange:
            return
        if self.isActiveWindow():
            self._was_active = True
        elif self._was_active and self.isVisible():
            # The agent went elsewhere (clicked another window): close as a popup does. Asked
            # once the focus has settled, as a form opened over the popup takes it too.
            QTimer.singleShot(0, self._left)

    def _left(self) -> None:
        if (
            self.isVisible()
            and not self._busy
            and not self.isActiveWindow()
            and QApplication.activeModalWidget() is None
            and QApplication.activePopupWidget() is None
        ):
            self.dismiss(escaped=False)

    def shutdown(self) -> None:
        self._runner.shutdown()


def place_popup(popup: QWidget, anchor: QPoint, area: QRect, gap: int = 12) -> None:
    """Below the anchor (the text cursor or the mouse) when it fits, else above it; always
    whole on the screen's available area."""
    size = popup.size()
    x = min(max(anchor.x() - 24, area.left()), area.right() + 1 - size.width())
    y = anchor.y() + gap
    if y + size.height() > area.bottom() + 1:
        y = anchor.y() - gap - size.height()
    y = min(max(y, area.top()), area.bottom() + 1 - size.height())
    popup.move(max(x, area.left()), y)
