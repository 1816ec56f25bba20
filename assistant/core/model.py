"""The domain types: what a campaign pack contains once it has been read and checked."""

from __future__ import annotations

from dataclasses import dataclass, field
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


class Reach(StrEnum):
    DOMESTIC = "domestic"
    INTERNATIONAL = "international"


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


@dataclass(frozen=True, slots=True)
class HoldPolicy:
    check_in_seconds: int = DEFAULT_CHECK_IN_SECONDS
    check_in_phrase: str | None = None


@dataclass(frozen=True, slots=True)
class CallFlowStep:
    step: str
    phrases: tuple[str, ...] = ()
    required: bool = False


@dataclass(frozen=True, slots=True)
class Campaign:
    id: str
    name: str
    type: CampaignType
    direction: Direction
    reach: Reach
    description: str = ""
    hold: HoldPolicy = field(default_factory=HoldPolicy)
    call_flow: tuple[CallFlowStep, ...] = ()


@dataclass(frozen=True, slots=True)
class Persona:
    id: str
    name: str
    signs: tuple[str, ...] = ()
    tips: tuple[str, ...] = ()
    avoid: tuple[str, ...] = ()
    phrases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Phrase:
    id: str
    title: str
    text: str
    category: Category
    campaigns: tuple[str, ...] = ()  # empty: every campaign
    personas: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    shortcut: str | None = None


@dataclass(frozen=True, slots=True)
class Pack:
    id: str
    name: str
    version: int
    language: str = "en"
    author: str = ""
    description: str = ""
    campaigns: tuple[Campaign, ...] = ()
    personas: tuple[Persona, ...] = ()
    phrases: tuple[Phrase, ...] = ()


class Ref(NamedTuple):
    """An item's key in the knowledge base: the pack that defines it and its id there."""

    pack: str
    id: str

    def __str__(self) -> str:
        return f"{self.pack}/{self.id}"
