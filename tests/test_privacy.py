"""Privacy: a customer's name typed for a call lives in memory and on the clipboard only.
It is written to no log, no database, no settings file and no backup (only a callback the agent
saves keeps it, on the hold branch's callbacks table)."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from assistant.core.model import Ref
from assistant.logs import setup_logging
from assistant.store.backup import daily_backup
from assistant.store.database import DB_FILENAME

NAME = "Zelda Quixote-Marlow"
GREETING = Ref("builtin", "greet-inbound")


def _files_mentioning(folder: Path, text: str) -> list[str]:
    needles = (text.encode("utf-8"), text.encode("utf-16-le"))
    return [
        str(path.relative_to(folder))
        for path in folder.rglob("*")
        if path.is_file() and any(n in path.read_bytes() for n in needles)
    ]


def test_a_customer_name_typed_for_a_call_is_written_nowhere(qtbot: QtBot, data_dir: Path) -> None:
    from assistant.app import build_window

    root = logging.getLogger()
    handlers = list(root.handlers)
    level = root.level
    setup_logging(data_dir, logging.DEBUG)  # everything the program logs, at its most verbose
    try:
        window = build_window(data_dir)
        qtbot.addWidget(window)
        window.show()
        window.call_context.customer.setFocus()
        qtbot.keyClicks(window.call_context.customer, NAME)
        phrase = next(
            p
            for p in window.kb.campaign_phrases(None)
            if "{customer_name}" in p.text and "{" not in p.text.replace("{customer_name}", "")
        )
        copied = window.copy_phrase(phrase)
        assert copied is not None and NAME in copied
        assert NAME in QGuiApplication.clipboard().text()  # where the agent wants it
        window.kb.toggle_favourite(GREETING)
        window.call_context.clear()
        window.operations.close()
        window.close()
        daily_backup(data_dir / DB_FILENAME, data_dir / "backups")
    finally:
        for handler in root.handlers[len(handlers) :]:
            handler.flush()
            handler.close()
            root.removeHandler(handler)
        root.setLevel(level)
    written = sorted(str(p.relative_to(data_dir)) for p in data_dir.rglob("*") if p.is_file())
    assert any(name.endswith(".log") for name in written)  # the log was written...
    assert DB_FILENAME in written
    assert _files_mentioning(data_dir, NAME) == []  # ...and the name is in no file at all
