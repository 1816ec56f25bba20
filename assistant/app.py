"""Wiring: the QApplication, settings, knowledge base and main window are built here, once."""

from __future__ import annotations

import json
import logging
import os
import sys
import time
from pathlib import Path

from assistant import APP_ID, APP_NAME, STARTED, __version__

log = logging.getLogger(__name__)


def _application(argv: list[str]):  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QGuiApplication, QIcon
    from PySide6.QtWidgets import QApplication

    from assistant.resources import resource_path

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv)
    QGuiApplication.setApplicationName(APP_ID)
    QGuiApplication.setApplicationDisplayName(APP_NAME)
    QGuiApplication.setApplicationVersion(__version__)
    QGuiApplication.setDesktopFileName(APP_ID)
    app.setWindowIcon(QIcon(str(resource_path("icons", "app.svg"))))
    app.setStyleSheet(resource_path("style.qss").read_text(encoding="utf-8"))
    return app


def build_window(data_dir: Path):  # type: ignore[no-untyped-def]
    """Open the knowledge base and settings for ``data_dir`` and build the main window."""
    from assistant.services import open_knowledge_base
    from assistant.settings import Settings
    from assistant.ui.main_window import MainWindow

    kb = open_knowledge_base(data_dir)
    settings = Settings(data_dir)
    return MainWindow(kb, settings)


def run_window(data_dir: Path) -> int:
    """Open the window and run until it closes."""
    from PySide6.QtWidgets import QMessageBox

    from assistant.logs import log_uncaught, setup_logging
    from assistant.packs.errors import PackInvalidError
    from assistant.store.errors import StoreError

    setup_logging(data_dir)
    sys.excepthook = log_uncaught
    app = _application(sys.argv)
    # One window per user and data folder: a second start brings the running one forward.
    from PySide6.QtCore import QTimer

    from assistant import control

    if control.send(data_dir, {"command": "show"}) is not None:
        print("Agent Assistant is already running; its window was brought forward.")
        return 0
    try:
        window = build_window(data_dir)
    except (StoreError, PackInvalidError, OSError) as error:
        log.error("cannot start: %s", error)
        QMessageBox.critical(None, APP_NAME, f"Agent Assistant cannot start.\n\n{error}")
        return 1
    server = control.ControlServer(data_dir, lambda request: control.handle(window, request))
    server.setParent(window)
    server.start()
    window.show()
    # A hold left running by a crash shows as running, with a question: continue or end it.
    QTimer.singleShot(0, window.ask_about_open_holds)
    return int(app.exec())


def smoke_test(data_dir: Path) -> int:
    """Start offscreen, load the knowledge base, run one search; print one JSON line."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from assistant.packs.errors import PackInvalidError
    from assistant.store.errors import StoreError

    app = _application([sys.argv[0], "-platform", os.environ["QT_QPA_PLATFORM"]])
    try:
        window = build_window(data_dir)
    except (StoreError, PackInvalidError, OSError) as error:
        print(f"agent-assistant: {error}", file=sys.stderr)
        return 1
    window.show()
    app.processEvents()
    startup_ms = (time.perf_counter() - STARTED) * 1000.0
    kb = window._kb
    t1 = time.perf_counter()
    results = kb.campaign_phrases(window.campaigns.current_ref(), "hold")
    search_ms = (time.perf_counter() - t1) * 1000.0
    counts = kb.counts()
    line = {
        "version": __version__,
        "campaigns": counts["campaigns"],
        "personas": counts["personas"],
        "phrases": counts["phrases"],
        "packs": counts["packs"],
        "search_query": "hold",
        "search_results": len(results),
        "startup_ms": round(startup_ms, 1),
        "search_ms": round(search_ms, 2),
        "data_dir": str(data_dir),
    }
    print(json.dumps(line))
    window.close()
    return 0
