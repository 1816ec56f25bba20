"""Runs phrase searches off the GUI thread and hands back only the newest answer.

Each request gets a sequence number; a request that a newer one has overtaken is skipped
before it runs, and an answer that arrives after a newer request was made is dropped, so
fast typing never shows stale results and the window never waits on the database.
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlite_utils
from PySide6.QtCore import QObject, QThread, Signal, Slot

from assistant.core.model import Ref
from assistant.store.database import Database
from assistant.store.knowledge import KnowledgeBase
from assistant.store.rows import PhraseRow
from assistant.store.search import SearchHit

BROWSE_LIMIT = 1000
SEARCH_LIMIT = 200


@dataclass(frozen=True, slots=True)
class Request:
    seq: int
    query: str
    campaign: Ref | None
    persona: Ref | None


@dataclass(frozen=True, slots=True)
class Answer:
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


class _Worker(QObject):
    done = Signal(object)  # Answer

    def __init__(self, kb: KnowledgeBase, runner: SearchRunner) -> None:
        super().__init__()
        self._kb = kb
        self._runner = runner

    @Slot(object)
    def run(self, request: Request) -> None:
        if request.seq < self._runner.latest:
            return  # overtaken while queued
        self.done.emit(answer(self._kb, request))


class SearchRunner(QObject):
    """Answers requests on a worker thread with its own read connection.

    An in-memory knowledge base (tests) has no second connection; then requests are answered
    at once on the calling thread, through the same interface.
    """

    answered = Signal(object)  # Answer, only the newest
    _submit = Signal(object)

    def __init__(self, kb: KnowledgeBase, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._kb = kb
        self.latest = 0
        self._answered_seq = 0
        self._thread: QThread | None = None
        reader = kb.database.open_reader()
        if reader is None:
            return
        reader_kb = KnowledgeBase(Database(sqlite_utils.Database(reader), kb.database.path))
        # The reader's caches must hear about writes made through the main connection.
        kb.subscribe(reader_kb.notify_external_change)
        self._thread = QThread(self)
        self._thread.setObjectName("phrase-search")
        self._worker = _Worker(reader_kb, self)
        self._worker.moveToThread(self._thread)
        self._submit.connect(self._worker.run)
        self._worker.done.connect(self._deliver)
        self._thread.start()

    @property
    def threaded(self) -> bool:
        return self._thread is not None

    def submit(self, query: str, campaign: Ref | None, persona: Ref | None) -> int:
        """Ask for results; ``answered`` brings them (at once when not threaded)."""
        self.latest += 1
        request = Request(self.latest, query, campaign, persona)
        if self._thread is None:
            self._deliver(answer(self._kb, request))
        else:
            self._submit.emit(request)
        return request.seq

    @Slot(object)
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
            self._thread.quit()
            self._thread.wait(5000)
            self._thread = None
