"""Copying a phrase: its placeholders filled for the call in progress, its use counted, and
favourites. The window's library, the hold bar's check-in line, the call flow's step phrases
and the quick-search popup all fill and count through here.

What the program fills by itself ({customer_name}, {agent_name}, {company}, {campaign}) comes
from the desk (the customer's name, for this call only) and the agent's profile (settings);
anything else is asked of the agent first (the window's fill-in form), then ``fill`` again.
Putting the text on the clipboard, or typing it into another program, is the window's part.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import NamedTuple, Protocol

from assistant.core import placeholders
from assistant.services.desk import Desk
from assistant.store.errors import StoreError
from assistant.store.knowledge import KnowledgeBase
from assistant.store.rows import PhraseRow

log = logging.getLogger(__name__)


class Profile(Protocol):
    """The agent's own details (assistant.settings.Settings is one)."""

    @property
    def agent_name(self) -> str: ...

    def company_for(self, campaign: str) -> str: ...


class Needs(NamedTuple):
    """What a phrase needs before it can be copied: fields to ask for, sections to offer."""

    values: dict[str, str]  # what is known now, automatic ones included
    ask: list[str]  # fields nobody filled yet
    sections: list[str]  # optional sections the agent includes or drops

    @property
    def complete(self) -> bool:
        return not self.ask and not self.sections


class PhraseService:
    """Fills and counts the phrases the agent copies; stars and unstars them."""

    def __init__(self, kb: KnowledgeBase, desk: Desk, profile: Profile) -> None:
        self._kb = kb
        self._desk = desk
        self._profile = profile

    def automatic_values(self) -> dict[str, str]:
        """What fills the automatic placeholders right now."""
        campaign = self._desk.campaign
        return {
            "customer_name": self._desk.customer_name,
            "agent_name": self._profile.agent_name,
            "company": self._profile.company_for(str(campaign.ref) if campaign else ""),
            "campaign": campaign.name if campaign else "",
        }

    def needs(self, phrase: PhraseRow) -> Needs:
        """What the agent must still give before ``phrase`` is copied (nothing, mostly)."""
        values = self.automatic_values()
        try:
            ask = placeholders.missing_fields(phrase.text, values)
            sections = placeholders.section_names(phrase.text)
        except placeholders.PlaceholderError:
            ask, sections = [], []
        return Needs(values, ask, sections)

    def fill(
        self,
        phrase: PhraseRow,
        values: Mapping[str, str] | None = None,
        include: Mapping[str, bool] | None = None,
    ) -> str:
        """The text of ``phrase`` as it will be pasted now (see ``fill_text``)."""
        return self.fill_text(phrase.text, values, include)

    def fill_text(
        self,
        text: str,
        values: Mapping[str, str] | None = None,
        include: Mapping[str, bool] | None = None,
    ) -> str:
        """A template with the automatic values, then the agent's ``values`` (a form's answers
        win), sections kept unless ``include`` drops them; a field nobody filled stays
        ``{name}``. A malformed template (the validator warned about it) is pasted as
        written rather than not at all."""
        known = {**self.automatic_values(), **{k: v for k, v in (values or {}).items() if v}}
        try:
            return placeholders.fill(text, known, include)
        except placeholders.PlaceholderError:
            return text

    def copied(self, phrase: PhraseRow, values: Mapping[str, str] | None = None) -> None:
        """Count a copy (it lifts the phrase in later searches), and keep a customer's name the
        agent typed in the fill-in form for the rest of the call. A count that cannot be
        written is logged: the agent has the text, and that is what matters."""
        name = (values or {}).get("customer_name", "").strip()
        if name and not self._desk.customer_name:
            self._desk.customer_name = " ".join(name.split())
        try:
            self._kb.record_use(phrase.ref)
        except StoreError as error:
            log.warning("the use of %s was not counted: %s", phrase.ref, error)

    def toggle_favourite(self, phrase: PhraseRow) -> bool:
        """Star or unstar ``phrase``; returns whether it is starred now. Raises StoreError."""
        return self._kb.toggle_favourite(phrase.ref)

    def step_phrase(self, position: int) -> PhraseRow | None:
        """The first phrase of call-flow step ``position`` in the checklist shown now."""
        flow = self._desk.call.flow
        if not 0 <= position < len(flow) or not flow[position].phrases:
            return None
        found = self._kb.phrases(flow[position].phrases)
        return found[0] if found else None
