"""Start-up: what a normal start loads before the window is shown, and what it leaves for later.

The window start runs in a fresh interpreter (``python -m assistant --smoke-test``: the real
window on the real knowledge base, shown, one search) and reports the modules imported when it
prints its line, which it does once the window is shown. Anything listed in NOT_AT_FIRST_PAINT
costs start-up time and is not needed for the first paint; each has a reason below.
"""

from __future__ import annotations

import html
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from assistant.store.database import open_database
from assistant.store.knowledge import KnowledgeBase
from assistant.ui.plain import escape

ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}

# Run the real command line; the first write to standard output is the smoke test's line, and
# the modules loaded at that moment are what the start needed up to the first paint.
SPY = """
import gc, json, sys, threading
real = sys.stdout
started = []
thread_start = threading.Thread.start
def start(self):
    started.append((self.name, FirstLine.modules is None))
    thread_start(self)
threading.Thread.start = start
class FirstLine:
    modules = None
    collecting = None
    qt_classes = None
    def write(self, text):
        if FirstLine.modules is None:
            FirstLine.modules = sorted(sys.modules)
            FirstLine.collecting = gc.isenabled()
            # PySide6 creates a class (and its enums) when it is first used.
            FirstLine.qt_classes = sorted(
                name
                for module in ("PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets")
                for name in vars(sys.modules[module])
            )
        return real.write(text)
    def flush(self):
        real.flush()
sys.stdout = FirstLine()
from assistant.cli import main
code = main(["--data-dir", sys.argv[1], "--smoke-test"])
sys.stdout = real
print(json.dumps({
    "code": code,
    "first_paint": FirstLine.modules,
    "end": sorted(sys.modules),
    "threads_before": [name for name, before in started if before],
    "threads_after": [name for name, before in started if not before],
    "collecting": [FirstLine.collecting, gc.isenabled()],
    "qt_classes": FirstLine.qt_classes,
}))
"""


def run_spy(spy: str, data_dir: Path) -> dict[str, Any]:
    """Run a spy script in a fresh interpreter; its last line of output is a JSON report."""
    result = subprocess.run(
        [sys.executable, "-c", spy, str(data_dir)],
        capture_output=True,
        text=True,
        timeout=120,
        env=ENV,
        stdin=subprocess.DEVNULL,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    report: dict[str, Any] = json.loads(result.stdout.strip().splitlines()[-1])
    assert report.pop("code") == 0
    return report


def start(data_dir: Path) -> dict[str, Any]:
    return run_spy(SPY, data_dir)


@pytest.fixture(scope="module")
def second_start(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """A normal start: the data folder already exists (the first start installed the
    built-in pack, which needs the pack reader and writes through sqlite-utils)."""
    data_dir = tmp_path_factory.mktemp("start") / "data"
    start(data_dir)
    return start(data_dir)


# Module: why a start does not need it before the window is shown.
NOT_AT_FIRST_PAINT = {
    # The knowledge base reads through plain sqlite3; sqlite-utils (with click, dateutil and
    # pluggy, ~50 ms) comes with the first write, or warms up once the window shows.
    "sqlite_utils": "writes only",
    "click": "pulled in by sqlite-utils",
    "dateutil": "pulled in by sqlite-utils",
    # A normal start compares the built-in pack's hash; it reads no pack and checks no
    # signature.
    "yaml": "the pack reader loads when a pack is read",
    "jsonschema": "the pack reader loads when a pack is read",
    "assistant.packs.loader": "the pack reader loads when a pack is read",
    "assistant.packs.signing": "signatures are checked when a pack is imported",
    "cryptography": "signatures are checked when a pack is imported",
    # The pack's contents (six frozen dataclasses) are created when a pack is read or
    # exported; a start needs only the identifiers and enumerations of core/model.py.
    "assistant.core.pack": "Pack, Campaign, Persona, Phrase... load when a pack is read",
    # The records a start makes (rows, holds, calls, search answers) are NamedTuples: a frozen
    # dataclass costs ~0.7 ms to define on Python 3.11, and a start defined 28 of them.
    "dataclasses": "records are NamedTuples",
    # Dialogs are imported where they open (ui/main_window.py).
    "assistant.ui.callback_dialog": "opens when a callback is promised",
    "assistant.ui.fill_form": "opens when a phrase has fields to fill",
    "assistant.ui.settings_dialog": "opens from the File menu",
    "assistant.ui.about": "opens from the Help menu",
    "assistant.ui.editor.window": "the pack editor opens from the File menu",
    # The call details panel (tabs, scroll areas) is hidden at start; the callbacks' alarm
    # runs without it (ui/callback_watch.py).
    "assistant.ui.call_details": "built when the call details are first shown",
    # Tooltips escape pack text without the html module and its entity table.
    "html": "ui/plain.escape",
    # The shared pack folder (IT policy, watcher, first scan) is set up once the window shows.
    "assistant.services.policy": "after the first paint",
    "configparser": "the policy file is read after the first paint",
    "assistant.services.shared_folder": "after the first paint",
    "assistant.ui.pack_manager": "the watcher (after the first paint) and the dialog",
    # Backup file names are parsed by hand: strptime's first call builds locale tables.
    "_strptime": "no date parsing at start",
    # Opening the window parses the program's own options only: no subcommand parser is
    # built, no command module imported.
    "assistant.commands.pack": "a command, not the window",
    "assistant.commands.report": "a command, not the window",
    "assistant.commands.search": "a command, not the window",
    "assistant.commands.session": "a command, not the window",
    "assistant.commands.db": "a command, not the window",
    "assistant.commands.floor": "a command, not the window",
    "csv": "imported by the report command",
    # The team floor: publishing starts once the window shows; the floor opens from the menu.
    "assistant.services.team": "publishing starts after the first paint",
    "assistant.services.floor": "the floor window opens from the File menu",
    "assistant.ui.team_status": "publishing starts after the first paint",
    "assistant.ui.floor": "opens from the File menu",
    # The data folder is given (--data-dir, or the environment as IT may set it): the
    # per-user default is not looked up.
    "platformdirs": "the data folder was given",
}


@pytest.mark.parametrize("module", sorted(NOT_AT_FIRST_PAINT))
def test_a_normal_start_shows_the_window_without(second_start: dict[str, Any], module: str) -> None:
    assert module not in second_start["first_paint"], NOT_AT_FIRST_PAINT[module]


def test_reads_need_no_sqlite_utils_and_the_first_write_brings_it(tmp_path: Path) -> None:
    database = open_database(tmp_path / "kb.db")
    try:
        rows = database.query("SELECT 1 AS a, 2 AS a, 3 AS a_2")
        assert rows == [{"a": 1, "a_3": 2, "a_2": 3}]  # duplicate names renamed as sqlite-utils
        with database.atomic(), database.atomic():  # nested: a savepoint inside a transaction
            database.conn.execute("INSERT INTO settings (key, value) VALUES ('k', 'v')")
        assert database.query("SELECT value FROM settings WHERE key = 'k'") == [{"value": "v"}]
        pragma = database.conn.execute("PRAGMA recursive_triggers").fetchone()[0]
        assert pragma == 1  # set at connect, as sqlite-utils sets it when it wraps
    finally:
        database.close()


def test_the_rest_of_a_start_runs_once_the_window_is_shown(
    second_start: dict[str, Any],
) -> None:
    # Before the first paint nothing competes with the start but the phrase search's reader.
    assert second_start["threads_before"] == ["phrase-search"]
    assert {"warm-up", "daily-backup", "activity-flush"} <= set(second_start["threads_after"])
    assert "sqlite_utils" in second_start["end"]  # warmed up for the first write
    assert "assistant.ui.pack_manager" in second_start["end"]  # the pack folder is watched
    # The garbage collector pauses while the window is built; afterwards it runs on the
    # window's thread only, never on its own in a worker (assistant/collector.py).
    assert second_start["collecting"] == [False, False]


def test_no_python_event_filter_runs_before_the_first_paint(
    second_start: dict[str, Any],
) -> None:
    # A Python event filter (or an event() override) is called for every event of its
    # widget, and its first event makes PySide6 create all ~50 event classes (~4 ms): the
    # window uses typed overrides (keyPressEvent, dropEvent) instead.
    classes = set(second_start["qt_classes"])
    assert "QResizeEvent" in classes  # typed overrides see their own event class
    assert {"QTabletEvent", "QGraphicsSceneMouseEvent"}.isdisjoint(classes)
    # Event classes named only in annotations are imported for the type checker alone.
    assert {"QKeyEvent", "QCloseEvent", "QDropEvent", "QHideEvent"}.isdisjoint(classes)


def test_the_first_paint_needs_no_python_qstyle(second_start: dict[str, Any]) -> None:
    # PySide6 creates QStyle's Python class, ~600 enum members, when Python first touches a
    # style (~7 ms): the program starts in Fusion (no setStyle()), spells out its palettes,
    # knows Fusion's button padding, and lets the item delegate's base class draw rows.
    assert {"QStyle", "QCommonStyle"}.isdisjoint(second_start["qt_classes"])


STYLE_SPY = """
import json, sys, time
from pathlib import Path
import assistant.app as program
program.STYLE_CLASS_AFTER_MS = 300
app = program._application([sys.argv[0], "-platform", "offscreen"])
window = program.build_window(Path(sys.argv[1]))
window.show()
app.processEvents()
def made():
    return "QStyle" in vars(sys.modules["PySide6.QtWidgets"])
shown = made()
threads = program.after_first_paint(window)
app.processEvents()
right_after = made()
deadline = time.monotonic() + 20
while not made() and time.monotonic() < deadline:
    app.processEvents()
    time.sleep(0.01)
later = made()
for thread in threads:
    thread.join()
window.close()
print(json.dumps({"code": 0, "shown": shown, "right_after": right_after, "later": later}))
"""


def test_the_style_class_is_made_a_while_after_the_window_shows(tmp_path: Path) -> None:
    # restyle() (the call bar's and the hold bar's looks) needs PySide6's QStyle class, and
    # the first to need it was the first call's start, in the softphone's command (15-16 ms).
    # Neither the first paint nor the moments after it make it: a while later, the window
    # does, with nothing else to do.
    report = run_spy(STYLE_SPY, tmp_path / "data")
    assert report == {"shown": False, "right_after": False, "later": True}


@given(st.text())
def test_tooltips_escape_exactly_as_the_html_module_does(text: str) -> None:
    assert escape(text) == html.escape(text)


def test_restoring_the_campaign_at_start_writes_nothing(kb: KnowledgeBase) -> None:
    from assistant.services.desk import CAMPAIGN_SETTING, Desk
    from assistant.store.activity import ActivityLog

    collections = next(c.ref for c in kb.campaigns() if c.ref.id == "collections")
    kb.set_setting(CAMPAIGN_SETTING, str(collections))
    commits: list[int] = []
    kb.database.on_commit(lambda: commits.append(1))
    desk = Desk(kb, ActivityLog(kb.database))
    assert desk.remembered_campaign() == collections
    desk.select_campaign(collections)  # what the window does as it starts
    assert commits == []
    sales = next(c.ref for c in kb.campaigns() if c.ref.id == "outbound-sales")
    desk.select_campaign(sales)
    assert commits == [1] and desk.remembered_campaign() == sales


# A real start (no --smoke-test): the modules loaded when the event loop starts, just after
# the window is shown, then the loop runs once (the rest of the start) and the window quits.
REAL_SPY = """
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
seen = {}
def exec_(app):
    seen["at_show"] = sorted(sys.modules)
    QTimer.singleShot(0, app.quit)
    return run()
run = QApplication.exec
QApplication.exec = exec_
from assistant.cli import main
code = main(["--data-dir", sys.argv[1]])
print(json.dumps({"code": code, **seen}))
"""


def test_a_real_start_leaves_the_global_shortcut_for_after_the_first_paint(
    data_dir: Path,
) -> None:
    for _ in range(2):  # the second start is the normal one (the first installs the content)
        report = run_spy(REAL_SPY, data_dir)
    # libX11 is loaded by its soname; ctypes.util.find_library (subprocess, ldconfig) is only
    # a fallback, and the shortcut is claimed once the loop runs anyway.
    for module in ("ctypes.util", "subprocess", "sqlite_utils", "assistant.ui.pack_manager"):
        assert module not in report["at_show"], module
    assert "assistant.control" in report["at_show"]  # the channel is claimed before the build
