"""The main window's part of pack management: "Packs…" in the File menu, pack files dropped on
the window, and importing files through the window's operations (ui/operations.py: the pack
writer, one job at a time, off the GUI thread).

Every import goes through the one pack intake (services/intake.py) under the IT policy; the
dialog itself is in ui/pack_manager.py, imported when it first opens.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu

from assistant.packs.errors import PackInvalidError
from assistant.services.intake import Outcome
from assistant.services.packs import PackService
from assistant.store.errors import PackVersionError, StoreError
from assistant.store.rows import ImportSummary
from assistant.ui.events import StoreEvents
from assistant.ui.operations import Operations, Progress

if TYPE_CHECKING:
    # Event classes for the type checker only: PySide6 creates each on first import (with
    # QEvent's), and a start never sees a drag.
    from PySide6.QtGui import QDragMoveEvent, QDropEvent

    from assistant.ui.pack_manager import FolderSetting, PackFolderWatcher, PackManagerDialog

log = logging.getLogger(__name__)


class ImportOutcome(NamedTuple):
    """One file's import: the summary when installed, else the problems to show; once
    installed, the advice (warnings that refuse nothing: services/intake.py)."""

    path: Path
    summary: ImportSummary | None
    problems: tuple[str, ...] = ()
    older: bool = False  # refused only because a newer version is installed
    versions: tuple[str, int, int] | None = None  # older: pack id, installed, in the file
    unchanged: bool = False  # exactly this file is installed already
    advice: tuple[str, ...] = ()


class PackImports(QObject):
    """Imports files on the pack writer, one at a time; ``imported`` tells how each went."""

    imported = Signal(object)  # ImportOutcome

    def __init__(self, operations: Operations, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.operations = operations

    def import_files(self, paths: Sequence[Path], *, force: bool = False) -> None:
        for path in paths:
            self.operations.run(_import_job(path, force), self.imported.emit)


def _import_job(path: Path, force: bool) -> Callable[[PackService, Progress], ImportOutcome]:
    return lambda packs, progress: import_one(packs, path, force, progress)


def import_one(packs: PackService, path: Path, force: bool, progress: Progress) -> ImportOutcome:
    """Install one file through the intake; what happened, in words for the Pack manager."""
    try:
        intake = packs.intake.install_path(path, force=force, progress=progress, advise=True)
    except PackInvalidError as error:
        return ImportOutcome(path, None, tuple(str(e) for e in error.errors))
    except PackVersionError as error:
        versions = (error.pack_id, error.installed, error.offered)
        return ImportOutcome(path, None, (f"{path}: {error}",), older=True, versions=versions)
    except StoreError as error:
        return ImportOutcome(path, None, (f"{path}: {error}",))
    if intake.outcome is Outcome.UNCHANGED:
        return ImportOutcome(path, None, unchanged=True, versions=(intake.pack_id, 0, 0))
    return ImportOutcome(path, intake.summary, advice=tuple(str(a) for a in intake.advice))


def pack_files(urls: Sequence[Any]) -> list[Path]:
    """The dropped files that look like packs."""
    from assistant.services.shared_folder import PACK_SUFFIXES

    paths = [Path(url.toLocalFile()) for url in urls if url.isLocalFile()]
    return [p for p in paths if p.suffix.lower() in PACK_SUFFIXES]


class PackTools(QObject):
    """What the main window gets: "Packs…" in the File menu and pack files dropped on it."""

    def __init__(self, operations: Operations, window: QMainWindow, events: StoreEvents) -> None:
        super().__init__(window)
        self._window = window
        self._events = events
        self.operations = operations
        self.imports = PackImports(operations, self)
        self.dialog: PackManagerDialog | None = None
        self.watcher: PackFolderWatcher | None = None
        self.folder_setting: FolderSetting | None = None
        self.action = QAction(self.tr("&Packs…"), window)
        self.action.setStatusTip(self.tr("See, import, export and remove campaign packs"))
        self.action.triggered.connect(self.open_manager)
        # The window hands its drag and drop events to drag() and drop().
        window.setAcceptDrops(True)

    def add_to_menu(self, menu: QMenu) -> None:
        """ "Packs…" first in ``menu`` (the File menu), above a separator."""
        first = menu.actions()[0] if menu.actions() else None
        if first is None:
            menu.addAction(self.action)
            return
        menu.insertAction(first, self.action)
        menu.insertSeparator(first)

    def attach_folder(self, watcher: PackFolderWatcher, setting: FolderSetting) -> None:
        """Show and let the agent choose the shared pack folder in the Pack manager."""
        self.watcher = watcher
        self.folder_setting = setting

    def open_manager(self) -> PackManagerDialog:
        # Imported on first use: the dialog is rarely opened, and its module is not light.
        from assistant.ui.pack_manager import PackManagerDialog

        if self.dialog is None:
            self.dialog = PackManagerDialog(
                self.imports, self._events, self._window, self.watcher, self.folder_setting
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
