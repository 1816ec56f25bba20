"""The team floor: every agent's state now, overdue holds in red at the top, agents not seen
for two minutes greyed; and today's hold discipline per agent and per campaign.

The reading is services/floor.py's, on a worker thread of its own: a refresh looks at each
agent's small state file and reads only those that changed, and the history only where it
grew. On a local folder a file-system watcher (and a short poll, in case it misses one)
brings a change within seconds; on a network share, where watchers are not reliable, a poll
every 15 s brings it within 30 s of the agent's action. A tick each second moves the times
on screen without reading anything.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QFileSystemWatcher,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QMainWindow,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from assistant.core.clock import WallClock, wall_now
from assistant.core.hold import format_duration
from assistant.core.team import (
    MAX_NAME_CHARS,
    Activity,
    FloorRow,
    Sighting,
    clean_name,
    floor_rows,
    shown_name,
)
from assistant.services.background import Worker
from assistant.services.floor import (
    BY_AGENT,
    BY_CAMPAIGN,
    FloorUpdate,
    SummaryRow,
    TeamFloor,
    is_network_folder,
)
from assistant.ui.gui_thread import GuiPost
from assistant.ui.i18n import arg
from assistant.ui.plain import tooltip

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent

Index = QModelIndex | QPersistentModelIndex
LOCAL_POLL_MS = 3_000  # a local folder: the watcher brings changes; this catches a missed one
SHARE_POLL_MS = 15_000  # a network share: the poll alone, well inside 30 s
SWEEP_EVERY = 20  # polls between two reads of every agent's history (the summary's catch-all)
WATCH_DELAY_MS = 250  # changes the watcher reports within this are read in one refresh
TICK_MS = 1_000
FIT_ROWS = 100  # rows measured when the columns are fitted to their contents
# The widest a column is fitted to, in average characters: a long name (anyone can write one
# into the team folder) is elided there, and never pushes the other columns out of sight.
FIT_CHARS = 32
# The hold bar's "due" colours (resources/style.qss): read on a light or a dark palette.
OVERDUE_BACKGROUND = QColor("#c62828")
OVERDUE_TEXT = QColor("#ffffff")


def _whole(name: str) -> str:
    """A name as its tooltip shows it: whole, in lines of MAX_NAME_CHARS (a tooltip breaks
    lines only between words, and one long word would run off the screen)."""
    step = MAX_NAME_CHARS
    return "\n".join(name[start : start + step] for start in range(0, len(name), step))


def _muted() -> QColor:
    return QGuiApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)


R = TypeVar("R")


class _Table(QAbstractTableModel, Generic[R]):
    """Rows of one kind under fixed headers; rows with the same keys as before only repaint,
    so a selection stays while the floor updates every second."""

    def __init__(self, headers: list[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[R] = []
        self._headers = headers

    @property
    def rows(self) -> list[R]:
        return self._rows

    def _show(self, rows: list[R], key: Callable[[R], object]) -> None:
        if [key(r) for r in rows] == [key(r) for r in self._rows]:
            self._rows = rows
            if rows:
                last = self.index(len(rows) - 1, len(self._headers) - 1)
                self.dataChanged.emit(self.index(0, 0), last)
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None


class FloorModel(_Table[FloorRow]):
    """One row per agent, in the floor's order (core/team.py FloorRow.rank)."""

    AGENT, STATE, CAMPAIGN, ON_HOLD, CHECK_IN, ON_CALL = range(6)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                self.tr("Agent"),
                self.tr("State"),
                self.tr("Campaign"),
                self.tr("On hold"),
                self.tr("Next check-in"),
                self.tr("On call"),
            ],
            parent,
        )
        self._bold = QFont()
        self._bold.setBold(True)

    def set_rows(self, rows: Sequence[FloorRow]) -> None:
        """Show ``rows``; the same agents in the same order only repaint."""
        self._show(list(rows), lambda r: r.folder)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, index.column())
        if role == Qt.ItemDataRole.BackgroundRole and row.overdue:
            return QBrush(OVERDUE_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.overdue:
                return QBrush(OVERDUE_TEXT)
            if row.not_seen or row.activity is Activity.SIGNED_OUT:
                return QBrush(_muted())
        if role == Qt.ItemDataRole.FontRole and row.overdue:
            return self._bold
        if role == Qt.ItemDataRole.ToolTipRole:
            text = self._tooltip(row)
            if index.column() == self.AGENT:  # the name the cell may show cut, whole
                text = f"{_whole(row.name)}\n{text}" if text else _whole(row.name)
            # Names come from files anyone on the share can write: shown as typed, never as
            # markup.
            return tooltip(text) if text else None
        return None

    def _text(self, row: FloorRow, column: int) -> str:
        if column == self.AGENT:
            return row.agent
        if column == self.STATE:
            return self.state_text(row)
        if column == self.CAMPAIGN:
            return row.campaign
        if column == self.ON_HOLD:
            return format_duration(row.on_hold_s) if row.on_hold_s is not None else ""
        if column == self.CHECK_IN:
            if row.until_check_in_s is None or row.activity is not Activity.HOLD:
                return ""
            if row.until_check_in_s < 0:
                return arg(self.tr("Overdue %1"), format_duration(-row.until_check_in_s))
            return arg(self.tr("In %1"), format_duration(row.until_check_in_s))
        if column == self.ON_CALL:
            return format_duration(row.on_call_s) if row.on_call_s is not None else ""
        return ""

    def state_text(self, row: FloorRow) -> str:
        if row.not_seen:
            return arg(self.tr("Not seen for %1"), format_duration(row.last_seen_s))
        return {
            Activity.IDLE: self.tr("Idle"),
            Activity.CALL: self.tr("On a call"),
            Activity.HOLD: self.tr("On hold"),
            Activity.SIGNED_OUT: self.tr("Signed out"),
        }[row.activity]

    def _tooltip(self, row: FloorRow) -> str:
        if row.not_seen:
            return arg(
                self.tr(
                    "%1 has not been seen for %2: the program was closed without signing out, "
                    "the computer is off, or it cannot reach the team folder. What is shown is "
                    "the last state it published."
                ),
                row.agent,
                format_duration(row.last_seen_s),
            )
        if row.overdue:
            return arg(
                self.tr("%1's customer has waited %2 past the check-in point."),
                row.agent,
                format_duration(row.overdue_s),
            )
        return ""


class SummaryModel(_Table[SummaryRow]):
    """Today's holds per agent, then per campaign, then the whole team."""

    NAME, HOLDS, AVERAGE, LONGEST, ON_TIME, OVERDUE = range(6)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                self.tr("Agent or campaign"),
                self.tr("Holds"),
                self.tr("Average"),
                self.tr("Longest"),
                self.tr("Check-ins on time"),
                self.tr("Overdue"),
            ],
            parent,
        )
        self._names: dict[str, str] = {}

    def set_rows(self, rows: Sequence[SummaryRow], campaign_names: dict[str, str]) -> None:
        """Show ``rows``; the same agents and campaigns only repaint (a selection stays)."""
        self._names = dict(campaign_names)
        self._show(list(rows), lambda r: (r.by, r.agent, r.campaign))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() != self.NAME:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.NAME:
            name = clean_name(row.agent, None) if row.by == BY_AGENT else ""
            return tooltip(_whole(name)) if name else None
        return None

    def _text(self, row: SummaryRow, column: int) -> str:
        # Agents' and campaigns' names as the team folder has them: see FloorModel.
        if column == self.NAME:
            if row.by == BY_AGENT:
                return shown_name(row.agent)
            if row.by == BY_CAMPAIGN:
                name = shown_name(self._names.get(row.campaign) or row.campaign)
                return arg(self.tr("Campaign: %1"), name or self.tr("(none)"))
            return self.tr("Whole team")
        if column == self.HOLDS:
            return str(row.holds)
        if column == self.AVERAGE:
            return format_duration(row.average_s)
        if column == self.LONGEST:
            return format_duration(row.longest_s)
        if column == self.ON_TIME:
            percent = row.on_time_percent
            return "" if percent is None else f"{percent:.0f} %"
        if column == self.OVERDUE:
            return format_duration(row.overdue_s)
        return ""


class FloorWindow(QMainWindow):
    """The team floor of one team folder."""

    def __init__(
        self,
        folder: Path | None,
        parent: QWidget | None = None,
        *,
        clock: WallClock = wall_now,
        network: bool | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("teamFloor")
        self.setWindowTitle(self.tr("Team floor"))
        self.folder = folder
        self._clock = clock
        self._sightings: tuple[Sighting, ...] = ()
        self._campaign_names: dict[str, str] = {}
        self._problem = ""
        self._polls = 0
        self._closed = False
        self.refreshes = 0  # refreshes applied (tests wait on it)

        central = QWidget(self)
        self.heading = QLabel(central)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        self.status = QLabel(central)
        self.status.setObjectName("floorStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.tabs = QTabWidget(central)
        self.model = FloorModel(self)
        self.view = _table(self.model, self.tabs)
        self.view.setAccessibleName(self.tr("Agents now"))
        self.summary = SummaryModel(self)
        self.summary_view = _table(self.summary, self.tabs)
        self.summary_view.setAccessibleName(self.tr("Today's holds"))
        self.tabs.addTab(self.view, self.tr("&Now"))
        self.tabs.addTab(self.summary_view, self.tr("&Today"))
        layout = QVBoxLayout(central)
        layout.addWidget(self.heading)
        layout.addWidget(self.status)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        self.resize(720, 480)

        self.tick = QTimer(self)
        self.tick.setInterval(TICK_MS)
        self.tick.timeout.connect(self.show_rows)
        self.poll = QTimer(self)
        self.poll.timeout.connect(self._on_poll)
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(WATCH_DELAY_MS)
        self._soon.timeout.connect(self.refresh)
        self.watcher: QFileSystemWatcher | None = None
        self.worker: Worker[TeamFloor] | None = None

        if folder is None:
            self.heading.setText(self.tr("No team folder is set."))
            self.status.setText(
                self.tr(
                    "Set the team folder in Settings (Team floor), or ask IT to set it in the "
                    "policy file ([team] folder). Agents publish there when 'Publish my status to "
                    "the team floor' is on in their Settings."
                )
            )
            return
        self.heading.setText(arg(self.tr("Team folder: %1"), folder))
        self.network = is_network_folder(folder) if network is None else network
        self.poll.setInterval(SHARE_POLL_MS if self.network else LOCAL_POLL_MS)
        self.worker = Worker("team-floor", lambda: TeamFloor(folder, clock), post=GuiPost(self))
        if not self.network:
            self.watcher = QFileSystemWatcher(self)
            self.watcher.directoryChanged.connect(lambda _path: self._soon.start())
            self.watcher.fileChanged.connect(lambda _path: self._soon.start())
        self.status.setText(self.tr("Reading the team folder…"))
        self.tick.start()
        self.poll.start()
        self.refresh()

    # ---------------------------------------------------------------- reading

    def refresh(self, *, sweep: bool = False) -> None:
        """Read what changed, on the floor's worker (a refresh still queued is replaced)."""
        if self.worker is None or self._closed:
            return
        self.worker.submit(
            lambda floor: floor.refresh(sweep=sweep), self._apply, self._failed, replaces="refresh"
        )

    def _on_poll(self) -> None:
        self._polls += 1
        self.refresh(sweep=self._polls % SWEEP_EVERY == 0)

    def _apply(self, update: FloorUpdate) -> None:
        if self._closed:
            return
        self._sightings = update.sightings
        self._problem = update.problem
        for sighting in update.sightings:
            state = sighting.state
            if state.campaign and state.campaign_name:
                self._campaign_names[state.campaign] = state.campaign_name
        self.summary.set_rows(update.today, self._campaign_names)
        if not update.problem:
            self._watch()
        self.refreshes += 1
        self.show_rows()

    def _failed(self, error: BaseException) -> None:
        self._problem = arg(self.tr("The team folder cannot be read: %1"), error)
        self.show_rows()

    def _watch(self) -> None:
        """Watch the team folder (agents arriving) and each agent's folder (its state file
        is replaced there)."""
        if self.watcher is None or self.folder is None:
            return
        wanted = {str(self.folder)} | {str(self.folder / s.folder) for s in self._sightings}
        watched = set(self.watcher.directories())
        missing = sorted(wanted - watched)
        if missing:
            self.watcher.addPaths(missing)

    # ---------------------------------------------------------------- showing

    def show_rows(self) -> None:
        """The rows at this moment (times move each second; nothing is read)."""
        rows = floor_rows(self._sightings, self._clock())
        self.model.set_rows(rows)
        if self._problem:
            self.status.setText(self._problem)
            return
        on_hold = sum(1 for r in rows if r.activity is Activity.HOLD and not r.not_seen)
        overdue = sum(1 for r in rows if r.overdue)
        not_seen = sum(1 for r in rows if r.not_seen)
        parts = [
            self.tr("%n agents", None, len(rows)),
            self.tr("%n on hold", None, on_hold),
            self.tr("%n overdue", None, overdue),
        ]
        if not_seen:
            parts.append(self.tr("%n not seen", None, not_seen))
        self.status.setText(" · ".join(parts))

    def row_of(self, agent: str) -> int:
        """The row showing ``agent`` (its display name); -1 when not shown."""
        for number, row in enumerate(self.model.rows):
            if row.agent == agent:
                return number
        return -1

    def closeEvent(self, event: QCloseEvent) -> None:
        self.stop()
        super().closeEvent(event)

    def stop(self) -> None:
        """Stop reading (the window closes)."""
        self._closed = True
        for timer in (self.tick, self.poll, self._soon):
            timer.stop()
        if self.worker is not None:
            self.worker.close(timeout=2.0)

    @property
    def closed(self) -> bool:
        return self._closed


def _table(model: QAbstractTableModel, parent: QWidget) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    # One line per row, cut with an ellipsis where the column ends (a wrapped name is cut
    # without one).
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    # Not ResizeToContents: it measures every row at every change, and the floor changes
    # each second (about 0.4 s for 500 agents). Columns fit the first rows shown, once, up
    # to FIT_CHARS, and the supervisor can widen them.
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setResizeContentsPrecision(FIT_ROWS)
    header.setStretchLastSection(True)
    fitted = [False]

    def fit() -> None:
        if not fitted[0] and model.rowCount() > 0:
            fitted[0] = True
            view.resizeColumnsToContents()
            widest = view.fontMetrics().averageCharWidth() * FIT_CHARS
            for column in range(model.columnCount()):
                if header.sectionSize(column) > widest:
                    header.resizeSection(column, widest)

    model.modelReset.connect(fit)
    return view
