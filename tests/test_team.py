"""Publishing to the team folder and reading it back (services/team.py, services/floor.py):
what is shared and what never is, file modes, a folder that goes away and comes back, torn
lines, reading only what changed, and the team settings (the IT policy wins)."""

from __future__ import annotations

import json
import logging
import os
import stat
import threading
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from assistant.core.files import write_atomic
from assistant.core.team import MAX_NAME_CHARS, STATE_FILE, Activity, encode_line, iso
from assistant.services.floor import (
    CUT,
    NOT_JSON,
    RUNNING,
    HistoryFiles,
    StateFiles,
    TeamFloor,
    read_team_holds,
)
from assistant.services.opening import open_knowledge_base
from assistant.services.policy import Policy, load_policy
from assistant.services.team import (
    PublishStatus,
    TeamConfig,
    read_team_config,
    team_config,
)
from assistant.store.knowledge import KnowledgeBase
from tests.teamwork import COLLECTIONS, Agent, odd_state

# What an agent types for a customer: none of it may reach the team folder.
SECRETS = ("Zebulon Quartermaine", "555-0199-4242", "owes for the blue sofa", "REF-77AB9")


@pytest.fixture
def team(tmp_path: Path) -> Path:
    folder = tmp_path / "team"
    folder.mkdir()
    return folder


@pytest.fixture
def umask() -> Iterator[None]:
    """The usual umask (022), whatever the test run's is."""
    old = os.umask(0o022)
    yield
    os.umask(old)


def test_the_state_and_every_finished_hold_check_in_and_call_are_published(
    kb: KnowledgeBase, team: Path, umask: None
) -> None:
    ana = Agent(kb, team, "Ana")
    assert ana.state().activity is Activity.IDLE and ana.state().agent == "Ana"
    assert ana.state().campaign == "builtin/collections"
    assert ana.state().campaign_name == "Collections"

    call = ana.desk.start_call()
    ana.settle()
    assert ana.state().activity is Activity.CALL
    assert ana.state().call_started_at == call.started_at
    ana.time.seconds += 20
    hold = ana.desk.start_hold()
    ana.settle()
    state = ana.state()
    assert state.activity is Activity.HOLD and state.hold_started_at == hold.started_at
    assert state.check_in_seconds == 90  # the campaign's interval
    assert state.next_check_in_at == hold.started_at + timedelta(seconds=90)
    ana.time.seconds += 100  # ten seconds late
    checked = ana.desk.check_in()
    ana.settle()
    assert ana.state().check_ins == 1
    assert ana.state().next_check_in_at == checked.at + timedelta(seconds=90)
    ana.desk.end_call()  # ends the hold first
    ana.settle()
    assert ana.state().activity is Activity.IDLE
    kinds = [line["kind"] for line in ana.history()]
    assert kinds == ["check_in", "hold", "call"]
    check_in_line, hold_line = ana.history()[:2]
    assert hold_line["agent"] == "Ana" and hold_line["campaign"] == "builtin/collections"
    assert check_in_line["hold_key"] == hold_line["key"]  # the check-in names its hold's start
    assert hold_line["check_ins"] == [
        {"at": checked.at.isoformat(timespec="milliseconds"),
         "due_at": checked.due_at.isoformat(timespec="milliseconds"), "late_s": 10.0}
    ]  # fmt: skip
    assert ana.outbox() == 0  # everything sent
    assert ana.publisher.status is PublishStatus.ONLINE

    # Other agents and the supervisor read these files: the umask's mode, not the data
    # folder's private 0600, and nothing else (no temporary file) is left.
    for path in [ana.folder, *ana.folder.iterdir()]:
        mode = stat.S_IMODE(path.stat().st_mode)
        assert mode == (0o755 if path.is_dir() else 0o644), path
    assert sorted(p.name for p in ana.folder.iterdir()) == [
        f"history-{datetime.now(UTC).date().isoformat()}.jsonl",
        STATE_FILE,
    ]
    ana.publisher.close()
    assert ana.state().activity is Activity.SIGNED_OUT


def test_no_customer_name_number_or_note_ever_reaches_the_team_folder(
    kb: KnowledgeBase, team: Path
) -> None:
    ana = Agent(kb, team, "Ana")
    desk = ana.desk
    desk.start_call()
    desk.customer_name = SECRETS[0]
    due = desk.activity.now()
    ana.services.callbacks.promise(SECRETS[0], SECRETS[1], due, f"{SECRETS[2]} {SECRETS[3]}")
    desk.start_hold()
    desk.check_in()
    desk.end_hold()
    desk.tick_step(0, True)
    desk.end_call()
    ana.publisher.heartbeat()
    ana.settle()
    ana.publisher.close()
    everything = b"".join(p.read_bytes() for p in team.rglob("*") if p.is_file())
    assert everything
    for secret in (*SECRETS, "Quartermaine", "sofa"):
        assert secret.lower().encode() not in everything.lower(), secret
    # What a state says, exactly: nothing else can slip into it.
    assert set(json.loads((ana.folder / STATE_FILE).read_bytes())) == {
        "format", "agent", "activity", "updated_at", "campaign", "campaign_name", "call_id",
        "call_started_at", "hold_id", "hold_started_at", "check_in_seconds",
        "next_check_in_at", "check_ins",
    }  # fmt: skip


def test_an_unreachable_team_folder_loses_nothing_and_is_never_made_locally(
    kb: KnowledgeBase, team: Path
) -> None:
    ana = Agent(kb, team, "Ana")
    heard: list[PublishStatus] = []
    ana.publisher.on_status(lambda change: heard.append(change.status))
    away = team.with_name("team-unplugged")
    team.rename(away)  # the share is gone

    for _ in range(3):
        ana.desk.start_hold()
        ana.desk.check_in()
        ana.desk.end_hold()
    ana.settle()
    assert ana.publisher.status is PublishStatus.OFFLINE
    assert heard == [PublishStatus.OFFLINE]
    assert ana.outbox() == 6  # three holds and their check-ins wait in activity.db
    assert not team.exists()  # an unmounted share does not turn into a local folder

    away.rename(team)  # back
    ana.publisher.heartbeat()  # the window's 30 s timer
    ana.settle()
    assert heard == [PublishStatus.OFFLINE, PublishStatus.ONLINE]
    assert ana.outbox() == 0
    holds = [line for line in ana.history() if line["kind"] == "hold"]
    assert [h["hold"] for h in holds] == [1, 2, 3]
    assert len([line for line in ana.history() if line["kind"] == "check_in"]) == 3


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes")
def test_a_link_or_a_pipe_planted_as_an_agents_history_file_is_never_written_through(
    kb: KnowledgeBase, team: Path, tmp_path: Path
) -> None:
    # Anyone who can write the team folder could plant them in another agent's folder: the
    # link led that agent's lines into any file of theirs (~/.bashrc), the pipe hung its
    # publisher for good. Its lines now wait in activity.db, as for a share that is away.
    ana, history = _one_finished_hold(kb, team)
    history.unlink()
    elsewhere = tmp_path / "bashrc"
    elsewhere.write_text("# mine\n", encoding="utf-8")
    history.symlink_to(elsewhere)
    ana.desk.start_hold()
    ana.desk.end_hold()
    finished = threading.Thread(target=ana.settle, daemon=True)
    finished.start()
    finished.join(20)
    assert not finished.is_alive()
    assert elsewhere.read_text(encoding="utf-8") == "# mine\n"
    assert ana.outbox() > 0  # kept, to be sent when the file is a file again
    history.unlink()
    os.mkfifo(history)
    ana.desk.start_hold()
    ana.desk.end_hold()
    finished = threading.Thread(target=ana.settle, daemon=True)
    finished.start()
    finished.join(20)
    assert not finished.is_alive(), "a named pipe hung the publisher"
    history.unlink()
    ana.publisher.heartbeat()
    ana.settle()
    assert ana.outbox() == 0
    assert [h["hold"] for h in ana.history() if h["kind"] == "hold"] == [2, 3]


def test_lines_kept_while_offline_survive_a_restart(data_dir: Path, team: Path) -> None:
    kb = open_knowledge_base(data_dir, backup=False)
    ana = Agent(kb, team, "Ana")
    team.rename(team.with_name("gone"))
    ana.desk.start_hold()
    ana.desk.end_hold()
    ana.settle()
    ana.publisher.close(timeout=5)
    kb.database.close()

    team.with_name("gone").rename(team)
    again = open_knowledge_base(data_dir, backup=False)
    later = Agent(again, team, "Ana")  # the next start, folder back
    assert later.publisher.agent_folder() == ana.publisher.agent_folder()
    assert [line["kind"] for line in later.history()] == ["hold"]
    assert later.outbox() == 0
    later.publisher.close()
    again.database.close()


def test_a_line_cut_short_is_skipped_and_spoils_nothing_after_it(
    kb: KnowledgeBase, team: Path
) -> None:
    ana, path = _one_finished_hold(kb, team)
    with path.open("ab") as stream:
        stream.write(b'{"kind":"hold","key":"hold:9')  # the share went away mid-write
    reader = HistoryFiles(team)
    reader.read(ana.folder.name, datetime.now(UTC).date())
    assert len(list(reader.records(ana.folder.name))) == 1  # the half line waits, unread

    ana.desk.start_hold()
    ana.desk.end_hold()
    ana.settle()
    reader.read(ana.folder.name, datetime.now(UTC).date())
    holds = [r["hold"] for r in reader.records(ana.folder.name)]
    assert holds == [1, 2]  # the torn line skipped, the next one whole
    assert path.read_bytes().count(b"\n") == 3


def test_a_line_sent_twice_counts_once(kb: KnowledgeBase, team: Path) -> None:
    ana, path = _one_finished_hold(kb, team)
    path.write_bytes(path.read_bytes() * 2)  # written, then the program stopped before noting it
    holds = read_team_holds(team, None, datetime.now(UTC)).holds
    assert len(holds) == 1


def test_the_history_is_read_from_where_the_last_read_stopped(
    kb: KnowledgeBase, team: Path
) -> None:
    ana = Agent(kb, team, "Ana")
    for _ in range(20):
        ana.desk.start_hold()
        ana.desk.end_hold()
    ana.settle()
    reader = HistoryFiles(team)
    reader.read(ana.folder.name, datetime.now(UTC).date())
    first = reader.bytes_read
    [path] = ana.folder.glob("history-*.jsonl")
    assert first == path.stat().st_size
    reader.read(ana.folder.name, datetime.now(UTC).date())
    assert reader.bytes_read == first  # nothing new, nothing read
    before = path.stat().st_size
    ana.desk.start_hold()
    ana.desk.end_hold()
    ana.settle()
    reader.read(ana.folder.name, datetime.now(UTC).date())
    assert reader.bytes_read - first == path.stat().st_size - before  # only the new line
    assert len(list(reader.records(ana.folder.name))) == 21


def test_a_refresh_reads_only_the_state_files_that_changed(
    desks: Callable[[], KnowledgeBase], team: Path
) -> None:
    agents = [Agent(desks(), team, name) for name in ("Ana", "Ben", "Cleo")]
    states = StateFiles(team)
    first = states.refresh()
    assert len(first.changed) == 3 and first.looked_at == 3
    assert states.refresh().changed == ()
    agents[1].desk.start_call()
    agents[1].settle()
    again = states.refresh()
    assert again.changed == (agents[1].folder.name,) and again.looked_at == 3
    by_folder = {s.folder: s.state for s in again.sightings}
    assert by_folder[agents[1].folder.name].activity is Activity.CALL


def test_the_team_report_lists_every_hold_with_its_agent_and_the_running_one(
    desks: Callable[[], KnowledgeBase], team: Path
) -> None:
    ana, ben = Agent(desks(), team, "Ana"), Agent(desks(), team, "Ben")
    ana.desk.start_hold()
    ana.desk.end_hold()
    ben.desk.start_hold()
    ben.desk.check_in()  # still running: its check-in is published, the hold not yet
    for agent in (ana, ben):
        agent.settle()
    now = datetime.now(UTC)
    read = read_team_holds(team, None, now)
    assert [(h.agent, h.status) for h in read.holds] == [("Ana", "ended"), ("Ben", RUNNING)]
    assert len(read.holds[1].hold.check_ins) == 1
    later = read_team_holds(team, None, now + timedelta(minutes=5))  # Ben's program went quiet
    assert later.holds[1].status == CUT
    since = read_team_holds(team, now + timedelta(seconds=1), now).holds
    assert since == []


def test_the_floor_reads_today_and_the_running_hold(
    desks: Callable[[], KnowledgeBase], team: Path
) -> None:
    ana, ben = Agent(desks(), team, "Ana"), Agent(desks(), team, "Ben")
    ana.desk.start_hold()
    ana.desk.check_in()
    ana.desk.end_hold()
    ben.desk.start_hold()
    for agent in (ana, ben):
        agent.settle()
    floor = TeamFloor(team)
    update = floor.refresh()
    assert update.agents == 2 and update.states_read == 2
    by = {(row.by, row.agent, row.campaign): row for row in update.today}
    assert by[("agent", "Ana", "")].holds == 1 and by[("agent", "Ana", "")].on_time == 1
    assert by[("agent", "Ben", "")].holds == 1  # running, counted up to now
    assert by[("campaign", "", "builtin/collections")].holds == 2
    assert by[("all", "", "")].holds == 2
    assert floor.refresh().states_read == 0


def test_two_agents_of_the_same_name_never_share_a_folder(
    desks: Callable[[], KnowledgeBase], team: Path
) -> None:
    first, second = Agent(desks(), team, "María José"), Agent(desks(), team, "María José")
    assert first.publisher.agent_folder().startswith("mar-a-jos-")
    assert second.publisher.agent_folder() != first.publisher.agent_folder()
    # The name stays when the display name changes: the history stays together.
    before = second.publisher.agent_folder()
    second.publisher.configure(TeamConfig(True, team, "Majo"))
    second.settle()
    assert second.publisher.agent_folder() == before
    assert second.state().agent == "Majo"


def test_switching_publishing_off_signs_out_and_shares_nothing_more(
    kb: KnowledgeBase, team: Path
) -> None:
    ana = Agent(kb, team, "Ana")
    ana.publisher.configure(ana.config._replace(publish=False))
    ana.settle()
    assert ana.state().activity is Activity.SIGNED_OUT
    ana.desk.start_hold()
    ana.desk.end_hold()
    ana.settle()
    assert ana.history() == [] and ana.outbox() == 0
    assert ana.publisher.status is PublishStatus.OFF


# ---------------------------------------------------------------- settings and policy


def _policy(tmp_path: Path, text: str) -> Policy:
    path = tmp_path / "policy.ini"
    path.write_text(text, encoding="utf-8")
    return load_policy(path)


def test_the_team_folder_defaults_to_a_team_folder_inside_the_pack_folder(tmp_path: Path) -> None:
    config = team_config(Policy(), publish=True, folder="", display_name="", pack_folder="/srv/p")
    assert config.folder == Path("/srv/p/team") and config.display_name  # the user's name
    none = team_config(Policy(), publish=True, folder="", display_name="", pack_folder="")
    assert none.folder is None


def test_the_it_policy_wins_over_the_agents_team_settings(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AA_TEST_USER", "jdoe")
    policy = _policy(
        tmp_path,
        "[packs]\nfolder = /srv/packs\n[team]\npublish = yes\nfolder = /srv/team\n"
        "display_name = $AA_TEST_USER\n",
    )
    config = team_config(policy, publish=False, folder="/mine", display_name="Me", pack_folder="")
    assert config == TeamConfig(
        True, Path("/srv/team"), "jdoe", frozenset({"publish", "folder", "display_name"})
    )
    only_packs = _policy(tmp_path, "[packs]\nfolder = /srv/packs\n[team]\npublish = off\n")
    config = team_config(only_packs, publish=True, folder="", display_name="Me", pack_folder="")
    assert config == TeamConfig(False, Path("/srv/packs/team"), "Me", frozenset({"publish"}))
    bad = _policy(tmp_path, "[team]\npublish = sometimes\n")
    assert bad.team_publish is None and "sometimes" in bad.ignored[0]


def test_a_display_name_is_taken_on_one_line_and_cut_wherever_it_is_set(
    tmp_path: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AGENT_ASSISTANT_POLICY", str(data_dir / "no-policy.ini"))
    long = "Ana \u202eevil\t" + "y" * 300
    (data_dir / "settings.ini").write_text(f"[team]\ndisplay_name={long}\n", encoding="utf-8")
    assert read_team_config(data_dir).display_name == "Ana evil " + "y" * (MAX_NAME_CHARS - 9)
    monkeypatch.setenv("AA_TEST_USER", "\u202ejdoe" + "z" * 100)
    policy = _policy(tmp_path, "[team]\ndisplay_name = $AA_TEST_USER\n")  # %...% on Windows
    config = team_config(policy, publish=True, folder="", display_name="Me", pack_folder="")
    assert config.display_name == "jdoe" + "z" * (MAX_NAME_CHARS - 4)
    assert config.locked == frozenset({"display_name"})
    # A policy's name of nothing but controls sets nothing: the agent's own stands.
    controls = _policy(tmp_path, "[team]\ndisplay_name = \u202e\u200b\n")
    config = team_config(controls, publish=True, folder="", display_name="Me", pack_folder="")
    assert config.display_name == "Me" and config.locked == frozenset()


def test_the_command_line_reads_the_team_settings_the_window_wrote(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from assistant.settings import Settings

    monkeypatch.setenv("AGENT_ASSISTANT_POLICY", str(data_dir / "no-policy.ini"))
    settings = Settings(data_dir)
    settings.team_publish = True
    settings.team_folder = r"\\fileserver\call centre; floor 2\team"  # escaped by QSettings
    settings.team_display_name = "Ana, team B"
    config = read_team_config(data_dir)
    assert config.publish
    assert config.folder == Path(r"\\fileserver\call centre; floor 2\team")
    assert config.display_name == "Ana, team B"


def test_whatever_someone_drops_in_the_shared_folder_is_read_safely(
    desks: Callable[[], KnowledgeBase],
    team: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    ana, ben = Agent(desks(), team, "Ana"), Agent(desks(), team, "Ben")
    for _ in range(3):
        ana.desk.start_hold()
        ana.desk.check_in()
        ana.desk.end_hold()
    ana.settle()
    # Someone writes a huge "state" into Ben's folder, and junk into Ana's history.
    (ben.folder / STATE_FILE).write_bytes(b"{" + b" " * 200_000 + b"}")
    [history] = ana.folder.glob("history-*.jsonl")
    with history.open("ab") as stream:
        stream.write(b"not json\n\xff\xfe\n[1,2]\n{}\n" + b'{"kind":"hold","key":"x"}\n')
    (team / "stray-file.txt").write_text("not an agent")
    read = StateFiles(team).refresh()
    assert [s.state.agent for s in read.sightings] == ["Ana"]
    assert "too large" in caplog.text
    holds = read_team_holds(team, None, datetime.now(UTC)).holds
    assert [h.hold.id for h in holds] == [1, 2, 3]  # the junk lines skipped
    # The junk is named (the first line, and how many more): lines not in the program's own
    # form are decoded, not passed over unread.
    assert f"{history}:7: not a line of JSON" in caplog.text
    assert "the line is skipped, and 4 more after it" in caplog.text
    # Read in small pieces, the history gives the same.
    monkeypatch.setattr("assistant.services.floor.READ_CHUNK", 7)
    reader = HistoryFiles(team)
    reader.read(ana.folder.name, datetime.now(UTC).date())
    assert [r["hold"] for r in reader.records(ana.folder.name) if r["kind"] == "hold"] == [1, 2, 3]
    assert reader.bytes_read == history.stat().st_size


def test_a_state_that_cannot_be_is_refused_once_per_change_and_an_odd_name_kept(
    desks: Callable[[], KnowledgeBase], team: Path, caplog: pytest.LogCaptureFixture
) -> None:
    ana = Agent(desks(), team, "Ana")
    ana.desk.start_hold()
    ana.settle()
    now = datetime.now(UTC)
    (team / "odd").mkdir()
    odd = team / "odd" / STATE_FILE
    odd.write_bytes(odd_state(now))
    states = StateFiles(team, lambda: now)
    read = states.refresh()
    assert [s.state.agent for s in read.sightings] == ["Ana"]  # the 2099 hold is not counted
    assert f"{odd} is refused: its hold starts at 2099-01-01T00:00:00.000+00:00" in caplog.text
    caplog.clear()
    assert states.refresh().changed == () and caplog.text == ""  # logged once, not each look
    # A hold that can be, with a negative interval: refused too, logged again (a new state).
    # (Each state replaces the last, as an agent's program writes it.)
    write_atomic(odd, odd_state(now, hold_started_at=iso(now - timedelta(seconds=60))))
    states.refresh()
    assert "is refused: its check-in interval, -5 s, is not one from 10 to 120 s" in caplog.text
    # The same with an interval a campaign can have: read, the name kept as written.
    write_atomic(
        odd, odd_state(now, hold_started_at=iso(now - timedelta(seconds=60)), check_in_seconds=90)
    )
    mallory = states.refresh().sightings
    assert [s.state.agent[:13] for s in mallory] == ["Ana", "Mallory \u202elive"]
    assert len(mallory[1].state.agent) == 300
    # Then impossible again: what was read last stays (and goes grey when it is not renewed).
    write_atomic(
        odd,
        odd_state(
            now,
            hold_started_at=iso(now - timedelta(seconds=60)),
            check_in_seconds=90,
            call_started_at="2099-01-01T00:00:00.000+00:00",
        ),
    )
    caplog.clear()
    assert states.refresh().sightings == mallory
    assert "is refused: its call starts at 2099" in caplog.text


def _one_finished_hold(kb: KnowledgeBase, team: Path) -> tuple[Agent, Path]:
    """Ana, with one finished hold published: her agent and her history file."""
    ana = Agent(kb, team, "Ana")
    ana.desk.start_hold()
    ana.desk.end_hold()
    ana.settle()
    [path] = ana.folder.glob("history-*.jsonl")
    return ana, path


def hold_line(**fields: object) -> bytes:
    """A finished hold's line as the program writes it, with ``fields`` changed."""
    at = datetime.now(UTC).replace(microsecond=0).isoformat()
    record = {
        "kind": "hold", "key": f"hold:9:{at}", "agent": "Ana", "hold": 9, "started_at": at,
        "ended_at": at, "campaign": "builtin/collections", "check_in_seconds": 90,
        "status": "ended", "call": None, "check_ins": [],
    }  # fmt: skip
    return encode_line({**record, **fields})


def warnings(caplog: pytest.LogCaptureFixture) -> list[str]:
    messages = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    caplog.clear()
    return messages


def test_a_line_that_cannot_be_used_is_named_by_its_file_line_and_field(
    kb: KnowledgeBase, team: Path, caplog: pytest.LogCaptureFixture
) -> None:
    # It said "a line of evil-1 cannot be used: Invalid isoformat string: 'garbage'": not
    # which file, which line or which field.
    ana, path = _one_finished_hold(kb, team)
    at = ana.time.wall().isoformat()
    cases = {
        hold_line(started_at="garbage"): "started_at: 'garbage' is not a time",
        hold_line(started_at="2026-12-04T09:00:00"): "started_at: '2026-12-04T09:00:00' is "
        "not a time",
        hold_line(hold="9"): "hold: '9' is not a whole number",
        hold_line(hold=1e999): "hold: inf is not a whole number",  # int() raised OverflowError
        hold_line(check_in_seconds=None): "check_in_seconds: missing",
        hold_line(call=True): "call: True is not a whole number",
        hold_line(key=7): "key: 7 is not text",
        hold_line(check_ins={"at": 1}): "check_ins: {'at': 1} is not a list",
        hold_line(check_ins=[{"at": "x", "due_at": "y", "late_s": 1}]): "check_ins[0].at: 'x' "
        "is not a time",
        hold_line(check_ins=[{"at": at, "due_at": at, "late_s": float("nan")}]): "check_ins[0]"
        ".late_s: nan is not a number",
        hold_line(started_at="\u202eevil\nline"): "started_at: '\\u202eevil\\nline' is not a time",
        b'{"kind":"hold","key":"hold:9:2026': NOT_JSON,  # cut short, then the next line
    }  # fmt: skip
    for line, problem in cases.items():
        before = path.read_bytes()
        path.write_bytes(before + line + (b"" if line.endswith(b"\n") else b"\n"))
        holds = read_team_holds(team, None, datetime.now(UTC)).holds
        assert [h.hold.id for h in holds] == [1]  # the line skipped, nothing else lost
        number = before.count(b"\n") + 1
        assert warnings(caplog) == [f"{path}:{number}: {problem}; the line is skipped"]
        path.write_bytes(before)


def test_a_hold_line_that_cannot_be_is_skipped_and_counted_nowhere(
    kb: KnowledgeBase, team: Path, caplog: pytest.LogCaptureFixture
) -> None:
    # Read and counted: a negative interval, a hold in 2099, one that ends before it starts
    # or lasts days, in the reports and the floor's summary (its average, its longest).
    ana, path = _one_finished_hold(kb, team)
    now = datetime.now(UTC).replace(microsecond=0)
    hour, day = timedelta(hours=1), timedelta(days=1)
    later, earlier = now + 13 * hour, now - day - hour
    cases = {
        hold_line(check_in_seconds=-5): "check_in_seconds: -5 is not a check-in interval from "
        "10 to 120 s",
        hold_line(check_in_seconds=3600): "check_in_seconds: 3600 is not a check-in interval "
        "from 10 to 120 s",
        hold_line(started_at=iso(later), ended_at=iso(later)): f"started_at: {iso(later)} is "
        "more than 12 hours ahead of this computer's clock",
        hold_line(started_at="2099-01-01T09:00:00+00:00", ended_at=None): "started_at: "
        "2099-01-01T09:00:00.000+00:00 is more than 12 hours ahead of this computer's clock",
        hold_line(ended_at=iso(now - hour)): f"ended_at: {iso(now - hour)} is before the hold "
        "started (",
        hold_line(started_at=iso(earlier)): f"ended_at: {{end}} is more than 24 hours after "
        f"the hold started ({iso(earlier)})",
        # A check-in early by a negative lateness (the program writes none below 0), or late
        # by more than a hold can last.
        hold_line(check_ins=[{"at": iso(now), "due_at": iso(now), "late_s": -5}]): "check_ins[0]"
        ".late_s: -5 is not a lateness from 0 to 86400 s",
        hold_line(check_ins=[{"at": iso(now), "due_at": iso(now), "late_s": 1e9}]): "check_ins[0]"
        ".late_s: 1e+09 is not a lateness from 0 to 86400 s",
    }  # fmt: skip
    for line, problem in cases.items():
        before = path.read_bytes()
        path.write_bytes(before + line)
        if "{end}" in problem:  # hold_line's end: now, when the line was made
            end = datetime.fromisoformat(json.loads(line)["ended_at"])
            problem = problem.replace("{end}", iso(end))
        holds = read_team_holds(team, None, datetime.now(UTC)).holds
        assert [h.hold.id for h in holds] == [1]  # the line skipped, nothing else lost
        number = before.count(b"\n") + 1
        [logged] = warnings(caplog)
        assert logged.startswith(f"{path}:{number}: {problem}"), logged
        assert logged.endswith("; the line is skipped")
        assert TeamFloor(team).refresh().today[0].holds == 1
        warnings(caplog)
        path.write_bytes(before)
    # The edges are kept: a hold of exactly 24 hours, an interval of 10 s or 120 s.
    for line in (
        hold_line(started_at=iso(now - day), ended_at=iso(now), check_in_seconds=10),
        hold_line(key="hold:8:x", hold=8, check_in_seconds=120),
    ):
        path.write_bytes(path.read_bytes() + line)
    assert sorted(h.hold.id for h in read_team_holds(team, None, datetime.now(UTC)).holds) == [
        1, 8, 9
    ]  # fmt: skip
    assert warnings(caplog) == []


def test_a_flood_of_lines_that_cannot_be_used_is_logged_once_per_file_and_read(
    kb: KnowledgeBase, team: Path, caplog: pytest.LogCaptureFixture
) -> None:
    ana, path = _one_finished_hold(kb, team)
    with path.open("ab") as stream:
        stream.write(hold_line(started_at="garbage") * 5000)
    floor = TeamFloor(team)
    assert floor.refresh().today[0].holds == 1
    expected = f"{path}:2: started_at: 'garbage' is not a time; the line is skipped, and 4999 more"
    assert warnings(caplog) == [expected + " after it"]
    for _ in range(3):
        floor.refresh(sweep=True)  # every agent's history again: nothing new, nothing logged
    assert warnings(caplog) == []
    # Appended lines are read from where the last read stopped, and numbered on from there.
    ana.desk.start_hold()
    ana.desk.end_hold()
    ana.settle()
    with path.open("ab") as stream:
        stream.write(hold_line(hold=-1.5) + hold_line(hold=None))
    assert floor.refresh(sweep=True).today[0].holds == 2
    assert warnings(caplog) == [
        f"{path}:5003: hold: -1.5 is not a whole number; the line is skipped, and 1 more after it"
    ]


def test_a_folder_name_with_a_newline_or_a_bidi_override_is_spelt_out_in_the_log(
    kb: KnowledgeBase, team: Path, caplog: pytest.LogCaptureFixture
) -> None:
    ana = Agent(kb, team, "Ana")
    ana.settle()
    odd = team / "evil\n2026-12-04 09:00:00 WARNING forged \u202eeman\u2066"
    odd.mkdir()
    today = datetime.now(UTC).date()
    (odd / f"history-{today.isoformat()}.jsonl").write_bytes(hold_line(hold="x"))
    (odd / STATE_FILE).write_bytes(b"not a state")
    read_team_holds(team, None, datetime.now(UTC))
    logged = warnings(caplog)
    shown = str(team / "evil\\n2026-12-04 09:00:00 WARNING forged \\u202eeman\\u2066")
    assert logged == [
        f"{shown}/{STATE_FILE} cannot be read: not JSON: Expecting value: line 1 column 1 (char 0)",
        f"{shown}/history-{today.isoformat()}.jsonl:1: hold: 'x' is not a whole number; the "
        "line is skipped",
    ]
    assert not any(c in "".join(logged) for c in "\n\u202e\u2066")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes")
def test_a_named_pipe_or_a_link_in_the_team_folder_is_passed_over_never_waited_on(
    desks: Callable[[], KnowledgeBase],
    team: Path,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    # A team folder is written by every agent: a named pipe planted as a state or a history
    # file once hung the floor and `report holds --team` for good (the open waited for a
    # writer), and a link led the reader to a file outside the folder.
    ana, ben, cleo = (Agent(desks(), team, name) for name in ("Ana", "Ben", "Cleo"))
    ana.desk.start_hold()
    ana.desk.end_hold()
    ana.settle()
    today = datetime.now(UTC).date()
    ben_state = ben.folder / STATE_FILE
    ben_state.unlink()
    os.mkfifo(ben_state)
    os.mkfifo(ben.folder / f"history-{today.isoformat()}.jsonl")
    secret = tmp_path / "elsewhere.json"
    secret.write_bytes((cleo.folder / STATE_FILE).read_bytes())
    (cleo.folder / STATE_FILE).unlink()
    (cleo.folder / STATE_FILE).symlink_to(secret)
    [history] = ana.folder.glob("history-*.jsonl")
    linked = cleo.folder / history.name
    linked.symlink_to(history)  # Ana's holds, again, as Cleo's

    seen: dict[str, object] = {}

    def read() -> None:
        seen["states"] = [s.state.agent for s in StateFiles(team).refresh().sightings]
        seen["holds"] = [h.agent for h in read_team_holds(team, None, datetime.now(UTC)).holds]
        seen["floor"] = [s.state.agent for s in TeamFloor(team).refresh().sightings]

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    reader.join(20)
    assert not reader.is_alive(), "a named pipe in the team folder hung the reader"
    assert seen == {"states": ["Ana"], "holds": ["Ana"], "floor": ["Ana"]}
    assert f"{ben_state} is passed over: it is not a regular file" in caplog.text
    assert f"{cleo.folder / STATE_FILE} is passed over: it is a link" in caplog.text
    assert f"{linked} is passed over: it is a link" in caplog.text


def test_what_a_crash_left_open_and_the_next_start_ended_reaches_the_team_folder(
    data_dir: Path, team: Path
) -> None:
    kb = open_knowledge_base(data_dir, backup=False)
    ana = Agent(kb, team, "Ana")
    activity = ana.services.activity
    # A crash left a call and two holds open (the older one from an earlier call's mess).
    older = activity.log_hold_start(ana.time.wall(), COLLECTIONS, 90)
    ana.time.seconds += 30
    call = ana.desk.start_call()
    ana.desk.start_hold()
    ana.settle()
    ana.publisher.close(timeout=5)
    kb.database.close()  # no end written: the crash

    again = open_knowledge_base(data_dir, backup=False)
    later = Agent(again, team, "Ana", ana.time)
    later.time.seconds += 60
    resumed = later.desk.resume_after_restart()
    later.settle()
    assert resumed is not None and later.desk.call.call_id == call.call_id  # asked about
    [line] = later.history()  # the older hold, ended now and marked interrupted
    assert line["kind"] == "hold" and line["hold"] == older
    assert line["status"] == "interrupted" and line["campaign"] == "builtin/collections"
    # The resumed hold and its call end as the agent says; then their lines follow.
    later.desk.end_call()
    later.settle()
    assert [h["kind"] for h in later.history()] == ["hold", "hold", "call"]
    assert later.outbox() == 0
    later.publisher.close()
    again.database.close()


def test_a_call_a_crash_left_open_without_a_hold_is_ended_and_published(
    data_dir: Path, team: Path
) -> None:
    kb = open_knowledge_base(data_dir, backup=False)
    ana = Agent(kb, team, "Ana")
    call = ana.desk.start_call()
    ana.settle()
    ana.publisher.close(timeout=5)
    kb.database.close()

    again = open_knowledge_base(data_dir, backup=False)
    later = Agent(again, team, "Ana", ana.time)
    assert later.desk.resume_after_restart() is None  # no hold: nothing to ask
    later.settle()
    [line] = later.history()
    assert line["kind"] == "call" and line["call"] == call.call_id
    later.publisher.close()
    again.database.close()
