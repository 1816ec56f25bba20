"""The knowledge base: installing packs atomically and answering the window's questions."""

from __future__ import annotations

import dataclasses
import sqlite3

import pytest

from assistant.core.model import BUILTIN_PACK_ID, CampaignType, Category, Direction, Reach, Ref
from assistant.core.pack import Campaign, Pack, Phrase
from assistant.packs.loader import load_pack
from assistant.services.intake import builtin_known, import_file
from assistant.store.errors import BuiltinPackError, PackNotFoundError, PackVersionError
from assistant.store.knowledge import KnowledgeBase
from assistant.store.search import tokenize
from tests.conftest import PACKS

CS = Ref(BUILTIN_PACK_ID, "customer-service")
ACME = Ref("acme-collections", "acme-collections")


def _dump(kb: KnowledgeBase) -> list[str]:
    return list(kb.database.conn.iterdump())


def test_import_installs_everything_and_counts_it(
    empty_kb: KnowledgeBase, builtin_pack: Pack
) -> None:
    heard: list[str] = []
    empty_kb.subscribe(heard.append)
    summary = empty_kb.import_pack(builtin_pack)
    assert summary.replaced_version is None
    counts = empty_kb.counts()
    assert counts["campaigns"] == len(builtin_pack.campaigns)
    assert counts["personas"] == len(builtin_pack.personas)
    assert counts["phrases"] == len(builtin_pack.phrases)
    assert heard == ["packs"]
    assert empty_kb.check().ok


def test_campaigns_come_back_in_pack_order_with_their_hold_policy(
    kb: KnowledgeBase, builtin_pack: Pack
) -> None:
    rows = kb.campaigns()
    assert [r.ref.id for r in rows] == [c.id for c in builtin_pack.campaigns]
    first = builtin_pack.campaigns[0]
    assert rows[0].type == first.type and rows[0].direction == first.direction
    assert rows[0].check_in_phrase == Ref(BUILTIN_PACK_ID, str(first.hold.check_in_phrase))


def test_campaign_phrases_are_its_own_plus_those_for_every_campaign(
    kb: KnowledgeBase, builtin_pack: Pack
) -> None:
    for campaign in builtin_pack.campaigns:
        ids = {p.ref.id for p in kb.campaign_phrases(Ref(BUILTIN_PACK_ID, campaign.id))}
        # For every campaign or this one, and for one of its channels (chat sees no call lines).
        expected = {p.id for p in builtin_pack.phrases if p.suits(campaign)}
        assert ids == expected


def test_campaign_phrases_are_grouped_by_category_in_call_order(kb: KnowledgeBase) -> None:
    orders = [p.category.order for p in kb.campaign_phrases(CS)]
    assert orders == sorted(orders)


def test_within_a_category_the_phrases_made_for_the_campaign_come_first(
    empty_kb: KnowledgeBase,
) -> None:
    def campaign(id_: str, direction: Direction) -> Campaign:
        return Campaign(id_, id_.title(), CampaignType.SALES, direction, Reach.DOMESTIC)

    def phrase(id_: str, category: Category, *campaigns: str) -> Phrase:
        return Phrase(id_, id_, "Hello.", category, campaigns=campaigns)

    # In pack order the general phrases come first, as a pack often writes them.
    pack = Pack(
        id="order-test",
        name="Order test",
        version=1,
        campaigns=(
            campaign("dial-out", Direction.OUTBOUND),
            campaign("renewals", Direction.OUTBOUND),
            campaign("care", Direction.INBOUND),
        ),
        phrases=(
            phrase("inbound-greeting", Category.OPENING),
            phrase("outbound-greeting", Category.OPENING, "dial-out", "renewals"),
            phrase("care-greeting", Category.OPENING, "care"),
            phrase("dial-out-greeting", Category.OPENING, "dial-out"),
            phrase("close", Category.CLOSING),
            phrase("dial-out-close", Category.CLOSING, "dial-out"),
            phrase("verify", Category.VERIFICATION),
        ),
    )
    empty_kb.import_pack(pack)
    shown = [p.ref.id for p in empty_kb.campaign_phrases(Ref("order-test", "dial-out"))]
    # By category first; in each, this campaign's own, the most specific first, then the
    # phrases for every campaign.
    assert shown == [
        "dial-out-greeting",
        "outbound-greeting",
        "inbound-greeting",
        "verify",
        "dial-out-close",
        "close",
    ]
    care = [p.ref.id for p in empty_kb.campaign_phrases(Ref("order-test", "care"))]
    assert care[:2] == ["care-greeting", "inbound-greeting"]
    # Without a campaign: by category, then pack order.
    every = [p.ref.id for p in empty_kb.campaign_phrases(None)]
    assert every[:4] == [
        "inbound-greeting",
        "outbound-greeting",
        "care-greeting",
        "dial-out-greeting",
    ]


def test_a_campaigns_list_is_the_same_walked_from_its_links_or_from_each_category(
    kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A campaign's own phrases are found from its links when they are few, by each category
    otherwise (SQLite alone walks the categories: 18 ms a category at 100,000 phrases even
    for a campaign with no phrase of its own). Either way, the same list in the same order."""
    import_file(kb, PACKS / "acme.yaml")  # a team pack: phrases for its campaign, and for all
    campaigns = [c.ref for c in kb.campaigns()]
    by_category = {}
    monkeypatch.setattr(kb._search, "links_are_few", lambda campaign: False)
    for ref in campaigns:
        by_category[ref] = kb.browse_rowids(ref)
    monkeypatch.setattr(kb._search, "links_are_few", lambda campaign: True)
    for ref in campaigns:
        assert kb.browse_rowids(ref) == by_category[ref], ref
        assert kb.browse_rowids(ref, limit=7) == by_category[ref][:7], ref
    assert any(len(rows) for rows in by_category.values())


def test_a_campaigns_phrase_count_is_what_its_list_offers_and_follows_the_library(
    empty_kb: KnowledgeBase, builtin_pack: Pack
) -> None:
    """The count a long list shows ("the first 1,000 of ...") is kept until the library
    changes: it was 65 ms of SQL at 100,000 phrases, at each Escape."""
    empty_kb.import_pack(builtin_pack)
    refs = [c.ref for c in empty_kb.campaigns()] + [Ref("team", "not-installed"), None]
    for ref in refs:
        assert empty_kb.campaign_phrase_count(ref) == len(empty_kb.browse_rowids(ref)), ref
    before = empty_kb.campaign_phrase_count(CS)
    extra = Pack(
        id="extra",
        name="Extra",
        version=1,
        phrases=(
            Phrase("for-cs", "For CS", "Hello.", Category.OPENING, campaigns=(CS.id,)),
            Phrase("for-all", "For all", "Hello.", Category.OPENING),
        ),
    )
    empty_kb.import_pack(extra)
    for ref in refs:
        assert empty_kb.campaign_phrase_count(ref) == len(empty_kb.browse_rowids(ref)), ref
    assert empty_kb.campaign_phrase_count(CS) > before
    empty_kb.remove_pack("extra")
    assert empty_kb.campaign_phrase_count(CS) == before


def test_each_built_in_campaign_opens_with_its_own_phrases(
    kb: KnowledgeBase, builtin_pack: Pack
) -> None:
    """The rule above on the built-in pack: a campaign with phrases of its own in a category
    lists one of them first there (Collections, outbound, no longer opens with "Inbound
    greeting")."""
    for campaign in builtin_pack.campaigns:
        ref = Ref(BUILTIN_PACK_ID, campaign.id)
        first: dict[Category, Phrase] = {}
        own: set[Category] = set()
        by_id = {p.id: p for p in builtin_pack.phrases}
        for row in kb.campaign_phrases(ref):
            phrase = by_id[row.ref.id]
            first.setdefault(row.category, phrase)
            if phrase.campaigns:
                own.add(row.category)
        for category in own:
            assert first[category].campaigns, (campaign.id, category, first[category].id)


def test_search_needs_every_word_and_is_case_insensitive(kb: KnowledgeBase) -> None:
    results = [h.phrase for h in kb.search("THANK hold", CS)]
    assert results
    for phrase in results:
        haystack = f"{phrase.title} {phrase.text} {' '.join(phrase.tags)} {phrase.shortcut}".lower()
        assert "thank" in haystack and "hold" in haystack


@pytest.mark.parametrize("text", ["%", "_", "\\", "'; DROP TABLE phrases; --", '"', "100%_\\x"])
def test_search_treats_special_characters_as_text(kb: KnowledgeBase, text: str) -> None:
    for hit in kb.search(text, CS):
        haystack = f"{hit.phrase.title} {hit.phrase.text} {hit.phrase.tags} {hit.phrase.shortcut}"
        assert all(word in haystack.lower() for word in tokenize(text))
    assert kb.counts()["phrases"] > 0


def test_persona_and_call_flow_links_resolve(kb: KnowledgeBase, builtin_pack: Pack) -> None:
    personas = {p.ref.id: p for p in kb.personas()}
    angry = personas["angry"]
    assert [r.id for r in angry.phrases] == list(
        next(p for p in builtin_pack.personas if p.id == "angry").phrases
    )
    assert len(kb.phrases(angry.phrases)) == len(angry.phrases)
    flow = kb.call_flow(CS)
    assert flow and flow[0].phrases
    assert all(kb.phrase(ref) is not None for step in flow for ref in step.phrases)


def test_a_second_pack_installs_beside_the_builtin_one_and_links_to_it(kb: KnowledgeBase) -> None:
    summary = import_file(kb, PACKS / "acme.yaml")
    assert summary is not None
    assert summary.pack_id == "acme-collections"
    assert [p.id for p in kb.packs()] == [BUILTIN_PACK_ID, "acme-collections"]
    campaign = kb.campaign(ACME)
    assert campaign is not None
    assert campaign.check_in_phrase == Ref(BUILTIN_PACK_ID, "hold-check-in")
    assert kb.phrase(campaign.check_in_phrase) is not None
    ids = {p.ref.id for p in kb.campaign_phrases(ACME)}
    assert {"acme-greet", "acme-disclosure", "acme-close", "hold-check-in"} <= ids
    # acme-close has no campaigns: it applies to the built-in campaigns too.
    assert "acme-close" in {p.ref.id for p in kb.campaign_phrases(CS)}
    assert "acme-greet" not in {p.ref.id for p in kb.campaign_phrases(CS)}
    assert kb.check().ok


def test_reimporting_a_newer_version_replaces_it_and_keeps_usage(kb: KnowledgeBase) -> None:
    import_file(kb, PACKS / "acme.yaml")
    kb.record_use(Ref("acme-collections", "acme-greet"))
    kb.record_use(Ref("acme-collections", "acme-greet"))
    pack = load_pack(PACKS / "acme.yaml", builtin_known(kb))
    newer = dataclasses.replace(pack, version=4, phrases=pack.phrases[:1])
    summary = kb.import_pack(newer)
    assert summary.replaced_version == 3
    assert kb.pack_version("acme-collections") == 4
    assert kb.counts()["phrases"] == len(kb.campaign_phrases(None))
    greet = kb.phrase(Ref("acme-collections", "acme-greet"))
    assert greet is not None and greet.uses == 2
    assert kb.phrase(Ref("acme-collections", "acme-close")) is None


def _indexed(kb: KnowledgeBase) -> list[int]:
    return [r[0] for r in kb.database.conn.execute("SELECT rowid FROM phrase_fts ORDER BY 1")]


def _phrase_rowids(kb: KnowledgeBase) -> list[int]:
    return [r[0] for r in kb.database.conn.execute("SELECT rowid FROM phrases ORDER BY 1")]


def test_the_search_index_follows_every_import_replace_and_removal(kb: KnowledgeBase) -> None:
    import_file(kb, PACKS / "acme.yaml")
    assert _indexed(kb) == _phrase_rowids(kb)
    pack = load_pack(PACKS / "acme.yaml", builtin_known(kb))
    reworded = dataclasses.replace(
        pack.phrases[0], text="Our zorblax department will call you back."
    )
    kb.import_pack(dataclasses.replace(pack, version=4, phrases=(reworded,)))
    assert _indexed(kb) == _phrase_rowids(kb)
    assert [h.phrase.ref.id for h in kb.search("zorblax", None)] == [reworded.id]
    kb.remove_pack("acme-collections")
    assert _indexed(kb) == _phrase_rowids(kb)
    assert kb.search("zorblax", None) == []
    assert kb.check().ok


def test_db_check_reports_phrases_missing_from_the_search_index(kb: KnowledgeBase) -> None:
    conn = kb.database.conn
    conn.execute("DELETE FROM phrase_fts WHERE rowid IN (SELECT rowid FROM phrases LIMIT 3)")
    report = kb.check()
    assert not report.ok
    assert "knowledge.db: the search index is missing 3 phrases" in report.problems


def test_an_older_version_is_refused_unless_forced(kb: KnowledgeBase) -> None:
    import_file(kb, PACKS / "acme.yaml")
    pack = load_pack(PACKS / "acme.yaml", builtin_known(kb))
    before = _dump(kb)
    with pytest.raises(PackVersionError, match="version 3 is installed; version 2 is older"):
        kb.import_pack(dataclasses.replace(pack, version=2))
    assert _dump(kb) == before
    kb.import_pack(dataclasses.replace(pack, version=2), force=True)
    assert kb.pack_version("acme-collections") == 2


def test_a_failing_import_changes_nothing(kb: KnowledgeBase, builtin_pack: Pack) -> None:
    before = _dump(kb)
    clash = Phrase("dup", "A", "a", Category.OTHER)
    broken = dataclasses.replace(builtin_pack, version=99, phrases=(clash, clash))
    with pytest.raises(sqlite3.IntegrityError):
        kb.import_pack(broken)
    assert _dump(kb) == before


def test_remove_pack(kb: KnowledgeBase) -> None:
    import_file(kb, PACKS / "acme.yaml")
    kb.remove_pack("acme-collections")
    assert [p.id for p in kb.packs()] == [BUILTIN_PACK_ID]
    assert kb.check().ok
    with pytest.raises(PackNotFoundError):
        kb.remove_pack("acme-collections")
    with pytest.raises(BuiltinPackError):
        kb.remove_pack(BUILTIN_PACK_ID)


def test_usage_is_counted(kb: KnowledgeBase) -> None:
    ref = Ref(BUILTIN_PACK_ID, "hold-check-in")
    kb.record_use(ref)
    phrase = kb.phrase(ref)
    assert phrase is not None and phrase.uses == 1


def test_settings_round_trip(kb: KnowledgeBase) -> None:
    assert kb.setting("missing", "x") == "x"
    kb.set_setting("k", "v1")
    kb.set_setting("k", "v2")
    assert kb.setting("k") == "v2"
