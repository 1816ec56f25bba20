"""What a campaign pack contains once it has been read and checked: the domain objects that
packs/ builds from a file, store/ installs, and export writes back out."""

from __future__ import annotations

from dataclasses import dataclass, field

from assistant.core.model import (
    DEFAULT_CHECK_IN_SECONDS,
    CampaignType,
    Category,
    Channel,
    Direction,
    Reach,
    default_channels,
)


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
    channels: tuple[Channel, ...] = ()  # empty: from the type (see default_channels)

    @property
    def effective_channels(self) -> tuple[Channel, ...]:
        """The channels the campaign runs on: its own, or its type's default."""
        return self.channels or default_channels(self.type)


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
    channels: tuple[Channel, ...] = ()  # empty: every channel

    def suits(self, campaign: Campaign) -> bool:
        """Whether agents on ``campaign`` are offered this phrase: it is for every campaign
        or names this one, and it is for every channel or one the campaign runs on."""
        if self.campaigns and campaign.id not in self.campaigns:
            return False
        return not self.channels or any(c in self.channels for c in campaign.effective_channels)


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
