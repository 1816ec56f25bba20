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
from PySide6.QtWidgets import QApplication, QMessageBox

from assistant import APP_NAME

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


def install_crash_handler(
    log_file: Path | None, show: Callable[[str, str], None] | None = None
) -> ExceptHook:
    """Replace sys.excepthook: log the traceback, then tell the agent (once per burst)."""
    showing = False

    def default_show(title: str, text: str) -> None:
        if QApplication.instance() is None:
            return
        box = QMessageBox(QMessageBox.Icon.Critical, title, text)
        box.setObjectName("crashDialog")
        box.exec()

    present = show or default_show

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        nonlocal showing
        log.critical("uncaught exception", exc_info=(kind, value, tb))
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, tb)
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
