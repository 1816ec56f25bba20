"""The Pack manager dialog: installed packs, import, export and remove; and the shared-folder
watcher that installs new and changed packs within seconds. The window's own part (the menu entry,
dropped files, the worker) is in ui/pack_tools.py, so a start does not load this module.

All file and database work runs on one worker thread (one writer at a time); widgets only
show progress and results, which arrive as queued signals.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QFileSystemWatcher,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from assistant.services.packs import PackService
from assistant.services.shared_folder import FolderSync, SyncReport, from_folder
from assistant.store.errors import StoreError
from assistant.store.events import Change
from assistant.store.rows import PackInfo
from assistant.ui import plain
from assistant.ui.events import StoreEvents
from assistant.ui.i18n import arg
from assistant.ui.operations import Operations, Progress
from assistant.ui.pack_tools import (
    ImportOutcome,
    PackImports,
    PackTools,
    pack_files,
)
from assistant.ui.plain import tooltip

__all__ = [
    "FolderSetting",
    "PackFolderWatcher",
    "PackImports",
    "PackManagerDialog",
    "PackTools",
    "announce_sync",
]

log = logging.getLogger(__name__)

# A look at the shared folder for shares that send no change notifications (network shares):
# a listing of sizes and times, no file read unless one changed. A change is installed within
# two looks (the second confirms the file is complete), so within 30 s.
POLL_MS = 10 * 1000
NOTICE_DELAY_MS = 500  # after the last change notification of a burst
SETTLE_MS = 1000  # a file seen changing is looked at again after this
MAX_LISTED = 1000  # problems of one file listed below the table
STATUS_MS = 15_000  # how long the agent's status bar shows what the shared folder changed
_PHASES = {
    "read": QT_TRANSLATE_NOOP("PackManagerDialog", "Reading…"),
    "check": QT_TRANSLATE_NOOP("PackManagerDialog", "Checking…"),
    "install": QT_TRANSLATE_NOOP("PackManagerDialog", "Installing…"),
    "advise": QT_TRANSLATE_NOOP("PackManagerDialog", "Checking the content…"),
}


@dataclass(frozen=True)
class FolderSetting:
    """Where the shared pack folder comes from: the IT policy (fixed) or the agent's setting."""

    set_by_policy: bool
    choose: Callable[[str], None]  # store the agent's setting ('' for none)


class PackTableModel(QAbstractTableModel):
    """Installed packs, one row each."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("PackTableModel", "Name"),
        QT_TRANSLATE_NOOP("PackTableModel", "Version"),
        QT_TRANSLATE_NOOP("PackTableModel", "Author"),
        QT_TRANSLATE_NOOP("PackTableModel", "Language"),
        QT_TRANSLATE_NOOP("PackTableModel", "Campaigns"),
        QT_TRANSLATE_NOOP("PackTableModel", "Personas"),
        QT_TRANSLATE_NOOP("PackTableModel", "Phrases"),
        QT_TRANSLATE_NOOP("PackTableModel", "Source file"),
        QT_TRANSLATE_NOOP("PackTableModel", "Installed"),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._packs: list[PackInfo] = []

    def set_packs(self, packs: list[PackInfo]) -> None:
        self.beginResetModel()
        self._packs = packs
        self.endResetModel()

    def pack(self, row: int) -> PackInfo | None:
        return self._packs[row] if 0 <= row < len(self._packs) else None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._packs)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("PackTableModel", str(self.COLUMNS[section]))
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        pack = self.pack(index.row())
        if pack is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            name = arg(self.tr("%1 (built in)"), pack.name) if pack.builtin else pack.name
            source = (
                self.tr("(built in)") if pack.builtin else Path(pack.source).name or pack.source
            )
            values = (
                name,
                pack.version,
                pack.author,
                pack.language,
                pack.campaigns,
                pack.personas,
                pack.phrases,
                source,
                pack.installed_at[:16].replace("T", " "),
            )
            return values[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            source = self.tr("(built in)") if pack.builtin else pack.source
            return tooltip(f"{pack.id}\n{pack.description}\n{source}".strip())
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (1, 4, 5, 6):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class PackManagerDialog(QDialog):
    """Installed packs with Import…, Export… and Remove; drop pack files here to import."""

    def __init__(
        self,
        imports: PackImports,
        events: StoreEvents,
        parent: QWidget | None = None,
        watcher: PackFolderWatcher | None = None,
        folder_setting: FolderSetting | None = None,
    ) -> None:
        super().__init__(parent)
        self._watcher = watcher
        self._folder_setting = folder_setting
        self.setWindowTitle(self.tr("Packs"))
        self.setObjectName("packManager")
        self.setAcceptDrops(True)
        self.resize(980, 440)
        self._imports = imports
        self._operations = imports.operations
        self._kb = imports.operations.kb

        self.model = PackTableModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Installed packs"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)

        self.import_button = QPushButton(self.tr("&Import…"), self)
        self.export_button = QPushButton(self.tr("&Export…"), self)
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        close_button = QPushButton(self.tr("Close"), self)
        buttons = QHBoxLayout()
        for button in (self.import_button, self.export_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close_button)

        self.status = QLabel(
            self.tr("Drop pack files (.yaml, .json, .zip) here to import them."), self
        )
        self.status.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setTextVisible(True)
        self.progress.hide()
        self.problems = QPlainTextEdit(self)
        self.problems.setReadOnly(True)
        self.problems.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.problems.setPlaceholderText(
            self.tr("Problems and advice found in pack files are listed here.")
        )
        self.problems.setAccessibleName(self.tr("Problems and advice found in pack files"))
        self.problems.setMaximumHeight(130)
        self.problems.hide()

        self.folder_label = QLabel(self)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder_button = QPushButton(self.tr("Shared &folder…"), self)
        self.folder_button.setToolTip(self.tr("Choose the shared folder packs are installed from"))
        self.check_button = QPushButton(self.tr("&Check now"), self)
        self.check_button.setToolTip(self.tr("Look in the shared folder for new packs now"))
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_label, 1)
        folder_row.addWidget(self.folder_button)
        folder_row.addWidget(self.check_button)
        # The last look's problems: agents were told only that a pack was not installed.
        self.folder_problems = QPlainTextEdit(self)
        self.folder_problems.setReadOnly(True)
        self.folder_problems.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.folder_problems.setAccessibleName(self.tr("Packs in the shared folder not installed"))
        self.folder_problems.setMaximumHeight(110)
        self.folder_problems.hide()
        self._checking = False  # a check asked for with "Check now": say how it went

        layout = QVBoxLayout(self)
        layout.addLayout(folder_row)
        layout.addWidget(self.folder_problems)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        layout.addWidget(self.problems)
        layout.addLayout(buttons)

        self.import_button.clicked.connect(self.choose_files)
        self.export_button.clicked.connect(self.export_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        close_button.clicked.connect(self.close)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._operations.progress.connect(self._on_progress)
        imports.imported.connect(self._on_imported)
        self._operations.busy_changed.connect(self._on_busy)
        self._operations.failed.connect(self.status.setText)
        events.changed.connect(self._on_store_changed)
        self.folder_button.clicked.connect(self.choose_folder)
        self.check_button.clicked.connect(self.check_folder)
        if watcher is not None:
            watcher.checked.connect(self._on_folder_checked)
            if watcher.last_report is not None:
                self._show_folder_problems(watcher.last_report)
        self._show_folder()
        self.refresh()

    # ------------------------------------------------------------------ shared folder

    def _show_folder(self) -> None:
        folder = self._watcher.folder() if self._watcher is not None else None
        managed = self._folder_setting is not None and self._folder_setting.set_by_policy
        if folder is None:
            self.folder_label.setText(self.tr("Shared pack folder: none"))
        elif managed:
            self.folder_label.setText(arg(self.tr("Shared pack folder: %1 (set by IT)"), folder))
        else:
            self.folder_label.setText(arg(self.tr("Shared pack folder: %1"), folder))
        self.folder_button.setVisible(self._folder_setting is not None and not managed)
        self.check_button.setEnabled(folder is not None)
        self.folder_label.setVisible(self._watcher is not None)
        self.check_button.setVisible(self._watcher is not None)

    def set_folder(self, folder: str) -> None:
        """Use ``folder`` as the shared pack folder ('' for none) and check it at once."""
        if self._folder_setting is None or self._folder_setting.set_by_policy:
            return
        self._folder_setting.choose(folder)
        self._show_folder()
        self.check_folder()

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Shared pack folder"))
        if folder:
            self.set_folder(folder)

    def check_folder(self) -> None:
        if self._watcher is not None and self._watcher.folder() is not None:
            self.status.setText(self.tr("Checking the shared pack folder…"))
            self._checking = True
            self._watcher.sync_now()

    def _on_folder_checked(self, report: SyncReport) -> None:
        self._show_folder_problems(report)
        # The look every few seconds speaks only when it did something.
        lines = report_lines(report)
        if lines:
            self.status.setText(" ".join(lines))
        elif self._checking and not report.waiting:
            self.status.setText(
                arg(self.tr("Shared pack folder checked: nothing new in %1."), report.folder)
            )
        if not report.waiting:
            self._checking = False

    def _show_folder_problems(self, report: SyncReport) -> None:
        lines = SyncWords().problem_lines(report)
        if "\n".join(lines) != self.folder_problems.toPlainText():
            self.folder_problems.setPlainText("\n".join(lines))
        self.folder_problems.setVisible(bool(lines))

    # ------------------------------------------------------------------ actions

    def refresh(self) -> None:
        self.model.set_packs(self._kb.packs())
        self._update_buttons()

    def selected_pack(self) -> PackInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.pack(rows[0].row()) if rows else None

    def import_files(self, paths: Sequence[Path]) -> None:
        """Validate and install the files, off the GUI thread, one after the other."""
        if not paths:
            return
        self.problems.clear()
        self.problems.hide()
        self._imports.import_files(list(paths))

    def choose_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Import packs"),
            "",
            arg(self.tr("Campaign packs (%1)"), "*.yaml *.yml *.json *.zip"),
        )
        self.import_files([Path(f) for f in files])

    def export_selected(self) -> None:
        pack = self.selected_pack()
        if pack is None:
            return
        yaml = arg(self.tr("YAML pack (%1)"), "*.yaml")
        json = arg(self.tr("JSON pack (%1)"), "*.json")
        target, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export pack"), f"{pack.id}.yaml", f"{yaml};;{json}"
        )
        if target:
            self.export_to(pack.id, Path(target))

    def export_to(self, pack_id: str, target: Path) -> None:
        # Translated here, in the GUI thread; the worker only fills them in.
        failed = self.tr("Could not export %1: %2")
        exported = self.tr("Exported %1 to %2.")

        def work(packs: PackService, progress: Progress) -> str:
            try:
                packs.export(pack_id, target)
            except (StoreError, OSError) as error:
                return arg(failed, pack_id, error)
            return arg(exported, pack_id, target)

        self._operations.run(work, self.status.setText)

    def remove_selected(self) -> None:
        pack = self.selected_pack()
        if pack is None or pack.builtin:
            return
        question = arg(
            self.tr(
                "Remove the pack '%1' (%n phrases)?\n"
                "Agents' favourites are kept in case it is installed again.",
                None,
                pack.phrases,
            ),
            pack.name,
        )
        folder = self._watcher.folder() if self._watcher is not None else None
        if folder is not None and from_folder(pack.source, folder):
            # The shared folder is the supervisor's word: its packs come back.
            question += "\n\n" + arg(
                self.tr(
                    "It comes from the shared pack folder (%1): the next start installs it "
                    "again, unless it is taken out of that folder."
                ),
                folder,
            )
        # The pack's name is pack text: shown as typed, never as markup (ui/plain.py).
        if not plain.ask(self, self.tr("Remove pack"), question):
            return
        removed = arg(self.tr("Removed %1."), pack.name)

        def work(packs: PackService, progress: Progress) -> str:
            try:
                packs.remove(pack.id)
            except StoreError as error:
                return str(error)
            return removed

        self._operations.run(work, self.status.setText)

    # ------------------------------------------------------------------ feedback

    def _update_buttons(self) -> None:
        pack = self.selected_pack()
        self.export_button.setEnabled(pack is not None)
        self.remove_button.setEnabled(pack is not None and not pack.builtin)
        self.remove_button.setToolTip(
            self.tr("The built-in pack can be updated but not removed.")
            if pack is not None and pack.builtin
            else ""
        )

    def _on_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.import_button.setEnabled(not busy)
        if busy:
            self.progress.setRange(0, 0)

    def _on_progress(self, phase: str, done: int, total: int) -> None:
        if phase == "install" and total:
            self.progress.setRange(0, total)
            self.progress.setValue(done)
            self.progress.setFormat(self.tr("Installing: %v of %m phrases"))
        else:
            self.progress.setRange(0, 0)
        name = _PHASES.get(phase)
        self.status.setText(
            QCoreApplication.translate("PackManagerDialog", str(name)) if name else f"{phase}…"
        )

    def _on_imported(self, outcome: ImportOutcome) -> None:
        if outcome.summary is not None:
            s = outcome.summary
            counts = (s.campaigns, s.personas, s.phrases)
            if s.replaced_version:
                done = self.tr(
                    "Installed %1 version %2, replacing version %3: campaigns %4, personas %5, "
                    "phrases %6."
                )
                said = arg(done, s.pack_id, s.version, s.replaced_version, *counts)
            else:
                done = self.tr("Installed %1 version %2: campaigns %3, personas %4, phrases %5.")
                said = arg(done, s.pack_id, s.version, *counts)
            if outcome.advice:
                # What `pack validate` and the editor would warn of: the pack works as it is.
                said += " " + self.tr("See the advice below (the pack works as it is).")
                self._list_problems(outcome.advice, outcome.path)
            self.status.setText(said)
            return
        if outcome.unchanged:
            pack_id = outcome.versions[0] if outcome.versions else ""
            self.status.setText(
                arg(
                    self.tr("%1 is installed already (%2, exactly this file): nothing to do."),
                    outcome.path.name,
                    pack_id,
                )
            )
            return
        if outcome.older:
            self.status.setText(
                arg(self.tr("%1 is older than the installed version."), outcome.path.name)
            )
            if self.confirm_older(outcome):
                self._imports.import_files([outcome.path], force=True)
            return
        self.status.setText(
            arg(
                self.tr("%1 was not installed: fix the problems below and try again."),
                outcome.path.name,
            )
        )
        self._list_problems(outcome.problems, outcome.path)

    def _list_problems(self, lines: Sequence[str], path: Path) -> None:
        """Add ``lines`` (of the file ``path``) to the list below the table, the first
        MAX_LISTED of them, shown from its first line (the list would otherwise show its end,
        the first file's lines scrolled away)."""
        shown = list(lines[:MAX_LISTED])
        if len(lines) > MAX_LISTED:
            # A pack with a problem in each of 100,000 phrases: 0.4 s of the window's thread to
            # list them all, and nobody reads that far; the command line lists every one.
            more = self.tr(
                "… and %n more: `agent-assistant pack validate %1` lists them all.",
                None,
                len(lines) - MAX_LISTED,
            )
            shown.append(arg(more, str(path)))
        self.problems.appendPlainText("\n".join(shown))
        self.problems.moveCursor(QTextCursor.MoveOperation.Start)
        self.problems.show()

    def confirm_older(self, outcome: ImportOutcome) -> bool:
        """Ask before replacing a pack with an older version of it."""
        pack_id, installed, offered = outcome.versions or ("", 0, 0)
        question = self.tr(
            "Pack '%1' version %2 is installed; version %3 is older.\n\n"
            "Install the older version anyway?"
        )
        return plain.ask(self, self.tr("Older pack"), arg(question, pack_id, installed, offered))

    def _on_store_changed(self, change: Change) -> None:
        if change is Change.PACKS:
            self.refresh()

    # ------------------------------------------------------------------ drag and drop

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if pack_files(event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        files = pack_files(event.mimeData().urls())
        if files:
            event.acceptProposedAction()
            self.import_files(files)


class PackFolderWatcher(QObject):
    """Installs new and newer packs from the shared pack folder: at start, within seconds of a
    change the system tells of (QFileSystemWatcher on the folder and its pack files), and by a
    look every POLL_MS for shares that tell nothing (a network share usually does not). Each
    look is a scan on the pack writer, which reads no file whose size and time are unchanged
    (services/shared_folder.py), and which waits for a file being copied to be complete."""

    reported = Signal(object)  # SyncReport, only when something changed or went wrong
    checked = Signal(object)  # SyncReport, after every scan

    def __init__(
        self,
        operations: Operations,
        folder: Callable[[], Path | None],
        parent: QObject | None = None,
        *,
        poll_ms: int = POLL_MS,
        notifications: bool = True,
    ) -> None:
        super().__init__(parent)
        self._operations = operations
        self._folder = folder
        self._sync: FolderSync | None = None  # made on the pack writer, with its intake
        self._running = False
        self._again = False  # something changed while a scan ran: scan again after it
        self._last_problem = ""
        self.last_report: SyncReport | None = None
        self.timer = QTimer(self)  # the poll
        self.timer.setInterval(poll_ms)
        self.timer.timeout.connect(self.sync_now)
        # Change notifications come in bursts (a copy writes many times): one scan after them.
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(NOTICE_DELAY_MS)
        self._soon.timeout.connect(self.sync_now)
        self.system_watcher: QFileSystemWatcher | None = None
        if notifications:
            self.system_watcher = QFileSystemWatcher(self)
            self.system_watcher.directoryChanged.connect(self._on_notified)
            self.system_watcher.fileChanged.connect(self._on_notified)

    def start(self) -> None:
        self.timer.start()
        QTimer.singleShot(0, self.sync_now)

    def sync_now(self) -> None:
        folder = self._folder()
        if folder is None:
            return
        if self._running:
            self._again = True
            return
        self._running = True
        self._again = False
        # Translated here, in the GUI thread; the worker only fills it in.
        failed = self.tr("Checking the pack folder failed (%1); details are in the log.")

        def work(packs: PackService, progress: Progress) -> SyncReport:
            try:
                if self._sync is None:
                    self._sync = FolderSync(packs.intake)
                return self._sync.scan(folder, progress, settle=True)
            except Exception as error:  # a bug must not stop the next scans
                log.exception("pack folder scan failed")
                return SyncReport(folder, folder_problem=arg(failed, error))

        # Quiet: a look that finds nothing new shows no progress bar every few seconds.
        self._operations.run(work, self._done, quiet=True)

    def folder(self) -> Path | None:
        return self._folder()

    def _on_notified(self, _path: str) -> None:
        self._soon.start()

    def _watch(self, report: SyncReport) -> None:
        """Watch the folder and its pack files (a file overwritten in place changes no folder
        entry), as the scan on the writer found them: the GUI thread never lists a share,
        which can hang for seconds. A folder that cannot be watched is still polled."""
        watcher = self.system_watcher
        if watcher is None:
            return
        wanted = set() if report.folder_error else {str(report.folder)}
        wanted |= {str(path) for path in report.files}
        current = set(watcher.directories()) | set(watcher.files())
        gone = sorted(current - wanted)
        if gone:
            watcher.removePaths(gone)
        new = sorted(wanted - current)
        if new:
            watcher.addPaths(new)  # the paths it cannot watch are left out, silently

    def _done(self, report: SyncReport) -> None:
        self._running = False
        self.last_report = report
        self._watch(report)
        self.checked.emit(report)
        # An unreachable share (laptop off the network) is told once, not at every look.
        new_problem = report.folder_problem != self._last_problem
        self._last_problem = report.folder_problem
        if report.installed or report.skipped or (report.folder_problem and new_problem):
            self.reported.emit(report)
        if self._again:
            self._soon.start()
        elif report.waiting:  # a file was still changing: look again once it may be complete
            QTimer.singleShot(SETTLE_MS, self, self.sync_now)


class SyncWords(QObject):
    """What a scan of the shared folder did, as short sentences in the agent's language
    (SyncReport.lines() says it in English, for the log and the command line). A skipped
    file's problem is the validator's message, as `pack validate` prints it."""

    def lines(self, report: SyncReport) -> list[str]:
        out = []
        if report.folder_error:
            cannot = self.tr(
                "The pack folder %1 cannot be read (%2); packs there were not checked."
            )
            out.append(arg(cannot, report.folder, report.folder_error))
        elif report.folder_problem:
            out.append(report.folder_problem)
        for summary in report.installed:
            if summary.replaced_version:
                done = self.tr(
                    "Installed %1 version %2 (was version %3): %n phrases.", None, summary.phrases
                )
                out.append(arg(done, summary.pack_id, summary.version, summary.replaced_version))
            else:
                done = self.tr("Installed %1 version %2: %n phrases.", None, summary.phrases)
                out.append(arg(done, summary.pack_id, summary.version))
        for path, problems in report.skipped:
            first = problems[0] if problems else self.tr("unknown problem")
            if len(problems) > 1:
                skipped = self.tr("Skipped %1: %2 (and %n more problems)", None, len(problems) - 1)
                out.append(arg(skipped, path.name, first))
            else:
                out.append(arg(self.tr("Skipped %1: %2"), path.name, first))
        return out

    def problem_lines(self, report: SyncReport) -> list[str]:
        """Every pack file in the folder that is not installed, and why (the validator's
        messages): for the Pack manager."""
        out = []
        for path, problems in sorted(report.problems.items()):
            first = problems[0] if problems else self.tr("unknown problem")
            out.append(arg(self.tr("%1 is not installed: %2"), path.name, first))
            out.extend(f"    {problem}" for problem in problems[1:])
        return out

    def status_line(self, report: SyncReport) -> str:
        """One short line for the agent's status bar; the details are in the log and in the
        Pack manager, which are for the supervisor. Empty when there is nothing to say."""
        if report.skipped:
            return self.tr(
                "A team pack could not be installed; your supervisor can see why in the "
                "Pack manager."
            )
        if report.folder_problem:
            return self.tr(
                "The team pack folder cannot be reached; new packs are installed once it is back."
            )
        names = [summary.pack_id for summary in report.installed]
        if names:
            return arg(self.tr("Team packs updated: %1.", None, len(names)), ", ".join(names))
        return ""


def report_lines(report: SyncReport) -> list[str]:
    """The report in the agent's language (see SyncWords)."""
    return SyncWords().lines(report)


def announce_sync(status: Callable[[str, int], None], report: SyncReport) -> str:
    """Tell the agent what a scan of the shared folder changed, in one short line (``status``:
    the window's status bar), never in a box; the details go to the log."""
    for summary in report.installed:
        log.info("installed %s version %s from %s", summary.pack_id, summary.version, report.folder)
    for path, problems in report.skipped:
        log.warning("%s was not installed:\n    %s", path, "\n    ".join(problems))
    if report.folder_problem:
        log.warning("%s", report.folder_problem)
    text = SyncWords().status_line(report)
    if text:
        status(text, STATUS_MS)
    return text
