"""The command line contract: output, exit codes (0 ok, 1 user error, 2 usage), data folder."""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from assistant.cli import build_parser, main
from assistant.commands import as_dict
from assistant.core.model import CampaignType, Direction, Reach, Ref
from assistant.store.rows import CampaignRow, CheckReport, FileCheck, PackInfo, PersonaRow
from tests.conftest import PACKS


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "assistant", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=full_env,
        stdin=subprocess.DEVNULL,
        check=False,
    )


def test_smoke_test_prints_one_json_line_with_the_content_counts(data_dir: Path) -> None:
    result = run("--data-dir", str(data_dir), "--smoke-test")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 1
    report = json.loads(lines[0])
    assert report["campaigns"] >= 16
    assert report["personas"] >= 11
    assert report["phrases"] >= 180
    assert report["search_results"] > 0
    assert report["startup_ms"] > 0 and report["search_ms"] >= 0
    assert re.match(r"^\d+\.\d+", report["version"])
    assert (data_dir / "knowledge.db").exists() and (data_dir / "activity.db").exists()


def test_the_environment_variable_chooses_the_data_folder(tmp_path: Path) -> None:
    folder = tmp_path / "from-env"
    result = run("db", "check", env={"AGENT_ASSISTANT_DATA_DIR": str(folder)})
    assert result.returncode == 1
    assert "no knowledge base" in result.stderr and str(folder) in result.stderr
    assert main(["--data-dir", str(folder), "pack", "list"]) == 0
    result = run("db", "check", env={"AGENT_ASSISTANT_DATA_DIR": str(folder)})
    assert result.returncode == 0, result.stderr
    assert ": ok; schema" in result.stdout


def test_db_check_json(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data-dir", str(data_dir), "pack", "list"]) == 0
    capsys.readouterr()
    assert main(["db", "check", "--json", "--data-dir", str(data_dir)]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["ok"] is True and report["problems"] == []
    assert report["counts"]["phrases"] >= 180
    files = report["files"]
    assert [Path(f["path"]).name for f in files] == ["knowledge.db", "activity.db"]
    assert all(f["ok"] and f["schema_version"] == f["latest_version"] for f in files)


_PACK = PackInfo(
    id="acme",
    name="ACME",
    version=3,
    language="en",
    author="Team",
    description='Say "hi" \u00e9',
    builtin=False,
    source="/p/acme.yaml",
    installed_at="2024-05-01T10:00:00+00:00",
    campaigns=2,
    personas=1,
    phrases=4,
)
_PACK_JSON = """[
  {
    "id": "acme",
    "name": "ACME",
    "version": 3,
    "language": "en",
    "author": "Team",
    "description": "Say \\"hi\\" \\u00e9",
    "builtin": false,
    "source": "/p/acme.yaml",
    "installed_at": "2024-05-01T10:00:00+00:00",
    "campaigns": 2,
    "personas": 1,
    "phrases": 4
  }
]"""
_REPORT = CheckReport(
    False,
    9,
    10,
    ("knowledge.db: behind", "activity.db: a; b"),
    {"packs": 1, "phrases": 4},
    (
        FileCheck("/d/knowledge.db", False, 9, 10, ("behind",)),
        FileCheck("/d/activity.db", False, 3, 3, ("a; b",)),
    ),
)
_REPORT_JSON = (
    '{"ok": false, "schema_version": 9, "latest_version": 10, '
    '"problems": ["knowledge.db: behind", "activity.db: a; b"], '
    '"counts": {"packs": 1, "phrases": 4}, '
    '"files": [{"path": "/d/knowledge.db", "ok": false, "schema_version": 9, '
    '"latest_version": 10, "problems": ["behind"], "busy": false}, '
    '{"path": "/d/activity.db", "ok": false, "schema_version": 3, "latest_version": 3, '
    '"problems": ["a; b"], "busy": false}], "busy": false, "writer": ""}'
)


def test_as_dict_keeps_the_json_of_pack_list_and_db_check_exactly() -> None:
    """``pack list --json`` and ``db check --json`` print ``as_dict`` of PackInfo and
    CheckReport records: their JSON, and the structure it is made from, are pinned here."""
    assert json.dumps([as_dict(_PACK)], indent=2) == _PACK_JSON  # as pack list --json
    assert json.dumps(as_dict(_REPORT)) == _REPORT_JSON  # as db check --json
    report = as_dict(_REPORT)
    assert type(report) is dict and type(report["counts"]) is dict
    assert report["counts"] is not _REPORT.counts  # a copy
    assert type(report["problems"]) is tuple and type(report["files"]) is tuple
    assert [type(f) for f in report["files"]] == [dict, dict]
    assert report["files"][0] == {
        "path": "/d/knowledge.db",
        "ok": False,
        "schema_version": 9,
        "latest_version": 10,
        "problems": ("behind",),
        "busy": False,
    }
    assert as_dict(CheckReport(True, 1, 1, (), {}))["files"] == ()  # the default


def test_as_dict_keeps_a_ref_a_tuple_and_enums_as_they_are() -> None:
    """A Ref in a record stays a Ref (a JSON list), as ``dataclasses.asdict`` left it."""
    row = PersonaRow(
        Ref("acme", "angry"), "Angry", ("loud",), (), (), (Ref("acme", "a"), Ref("b", "c"))
    )
    flat = as_dict(row)
    assert type(flat["ref"]) is Ref and flat["ref"] == Ref("acme", "angry")
    assert type(flat["phrases"]) is tuple and [type(r) for r in flat["phrases"]] == [Ref, Ref]
    assert json.dumps(flat) == (
        '{"ref": ["acme", "angry"], "name": "Angry", "signs": ["loud"], "tips": [], '
        '"avoid": [], "phrases": [["acme", "a"], ["b", "c"]]}'
    )
    campaign = CampaignRow(
        Ref("acme", "c"), "C", CampaignType.SALES, Direction.OUTBOUND, Reach.DOMESTIC, "", 60, None
    )
    assert as_dict(campaign)["type"] is CampaignType.SALES
    assert json.dumps(as_dict(campaign)) == (
        '{"ref": ["acme", "c"], "name": "C", "type": "sales", "direction": "outbound", '
        '"reach": "domestic", "description": "", "check_in_seconds": 60, "check_in_phrase": null}'
    )


def test_db_check_reports_on_both_files(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data-dir", str(data_dir), "pack", "list"]) == 0
    capsys.readouterr()
    assert main(["--data-dir", str(data_dir), "db", "check"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith(f"{data_dir / 'knowledge.db'}: ok; schema ")
    assert lines[1].startswith(f"{data_dir / 'activity.db'}: ok; schema ")
    # A damaged page in activity.db is found and named (the knowledge base is fine).
    import gc
    import sqlite3
    import threading

    for thread in threading.enumerate():
        if thread.name == "daily-backup":
            thread.join(10)
    gc.collect()
    conn = sqlite3.connect(data_dir / "activity.db")
    page = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'holds'").fetchone()[0]
    conn.close()
    with (data_dir / "activity.db").open("r+b") as stream:
        stream.seek((root - 1) * page)
        stream.write(b"\xff" * page)
    assert main(["--data-dir", str(data_dir), "db", "check"]) == 1
    out = capsys.readouterr().out
    assert f"{data_dir / 'knowledge.db'}: ok;" in out
    assert f"{data_dir / 'activity.db'}: PROBLEMS;" in out
    assert "problem: activity.db: " in out


def test_db_check_reports_a_damaged_file(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (data_dir / "knowledge.db").write_bytes(b"garbage" * 1000)
    assert main(["--data-dir", str(data_dir), "db", "check"]) == 1
    assert "damaged" in capsys.readouterr().err


def test_pack_validate_ok_and_errors(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--data-dir", str(data_dir), "pack", "validate", str(PACKS / "acme.yaml")]) == 0
    assert "ok: acme-collections version 3" in capsys.readouterr().out
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "format: agent-assistant/pack@1\nid: bad-pack\nname: Bad\nversion: 1\n"
        "phrases:\n  - {id: p1, title: T, text: 'x', category: nope}\n"
    )
    code = main(
        ["--data-dir", str(data_dir), "pack", "validate", str(bad), str(PACKS / "acme.yaml")]
    )
    assert code == 1
    err = capsys.readouterr().err
    assert f"{bad}:6:45: phrases[0].category: 'nope' is not allowed here" in err


def test_pack_import_list_remove(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    base = ["--data-dir", str(data_dir), "pack"]
    assert main([*base, "import", str(PACKS / "acme.yaml")]) == 0
    assert "installed acme-collections version 3" in capsys.readouterr().out
    assert main([*base, "list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [p["id"] for p in listed] == ["builtin", "acme-collections"]
    assert listed[1]["phrases"] == 4
    assert main([*base, "remove", "acme-collections"]) == 0
    assert main([*base, "remove", "acme-collections"]) == 1
    assert "No pack with the id" in capsys.readouterr().err
    assert main([*base, "remove", "builtin"]) == 1
    assert "cannot be removed" in capsys.readouterr().err.replace(
        "can be updated but not", "cannot be"
    )


def test_importing_a_broken_pack_changes_nothing(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base = ["--data-dir", str(data_dir), "pack"]
    assert main([*base, "list"]) == 0
    files = [data_dir / "knowledge.db", data_dir / "activity.db"]
    before = [db.read_bytes() for db in files]
    bad = tmp_path / "bad.yaml"
    bad.write_text("format: agent-assistant/pack@1\nid: bad-pack\nname: Bad\nversion: x\n")
    assert main([*base, "import", str(bad)]) == 1
    assert "not installed" in capsys.readouterr().err
    assert [db.read_bytes() for db in files] == before


@pytest.mark.parametrize(
    "argv",
    [
        ["pack"],
        ["pack", "explode"],
        ["--no-such-flag"],
        ["pack", "validate"],
        ["db"],
        ["explode"],
        ["--data-dir"],
        ["--smoke-test", "explode"],
    ],
)
def test_bad_usage_exits_2(argv: list[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(argv)
    assert caught.value.code == 2


CLI_REFERENCE = Path(__file__).parent.parent / "docs" / "cli.md"


def test_every_command_is_documented_in_the_command_line_reference() -> None:
    reference = CLI_REFERENCE.read_text(encoding="utf-8")
    parser = build_parser()
    commands = _commands(parser)
    assert commands  # the walk found the subcommands
    for command in commands:
        assert f"agent-assistant {command}" in reference, command


def test_every_option_is_documented_in_the_command_line_reference() -> None:
    reference = CLI_REFERENCE.read_text(encoding="utf-8")
    parser = build_parser()
    options = {
        option
        for sub in [parser, *_subparsers(parser)]
        for action in sub._actions
        if not isinstance(action, argparse._HelpAction)
        for option in action.option_strings
        if option.startswith("--")
    }
    assert {"--data-dir", "--json", "--team", "--force", "--key"} <= options  # the walk worked
    for option in sorted(options):
        assert f"`{option}" in reference or f" {option}" in reference, option


def _subparsers(parser: argparse.ArgumentParser) -> list[argparse.ArgumentParser]:
    found: list[argparse.ArgumentParser] = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                found.extend([sub, *_subparsers(sub)])
    return found


def _commands(parser: object, prefix: str = "") -> list[str]:
    import argparse

    assert isinstance(parser, argparse.ArgumentParser)
    found: list[str] = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                nested = _commands(sub, f"{prefix}{name} ")
                found.extend(nested or [f"{prefix}{name}"])
    return found


def test_the_help_lists_every_command_though_a_start_builds_none(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["--help"])
    assert caught.value.code == 0
    out = capsys.readouterr().out
    for command in ("search", "pack", "hold", "call", "report", "db"):
        assert command in out
    with pytest.raises(SystemExit):
        main(["pack", "--help"])
    assert "validate" in capsys.readouterr().out


def test_a_data_folder_named_like_a_command_is_a_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "pack"
    assert main(["--data-dir", str(folder), "search", "hold", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)
    assert (folder / "knowledge.db").exists()


def test_counts_are_said_in_the_singular_for_one(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    one = tmp_path / "one.yaml"
    one.write_text(
        "format: agent-assistant/pack@1\nid: one-of-each\nname: One\nversion: 1\n"
        "campaigns:\n  - {id: c1, name: C, type: sales, direction: inbound, reach: domestic}\n"
        "personas:\n  - {id: p1, name: P}\n"
        "phrases:\n  - {id: f1, title: T, text: Hello, category: opening}\n",
        encoding="utf-8",
    )
    base = ["--data-dir", str(data_dir), "pack"]
    for command in ("validate", "import"):
        assert main([*base, command, str(one)]) == 0
        assert "1 campaign, 1 persona, 1 phrase" in capsys.readouterr().out
    assert main([*base, "list"]) == 0
    listed = capsys.readouterr().out
    assert "1 campaign, 1 persona, 1 phrase\n" in listed
    assert " 1 campaigns" not in listed and " 1 personas" not in listed
    assert re.search(r"\d\d campaigns, \d\d personas, \d+ phrases", listed)  # the built-in pack


@pytest.mark.parametrize(
    ("argv", "needs"),
    [
        (["--data-dir", "", "pack", "list"], "--data-dir: needs a folder"),
        (["pack", "list", "--data-dir="], "--data-dir: needs a folder"),
        (["--data-dir", "  ", "db", "check"], "--data-dir: needs a folder"),
        (["hold", "start", "--data-dir", ""], "--data-dir: needs a folder"),
        (["call", "start", "--campaign="], "--campaign: needs a campaign id"),
        (["call", "start", "--campaign", " "], "--campaign: needs a campaign id"),
        (["search", "hold", "--campaign="], "--campaign: needs a campaign id"),
        (["search", "hold", "--persona", ""], "--persona: needs a persona id"),
        (["pack", "convert", "x.csv", "-o", "x.yaml", "--id="], "--id: needs a pack id"),
        (["pack", "convert", "x.csv", "-o", "x.yaml", "--name", ""], "--name: needs a name"),
        (["pack", "keygen", "-o", ""], "-o/--output: needs a file name"),
        (["pack", "export", "builtin", "--output="], "-o/--output: needs a file name"),
        (["pack", "import", "x.yaml", "--key", ""], "--key: needs a key file"),
        (["pack", "verify", "x.yaml", "--key="], "--key: needs a key file"),
    ],
)
def test_an_empty_option_is_bad_usage_never_the_option_left_out(
    argv: list[str],
    needs: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A script's variable that came out empty (``--data-dir "$DIR"``) would otherwise have
    used the agent's own data folder, or the campaign the window is on."""
    home = tmp_path / "home"
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit) as caught:
        main(argv)
    assert caught.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("usage: agent-assistant")
    assert f"error: argument {needs}" in err and err.endswith(", not an empty value\n")
    assert sorted(p.name for p in tmp_path.iterdir()) == []  # nothing made, here or in home


def test_an_empty_data_folder_option_leaves_the_agents_own_data_alone(tmp_path: Path) -> None:
    home = tmp_path / "home"
    pack = str(PACKS / "acme.yaml")
    env = {"HOME": str(home), "XDG_DATA_HOME": "", "AGENT_ASSISTANT_DATA_DIR": ""}
    for argv in (
        ["pack", "import", pack, "--data-dir", ""],
        ["hold", "start", "--data-dir="],  # the fast entry hands it to the full command line
        ["--smoke-test", "--data-dir", ""],  # the program's own options, as the window's
    ):
        result = run(*argv, env=env)
        assert result.returncode == 2, result.stderr
        assert "argument --data-dir: needs a folder, not an empty value" in result.stderr
    assert not home.exists()


@pytest.mark.parametrize("value", ["", "  "])
def test_an_empty_data_folder_variable_counts_as_unset(tmp_path: Path, value: str) -> None:
    home = tmp_path / "home"
    env = {"HOME": str(home), "XDG_DATA_HOME": "", "AGENT_ASSISTANT_DATA_DIR": value}
    result = run("db", "check", env=env)
    assert result.returncode == 1
    default = home / ".local" / "share" / "agent-assistant" / "knowledge.db"
    assert result.stderr == (
        f"agent-assistant: no knowledge base at {default} (it is created when the program "
        "first starts)\n"
    )


def test_db_check_json_answers_in_json_when_there_is_nothing_to_check(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "none"
    assert main(["db", "check", "--json", "--data-dir", str(folder)]) == 1
    said = capsys.readouterr()
    problem = f"no knowledge base at {folder / 'knowledge.db'} (it is created when the program "
    assert json.loads(said.out) == {"ok": False, "problems": [problem + "first starts)"]}
    assert said.err == f"agent-assistant: {problem}first starts)\n"
    assert not folder.exists()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 or Wayland")
@pytest.mark.parametrize(
    ("command", "platform"), [([], None), (["floor"], None), ([], ""), (["floor"], "")]
)
def test_without_a_display_a_window_says_so_in_one_line(
    tmp_path: Path, command: list[str], platform: str | None
) -> None:
    """Qt aborted the program (exit 134) after a page about its platform plugins."""
    env = {k: v for k, v in os.environ.items() if k not in {"DISPLAY", "WAYLAND_DISPLAY"}}
    env.pop("QT_QPA_PLATFORM")
    if platform is not None:
        env["QT_QPA_PLATFORM"] = platform  # set, but empty: Qt's default, as unset
    folder = tmp_path / "data"
    result = subprocess.run(
        [sys.executable, "-m", "assistant", *command, "--data-dir", str(folder)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        stdin=subprocess.DEVNULL,
        check=False,
    )
    assert result.returncode == 1
    assert result.stderr == (
        "agent-assistant: no display found (neither DISPLAY nor WAYLAND_DISPLAY is set): run it "
        "from a desktop session; without one, try: agent-assistant --smoke-test (or set "
        "QT_QPA_PLATFORM=offscreen to run the window unseen)\n"
    )
    assert result.stdout == "" and not folder.exists()


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX descriptors")
def test_started_without_standard_output_and_error_no_file_takes_their_numbers(
    tmp_path: Path,
) -> None:
    # Started with 1 and 2 closed (`agent-assistant 2>&-`), the next file opened took number
    # 2, and what Qt writes to standard error went into it (window.lock, the knowledge base).
    probe = tmp_path / "probe"
    script = (
        "import os, sys\n"
        "from assistant.cli import main\n"
        "main(['--version'])  # its output has nowhere to go: exit 1, said on nothing\n"
        f"fd = os.open({str(probe)!r}, os.O_WRONLY | os.O_CREAT)\n"
        "os.write(fd, str(fd).encode())\n"
    )
    done = subprocess.run(
        ["sh", "-c", 'exec "$0" "$@" >&- 2>&-', sys.executable, "-c", script],
        cwd=Path(__file__).resolve().parent.parent,
        check=False,
        timeout=60,
    )
    assert done.returncode == 0
    assert int(probe.read_text()) > 2


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX descriptors")
@pytest.mark.parametrize(
    "words",
    [["hold", "end"], ["pack", "export", "builtin", "-o", "/dev/stdout"], ["pack", "list"]],
)
def test_with_standard_error_closed_its_messages_stay_out_of_the_output(
    tmp_path: Path, words: list[str]
) -> None:
    """`... > out 2>&-`: Python's standard error is None, and print(file=None) writes to
    standard output: "no window is running" or "wrote builtin version 2" went into the file."""
    out = tmp_path / "out.txt"
    command = [sys.executable, "-m", "assistant", "--data-dir", str(tmp_path / "data"), *words]
    with out.open("wb") as stdout:
        subprocess.run(
            ["sh", "-c", 'exec "$0" "$@" 2>&-', *command],
            stdout=stdout,
            cwd=Path(__file__).resolve().parent.parent,
            check=False,
            timeout=120,
        )
    written = out.read_text(encoding="utf-8")
    assert "agent-assistant:" not in written
    assert "wrote" not in written and "/dev/stdout" not in written
    if words[0] == "pack" and words[1] == "export":
        assert yaml.safe_load(written)["id"] == "builtin"
