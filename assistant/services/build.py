"""The services one window (or one command) works with, built in one place."""

from __future__ import annotations

from typing import NamedTuple

from assistant.core.clock import SYSTEM_CLOCK, Clock
from assistant.core.hold import REPEAT_SECONDS
from assistant.services.callbacks import CallbackService
from assistant.services.desk import Desk
from assistant.services.phrases import PhraseService, Profile
from assistant.services.today import DaySummary
from assistant.store.activity import ActivityLog
from assistant.store.knowledge import KnowledgeBase


class Services(NamedTuple):
    """The services one window (or one command) works with, built once (``build``)."""

    kb: KnowledgeBase
    activity: ActivityLog
    desk: Desk
    phrases: PhraseService
    callbacks: CallbackService
    today: DaySummary  # the day's hold summary, kept from the desk's events


def build(
    kb: KnowledgeBase,
    profile: Profile,
    clock: Clock = SYSTEM_CLOCK,
    *,
    repeat_seconds: float = REPEAT_SECONDS,
) -> Services:
    """The agent's services over an open knowledge base; ``profile`` fills {agent_name} and
    {company} (the settings)."""
    activity = ActivityLog(kb.database, clock.wall)
    desk = Desk(kb, activity, clock, repeat_seconds=repeat_seconds)
    # The day's summary subscribes first: a listener that shows it hears each event after it.
    today = DaySummary(desk, clock.wall)
    return Services(
        kb,
        activity,
        desk,
        PhraseService(kb, desk, profile),
        CallbackService(activity, desk),
        today,
    )
