"""The domain's identifiers and enumerations: Ref, the pack format and ids, campaign types,
directions, reaches, channels and phrase categories.

A pack's contents (Pack, Campaign, Persona, Phrase, HoldPolicy, CallFlowStep) are in
core/pack.py: the window's start needs only what is here, and creating those six frozen
dataclasses costs about 5 ms that it skips.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum
from typing import NamedTuple

PACK_FORMAT = "agent-assistant/pack@1"
BUILTIN_PACK_ID = "builtin"
DEFAULT_CHECK_IN_SECONDS = 120
MAX_CHECK_IN_SECONDS = 120
MIN_CHECK_IN_SECONDS = 10


class CampaignType(StrEnum):
    CUSTOMER_SERVICE = "customer-service"
    SALES = "sales"
    TECHNICAL_SUPPORT = "technical-support"
    COLLECTIONS = "collections"
    NON_VOICE = "non-voice"
    SURVEY = "survey"
    RELAY = "relay"
    DONATION = "donation"
    INFORMATION = "information"
    LEAD_GENERATION = "lead-generation"
    ORDER_TAKING = "order-taking"
    RESERVATIONS = "reservations"
    BANKING = "banking"
    HEALTHCARE = "healthcare"
    HELP_DESK = "help-desk"
    INSURANCE = "insurance"
    OTHER = "other"

    @property
    def label(self) -> str:
        """A human name for the type, e.g. "Technical support"."""
        return _TYPE_LABELS[self]


_TYPE_LABELS = {
    CampaignType.CUSTOMER_SERVICE: "Customer service",
    CampaignType.SALES: "Sales",
    CampaignType.TECHNICAL_SUPPORT: "Technical support",
    CampaignType.COLLECTIONS: "Collections",
    CampaignType.NON_VOICE: "Non-voice (email, chat)",
    CampaignType.SURVEY: "Survey",
    CampaignType.RELAY: "Relay",
    CampaignType.DONATION: "Donation",
    CampaignType.INFORMATION: "Information",
    CampaignType.LEAD_GENERATION: "Lead generation",
    CampaignType.ORDER_TAKING: "Order taking",
    CampaignType.RESERVATIONS: "Reservations",
    CampaignType.BANKING: "Banking",
    CampaignType.HEALTHCARE: "Healthcare",
    CampaignType.HELP_DESK: "Help desk",
    CampaignType.INSURANCE: "Insurance",
    CampaignType.OTHER: "Other",
}


class Direction(StrEnum):
    INBOUND = "inbound"
    OUTBOUND = "outbound"
    BLENDED = "blended"

    @property
    def label(self) -> str:
        return self.value.capitalize()


class Reach(StrEnum):
    DOMESTIC = "domestic"
    INTERNATIONAL = "international"

    @property
    def label(self) -> str:
        """How the reach is named everywhere (picker, editor, cheat sheets): an international
        campaign runs around the clock, which is what it means for an agent's shift."""
        return "International 24x7" if self is Reach.INTERNATIONAL else "Domestic"


class Channel(StrEnum):
    """How the agent reaches the customer: a phrase may be meant for some channels only."""

    VOICE = "voice"
    CHAT = "chat"
    EMAIL = "email"


def default_channels(kind: CampaignType) -> tuple[Channel, ...]:
    """The channels of a campaign that does not name its own: non-voice campaigns are
    written (chat and email), every other type is a phone line."""
    if kind is CampaignType.NON_VOICE:
        return (Channel.CHAT, Channel.EMAIL)
    return (Channel.VOICE,)


class Category(StrEnum):
    """Phrase categories, in the order a call uses them."""

    OPENING = "opening"
    VERIFICATION = "verification"
    EMPATHY = "empathy"
    HOLD = "hold"
    DE_ESCALATION = "de-escalation"
    ESCALATION = "escalation"
    RESOLUTION = "resolution"
    SALES = "sales"
    COMPLIANCE = "compliance"
    CALLBACK = "callback"
    CLOSING = "closing"
    OTHER = "other"

    @property
    def label(self) -> str:
        return self.value.replace("-", " ").capitalize()

    @property
    def order(self) -> int:
        return list(Category).index(self)


class Ref(NamedTuple):
    """An item's key in the knowledge base: the pack that defines it and its id there."""

    pack: str
    id: str

    def __str__(self) -> str:
        return f"{self.pack}/{self.id}"


def parse_ref(text: str) -> Ref | None:
    """'pack/id' as a Ref; None for anything else."""
    pack, sep, item = text.partition("/")
    return Ref(pack, item) if sep and pack and item else None


def find_ref(text: str, installed: Iterable[Ref]) -> Ref | None:
    """The installed item ``text`` names: 'pack/id' exactly, or a bare id, where a team pack's
    item wins over the built-in one of the same id (a team leader's pack is written for this
    team). The one rule for the window, the softphone's ``call start --campaign`` and the
    command line's ``search --campaign/--persona``."""
    known = list(installed)
    ref = parse_ref(text)
    if ref is not None:
        return ref if ref in known else None
    matches = sorted((r for r in known if r.id == text), key=lambda r: r.pack == BUILTIN_PACK_ID)
    return matches[0] if matches else None
