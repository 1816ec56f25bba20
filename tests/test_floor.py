"""The team floor window (ui/floor.py) and the window's publishing (ui/team_status.py): what
a supervisor sees, as it changes, with the floor's clock injected."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from assistant.core.team import MAX_NAME_CHARS, NOT_SEEN_SECONDS, STATE_FILE, Activity, AgentState
from assistant.services.policy import Policy
from assistant.services.team import PublishStatus
from assistant.settings import Settings
from assistant.store.knowledge import KnowledgeBase
from assistant.ui.floor import LOCAL_POLL_MS, OVERDUE_BACKGROUND, SHARE_POLL_MS, FloorWindow
from assistant.ui.i18n import install_translators
from assistant.ui.plain import escape
from assistant.ui.settings_dialog import SettingsDialog
from assistant.ui.team_status import TeamPublishing
from tests.conftest import MakeWindow, run_script
from tests.teamwork import Agent, FakeTime, odd_state
from tests.translated import Judge, shown_strings


@pytest.fixture
def time() -> FakeTime:
    return FakeTime()


@pytest.fixture
def agents(desks: Callable[[], KnowledgeBase], team: Path, time: FakeTime) -> list[Agent]:
    return [Agent(desks(), team, name, time) for name in ("Ana", "Ben", "Cleo")]


@pytest.fixture
def floor(qtbot: QtBot, team: Path, time: FakeTime) -> Iterator[Callable[..., FloorWindow]]:
    made: list[FloorWindow] = []

    def make(network: bool = False) -> FloorWindow:
        window = FloorWindow(team, clock=time.wall, network=network)
        qtbot.addWidget(window)
        made.append(window)
        window.show()
        qtbot.waitUntil(lambda: window.refreshes > 0)
        return window

    yield make
    for window in made:
        window.stop()


def cell(window: FloorWindow, row: int, column: int, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
    return window.model.index(row, column).data(role)


def beat(*agents: Agent) -> None:
    for agent in agents:
        agent.publisher.heartbeat()
        agent.settle()


def test_each_agents_state_shows_and_an_overdue_hold_rises_to_the_top_in_red(
    qtbot: QtBot, agents: list[Agent], floor: Callable[..., FloorWindow], time: FakeTime
) -> None:
    ana, ben, cleo = agents
    window = floor()
    assert sorted(r.agent for r in window.model.rows) == ["Ana", "Ben", "Cleo"]
    cleo.desk.start_call()
    cleo.settle()
    qtbot.waitUntil(lambda: cell(window, window.row_of("Cleo"), 1) == "On a call")
    ben.desk.start_hold()
    ben.settle()
    qtbot.waitUntil(lambda: cell(window, window.row_of("Ben"), 1) == "On hold")
    assert window.row_of("Ben") == 0  # a hold comes before calls and idle agents
    assert cell(window, 0, 4) == "In 01:30"
    assert cell(window, 0, 2) == "Collections"

    time.seconds += 100  # Ben's customer: 10 s past the 90 s point
    beat(ana, cleo)
    window.show_rows()  # the second's tick
    assert window.row_of("Ben") == 0
    assert cell(window, 0, 4) == "Overdue 00:10"
    background = cell(window, 0, 0, Qt.ItemDataRole.BackgroundRole)
    assert isinstance(background, QBrush) and background.color() == OVERDUE_BACKGROUND
    assert cell(window, 0, 0, Qt.ItemDataRole.FontRole).bold()
    assert "1 overdue" in window.status.text()
    assert cell(window, 1, 0, Qt.ItemDataRole.BackgroundRole) is None

    ben.desk.check_in()
    ben.settle()
    qtbot.waitUntil(lambda: cell(window, 0, 4) == "In 01:30")
    assert cell(window, 0, 0, Qt.ItemDataRole.BackgroundRole) is None


def test_an_agent_whose_program_stopped_goes_grey_after_two_minutes(
    qtbot: QtBot, agents: list[Agent], floor: Callable[..., FloorWindow], time: FakeTime
) -> None:
    ana, ben, cleo = agents
    cleo.desk.start_hold()
    cleo.settle()
    window = floor()
    # Cleo's program is killed: it writes nothing more. The others beat every 30 s.
    for _ in range(5):
        time.seconds += 30
        beat(ana, ben)
    qtbot.waitUntil(lambda: window.refreshes > 0 and window.row_of("Cleo") == 2)
    window.refresh()
    qtbot.waitUntil(lambda: "1 not seen" in window.status.text())
    row = window.row_of("Cleo")
    assert row == 2  # at the bottom
    assert cell(window, row, 1) == "Not seen for 02:30"
    grey = cell(window, row, 0, Qt.ItemDataRole.ForegroundRole)
    assert isinstance(grey, QBrush) and grey.color() != cell(
        window, 0, 0, Qt.ItemDataRole.ForegroundRole
    )
    # Its customer would be overdue by now, but the floor does not claim what it cannot see.
    assert cell(window, row, 0, Qt.ItemDataRole.BackgroundRole) is None
    assert "has not been seen" in cell(window, row, 0, Qt.ItemDataRole.ToolTipRole)
    assert time.seconds > NOT_SEEN_SECONDS


def test_a_local_folder_is_watched_and_a_share_is_polled(
    qtbot: QtBot, agents: list[Agent], floor: Callable[..., FloorWindow]
) -> None:
    ana = agents[0]
    local = floor()
    assert local.watcher is not None and local.poll.interval() == LOCAL_POLL_MS
    local.poll.stop()  # the watcher alone
    ana.desk.start_call()
    ana.settle()
    qtbot.waitUntil(lambda: cell(local, local.row_of("Ana"), 1) == "On a call")  # within 5 s

    share = floor(network=True)
    assert share.watcher is None and share.poll.interval() == SHARE_POLL_MS
    assert SHARE_POLL_MS <= 20_000  # a change reaches the floor within 30 s of the agent's action
    ana.desk.end_call()
    ana.settle()
    before = share.refreshes
    share.poll.timeout.emit()  # the poll's turn comes
    qtbot.waitUntil(lambda: share.refreshes > before)
    assert cell(share, share.row_of("Ana"), 1) == "Idle"


def test_the_floor_sums_up_today_per_agent_and_campaign(
    qtbot: QtBot, agents: list[Agent], floor: Callable[..., FloorWindow], time: FakeTime
) -> None:
    ana, ben, _ = agents
    ana.desk.start_hold()
    time.seconds += 60
    ana.desk.end_hold()
    ben.desk.start_hold()
    ben.settle()
    ana.settle()
    window = floor()
    names = [window.summary.index(r, 0).data() for r in range(window.summary.rowCount())]
    assert names == ["Ana", "Ben", "Campaign: Collections", "Whole team"]
    assert window.summary.index(0, 1).data() == "1"
    assert window.summary.index(0, 2).data() == "01:00"
    assert window.summary.index(3, 1).data() == "2"


def test_no_team_folder_says_where_to_set_one(qtbot: QtBot) -> None:
    window = FloorWindow(None)
    qtbot.addWidget(window)
    assert window.worker is None and window.model.rowCount() == 0
    assert "No team folder" in window.heading.text() and "Settings" in window.status.text()


def test_an_unreadable_team_folder_is_said_and_the_last_state_kept(
    qtbot: QtBot, agents: list[Agent], floor: Callable[..., FloorWindow], team: Path
) -> None:
    window = floor()
    team.rename(team.with_name("unplugged"))
    window.refresh()
    qtbot.waitUntil(lambda: "cannot be read" in window.status.text())
    assert window.model.rowCount() == 3


def test_the_file_menu_opens_the_floor_of_the_settings_team_folder(
    make_window: MakeWindow, data_dir: Path, team: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AGENT_ASSISTANT_POLICY", str(data_dir / "no-policy.ini"))
    settings = Settings(data_dir)
    settings.team_folder = str(team)
    window = make_window(settings)
    file_menu = window.menuBar().findChild(QMenu, "fileMenu")
    assert file_menu is not None and window.menus.team_floor in file_menu.actions()
    assert window.menus.team_floor.text() == "Team floor…"
    window.menus.team_floor.trigger()
    floor = window.menus.team_floor_window
    assert floor is not None and floor.isVisible() and floor.folder == team
    assert window.menus.show_team_floor() is floor  # one floor window
    floor.stop()


def test_the_window_says_team_folder_offline_and_sends_everything_when_it_is_back(
    qtbot: QtBot, make_window: MakeWindow, data_dir: Path, team: Path
) -> None:
    settings = Settings(data_dir)
    settings.team_publish = True
    settings.team_folder = str(team)
    window = make_window(settings)
    team.rename(team.with_name("unplugged"))
    publishing = TeamPublishing(window, window.desk, settings, policy=Policy)
    publisher = publishing.publisher
    qtbot.waitUntil(lambda: publisher.status is PublishStatus.OFFLINE)
    assert publishing.label.isVisible() and publishing.label.text() == "Team folder offline"
    assert str(team) in publishing.label.toolTip()
    assert publishing.heartbeat.isActive() and publishing.heartbeat.interval() == 30_000
    window.desk.start_hold()
    window.desk.end_hold()

    team.with_name("unplugged").rename(team)
    publishing.heartbeat.timeout.emit()
    qtbot.waitUntil(lambda: publisher.status is PublishStatus.ONLINE)
    assert not publishing.label.isVisible()
    folder = team / publisher.agent_folder()
    qtbot.waitUntil(lambda: any(folder.glob("history-*.jsonl")))
    [history] = folder.glob("history-*.jsonl")
    assert history.read_text(encoding="utf-8").count('"kind":"hold"') == 1

    settings.team_publish = False  # Settings: publishing off
    assert not publishing.heartbeat.isActive() and publisher.status is PublishStatus.OFF
    publishing.close()


def test_the_team_settings_are_saved_and_what_it_sets_is_locked(
    data_dir: Path, qtbot: QtBot
) -> None:
    settings = Settings(data_dir)
    dialog = SettingsDialog(settings, [], team_locked=frozenset({"folder"}))
    qtbot.addWidget(dialog)
    assert not dialog.team_folder.isEnabled() and not dialog.browse_team.isEnabled()
    assert dialog.team_publish.isEnabled() and dialog.team_name.isEnabled()
    dialog.team_publish.setChecked(True)
    qtbot.keyClicks(dialog.team_name, "Ana L.")
    dialog.team_folder.setText("/not/mine/to/set")
    dialog.accept()
    assert settings.team_publish and settings.team_display_name == "Ana L."
    assert settings.team_folder == ""  # the policy's, not the agent's to keep


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_floor_speaks_the_language(
    qtbot: QtBot,
    agents: list[Agent],
    floor: Callable[..., FloorWindow],
    time: FakeTime,
    team: Path,
    language: str,
) -> None:
    ana, ben, cleo = agents
    assert install_translators(language) == language
    try:
        ana.desk.start_call()
        ben.desk.start_hold()
        beat(ana, ben, cleo)
        window = floor()
        time.seconds += 100
        beat(ana, ben)
        time.seconds += 100
        beat(ana, ben)
        window.refresh()
        qtbot.waitUntil(lambda: window.row_of("Cleo") == 2 and window.model.rows[2].not_seen)
        texts = shown_strings(window)
        judge = Judge(language, {"Ana", "Ben", "Cleo", "Collections", str(team)})
        assert judge.unknown(texts) == set()
        if language == "es":
            assert window.windowTitle() == "Panel del equipo"
            assert "Retrasada" in cell(window, 0, 4)
    finally:
        install_translators("en")


def test_a_name_with_markup_is_shown_as_typed(
    qtbot: QtBot, desks: Callable[[], KnowledgeBase], team: Path, time: FakeTime
) -> None:
    name = "<b>Eve</b><img src='file:///etc/passwd'>"
    eve = Agent(desks(), team, name, time)
    eve.desk.start_hold()
    eve.settle()
    window = FloorWindow(team, clock=time.wall, network=False)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.refreshes > 0)
    time.seconds += 100  # overdue: the row has a tooltip naming the agent
    window.show_rows()
    assert cell(window, 0, 0) == name  # the table shows text, never markup
    tip = cell(window, 0, 0, Qt.ItemDataRole.ToolTipRole)
    assert "&lt;img" in tip and "<img" not in tip and "<b>" not in tip
    window.stop()


def test_one_long_or_odd_agent_leaves_the_floor_readable(
    qtbot: QtBot,
    desks: Callable[[], KnowledgeBase],
    team: Path,
    time: FakeTime,
    floor: Callable[..., FloorWindow],
) -> None:
    Agent(desks(), team, "Ana", time)
    ben = Agent(desks(), team, "Ben", time)
    ben.desk.start_call()
    ben.settle()
    now = time.wall()
    # QA's state: a 300-character name with a right-to-left override, a hold starting in
    # 2099, a negative interval. It counted as on hold and overdue.
    (team / "qa").mkdir()
    (team / "qa" / STATE_FILE).write_bytes(odd_state(now))
    # Such a name on a hold that can be (overdue by 10 s): shown, cut.
    name = "<i>Mallory</i> \u202elive" + "x" * 290
    (team / "mallory").mkdir()
    held = now - timedelta(seconds=130)
    mallory = AgentState(
        name, Activity.HOLD, now, "builtin/collections", "Collections", hold_id=1,
        hold_started_at=held, check_in_seconds=120, next_check_in_at=held + timedelta(seconds=120),
    )  # fmt: skip
    (team / "mallory" / STATE_FILE).write_bytes(mallory.encode())

    window = floor()  # shown at its default size
    assert window.status.text() == "3 agents · 1 on hold · 1 overdue"  # QA's state refused
    whole = "<i>Mallory</i> live" + "x" * 290  # no override: it reads as typed
    shown = whole[: MAX_NAME_CHARS - 1] + "…"
    assert [cell(window, r, 0) for r in range(3)] == [shown, "Ben", "Ana"]
    assert cell(window, 0, 4) == "Overdue 00:10"
    view, header = window.view, window.view.horizontalHeader()
    width = view.viewport().width()
    assert header.isVisible() and header.height() > 0
    assert header.sectionSize(0) < width / 2  # the name is elided, not the table widened
    assert view.textElideMode() == Qt.TextElideMode.ElideRight and not view.wordWrap()
    for column in range(window.model.columnCount()):  # every column's header in sight
        left = header.sectionViewportPosition(column)
        assert left >= 0 and left + header.sectionSize(column) <= width, column
    assert header.length() <= width
    # The tooltip has the whole name, as text (lines of MAX_NAME_CHARS), then why it is red.
    tip = cell(window, 0, 0, Qt.ItemDataRole.ToolTipRole)
    assert "<i>" not in tip and "\u202e" not in tip
    assert escape(whole) in tip.replace("<br>", "")
    assert "past the check-in point" in tip
    # The day's summary shows it cut too, whole in its tooltip.
    [row] = [
        r for r in range(window.summary.rowCount()) if window.summary.index(r, 0).data() == shown
    ]
    tip = window.summary.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert escape(whole) in tip.replace("<br>", "")
    assert window.summary_view.textElideMode() == Qt.TextElideMode.ElideRight


def test_the_display_name_field_takes_what_the_floor_shows(data_dir: Path, qtbot: QtBot) -> None:
    settings = Settings(data_dir)
    settings.team_display_name = "\u202eAna " + "y" * 100  # settings.ini written by hand
    dialog = SettingsDialog(settings, [])
    qtbot.addWidget(dialog)
    assert dialog.team_name.maxLength() == MAX_NAME_CHARS
    assert dialog.team_name.text() == ("Ana " + "y" * 100)[:MAX_NAME_CHARS]
    dialog.team_name.clear()
    qtbot.keyClicks(dialog.team_name, "z" * 100)
    assert dialog.team_name.text() == "z" * MAX_NAME_CHARS
    dialog.team_name.setText("\u202eAna\tL.\u200b")  # pasted
    dialog.accept()
    assert settings.team_display_name == "Ana L."


FLOOR_DRIVER = """
import sys
from PySide6.QtCore import QTimer
from assistant import cli
from assistant.ui import floor

shown = floor.FloorWindow.show

def show(self):
    shown(self)

    def report():
        if self.refreshes == 0:
            QTimer.singleShot(50, report)
            return
        print(self.windowTitle())
        print(",".join(sorted(row.agent for row in self.model.rows)))
        self.close()

    QTimer.singleShot(0, report)

floor.FloorWindow.show = show
sys.exit(cli.main(sys.argv[1:]))
"""


def test_the_floor_command_opens_the_floor_alone_in_the_agents_language(
    agents: list[Agent], team: Path, tmp_path: Path
) -> None:
    agents[0].desk.start_hold()
    beat(*agents)
    data = tmp_path / "data"
    data.mkdir()
    (data / "settings.ini").write_text(
        f"[team]\nfolder={team.as_posix()}\n[appearance]\nlanguage=es\n", encoding="utf-8"
    )
    done = run_script(FLOOR_DRIVER, "floor", "--data-dir", str(data))
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["Panel del equipo", "Ana,Ben,Cleo"]
    # The floor alone opens no knowledge base and makes no desk's files.
    assert sorted(p.name for p in data.iterdir() if p.name != "logs") == ["settings.ini"]
