"""Channels: a phrase says whether it is said (voice) or written (chat, email), a campaign runs
on its channels, and agents on a campaign are offered only the phrases for one of them."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.core.model import CampaignType, Channel, Ref, default_channels
from assistant.core.pack import Pack
from assistant.packs.export import pack_to_data, pack_to_yaml
from assistant.packs.loader import load_pack, validate_pack_bytes
from assistant.store.database import open_database
from assistant.store.knowledge import KnowledgeBase
from assistant.store.migrations import available_migrations

PACK = b"""\
format: agent-assistant/pack@1
id: team
name: Team
version: 1
campaigns:
  - {id: phone, name: Phone, type: customer-service, direction: inbound, reach: domestic}
  - {id: web, name: Web, type: non-voice, direction: inbound, reach: domestic}
  - id: letters
    name: Letters
    type: customer-service
    direction: inbound
    reach: domestic
    channels: [email]
phrases:
  - {id: said, title: Said, text: "This call is recorded, {customer_name}.", category: compliance,
     channels: [voice]}
  - {id: typed, title: Typed, text: "Thanks for your chat message.", category: opening,
     channels: [chat]}
  - {id: written, title: Written, text: "Kind regards from the letters team.", category: closing,
     channels: [chat, email]}
  - {id: anywhere, title: Anywhere, text: "Thanks for your patience.", category: empathy}
"""


def _pack() -> Pack:
    result = validate_pack_bytes("team.yaml", PACK)
    assert result.pack is not None, result.problems
    return result.pack


@pytest.fixture
def team_kb(empty_kb: KnowledgeBase) -> KnowledgeBase:
    empty_kb.import_pack(_pack())
    return empty_kb


def _offered(kb: KnowledgeBase, campaign: str) -> set[str]:
    return {p.ref.id for p in kb.campaign_phrases(Ref("team", campaign))}


def test_campaigns_default_their_channels_from_the_type() -> None:
    assert default_channels(CampaignType.NON_VOICE) == (Channel.CHAT, Channel.EMAIL)
    assert default_channels(CampaignType.RELAY) == (Channel.VOICE,)
    pack = _pack()
    assert [c.effective_channels for c in pack.campaigns] == [
        (Channel.VOICE,),
        (Channel.CHAT, Channel.EMAIL),
        (Channel.EMAIL,),
    ]
    said, typed, written, anywhere = pack.phrases
    phone, web, letters = pack.campaigns
    assert said.suits(phone) and not said.suits(web) and not said.suits(letters)
    assert typed.suits(web) and not typed.suits(letters)
    assert written.suits(letters) and anywhere.suits(letters)


def test_the_library_offers_each_campaign_its_channels_phrases(team_kb: KnowledgeBase) -> None:
    assert _offered(team_kb, "phone") == {"said", "anywhere"}
    assert _offered(team_kb, "web") == {"typed", "written", "anywhere"}
    assert _offered(team_kb, "letters") == {"written", "anywhere"}
    for campaign in ("phone", "web", "letters"):
        ref = Ref("team", campaign)
        assert team_kb.campaign_phrase_count(ref) == len(_offered(team_kb, campaign))
    # Without a campaign, or with one that is not installed, nothing is ruled out.
    assert len(team_kb.campaign_phrases(None)) == 4
    assert len(team_kb.campaign_phrases(Ref("team", "gone"))) == 4
    assert team_kb.campaign_channels(Ref("team", "web")) == (Channel.CHAT, Channel.EMAIL)
    assert team_kb.campaign_channels(Ref("team", "gone")) is None


def test_search_offers_only_the_campaigns_channels(team_kb: KnowledgeBase) -> None:
    def found(query: str, campaign: str | None) -> set[str]:
        ref = Ref("team", campaign) if campaign else None
        return {hit.phrase.ref.id for hit in team_kb.search(query, ref)}

    assert found("thanks", "phone") == {"anywhere"}
    assert found("thanks", "web") == {"typed", "anywhere"}
    assert found("thanks", None) == {"typed", "anywhere"}
    assert found("recorded", "web") == set()
    assert found("recorded", "phone") == {"said"}
    # A re-import that changes the channels is seen by the next search.
    changed = PACK.replace(b"channels: [voice]}", b"channels: [voice, chat]}").replace(
        b"version: 1", b"version: 2"
    )
    result = validate_pack_bytes("team.yaml", changed)
    assert result.pack is not None
    team_kb.import_pack(result.pack)
    assert found("recorded", "web") == {"said"}


def test_the_built_in_chat_campaign_never_offers_a_spoken_line(kb: KnowledgeBase) -> None:
    chat = Ref("builtin", "email-chat")
    offered = {p.ref.id for p in kb.campaign_phrases(chat)}
    assert {"greet-chat", "hold-check-in-chat", "email-signoff"} <= offered
    assert "comp-recorded-line" not in offered and "hold-check-in" not in offered
    assert not [h for h in kb.search("recorded", chat) if "call" in h.phrase.text]
    phone = {p.ref.id for p in kb.campaign_phrases(Ref("builtin", "customer-service"))}
    assert "comp-recorded-line" in phone and "greet-chat" not in phone


def test_channels_survive_export_and_import(team_kb: KnowledgeBase, tmp_path: Path) -> None:
    pack = _pack()
    exported = team_kb.export_pack("team")
    assert exported == pack
    data = pack_to_data(exported)
    assert data["campaigns"][2]["channels"] == ["email"]
    assert "channels" not in data["campaigns"][0]
    assert data["phrases"][2]["channels"] == ["chat", "email"]
    assert "channels" not in data["phrases"][3]
    path = tmp_path / "again.yaml"
    path.write_text(pack_to_yaml(exported), encoding="utf-8")
    assert load_pack(path) == pack


def test_a_bad_channel_is_refused_with_its_place(tmp_path: Path) -> None:
    raw = PACK.replace(b"channels: [chat]}", b"channels: [sms]}")
    result = validate_pack_bytes("team.yaml", raw)
    assert result.pack is None
    [error] = result.errors
    assert error.path == "phrases[1].channels[0]"
    assert "'sms' is not allowed here; use one of: voice, chat, email" in error.message


def test_packs_installed_before_channels_keep_every_phrase_offered(tmp_path: Path) -> None:
    path = tmp_path / "knowledge.db"
    before = [m for m in available_migrations() if m.version < 8]
    old = open_database(path, migrations=before)
    conn = old.conn
    conn.execute(
        "INSERT INTO packs (id, name, version, installed_at) VALUES ('old', 'Old', 1, 'now')"
    )
    conn.execute(
        "INSERT INTO campaigns (pack_id, id, position, name, type, direction, reach)"
        " VALUES ('old', 'web', 0, 'Web', 'non-voice', 'inbound', 'domestic')"
    )
    conn.execute(
        "INSERT INTO phrases (pack_id, id, position, title, text, category)"
        " VALUES ('old', 'hi', 0, 'Hi', 'Hello there', 'opening')"
    )
    conn.execute(
        "INSERT INTO phrase_fts (rowid, title, text, tags, shortcut)"
        " SELECT rowid, title, text, '', '' FROM phrases"
    )
    conn.commit()
    old.close()
    database = open_database(path, backup_dir=tmp_path / "backups")
    try:
        kb = KnowledgeBase(database)
        web = Ref("old", "web")
        assert [p.ref.id for p in kb.campaign_phrases(web)] == ["hi"]
        assert [h.phrase.ref.id for h in kb.search("hello", web)] == ["hi"]
        assert kb.campaign_channels(web) == (Channel.CHAT, Channel.EMAIL)
        exported = kb.export_pack("old")
        assert exported.campaigns[0].channels == () and exported.phrases[0].channels == ()
        assert kb.check().ok
    finally:
        database.close()
