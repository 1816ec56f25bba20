"""The built-in pack is the product on day one: it must cover what agents meet, and say it the
way a team leader signs off (the call-flow rules are the content lint's: test_content_lint)."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from assistant.core import placeholders
from assistant.core.model import CampaignType, Category, Channel, Direction, Reach
from assistant.core.pack import Pack

README = Path(__file__).resolve().parent.parent / "README.md"
PACK_GUIDE = Path(__file__).resolve().parent.parent / "docs" / "packs.md"

PERSONAS = {
    "angry", "negative", "positive", "laid-back", "controlling", "confused",
    "know-it-all", "one-liner", "talkative", "passive", "abusive",
    "in-a-hurry", "vulnerable", "non-native-speaker", "third-party", "wants-to-cancel",
}  # fmt: skip


def _phrase(pack: Pack, phrase_id: str) -> str:
    return next(p.text for p in pack.phrases if p.id == phrase_id)


def test_campaigns_cover_every_account_type(builtin_pack: Pack) -> None:
    assert len(builtin_pack.campaigns) >= 22
    types = {c.type for c in builtin_pack.campaigns}
    assert set(CampaignType) <= types
    assert {c.direction for c in builtin_pack.campaigns} >= {Direction.INBOUND, Direction.OUTBOUND}
    assert {c.reach for c in builtin_pack.campaigns} == set(Reach)
    names = {c.id: c.name.lower() for c in builtin_pack.campaigns}
    assert "debt management" in names["debt-management"]
    assert "recall" in names["product-recall"]


def test_outbound_types_dial_out_and_international_ones_exist(builtin_pack: Pack) -> None:
    by_type: dict[CampaignType, set[Direction]] = {}
    for campaign in builtin_pack.campaigns:
        by_type.setdefault(campaign.type, set()).add(campaign.direction)
    for kind in (CampaignType.COLLECTIONS, CampaignType.SURVEY, CampaignType.LEAD_GENERATION):
        assert Direction.OUTBOUND in by_type[kind]
    for kind in (CampaignType.HELP_DESK, CampaignType.ORDER_TAKING, CampaignType.RELAY):
        assert Direction.INBOUND in by_type[kind]
    # The seeds: technical support and collections run both ways.
    for kind in (CampaignType.TECHNICAL_SUPPORT, CampaignType.COLLECTIONS, CampaignType.SALES):
        assert by_type[kind] >= {Direction.INBOUND, Direction.OUTBOUND}


def test_every_campaign_has_a_hold_policy_and_a_call_flow(builtin_pack: Pack) -> None:
    hold_phrases = {p.id for p in builtin_pack.phrases if p.category is Category.HOLD}
    for campaign in builtin_pack.campaigns:
        assert 10 <= campaign.hold.check_in_seconds <= 120
        assert campaign.hold.check_in_phrase in hold_phrases
        steps = [s.step for s in campaign.call_flow]
        assert len(steps) >= 3 and steps[0] == "Opening" and steps[-1] == "Closing"


def test_personas_have_signs_tips_avoid_and_phrases(builtin_pack: Pack) -> None:
    assert len(builtin_pack.personas) >= 15
    assert {p.id for p in builtin_pack.personas} >= PERSONAS
    for persona in builtin_pack.personas:
        assert persona.signs and len(persona.tips) >= 3 and persona.avoid
        assert len(persona.phrases) >= 3


def test_phrases_cover_every_category_and_are_speakable(builtin_pack: Pack) -> None:
    assert len(builtin_pack.phrases) >= 350
    counts = Counter(p.category for p in builtin_pack.phrases)
    for category in Category:
        assert counts[category] >= 8, category
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
    # "When they pause for breath, acknowledge and take the lead"; "others have had this too";
    # a time estimate when checking on a held customer.
    angry = next(p for p in builtin_pack.personas if p.id == "angry")
    assert any("pause for breath" in tip for tip in angry.tips)
    assert "other customers have had the same question" in texts["empathy-others-too"]
    assert "{wait_minutes}" in texts["hold-check-in-estimate"]


def test_the_emergency_line_gives_the_number_and_asks_where_they_are(builtin_pack: Pack) -> None:
    text = _phrase(builtin_pack, "health-emergency")
    assert "{emergency_number}" in text
    assert "where are you" in text.lower()
    assert "hang up" not in text.lower()
    assert "hang up" not in _phrase(builtin_pack, "greet-healthcare").lower()


def test_no_line_asks_the_customer_to_read_out_a_code(builtin_pack: Pack) -> None:
    asks = re.compile(r"\b(read|tell|give)\b[^.?!]*\b(?<!zip )code\b", re.IGNORECASE)
    warns = re.compile(r"\b(never|don't|do not|hang up)\b", re.IGNORECASE)
    for phrase in builtin_pack.phrases:
        for sentence in re.split(r"(?<=[.?!])\s+", phrase.text):
            if asks.search(sentence):
                assert warns.search(sentence), (phrase.id, sentence)
    otp = _phrase(builtin_pack, "verify-banking-otp").lower()
    assert "never read out a code" in otp and "approve" in otp


def test_customers_never_hear_the_campaign_name(builtin_pack: Pack) -> None:
    for phrase in builtin_pack.phrases:
        assert "campaign" not in placeholders.field_names(phrase.text), phrase.id


def test_collections_keep_the_debt_from_third_parties(builtin_pack: Pack) -> None:
    collections = next(c for c in builtin_pack.campaigns if c.id == "collections")
    opening = collections.call_flow[0]
    for phrase_id in opening.phrases:
        text = _phrase(builtin_pack, phrase_id).lower()
        assert "{company}" not in text and "debt" not in text and "balance" not in text
    assert "{company}" not in _phrase(builtin_pack, "cb-voicemail")
    # The general do-not-call line is not the tool for a request to stop collection calls.
    dnc = next(p for p in builtin_pack.phrases if p.id == "comp-do-not-call")
    assert "collections" not in dnc.campaigns
    assert all("comp-do-not-call" not in s.phrases for s in collections.call_flow)


def test_payments_pause_the_recording_and_use_the_keypad(builtin_pack: Pack) -> None:
    takes_payments = {
        "order-taking", "inbound-sales", "outbound-sales", "donation", "collections",
        "collections-inbound", "reservations",
    }  # fmt: skip
    for campaign in builtin_pack.campaigns:
        if campaign.id in takes_payments:
            refs = {ref for step in campaign.call_flow for ref in step.phrases}
            assert {"pay-pause-recording", "pay-keypad", "pay-resume-recording"} <= refs


def test_written_campaigns_are_offered_no_spoken_lines(builtin_pack: Pack) -> None:
    spoken = re.compile(r"\b(this call|on the call|recorded line|keypad|on hold)\b", re.I)
    for campaign in builtin_pack.campaigns:
        if Channel.VOICE in campaign.effective_channels:
            continue
        offered = [p for p in builtin_pack.phrases if p.suits(campaign)]
        assert offered
        assert [p.id for p in offered if spoken.search(p.text)] == []
        assert not any(p.channels == (Channel.VOICE,) for p in offered)
    voice = next(c for c in builtin_pack.campaigns if c.id == "customer-service")
    assert not any(p.suits(voice) for p in builtin_pack.phrases if p.id == "greet-chat")


def test_every_placeholder_has_one_documented_meaning(builtin_pack: Pack) -> None:
    text = PACK_GUIDE.read_text(encoding="utf-8")
    section = text.split("### Placeholders in the built-in pack")[1].split("\n#")[0]
    rows = re.findall(r"^\| `\{([a-z_0-9]+)\}` \| (.+) \|$", section, re.MULTILINE)
    documented = dict(rows)
    assert len(documented) == len(rows)  # each listed once, with one meaning
    used = {name for p in builtin_pack.phrases for name in placeholders.field_names(p.text)}
    assert used <= set(documented), used - set(documented)
    assert set(documented) - {"campaign"} <= used, set(documented) - used
    # The names the issue found doing two jobs are split.
    for retired in ("phone_number", "amount"):
        assert retired not in used


def test_shortcuts_are_unique(builtin_pack: Pack) -> None:
    shortcuts = [p.shortcut for p in builtin_pack.phrases if p.shortcut]
    assert len(shortcuts) >= 20
    assert len(shortcuts) == len(set(shortcuts))


def test_the_readme_and_the_pack_guide_give_the_counts(builtin_pack: Pack) -> None:
    counts = (
        f"{len(builtin_pack.campaigns)} campaigns, {len(builtin_pack.personas)} personas"
        f" and {len(builtin_pack.phrases)} phrases"
    )
    assert counts in README.read_text(encoding="utf-8")
    bold = (
        f"**{len(builtin_pack.campaigns)} campaigns, {len(builtin_pack.personas)} personas,"
        f" {len(builtin_pack.phrases)} phrases**"
    )
    assert bold in PACK_GUIDE.read_text(encoding="utf-8")
