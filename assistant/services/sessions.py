"""The hold and the call in progress: timed sessions that write first and change state after.

A session wraps a core timer (core.hold.HoldTimer, core.call.CallTimer) and the agent's activity
log (store.activity). Every action writes its record first; only when the write succeeded does
the timer change, so what the window shows is what activity.db holds. A write that fails (the
file locked by another program, a full disk) raises StoreError and leaves the session as it
was; an action that does not fit the state (ending a hold that is not running) raises
SessionError. Both carry a sentence for the agent.

Times: deadlines run on the steady clock, and the wall time written for each moment is the
session's anchor plus steady seconds since (core.clock.Anchor), so a clock change never bends a
record. A session found open after a restart resumes from its written start time.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from assistant.core.call import CallRecord, CallTimer, Checklist, ChecklistStep
from assistant.core.clock import Anchor, Clock
from assistant.core.hold import REPEAT_SECONDS, WARNING_SECONDS, HoldTimer, Nag
from assistant.core.model import DEFAULT_CHECK_IN_SECONDS, Ref
from assistant.services.events import (
    CallEnded,
    CallStarted,
    HoldCheckedIn,
    HoldEnded,
    HoldStarted,
    StepTicked,
)
from assistant.store.activity import ActivityLog, CallRow, HoldRow
from assistant.store.rows import CallFlowRow


class SessionError(Exception):
    """An action that does not fit the state now ("no hold is running"), in words."""


class TimedSession:
    """What a hold and a call share: the log, the clock, and the anchor of the running one."""

    def __init__(self, activity: ActivityLog, clock: Clock) -> None:
        self._activity = activity
        self._clock = clock
        self._anchor: Anchor | None = None
        self._campaign: Ref | None = None

    @property
    def clock(self) -> Clock:
        return self._clock

    @property
    def campaign(self) -> Ref | None:
        """The running session's campaign (None when none runs or it had none)."""
        return self._campaign if self._anchor is not None else None

    def now(self) -> float:
        return self._clock.monotonic()

    @property
    def started_at(self) -> datetime | None:
        """The running session's start, as written (None when none runs)."""
        return self._anchor.wall if self._anchor is not None else None


class HoldSession(TimedSession):
    """One hold at a time: start, check in, end; reminders from the core timer."""

    def __init__(
        self,
        activity: ActivityLog,
        clock: Clock,
        *,
        repeat_seconds: float = REPEAT_SECONDS,
        warning_seconds: float = WARNING_SECONDS,
    ) -> None:
        super().__init__(activity, clock)
        self.timer = HoldTimer(repeat_seconds=repeat_seconds, warning_seconds=warning_seconds)
        self._hold_id: int | None = None
        self._call_id: int | None = None
        self._check_ins = 0

    @property
    def running(self) -> bool:
        return self.timer.running

    @property
    def hold_id(self) -> int | None:
        return self._hold_id

    @property
    def call_id(self) -> int | None:
        """The call the running hold belongs to."""
        return self._call_id if self.running else None

    @property
    def check_in_seconds(self) -> int:
        """The running hold's interval, or the one the next hold will use."""
        return self.timer.check_in_seconds

    def set_policy(self, check_in_seconds: int | None) -> None:
        """The campaign's check-in interval for the next hold (a running one keeps its own)."""
        if not self.running:
            self.timer.check_in_seconds = check_in_seconds or DEFAULT_CHECK_IN_SECONDS

    def start(self, campaign: Ref | None, call_id: int | None) -> HoldStarted:
        if self.running:
            raise SessionError("a hold is already running")
        anchor = Anchor.now(self._clock)
        seconds = self.timer.check_in_seconds
        hold_id = self._activity.log_hold_start(anchor.wall, campaign, seconds, call_id)
        self.timer.start(anchor.monotonic)
        self._anchor, self._hold_id, self._call_id = anchor, hold_id, call_id
        self._campaign, self._check_ins = campaign, 0
        return HoldStarted(hold_id, anchor.wall, campaign, seconds, call_id)

    def resume(self, row: HoldRow) -> HoldStarted:
        """Continue a hold found open after a restart, from its written start and check-ins."""
        if self.running:
            raise SessionError("a hold is already running")
        anchor = Anchor.at(self._clock, row.started_at)
        last = row.last_check_in()
        self.timer.check_in_seconds = row.check_in_seconds
        self.timer.resume(anchor.monotonic, None if last is None else anchor.monotonic_at(last))
        self._anchor, self._hold_id, self._call_id = anchor, row.id, row.call_id
        self._campaign, self._check_ins = row.campaign, len(row.check_ins)
        return HoldStarted(
            row.id, row.started_at, row.campaign, row.check_in_seconds, row.call_id, True
        )

    def check_in(self) -> HoldCheckedIn:
        """The agent spoke to the held customer: written, then the next interval starts."""
        due = self.timer.next_check_in()
        if due is None or self._hold_id is None or self._anchor is None:
            raise SessionError("no hold is running")
        now = self.now()
        at, due_at = self._anchor.wall_at(now), self._anchor.wall_at(due)
        self._activity.log_check_in(self._hold_id, at, due_at)
        self.timer.check_in(now)
        self._check_ins += 1
        return HoldCheckedIn(self._hold_id, self._anchor.wall, at, due_at, self._campaign)

    def end(self, *, interrupted: bool = False) -> HoldEnded:
        """Take the customer off hold: written, then the timer stops.

        ``interrupted``: the hold was found open after a restart and the agent ended it.
        """
        if not self.running or self._hold_id is None or self._anchor is None:
            raise SessionError("no hold is running")
        now = self.now()
        ended_at = self._anchor.wall_at(now)
        self._activity.log_hold_end(self._hold_id, ended_at, interrupted=interrupted)
        self.timer.end(now)
        event = HoldEnded(
            self._hold_id, self._anchor.wall, ended_at, self._campaign, self._check_ins, interrupted
        )
        self._anchor = self._hold_id = self._call_id = None
        return event

    def next_check_in_at(self) -> datetime | None:
        """The wall time of the running hold's next check-in point (None when idle)."""
        due = self.timer.next_check_in()
        if due is None or self._anchor is None:
            return None
        return self._anchor.wall_at(due)

    @property
    def check_ins(self) -> int:
        """Check-ins made during the running hold."""
        return self._check_ins if self.running else 0

    def poll(self) -> Nag | None:
        """The reminder due now that was not handed out yet (core.hold.HoldTimer.poll)."""
        return self.timer.poll(self.now())

    def next_wakeup(self) -> float | None:
        """Steady seconds until the look changes or a reminder is due; None when idle."""
        wake = self.timer.next_wakeup(self.now())
        return None if wake is None else max(0.0, wake - self.now())


class CallSession(TimedSession):
    """One call at a time: talk time and the call-flow checklist, each tick written at once."""

    def __init__(self, activity: ActivityLog, clock: Clock) -> None:
        super().__init__(activity, clock)
        self.timer = CallTimer()
        self._call_id: int | None = None
        self._flow: tuple[CallFlowRow, ...] = ()
        self._next_flow: tuple[CallFlowRow, ...] | None = None  # chosen during a call

    @property
    def running(self) -> bool:
        return self.timer.running

    @property
    def call_id(self) -> int | None:
        return self._call_id

    @property
    def checklist(self) -> Checklist:
        return self.timer.checklist

    @property
    def flow(self) -> tuple[CallFlowRow, ...]:
        """The steps (with their phrases) of the running call, or of the next one."""
        return self._flow

    def prepare(self, flow: Sequence[CallFlowRow]) -> None:
        """The call flow the next call starts with. A running call keeps its own, and the
        flow is taken up when it ends (it was forgotten: a campaign chosen during a call left
        the next call on the old campaign's steps, and its end warned of their required
        ones)."""
        if self.running:
            self._next_flow = tuple(flow)
        else:
            self._use(tuple(flow))

    def _use(self, flow: tuple[CallFlowRow, ...]) -> None:
        self._flow, self._next_flow = flow, None
        self.timer.checklist = Checklist(_steps(flow))

    def talk_time(self) -> float:
        return self.timer.talk_time(self.now())

    def start(self, campaign: Ref | None) -> CallStarted:
        if self.running:
            raise SessionError("a call is already running")
        anchor = Anchor.now(self._clock)
        call_id = self._activity.log_call_start(anchor.wall, campaign)
        self.timer.start(anchor.monotonic, _steps(self._flow))
        self._anchor, self._call_id, self._campaign = anchor, call_id, campaign
        return CallStarted(call_id, anchor.wall, campaign)

    def resume(self, row: CallRow, flow: Sequence[CallFlowRow], ticked: set[int]) -> CallStarted:
        """Continue a call found open after a restart: its start time and ticks are kept."""
        if self.running:
            raise SessionError("a call is already running")
        anchor = Anchor.at(self._clock, row.started_at)
        self._flow, self._next_flow = tuple(flow), None
        self.timer.start(anchor.monotonic, _steps(self._flow))
        for position in ticked:
            if position < len(self._flow):
                self.timer.checklist.tick(position)
        self._anchor, self._call_id, self._campaign = anchor, row.id, row.campaign
        return CallStarted(row.id, row.started_at, row.campaign, True)

    def end(self) -> tuple[CallEnded, CallRecord]:
        """End the call: required steps left unticked are flagged in the record, not blocking."""
        if not self.running or self._call_id is None or self._anchor is None:
            raise SessionError("no call is running")
        now = self.now()
        ended_at = self._anchor.wall_at(now)
        missing = self.timer.checklist.missing_required()
        self._activity.log_call_end(self._call_id, ended_at, missing)
        record = self.timer.end(now)
        event = CallEnded(self._call_id, self._anchor.wall, ended_at, self._campaign, missing)
        self._anchor, self._call_id = None, None
        if self._next_flow is not None:
            self._use(self._next_flow)  # the campaign chosen during the call
        return event, record

    def tick(self, position: int, done: bool) -> StepTicked:
        """Tick (or untick) a call-flow step; during a call it is written first."""
        checklist = self.timer.checklist
        if not 0 <= position < len(checklist.steps):
            raise SessionError(f"the call flow has no step {position + 1}")
        if self.running and self._call_id is not None:
            step = checklist.steps[position]
            self._activity.tick_step(
                self._call_id, position, step.step, step.required, done, self._clock.wall()
            )
        checklist.tick(position, done)
        return StepTicked(self._call_id if self.running else None, position, done)


def _steps(flow: Sequence[CallFlowRow]) -> tuple[ChecklistStep, ...]:
    return tuple(ChecklistStep(s.step, s.required) for s in flow)
