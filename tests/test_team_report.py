"""``report holds --team`` and ``report summary [--team]``: every agent's published holds
with the right agent, and hold discipline per agent and per campaign."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from assistant.cli import main
from assistant.core.model import Ref
from assistant.core.team import STATE_FILE, Activity, AgentState, encode_line, history_name
from assistant.services.opening import open_knowledge_base
from assistant.services.team import hold_record
from assistant.store.activity import HoldRow
from assistant.store.knowledge import KnowledgeBase
from tests.conftest import services_for
from tests.teamwork import Agent


@pytest.fixture
def supervisor(tmp_path: Path, team: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A supervisor's data folder whose settings.ini names the team folder (no IT policy)."""
    monkeypatch.setenv("AGENT_ASSISTANT_POLICY", str(tmp_path / "no-policy.ini"))
    folder = tmp_path / "supervisor"
    folder.mkdir()
    (folder / "settings.ini").write_text(f"[team]\nfolder={team.as_posix()}\n", encoding="utf-8")
    return folder


@pytest.fixture
def shift(desks: Callable[[], KnowledgeBase], team: Path) -> dict[str, Agent]:
    """Three agents' morning: Ana checks in late once, Ben forgets to, Cleo is on hold now."""
    ana, ben, cleo = (Agent(desks(), team, name) for name in ("Ana", "Ben", "Cleo"))
    ana.desk.start_hold()
    ana.time.seconds += 30
    ana.desk.end_hold()
    ana.desk.start_hold()
    ana.time.seconds += 100  # the point was at 90 s: 10 s late
    ana.desk.check_in()
    ana.time.seconds += 50
    ana.desk.end_hold()
    ben.time.seconds += 60
    ben.desk.start_call()
    ben.desk.start_hold()
    ben.time.seconds += 200  # no check-in: 110 s past the point
    ben.desk.end_call()
    cleo.time.seconds += 600
    cleo.desk.start_hold()
    cleo.time.seconds += 5
    cleo.desk.check_in()
    for agent in (ana, ben, cleo):
        agent.settle()
    return {"Ana": ana, "Ben": ben, "Cleo": cleo}


def report(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    capsys.readouterr()
    assert main(list(argv)) == 0, capsys.readouterr().err
    return capsys.readouterr().out


def published(team: Path, folder: str, name: str, **fields: object) -> None:
    """An agent's folder as its program writes it: an idle state, and one finished hold of
    30 s (its line's ``fields`` changed as given), as anyone who can write the folder can."""
    now = datetime.now(UTC).replace(microsecond=0)
    started = now - timedelta(minutes=5)
    ended = started + timedelta(seconds=30)
    row = HoldRow(1, started, ended, Ref("builtin", "collections"), 90, None, "ended", ())
    (team / folder).mkdir()
    (team / folder / STATE_FILE).write_bytes(AgentState(name, Activity.IDLE, now).encode())
    line = encode_line({**hold_record(name, row, "Collections"), **fields})
    (team / folder / history_name(started.date())).write_bytes(line)


def team_report_process(supervisor: Path) -> subprocess.CompletedProcess[str]:
    """`report holds --team` in a process of its own: what it says on each stream."""
    return subprocess.run(
        [sys.executable, "-m", "assistant", "report", "holds", "--team", "--data-dir",
         str(supervisor)],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip


def csv_rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


def test_the_team_report_lists_every_hold_of_every_agent_with_its_agent(
    shift: dict[str, Agent], supervisor: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = report(
        capsys, "report", "holds", "--team", "--format", "json", "--data-dir", str(supervisor)
    )
    rows = json.loads(out)
    assert [(r["agent"], r["id"], r["status"]) for r in rows] == [
        ("Ana", 1, "ended"),
        ("Ana", 2, "ended"),
        ("Ben", 1, "ended"),
        ("Cleo", 1, "running"),  # on hold now, its check-in so far
    ]
    assert rows[1]["late_check_ins"] == 1 and rows[1]["max_late_s"] == 10.0
    assert rows[2]["overdue_at_end_s"] == 110.0 and rows[2]["call_id"] == 1
    assert rows[3]["check_ins"] == 1 and rows[3]["ended_at"] is None
    assert all(r["campaign"] == "builtin/collections" for r in rows)

    text = report(capsys, "report", "holds", "--team", "--data-dir", str(supervisor))
    table = list(csv.DictReader(io.StringIO(text)))
    assert text.startswith("agent,id,started_at,ended_at,duration_s,campaign,")
    assert [r["agent"] for r in table] == ["Ana", "Ana", "Ben", "Cleo"]
    assert table[3]["ended_at"] == ""


def test_since_leaves_out_older_holds(
    shift: dict[str, Agent], supervisor: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    later = shift["Ana"].time.wall().isoformat()  # after Ana's holds started
    out = report(
        capsys, "report", "holds", "--team", "--since", later, "--format", "json",
        "--data-dir", str(supervisor),
    )  # fmt: skip
    assert {r["agent"] for r in json.loads(out)} <= {"Ben", "Cleo"}


def test_the_team_summary_per_agent_per_campaign_and_for_everyone(
    shift: dict[str, Agent], supervisor: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = report(
        capsys, "report", "summary", "--team", "--format", "json", "--data-dir", str(supervisor)
    )
    rows = {(r["by"], r["agent"], r["campaign"]): r for r in json.loads(out)}
    ana = rows[("agent", "Ana", "")]
    assert ana["holds"] == 2 and ana["longest_s"] == 150.0 and ana["average_s"] == 90.0
    assert ana["check_ins"] == 1 and ana["on_time_percent"] == 0.0
    assert ana["overdue_s"] == 10.0  # the late check-in
    ben = rows[("agent", "Ben", "")]
    assert ben["holds"] == 1 and ben["overdue_s"] == 110.0 and ben["on_time_percent"] is None
    cleo = rows[("agent", "Cleo", "")]
    assert cleo["holds"] == 1 and cleo["on_time_percent"] == 100.0
    assert rows[("campaign", "", "builtin/collections")]["holds"] == 4
    assert rows[("all", "", "")]["holds"] == 4
    text = report(capsys, "report", "summary", "--team", "--data-dir", str(supervisor))
    header = "by,agent,campaign,holds,average_s,longest_s,check_ins,on_time_percent,overdue_s"
    assert text.splitlines()[0] == header


def test_an_agents_own_summary_needs_no_team_folder(
    data_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AGENT_ASSISTANT_POLICY", str(data_dir / "no-policy.ini"))
    (data_dir / "settings.ini").write_text("[team]\ndisplay_name=Dana\n", encoding="utf-8")
    kb = open_knowledge_base(data_dir, backup=False)
    desk = services_for(kb).desk
    desk.start_hold()
    desk.end_hold()
    kb.database.close()
    out = report(capsys, "report", "summary", "--format", "json", "--data-dir", str(data_dir))
    rows = json.loads(out)
    assert [(r["by"], r["agent"], r["holds"]) for r in rows] == [
        ("agent", "Dana", 1),
        ("campaign", "", 1),
        ("all", "", 1),
    ]


def test_no_team_folder_or_an_unreachable_one_is_said_plainly(
    tmp_path: Path, supervisor: Path, team: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    team.rename(tmp_path / "elsewhere")
    assert main(["report", "holds", "--team", "--data-dir", str(supervisor)]) == 1
    err = capsys.readouterr().err
    assert f"The team folder {team} cannot be read" in err and "reachable" in err
    (supervisor / "settings.ini").write_text("", encoding="utf-8")
    assert main(["report", "summary", "--team", "--data-dir", str(supervisor)]) == 1
    assert "no team folder is set" in capsys.readouterr().err


FORMULAS = {
    "eq": "=1+2",
    "plus": "+1+2",
    "minus": "-2+3",
    "at": "@SUM(1+1)*cmd|' /C calc'!A0",
    "tab": "\t=1+2",
    "cr": "\r=1+2",
}
# How the CSV writes each: a ' in front, and after a tab or a carriage return in it too (a
# spreadsheet that splits the cell there would run the rest).
WRITTEN = {text: "'" + text for text in FORMULAS.values()} | {
    "\t=1+2": "'\t'=1+2",
    "\r=1+2": "'\r'=1+2",
}


def test_a_name_or_campaign_a_spreadsheet_would_run_is_written_as_text_in_the_csv(
    team: Path, supervisor: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Display names are free text, and anyone who can write the team folder can write a
    # line: "@SUM(1+1)*cmd|' /C calc'!A0,5,..." reached the CSV as it was, a formula that
    # starts a program in a spreadsheet.
    for folder, text in FORMULAS.items():
        published(team, folder, text, campaign="=cmd|'/c calc'!A1", status=text)
    published(team, "plain", "Ana", hold=-30)  # a hold id: an interval so is refused
    data = ("--data-dir", str(supervisor))
    holds = csv_rows(report(capsys, "report", "holds", "--team", *data))
    by_name = {r["agent"]: r for r in holds}
    assert set(by_name) == set(WRITTEN.values()) | {"Ana"}
    for written in WRITTEN.values():
        row = by_name[written]
        assert row["status"] == written
        assert row["campaign"] == "'=cmd|'/c calc'!A1"
        assert row["duration_s"] == "30.0" and row["id"] == "1"  # numbers as they are
    assert by_name["Ana"]["id"] == "-30"  # a number, even negative
    assert by_name["Ana"]["campaign"] == "builtin/collections"
    summary = csv_rows(report(capsys, "report", "summary", "--team", *data))
    agents = {r["agent"] for r in summary if r["by"] == "agent"}
    assert agents == set(WRITTEN.values()) | {"Ana"}
    campaigns = {r["campaign"] for r in summary if r["by"] == "campaign"}
    assert campaigns == {"'=cmd|'/c calc'!A1", "builtin/collections"}
    # JSON is data, not a spreadsheet: every value exactly as written.
    rows = json.loads(report(capsys, "report", "holds", "--team", "--format", "json", *data))
    assert {r["agent"] for r in rows} == set(FORMULAS.values()) | {"Ana"}
    assert {r["campaign"] for r in rows} == {"=cmd|'/c calc'!A1", "builtin/collections"}
    summed = json.loads(report(capsys, "report", "summary", "--team", "--format", "json", *data))
    assert {r["agent"] for r in summed if r["by"] == "agent"} == set(FORMULAS.values()) | {"Ana"}


def test_a_formula_after_a_semicolon_runs_in_no_reading_of_the_csv(
    team: Path, supervisor: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Excel in Spain splits a CSV at ';': a name 'Ana;=1+2', written bare, was read as the
    # cells 'Ana' and '=1+2', and a campaign in a later column as '=cmd|...,...', then run.
    published(team, "ana", "Ana;=1+2", campaign="Ventas;=cmd|' /C calc'!A0", status="x\t@SUM(1)")
    published(team, "ben", "Ben", campaign="acme/cobros;+1;-2")
    data = ("--data-dir", str(supervisor))
    for kind in ("holds", "summary"):
        text = report(capsys, "report", kind, "--team", *data)
        for separator in (",", ";", "\t"):
            rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=separator))
            ran = [c for row in rows for c in row if c.startswith(("=", "+", "-", "@"))]
            assert ran == [], (separator, text)
        cells = {cell for row in csv_rows(text) for cell in row.values()}
        assert {"Ana;'=1+2", "Ventas;'=cmd|' /C calc'!A0", "acme/cobros;'+1;'-2"} <= cells
    lines = report(capsys, "report", "holds", "--team", *data).splitlines()
    assert lines[1].startswith('"Ana;\'=1+2",1,') and lines[2].startswith("Ben,1,")


def test_an_agents_own_name_a_spreadsheet_would_run_is_written_as_text(
    data_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AGENT_ASSISTANT_POLICY", str(data_dir / "no-policy.ini"))
    name = "@SUM(1+1)*cmd|' /C calc'!A0"
    (data_dir / "settings.ini").write_text(f"[team]\ndisplay_name={name}\n", encoding="utf-8")
    kb = open_knowledge_base(data_dir, backup=False)
    desk = services_for(kb).desk
    desk.start_hold()
    desk.end_hold()
    kb.database.close()
    out = report(capsys, "report", "summary", "--data-dir", str(data_dir))
    assert [(r["by"], r["agent"]) for r in csv_rows(out)][0] == ("agent", "'" + name)
    holds = csv_rows(report(capsys, "report", "holds", "--data-dir", str(data_dir)))
    assert [r["id"] for r in holds] == ["1"]


def test_a_long_name_or_one_with_a_newline_or_a_bidi_override_stays_one_row_whole(
    team: Path, supervisor: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    names = ["Ann\nie", "Ann\rie", "Ben\t\u202eevil\u2066", "C" * 300]
    for number, name in enumerate(names):
        published(team, f"odd-{number}", name)
    data = ("--data-dir", str(supervisor))
    holds = csv_rows(report(capsys, "report", "holds", "--team", *data))
    assert sorted(r["agent"] for r in holds) == sorted(names)  # the data kept, one row each
    assert all(r["id"] == "1" and r["duration_s"] == "30.0" for r in holds)
    summary = csv_rows(report(capsys, "report", "summary", "--team", *data))
    assert sorted(r["agent"] for r in summary if r["by"] == "agent") == sorted(names)
    rows = json.loads(report(capsys, "report", "holds", "--team", "--format", "json", *data))
    assert sorted(r["agent"] for r in rows) == sorted(names)


def test_a_line_that_cannot_be_used_is_named_on_standard_error_and_the_rest_reported(
    team: Path, supervisor: Path
) -> None:
    published(team, "ana-1", "Ana")
    published(team, "ben-2", "Ben")
    [history] = (team / "ben-2").glob("history-*.jsonl")
    record = json.loads(history.read_bytes())
    with history.open("ab") as stream:
        for number in range(3):
            stream.write(encode_line({**record, "key": f"k{number}", "started_at": "garbage"}))
    result = team_report_process(supervisor)
    assert result.returncode == 0, result.stderr
    assert result.stderr == (
        f"{history}:2: started_at: 'garbage' is not a time; the line is skipped, and 2 more "
        "after it\n"
    )
    assert sorted(r["agent"] for r in csv_rows(result.stdout)) == ["Ana", "Ben"]


def test_a_line_mended_by_hand_is_read_and_junk_is_named(team: Path, supervisor: Path) -> None:
    """A line written with spaces (jq, Python's json.dumps) was passed over without a word,
    as the program's own lines of other kinds are: its hold was missing from the report."""
    published(team, "ben-2", "Ben")
    [history] = (team / "ben-2").glob("history-*.jsonl")
    record = json.loads(history.read_bytes())
    with history.open("ab") as stream:
        stream.write((json.dumps({**record, "key": "by-hand", "agent": "Bea"}) + "\n").encode())
        stream.write(b"not json at all\n")
        stream.write((json.dumps({"kind": "call", "key": "c1"}) + "\n").encode())
    result = team_report_process(supervisor)
    assert result.returncode == 0, result.stderr
    assert sorted(r["agent"] for r in csv_rows(result.stdout)) == ["Bea", "Ben"]
    assert result.stderr.startswith(f"{history}:3: not a line of JSON")
