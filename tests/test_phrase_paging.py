"""Browsing a large library: the list shows its first rows at once and fetches the rest as the
agent scrolls, and still reads as one list (headings once per category, a persona's
suggestions first and not repeated, Ctrl+1..9, a starred phrase staying selected)."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from assistant.core.model import BUILTIN_PACK_ID, CampaignType, Category, Direction, Reach, Ref
from assistant.core.pack import Campaign, Pack, Phrase
from assistant.services.search import BROWSE_LIMIT, PAGE
from assistant.store.knowledge import KnowledgeBase
from assistant.ui.phrase_library import PhraseLibrary
from tests.conftest import scroll_to_the_end, services_for

CS = Ref(BUILTIN_PACK_ID, "customer-service")
CATEGORIES = list(Category)


def big_pack(n: int) -> Pack:
    campaign = Campaign("big", "Big", CampaignType.OTHER, Direction.INBOUND, Reach.DOMESTIC)
    phrases = tuple(
        Phrase(
            id=f"p{i}",
            title=f"Phrase number {i}",
            text=f"Text of phrase {i}.",
            category=CATEGORIES[(i * 7) % len(CATEGORIES)],
            campaigns=("big",) if i % 3 == 0 else (),
        )
        for i in range(n)
    )
    return Pack("big", "Big library", 1, campaigns=(campaign,), phrases=phrases)


def library_over(qtbot: QtBot, kb: KnowledgeBase) -> PhraseLibrary:
    kb.import_pack(big_pack(1500))
    library = PhraseLibrary(kb, services_for(kb).phrases)
    qtbot.addWidget(library)
    library.resize(420, 500)
    library.show()
    library.set_campaign(CS)
    return library


def shown(library: PhraseLibrary) -> list[str | Ref]:
    model = library.model
    out: list[str | Ref] = []
    for row in range(model.rowCount()):
        phrase = model.phrase_at(row)
        out.append(phrase.ref if phrase else str(model.index(row).data()))
    return out


def test_the_list_shows_a_page_and_fetches_the_rest_as_it_scrolls(
    qtbot: QtBot, kb: KnowledgeBase
) -> None:
    library = library_over(qtbot, kb)
    model = library.model
    assert model.phrase_count() == PAGE and model.canFetchMore()
    assert "first 1,000 of" in library.count_label.text()
    scroll_to_the_end(library)
    expected = kb.campaign_phrases(CS, limit=BROWSE_LIMIT)
    assert [e for e in shown(library) if isinstance(e, Ref)] == [p.ref for p in expected]
    headings = [e for e in shown(library) if isinstance(e, str)]
    assert len(headings) == len(set(headings))  # one heading per category, across pages
    assert len(headings) == len({p.category for p in expected})


def test_the_keys_and_a_persona_work_on_the_paged_list(qtbot: QtBot, kb: KnowledgeBase) -> None:
    library = library_over(qtbot, kb)
    model = library.model
    first_three = [model.nth_phrase(n) for n in (1, 2, 3)]
    assert all(first_three)
    assert library.activate_nth(3) and library.current_phrase() == first_three[2]
    angry = next(p for p in kb.personas() if p.ref.id == "angry")
    library.set_persona(angry)
    assert model.index(0).data() == "Suggested for: Angry"
    pinned = [model.phrase_at(r).ref for r in range(1, 1 + len(angry.phrases))]  # type: ignore[union-attr]
    assert pinned == list(angry.phrases)
    scroll_to_the_end(library)
    refs = [e for e in shown(library) if isinstance(e, Ref)]
    assert len(refs) == len(set(refs)) == BROWSE_LIMIT  # suggestions not repeated below


def test_a_phrase_starred_far_down_the_list_stays_selected(qtbot: QtBot, kb: KnowledgeBase) -> None:
    library = library_over(qtbot, kb)
    scroll_to_the_end(library)
    model = library.model
    row = model.rowCount() - 1
    far = model.phrase_at(row)
    assert far is not None
    library.view.setCurrentIndex(model.index(row))
    assert library.toggle_favourite() is True
    assert library.current_phrase() is not None
    assert library.current_phrase().ref == far.ref  # type: ignore[union-attr]
    assert library.current_phrase().favourite  # type: ignore[union-attr]


def test_the_warm_up_never_swallows_a_search_asked_for_before_it(
    qtbot: QtBot, data_dir: Path
) -> None:
    """A mood picked in the window's first moment was sometimes never answered: the warm-up,
    queued under the searches' key, skipped the search still waiting on the thread."""
    from assistant.services.opening import open_knowledge_base
    from assistant.services.search import Answer
    from assistant.ui.search_runner import SearchRunner

    kb = open_knowledge_base(data_dir, backup=False)
    runner = SearchRunner(kb)
    answers: list[Answer] = []
    runner.answered.connect(answers.append)
    try:
        runner.submit("", None, None)  # the first fill, answered at once
        angry = Ref(BUILTIN_PACK_ID, "angry")
        for _ in range(20):
            seq = runner.submit("", None, angry, pinned=(Ref(BUILTIN_PACK_ID, "deesc-let-vent"),))
            runner.warm_up(None)
            qtbot.waitUntil(lambda: answers[-1].request.seq == runner.latest, timeout=5000)
            assert answers[-1].request.seq == seq
        assert not runner.pending
    finally:
        runner.shutdown()
        kb.database.close()
