"""Bugs never end the program silently: the traceback goes to the log file in the data folder
and the agent sees a friendly dialog that says where it is."""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from assistant import APP_NAME
from assistant.store.errors import StoreError

log = logging.getLogger("assistant")

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], None]


def crash_message(log_file: Path | None) -> str:
    where = (
        QCoreApplication.translate("CrashDialog", "The details were written to:\n%1").replace(
            "%1", str(log_file)
        )
        if log_file
        else QCoreApplication.translate("CrashDialog", "The log file could not be written.")
    )
    return (
        QCoreApplication.translate(
            "CrashDialog",
            "Something went wrong inside Agent Assistant. Your phrases and hold records are "
            "safe. You can keep working; if it happens again, send the log file to IT.",
        )
        + "\n\n"
        + where
    )


def store_error_message(error: BaseException) -> str:
    """What the agent reads when the environment stopped a save (see store.errors)."""
    return (
        str(error)
        + "\n\n"
        + QCoreApplication.translate(
            "CrashDialog", "What you just did was not saved; everything saved before is safe."
        )
    )


def install_crash_handler(
    log_file: Path | None, show: Callable[[str, str], None] | None = None
) -> ExceptHook:
    """Replace sys.excepthook: log the traceback, then tell the agent (once per burst)."""
    showing = False

    def default_show(title: str, text: str) -> None:
        if QApplication.instance() is None:
            return
        # Imported here: the handler is installed at every start, the box rarely shown.
        from PySide6.QtWidgets import QMessageBox

        from assistant.ui.plain import message_box

        box = message_box(None, QMessageBox.Icon.Critical, title, text)
        box.setObjectName("crashDialog")
        box.exec()

    present = show or default_show

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        nonlocal showing
        log.critical("uncaught exception", exc_info=(kind, value, tb))
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, tb)
            return
        if issubclass(kind, StoreError):
            # Disk full, locked, read-only, drive gone: not a bug. Say what and what to do,
            # without a traceback; the write was rolled back, so nothing is half-saved.
            log.warning("not saved: %s", value)
            if not showing:
                showing = True
                try:
                    present(APP_NAME, store_error_message(value))
                finally:
                    showing = False
            return
        if sys.stderr is not None:
            traceback.print_exception(kind, value, tb, file=sys.stderr)
        if showing:
            return
        showing = True
        try:
            present(APP_NAME, crash_message(log_file))
        finally:
            showing = False

    sys.excepthook = hook
    return hook
