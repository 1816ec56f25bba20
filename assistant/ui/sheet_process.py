"""Cheat sheets made by this program started again (``agent-assistant pack sheet``), so that
the window never waits for them.

Qt draws a sheet in long C++ calls (laying the text out, printing it to PDF) during which
PySide6 keeps Python's lock: on a thread of the window's own process they froze the window for
0.4 s with the built-in pack and for seconds with a large one. In a process of its own the
window's thread runs on; QProcess tells it, on its own thread, when the sheet is done.

The draft goes to the command as a JSON pack file in a temporary folder (written on the pack
writer: a large pack takes a while to write too), with the window's data folder, whose
installed built-in pack the sheet's references resolve in, and the window's language, which
the sheet's own words are in. The command writes the PDF atomically: a sheet stopped midway
(the editor closed, the time limit) leaves the file that was there before, or none.
"""

from __future__ import annotations

import logging
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QProcess, QProcessEnvironment, QTimer

from assistant.core.pack import Pack
from assistant.resources import program_command
from assistant.ui.i18n import installed_language

if TYPE_CHECKING:
    from assistant.services.packs import PackService
    from assistant.ui.operations import Operations, Progress

log = logging.getLogger(__name__)

# A sheet that takes this long is stopped: its process hangs. (20,000 phrases, 650 pages, took
# 77 s on two busy cores; the window answers meanwhile, so the limit can leave room.)
SHEET_TIME_LIMIT_MS = 600_000
# The most of the command's error output shown (a pack the command refuses lists its problems).
SHOWN_LINES = 12
_PREFIX = "agent-assistant: "


class SheetMaker(QObject):
    """Makes the cheat sheets of one window (the pack editor), each in its own process."""

    def __init__(self, operations: Operations, data_dir: Path, parent: QObject) -> None:
        super().__init__(parent)
        self._operations = operations
        self._data_dir = data_dir
        self._running: list[_Sheet] = []
        application = QCoreApplication.instance()
        if application is not None:
            application.aboutToQuit.connect(self.stop)

    @property
    def running(self) -> int:
        """How many sheets are being made."""
        return len(self._running)

    def make(
        self, pack: Pack, target: Path, done: Callable[[], None], failed: Callable[[str], None]
    ) -> None:
        """Write ``pack``'s cheat sheet to ``target``; then ``done()`` or ``failed(message)``,
        on this thread. Neither is called once the sheet was stopped (``stop``)."""
        language = installed_language()

        def write_pack(packs: PackService, progress: Progress) -> Path:
            from assistant.packs.export import write_pack_file

            folder = Path(tempfile.mkdtemp(prefix="agent-assistant-sheet-"))
            try:
                write_pack_file(pack, folder / f"{pack.id}.json")
            except BaseException:
                shutil.rmtree(folder, ignore_errors=True)
                raise
            return folder

        def start(folder: Path) -> None:
            if not shiboken6.isValid(self):  # the window closed meanwhile
                shutil.rmtree(folder, ignore_errors=True)
                return
            sheet = _Sheet(self, folder, done, failed)
            self._running.append(sheet)
            sheet.start(
                [
                    f"--data-dir={self._data_dir}",
                    "pack",
                    "sheet",
                    str(folder / f"{pack.id}.json"),
                    f"--output={target}",
                    f"--language={language}",
                ]
            )

        def not_written(error: BaseException) -> None:
            if shiboken6.isValid(self):
                failed(str(error))

        self._operations.run(write_pack, start, not_written)

    def stop(self) -> None:
        """Stop every sheet being made (the window closes, the program quits): nothing more is
        written, and no one is told."""
        for sheet in list(self._running):
            sheet.stop()

    def _ended(self, sheet: _Sheet) -> None:
        if sheet in self._running:
            self._running.remove(sheet)


class _Sheet(QObject):
    """One run of ``pack sheet``: its process, its time limit and its temporary folder."""

    def __init__(
        self,
        maker: SheetMaker,
        folder: Path,
        done: Callable[[], None],
        failed: Callable[[str], None],
    ) -> None:
        super().__init__(maker)
        self._maker = maker
        self._folder = folder
        self._done = done
        self._failed = failed
        self._over = False
        self.process = QProcess(self)
        # Its messages are read as UTF-8, whatever the system's code page.
        environment = QProcessEnvironment.systemEnvironment()
        environment.insert("PYTHONIOENCODING", "utf-8")
        self.process.setProcessEnvironment(environment)
        self.process.setStandardInputFile(QProcess.nullDevice())
        self.process.finished.connect(self._finished)
        self.process.errorOccurred.connect(self._error)
        self._limit = QTimer(self)
        self._limit.setSingleShot(True)
        self._limit.setInterval(SHEET_TIME_LIMIT_MS)
        self._limit.timeout.connect(self._too_long)

    def start(self, arguments: list[str]) -> None:
        program, *before = program_command()
        self.process.setProgram(program)
        self.process.setArguments([*before, *arguments])
        self._limit.start()
        self.process.start()

    def stop(self) -> None:
        self._end()

    def _finished(self, code: int, status: QProcess.ExitStatus) -> None:
        if self._over:
            return
        errors = bytes(self.process.readAllStandardError().data()).decode("utf-8", "replace")
        self._end()
        if status == QProcess.ExitStatus.NormalExit and code == 0:
            self._done()
            return
        lines = [line.removeprefix(_PREFIX) for line in errors.splitlines() if line.strip()]
        if len(lines) > SHOWN_LINES:
            lines = [*lines[: SHOWN_LINES - 1], "…"]
        self._failed(
            "\n".join(lines)
            or QCoreApplication.translate(
                "SheetMaker", "Making the cheat sheet stopped unexpectedly (exit code %1)."
            ).replace("%1", str(code))
        )

    def _error(self, error: QProcess.ProcessError) -> None:
        # A process that started and then failed ends in _finished; one that never started
        # does not.
        if self._over or error is not QProcess.ProcessError.FailedToStart:
            return
        reason = self.process.errorString()
        self._end()
        self._failed(
            QCoreApplication.translate(
                "SheetMaker", "Agent Assistant could not be started to make the cheat sheet: %1"
            ).replace("%1", reason)
        )

    def _too_long(self) -> None:
        if self._over:
            return
        self._end()
        minutes = SHEET_TIME_LIMIT_MS // 60_000
        self._failed(
            QCoreApplication.translate(
                "SheetMaker",
                "Making the cheat sheet took longer than %1 minutes and was stopped; the file "
                "was not written.",
            ).replace("%1", str(minutes))
        )

    def _end(self) -> None:
        """Stop the process if it runs, forget the draft's temporary copy; once."""
        if self._over:
            return
        self._over = True
        self._limit.stop()
        if self.process.state() != QProcess.ProcessState.NotRunning:
            # Killed at once: it only draws in memory and then replaces the file atomically,
            # so the file is the old one or the new one, whole. Reaped here, not left to the
            # process object's destructor, which would wait and warn.
            self.process.kill()
            self.process.waitForFinished(5000)
        shutil.rmtree(self._folder, ignore_errors=True)
        self._maker._ended(self)
        self.deleteLater()
