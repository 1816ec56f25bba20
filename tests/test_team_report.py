"""``report holds --team`` and ``report summary [--team]``: every agent's published holds
with the right agent, and hold discipline per agent and per campaign."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from assistant.cli import main
from assistant.services.opening import open_knowledge_base
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
