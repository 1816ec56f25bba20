"""Shared fixtures. Widget tests run on Qt's offscreen platform; nothing needs a display."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("AGENT_ASSISTANT_DATA_DIR", None)
# Never this machine's own IT policy (/etc/agent-assistant/policy.ini): a test that wants one
# names its file (a source checkout honours the variable; an installed build does not).
os.environ["AGENT_ASSISTANT_POLICY"] = os.path.join(os.sep, "nonexistent", "policy.ini")

import contextlib  # noqa: E402
import shutil  # noqa: E402
import subprocess  # noqa: E402
from collections.abc import Callable, Iterator  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import TYPE_CHECKING, Any, TypeVar  # noqa: E402

import pytest  # noqa: E402
from pytestqt.qtbot import QtBot  # noqa: E402

from assistant.core.pack import Pack  # noqa: E402
from assistant.packs.loader import load_pack  # noqa: E402
from assistant.resources import builtin_pack_path  # noqa: E402
from assistant.store.database import open_database  # noqa: E402
from assistant.store.knowledge import KnowledgeBase  # noqa: E402

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QWidget

    from assistant.services.build import Services
    from assistant.settings import Settings
    from assistant.ui.editor.window import PackEditor
    from assistant.ui.main_window import MainWindow
    from assistant.ui.operations import Operations
    from assistant.ui.phrase_library import PhraseLibrary

TESTS = Path(__file__).parent
PACKS = TESTS / "packs"


@pytest.fixture(scope="session")
def builtin_pack() -> Pack:
    """The shipped built-in pack, parsed once for the whole run."""
    return load_pack(builtin_pack_path(), as_builtin=True)


@pytest.fixture
def empty_kb() -> Iterator[KnowledgeBase]:
    """A fresh in-memory knowledge base with no packs."""
    kb = KnowledgeBase(open_database(None))
    yield kb
    kb.database.close()


@pytest.fixture
def kb(empty_kb: KnowledgeBase, builtin_pack: Pack) -> KnowledgeBase:
    """A fresh in-memory knowledge base with the built-in pack installed."""
    empty_kb.import_pack(builtin_pack, source="(built in)", sha256="test")
    return empty_kb


@pytest.fixture
def desks(builtin_pack: Pack) -> Iterator[Callable[[], KnowledgeBase]]:
    """A new agent's own knowledge base (in memory), as many as a test needs."""
    made: list[KnowledgeBase] = []

    def make() -> KnowledgeBase:
        kb = KnowledgeBase(open_database(None))
        kb.import_pack(builtin_pack, source="(built in)", sha256="test")
        made.append(kb)
        return kb

    yield make
    for kb in made:
        kb.database.close()


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    return folder


@pytest.fixture
def team(tmp_path: Path) -> Path:
    """An empty team folder, as a supervisor shares it with the agents."""
    folder = tmp_path / "team"
    folder.mkdir()
    return folder


@contextlib.contextmanager
def umask(mask: int) -> Iterator[None]:
    """Files and folders made inside are made under ``mask``, whatever the test runner's."""
    old = os.umask(mask)
    try:
        yield
    finally:
        os.umask(old)


@contextlib.contextmanager
def read_only(*paths: Path) -> Iterator[None]:
    """``paths`` cannot be written inside the block, by this user even as root: folders and files
    without write permission, or, for root (whom permissions do not stop; the tests run as root
    in CI), with the immutable attribute (chattr +i). Skips the test where neither can be."""
    if os.name != "posix":
        pytest.skip("POSIX file permissions")
    if os.geteuid() != 0:
        modes = [path.stat().st_mode for path in paths]
        for path in paths:
            path.chmod(0o555 if path.is_dir() else 0o444)
        try:
            yield
        finally:
            for path, mode in zip(paths, modes, strict=True):
                path.chmod(mode)
        return
    chattr = shutil.which("chattr")
    if chattr is None:
        pytest.skip("root is stopped only by the immutable attribute, and chattr is missing")
    done: list[Path] = []
    try:
        for path in paths:
            made = subprocess.run([chattr, "+i", str(path)], capture_output=True, check=False)
            if made.returncode != 0:
                pytest.skip(f"the immutable attribute cannot be set here: {made.stderr!r}")
            done.append(path)
        yield
    finally:
        for path in done:
            subprocess.run([chattr, "-i", str(path)], check=True)


def finished(argv: list[str]) -> int:
    """The exit code of the command line ``argv``; fails the test, rather than hanging the run,
    when the command waits on a named pipe for a writer that never comes (the old code did)."""
    import threading

    from assistant.cli import main

    code: list[int] = []
    worker = threading.Thread(target=lambda: code.append(main(argv)), daemon=True)
    worker.start()
    worker.join(60)
    assert code, "the command waited on a named pipe"
    return code[0]


@pytest.fixture
def umask_022() -> Iterator[None]:
    """The usual desktop umask, whatever the test runner's."""
    with umask(0o022):
        yield


@pytest.fixture(scope="session")
def qapp(qapp: QApplication) -> QApplication:
    """pytest-qt's application, speaking English as the program does for an English agent
    (with the English plural forms: "1 phrase", "2 phrases")."""
    from assistant.ui.gui_thread import GuiThreadCollector
    from assistant.ui.i18n import install_translators

    install_translators("en")
    # As the program does (app.py): cyclic garbage, which may hold a test's widgets, is
    # collected on this thread only, never by a worker that allocates (collector.py).
    GuiThreadCollector.install(qapp)
    return qapp


@pytest.fixture(autouse=True)
def _garbage_collected_on_the_gui_thread() -> Iterator[None]:
    """Between tests too, the garbage is collected here, on the main thread."""
    yield
    from assistant import collector

    collector.collect_due()


@pytest.fixture(scope="session", autouse=True)
def _clipboard_emptied_at_exit() -> Iterator[None]:
    """Offscreen Qt crashes at interpreter exit when the clipboard still owns data a test
    copied (a segmentation fault after every test passed); empty it once, at the end."""
    yield
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is not None:
        QGuiApplication.clipboard().clear()


@pytest.fixture
def xvfb_display() -> Iterator[str]:
    """A private Xvfb server for real-window tests; yields its DISPLAY (":N")."""
    if shutil.which("Xvfb") is None:
        if os.environ.get("CI"):
            pytest.fail("Xvfb is missing: `make test` installs it (tools/ensure-system-libs.sh)")
        pytest.skip("Xvfb is not installed; `make test` installs it")
    read_fd, write_fd = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "800x800x24", "-nolisten", "tcp"],
        pass_fds=(write_fd,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    try:
        with os.fdopen(read_fd) as pipe:
            number = pipe.readline().strip()
        assert number, "Xvfb did not report its display number"
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)


def run_script(script: str, *args: str) -> subprocess.CompletedProcess[str]:
    """``script`` run by this Python in a process of its own (offscreen), with ``args``: for a
    test of what a whole program start or end does."""
    import sys

    return subprocess.run(
        [sys.executable, "-c", script, *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        check=False,
    )


def run_as_nobody() -> dict[str, Any] | None:
    """subprocess options that run a child as the user 'nobody', where this machine allows it
    (the tests run as root in CI); None otherwise. The child runs a Python 'nobody' may start
    (the system's: the project's own may sit in a folder only its owner can enter)."""
    python = shutil.which("python3", path="/usr/bin:/bin")
    if not hasattr(os, "getuid") or os.getuid() != 0 or python is None:
        return None
    import pwd

    try:
        nobody = pwd.getpwnam("nobody")
    except KeyError:
        return None
    return {
        "user": nobody.pw_uid,
        "group": nobody.pw_gid,
        "extra_groups": [],
        "executable": python,
        "cwd": "/",
    }


MakeWindow = Callable[..., "MainWindow"]


class Profile:
    """The agent's details as a test gives them (the program reads them from Settings)."""

    def __init__(self, agent_name: str = "", company: str = "") -> None:
        self.agent_name = agent_name
        self.company = company

    def company_for(self, campaign: str) -> str:
        return self.company


def services_for(kb: KnowledgeBase, profile: Profile | None = None) -> Services:
    """The services over ``kb``, as the program builds them."""
    from assistant.services.build import build

    return build(kb, profile or Profile())


def new_window(kb: KnowledgeBase, settings: Settings) -> MainWindow:
    """The main window over ``kb`` with the services the program builds (not shown)."""
    from assistant.services.build import build
    from assistant.ui.main_window import MainWindow

    return MainWindow(build(kb, settings), settings)


@pytest.fixture
def make_window(qtbot: QtBot, kb: KnowledgeBase, data_dir: Path) -> MakeWindow:
    """Build the main window as the program does, shown and active.

    Window shortcuts (Ctrl+H, ...) only reach the active window, and activation is queued,
    so each window is waited on until it is active.
    """
    from assistant.settings import Settings

    def make(
        settings: Settings | None = None, knowledge: KnowledgeBase | None = None
    ) -> MainWindow:
        window = new_window(knowledge or kb, settings or Settings(data_dir))
        qtbot.addWidget(window)
        window.show()
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        return window

    return make


def scroll_to_the_end(library: PhraseLibrary) -> None:
    """Scroll the phrase list to its end, as an agent would: it comes a page at a time
    (ui/phrase_model.py PAGE), fetched as the view nears its end."""
    from PySide6.QtWidgets import QApplication

    for _ in range(100):
        if not library.model.canFetchMore():
            return
        library.view.scrollToBottom()
        QApplication.processEvents()
    raise AssertionError("the list never fetched its last page")


def tab_chain(qtbot: QtBot, start: QWidget) -> list[QWidget]:
    """The controls Tab visits from ``start`` until it comes round to ``start`` again. Coming
    round to another control fails: Tab would go round that smaller loop for ever, and what is
    outside it is never reached going forward."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    start.setFocus(Qt.FocusReason.TabFocusReason)
    visited: list[QWidget] = []
    for _ in range(100):
        widget = QApplication.focusWidget()
        assert widget is not None
        if widget in visited:
            assert widget is start, (
                f"Tab went round a loop: after {_named(visited[-1])} it came back to "
                f"{_named(widget)}, not to {_named(start)}"
            )
            break
        visited.append(widget)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    else:
        raise AssertionError("Tab did not come round in 100 steps")
    return visited


def _named(widget: QWidget) -> str:
    return f"{type(widget).__name__} {widget.accessibleName() or widget.objectName()!r}"


ModalT = TypeVar("ModalT", bound="QWidget")


def on_modal(kind: type[ModalT], act: Callable[[ModalT], object]) -> None:
    """Answer the modal dialog the test's next step opens: once it is open, check it is a
    ``kind`` and hand it to ``act``. The dialog is closed after whatever happened (a failed
    check or step included): a modal dialog left open waits for ever and the test hangs."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialog

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        try:
            assert isinstance(dialog, kind), f"expected a {kind.__name__} open, found {dialog!r}"
            act(dialog)
        finally:
            if dialog is not None and dialog.isVisible():
                if isinstance(dialog, QDialog):
                    dialog.reject()
                else:
                    dialog.close()

    QTimer.singleShot(0, answer)


def open_editor(
    qtbot: QtBot,
    operations: Operations | None = None,
    *,
    pack_folder: Callable[[], Path | None] = lambda: None,
    recovery: Path | None = None,
) -> PackEditor:
    """The pack editor (not shown), closed at teardown without asking about unsaved changes."""
    from assistant.ui.editor.window import PackEditor

    editor = PackEditor(operations, pack_folder=pack_folder, recovery=recovery)
    qtbot.addWidget(editor, before_close_func=lambda w: w.doc.undo_stack.setClean())
    return editor


def settle(qtbot: QtBot, editor: PackEditor) -> None:
    """Wait for the editor's as-you-type validation that follows the last keystroke."""
    with qtbot.waitSignal(editor.validated, timeout=5000):
        pass
