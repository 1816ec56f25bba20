"""The main window's part of pack management: "Packs…" in the File menu, pack files dropped on
the window, and the worker that runs imports, exports and folder scans (one at a time).

All file and database work runs on one worker thread (one writer at a time); widgets only
show progress and results, which arrive as queued signals. The dialog itself is in
ui/pack_manager.py, imported when it first opens.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu

from assistant.packs.errors import PackInvalidError
from assistant.packs.install import import_file
from assistant.store.database import open_database
from assistant.store.errors import PackVersionError, StoreError
from assistant.store.knowledge import CHANGED_PACKS, KnowledgeBase
from assistant.store.rows import ImportSummary
from assistant.ui.events import StoreEvents
from assistant.ui.i18n import arg

if TYPE_CHECKING:
    # Event classes for the type checker only: PySide6 creates each on first import (with
    # QEvent's), and a start never sees a drag.
    from PySide6.QtGui import QDragMoveEvent, QDropEvent

    from assistant.ui.pack_manager import FolderSetting, PackFolderWatcher, PackManagerDialog

log = logging.getLogger(__name__)

Progress = Callable[[str, int, int], None]
# How often the interpreter offers the GIL to other threads while a pack job runs.
BACKGROUND_SWITCH_INTERVAL_S = 0.0005
Work = Callable[[KnowledgeBase, Progress], Any]


class ImportOutcome(NamedTuple):
    """One file's import: the summary when installed, else the problems to show."""

    path: Path
    summary: ImportSummary | None
    problems: tuple[str, ...] = ()
    older: bool = False  # refused only because a newer version is installed
    versions: tuple[str, int, int] | None = None  # older: pack id, installed, in the file


class _Relay(QObject):
    """Lives in the GUI thread; the worker emits through it, so slots run in the GUI thread."""

    progress = Signal(str, str, int, int)  # file, phase, done, total
    done = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._work = work
        self._relay = relay

    def run(self) -> None:
        # A pack job runs Python for seconds (reading 100,000 phrases). With the default 5 ms
        # switch interval the GUI and search threads wait up to 5 ms for the GIL every time
        # they give it up: a search during an import took ~200 ms instead of ~20 ms. Jobs run
        # one at a time, so the interval is shortened for this job only.
        interval = sys.getswitchinterval()
        sys.setswitchinterval(BACKGROUND_SWITCH_INTERVAL_S)
        try:
            result = self._work()
        except Exception as error:  # a bug: log it, and never leave the progress bar spinning
            log.exception("pack job failed")
            result = _Failure(error)
        finally:
            sys.setswitchinterval(interval)
        self._relay.done.emit(result)


class _Failure:
    """A job that raised (a bug); a plain class, not a dataclass: those cost ~0.7 ms each to
    create at start-up, and this one is only ever made when something went wrong."""

    __slots__ = ("error",)

    def __init__(self, error: Exception) -> None:
        self.error = error


class PackInstaller(QObject):
    """Runs imports, exports and folder scans one at a time on a worker thread."""

    progress = Signal(str, str, int, int)  # file, phase, done, total
    imported = Signal(object)  # ImportOutcome
    busy_changed = Signal(bool)
    failed = Signal(str)  # a bug stopped a job; the details are in the log

    def __init__(self, kb: KnowledgeBase, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._kb = kb
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._pending = 0
        self._relays: set[_Relay] = set()
        self._writer: KnowledgeBase | None = None

    def _writer_kb(self) -> KnowledgeBase:
        """The worker's own connection to the same file (WAL: the window reads meanwhile);
        an in-memory knowledge base (tests) can only share its one connection."""
        if self._kb.database.path is None:
            return self._kb
        if self._writer is None:
            self._writer = KnowledgeBase(open_database(self._kb.database.path))
        return self._writer

    @property
    def kb(self) -> KnowledgeBase:
        return self._kb

    def busy(self) -> bool:
        return self._pending > 0

    def submit(self, work: Work, done: Any) -> None:
        """Run ``work(kb, progress)`` on the worker thread; call ``done(result)`` in this thread.

        ``kb`` is the worker's connection; when the job is done the window's knowledge base
        announces that packs may have changed, so every view refreshes."""
        relay = _Relay()
        self._relays.add(relay)
        relay.progress.connect(self.progress)

        def finish(result: Any) -> None:
            self._relays.discard(relay)
            self._pending -= 1
            if self._writer is not None:
                self._kb.announce(CHANGED_PACKS)
            if isinstance(result, _Failure):
                self.failed.emit(
                    arg(self.tr("Something went wrong (%1); details are in the log."), result.error)
                )
            else:
                done(result)
            if not self._pending:
                self.busy_changed.emit(False)

        relay.done.connect(finish)
        self._pending += 1
        if self._pending == 1:
            self.busy_changed.emit(True)
        self._pool.start(_Job(lambda: work(self._writer_kb(), _progress_for(relay)), relay))

    def import_files(self, paths: Sequence[Path], *, force: bool = False) -> None:
        """Import each file in turn; ``imported`` tells how each went."""
        for path in paths:
            self.submit(_import_job(path, force), self.imported.emit)

    def wait(self) -> None:
        """Block until the worker is idle (used when the window closes)."""
        self._pool.waitForDone()

    def close(self) -> None:
        """Finish the running job and close the worker's connection."""
        self._pool.waitForDone()
        if self._writer is not None:
            self._writer.database.close()
            self._writer = None


def _progress_for(relay: _Relay) -> Callable[[str, int, int], None]:
    def report(phase: str, done: int, total: int) -> None:
        relay.progress.emit("", phase, done, total)

    return report


def _import_job(path: Path, force: bool) -> Work:
    return lambda kb, progress: _import(kb, path, force, progress)


def _import(
    kb: KnowledgeBase, path: Path, force: bool, progress: Callable[[str, int, int], None]
) -> ImportOutcome:
    from assistant.policy import enforce_signing  # signed packs, when IT requires them

    try:
        return ImportOutcome(
            path, import_file(kb, path, force=force, progress=progress, verify=enforce_signing)
        )
    except PackInvalidError as error:
        return ImportOutcome(path, None, tuple(str(e) for e in error.errors))
    except PackVersionError as error:
        versions = (error.pack_id, error.installed, error.offered)
        return ImportOutcome(path, None, (f"{path}: {error}",), older=True, versions=versions)
    except StoreError as error:
        return ImportOutcome(path, None, (f"{path}: {error}",))


def pack_files(urls: Sequence[Any]) -> list[Path]:
    """The dropped files that look like packs."""
    from assistant.packs.sync import PACK_SUFFIXES

    paths = [Path(url.toLocalFile()) for url in urls if url.isLocalFile()]
    return [p for p in paths if p.suffix.lower() in PACK_SUFFIXES]


class PackTools(QObject):
    """What the main window gets: "Packs…" in the File menu and pack files dropped on it."""

    def __init__(self, kb: KnowledgeBase, window: QMainWindow, events: StoreEvents) -> None:
        super().__init__(window)
        self._window = window
        self._events = events
        self.installer = PackInstaller(kb, self)
        self.dialog: PackManagerDialog | None = None
        self.watcher: PackFolderWatcher | None = None
        self.folder_setting: FolderSetting | None = None
        self.action = QAction(self.tr("&Packs…"), window)
        self.action.setStatusTip(self.tr("See, import, export and remove campaign packs"))
        self.action.triggered.connect(self.open_manager)
        # Found by its object name: its text is in the agent's language.
        file_menu = window.menuBar().findChild(QMenu, "fileMenu")
        if isinstance(file_menu, QMenu) and file_menu.actions():
            first = file_menu.actions()[0]
            file_menu.insertAction(first, self.action)
            file_menu.insertSeparator(first)
        elif isinstance(file_menu, QMenu):
            file_menu.addAction(self.action)
        # The window hands its drag and drop events to drag() and drop().
        window.setAcceptDrops(True)
        application = QCoreApplication.instance()
        if application is not None:
            application.aboutToQuit.connect(self.installer.close)

    def attach_folder(self, watcher: PackFolderWatcher, setting: FolderSetting) -> None:
        """Show and let the agent choose the shared pack folder in the Pack manager."""
        self.watcher = watcher
        self.folder_setting = setting

    def open_manager(self) -> PackManagerDialog:
        # Imported on first use: the dialog is rarely opened, and its module is not light.
        from assistant.ui.pack_manager import PackManagerDialog

        if self.dialog is None:
            self.dialog = PackManagerDialog(
                self.installer, self._events, self._window, self.watcher, self.folder_setting
            )
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        return self.dialog

    def drag(self, event: QDragMoveEvent) -> bool:
        """A drag over the window (entering or moving): accepted if it carries pack files."""
        if pack_files(event.mimeData().urls()):
            event.acceptProposedAction()
            return True
        return False

    def drop(self, event: QDropEvent) -> bool:
        """Pack files dropped on the window: the Pack manager opens and imports them."""
        files = pack_files(event.mimeData().urls())
        if not files:
            return False
        event.acceptProposedAction()
        self.open_manager().import_files(files)
        return True
