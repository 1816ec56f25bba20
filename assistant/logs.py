"""Logging to a file in the data folder; bugs get their traceback there, never a silent exit."""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
from pathlib import Path
from types import TracebackType

from assistant.core.files import create_private_file, private_folder
from assistant.datadir import log_dir

LOG_NAME = "agent-assistant.log"


def setup_logging(data_dir: Path, level: int = logging.INFO) -> Path | None:
    """Log to data_dir/logs/agent-assistant.log (rotated); returns the file, None if unwritable."""
    folder = log_dir(data_dir)
    root = logging.getLogger()
    root.setLevel(level)
    try:
        private_folder(data_dir)  # open_knowledge_base tightens what an older version left
        private_folder(folder)
        # The log names packs, files and errors of the agent's work: for this user only. The
        # handler opens the file by name, so it is made private first, and again at each
        # rotation (the rotator below).
        create_private_file(folder / LOG_NAME)
        handler = logging.handlers.RotatingFileHandler(
            folder / LOG_NAME, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        return None
    handler.rotator = _rotate_privately
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    return folder / LOG_NAME


def _rotate_privately(source: str, destination: str) -> None:
    """The handler's rotation (a rename), then the new, empty log made private before the
    handler reopens it by name."""
    os.replace(source, destination)
    create_private_file(Path(source))


def log_uncaught(
    kind: type[BaseException], value: BaseException, traceback: TracebackType | None
) -> None:
    """sys.excepthook: write the traceback to the log as well as to standard error."""
    logging.getLogger("assistant").critical("uncaught exception", exc_info=(kind, value, traceback))
    sys.__excepthook__(kind, value, traceback)
