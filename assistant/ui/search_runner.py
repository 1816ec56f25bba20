"""Runs phrase searches off the GUI thread and hands back only the newest answer.

Each request gets a sequence number; a request that a newer one has overtaken is skipped
before it runs, and an answer that arrives after a newer request was made is dropped, so
fast typing never shows stale results and the window never waits on the database.
"""

from __future__ import annotations

import logging
import queue
import threading
from typing import NamedTuple

from PySide6.QtCore import QObject, Signal, Slot

from assistant.core.model import Ref
from assistant.store.database import wrap
from assistant.store.knowledge import KnowledgeBase
from assistant.store.rows import PhraseRow
from assistant.store.search import SearchHit

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
    """Answers requests on a worker thread with its own read connection.

    The worker is a plain Python thread fed by a queue; it leaves each answer in a locked
    slot and wakes the GUI thread with a signal carrying only the sequence number.

    An in-memory knowledge base (tests) has no second connection; then requests are answered
    at once on the calling thread, through the same interface.
    """

    answered = Signal(object)  # Answer, only the newest
    _ready = Signal(int)

    def __init__(self, kb: KnowledgeBase, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._kb = kb
        self.latest = 0
        self._answered_seq = 0
        self._lock = threading.Lock()
        self._finished: dict[int, Answer] = {}
        self._queue: queue.SimpleQueue[Request | None] = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        reader = kb.database.open_reader()
        if reader is None:
            return
        self._reader_kb = KnowledgeBase(wrap(reader, kb.database.path))
        # The reader's caches must hear about writes made through the main connection.
        kb.subscribe(self._reader_kb.notify_external_change)
        self._ready.connect(self._collect)
        self._thread = threading.Thread(target=self._work, name="phrase-search", daemon=True)
        self._thread.start()

    @property
    def threaded(self) -> bool:
        return self._thread is not None

    def submit(self, query: str, campaign: Ref | None, persona: Ref | None) -> int:
        """Ask for results; ``answered`` brings them (at once when not threaded)."""
        self.latest += 1
        request = Request(self.latest, query, campaign, persona)
        if self._thread is None or (self.latest == 1 and not query.strip()):
            # The first fill, as the window opens, is a campaign's phrases to browse: answered
            # here it is in the window's first frame, instead of a frame or two later from the
            # worker thread, which is still opening its connection.
            self._deliver(answer(self._kb, request))
        else:
            self._queue.put(request)
        return request.seq

    def _work(self) -> None:
        while True:
            request = self._queue.get()
            if request is None:
                break
            if request.seq < self.latest:
                continue  # overtaken while queued
            try:
                result = answer(self._reader_kb, request)
            except Exception:  # a bug: log it, keep serving the next keystroke
                log.exception("search failed for %r", request.query)
                result = Answer(request, [], [], 0)
            with self._lock:
                self._finished[request.seq] = result
            self._ready.emit(request.seq)

    @Slot(int)
    def _collect(self, seq: int) -> None:
        with self._lock:
            result = self._finished.pop(seq, None)
            self._finished = {k: v for k, v in self._finished.items() if k > seq}
        if result is not None:
            self._deliver(result)

    def _deliver(self, result: Answer) -> None:
        if result.request.seq == self.latest:
            self._answered_seq = result.request.seq
            self.answered.emit(result)

    @property
    def pending(self) -> bool:
        """Whether the newest request is still being answered."""
        return self._answered_seq != self.latest

    def shutdown(self) -> None:
        if self._thread is not None:
            self._queue.put(None)
            self._thread.join(5.0)
            self._thread = None
            self._reader_kb.database.close()
