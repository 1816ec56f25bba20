"""Reading the team folder: the floor (every agent's state now), today's summary, and the
team's holds for ``report holds --team`` and ``report summary --team``.

The floor reads only what changed: each agent's small state file is looked at (one ``stat``)
at every refresh and read again only when its size or time changed; history files are read
from where the last read stopped (they only grow). A reader never takes half a line: what
follows the last newline is read again next time. A line that cannot be used (not JSON, as a
write cut short by a share that went away leaves it; a field missing or of the wrong kind) is
skipped as it is read, and logged with its file, line and field, once per file and read. A
line can be in a file twice (see services/team.py); one line per key is kept.

Qt-free; the floor window (ui/floor.py) runs ``TeamFloor.refresh`` on a worker thread.
"""

from __future__ import annotations

import logging
import math
import os
import sys
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, NamedTuple

from assistant.core.clock import WallClock, local_midnight, wall_now
from assistant.core.files import NotAFileError, open_regular
from assistant.core.model import parse_ref
from assistant.core.team import (
    CHECK_IN,
    HOLD,
    LINE_START,
    NOT_SEEN_SECONDS,
    STATE_FILE,
    AgentState,
    ImpossibleStateError,
    Sighting,
    complete_lines,
    decode_line,
    history_day,
    impossible_hold,
    impossible_lateness,
    kind_prefix,
    parse_time,
    sight,
)
from assistant.packs.errors import format_path, shown
from assistant.services.tally import Tally, on_time_percent
from assistant.store.activity import HOLD_OPEN, CheckInRow, HoldRow

log = logging.getLogger(__name__)

# A state file is under 1 KB; anyone can write to a shared folder, and the floor must not
# read a huge file someone put there.
MAX_STATE_BYTES = 64 * 1024
# History is read in pieces of this size, so a huge file never sits in memory whole.
READ_CHUNK = 4 * 1024 * 1024
RUNNING = "running"  # a hold open in a program seen lately
CUT = "cut"  # a hold open in a program not seen for NOT_SEEN_SECONDS (closed by a crash?)
LineFilter = Callable[[bytes], bool]
_HOLD_PREFIX = kind_prefix(HOLD)
_CHECK_IN_PREFIX = kind_prefix(CHECK_IN)
_OWN_FORM = LINE_START + b'"'  # then the kind, a text


def _foreign(line: bytes) -> bool:
    """A line not in the form the program writes: a file mended by hand, with jq or Python
    (``{"kind": "hold", ...}``), or junk. Decoded to see what it is, and used or named as
    unusable, rather than passed over unread as the program's lines of other kinds are."""
    return not line.startswith(_OWN_FORM)


def holds_and_check_ins(line: bytes) -> bool:
    return line.startswith(_HOLD_PREFIX) or line.startswith(_CHECK_IN_PREFIX) or _foreign(line)


# ---------------------------------------------------------------- state files


class StatesRead(NamedTuple):
    """What one look at the state files found."""

    sightings: tuple[Sighting, ...]
    changed: tuple[str, ...]  # agent folders whose state was read this time
    problem: str  # the team folder could not be read: why (the last sightings are kept)
    looked_at: int  # state files looked at (stat)


class StateFiles:
    """Every agent's state, read again only when its file changed."""

    def __init__(self, folder: Path, wall: WallClock = wall_now) -> None:
        self.folder = folder
        self._wall = wall
        self._stamps: dict[str, tuple[int, int, int]] = {}
        self._sightings: dict[str, Sighting] = {}

    def refresh(self) -> StatesRead:
        now = self._wall()
        try:
            with os.scandir(self.folder) as listing:
                agents = [e.name for e in listing if not e.name.startswith(".") and _is_folder(e)]
        except OSError as error:
            problem = f"The team folder {self.folder} cannot be read ({error.strerror or error})."
            return StatesRead(tuple(self._sightings.values()), (), problem, 0)
        changed: list[str] = []
        present = set()
        for agent in agents:
            path = os.path.join(self.folder, agent, STATE_FILE)
            try:
                info = os.lstat(path)  # a link's own: it is passed over, never followed
            except OSError:
                continue  # a folder without a state yet, or one going away
            present.add(agent)
            stamp = (info.st_mtime_ns, info.st_size, info.st_ino)
            if self._stamps.get(agent) == stamp:
                continue
            try:
                if info.st_size > MAX_STATE_BYTES:  # not a state any program of ours writes
                    raise ValueError(f"{info.st_size} bytes is too large for a state file")
                with open_regular(path) as stream:
                    data = stream.read(MAX_STATE_BYTES + 1)
                state = AgentState.decode(data, now)
            except NotAFileError as error:
                log.warning("%s is passed over: it %s", _shown_path(path), error.strerror)
                continue  # looked at again when it changes
            except ImpossibleStateError as error:  # the last state read stays, and goes grey
                log.warning("%s is refused: %s", path, error)
                continue  # read again when it changes
            except (OSError, ValueError) as error:
                log.warning("%s cannot be read: %s", _shown_path(path), error)
                continue  # read again when it changes
            finally:
                self._stamps[agent] = stamp
            self._sightings[agent] = sight(self._sightings.get(agent), agent, state, now)
            changed.append(agent)
        for gone in set(self._sightings) - present:
            del self._sightings[gone]
            self._stamps.pop(gone, None)
        return StatesRead(tuple(self._sightings.values()), tuple(changed), "", len(agents))

    def state(self, agent: str) -> AgentState | None:
        sighting = self._sightings.get(agent)
        return sighting.state if sighting is not None else None


def _is_folder(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir()
    except OSError:
        return False


def _shown_path(path: str | Path) -> str:
    """A path in the team folder as the log names it: whole, its invisible characters spelt
    out. Whoever writes the folder names the agents' folders, and a newline or a text-direction
    override in one must not forge or scramble a line of the log."""
    return shown(path, most=None)


# ---------------------------------------------------------------- history lines

NOT_JSON = "not a line of JSON (a write cut short when the share went away?)"

Where = tuple[str | int, ...]  # a field of a line: ("check_ins", 0, "at")


class LineError(ValueError):
    """A history line that cannot be used: which field (``check_ins[0].at: ...``), and why."""


class HistoryLine(NamedTuple):
    """A history line as read: what it says, and the hold or check-in it stands for (None for
    a line of another kind), parsed once."""

    record: dict[str, Any]
    row: HoldRow | CheckInRow | None


def history_line(record: dict[str, Any], now: datetime) -> HistoryLine:
    """A decoded history line, parsed. Raises LineError when it cannot be used: its key is
    not text, or it is a hold or a check-in with a field missing or of the wrong kind, or a
    hold no program of ours writes (core/team.py impossible_hold; ``now``: the reader's
    clock)."""
    _text(record.get("key"), (), "key")
    kind = record["kind"]
    row = _hold_row(record) if kind == HOLD else _check_in(record) if kind == CHECK_IN else None
    if isinstance(row, HoldRow):
        problem = impossible_hold(row.started_at, row.ended_at, row.check_in_seconds, now)
        if problem:
            raise LineError(problem)
    return HistoryLine(record, row)


def _check_in(record: dict[str, Any], where: Where = ()) -> CheckInRow:
    """A check-in line (or a hold line's check-in, at ``where``) as the store's CheckInRow.
    Raises LineError."""
    late_s = _number(record.get("late_s"), where, "late_s")
    problem = impossible_lateness(late_s)
    if problem:
        raise LineError(f"{format_path((*where, 'late_s'))}: {problem}")
    return CheckInRow(
        _time(record.get("at"), where, "at"),
        _time(record.get("due_at"), where, "due_at"),
        late_s,
    )


def _hold_row(record: dict[str, Any]) -> HoldRow:
    """A published hold line as the store's HoldRow. Raises LineError."""
    check_ins = record.get("check_ins") or []
    if not isinstance(check_ins, list):
        raise _not_a(check_ins, (), "check_ins", "list")
    for number, check_in in enumerate(check_ins):
        if not isinstance(check_in, dict):
            raise _not_a(check_in, ("check_ins",), number, "check-in")
    return HoldRow(
        _whole(record.get("hold"), (), "hold"),
        _time(record.get("started_at"), (), "started_at"),
        _optional_time(record.get("ended_at"), (), "ended_at"),
        parse_ref(str(record.get("campaign") or "")),
        _whole(record.get("check_in_seconds"), (), "check_in_seconds"),
        _optional_whole(record.get("call"), (), "call"),
        str(record.get("status") or "ended"),
        tuple(_check_in(c, ("check_ins", n)) for n, c in enumerate(check_ins)),
    )


# Each takes a field's value, and where it is in its line (``where`` and ``name``: the
# path is only made for a message).


def _optional_time(value: Any, where: Where, name: str) -> datetime | None:
    try:
        return parse_time(value)
    except ValueError:
        raise _not_a(value, where, name, "time") from None


def _time(value: Any, where: Where, name: str) -> datetime:
    try:
        moment = parse_time(value)
    except ValueError:
        raise _not_a(value, where, name, "time") from None
    if moment is None:
        raise _missing(where, name)
    return moment


def _optional_whole(value: Any, where: Where, name: str) -> int | None:
    if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
        raise _not_a(value, where, name, "whole number")
    return value


def _whole(value: Any, where: Where, name: str) -> int:
    number = _optional_whole(value, where, name)
    if number is None:
        raise _missing(where, name)
    return number


def _number(value: Any, where: Where, name: str) -> float:
    if value is None:
        raise _missing(where, name)
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise _not_a(value, where, name, "number")
    return float(value)


def _text(value: Any, where: Where, name: str) -> str:
    if value is None:
        raise _missing(where, name)
    if not isinstance(value, str):
        raise _not_a(value, where, name, "text")
    return value


def _missing(where: Where, name: str | int) -> LineError:
    return LineError(f"{format_path((*where, name))}: missing")


def _not_a(value: object, where: Where, name: str | int, kind: str) -> LineError:
    article = "" if kind == "text" else "a "
    return LineError(f"{format_path((*where, name))}: {_quoted(value)} is not {article}{kind}")


def _quoted(value: object) -> str:
    """A value of a line as a message quotes it: short, on one line, with its invisible
    characters spelt out."""
    return f"'{shown(value)}'" if isinstance(value, str) else shown(value)


# ---------------------------------------------------------------- history files


class _Tail(NamedTuple):
    stamp: tuple[int, int]
    offset: int
    lines: int  # the lines before ``offset``, to number the next ones read


class HistoryFiles:
    """The agents' history lines, read from where the last read stopped."""

    def __init__(self, folder: Path, wall: WallClock = wall_now) -> None:
        self.folder = folder
        self._wall = wall
        self._tails: dict[Path, _Tail] = {}
        # agent -> day -> key -> line
        self._lines: dict[str, dict[date, dict[str, HistoryLine]]] = {}
        self.bytes_read = 0

    def read(self, agent: str, first_day: date, keep: LineFilter = holds_and_check_ins) -> None:
        """Read what ``agent`` appended to its history files of ``first_day`` and later;
        forget its earlier days. Lines ``keep`` refuses are not parsed."""
        days = self._lines.setdefault(agent, {})
        for day in [d for d in days if d < first_day]:
            del days[day]
        folder = self.folder / agent
        now = self._wall()
        try:
            with os.scandir(folder) as listing:
                files = [(history_day(e.name), e.path) for e in listing]
        except OSError:
            return
        for file_day, name in files:
            if file_day is None or file_day < first_day:
                continue
            day = file_day
            path = Path(name)
            try:
                info = os.lstat(path)
            except OSError:
                continue
            stamp = (info.st_size, info.st_mtime_ns)
            tail = self._tails.get(path)
            if tail is not None and tail.stamp == stamp:
                continue
            if tail is not None and info.st_size >= tail.offset:
                offset, counted = tail.offset, tail.lines
            else:
                offset, counted = 0, 0
            kept = days.setdefault(day, {})
            if offset == 0:
                kept.clear()  # new, or replaced by a shorter file: read it whole
            unusable = 0  # lines of this read that cannot be used
            first = ""  # the first of them: its number, and why
            try:
                with open_regular(path) as stream:
                    stream.seek(offset)
                    pending = b""
                    while chunk := stream.read(READ_CHUNK):
                        self.bytes_read += len(chunk)
                        lines, used = complete_lines(pending + chunk)
                        pending = (pending + chunk)[used:]
                        offset += used
                        for number, line in enumerate(lines, counted + 1):
                            if not keep(line):
                                continue
                            record = decode_line(line)
                            try:
                                if record is None:
                                    raise LineError(NOT_JSON)
                                parsed = history_line(record, now)
                            except LineError as problem:
                                unusable += 1
                                first = first or f"{number}: {problem}"
                                continue
                            kept[record["key"]] = parsed
                        counted += len(lines)
            except NotAFileError as error:  # looked at again when it changes
                log.warning("%s is passed over: it %s", _shown_path(path), error.strerror)
            except OSError:
                stamp = (-1, -1)  # what was read counts; the rest is read at the next look
            if unusable:
                # The first, and how many more: once per file and read, so a file of junk
                # lines never fills the log (and each line is read, so logged, only once).
                more = f", and {unusable - 1} more after it" if unusable > 1 else ""
                log.warning("%s:%s; the line is skipped%s", _shown_path(path), first, more)
            self._tails[path] = _Tail(stamp, offset, counted)

    def lines(self, agent: str) -> Iterable[HistoryLine]:
        for lines in self._lines.get(agent, {}).values():
            yield from lines.values()

    def records(self, agent: str) -> Iterable[dict[str, Any]]:
        return (line.record for line in self.lines(agent))


# ---------------------------------------------------------------- holds


class TeamHold(NamedTuple):
    """One agent's hold, as published."""

    agent: str  # the name the team sees
    folder: str  # the agent's sub-folder
    hold: HoldRow
    status: str  # ended, interrupted, running, cut


class AgentHistory(NamedTuple):
    """What one agent's history says: its finished holds, and the check-ins published for
    each hold (a running hold's come only this way)."""

    finished: list[TeamHold]
    finished_keys: frozenset[str]
    check_ins: dict[str, list[CheckInRow]]


def agent_history(
    folder: str, lines: Iterable[HistoryLine], fallback: str, since: datetime | None
) -> AgentHistory:
    """An agent's finished holds that started at or after ``since`` (all when None), named as
    each line says (``fallback`` when a line does not)."""
    finished: list[TeamHold] = []
    keys: set[str] = set()
    check_ins: dict[str, list[CheckInRow]] = {}
    for record, row in lines:
        if isinstance(row, HoldRow):
            keys.add(record["key"])
            if since is None or row.started_at >= since:
                agent = record.get("agent")
                name = agent if isinstance(agent, str) and agent else fallback
                finished.append(TeamHold(name, folder, row, row.status))
        elif isinstance(row, CheckInRow):
            check_ins.setdefault(str(record.get("hold_key")), []).append(row)
    return AgentHistory(finished, frozenset(keys), check_ins)


def running_hold(
    folder: str,
    state: AgentState | None,
    history: AgentHistory,
    since: datetime | None,
    now: datetime,
) -> TeamHold | None:
    """The hold the agent's state says is running (with the check-ins published so far), as
    ``running`` or, when the agent's program has not been seen for NOT_SEEN_SECONDS, ``cut``;
    None when there is none (or its line says it ended already)."""
    key = state.hold_key if state is not None else None
    if state is None or key is None or key in history.finished_keys:
        return None
    started = state.hold_started_at
    if started is None or (since is not None and started < since):
        return None
    row = HoldRow(
        state.hold_id or 0,
        started,
        None,
        parse_ref(state.campaign),
        state.check_in_seconds or 0,
        state.call_id,
        HOLD_OPEN,
        tuple(sorted(history.check_ins.get(key, []))),
    )
    seen = (now - state.updated_at).total_seconds() <= NOT_SEEN_SECONDS
    return TeamHold(state.agent or folder, folder, row, RUNNING if seen else CUT)


def agent_holds(
    folder: str,
    lines: Iterable[HistoryLine],
    state: AgentState | None,
    since: datetime | None,
    now: datetime,
) -> list[TeamHold]:
    """One agent's holds from its history lines and its state: every finished hold, and the
    one running now (``running_hold``)."""
    fallback = state.agent if state is not None and state.agent else folder
    history = agent_history(folder, lines, fallback, since)
    running = running_hold(folder, state, history, since, now)
    return history.finished + ([running] if running is not None else [])


class TeamHolds(NamedTuple):
    holds: list[TeamHold]  # oldest first
    agents: int
    problem: str


def with_status(rows: Iterable[HoldRow], running_id: int | None) -> list[tuple[HoldRow, str]]:
    """This desk's holds for a report, each with its status: as written, and an open one
    RUNNING when it is the running window's hold (``running_id``), else CUT (left open by a
    run that crashed): the words the team's report uses."""

    def status(row: HoldRow) -> str:
        if row.status != HOLD_OPEN:
            return row.status
        return RUNNING if row.id == running_id else CUT

    return [(row, status(row)) for row in rows]


def first_file_day(since: datetime | None) -> date:
    """The first daily file that can hold a hold started at or after ``since``: a hold's line
    is written when it ends, on or after the day it started (UTC)."""
    return since.astimezone(UTC).date() if since is not None else date.min


def read_team_holds(folder: Path, since: datetime | None, now: datetime) -> TeamHolds:
    """Every agent's published holds that started at or after ``since`` (all when None)."""
    states = StateFiles(folder, lambda: now)
    read = states.refresh()
    if read.problem:
        return TeamHolds([], 0, read.problem)
    history = HistoryFiles(folder, lambda: now)
    try:
        with os.scandir(folder) as listing:
            agents = sorted(e.name for e in listing if not e.name.startswith(".") and _is_folder(e))
    except OSError as error:
        return TeamHolds([], 0, f"The team folder {folder} cannot be read ({error})")
    first = first_file_day(since)
    holds: list[TeamHold] = []
    for agent in agents:
        state = states.state(agent)
        key = state.hold_key if state is not None else None
        keep = _hold_lines if key is None else _hold_lines_and_check_ins_of(key)
        history.read(agent, first, keep)
        holds.extend(agent_holds(agent, history.lines(agent), state, since, now))
    holds.sort(key=lambda h: (h.hold.started_at, h.agent.casefold(), h.hold.id))
    return TeamHolds(holds, len(agents), "")


def _hold_lines(line: bytes) -> bool:
    return line.startswith(_HOLD_PREFIX) or _foreign(line)


def _hold_lines_and_check_ins_of(key: str) -> LineFilter:
    """Hold lines, and the check-ins of the hold running now (the others are in their hold's
    line already)."""
    mark = f'"hold_key":"{key}"'.encode()

    def keep(line: bytes) -> bool:
        return (
            line.startswith(_HOLD_PREFIX)
            or (line.startswith(_CHECK_IN_PREFIX) and mark in line)
            or _foreign(line)
        )

    return keep


# ---------------------------------------------------------------- summaries

BY_AGENT = "agent"
BY_CAMPAIGN = "campaign"
BY_ALL = "all"


class SummaryRow(NamedTuple):
    """Hold discipline for one agent, one campaign, or everyone (``by``)."""

    by: str
    agent: str
    campaign: str
    holds: int
    average_s: float
    longest_s: float
    check_ins: int
    on_time: int
    overdue_s: float  # time held customers waited past their check-in points

    @property
    def on_time_percent(self) -> float | None:
        return on_time_percent(self.on_time, self.check_ins)


Tallies = dict[tuple[str, str], Tally]  # (agent, campaign) -> tally


def tally(holds: Iterable[TeamHold], now: datetime, into: Tallies | None = None) -> Tallies:
    """``holds`` added up per agent and campaign (into ``into``, when given)."""
    out: Tallies = {} if into is None else into
    for item in holds:
        key = (item.agent, str(item.hold.campaign) if item.hold.campaign else "")
        out[key] = out.get(key, Tally()).plus(Tally.of(item.hold, now))
    return out


def summary_rows(tallies: Tallies) -> list[SummaryRow]:
    """Per agent, per campaign and for everyone, from per agent-and-campaign tallies."""
    groups: dict[tuple[str, str, str], Tally] = {}
    for (agent, campaign), part in tallies.items():
        for key in ((BY_AGENT, agent, ""), (BY_CAMPAIGN, "", campaign), (BY_ALL, "", "")):
            groups[key] = groups.get(key, Tally()).plus(part)
    order = {BY_AGENT: 0, BY_CAMPAIGN: 1, BY_ALL: 2}
    return [
        SummaryRow(
            by,
            agent,
            campaign,
            part.holds,
            part.average_s,
            part.longest_s,
            part.check_ins,
            part.on_time,
            part.overdue_s,
        )
        for (by, agent, campaign), part in sorted(
            groups.items(), key=lambda g: (order[g[0][0]], g[0][1].casefold(), g[0][2])
        )
    ]


def summarise(holds: Sequence[TeamHold], now: datetime) -> list[SummaryRow]:
    """Per agent, per campaign and for everyone: holds, average and longest, check-ins on
    time (at or before their point) and time overdue. Holds still running count up to now."""
    return summary_rows(tally(holds, now))


# ---------------------------------------------------------------- the floor


class FloorUpdate(NamedTuple):
    """What one refresh of the floor found."""

    sightings: tuple[Sighting, ...]
    today: tuple[SummaryRow, ...]
    problem: str
    agents: int
    states_read: int  # state files read (not only looked at) this time


class TeamFloor:
    """The floor's reader: the state files by their stamps, the history by what was
    appended, and today's summary from both."""

    def __init__(self, folder: Path, wall: WallClock = wall_now) -> None:
        self.folder = folder
        self._wall = wall
        self.states = StateFiles(folder, wall)
        self.history = HistoryFiles(folder, wall)
        # Per agent, from its history: what it says, and its finished holds added up.
        self._histories: dict[str, AgentHistory] = {}
        self._finished: dict[str, Tallies] = {}
        self._day: date | None = None

    def refresh(self, *, sweep: bool = False) -> FloorUpdate:
        """Look at every state file and read the changed ones; read the history of the agents
        whose state changed (every agent's with ``sweep``, and at the first refresh of a
        day). A history line is written before the state that follows it (services/team.py),
        so a changed state brings its history along."""
        read = self.states.refresh()
        now = self._wall()
        midnight = local_midnight(now)
        day = midnight.date()
        if day != self._day:
            self._day, sweep = day, True
            self._histories.clear()
            self._finished.clear()
        present = {s.folder for s in read.sightings}
        for gone in set(self._histories) - present:
            del self._histories[gone]
            del self._finished[gone]
        first = first_file_day(midnight)
        for agent in present if sweep else set(read.changed) | (present - set(self._histories)):
            self.history.read(agent, first)
            state = self.states.state(agent)
            fallback = state.agent if state is not None and state.agent else agent
            history = agent_history(agent, self.history.lines(agent), fallback, midnight)
            self._histories[agent] = history
            self._finished[agent] = tally(history.finished, now)
        # The finished holds are added up once; only the running ones grow with the clock.
        tallies: Tallies = {}
        for part in self._finished.values():
            for key, value in part.items():
                tallies[key] = tallies.get(key, Tally()).plus(value)
        running = [
            hold
            for agent, history in self._histories.items()
            if (hold := running_hold(agent, self.states.state(agent), history, midnight, now))
        ]
        tally(running, now, tallies)
        return FloorUpdate(
            read.sightings,
            tuple(summary_rows(tallies)),
            read.problem,
            len(read.sightings),
            len(read.changed),
        )


# ---------------------------------------------------------------- where the folder is

# File systems reached over a network (Linux /proc/self/mounts names).
NETWORK_FILE_SYSTEMS = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smb3",
        "smbfs",
        "ncpfs",
        "afs",
        "9p",
        "ceph",
        "glusterfs",
        "davfs",
        "fuse.davfs2",
        "fuse.sshfs",
        "sshfs",
        "fuse.rclone",
    }
)


def is_network_folder(folder: Path) -> bool:
    """Whether ``folder`` is on a network share (where file-system watchers cannot be relied
    on): a UNC path or a network drive on Windows, a network file system's mount on Linux.
    Elsewhere, or when it cannot be told, False: the floor then watches and polls often."""
    if sys.platform == "win32":
        text = str(folder)
        if text.startswith(("\\\\", "//")):
            return True
        drive = os.path.splitdrive(os.path.abspath(text))[0]
        if not drive:
            return False
        import ctypes

        drive_remote = 4
        kind = ctypes.windll.kernel32.GetDriveTypeW(drive + "\\")  # type: ignore[attr-defined]
        return bool(kind == drive_remote)
    try:
        with open("/proc/self/mounts", encoding="utf-8", errors="replace") as stream:
            mounts = [line.split() for line in stream]
    except OSError:
        return False
    try:
        path = os.path.realpath(folder)
    except OSError:
        return False
    best, kind = "", ""
    for fields in mounts:
        if len(fields) < 3:
            continue
        point = fields[1].replace("\\040", " ")
        inside = path == point or path.startswith(point.rstrip("/") + "/")
        if inside and len(point) > len(best):
            best, kind = point, fields[2]
    return kind in NETWORK_FILE_SYSTEMS
