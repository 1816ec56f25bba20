"""Logging to a file in the data folder; bugs get their traceback there, never a silent exit."""

from __future__ import annotations

import logging
import logging.handlers
import sys
from pathlib import Path
from types import TracebackType

from assistant.datadir import log_dir

LOG_NAME = "agent-assistant.log"


def setup_logging(data_dir: Path, level: int = logging.INFO) -> Path | None:
    """Log to data_dir/logs/agent-assistant.log (rotated); returns the file, None if unwritable."""
    folder = log_dir(data_dir)
    root = logging.getLogger()
    root.setLevel(level)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            folder / LOG_NAME, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    return folder / LOG_NAME


def log_uncaught(
    kind: type[BaseException], value: BaseException, traceback: TracebackType | None
) -> None:
    """sys.excepthook: write the traceback to the log as well as to standard error."""
    logging.getLogger("assistant").critical("uncaught exception", exc_info=(kind, value, traceback))
    sys.__excepthook__(kind, value, traceback)
