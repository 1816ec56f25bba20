"""The phrase library's search, as the window and the quick search ask it: what a query
finds, or (no query) the campaign's phrases to browse, the customer mood's suggestions first
and a page of rows at once. Qt-free: ui/search_runner.py runs it on a worker thread with its
own read connection, and bench/search.py runs it directly.
"""

from __future__ import annotations

from typing import NamedTuple

from assistant.core.model import Ref
from assistant.store.knowledge import KnowledgeBase
from assistant.store.rows import PhraseRow
from assistant.store.search import SearchHit

# The rows an answer to browse brings at once, and the list fetches as it scrolls: a tall
# window's list and a few screens more. The first page is laid out in its frame, one size per
# row (a heading is lower than a phrase): 200 rows took 4 ms of the 10-16 ms a list took.
PAGE = 60
BROWSE_LIMIT = 1000
SEARCH_LIMIT = 50  # more than an agent reads; a sharper query beats scrolling


class Request(NamedTuple):
    seq: int
    query: str
    campaign: Ref | None
    persona: Ref | None
    pinned: tuple[Ref, ...] = ()  # browsing: the persona's suggestions, shown first
    keep: int | None = None  # browsing: a phrase (rowid) to bring in with the first rows


class Browse(NamedTuple):
    """The campaign's phrases to browse: their rowids in order, and the rows fetched so far."""

    rowids: list[int]  # the list (at most BROWSE_LIMIT), the pinned ones left out
    rows: dict[int, PhraseRow]  # the first page, the pinned ones, the one to keep
    pinned: list[int]  # the persona's suggestions among them, in the persona's order


class Answer(NamedTuple):
    """Search hits for a query, or (empty query) the campaign's phrases to browse."""

    request: Request
    hits: list[SearchHit]
    browse: Browse | None
    total: int  # phrases the campaign offers in all (browse mode)

    @property
    def phrases(self) -> list[PhraseRow]:
        """The hits, or the rows fetched so far of the list to browse, in order."""
        if self.browse is None:
            return [h.phrase for h in self.hits]
        rows = self.browse.rows
        return [rows[r] for r in self.browse.pinned + self.browse.rowids if r in rows]


def answer(kb: KnowledgeBase, request: Request) -> Answer:
    """Run one request against ``kb`` (on whichever thread owns its connection)."""
    if request.query.strip():
        hits = kb.search(request.query, request.campaign, request.persona, SEARCH_LIMIT)
        return Answer(request, hits, None, len(hits))
    rowids = kb.browse_rowids(request.campaign, limit=BROWSE_LIMIT)
    total = len(rowids)
    if total >= BROWSE_LIMIT:
        total = kb.campaign_phrase_count(request.campaign)
    pinned: list[int] = []
    if request.pinned:
        offered = set(rowids)
        found = kb.rowids_of(request.pinned)
        pinned = [found[ref] for ref in request.pinned if found.get(ref) in offered]
        left_out = set(pinned)
        rowids = [r for r in rowids if r not in left_out]
    wanted = pinned + rowids[:PAGE]
    if request.keep is not None and request.keep in rowids:
        # Up to the phrase that stays selected (a star toggled far down the list).
        wanted += rowids[PAGE : rowids.index(request.keep) + 1]
    return Answer(request, [], Browse(rowids, kb.phrases_by_rowid(wanted), pinned), total)


def warm(kb: KnowledgeBase, campaign: Ref | None) -> None:
    """What the first search after a start needs, made ready before it comes: the search's
    caches (campaign scope, usage) and its typo vocabulary."""
    kb.search("warm", campaign, None, 1)
    kb.warm_typos()
