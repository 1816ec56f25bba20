"""Wiring: the QApplication, settings, knowledge base and main window are built here, once."""

from __future__ import annotations

import json
import logging
import os
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from assistant import APP_ID, APP_NAME, STARTED, __version__, collector

if TYPE_CHECKING:
    from collections.abc import Callable
    from datetime import date

    from PySide6.QtCore import QObject, QTimer

    from assistant.core.clock import Clock
    from assistant.settings import Settings
    from assistant.store.knowledge import KnowledgeBase

log = logging.getLogger(__name__)


def _application(argv: list[str]):  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QGuiApplication, QIcon
    from PySide6.QtWidgets import QApplication

    from assistant.resources import resource_path
    from assistant.ui.gui_thread import GuiThreadCollector
    from assistant.ui.theme import FUSION, stylesheet

    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:
        # Fusion from the start (ui/theme.py): then apply_theme() need not call setStyle().
        app = QApplication([*argv, "-style", "Fusion"])
        app.setProperty(FUSION, True)
    # Garbage with Qt objects in it is collected on this thread only (collector.py).
    GuiThreadCollector.install(app)
    QGuiApplication.setApplicationName(APP_ID)
    QGuiApplication.setApplicationDisplayName(APP_NAME)
    QGuiApplication.setApplicationVersion(__version__)
    QGuiApplication.setDesktopFileName(APP_ID)
    app.setWindowIcon(QIcon(str(resource_path("icons", "app.svg"))))
    app.setStyleSheet(stylesheet())
    return app


def build_window(data_dir: Path, clock: Clock | None = None):  # type: ignore[no-untyped-def]
    """Open the knowledge base and settings for ``data_dir`` and build the main window: what
    the agent sees at first paint. The rest of a start waits for after_first_paint().
    ``clock``: the system's unless given (bench/shift.py compresses a shift with its own)."""
    from assistant.core.clock import SYSTEM_CLOCK
    from assistant.services.build import build
    from assistant.services.opening import open_knowledge_base
    from assistant.settings import Settings
    from assistant.ui.main_window import MainWindow

    recoveries: list = []  # type: ignore[type-arg]
    # Today's backup waits for after_first_paint: its thread would compete with the start.
    kb = open_knowledge_base(data_dir, on_recovery=recoveries.append, backup=False)
    settings = Settings(data_dir)
    _appearance(settings)
    window = MainWindow(build(kb, settings, clock or SYSTEM_CLOCK), settings)
    for report in recoveries:
        _show_recovery(window, report)
    return window


def answer_commands(server, window) -> None:  # type: ignore[no-untyped-def]
    """The window answers the control channel's commands (a softphone's, a second start's)
    at its desk; each answer once what it wrote is on the disk."""
    from assistant import control

    server.setParent(window)
    server.attach(
        lambda request: control.handle(window.desk, window.bring_forward, request),
        settle=window.flush.settle,
    )


@contextmanager
def stopped_by_signals(window) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """While the block runs (the window's event loop), SIGTERM (a logout, a deployment tool,
    ``kill``) and SIGINT (Ctrl+C in a terminal) stop the program as a Quit does, without
    questions (``MainWindow.stop``): the running hold and call end, written, where the
    system's default would end the program as a crash does.

    Python runs a signal's handler only when it next runs Python code, and the window's event
    loop is Qt's: the signal's number, written to a socket (``signal.set_wakeup_fd``), wakes
    the loop, and the handler runs. POSIX only: Windows stops a program with a close message,
    which the window hears as a close."""
    if os.name != "posix":
        yield
        return
    import signal
    import socket

    from PySide6.QtCore import QSocketNotifier, QTimer

    reader, writer = socket.socketpair()
    reader.setblocking(False)
    writer.setblocking(False)
    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read)

    def woken() -> None:
        try:  # noqa: SIM105 - the handler below has run by now; the bytes only woke the loop
            reader.recv(64)
        except OSError:
            pass

    notifier.activated.connect(woken)
    wanted = (signal.SIGTERM, signal.SIGINT)
    before = {number: signal.getsignal(number) for number in wanted}
    before_fd = signal.set_wakeup_fd(writer.fileno())
    for number in wanted:
        signal.signal(number, lambda _number, _frame: QTimer.singleShot(0, window.stop))
    try:
        yield
    finally:
        for number, handler in before.items():
            signal.signal(number, handler)
        signal.set_wakeup_fd(before_fd)
        notifier.setEnabled(False)  # then freed with this frame: Python owns it
        reader.close()
        writer.close()


STYLE_CLASS_AFTER_MS = 5000  # after the first paint: see after_first_paint


def after_first_paint(window) -> list[threading.Thread]:  # type: ignore[no-untyped-def]
    """The rest of a start, once the window is shown (the first turn of the event loop runs
    it): work the agent neither sees nor needs at first paint.

    - activity.db's commits reach the disk on a thread of their own from now on, not the
      window's (services/flush.py; until now each commit waited for the disk itself);
    - the shared pack folder: the IT policy, the watcher, and its first scan on the pack worker;
    - today's backup of the knowledge base, on a worker thread, after forgetting the customer
      data past its time (assistant/services/privacy.py); again each day while the window runs;
    - sqlite-utils imported on a worker thread, so the agent's first write (a phrase copied,
      a hold started) does not wait for it;
    - publishing to the team folder, when the settings or the IT policy say so
      (ui/team_status.py), on a worker thread of its own;
    - what the start made is set aside from the garbage collector's walks (collector.py
      freeze_start);
    - a few seconds later, when the start's work on other threads is done, PySide6's QStyle
      class made (ui/theme.py make_style_class), which the first call's start needed.

    Returns the threads started (a test or the smoke test may join them).
    """
    from PySide6.QtCore import QTimer

    from assistant.services.opening import start_daily_backup
    from assistant.store.database import warm_up
    from assistant.ui.team_status import start_team_publishing
    from assistant.ui.theme import make_style_class

    window.flush.start()
    _watch_pack_folder(window, window.settings)
    window.team_publishing = start_team_publishing(window, window.desk, window.settings)
    threads = [threading.Thread(target=warm_up, name="warm-up")]
    threads[0].start()
    backup = start_daily_backup(window.kb)
    if backup is not None:
        threads.append(backup)
    window.upkeep_timer = daily_upkeep_timer(window, window.kb)
    collector.freeze_start()  # the start's objects: out of every later collection's way
    # Not at once: the first search and the list's first answer come meanwhile, and the
    # search thread's warm-up (1.5 s at 100,000 phrases) holds the GIL in turns with it.
    QTimer.singleShot(STYLE_CLASS_AFTER_MS, window, make_style_class)
    return threads


def daily_upkeep_timer(
    parent: QObject, kb: KnowledgeBase, today: Callable[[], date] | None = None
) -> QTimer:
    """A timer that runs the daily upkeep (backup, forgetting old callbacks) again when a new
    day (UTC, as the backups are named) has begun: a window stays open across midnight, and
    for days. It looks every hour; ``today`` is the clock (tests)."""
    from datetime import UTC, datetime

    from PySide6.QtCore import QTimer

    from assistant.services.opening import start_daily_backup

    clock = today or (lambda: datetime.now(UTC).date())
    last = [clock()]

    def look() -> None:
        if clock() != last[0]:
            last[0] = clock()
            start_daily_backup(kb)

    timer = QTimer(parent)
    timer.setInterval(60 * 60 * 1000)
    timer.timeout.connect(look)
    timer.start()
    return timer


def _show_recovery(window, report) -> None:  # type: ignore[no-untyped-def]
    """A non-modal notice: the agent can keep working while reading what was recovered."""
    from assistant.ui.recovery_notice import show_recovery_notice

    window.recovery_notice = show_recovery_notice(window, report)


def _watch_pack_folder(window, settings) -> None:  # type: ignore[no-untyped-def]
    """Install packs from the shared folder (IT policy first, then the setting) at start and
    within seconds of a change; one short line in the status bar says what changed or that a
    pack could not be installed (why: the log and the Pack manager, for the supervisor)."""
    from assistant.services.policy import load_policy
    from assistant.ui.pack_manager import FolderSetting, PackFolderWatcher, announce_sync

    policy = load_policy()
    if policy.problem:
        log.warning("%s", policy.problem)

    def folder() -> Path | None:
        return policy.shared_pack_folder(settings.pack_folder)

    # The pack writer's intake applies the policy's signing rule to the folder too.
    watcher = PackFolderWatcher(window.operations, folder, window)
    watcher.reported.connect(lambda report: announce_sync(window.statusBar().showMessage, report))
    window.pack_tools.attach_folder(
        watcher,
        FolderSetting(
            set_by_policy=policy.pack_folder is not None,
            choose=lambda value: setattr(settings, "pack_folder", value),
        ),
    )
    watcher.start()


def _appearance(settings: Settings) -> None:
    """Language before any widget exists (strings translate at construction); theme and font
    now and whenever the settings or the system scheme change."""
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    from assistant.ui.i18n import install_translators
    from assistant.ui.theme import apply_theme, follow_system

    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    install_translators(settings.language)
    apply_theme(app, settings.theme, settings.font_size)

    def on_changed(key: str) -> None:
        if key in ("appearance/theme", "appearance/font_size"):
            apply_theme(app, settings.theme, settings.font_size)

    settings.changed.connect(on_changed)
    QGuiApplication.styleHints().colorSchemeChanged.connect(
        lambda _scheme: follow_system(app, settings.theme, settings.font_size)
    )


def no_display() -> bool:
    """True on Linux when there is no desktop session to open a window on (neither X11 nor
    Wayland named) and no Qt platform was chosen: Qt would abort the program there (SIGABRT,
    exit 134) after a page about its platform plugins."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _say_no_display() -> int:
    # The words of `make run`, which checks the same before it starts the window.
    print(
        "agent-assistant: no display found (neither DISPLAY nor WAYLAND_DISPLAY is set): run "
        "it from a desktop session; without one, try: agent-assistant --smoke-test (or set "
        "QT_QPA_PLATFORM=offscreen to run the window unseen)",
        file=sys.stderr,
    )
    return 1


def run_window(data_dir: Path) -> int:
    """Open the window and run until it closes."""
    if no_display():
        return _say_no_display()
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    from assistant import control
    from assistant.logs import setup_logging
    from assistant.packs.errors import PackInvalidError
    from assistant.store.errors import StoreError
    from assistant.ui.crash_dialog import install_crash_handler
    from assistant.ui.desktop import show_beside_softphone

    log_file = setup_logging(data_dir)
    install_crash_handler(log_file)
    failure: Exception | None = None
    # Until the window is shown, the start only makes objects that live as long as it does.
    with collector.paused():
        app = _application(sys.argv)
        # One window per data folder, decided by the folder's lock: a second start (by any
        # path to the folder) brings the running window forward. The lock and the channel
        # are claimed before the window is built, so a softphone command in the meantime
        # waits in the socket (answered once the window shows).
        server = control.ControlServer(data_dir)
        if not server.start():
            return _bring_running_forward(data_dir)
        try:
            window = build_window(data_dir)
        except (StoreError, PackInvalidError, OSError) as error:
            failure = error
        else:
            answer_commands(server, window)
            show_beside_softphone(app, window)
    if failure is not None:
        server.close()
        log.error("cannot start: %s", failure)
        # The language first: no window was built, so nothing installed the translations yet.
        from PySide6.QtCore import QCoreApplication

        from assistant.ui.i18n import arg, install_translators

        _install_language(data_dir, install_translators)
        message = QCoreApplication.translate("App", "Agent Assistant cannot start.\n\n%1")
        # The error names files and quotes SQLite: shown as typed (ui/plain.py).
        from assistant.ui.plain import message_box

        message_box(None, QMessageBox.Icon.Critical, APP_NAME, arg(message, failure)).exec()
        return 1
    # A hold left running by a crash shows as running, with a question: continue or end it.
    # Then, on the first start, the agent's name and company, once (ui/first_run.py).
    QTimer.singleShot(0, lambda: _first_questions(window))
    QTimer.singleShot(0, lambda: after_first_paint(window))
    with stopped_by_signals(window):
        code = int(app.exec())
    window.flush.close()  # already, unless the program was told to quit without a close
    return code


def run_floor(data_dir: Path) -> int:
    """The team floor window alone (``agent-assistant floor``), until it closes. It reads the
    team settings and the language from ``data_dir`` but opens no knowledge base, and makes
    nothing there unless the folder exists (then the log goes there)."""
    if no_display():
        return _say_no_display()
    from assistant.logs import setup_logging
    from assistant.services.settings_file import agent_settings
    from assistant.services.team import read_team_config
    from assistant.settings import THEMES
    from assistant.ui.crash_dialog import install_crash_handler
    from assistant.ui.floor import FloorWindow
    from assistant.ui.i18n import install_translators
    from assistant.ui.theme import apply_theme

    log_file = setup_logging(data_dir) if data_dir.is_dir() else None
    install_crash_handler(log_file)
    app = _application(sys.argv)
    values = agent_settings(data_dir, "the floor opens in the default language and theme")
    install_translators(values.get("appearance/language", ""))
    theme = values.get("appearance/theme", "system")
    size = values.get("appearance/font_size", "0")
    apply_theme(app, theme if theme in THEMES else "system",
                int(size) if size.isdigit() and int(size) <= 32 else 0)  # fmt: skip
    window = FloorWindow(read_team_config(data_dir).folder)
    window.show()
    return int(app.exec())


def _first_questions(window) -> None:  # type: ignore[no-untyped-def]
    """What the window asks when it opens, one question after the other."""
    from assistant.ui.first_run import ask_once

    window.ask_about_open_holds()  # waits for its answer, if it asks at all
    ask_once(window, window.settings)


def _bring_running_forward(data_dir: Path) -> int:
    """Another window holds the data folder: ask it to come forward."""
    from assistant.channel import ChannelError, send

    try:
        reply = send(data_dir, {"command": "show"})
    except ChannelError as problem:
        print(f"agent-assistant: {problem}", file=sys.stderr)
        return 1
    if reply is not None and reply.get("ok"):
        print("Agent Assistant is already running; its window was brought forward.")
        return 0
    print(
        f"agent-assistant: another Agent Assistant window holds the data folder {data_dir} "
        "but does not answer; close it (or wait for it to start) and try again",
        file=sys.stderr,
    )
    return 1


def _install_language(data_dir: Path, install: Callable[[str], str]) -> None:
    """The agent's language from the settings, if they can be read at all."""
    try:
        from assistant.settings import Settings

        install(Settings(data_dir).language)
    except Exception:  # a start that already failed must still say so, in English if need be
        log.exception("the language setting could not be read")


def smoke_test(data_dir: Path) -> int:
    """Start offscreen, load the knowledge base, run one search; print one JSON line."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop

    from assistant.packs.errors import PackInvalidError
    from assistant.store.errors import StoreError

    with collector.paused():  # as in run_window, until the window is shown
        app = _application([sys.argv[0], "-platform", os.environ["QT_QPA_PLATFORM"]])
        try:
            window = build_window(data_dir)
        except (StoreError, PackInvalidError, OSError) as error:
            print(f"agent-assistant: {error}", file=sys.stderr)
            return 1
        window.show()
        app.processEvents()
        # The phrase library fills from its worker thread; the window counts as shown once
        # the phrases are in it (they always are by now here, but a slow disk must not fake it).
        while window.library.runner.pending:
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
            app.processEvents()
        startup_ms = (time.perf_counter() - STARTED) * 1000.0
        kb = window.kb
        t1 = time.perf_counter()
        results = kb.search("hold", window.campaigns.current_ref())
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
        print(json.dumps(line), flush=True)
    if sys.stdout is None:  # a windowed Windows build started without redirection
        from assistant.core.files import PRIVATE_FILE_MODE, write_text_atomic

        write_text_atomic(
            data_dir / "smoke-test.json", json.dumps(line) + "\n", mode=PRIVATE_FILE_MODE
        )
    # Then the rest of a start, as the window does it once shown, so the smoke test proves
    # that part works too (in a frozen build as well).
    for thread in after_first_paint(window):
        thread.join()
    app.processEvents()
    kb.database.db  # noqa: B018 - writes work: sqlite-utils is there (a frozen build too)
    window.close()
    return 0
