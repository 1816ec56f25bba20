"""Runs phrase searches off the GUI thread and hands back only the newest answer.

Each request gets a sequence number; a request that a newer one has overtaken is skipped
before it runs, and an answer that arrives after a newer request was made is dropped, so
fast typing never shows stale results and the window never waits on the database.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtCore import QObject, Signal

from assistant.core.model import Ref
from assistant.services.background import Worker
from assistant.services.search import Answer, Request, answer, warm
from assistant.store.database import wrap
from assistant.store.knowledge import KnowledgeBase
from assistant.store.rows import PhraseRow
from assistant.ui.gui_thread import GuiPost

log = logging.getLogger(__name__)


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

    def fetch_rows(self, rowids: Sequence[int]) -> dict[int, PhraseRow]:
        """Further rows of a browse list, as its view scrolls (a few at a time, on the
        window's own connection: quicker than a trip to the worker)."""
        return self._kb.phrases_by_rowid(rowids)

    @property
    def threaded(self) -> bool:
        return self._worker is not None

    def submit(
        self,
        query: str,
        campaign: Ref | None,
        persona: Ref | None,
        pinned: tuple[Ref, ...] = (),
        keep: int | None = None,
    ) -> int:
        """Ask for results; ``answered`` brings them (at once when not threaded)."""
        self.latest += 1
        request = Request(self.latest, query, campaign, persona, pinned, keep)
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

    def warm_up(self, campaign: Ref | None) -> None:
        """Ready the search thread's caches and typo vocabulary for the first search, in the
        background (the window calls it once it shows). A search asked for meanwhile waits
        behind it on the thread, never on the window's."""
        # A search already asked for builds what it needs itself. The warm-up has a key of its
        # own: under the searches' key it would skip a search still queued, whose answer would
        # then never come (a mood picked in the window's first moment showed no suggestions).
        if self._worker is not None and not self.pending:
            self._worker.submit(
                lambda reader: warm(reader, campaign),
                None,
                lambda error: log.warning("could not warm up the search: %s", error),
                replaces="warm-up",
            )

    def _failed(self, request: Request, error: BaseException) -> None:
        # A bug: log it, and answer with nothing so the window does not wait for it.
        log.error("search failed for %r", request.query, exc_info=error)
        self._deliver(Answer(request, [], None, 0))

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
