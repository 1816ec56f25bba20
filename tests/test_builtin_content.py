"""The built-in pack is the product on day one: it must cover what agents meet."""

from __future__ import annotations

from collections import Counter

from assistant.core import placeholders
from assistant.core.model import CampaignType, Category, Direction, Reach
from assistant.core.pack import Pack

PERSONAS = {
    "angry", "negative", "positive", "laid-back", "controlling", "confused",
    "know-it-all", "one-liner", "talkative", "passive", "abusive",
}  # fmt: skip


def test_campaigns_cover_every_account_type(builtin_pack: Pack) -> None:
    assert len(builtin_pack.campaigns) >= 16
    types = {c.type for c in builtin_pack.campaigns}
    assert set(CampaignType) - {CampaignType.OTHER} <= types
    assert {c.direction for c in builtin_pack.campaigns} >= {Direction.INBOUND, Direction.OUTBOUND}
    assert {c.reach for c in builtin_pack.campaigns} == set(Reach)


def test_outbound_types_dial_out_and_international_ones_exist(builtin_pack: Pack) -> None:
    by_type: dict[CampaignType, set[Direction]] = {}
    for campaign in builtin_pack.campaigns:
        by_type.setdefault(campaign.type, set()).add(campaign.direction)
    for kind in (CampaignType.COLLECTIONS, CampaignType.SURVEY, CampaignType.LEAD_GENERATION):
        assert Direction.OUTBOUND in by_type[kind]
    for kind in (CampaignType.HELP_DESK, CampaignType.ORDER_TAKING, CampaignType.RELAY):
        assert Direction.INBOUND in by_type[kind]


def test_every_campaign_has_a_hold_policy_and_a_call_flow(builtin_pack: Pack) -> None:
    hold_phrases = {p.id for p in builtin_pack.phrases if p.category is Category.HOLD}
    for campaign in builtin_pack.campaigns:
        assert 10 <= campaign.hold.check_in_seconds <= 120
        assert campaign.hold.check_in_phrase in hold_phrases
        steps = [s.step for s in campaign.call_flow]
        assert len(steps) >= 3 and steps[0] == "Opening" and steps[-1] == "Closing"


def test_personas_have_signs_tips_avoid_and_phrases(builtin_pack: Pack) -> None:
    assert {p.id for p in builtin_pack.personas} >= PERSONAS
    for persona in builtin_pack.personas:
        assert persona.signs and len(persona.tips) >= 3 and persona.avoid and persona.phrases


def test_phrases_cover_every_category_and_are_speakable(builtin_pack: Pack) -> None:
    assert len(builtin_pack.phrases) >= 180
    counts = Counter(p.category for p in builtin_pack.phrases)
    for category in Category:
        assert counts[category] >= (1 if category is Category.OTHER else 8), category
    for phrase in builtin_pack.phrases:
        assert len(phrase.text) <= 300, phrase.id
        placeholders.parse(phrase.text)  # every template is well formed


def test_seed_rules_are_in_the_words(builtin_pack: Pack) -> None:
    texts = {p.id: p.text.lower() for p in builtin_pack.phrases}
    by_category = {
        c: [p.text.lower() for p in builtin_pack.phrases if p.category is c] for c in Category
    }
    assert "hold" in texts["hold-check-in"] or "waiting" in texts["hold-check-in"]
    assert any("sorry" in t or "apolog" in t for t in by_category[Category.HOLD])
    assert any("supervisor" in t for t in by_category[Category.ESCALATION])
    assert any("call you back" in t or "callback" in t for t in by_category[Category.CALLBACK])
    everything = " ".join(texts.values())
    for words in ("attempt to collect a debt", "survey", "gift", "relay", "reservation", "restart"):
        assert words in everything, words


def test_shortcuts_are_unique(builtin_pack: Pack) -> None:
    shortcuts = [p.shortcut for p in builtin_pack.phrases if p.shortcut]
    assert len(shortcuts) >= 20
    assert len(shortcuts) == len(set(shortcuts))
