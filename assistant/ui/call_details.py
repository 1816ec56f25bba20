"""The collapsible call details: call-flow checklist, callbacks, and today's hold summary.

Built the first time the details are shown (ui/main_window.py): a start does not show them.
The callbacks' alarm runs from the start in ui/callback_watch.py; the panel shows its list.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QScrollArea,
    QTabBar,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from assistant.core.callbacks import Callback
from assistant.core.hold import format_duration
from assistant.services.events import DeskEvent, HoldCheckedIn, HoldEnded, HoldStarted
from assistant.services.today import DaySummary
from assistant.ui.call_bar import CallBar
from assistant.ui.callback_watch import CallbackWatch
from assistant.ui.events import DeskEvents
from assistant.ui.i18n import arg

if TYPE_CHECKING:  # event classes for the type checker alone (tests/test_startup.py)
    from PySide6.QtGui import QFocusEvent, QKeyEvent

Index = QModelIndex | QPersistentModelIndex

CALLBACKS_TAB = 1
# Beside the tips in a wide window the call flow is shown whole, up to this many steps.
WHOLE_FLOW_STEPS = 10


Tick = Callable[[int, bool], object]  # the desk's tick, as an action that may fail


class ChecklistModel(QStandardItemModel):
    """The call-flow steps of the desk's call, checkable; required ones in bold. A tick goes to
    the desk (written at once during a call), and the box shows what the desk has.

    The rows are Qt's own items: the list lays its rows out and paints them at every call's
    start and end (the step the call is at scrolled to, the ticks shown), asking each row
    about eight roles each time, and a model in Python answered each with a call from C++
    into Python (10 steps: 1.8 ms to lay out and 2.4 to paint, against 0.35 and 1.2).

    Qt makes the items (from a prototype, as the roles are set) and Python never holds one: a
    QStandardItem is no QObject, so when the model deletes one, the Python object made for it
    stays behind (made in Python, each step's was left at every change of flow: 1.4 MB over
    300 calls).
    """

    # Another call of the same flow: its ticks shown, the rows kept (a view forgets the row it
    # was on, as after a reset).
    renewed = Signal()
    # Other steps (another flow), rows made again: the view's room and the step in view.
    steps_changed = Signal()

    def __init__(self, call_bar: CallBar, tick: Tick, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._call = call_bar.call
        self._tick = tick
        self._shown: tuple[object, ...] = ()  # the steps and flow the rows were made for
        prototype = QStandardItem()  # each row's item is a copy: a step is ticked, not edited
        prototype.setFlags(_STEP_FLAGS)
        self.setItemPrototype(prototype)
        call_bar.checklist_changed.connect(self._reset)
        call_bar.step_ticked.connect(self._ticked)
        self._reset()  # the call's steps now (the details are built when first shown)

    def _reset(self) -> None:
        shown = (self._call.checklist.steps, tuple(self._call.flow))
        if shown == self._shown and shown[0]:
            # The same steps (the next call of the campaign): only the ticks change. A reset
            # made the list lay its rows out again and the window its details, at every
            # call's start and end.
            self._show_ticks(0, len(shown[0]) - 1)
            self.renewed.emit()
            return
        self._shown = shown
        # The rows removed and made again (not clear(): PySide6 keeps something of every item
        # it clears, 6 MB over 2,000 changes of flow).
        self.removeRows(0, self.rowCount())
        count = len(shown[0])
        if count:
            self.setColumnCount(1)
            self.setRowCount(count)
            with self._told_once(0, count - 1, []):
                for position in range(count):
                    self.setItemData(self.index(position, 0), self._roles(position))
        self.steps_changed.emit()

    def _roles(self, position: int) -> dict[int, Any]:
        """What row ``position`` shows: its step (required ones say so, in bold), whether it
        is ticked, and a tip where a double-click copies its phrase."""
        step = self._call.checklist.steps[position]
        roles: dict[int, Any] = {
            _DISPLAY: arg(self.tr("%1  (required)"), step.step) if step.required else step.step,
            _CHECK: self._check(position),
        }
        flow = self._call.flow
        if position < len(flow) and flow[position].phrases:
            roles[_TOOL_TIP] = self.tr("Double-click to copy this step's phrase")
        if step.required:
            font = QFont()
            font.setBold(True)
            roles[_FONT] = font
        return roles

    def _check(self, position: int) -> int:
        return (_CHECKED if self._call.checklist.ticked(position) else _UNCHECKED).value

    def _ticked(self, position: int) -> None:
        self._show_ticks(position, position)

    def _show_ticks(self, first: int, last: int) -> None:
        """Rows ``first`` to ``last`` ticked as the desk has them."""
        last = min(last, self.rowCount() - 1)
        if first > last:
            return
        with self._told_once(first, last, [_CHECK]):
            for position in range(first, last + 1):
                index = self.index(position, 0)
                state = self._check(position)
                if self.data(index, _CHECK) != state:
                    QStandardItemModel.setData(self, index, state, _CHECK)

    @contextmanager
    def _told_once(self, first: int, last: int, roles: list[int]) -> Iterator[None]:
        """Rows ``first`` to ``last`` changed inside the block (``roles`` of them; none named:
        all), told to the views as one change (each role set tells its own, and each scrolls
        the list to the call's step)."""
        blocked = self.blockSignals(True)
        try:
            yield
        finally:
            self.blockSignals(blocked)
        self.dataChanged.emit(self.index(first, 0), self.index(last, 0), roles)

    def current_step(self) -> int:
        """The first step not ticked yet (the one the call is at); -1 when all are."""
        checklist = self._call.checklist
        return next((i for i in range(len(checklist.steps)) if not checklist.ticked(i)), -1)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        # The view's tick (a click on the box, Space): to the desk, whose event shows it
        # (_ticked). Shown as the desk has it: a tick that could not be written stays as it was.
        if not index.isValid() or role != _CHECK:
            return False
        checked = value in (_CHECKED, _CHECKED.value)
        self._tick(index.row(), checked)
        taken = self._call.checklist.ticked(index.row()) == checked
        if not taken:
            self._show_ticks(index.row(), index.row())  # the box painted again, as it was
        return taken


_DISPLAY, _CHECK = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.CheckStateRole
_TOOL_TIP, _FONT = Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.FontRole
_CHECKED, _UNCHECKED = Qt.CheckState.Checked, Qt.CheckState.Unchecked
_STEP_FLAGS = (
    Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable
)


class _CallbacksList(QListView):
    """The callbacks list, on a page that scrolls (_scrolling). With the keyboard in it, the
    page shows its current row, and that row, the one the buttons act on, is highlighted.

    In a short window (420x700, a call and a hold running) the page shows about the list's
    height, and less once scrolled to the buttons under it. The focused list looked empty:
    Down on its last row, which the list ignores, went on to the page and scrolled the row
    out of view, and a page left scrolled showed none of its rows when Tab came into it."""

    _MOVES = frozenset(
        {Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown}
        | {Qt.Key.Key_Home, Qt.Key.Key_End}
    )

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        # Qt makes the first row current if none is, without selecting it: Done acted on a
        # row shown as not chosen, and Down went to the second row.
        current = self.currentIndex()
        selection = self.selectionModel()
        if current.isValid() and not selection.isSelected(current):
            selection.select(current, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.show_current_row()

    def currentChanged(self, current: Index, previous: Index) -> None:
        super().currentChanged(current, previous)
        if self.hasFocus():
            self.show_current_row()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        super().keyPressEvent(event)
        if event.key() in self._MOVES:
            event.accept()  # at the list's end: not on to the page, to scroll it

    def show_current_row(self) -> None:
        """Scroll the page the list is on so that its current row is in view."""
        index = self.currentIndex()
        page = self.parentWidget()
        while page is not None and not isinstance(page, QScrollArea):
            page = page.parentWidget()
        content = page.widget() if page is not None else None
        if not index.isValid() or page is None or content is None:
            return
        row = self.visualRect(index)
        centre = self.viewport().mapTo(content, row.center())
        page.ensureVisible(centre.x(), centre.y(), row.width() // 2, row.height() // 2)


class CallbacksPanel(QWidget):
    """The list of promised callbacks, with done / snooze / reschedule.

    It shows the window's callback watch (ui/callback_watch.py): the watch keeps the list and
    raises the alarm from the start, the panel is built when the call details are first shown.
    """

    add_requested = Signal()
    reschedule_requested = Signal(object)  # core.callbacks.Callback

    def __init__(self, watch: CallbackWatch, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.watch = watch
        self.model = watch.model
        self.view = _CallbacksList(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Callbacks"))
        self.view.setUniformItemSizes(True)
        self.add_button = QPushButton(self.tr("&Add…"), self)
        self.done_button = QPushButton(self.tr("D&one"), self)
        self.snooze_button = QPushButton(self.tr("&Snooze 5 min"), self)
        self.reschedule_button = QPushButton(self.tr("&Reschedule…"), self)
        self.add_button.setToolTip(self.tr("Promise a callback: name, number, when (Ctrl+B)"))
        self.done_button.setToolTip(self.tr("The selected callback is made: take it off the list"))
        self.snooze_button.setToolTip(self.tr("Remind me of the selected callback in 5 minutes"))
        self.reschedule_button.setToolTip(self.tr("Choose another time for the selected callback"))
        buttons = QHBoxLayout()
        for button in (self.add_button, self.done_button, self.snooze_button):
            buttons.addWidget(button)
        buttons.addWidget(self.reschedule_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.add_requested)
        self.done_button.clicked.connect(self.complete_selected)
        self.snooze_button.clicked.connect(self.snooze_selected)
        self.reschedule_button.clicked.connect(self._reschedule_selected)
        # What is enabled follows the current row: it is what the buttons act on (selected()),
        # selected or not.
        self.view.selectionModel().currentChanged.connect(self._update_buttons)
        # The buttons again in the list's own menu (right-click, or the Menu key): in a short
        # window (420x700, a call and a hold running) the page shows one row and the buttons
        # are scrolled out of view under it.
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self._menu: dict[QPushButton, QAction] = {}
        for button in (self.done_button, self.snooze_button, self.reschedule_button):
            self._menu[button] = self._in_menu(button)
        separator = QAction(self.view)
        separator.setSeparator(True)
        self.view.addAction(separator)
        self._in_menu(self.add_button)
        # The watch reloads its model when the callbacks change: keep the selected one.
        self._kept: int | None = None
        self._kept_row = -1
        self.model.modelAboutToBeReset.connect(self._keep_selection)
        self.model.modelReset.connect(self._restore_selection)
        self._update_buttons()

    def _keep_selection(self) -> None:
        selected = self.selected()
        self._kept = selected.id if selected is not None else None
        self._kept_row = self.view.currentIndex().row()

    def _restore_selection(self) -> None:
        if self._kept is not None:
            self.select(self._kept)
            if self.selected() is None and self.model.rowCount() > 0:
                # Gone (done): the one that took its place, as a mail program does after a
                # delete, so Done again needs no Down first.
                row = min(self._kept_row, self.model.rowCount() - 1)
                self.view.setCurrentIndex(self.model.index(row))
        self._update_buttons()

    def reload(self) -> None:
        self.watch.reload()

    def selected(self) -> Callback | None:
        return self.model.callback_at(self.view.currentIndex().row())

    def select(self, callback_id: int) -> None:
        row = self.model.row_of(callback_id)
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row))

    def complete_selected(self) -> None:
        callback = self.selected()
        if callback is not None:
            self.watch.complete(callback.id)

    def snooze_selected(self) -> None:
        callback = self.selected()
        if callback is not None:
            self.watch.snooze(callback.id)

    def _reschedule_selected(self) -> None:
        callback = self.selected()
        if callback is not None:
            self.reschedule_requested.emit(callback)

    def _in_menu(self, button: QPushButton) -> QAction:
        action = QAction(button.text(), self.view)
        action.triggered.connect(button.click)
        self.view.addAction(action)
        return action

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        for button, action in self._menu.items():
            button.setEnabled(chosen)
            action.setEnabled(chosen)


class TodaySummary(QLabel):
    """Holds today: how many, average and longest, check-ins on time.

    It shows the desk's day summary (services/today.py), which each hold event changes by one
    hold: a refresh costs the same at the end of a shift as at its start. A running hold's
    time counts up, so it also refreshes every minute."""

    def __init__(
        self,
        today: DaySummary,
        events: DeskEvents,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("todaySummary")
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._today = today
        events.happened.connect(self._on_desk)
        self._timer = QTimer(self)
        self._timer.setInterval(60_000)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        self.refresh()

    def _on_desk(self, event: DeskEvent) -> None:
        if isinstance(event, HoldStarted | HoldCheckedIn | HoldEnded):
            self.refresh()

    def refresh(self) -> None:
        summary = self._today.summary()  # at the desk's clock's now
        if summary.holds == 0:
            self.setText(self.tr("No holds today."))
            return
        percent = summary.on_time_percent
        holds = arg(
            self.tr("<b>Today</b>: %n holds, average %1, longest %2", None, summary.holds),
            format_duration(summary.average_s),
            format_duration(summary.longest_s),
        )
        check_ins = (
            self.tr("Check-ins: none yet")
            if percent is None
            else arg(
                self.tr("Check-ins: %1% on time (%2 of %n)", None, summary.check_ins),
                f"{percent:.0f}",
                summary.on_time,
            )
        )
        self.setText(f"{holds}<br>{check_ins}")


class _TabBar(QTabBar):
    """The details' tabs; says when a tab was chosen by its Alt key (its mnemonic)."""

    chosen_by_key = Signal(int)

    def event(self, event: QEvent) -> bool:
        # Qt switches the tab on the mnemonic's Shortcut event and leaves the focus where it
        # was; a tab switched by the program, or clicked, sends none.
        switched = super().event(event)
        if switched and event.type() == QEvent.Type.Shortcut:
            self.chosen_by_key.emit(self.currentIndex())
        return switched


class CallDetails(QTabWidget):
    """Three tabs under the call bar: call flow, callbacks, today.

    When the window is short the panel gives way first, down to its tabs and one line: the
    checklist scrolls, and so do the callbacks and today pages.
    """

    def __init__(
        self,
        today: DaySummary,
        events: DeskEvents,
        call_bar: CallBar,
        watch: CallbackWatch,
        tick: Tick,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("callDetails")
        self.setDocumentMode(True)
        tabs = _TabBar(self)
        self.setTabBar(tabs)  # before the focus proxy is taken away: this sets it again
        # Tab stops at the tab bar and the pages' controls (focus_chain), never at the panel
        # itself. Built after the rest of the window, the panel comes last in the window's
        # focus chain, just before the campaign; as a stop that hands the focus on to its tab
        # bar (a tab widget's focus proxy), it sent Tab from the hold bar back to the tabs, and
        # the campaign, moods and search box were never reached going forward.
        self.setFocusProxy(None)  # type: ignore[arg-type]  # None takes it away (Qt docs)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.checklist_model = ChecklistModel(call_bar, tick, self)
        self.checklist = QListView(self)
        self.checklist.setModel(self.checklist_model)
        self.checklist.setAccessibleName(self.tr("Call flow checklist"))
        self.callbacks = CallbacksPanel(watch, self)
        self.today = TodaySummary(today, events, self)
        self.today.setAccessibleName(self.tr("Today's holds"))
        self.tabBar().setAccessibleName(self.tr("Call details"))
        self.addTab(self.checklist, self.tr("Call flo&w"))
        self.addTab(_scrolling(self.callbacks, self), self.tr("Call&backs"))
        self.addTab(_scrolling(self.today, self), self.tr("&Today"))
        # A tab chosen by its Alt key takes the focus to its page, as a label's mnemonic does
        # to its field: left on the campaign (Alt+C) or in the search box, the next Down or
        # Space went there. A tab opened by the program (a callback falling due) does not take
        # the focus from what the agent is typing in.
        tabs.chosen_by_key.connect(self._focus_page)
        watch.due_count_changed.connect(self._show_due)
        self._show_due(watch.due_count())
        self._whole_flow = False
        # When the panel is short, the step the call is at is the one in view.
        self.checklist_model.steps_changed.connect(self._show_current_step)
        self.checklist_model.dataChanged.connect(lambda *_: self._show_current_step())
        self.checklist_model.steps_changed.connect(self.updateGeometry)
        # The next call starts where a new flow would: no step the keyboard is on.
        self.checklist_model.renewed.connect(self.checklist.selectionModel().clear)

    def show_whole_flow(self, whole: bool) -> None:
        """Ask for the room of every step (a wide window's side column has it), or only for
        the tabs and one row (under the phrases, where the details give way first)."""
        if whole != self._whole_flow:
            self._whole_flow = whole
            self.updateGeometry()

    def _show_current_step(self) -> None:
        step = self.checklist_model.current_step()
        if step >= 0:
            index = self.checklist_model.index(step, 0)
            self.checklist.scrollTo(index, QListView.ScrollHint.PositionAtTop)

    def _show_due(self, count: int) -> None:
        self.setTabText(
            CALLBACKS_TAB,
            self.tr("Call&backs (%n due)", None, count) if count else self.tr("Call&backs"),
        )

    def show_callbacks(self) -> None:
        self.setCurrentIndex(CALLBACKS_TAB)

    def page_focus(self, index: int) -> QWidget:
        """What on the page of tab ``index`` takes the keyboard focus: the checklist, the
        callbacks list, the day's summary (a label; a screen reader reads it out)."""
        return (self.checklist, self.callbacks.view, self.today)[index]

    def _focus_page(self, index: int) -> None:
        self.page_focus(index).setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_chain(self) -> list[QWidget]:
        """Its controls in reading order, for the window's tab order."""
        panel = self.callbacks
        buttons = [panel.add_button, panel.done_button, panel.snooze_button]
        return [self.tabBar(), self.checklist, panel.view, *buttons, panel.reschedule_button]

    def sizeHint(self) -> QSize:
        # Beside the tips: the whole flow and no more, the tips take the rest of the column.
        return self.minimumSizeHint() if self._whole_flow else super().sizeHint()

    def minimumSizeHint(self) -> QSize:
        # The tabs and one whole row of the page (a checklist step, a callback); the pages
        # scroll below that.
        size = super().minimumSizeHint()
        fallback = self.fontMetrics().lineSpacing() + 6
        page = self.callbacks.layout()
        margins = page.contentsMargins().top() + page.contentsMargins().bottom() if page else 0
        rows = [
            max(self.checklist.sizeHintForRow(0), fallback) + 2 * self.checklist.frameWidth(),
            max(self.callbacks.view.sizeHintForRow(0), fallback)
            + 2 * self.callbacks.view.frameWidth()
            + margins,
        ]
        height = self.tabBar().sizeHint().height() + max(rows)
        if self._whole_flow:
            steps = min(self.checklist_model.rowCount(), WHOLE_FLOW_STEPS)
            flow = sum(self.checklist.sizeHintForRow(i) or fallback for i in range(steps))
            room = flow + 2 * self.checklist.frameWidth() + 6  # a little air around the steps
            height = max(height, self.tabBar().sizeHint().height() + room)
        return QSize(size.width(), height)


def _scrolling(page: QWidget, parent: QWidget) -> QScrollArea:
    """``page`` in a frameless scroll area: it scrolls rather than being squeezed."""
    area = QScrollArea(parent)
    area.setWidget(page)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to what is on the page
    return area
