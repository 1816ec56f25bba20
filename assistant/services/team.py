"""Publishing the agent's state and history to the team folder, for the team floor.

With ``[team] publish = true`` (settings.ini, or the IT policy, which wins) the program writes
into the team folder (``[team] folder``; by default the ``team`` folder inside the shared pack
folder) under a sub-folder of its own, which no other program writes:

- ``state.json``, replaced whole (core/files.py write_atomic) whenever the agent's state
  changes and every 30 s as a heartbeat (the window's timer calls ``heartbeat``);
- ``history-YYYY-MM-DD.jsonl``, one line appended for each finished hold, check-in and call.

The files get the mode any file the user makes gets (the umask's), not the data folder's
private 0600: the other agents' and the supervisor's programs read them.

What is published comes from the desk's events (services/events.py), which name no customer:
times, campaign references, counts. The customer's name, number and notes never leave the
desktop. Each history line is kept in activity.db first (store/outbox.py) and deleted once it
is in the team folder, so a share that cannot be reached loses nothing: the window's status
line says "team folder offline", and the lines go out when it is back (at the next change or
heartbeat). A line can reach the folder twice (the program stopped between the write and its
record); each line has a key, and readers keep one line per key.

The writing runs on a Worker of its own (services/background.py): a slow or vanished share
never holds up the window. Everything else (the events, the outbox) runs on the caller's
thread, and results come back through ``post``.
"""

from __future__ import annotations

import errno
import getpass
import logging
import os
import re
import threading
from collections.abc import Callable, Sequence
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import Any, NamedTuple

from assistant.core.files import open_to_append, write_atomic
from assistant.core.hold import lateness
from assistant.core.listeners import Listeners
from assistant.core.model import Ref
from assistant.core.team import (
    CALL,
    CHECK_IN,
    HOLD,
    STATE_FILE,
    Activity,
    AgentState,
    clean_name,
    encode_line,
    history_name,
    hold_key,
    iso,
)
from assistant.services.background import Post, Worker, run_here
from assistant.services.desk import Desk
from assistant.services.events import (
    CallEnded,
    CallStarted,
    CampaignSelected,
    DeskEvent,
    EndedAtRestart,
    HoldCheckedIn,
    HoldEnded,
    HoldStarted,
)
from assistant.services.policy import Policy, folder_setting, load_policy, parse_switch
from assistant.services.settings_file import agent_settings
from assistant.store.activity import HoldRow
from assistant.store.errors import StoreError
from assistant.store.outbox import OutboxLine, TeamOutbox

log = logging.getLogger(__name__)

SECTION = "team"
TEAM_SUBFOLDER = "team"  # inside the pack folder, when no team folder is named
# activity.db's settings table: the name of this data folder's sub-folder in the team folder.
AGENT_FOLDER_SETTING = "team/agent_folder"
# The events after which the state file is written again.
_STATE_EVENTS = (CampaignSelected, CallStarted, CallEnded, HoldStarted, HoldCheckedIn, HoldEnded)
_SLUG = re.compile(r"[^a-z0-9]+")


# ---------------------------------------------------------------- settings and policy


class TeamConfig(NamedTuple):
    """Whether and where the agent publishes, and the name the team sees."""

    publish: bool
    folder: Path | None  # the team folder: one sub-folder per agent; None: none set
    display_name: str
    locked: frozenset[str] = frozenset()  # the keys the IT policy sets


def default_display_name() -> str:
    """The name the team sees when none is set: the user's sign-in name."""
    try:
        return clean_name(getpass.getuser()) or "agent"
    except (OSError, KeyError, ImportError):  # no user name in the environment or the system
        return "agent"


def team_config(
    policy: Policy, *, publish: bool, folder: str, display_name: str, pack_folder: str
) -> TeamConfig:
    """The team settings in force: each key the IT policy sets wins over the agent's own.
    Without a team folder, the ``team`` folder inside the shared pack folder (the policy's or
    the agent's) is used: agents need to write there, and not in the packs' folder itself.
    The display name is taken on one line and cut to MAX_NAME_CHARS (core/team.py
    ``clean_name``), whoever set it: the floor shows no more."""
    locked: set[str] = set()
    if policy.team_publish is not None:
        publish = policy.team_publish
        locked.add("publish")
    chosen = folder_setting(folder)
    if policy.team_folder is not None:
        chosen = policy.team_folder
        locked.add("folder")
    if chosen is None:
        packs = policy.shared_pack_folder(pack_folder)
        chosen = packs / TEAM_SUBFOLDER if packs is not None else None
    name = clean_name(os.path.expandvars(display_name))
    policy_name = clean_name(policy.team_display_name or "")
    if policy_name:
        name = policy_name
        locked.add("display_name")
    return TeamConfig(publish, chosen, name or default_display_name(), frozenset(locked))


def read_team_config(data_dir: Path, policy: Policy | None = None) -> TeamConfig:
    """The team settings for a command (no Qt): settings.ini in ``data_dir`` and the policy.
    A settings file that cannot be read counts as empty (and is logged)."""
    policy = load_policy() if policy is None else policy
    for problem in policy.ignored:
        log.warning("%s", problem)
    values = agent_settings(data_dir, "the team settings are the defaults")
    return team_config(
        policy,
        publish=parse_switch(values.get(f"{SECTION}/publish", "")) or False,
        folder=values.get(f"{SECTION}/folder", ""),
        display_name=values.get(f"{SECTION}/display_name", ""),
        pack_folder=values.get("packs/folder", ""),
    )


def new_agent_folder(display_name: str) -> str:
    """A sub-folder name for a new agent: readable, and unique among agents of the same name
    (two "maria" never write the same files)."""
    slug = _SLUG.sub("-", display_name.casefold()).strip("-")[:40] or "agent"
    return f"{slug}-{os.urandom(3).hex()}"  # (secrets would cost ~5 ms after the first paint)


# ---------------------------------------------------------------- what is written


class PublishStatus(StrEnum):
    OFF = "off"  # not publishing
    NO_FOLDER = "no_folder"  # publishing, but no team folder is set
    ONLINE = "online"  # the last write reached the team folder
    OFFLINE = "offline"  # the team folder could not be reached; lines wait in the outbox


class Target(NamedTuple):
    """Where one agent's files go."""

    team: Path
    agent: str

    @property
    def folder(self) -> Path:
        return self.team / self.agent


def _agent_folder(target: Target) -> Path:
    """The agent's sub-folder, made if missing. The team folder itself is never made: a
    share that is not mounted must not turn into a local folder nobody reads."""
    if not target.team.is_dir():
        raise FileNotFoundError(errno.ENOENT, "the team folder cannot be reached", str(target.team))
    folder = target.folder
    folder.mkdir(exist_ok=True)
    return folder


def write_state(target: Target, state: AgentState) -> None:
    """Replace the agent's state file whole. Raises OSError."""
    folder = _agent_folder(target)
    # Others write to the team folder: a link planted as the state file is replaced, never
    # written through.
    write_atomic(folder / STATE_FILE, state.encode(), follow_links=False)


def append_history(target: Target, lines: Sequence[OutboxLine]) -> list[int]:
    """Append ``lines`` to their days' history files, flushed to disk; returns their ids.
    Raises OSError (lines written before the failure may be written again later: readers
    keep one line per key)."""
    folder = _agent_folder(target)
    by_day: dict[str, list[OutboxLine]] = {}
    for line in lines:
        by_day.setdefault(line.day, []).append(line)
    written: list[int] = []
    for day, group in by_day.items():
        path = folder / history_name(datetime.fromisoformat(day).date())
        data = b"".join(line.line.encode("utf-8") + b"\n" for line in group)
        # Binary append: O_APPEND, and the mode any file the user makes gets. Others write to
        # the team folder: a link or a named pipe planted as the file is refused.
        with open_to_append(path) as stream:
            size = stream.seek(0, os.SEEK_END)
            if size:
                stream.seek(size - 1)
                if stream.read(1) != b"\n":
                    # A write cut short by a vanished share left half a line: end it, so it
                    # stays one bad line that readers skip, instead of spoiling this one.
                    data = b"\n" + data
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        written.extend(line.id for line in group)
    return written


def hold_record(agent: str, row: HoldRow, campaign_name: str) -> dict[str, Any]:
    """A finished hold's history line: times, campaign, interval, check-ins; no customer."""
    ended = row.ended_at or row.started_at
    return {
        "kind": HOLD,
        "key": hold_key(row.id, row.started_at),
        "agent": agent,
        "hold": row.id,
        "started_at": iso(row.started_at),
        "ended_at": iso(ended),
        "duration_s": round(row.duration_s(ended), 3),
        "campaign": str(row.campaign) if row.campaign else "",
        "campaign_name": campaign_name,
        "check_in_seconds": row.check_in_seconds,
        "status": row.status,
        "call": row.call_id,
        "check_ins": [
            {"at": iso(c.at), "due_at": iso(c.due_at), "late_s": c.late_s} for c in row.check_ins
        ],
    }


def check_in_record(
    agent: str,
    hold_id: int,
    hold_started_at: datetime,
    at: datetime,
    due_at: datetime,
    campaign: Ref | None,
) -> dict[str, Any]:
    """A check-in's history line; ``hold_key`` ties it to its hold while that runs."""
    return {
        "kind": CHECK_IN,
        "key": f"check_in:{hold_id}:{iso(at)}",
        "hold_key": hold_key(hold_id, hold_started_at),
        "agent": agent,
        "hold": hold_id,
        "at": iso(at),
        "due_at": iso(due_at),
        "late_s": lateness((at - due_at).total_seconds()),
        "campaign": str(campaign) if campaign else "",
    }


def call_record(
    agent: str,
    call_id: int,
    started_at: datetime,
    ended_at: datetime,
    campaign: Ref | None,
    campaign_name: str,
    missing_required_steps: int,
) -> dict[str, Any]:
    """A finished call's history line: times, campaign and how many required steps were left
    unticked (not which: a count is all the floor needs)."""
    return {
        "kind": CALL,
        "key": f"call:{call_id}:{iso(started_at)}",
        "agent": agent,
        "call": call_id,
        "started_at": iso(started_at),
        "ended_at": iso(ended_at),
        "duration_s": round(max(0.0, (ended_at - started_at).total_seconds()), 3),
        "campaign": str(campaign) if campaign else "",
        "campaign_name": campaign_name,
        "missing_required_steps": missing_required_steps,
    }


# ---------------------------------------------------------------- the publisher


class StatusChange(NamedTuple):
    """The publisher's new status, and why the team folder cannot be reached (when not)."""

    status: PublishStatus
    detail: str


class TeamPublisher:
    """Writes one agent's state and history to the team folder, from the desk's events."""

    def __init__(
        self,
        desk: Desk,
        outbox: TeamOutbox | None = None,
        *,
        post: Post = run_here,
        worker: Worker[None] | None = None,
    ) -> None:
        """``outbox``: where lines wait (default: the desk's activity.db); ``post`` runs the
        worker's results on the caller's thread (services/background.py)."""
        self._desk = desk
        self._outbox = outbox or TeamOutbox(desk.activity.database)
        self._worker: Worker[None] = worker or Worker("team-publisher", lambda: None, post=post)
        self._config = TeamConfig(False, None, default_display_name())
        self._agent: str | None = None
        self._status = PublishStatus.OFF
        self._detail = ""
        self._listeners: Listeners[StatusChange] = Listeners()
        self._flushing = False
        self._closed = False
        # Lines the worker has written and the outbox not yet forgotten (see _acknowledge).
        self._lock = threading.Lock()
        self._written: list[int] = []
        self._names: dict[Ref, str] = {}
        desk.subscribe(self._on_event)

    # ---------------------------------------------------------------- state

    @property
    def config(self) -> TeamConfig:
        return self._config

    @property
    def status(self) -> PublishStatus:
        return self._status

    @property
    def detail(self) -> str:
        """Why the team folder could not be reached, in the system's words."""
        return self._detail

    @property
    def publishing(self) -> bool:
        return self._config.publish and not self._closed

    @property
    def worker(self) -> Worker[None]:
        return self._worker

    def on_status(self, listener: Callable[[StatusChange], None]) -> None:
        """Call ``listener`` with each change of the status."""
        self._listeners.add(listener)

    def _set_status(self, status: PublishStatus, detail: str = "") -> None:
        if (status, detail) == (self._status, self._detail):
            return
        was = self._status
        self._status, self._detail = status, detail
        if status is PublishStatus.OFFLINE and was is not PublishStatus.OFFLINE:
            log.warning("the team folder %s cannot be reached: %s", self._config.folder, detail)
        elif status is PublishStatus.ONLINE and was is PublishStatus.OFFLINE:
            log.info("the team folder %s can be reached again", self._config.folder)
        self._listeners(StatusChange(status, detail))

    def configure(self, config: TeamConfig) -> None:
        """Use ``config`` from now on (at start, and when the settings change). Switching
        publishing off writes a last "signed out" state, so the floor does not wait for an
        agent who will not come back."""
        before = self._config
        if before.publish and not config.publish and not self._closed:
            self._submit_state(self._state(Activity.SIGNED_OUT))
        self._config = config
        if not config.publish:
            self._set_status(PublishStatus.OFF)
            return
        if config.folder is None:
            self._set_status(PublishStatus.NO_FOLDER)
            return
        if self._status in (PublishStatus.OFF, PublishStatus.NO_FOLDER) or before != config:
            self._set_status(PublishStatus.ONLINE)
        self.heartbeat()

    def agent_folder(self) -> str:
        """This data folder's sub-folder in the team folder (chosen once, kept in
        activity.db: the name stays when the display name changes)."""
        if self._agent is None:
            kb = self._desk.kb
            name = kb.setting(AGENT_FOLDER_SETTING)
            if not name:
                name = new_agent_folder(self._config.display_name)
                try:
                    kb.set_setting(AGENT_FOLDER_SETTING, name)
                except StoreError as error:  # the same name is made again next time
                    log.warning("the team sub-folder's name could not be kept: %s", error)
            self._agent = name
        return self._agent

    def _target(self) -> Target | None:
        folder = self._config.folder
        return None if folder is None else Target(folder, self.agent_folder())

    # ---------------------------------------------------------------- the desk's events

    def _on_event(self, event: DeskEvent) -> None:
        if not self.publishing:
            return
        if isinstance(event, HoldEnded):
            self._keep(self._hold_line(event), event.ended_at)
        elif isinstance(event, HoldCheckedIn):
            self._keep(self._check_in_line(event), event.at)
        elif isinstance(event, CallEnded):
            self._keep(self._call_line(event), event.ended_at)
        elif isinstance(event, EndedAtRestart):  # what a crash left open, ended at this start
            for hold in event.holds:
                self._keep(self._hold_line(hold), hold.ended_at)
            for call in event.calls:
                self._keep(self._call_line(call), call.ended_at)
        if isinstance(event, _STATE_EVENTS):
            self.publish_state()

    def _keep(self, record: dict[str, Any] | None, at: datetime) -> None:
        """Keep a history line in the outbox, then send what waits."""
        if record is None:
            return
        line = encode_line(record).decode("utf-8").rstrip("\n")
        try:
            self._outbox.add(iso(at)[:10], line)
        except StoreError as error:
            log.warning("a line for the team folder could not be kept: %s", error)
            return
        self.flush()

    def _hold_line(self, event: HoldEnded) -> dict[str, Any] | None:
        row = self._desk.activity.hold(event.hold_id)
        if row is None:
            return None
        if row.ended_at is None:
            row = row._replace(ended_at=event.ended_at)
        return hold_record(self._config.display_name, row, self._campaign_name(row.campaign))

    def _check_in_line(self, event: HoldCheckedIn) -> dict[str, Any]:
        return check_in_record(
            self._config.display_name,
            event.hold_id,
            event.started_at,
            event.at,
            event.due_at,
            event.campaign,
        )

    def _call_line(self, event: CallEnded) -> dict[str, Any]:
        return call_record(
            self._config.display_name,
            event.call_id,
            event.started_at,
            event.ended_at,
            event.campaign,
            self._campaign_name(event.campaign),
            len(event.missing_steps),
        )

    def _campaign_name(self, ref: Ref | None) -> str:
        """The campaign's name (pack text, never a customer's), looked up once per campaign."""
        if ref is None:
            return ""
        selected = self._desk.campaign
        if selected is not None and selected.ref == ref:
            return selected.name
        if ref not in self._names:
            campaign = self._desk.kb.campaign(ref)
            self._names[ref] = campaign.name if campaign is not None else ""
        return self._names[ref]

    def _state(self, activity: Activity | None = None) -> AgentState:
        """The agent's state now, from the desk."""
        desk = self._desk
        hold, call = desk.hold, desk.call
        selected = desk.campaign.ref if desk.campaign is not None else None
        campaign = hold.campaign or call.campaign or selected
        if activity is None:
            activity = Activity.HOLD if hold.running else Activity.CALL if call.running else None
            activity = activity or Activity.IDLE
        on_hold = activity is Activity.HOLD
        return AgentState(
            agent=self._config.display_name,
            activity=activity,
            updated_at=desk.activity.now(),
            campaign=str(campaign) if campaign else "",
            campaign_name=self._campaign_name(campaign),
            call_id=call.call_id if call.running else None,
            call_started_at=call.started_at if call.running else None,
            hold_id=hold.hold_id if on_hold else None,
            hold_started_at=hold.started_at if on_hold else None,
            check_in_seconds=hold.check_in_seconds if on_hold else None,
            next_check_in_at=hold.next_check_in_at() if on_hold else None,
            check_ins=hold.check_ins if on_hold else 0,
        )

    # ---------------------------------------------------------------- writing

    def publish_state(self) -> None:
        """Write the agent's state now (the newest state wins over one still queued)."""
        if self.publishing and self._config.folder is not None:
            self._submit_state(self._state())

    def heartbeat(self) -> None:
        """The state again, and what waits in the outbox (every HEARTBEAT_SECONDS): this is
        also how lines kept while the folder was offline go out once it is back."""
        self.publish_state()
        self.flush()

    def _submit_state(self, state: AgentState) -> None:
        target = self._target()
        if target is None:
            return
        self._worker.submit(
            lambda _context: write_state(target, state),
            lambda _result: self._reached(),
            self._failed,
            replaces="state",
        )

    def flush(self) -> None:
        """Send the lines waiting in the outbox (one batch at a time, oldest first)."""
        if not self.publishing or self._flushing:
            return
        target = self._target()
        if target is None:
            return
        try:
            lines = self._outbox.pending()
        except StoreError as error:
            log.warning("the lines for the team folder could not be read: %s", error)
            return
        if not lines:
            return
        self._flushing = True

        def send(_context: None) -> int:
            written = append_history(target, lines)
            with self._lock:
                self._written.extend(written)
            return len(written)

        self._worker.submit(send, self._flushed, self._flush_failed)

    def _flushed(self, _count: int) -> None:
        self._flushing = False
        self._acknowledge()
        self._reached()
        if not self._closed:
            try:
                more = self._outbox.count() > 0
            except StoreError:
                more = False
            if more:
                self.flush()

    def _flush_failed(self, error: BaseException) -> None:
        self._flushing = False
        self._acknowledge()  # a batch written in part: those lines are done
        self._failed(error)

    def _acknowledge(self) -> None:
        """Forget the outbox lines the worker wrote (on the caller's thread, which owns the
        database connection)."""
        with self._lock:
            written, self._written = self._written, []
        if not written:
            return
        try:
            self._outbox.remove(written)
        except StoreError as error:  # sent again later; readers keep one line per key
            log.warning("published lines could not be marked sent: %s", error)

    def _reached(self) -> None:
        if self.publishing and self._config.folder is not None:
            back = self._status is PublishStatus.OFFLINE
            self._set_status(PublishStatus.ONLINE)
            if back:
                self.flush()  # what waited while the folder was away, without waiting 30 s

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, OSError):
            log.error("publishing to the team folder failed", exc_info=error)
            return
        if self.publishing:
            self._set_status(PublishStatus.OFFLINE, str(error.strerror or error))

    def close(self, timeout: float = 3.0) -> None:
        """The program is closing: a last state ("signed out"), what waits in the outbox,
        then the worker stops (waiting ``timeout`` seconds at most for a slow share; what is
        not sent by then goes at the next start)."""
        if self._closed:
            return
        if self.publishing:
            self._submit_state(self._state(Activity.SIGNED_OUT))
            self.flush()
        self._closed = True
        self._desk.unsubscribe(self._on_event)
        self._worker.close(timeout)
        self._acknowledge()
