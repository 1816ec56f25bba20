"""What happened at the agent's desk, as typed events: the window, the tray, the team folder
and the day's summary listen to the desk (services/desk.py) instead of to each other.

Each event is emitted once, after its write to activity.db succeeded: a listener never hears
of a hold the database does not have. Times are wall-clock (UTC, timezone-aware), as written.
Nothing here names a customer.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import NamedTuple

from assistant.core.hold import lateness, on_time
from assistant.core.model import Ref
from assistant.store.rows import CampaignRow


class CampaignSelected(NamedTuple):
    """The campaign the next call and hold use (None: none installed)."""

    campaign: CampaignRow | None


class CallStarted(NamedTuple):
    call_id: int
    started_at: datetime
    campaign: Ref | None
    resumed: bool = False  # found open after a restart and continued


class StepTicked(NamedTuple):
    call_id: int | None  # None: ticked before a call started (nothing is written)
    position: int
    done: bool


class CallEnded(NamedTuple):
    call_id: int
    started_at: datetime
    ended_at: datetime
    campaign: Ref | None
    missing_steps: tuple[str, ...]

    @property
    def duration_s(self) -> float:
        return max(0.0, (self.ended_at - self.started_at).total_seconds())


class HoldStarted(NamedTuple):
    hold_id: int
    started_at: datetime
    campaign: Ref | None
    check_in_seconds: int
    call_id: int | None
    resumed: bool = False


class HoldCheckedIn(NamedTuple):
    hold_id: int
    started_at: datetime  # the hold's
    at: datetime
    due_at: datetime
    campaign: Ref | None

    @property
    def late_s(self) -> float:
        return lateness((self.at - self.due_at).total_seconds())

    @property
    def on_time(self) -> bool:
        return on_time(self.late_s)


class HoldEnded(NamedTuple):
    hold_id: int
    started_at: datetime
    ended_at: datetime
    campaign: Ref | None
    check_ins: int
    interrupted: bool = False

    @property
    def duration_s(self) -> float:
        return max(0.0, (self.ended_at - self.started_at).total_seconds())


class EndedAtRestart(NamedTuple):
    """Holds and calls a crash (or a power cut) left open, ended at the next start without the
    agent (desk.resume_after_restart): the holds marked interrupted. Not the running hold or
    call: the window's bars hear nothing of these; the team folder and the day's summary do."""

    holds: tuple[HoldEnded, ...]
    calls: tuple[CallEnded, ...]


DeskEvent = (
    CampaignSelected
    | CallStarted
    | StepTicked
    | CallEnded
    | HoldStarted
    | HoldCheckedIn
    | HoldEnded
    | EndedAtRestart
)
DeskListener = Callable[[DeskEvent], None]
