"""The names of a pack's fixed values (campaign types, directions, reaches, phrase categories)
as the window and the pack editor show them, and the core's words for the agent, through Qt's
translations. The core stays free of Qt: it names things in English, and they are translated
here, at the ui boundary.

The English names are the core's (``CampaignType.label``, ``Category.label``, the messages of
``core.callbacks.validate_callback``), written out here so that lupdate finds them;
tests/test_pack_editor_i18n.py and tests/test_window_i18n.py keep the two the same.
(QT_TRANSLATE_NOOP returns its text unchanged; its stub types it as object.)
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from assistant.core.model import CampaignType, Category, Direction, Reach

CONTEXT = "PackValues"
E = TypeVar("E", bound=StrEnum)

CAMPAIGN_TYPES: dict[CampaignType, object] = {
    CampaignType.CUSTOMER_SERVICE: QT_TRANSLATE_NOOP("PackValues", "Customer service"),
    CampaignType.SALES: QT_TRANSLATE_NOOP("PackValues", "Sales"),
    CampaignType.TECHNICAL_SUPPORT: QT_TRANSLATE_NOOP("PackValues", "Technical support"),
    CampaignType.COLLECTIONS: QT_TRANSLATE_NOOP("PackValues", "Collections"),
    CampaignType.NON_VOICE: QT_TRANSLATE_NOOP("PackValues", "Non-voice (email, chat)"),
    CampaignType.SURVEY: QT_TRANSLATE_NOOP("PackValues", "Survey"),
    CampaignType.RELAY: QT_TRANSLATE_NOOP("PackValues", "Relay"),
    CampaignType.DONATION: QT_TRANSLATE_NOOP("PackValues", "Donation"),
    CampaignType.INFORMATION: QT_TRANSLATE_NOOP("PackValues", "Information"),
    CampaignType.LEAD_GENERATION: QT_TRANSLATE_NOOP("PackValues", "Lead generation"),
    CampaignType.ORDER_TAKING: QT_TRANSLATE_NOOP("PackValues", "Order taking"),
    CampaignType.RESERVATIONS: QT_TRANSLATE_NOOP("PackValues", "Reservations"),
    CampaignType.BANKING: QT_TRANSLATE_NOOP("PackValues", "Banking"),
    CampaignType.HEALTHCARE: QT_TRANSLATE_NOOP("PackValues", "Healthcare"),
    CampaignType.HELP_DESK: QT_TRANSLATE_NOOP("PackValues", "Help desk"),
    CampaignType.INSURANCE: QT_TRANSLATE_NOOP("PackValues", "Insurance"),
    CampaignType.OTHER: QT_TRANSLATE_NOOP("PackValues", "Other"),
}

DIRECTIONS: dict[Direction, object] = {
    Direction.INBOUND: QT_TRANSLATE_NOOP("PackValues", "Inbound"),
    Direction.OUTBOUND: QT_TRANSLATE_NOOP("PackValues", "Outbound"),
    Direction.BLENDED: QT_TRANSLATE_NOOP("PackValues", "Blended"),
}

# One wording wherever a reach is shown (the picker, the editor, cheat sheets): Reach.label.
REACHES: dict[Reach, object] = {
    Reach.DOMESTIC: QT_TRANSLATE_NOOP("PackValues", "Domestic"),
    Reach.INTERNATIONAL: QT_TRANSLATE_NOOP("PackValues", "International 24x7"),
}

CATEGORIES: dict[Category, object] = {
    Category.OPENING: QT_TRANSLATE_NOOP("PackValues", "Opening"),
    Category.VERIFICATION: QT_TRANSLATE_NOOP("PackValues", "Verification"),
    Category.EMPATHY: QT_TRANSLATE_NOOP("PackValues", "Empathy"),
    Category.HOLD: QT_TRANSLATE_NOOP("PackValues", "Hold"),
    Category.DE_ESCALATION: QT_TRANSLATE_NOOP("PackValues", "De escalation"),
    Category.ESCALATION: QT_TRANSLATE_NOOP("PackValues", "Escalation"),
    Category.RESOLUTION: QT_TRANSLATE_NOOP("PackValues", "Resolution"),
    Category.SALES: QT_TRANSLATE_NOOP("PackValues", "Sales"),
    Category.COMPLIANCE: QT_TRANSLATE_NOOP("PackValues", "Compliance"),
    Category.CALLBACK: QT_TRANSLATE_NOOP("PackValues", "Callback"),
    Category.CLOSING: QT_TRANSLATE_NOOP("PackValues", "Closing"),
    Category.OTHER: QT_TRANSLATE_NOOP("PackValues", "Other"),
}


# What core.callbacks.validate_callback says is wrong with a callback.
CALLBACK_PROBLEMS = (
    QT_TRANSLATE_NOOP(
        "CoreMessages", "Enter the customer's name or a number or reference to call back."
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "Enter when the callback is due."),
    QT_TRANSLATE_NOOP("CoreMessages", "The due time needs a time zone."),
)

# The placeholders the program fills itself, as the fill-in form labels them.
AUTOMATIC_FIELDS: dict[str, object] = {
    "customer_name": QT_TRANSLATE_NOOP("PackValues", "Customer name"),
    "agent_name": QT_TRANSLATE_NOOP("PackValues", "Agent name"),
    "company": QT_TRANSLATE_NOOP("PackValues", "Company"),
    "campaign": QT_TRANSLATE_NOOP("PackValues", "Campaign"),
}


def core_message(text: str) -> str:
    """A sentence the core wrote for the agent, in the agent's language (as it is, if it is
    not one of the known ones)."""
    return QCoreApplication.translate("CoreMessages", text)


def shown(names: Mapping[E, object], value: object) -> str:
    """The translated name of ``value`` (a pack's text for it), or the text itself when it is
    not one of the known values (a draft may hold anything)."""
    for member, name in names.items():
        if member.value == value:
            return QCoreApplication.translate(CONTEXT, str(name))
    return str(value)


def choices(names: Mapping[E, object]) -> list[tuple[str, str]]:
    """(value, translated name) pairs for a drop-down, in the format's order."""
    return [(m.value, QCoreApplication.translate(CONTEXT, str(n))) for m, n in names.items()]
