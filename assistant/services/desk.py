"""The agent's desk: the campaign in use, the call and the hold in progress, and their rules.

The window's buttons and shortcuts, the tray, the control channel (softphone commands) and a
restart after a crash all act through one Desk, so each rule lives here once:

- a hold started during a call belongs to it, and ending the call takes the customer off hold;
- the next hold uses the selected campaign's check-in interval, the next call its call flow;
- a bare campaign id names a team pack's campaign before the built-in one of the same id;
- holds and calls a crash left open are resumed or ended at the next start;
- the campaign chosen is remembered in activity.db, so the next start opens on it.

Every action writes first (services/sessions.py): on a failed write it raises StoreError and
nothing changes; an action that does not fit raises SessionError. Listeners hear a typed event
(services/events.py) after each action that succeeded. Qt-free: the window adapts the events to
a signal (ui/events.py).
"""

from __future__ import annotations

import logging

from assistant.core.call import CallRecord
from assistant.core.clock import SYSTEM_CLOCK, Clock
from assistant.core.hold import REPEAT_SECONDS, WARNING_SECONDS
from assistant.core.listeners import Listeners
from assistant.core.model import Ref, find_ref, parse_ref
from assistant.services.events import (
    CallEnded,
    CallStarted,
    CampaignSelected,
    DeskEvent,
    DeskListener,
    EndedAtRestart,
    HoldCheckedIn,
    HoldEnded,
    HoldStarted,
    StepTicked,
)
from assistant.services.sessions import CallSession, HoldSession, SessionError
from assistant.store.activity import ActivityLog, HoldRow
from assistant.store.errors import StoreError
from assistant.store.knowledge import KnowledgeBase
from assistant.store.rows import CampaignRow, PhraseRow

log = logging.getLogger(__name__)

__all__ = ["CAMPAIGN_SETTING", "Desk", "SessionError", "parse_ref"]

# The campaign chosen last ('pack/id'), in activity.db's settings: a commit, which the window
# does not wait for the disk to flush (services/flush.py), and which a crash does not lose.
CAMPAIGN_SETTING = "desk/campaign"


class Desk:
    """The campaign, call and hold of one agent; every action written before it shows."""

    def __init__(
        self,
        kb: KnowledgeBase,
        activity: ActivityLog,
        clock: Clock = SYSTEM_CLOCK,
        *,
        repeat_seconds: float = REPEAT_SECONDS,
        warning_seconds: float = WARNING_SECONDS,
    ) -> None:
        self._kb = kb
        self._activity = activity
        self.hold = HoldSession(
            activity, clock, repeat_seconds=repeat_seconds, warning_seconds=warning_seconds
        )
        self.call = CallSession(activity, clock)
        self._campaign: CampaignRow | None = None
        self._remembered: str | None = None  # CAMPAIGN_SETTING as stored, once read
        self._closed = False  # the window closed it: nothing starts any more
        self._listeners: Listeners[DeskEvent] = Listeners()
        # For {customer_name} in this call's phrases: memory only, never written anywhere.
        self.customer_name = ""

    @property
    def kb(self) -> KnowledgeBase:
        return self._kb

    @property
    def activity(self) -> ActivityLog:
        return self._activity

    def subscribe(self, listener: DeskListener) -> None:
        """Call ``listener(event)`` after each action that succeeded."""
        self._listeners.add(listener)

    def unsubscribe(self, listener: DeskListener) -> None:
        self._listeners.remove(listener)

    def _emit(self, event: DeskEvent) -> None:
        self._listeners(event)

    # ---------------------------------------------------------------- the campaign

    @property
    def campaign(self) -> CampaignRow | None:
        """The selected campaign: the next call's and the next hold's."""
        return self._campaign

    def select_campaign(self, ref: Ref | None) -> CampaignRow | None:
        """Use ``ref`` for the next call and hold (None, or one not installed: none)."""
        campaign = self._kb.campaign(ref) if ref is not None else None
        self._campaign = campaign
        self.hold.set_policy(campaign.check_in_seconds if campaign else None)
        self.call.prepare(self._kb.call_flow(campaign.ref) if campaign else [])
        if campaign is not None:
            self._remember(str(campaign.ref))
        self._emit(CampaignSelected(campaign))
        return campaign

    def remembered_campaign(self) -> Ref | None:
        """The campaign chosen last, at this start or an earlier one (None: none yet)."""
        return parse_ref(self._stored_campaign())

    def _stored_campaign(self) -> str:
        if self._remembered is None:
            self._remembered = self._kb.setting(CAMPAIGN_SETTING) or ""
        return self._remembered

    def _remember(self, value: str) -> None:
        # Written when it changes only: the window selects the remembered campaign at every
        # start. A failed write is no reason to refuse the campaign: the next start would
        # open on the one chosen before.
        if value == self._stored_campaign():
            return
        try:
            self._kb.set_setting(CAMPAIGN_SETTING, value)
        except StoreError as error:
            log.warning("could not remember the campaign %s: %s", value, error)
            return
        self._remembered = value

    @property
    def with_customer(self) -> bool:
        """A customer is on the line: a call runs, or a hold (a softphone may tell of holds
        only). The window then keeps what the agent reads for this customer in view."""
        return self.call.running or self.hold.running

    def find_campaign(self, text: str) -> Ref | None:
        """The installed campaign ``text`` names: 'pack/id', or a bare id, where a team pack's
        campaign wins over the built-in one of the same id."""
        return find_ref(text, (c.ref for c in self._kb.campaigns()))

    def check_in_phrase(self) -> PhraseRow | None:
        """The selected campaign's hold check-in phrase, if it has one."""
        campaign = self._campaign
        if campaign is None or campaign.check_in_phrase is None:
            return None
        return self._kb.phrase(campaign.check_in_phrase)

    # ---------------------------------------------------------------- the call

    def start_call(self, campaign: str | None = None) -> CallStarted:
        """Start a call, switching to ``campaign`` ('pack/id' or an id) first when given."""
        self._refuse_when_closed()
        if campaign:
            ref = self.find_campaign(campaign)
            if ref is None:
                raise SessionError(f"no campaign with the id '{campaign}' is installed")
            if self.call.running:
                raise SessionError("a call is already running")
            if self._campaign is None or ref != self._campaign.ref:
                self.select_campaign(ref)
        event = self.call.start(self._campaign.ref if self._campaign else None)
        self._emit(event)
        return event

    def end_call(self) -> tuple[CallEnded, CallRecord]:
        """End the call; its hold ends first (a hold belongs to its call)."""
        if not self.call.running:
            raise SessionError("no call is running")
        if self.hold.running and self.hold.call_id == self.call.call_id:
            self.end_hold()
        event, record = self.call.end()
        self.customer_name = ""
        self._emit(event)
        return event, record

    def toggle_call(self) -> CallStarted | CallEnded:
        return self.end_call()[0] if self.call.running else self.start_call()

    def tick_step(self, position: int, done: bool) -> StepTicked:
        event = self.call.tick(position, done)
        self._emit(event)
        return event

    def _refuse_when_closed(self) -> None:
        if self._closed:
            raise SessionError(
                "the window is closing: nothing was started; start Agent Assistant again"
            )

    # ---------------------------------------------------------------- the hold

    def start_hold(self) -> HoldStarted:
        """Put the customer on hold, under the selected campaign's check-in interval."""
        self._refuse_when_closed()
        ref = self._campaign.ref if self._campaign else None
        event = self.hold.start(ref, self.call.call_id)
        self._emit(event)
        return event

    def check_in(self) -> HoldCheckedIn:
        event = self.hold.check_in()
        self._emit(event)
        return event

    def end_hold(self, *, interrupted: bool = False) -> HoldEnded:
        event = self.hold.end(interrupted=interrupted)
        self._emit(event)
        return event

    def toggle_hold(self) -> HoldStarted | HoldEnded:
        return self.end_hold() if self.hold.running else self.start_hold()

    # ---------------------------------------------------------------- after a restart

    def resume_after_restart(self) -> HoldStarted | None:
        """Continue what a crash (or a power cut) left open, so no customer is forgotten.

        The newest hold left open is resumed, shown running (the window then asks whether to
        continue it or end it), with the call it belongs to. Calls and older holds left open
        are ended now, holds marked interrupted. Returns the resumed hold, if any.
        """
        holds = [h for h in self._activity.open_holds() if h.id != self.hold.hold_id]
        resume: HoldRow | None = holds[-1] if holds and not self.hold.running else None
        ended_holds: list[HoldEnded] = []
        ended_calls: list[CallEnded] = []
        for row in holds:
            if row is not resume:
                at = self._activity.now()
                self._activity.log_hold_end(row.id, at, interrupted=True)
                ended_holds.append(
                    HoldEnded(row.id, row.started_at, at, row.campaign, len(row.check_ins), True)
                )
        keep_call = resume.call_id if resume is not None else None
        for call in self._activity.open_calls():
            if call.id == self.call.call_id:
                continue
            if call.id == keep_call and not self.call.running:
                flow = self._kb.call_flow(call.campaign) if call.campaign else []
                if call.campaign is not None and self._kb.campaign(call.campaign) is not None:
                    self.select_campaign(call.campaign)
                ticked = self._activity.ticked_steps(call.id)
                self._emit(self.call.resume(call, flow, ticked))
            else:
                at = self._activity.now()
                self._activity.log_call_end(call.id, at, call.missing_steps)
                ended_calls.append(
                    CallEnded(call.id, call.started_at, at, call.campaign, call.missing_steps)
                )
        if ended_holds or ended_calls:
            self._emit(EndedAtRestart(tuple(ended_holds), tuple(ended_calls)))
        if resume is None:
            return None
        event = self.hold.resume(resume)
        self._emit(event)
        return event

    def close(self) -> None:
        """The window closes: the hold and the call end, written (as the agent would). A write
        that fails leaves them open, and the next start offers to continue them. Nothing starts
        after: a softphone's command in the last moments of the window would start a hold or
        a call nobody ends, offered back as cut off at the next start."""
        self._closed = True
        try:
            if self.hold.running:
                self.end_hold()
            if self.call.running:
                self.end_call()
        except StoreError as error:
            log.warning("could not end the running hold or call at close: %s", error)
