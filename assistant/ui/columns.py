"""The window's arrangement: one column beside the softphone, two when the window is wide.

Narrow (under WIDE_AT pixels across): the campaign; the customer's mood and its tips over the
customer's name and the phrase library, a splitter between them; the call details; the call
bar and the hold bar. Wide: the campaign across the top and the two bars across the bottom as
before, and between them two columns: the mood, its tips and the call details (the call flow)
beside the phrase library, rather than one column stretched. Crossing WIDE_AT either way turns
the splitter and moves the call details; nothing is rebuilt, and each arrangement keeps the
splitter where the agent left it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QEvent,
    QObject,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QMainWindow,
    QSizePolicy,
    QSplitter,
    QStatusBar,
    QVBoxLayout,
    QWidget,
)

from assistant.settings import Settings
from assistant.ui import window_modes

if TYPE_CHECKING:
    from PySide6.QtGui import QResizeEvent

    from assistant.ui.call_details import CallDetails

WIDE_AT = 760
# Where the splitter starts in a new window: most of the height (or width) to the phrases.
NARROW_SIZES = [220, 380]
WIDE_SIZES = [340, 420]
# Under the phrases, the call details give way first (their pages scroll). In the wide side
# column they take the room of the whole call flow and the tips the rest (stretch 1 to 0).
NARROW_DETAILS_MAX = 135
DETAILS_STRETCH = 0
SIDE_STRETCH = 1
UNLIMITED = 16_777_215  # QWIDGETSIZE_MAX


class Central(QWidget):
    """The window's central widget; says when its width changes. Its minimum height is what
    its column needs, or what the screen leaves it when that is less (see minimumSizeHint)."""

    resized = Signal(int)

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        # What the agent must see grows with the font (four phrases, three lines of tips, the
        # bars); at 16 pt it added up to more than a 900-pixel screen, and the window grew past
        # the screen's bottom edge, the bars with it. No taller than the screen the window is
        # on leaves it: the column gets less than its minimum, and its box layout takes the
        # difference from its biggest part first, the phrases and tips (they scroll); the bars
        # are far smaller and keep their height.
        size = super().minimumSizeHint()
        room = self._room()
        if room is not None and size.height() > room:
            size.setHeight(max(room, 0))
        return size

    def _room(self) -> int | None:
        """The height the window's screen leaves this widget: its available height less the
        window's frame, menu bar and status line; None with no screen."""
        window = self._window
        area = window_modes.available_area(window)
        if area.isEmpty():
            return None
        taken = window.frameGeometry().height() - window.geometry().height()  # 0 until shown
        # statusBar() would make one if there were none.
        status = window.findChild(QStatusBar, options=Qt.FindChildOption.FindDirectChildrenOnly)
        for bar in (window.menuWidget(), status):
            if bar is not None and not bar.isHidden():
                taken += bar.minimumSizeHint().height()
        return area.height() - taken

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.resized.emit(event.size().width())


class _Side(QWidget):
    """The side column. Its hint keeps its foot's room while the foot is hidden (the campaign
    line during a call): the panels above take it, and the window's layout shares out the
    same room as before, so nothing under the column moves."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.foot: QWidget | None = None

    def sizeHint(self) -> QSize:  # noqa: N802
        size = super().sizeHint()
        foot, layout = self.foot, self.layout()
        if foot is not None and foot.isHidden() and layout is not None:
            size.setHeight(size.height() + foot.sizeHint().height() + layout.spacing())
        return size


class Columns(QObject):
    """Makes the containers the window's panels are built in (``central``, ``side`` for the
    mood and tips, ``main`` for the name and phrases), lays them out, and switches between one
    column and two as the window's width crosses WIDE_AT."""

    changed = Signal(bool)  # wide or not

    def __init__(self, window: QMainWindow, settings: Settings) -> None:
        super().__init__(window)
        self._window = window
        self._settings = settings
        self.central = Central(window)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self.central)
        # Made with the splitter as their parent, the two boxes are its panes, in this order.
        self.side = _Side(self.splitter)
        self.main = QWidget(self.splitter)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self._side_layout = _column(self.side)
        self._main_layout = _column(self.main)
        self.layout = QVBoxLayout(self.central)
        self.layout.setContentsMargins(10, 6, 10, 6)
        self.layout.setSpacing(4)
        self._wide = False
        self._details: CallDetails | None = None
        self._states: dict[Qt.Orientation, QByteArray] = {}
        self.central.resized.connect(self._fit)

    @property
    def wide(self) -> bool:
        return self._wide

    def arrange(
        self,
        top: QWidget,
        side: list[QWidget],
        main: list[QWidget],
        bottom: list[QWidget],
        side_foot: QWidget | None = None,
    ) -> None:
        """Lay the panels out; each was made in the container it goes in. ``side_foot`` goes
        under the side's panels, as tall as it asks: what it frees when hidden goes to them,
        and nothing above it or below the column moves."""
        for widget in side:
            self._side_layout.addWidget(widget, SIDE_STRETCH)
        if side_foot is not None:
            self._side_layout.addWidget(side_foot)
            self.side.foot = side_foot
        self._main_layout.addWidget(main[0])
        for widget in main[1:]:
            self._main_layout.addWidget(widget, 1)
        self.layout.addWidget(top)
        # No stretch factors: with their own size hints a short window takes the same from the
        # splitter and the details until one is at its minimum (the details' is small).
        self.layout.addWidget(self.splitter)
        for widget in bottom:
            self.layout.addWidget(widget)
        self._window.setCentralWidget(self.central)

    def place_details(self, details: CallDetails) -> None:
        """Where the call details go, once built: under the phrases in one column, under the
        tips in two. Hidden until whoever built them shows them."""
        details.hide()
        self._details = details
        self._put_details()

    def _put_details(self) -> None:
        details = self._details
        if details is None:
            return
        hidden = details.isHidden()
        self._side_layout.removeWidget(details)
        self.layout.removeWidget(details)
        # Beside the tips the whole call flow is in view; under the phrases it gives way.
        details.show_whole_flow(self._wide)
        if self._wide:
            details.setMaximumHeight(UNLIMITED)
            self._side_layout.addWidget(details, DETAILS_STRETCH)
        else:
            details.setMaximumHeight(NARROW_DETAILS_MAX)
            self.layout.insertWidget(self.layout.indexOf(self.splitter) + 1, details)
        details.setHidden(hidden)  # a widget moved to another parent is hidden until shown

    # ------------------------------------------------------------------ one column or two

    def _fit(self, width: int) -> None:
        wide = width >= WIDE_AT
        if wide != self._wide:
            self._switch(wide)

    def _switch(self, wide: bool) -> None:
        height = self._window.height()
        self._states[self.splitter.orientation()] = QByteArray(self.splitter.saveState())
        self._wide = wide
        orientation = Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
        self.splitter.setOrientation(orientation)
        # Turning a splitter turns its size policy too; across or down, it is what grows
        # when the window does (the campaign line and the bars keep their height).
        policy = self.splitter.sizePolicy()
        policy.setVerticalPolicy(QSizePolicy.Policy.Expanding)
        self.splitter.setSizePolicy(policy)
        self._restore_sizes(orientation)
        self._put_details()
        self.changed.emit(wide)
        QTimer.singleShot(0, self, lambda: self._keep_height(height))  # not after the window

    def _keep_height(self, height: int) -> None:
        """The window as tall as before the switch, when that is enough. While the panels are
        moved, their minimums are still those of their old widths (a row of moods wrapped at
        the side column's width is taller): the window grew for that moment only."""
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        window = self._window
        if window.height() > height >= window.minimumSizeHint().height():
            window.resize(window.width(), height)

    def _restore_sizes(self, orientation: Qt.Orientation) -> None:
        # A saved state carries its orientation: only the one saved in this arrangement.
        state = self._states.get(orientation)
        if state is None or state.isEmpty() or not self.splitter.restoreState(state):
            wide = orientation == Qt.Orientation.Horizontal
            self.splitter.setSizes(WIDE_SIZES if wide else NARROW_SIZES)
        self.splitter.setOrientation(orientation)

    # ------------------------------------------------------------------ remembered

    def restore(self) -> None:
        """Where the agent left the splitter, in each arrangement."""
        self._states[Qt.Orientation.Vertical] = self._settings.splitter_state
        self._states[Qt.Orientation.Horizontal] = self._settings.splitter_wide_state
        self._restore_sizes(self.splitter.orientation())

    def save(self) -> None:
        self._states[self.splitter.orientation()] = QByteArray(self.splitter.saveState())
        narrow = self._states.get(Qt.Orientation.Vertical)
        if narrow is not None and not narrow.isEmpty():
            self._settings.splitter_state = narrow
        wide = self._states.get(Qt.Orientation.Horizontal)
        if wide is not None and not wide.isEmpty():
            self._settings.splitter_wide_state = wide


def _column(box: QWidget) -> QVBoxLayout:
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(4)
    return layout
