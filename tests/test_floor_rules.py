"""The floor's rules (core/team.py) with an injected clock: overdue holds first, agents not
seen for two minutes, a desktop whose clock is off; and the team files' formats. Also the
settings.ini reader the command line uses, against QSettings itself."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QSettings

from assistant.core.team import (
    MAX_NAME_CHARS,
    NOT_SEEN_SECONDS,
    Activity,
    AgentState,
    ImpossibleStateError,
    clean_name,
    complete_lines,
    decode_line,
    encode_line,
    floor_rows,
    history_day,
    history_name,
    kind_prefix,
    shown_name,
    sight,
)
from assistant.services.settings_file import qsettings_text, read_settings_file

NOW = datetime(2026, 11, 25, 14, 0, 0, tzinfo=UTC)


def state(agent: str, activity: Activity = Activity.IDLE, **fields: object) -> AgentState:
    values: dict[str, object] = {"updated_at": NOW}
    values.update(fields)
    return AgentState(agent, activity, **values)  # type: ignore[arg-type]


def on_hold(agent: str, held: float, interval: int = 120, **fields: object) -> AgentState:
    started = NOW - timedelta(seconds=held)
    return state(
        agent,
        Activity.HOLD,
        hold_id=1,
        hold_started_at=started,
        check_in_seconds=interval,
        next_check_in_at=started + timedelta(seconds=interval),
        campaign="builtin/collections",
        campaign_name="Collections",
        **fields,
    )


def test_overdue_holds_come_first_the_longest_overdue_at_the_top() -> None:
    sightings = [
        sight(None, "a", state("Ann"), NOW),
        sight(None, "b", on_hold("Bob", 30), NOW),
        sight(None, "c", on_hold("Cy", 150), NOW),  # 30 s overdue
        sight(None, "d", on_hold("Di", 200), NOW),  # 80 s overdue
        sight(None, "e", state("Ed", Activity.CALL, call_started_at=NOW), NOW),
        sight(None, "f", state("Fay", Activity.SIGNED_OUT), NOW),
    ]
    rows = floor_rows(sightings, NOW)
    assert [r.agent for r in rows] == ["Di", "Cy", "Bob", "Ed", "Ann", "Fay"]
    assert [r.overdue for r in rows] == [True, True, False, False, False, False]
    assert rows[0].overdue_s == 80 and rows[0].on_hold_s == 200
    assert rows[2].until_check_in_s == 90


def test_an_agent_not_seen_for_two_minutes_goes_grey_and_to_the_bottom() -> None:
    first = sight(None, "c", on_hold("Cy", 10), NOW)
    later = NOW + timedelta(seconds=NOT_SEEN_SECONDS + 1)
    [row] = floor_rows([first], later)
    # Its customer would be overdue by now, but what it says is stale: not seen, not red.
    assert row.not_seen and not row.overdue
    alive = sight(None, "a", state("Ann", updated_at=later), later)
    assert [r.agent for r in floor_rows([first, alive], later)] == ["Ann", "Cy"]
    # A new heartbeat and it is back.
    again = sight(first, "c", on_hold("Cy", 10, updated_at=later), later)
    assert not floor_rows([again], later)[0].not_seen


def test_a_desktop_clock_that_is_off_neither_fakes_life_nor_death() -> None:
    # Five minutes behind: its heartbeats look old, but the floor sees them change.
    behind = NOW - timedelta(minutes=5)
    seen = sight(None, "s", state("Slow", updated_at=behind), NOW)
    assert floor_rows([seen], NOW)[0].not_seen  # until it beats once
    beat = sight(seen, "s", state("Slow", updated_at=behind + timedelta(seconds=30)), NOW)
    assert not floor_rows([beat], NOW)[0].not_seen
    # Ten minutes ahead: looks fresh at first, goes grey once it stops changing.
    ahead = sight(None, "f", state("Fast", updated_at=NOW + timedelta(minutes=10)), NOW)
    assert not floor_rows([ahead], NOW)[0].not_seen
    same = sight(ahead, "f", state("Fast", updated_at=NOW + timedelta(minutes=10)), NOW)
    assert floor_rows([same], NOW + timedelta(minutes=3))[0].not_seen


def test_a_signed_out_agent_is_not_missing_and_yesterdays_agents_are_left_off() -> None:
    out = sight(None, "o", state("Out", Activity.SIGNED_OUT), NOW)
    assert not floor_rows([out], NOW + timedelta(hours=1))[0].not_seen
    assert floor_rows([out], NOW + timedelta(hours=13)) == []


def test_the_state_file_reads_back_what_was_written_and_refuses_anything_else() -> None:
    written = on_hold("Ána ✓", 42, check_ins=2)
    assert AgentState.decode(written.encode()) == written
    for bad in (b"", b"[]", b"{", b'{"format":"x"}', b"\xff\xfe", written.encode()[:-20]):
        with pytest.raises(ValueError):
            AgentState.decode(bad)
    wrong = written.encode().replace(b'"check_ins": 2', b'"check_ins": "two"')
    with pytest.raises(ValueError):
        AgentState.decode(wrong)


# The state QA found breaking the floor: a name of 300 characters with a right-to-left
# override in it (U+202E shows "live" as "evil"), a hold starting in 2099, a negative interval.
ODD_NAME = "Mallory \u202elive" + "x" * 287


@pytest.mark.parametrize(
    ("fields", "refused"),
    [
        ({"hold_started_at": datetime(2099, 1, 1, tzinfo=UTC)}, "its hold starts at 2099-01-01"),
        ({"call_started_at": NOW + timedelta(minutes=6)}, "its call starts at"),
        ({"next_check_in_at": NOW + timedelta(days=3)}, "its next check-in point"),
        ({"check_in_seconds": -5}, "its check-in interval, -5 s, is not one from 10 to 120 s"),
        ({"check_in_seconds": 9}, "its check-in interval, 9 s"),
        ({"check_in_seconds": 121}, "its check-in interval, 121 s"),
    ],
)
def test_a_state_that_cannot_be_is_refused(fields: dict[str, object], refused: str) -> None:
    bad = on_hold("Bob", 30)._replace(**fields)  # type: ignore[arg-type]
    with pytest.raises(ImpossibleStateError, match=refused):
        AgentState.decode(bad.encode())
    assert bad.impossible(NOW).startswith(refused)


def test_what_a_desktop_whose_clock_is_off_writes_is_not_refused() -> None:
    # A clock set back during the hold (time synchronisation): the start is ahead of the
    # write by a few minutes.
    back = on_hold("Bob", -120)
    assert AgentState.decode(back.encode()) == back
    for interval in (10, 120):
        edge = on_hold("Bob", 30, interval=interval)
        assert AgentState.decode(edge.encode()) == edge
    # Ten minutes ahead of the floor: read (see test_a_desktop_clock_that_is_off_...).
    ahead = on_hold("Fast", 30, updated_at=NOW + timedelta(minutes=10))
    assert AgentState.decode(ahead.encode(), NOW).agent == "Fast"
    # Written in 2099 (its hold too): no clock is that far off.
    future = datetime(2099, 1, 1, tzinfo=UTC)
    forged = state("Forged", Activity.HOLD, updated_at=future, hold_id=1, hold_started_at=future)
    assert AgentState.decode(forged.encode()) == forged  # nothing to compare it with
    with pytest.raises(ImpossibleStateError, match="more than 12 hours ahead"):
        AgentState.decode(forged.encode(), NOW)


def test_a_long_or_odd_name_is_kept_and_shown_on_one_line_cut_without_its_controls() -> None:
    odd = on_hold(ODD_NAME, 30)
    assert AgentState.decode(odd.encode()).agent == ODD_NAME  # kept as written
    [row] = floor_rows([sight(None, "m", odd, NOW)], NOW)
    assert row.agent == "Mallory live" + "x" * (MAX_NAME_CHARS - 13) + "…"
    assert len(row.agent) == MAX_NAME_CHARS
    assert len(ODD_NAME) == 300 and row.name == "Mallory live" + "x" * 287  # the tooltip's
    # A name that cleans to nothing shows the agent's folder.
    [blank] = floor_rows([sight(None, "folder-1", state("\u202e\u200b \t"), NOW)], NOW)
    assert blank.agent == blank.name == "folder-1"
    [campaign] = floor_rows([sight(None, "c", state("C", campaign_name="\u202eA\nB"), NOW)], NOW)
    assert campaign.campaign == "A B"


@pytest.mark.parametrize(
    ("typed", "clean"),
    [
        ("  Ana\tL.\r\n\u2028 López  ", "Ana L. López"),
        ("\u202eevil\u202c", "evil"),  # shown in the order typed: "evil", never "live"
        ("a\u2066b\u2069\u200e\u200f\u061c\u202a\u202b\u202dc", "abc"),
        ("\u2067Ana\u2069 \u2068L.\u2069 \u2066evil", "Ana L. evil"),  # isolates, as packs refuse
        ("a\x00b\x1b[31mc\x7f\x9b", "ab[31mc"),  # control characters, a terminal escape
        ("ze\u200bro\ufeff\u2060", "zero"),  # invisible
        ("\ud800x", "x"),  # a lone surrogate (JSON allows one)
        ("\U0001f469\u200d\U0001f4bb", "\U0001f469\u200d\U0001f4bb"),  # an emoji's joiner stays
        ("<b>Eve</b>", "<b>Eve</b>"),  # markup is text: the window never renders it
    ],
)
def test_a_name_is_cleaned_of_what_would_hide_or_reorder_it(typed: str, clean: str) -> None:
    assert clean_name(typed) == clean == shown_name(typed)


def test_a_name_is_cut_at_the_limit_where_set_and_with_an_ellipsis_where_shown() -> None:
    exact = "n" * MAX_NAME_CHARS
    assert clean_name(exact + "tail") == exact and shown_name(exact) == exact
    assert shown_name(exact + "tail") == "n" * (MAX_NAME_CHARS - 1) + "…"
    assert clean_name("a" * 63 + " b") == "a" * 63  # no space left at the end
    assert clean_name("n" * 500, None) == "n" * 500


def test_history_lines_complete_and_torn() -> None:
    line = encode_line({"key": "hold:1", "kind": "hold", "n": "é"})
    assert line.startswith(kind_prefix("hold")) and line.endswith(b"\n")
    data = line + line[:10]
    lines, used = complete_lines(data)
    assert lines == [line.rstrip(b"\n")] and used == len(line)
    assert decode_line(lines[0]) == {"kind": "hold", "key": "hold:1", "n": "é"}
    assert decode_line(line[:10]) is None and decode_line(b"[1]") is None
    day = NOW.date()
    assert history_day(history_name(day)) == day
    assert history_day("history-2026-13-01.jsonl") is None and history_day("state.json") is None


# ---------------------------------------------------------------- settings.ini without Qt


def _written_by_qsettings(tmp_path: Path, value: str) -> Path:
    path = tmp_path / "settings.ini"
    path.unlink(missing_ok=True)
    qs = QSettings(str(path), QSettings.Format.IniFormat)
    qs.setValue("team/folder", value)
    qs.sync()
    del qs
    return path


@settings(max_examples=200, deadline=None)
@given(st.text(st.characters(exclude_categories=["Cs"]), max_size=30))
def test_a_value_the_window_wrote_reads_the_same_without_qt(
    tmp_path_factory: pytest.TempPathFactory, value: str
) -> None:
    path = _written_by_qsettings(tmp_path_factory.mktemp("ini"), value)
    assert read_settings_file(path).get("team/folder") == value


@pytest.mark.parametrize(
    "raw",
    [
        "//fileserver/callcenter/team",
        "C:/Team Floor",
        r"\\\\srv\\team",
        '"  quoted, with comma  "',
        "value ; a comment",
        "  spaced  ",
        "true",
        "@@at",
        "a,b",
        "@ByteArray(abc)",
        r"tab\there",
        r"x\x41y",
    ],
)
def test_a_value_written_by_hand_reads_as_qsettings_reads_it(tmp_path: Path, raw: str) -> None:
    path = tmp_path / "settings.ini"
    path.write_text(f"[team]\nfolder={raw}\n", encoding="utf-8")
    value = QSettings(str(path), QSettings.Format.IniFormat).value("team/folder")
    assert read_settings_file(path).get("team/folder") == (
        value if isinstance(value, str) else None
    )
    assert qsettings_text(raw) == (value if isinstance(value, str) else None)
