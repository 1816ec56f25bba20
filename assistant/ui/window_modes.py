"""Always on top, compact mode, and a window that comes back where it was for each monitor setup.

Compact mode is a function over the widgets to hide, so panels other people add to the window
(a call-context bar, a callbacks list) are hidden by listing them, not by changing this module.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QObject, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QMainWindow, QWidget

from assistant.settings import Settings

if TYPE_CHECKING:
    # For the type checker only: the window's native window exists once shown, and PySide6
    # creates a class when it is first imported (start-up time).
    from PySide6.QtGui import QWindow

COMPACT_HEIGHT = 380
# A window counts as reachable when this much of its title bar area is on some screen.
MIN_VISIBLE = 80


def screen_setup_key(screens: Iterable[QScreen] | None = None) -> str:
    """A short stable name for the current monitor arrangement (names and geometries)."""
    parts = []
    for screen in screens if screens is not None else QGuiApplication.screens():
        g = screen.geometry()
        parts.append(f"{screen.name()}@{g.x()},{g.y()},{g.width()}x{g.height()}")
    return hashlib.sha1("|".join(sorted(parts)).encode()).hexdigest()[:12]


def available_area(window: QWidget) -> QRect:
    """What the screen the window is on leaves windows (without the taskbar and docks); empty
    with no screen."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect()


def on_screen(frame: QRect, available: Iterable[QRect]) -> bool:
    """True when enough of the window's top edge is on a screen for the user to grab it."""
    top_strip = QRect(frame.x(), frame.y(), frame.width(), 30)
    return any(
        (area.intersected(top_strip).width() >= min(MIN_VISIBLE, frame.width()))
        and area.intersected(top_strip).height() > 0
        for area in available
    )


def rescued_position(frame: QRect, available: QRect) -> QPoint:
    """Where to move a window that fell off-screen: inside ``available``, as near as can be."""
    width = min(frame.width(), available.width())
    height = min(frame.height(), available.height())
    x = min(max(frame.x(), available.left()), available.right() - width + 1)
    y = min(max(frame.y(), available.top()), available.bottom() - height + 1)
    return QPoint(x, y)


def set_compact(hide: Iterable[QWidget], compact: bool) -> None:
    """Hide (or show again) every widget that is not the search box, results or hold timer."""
    for widget in hide:
        widget.setVisible(not compact)


class WindowModes(QObject):
    """Owns the window's on-top flag, compact mode and per-monitor-setup memory."""

    def __init__(
        self,
        window: QMainWindow,
        settings: Settings,
        compact_hides: Callable[[], list[QWidget]],
        current_campaign: Callable[[], str],
        select_campaign: Callable[[str], object],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._settings = settings
        self._compact_hides = compact_hides
        self._current_campaign = current_campaign
        self._select_campaign = select_campaign
        self._compact = False
        self._normal_size: QSize | None = None
        self._followed: QWindow | None = None  # the native window whose screen is followed
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.screenRemoved.connect(lambda _s: self.ensure_on_screen())
            app.screenAdded.connect(lambda _s: self.ensure_on_screen())

    # ------------------------------------------------------------------ always on top

    @property
    def always_on_top(self) -> bool:
        return bool(self._window.windowFlags() & Qt.WindowType.WindowStaysOnTopHint)

    def set_always_on_top(self, on: bool) -> None:
        if on == self.always_on_top:
            return
        visible = self._window.isVisible()
        self._window.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, on)
        if visible:  # changing a window flag hides the window on every platform
            self._window.show()
        self._settings.always_on_top = on

    # ------------------------------------------------------------------ compact mode

    @property
    def compact(self) -> bool:
        return self._compact

    def set_compact(self, compact: bool) -> None:
        if compact == self._compact:
            return
        self._compact = compact
        set_compact(self._compact_hides(), compact)
        self._settle_layout()
        # The minimum size stays the layout's in both modes: compact hides widgets, so its
        # minimum is smaller, yet the hold bar, the search box and a few phrases stay whole.
        if compact:
            self._normal_size = self._window.size()
            self._window.resize(self._window.width(), min(COMPACT_HEIGHT, self._window.height()))
        else:
            if self._normal_size is not None:
                self._window.resize(self._normal_size)
        self._settings.compact = compact

    def _settle_layout(self) -> None:
        """Recompute the window's minimum size for what is shown now, not at the next event,
        so a resize is not held to the other mode's minimum: the panels and the splitter
        handle their pending layout requests, then the window's layout takes their minimums.
        The central widget's minimum is its own (ui/columns.py Central): it is asked again."""
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        central = self._window.centralWidget()
        if central is not None:
            central.updateGeometry()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        layout = self._window.layout()
        if layout is not None:
            layout.activate()

    def toggle_compact(self) -> None:
        self.set_compact(not self._compact)

    # ------------------------------------------------------------------ memory per setup

    def save(self) -> None:
        """Remember geometry, mode and campaign for the current monitor setup."""
        self._settings.set_screen_state(
            screen_setup_key(),
            QByteArray(self._window.saveGeometry()),
            self._compact,
            self._current_campaign(),
        )
        self._settings.geometry = QByteArray(self._window.saveGeometry())

    def restore(self, default_size: tuple[int, int]) -> None:
        """Come back as this monitor setup last saw the window, or as last seen anywhere."""
        if self._settings.always_on_top:
            self._window.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, True)
        state = self._settings.screen_state(screen_setup_key())
        geometry = state["geometry"]
        known_setup = isinstance(geometry, QByteArray) and not geometry.isEmpty()
        compact = bool(state["compact"]) if known_setup else self._settings.compact
        if not known_setup or not isinstance(geometry, QByteArray):
            geometry = self._settings.geometry
        if geometry.isEmpty() or not self._window.restoreGeometry(geometry):
            self._window.resize(*default_size)
        # A size saved on a larger screen, or at a smaller font, is cut to this screen's (the
        # frame is not known yet: once shown, fit_to_screen() takes it off).
        self._fit_inside(available_area(self._window))
        campaign = state["campaign"]
        if isinstance(campaign, str) and campaign:
            self._select_campaign(campaign)
        if compact:
            # Geometry already holds the compact size; remember a comfortable normal one.
            self._normal_size = QSize(max(self._window.width(), default_size[0]), default_size[1])
            self._compact = True
            set_compact(self._compact_hides(), True)
        self.ensure_on_screen()

    def fit_to_screen(self) -> bool:
        """Make the window no larger than its screen leaves it, frame included, and move it
        inside; True when it changed. Its minimum height never asks for more (ui/columns.py
        Central): the phrases and tips give way, the bars stay."""
        window = self._window
        area = available_area(window)
        if area.isEmpty() or area.contains(window.frameGeometry()):
            return False
        # The room the screen leaves the window's column changes with the screen and the frame
        # (known once shown): its minimum is asked again.
        central = window.centralWidget()
        if central is not None:
            central.updateGeometry()
        self._settle_layout()
        return self._fit_inside(area)

    def follow_screen(self) -> None:
        """Once the window has its native window (when shown): moved to another screen, it
        takes that screen's height cap at once. It kept the first screen's until the next
        layout change: on a shorter screen the bars hung past its bottom edge."""
        handle = self._window.windowHandle()
        if handle is None or handle is self._followed:
            return
        self._followed = handle
        handle.screenChanged.connect(self.screen_changed)

    def screen_changed(self, _screen: QScreen | None = None) -> None:
        """The window is on another screen: its minimum height is asked again (the room this
        screen leaves, ui/columns.py Central), then it is made to fit inside."""
        central = self._window.centralWidget()
        if central is not None:
            central.updateGeometry()
        self._settle_layout()
        self.fit_to_screen()

    def _fit_inside(self, area: QRect) -> bool:
        window = self._window
        outer = window.frameGeometry()
        if area.isEmpty() or area.contains(outer):
            return False
        frame = outer.size() - window.geometry().size()  # none until shown
        width = min(window.width(), area.width() - frame.width())
        height = min(window.height(), area.height() - frame.height())
        window.resize(max(width, window.minimumWidth()), max(height, window.minimumHeight()))
        window.move(rescued_position(window.frameGeometry(), area))
        return True

    def ensure_on_screen(self) -> bool:
        """Move the window back onto a screen if a monitor went away; True when it moved."""
        screens = QGuiApplication.screens()
        if not screens:
            return False
        frame = self._window.frameGeometry()
        if on_screen(frame, [s.availableGeometry() for s in screens]):
            return False
        primary = QGuiApplication.primaryScreen() or screens[0]
        self._window.move(rescued_position(frame, primary.availableGeometry()))
        return True
