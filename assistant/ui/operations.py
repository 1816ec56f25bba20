"""The window's one way to run long work: an operation on the pack writer, off the GUI thread.

Anki's CollectionOp is the model. ``Operations.run(work, done)`` runs ``work(packs, progress)``
on the pack writer (services/background.py: one thread, the single writer of knowledge.db,
with a connection of its own), shows progress, routes a failure to one ``failed`` signal, and,
once the job is done, has the window's knowledge base look for what changed (``PRAGMA
data_version``), so every view refreshes. The same look runs every second, which is how a pack
installed from the command line reaches a running window.

The GUI thread never waits for a pack write: imports, removals, the editor's install and
publish, the shared folder, exports and cheat sheets all run here.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from assistant.services.background import Worker
from assistant.store.database import Writer, open_database
from assistant.store.knowledge import KnowledgeBase
from assistant.ui.gui_thread import GuiPost
from assistant.ui.i18n import arg

if TYPE_CHECKING:
    from assistant.services.packs import PackService

log = logging.getLogger(__name__)

R = TypeVar("R")
Progress = Callable[[str, int, int], None]
Work = Callable[["PackService", Progress], R]
# How often the window looks for changes other programs made to its knowledge base.
EXTERNAL_CHECK_MS = 1000


class Operations(QObject):
    """Runs pack work on the writer and tells the window how it goes."""

    busy_changed = Signal(bool)
    progress = Signal(str, int, int)  # phase, done, total
    failed = Signal(str)  # a bug stopped a job; the details are in the log

    def __init__(self, kb: KnowledgeBase, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._kb = kb
        self._post = GuiPost(self)
        self._busy = 0
        self._closed = False
        self.worker: Worker[PackService] = Worker(
            "pack-writer",
            self._open_writer,
            close_context=_close_writer,
            post=self._post,
            bursts=True,
        )
        self.watch_timer = QTimer(self)
        self.watch_timer.setInterval(EXTERNAL_CHECK_MS)
        self.watch_timer.timeout.connect(self.check_external_changes)
        self.watch_timer.start()
        application = QCoreApplication.instance()
        if application is not None:
            application.aboutToQuit.connect(self.close)

    @property
    def kb(self) -> KnowledgeBase:
        """The window's knowledge base (read on the GUI thread)."""
        return self._kb

    def _open_writer(self) -> PackService:
        """The writer's own connection to the same files (WAL: the window reads meanwhile); an
        in-memory knowledge base (tests) can only share its one connection."""
        # Imported here, on the writer's thread: a start never installs a pack.
        from assistant.services.intake import PackIntake
        from assistant.services.packs import PackService
        from assistant.services.policy import enforce_signing

        path = self._kb.database.path
        writer = Writer("the Agent Assistant window")  # how a command kept waiting names it
        kb = self._kb if path is None else KnowledgeBase(open_database(path, writer=writer))
        return PackService(PackIntake(kb, verify=enforce_signing))

    def busy(self) -> bool:
        return self._busy > 0

    def run(
        self,
        work: Work[R],
        done: Callable[[R], None] | None = None,
        failed: Callable[[BaseException], None] | None = None,
        *,
        quiet: bool = False,
    ) -> None:
        """Run ``work(packs, progress)`` on the writer; then ``done(result)`` here. An
        exception ``work`` raises goes to ``failed`` (the job's own errors: a bad pack, a
        locked database) or, without one, to the ``failed`` signal as a bug. A ``quiet`` job
        (the shared folder's routine look) does not make the window busy: it shows progress
        only if it reports some. Once the window is closing (``close``), new work is not
        started."""
        if self._closed:
            log.info("pack work not started: the window is closing")
            return
        counted = 0 if quiet else 1
        self._busy += counted
        if counted and self._busy == 1:
            self.busy_changed.emit(True)

        def report(phase: str, count: int, total: int) -> None:
            self._post(lambda: self.progress.emit(phase, count, total))

        def finish() -> None:
            self._busy -= counted
            self.check_external_changes()
            if counted and not self._busy:
                self.busy_changed.emit(False)

        def succeeded(result: R) -> None:
            finish()
            if done is not None:
                done(result)

        def went_wrong(error: BaseException) -> None:
            finish()
            if failed is not None:
                failed(error)
                return
            log.error("a pack operation failed", exc_info=error)
            self.failed.emit(
                arg(self.tr("Something went wrong (%1); details are in the log."), error)
            )

        self.worker.submit(lambda packs: work(packs, report), succeeded, went_wrong)

    def check_external_changes(self) -> None:
        """Refresh what shows pack content if another connection changed it."""
        try:
            self._kb.check_external_changes()
        except sqlite3.Error as error:  # a damaged or vanished file: its next use reports it
            log.warning("could not look for changes to the knowledge base: %s", error)

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the writer is idle (tests; closing). Results are delivered by the
        event loop afterwards."""
        return self.worker.wait(timeout)

    def close(self) -> None:
        """Finish the running job and close the writer's connection."""
        self._closed = True
        self.watch_timer.stop()
        self.worker.close()


def _close_writer(packs: PackService) -> None:
    # The window's own connection (in memory) is closed by whoever opened it.
    if packs.kb.database.path is not None:
        packs.kb.database.close()
