"""The team floor's records: what an agent publishes to the team folder, and what the floor
makes of it.

The team folder holds one sub-folder per agent, written by that agent's program only:

- ``state.json``: the agent's state now (idle, on a call, on hold since, next check-in due),
  replaced whole at each change and every HEARTBEAT_SECONDS;
- ``history-YYYY-MM-DD.jsonl``: one JSON object per line for each finished hold, check-in and
  call, appended, one file per day (UTC). A reader stops at the last complete line: a line
  being written, or one a vanished share cut short, is never half-read.

Nothing here names a customer: the records carry times, campaign references and counts.
Plain Python: the floor's rules (overdue, not seen, the order of the rows) are tested with an
injected clock.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable, Mapping
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum
from typing import Any, NamedTuple

from assistant.core.model import MAX_CHECK_IN_SECONDS, MIN_CHECK_IN_SECONDS
from assistant.core.text import BIDI_CONTROLS, BIDI_MARKS

STATE_FILE = "state.json"
STATE_FORMAT = "agent-assistant/team-state@1"
HISTORY_PREFIX = "history-"
HISTORY_SUFFIX = ".jsonl"

HEARTBEAT_SECONDS = 30
"""How often a running program rewrites its state file even when nothing changed."""

NOT_SEEN_SECONDS = 120
"""An agent whose state has not been rewritten for this long is shown as not seen."""

FORGET_SECONDS = 12 * 3600
"""An agent whose state is older than this (gone home yesterday) is left off the floor."""

CLOCK_SKEW_SECONDS = 300
"""How far a time in a state may lie after the moment the state was written: a desktop's
clock set back by a few minutes during a hold (time synchronisation) leaves its start that
far ahead. Further ahead, the state is refused (``AgentState.decode``)."""

MAX_HOLD_SECONDS = 24 * 3600
"""The longest hold a history line may say: a hold's end is its start plus the time the
program counted, so no real hold is longer than a day (one ended at a restart days after a
crash would count days of hold in the team's averages). Longer, the line is refused
(``impossible_hold``)."""

MAX_NAME_CHARS = 64
"""The longest display name: where an agent sets one (Settings, settings.ini, the IT policy)
it is cut to this, and a longer one read from the team folder is shown cut, with an
ellipsis (the whole name is in the floor's tooltip)."""

# What a name is never shown with: control characters (the whitespace ones become spaces),
# the bidirectional controls and marks (core/text.py: U+202E, right-to-left override, shows
# "live" as "evil"), zero-width and other invisible format characters, and lone surrogates.
# The zero-width joiner and non-joiner (U+200C, U+200D) stay: some scripts and emoji are
# written with them.
_UNSHOWN = re.compile(
    "[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f"
    f"{BIDI_CONTROLS}{BIDI_MARKS}"
    "\u00ad\u180e\u200b\u2060-\u2064\u206a-\u206f"
    "\ufeff\ufff9-\ufffb\U000e0000-\U000e007f\ud800-\udfff]"
)

# The kinds of history line.
HOLD = "hold"
CHECK_IN = "check_in"
CALL = "call"


class Activity(StrEnum):
    """What an agent is doing, as the state file says."""

    IDLE = "idle"
    CALL = "call"
    HOLD = "hold"
    SIGNED_OUT = "signed_out"  # the program was closed


def iso(moment: datetime) -> str:
    """A time as the team folder writes it: UTC, milliseconds."""
    return moment.astimezone(UTC).isoformat(timespec="milliseconds")


def parse_time(value: object) -> datetime | None:
    """A time written by ``iso``; None for null. Raises ValueError for anything else."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValueError(f"not a time: {value!r}")
    moment = datetime.fromisoformat(value)
    if moment.tzinfo is None:
        raise ValueError(f"a time without its zone: {value!r}")
    return moment


def clean_name(text: str, limit: int | None = MAX_NAME_CHARS) -> str:
    """``text`` as a name on one line: without the characters in ``_UNSHOWN``, each run of
    whitespace (tabs and line breaks too) one space, no space at either end; cut to ``limit``
    characters (None: not cut)."""
    name = " ".join(_UNSHOWN.sub("", text).split())
    return name if limit is None else name[:limit].rstrip()


def shown_name(text: str) -> str:
    """How the floor shows a name read from the team folder (anyone can write there):
    ``clean_name``, and past MAX_NAME_CHARS cut with an ellipsis."""
    name = clean_name(text, None)
    if len(name) <= MAX_NAME_CHARS:
        return name
    return name[: MAX_NAME_CHARS - 1].rstrip() + "…"


@functools.lru_cache(maxsize=4096)
def _shown_and_whole(text: str) -> tuple[str, str]:
    """``shown_name`` and the whole ``clean_name`` of ``text``, made once per name: the floor
    asks each second for every agent."""
    return shown_name(text), clean_name(text, None)


def history_name(day: date) -> str:
    """The name of an agent's history file for ``day`` (UTC)."""
    return f"{HISTORY_PREFIX}{day.isoformat()}{HISTORY_SUFFIX}"


def history_day(name: str) -> date | None:
    """The day a history file's name stands for; None for any other name."""
    if not (name.startswith(HISTORY_PREFIX) and name.endswith(HISTORY_SUFFIX)):
        return None
    try:
        return date.fromisoformat(name[len(HISTORY_PREFIX) : -len(HISTORY_SUFFIX)])
    except ValueError:
        return None


def hold_key(hold_id: int, started_at: datetime) -> str:
    """A hold's name in the team folder: its id with its start, so a hold id used again (an
    activity.db restored from a backup) never stands for another hold."""
    return f"hold:{hold_id}:{iso(started_at)}"


class ImpossibleStateError(ValueError):
    """A state file that reads as a state but says what no program of ours writes."""


class AgentState(NamedTuple):
    """An agent's ``state.json``. The names (``agent``, ``campaign_name``) are kept as
    written; the floor shows them through ``shown_name``."""

    agent: str
    activity: Activity
    updated_at: datetime
    campaign: str = ""  # 'pack/id'
    campaign_name: str = ""
    call_id: int | None = None
    call_started_at: datetime | None = None
    hold_id: int | None = None
    hold_started_at: datetime | None = None
    check_in_seconds: int | None = None
    next_check_in_at: datetime | None = None
    check_ins: int = 0

    @property
    def hold_key(self) -> str | None:
        if self.hold_id is None or self.hold_started_at is None:
            return None
        return hold_key(self.hold_id, self.hold_started_at)

    def encode(self) -> bytes:
        """The state as the file holds it (UTF-8 JSON, one object)."""
        record: dict[str, Any] = {"format": STATE_FORMAT}
        for name, value in self._asdict().items():
            if isinstance(value, datetime):
                value = iso(value)
            elif isinstance(value, Activity):
                value = value.value
            record[name] = value
        return (json.dumps(record, ensure_ascii=False, indent=1) + "\n").encode("utf-8")

    @classmethod
    def decode(cls, data: bytes, now: datetime | None = None) -> AgentState:
        """A state file's bytes as a state. Raises ValueError when they are not one (another
        format, a field of the wrong kind), and ImpossibleStateError when it says what cannot be
        (``impossible``; ``now``: the reader's clock)."""
        try:
            record = json.loads(data)
        except (UnicodeDecodeError, json.JSONDecodeError) as error:
            raise ValueError(f"not JSON: {error}") from None
        if not isinstance(record, dict) or record.get("format") != STATE_FORMAT:
            raise ValueError("not an agent's state")
        try:
            state = cls(
                agent=_text(record.get("agent")),
                activity=Activity(_text(record.get("activity"))),
                updated_at=_required_time(record.get("updated_at")),
                campaign=_text(record.get("campaign", "")),
                campaign_name=_text(record.get("campaign_name", "")),
                call_id=_optional_int(record.get("call_id")),
                call_started_at=parse_time(record.get("call_started_at")),
                hold_id=_optional_int(record.get("hold_id")),
                hold_started_at=parse_time(record.get("hold_started_at")),
                check_in_seconds=_optional_int(record.get("check_in_seconds")),
                next_check_in_at=parse_time(record.get("next_check_in_at")),
                check_ins=_optional_int(record.get("check_ins")) or 0,
            )
        except (TypeError, ValueError) as error:
            raise ValueError(f"not an agent's state: {error}") from None
        problem = state.impossible(now)
        if problem:
            raise ImpossibleStateError(problem)
        return state

    def impossible(self, now: datetime | None = None) -> str:
        """What in this state no program of ours writes (empty when nothing), so the floor
        does not show it: a hold that starts in 2099 would count as on hold, a check-in
        point years ahead would hide a hold that is overdue.

        Times are checked against the state's own ``updated_at``, written by the same clock,
        so a desktop whose clock is off is not refused for it: a hold or a call never starts
        more than CLOCK_SKEW_SECONDS after the state was written, and the next check-in point
        is never further ahead than the longest interval. With ``now`` (the reader's clock),
        a state written more than FORGET_SECONDS ahead of it is refused too: the floor would
        never forget it. The interval is one a campaign can have (MIN_CHECK_IN_SECONDS to
        MAX_CHECK_IN_SECONDS, as packs are checked)."""
        skew = timedelta(seconds=CLOCK_SKEW_SECONDS)
        written = self.updated_at
        if now is not None and written - now > timedelta(seconds=FORGET_SECONDS):
            hours = FORGET_SECONDS // 3600
            return (
                f"it was written at {iso(written)}, more than {hours} hours ahead of this "
                "computer's clock"
            )
        for field, start in (("hold", self.hold_started_at), ("call", self.call_started_at)):
            if start is not None and start - written > skew:
                return f"its {field} starts at {iso(start)}, after it was written ({iso(written)})"
        point = self.next_check_in_at
        if point is not None and point - written > skew + timedelta(seconds=MAX_CHECK_IN_SECONDS):
            return (
                f"its next check-in point, {iso(point)}, is more than {MAX_CHECK_IN_SECONDS} s "
                f"after it was written ({iso(written)})"
            )
        seconds = self.check_in_seconds
        if seconds is not None and not MIN_CHECK_IN_SECONDS <= seconds <= MAX_CHECK_IN_SECONDS:
            return (
                f"its check-in interval, {seconds} s, is not one from {MIN_CHECK_IN_SECONDS} "
                f"to {MAX_CHECK_IN_SECONDS} s"
            )
        return ""


def impossible_hold(
    started_at: datetime, ended_at: datetime | None, check_in_seconds: int, now: datetime
) -> str:
    """What in a hold's history line no program of ours writes (empty when nothing), said
    from its field, so the line is counted nowhere: the rules of ``AgentState.impossible``.

    A start more than FORGET_SECONDS ahead of ``now`` (the reader's clock: a desktop whose
    clock is off by less is not refused for it), an end before the start (the program counts
    the end from the start), a hold longer than MAX_HOLD_SECONDS, or an interval no campaign
    can have."""
    if started_at - now > timedelta(seconds=FORGET_SECONDS):
        hours = FORGET_SECONDS // 3600
        return (
            f"started_at: {iso(started_at)} is more than {hours} hours ahead of this "
            "computer's clock"
        )
    if ended_at is not None and ended_at < started_at:
        return f"ended_at: {iso(ended_at)} is before the hold started ({iso(started_at)})"
    if ended_at is not None and (ended_at - started_at).total_seconds() > MAX_HOLD_SECONDS:
        return (
            f"ended_at: {iso(ended_at)} is more than {MAX_HOLD_SECONDS // 3600} hours after the "
            f"hold started ({iso(started_at)})"
        )
    if not MIN_CHECK_IN_SECONDS <= check_in_seconds <= MAX_CHECK_IN_SECONDS:
        return (
            f"check_in_seconds: {check_in_seconds} is not a check-in interval from "
            f"{MIN_CHECK_IN_SECONDS} to {MAX_CHECK_IN_SECONDS} s"
        )
    return ""


def impossible_lateness(late_s: float) -> str:
    """What in a check-in's lateness no program of ours writes (empty when nothing): it is
    never negative (core/hold.py lateness), and no later than a hold can be long. A negative
    one made a team's late check-ins look early, their total smaller."""
    if not 0 <= late_s <= MAX_HOLD_SECONDS:
        return f"{late_s:g} is not a lateness from 0 to {MAX_HOLD_SECONDS} s"
    return ""


def _text(value: object) -> str:
    if not isinstance(value, str):
        raise ValueError(f"not text: {value!r}")
    return value


def _optional_int(value: object) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(f"not a whole number: {value!r}")
    return value


def _required_time(value: object) -> datetime:
    moment = parse_time(value)
    if moment is None:
        raise ValueError("a time is missing")
    return moment


# ---------------------------------------------------------------- history lines


def encode_line(record: Mapping[str, Any]) -> bytes:
    """One history record as one line (with its newline). ``kind`` is written first, so a
    reader looking for one kind can skip the others without parsing them."""
    ordered = {"kind": record["kind"], **record}
    return (json.dumps(ordered, ensure_ascii=False, separators=(",", ":")) + "\n").encode()


LINE_START = b'{"kind":'
"""How every line ``encode_line`` writes begins (then the kind, quoted)."""


def kind_prefix(kind: str) -> bytes:
    """How a line of ``kind`` starts (see ``encode_line``)."""
    return LINE_START + json.dumps(kind).encode() + b","


def complete_lines(data: bytes) -> tuple[list[bytes], int]:
    """The complete lines in ``data`` and how many bytes they take (up to and including the
    last newline). What follows the last newline is a line still being written, or one cut
    short: the caller reads it again later, from the returned offset."""
    end = data.rfind(b"\n") + 1
    return data[:end].splitlines(), end


def decode_line(line: bytes) -> dict[str, Any] | None:
    """A history line as a record; None for a line that is not one (cut short by a share
    that went away, then ended by the next write)."""
    try:
        record = json.loads(line)
    except (UnicodeDecodeError, json.JSONDecodeError):
        return None
    if not isinstance(record, dict) or not isinstance(record.get("kind"), str):
        return None
    return record


# ---------------------------------------------------------------- the floor


class Sighting(NamedTuple):
    """An agent's state as the floor last read it, and when its latest heartbeat was first
    seen (by the floor's clock)."""

    folder: str
    state: AgentState
    seen_at: datetime


def sight(previous: Sighting | None, folder: str, state: AgentState, now: datetime) -> Sighting:
    """The floor read ``state`` from ``folder`` at ``now``.

    An agent is seen when its program rewrites the state (a change or a heartbeat), timed by
    the floor's own clock, so a desktop whose clock is off does not look alive or dead for it.
    At the first reading the heartbeat's own time counts, when it is earlier: a state written
    an hour ago by a program that is gone must not look fresh.
    """
    if previous is not None and previous.state.updated_at == state.updated_at:
        return previous._replace(state=state)
    if previous is None:
        return Sighting(folder, state, min(now, state.updated_at))
    return Sighting(folder, state, now)


class FloorRow(NamedTuple):
    """One agent on the floor, at a moment."""

    folder: str
    agent: str  # shown_name: one line, MAX_NAME_CHARS at most
    name: str  # the whole name, on one line (clean_name): the tooltip's
    activity: Activity
    campaign: str  # shown_name
    on_hold_s: float | None  # while on hold
    until_check_in_s: float | None  # while on hold; negative once overdue
    on_call_s: float | None  # while on a call
    not_seen: bool  # no heartbeat for NOT_SEEN_SECONDS: what it says may be stale
    last_seen_s: float

    @property
    def overdue_s(self) -> float:
        """How long the held customer has waited past the check-in point (0: not overdue)."""
        if self.until_check_in_s is None or self.activity is not Activity.HOLD:
            return 0.0
        return max(0.0, -self.until_check_in_s)

    @property
    def overdue(self) -> bool:
        return self.overdue_s > 0.0 and not self.not_seen

    def rank(self) -> tuple[int, float, str]:
        """Overdue holds first (the longest overdue at the top), then holds by the time left
        to their check-in, calls, idle, signed out; agents not seen last."""
        name = self.agent.casefold()
        if self.not_seen:
            return (5, 0.0, name)
        if self.overdue:
            return (0, -self.overdue_s, name)
        if self.activity is Activity.HOLD:
            return (1, self.until_check_in_s or 0.0, name)
        if self.activity is Activity.CALL:
            return (2, 0.0, name)
        if self.activity is Activity.IDLE:
            return (3, 0.0, name)
        return (4, 0.0, name)


def floor_row(sighting: Sighting, now: datetime) -> FloorRow:
    """What the floor shows for one agent at ``now``."""
    state = sighting.state
    last_seen = max(0.0, (now - sighting.seen_at).total_seconds())
    on_hold = until = on_call = None
    if state.activity is Activity.HOLD and state.hold_started_at is not None:
        on_hold = max(0.0, (now - state.hold_started_at).total_seconds())
        if state.next_check_in_at is not None:
            until = (state.next_check_in_at - now).total_seconds()
    if state.call_started_at is not None and state.activity in (Activity.CALL, Activity.HOLD):
        on_call = max(0.0, (now - state.call_started_at).total_seconds())
    shown, whole = _shown_and_whole(state.agent)
    if not whole:
        shown, whole = _shown_and_whole(sighting.folder)
    return FloorRow(
        sighting.folder,
        shown,
        whole,
        state.activity,
        _shown_and_whole(state.campaign_name or state.campaign)[0],
        on_hold,
        until,
        on_call,
        state.activity is not Activity.SIGNED_OUT and last_seen > NOT_SEEN_SECONDS,
        last_seen,
    )


def floor_rows(sightings: Iterable[Sighting], now: datetime) -> list[FloorRow]:
    """The floor at ``now``, in its order (``FloorRow.rank``); agents gone longer than
    FORGET_SECONDS are left off."""
    rows = [
        floor_row(s, now)
        for s in sightings
        if (now - s.state.updated_at).total_seconds() <= FORGET_SECONDS
    ]
    return sorted(rows, key=FloorRow.rank)
