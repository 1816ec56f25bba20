"""Runs phrase searches off the GUI thread and hands back only the newest answer.

Each request gets a sequence number; a request that a newer one has overtaken is skipped
before it runs, and an answer that arrives after a newer request was made is dropped, so
fast typing never shows stale results and the window never waits on the database.
"""

from __future__ import annotations

import logging
from typing import NamedTuple

from PySide6.QtCore import QObject, Signal

from assistant.core.model import Ref
from assistant.services.background import Worker
from assistant.store.database import wrap
from assistant.store.knowledge import KnowledgeBase
from assistant.store.rows import PhraseRow
from assistant.store.search import SearchHit
from assistant.ui.gui_thread import GuiPost

BROWSE_LIMIT = 1000
log = logging.getLogger(__name__)

SEARCH_LIMIT = 50  # more than an agent reads; a sharper query beats scrolling


class Request(NamedTuple):
    seq: int
    query: str
    campaign: Ref | None
    persona: Ref | None


class Answer(NamedTuple):
    """Search hits for a query, or (empty query) the campaign's phrases to browse."""

    request: Request
    hits: list[SearchHit]
    browse: list[PhraseRow]
    total: int  # phrases the campaign offers in all (browse mode)

    @property
    def phrases(self) -> list[PhraseRow]:
        return [h.phrase for h in self.hits] if self.request.query.strip() else self.browse


def answer(kb: KnowledgeBase, request: Request) -> Answer:
    """Run one request against ``kb`` (on whichever thread owns its connection)."""
    if request.query.strip():
        hits = kb.search(request.query, request.campaign, request.persona, SEARCH_LIMIT)
        return Answer(request, hits, [], len(hits))
    browse = kb.campaign_phrases(request.campaign, limit=BROWSE_LIMIT)
    total = len(browse)
    if total >= BROWSE_LIMIT:
        total = kb.campaign_phrase_count(request.campaign)
    return Answer(request, [], browse, total)


class SearchRunner(QObject):
    """Answers requests on a worker (services/background.py) with its own read connection.

    Only the newest request matters: one still queued when a newer one comes is dropped, and
    an answer that arrives after a newer request was made is not shown. The reader's caches
    follow every change, whoever made it (the store compares SQLite's data_version).

    An in-memory knowledge base (tests) has no second connection; then requests are answered
    at once on the calling thread, through the same interface.
    """

    answered = Signal(object)  # Answer, only the newest

    def __init__(self, kb: KnowledgeBase, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._kb = kb
        self.latest = 0
        self._answered_seq = 0
        self._worker: Worker[KnowledgeBase] | None = None
        if kb.database.path is None:
            return
        self._worker = Worker(
            "phrase-search", self._open_reader, close_context=_close, post=GuiPost(self)
        )
        self._worker.start()

    def _open_reader(self) -> KnowledgeBase:
        reader = self._kb.database.open_reader()
        assert reader is not None  # a file on disk
        return KnowledgeBase(wrap(reader, self._kb.database.path))

    @property
    def threaded(self) -> bool:
        return self._worker is not None

    def submit(self, query: str, campaign: Ref | None, persona: Ref | None) -> int:
        """Ask for results; ``answered`` brings them (at once when not threaded)."""
        self.latest += 1
        request = Request(self.latest, query, campaign, persona)
        if self._worker is None or (self.latest == 1 and not query.strip()):
            # The first fill, as the window opens, is a campaign's phrases to browse: answered
            # here it is in the window's first frame, instead of a frame or two later from the
            # worker thread, which is still opening its connection.
            self._deliver(answer(self._kb, request))
        else:
            self._worker.submit(
                lambda reader: answer(reader, request),
                self._deliver,
                lambda error: self._failed(request, error),
                replaces="search",
            )
        return request.seq

    def _failed(self, request: Request, error: BaseException) -> None:
        # A bug: log it, and answer with nothing so the window does not wait for it.
        log.error("search failed for %r", request.query, exc_info=error)
        self._deliver(Answer(request, [], [], 0))

    def _deliver(self, result: Answer) -> None:
        if result.request.seq == self.latest:
            self._answered_seq = result.request.seq
            self.answered.emit(result)

    @property
    def pending(self) -> bool:
        """Whether the newest request is still being answered."""
        return self._answered_seq != self.latest

    def shutdown(self) -> None:
        if self._worker is not None:
            self._worker.close(5.0)
            self._worker = None


def _close(reader: KnowledgeBase) -> None:
    reader.database.close()
