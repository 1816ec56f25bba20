"""The one way long work runs off the window's thread: a Worker.

A Worker is one thread with a queue; jobs run in the order they were submitted, each with the
worker's own context (its database connection, opened on the worker's thread and closed when
the worker stops). What a job returns, or raises, is handed to ``done`` or ``failed`` through
``post``, which runs a function on the thread that owns the callbacks (the window passes a
function that queues it onto the Qt event loop; ui/operations.py).

The program runs a few Workers, one mechanism each time:

- the pack writer: the single writer of knowledge.db (imports, removals, the editor's
  install, the shared folder, exports, cheat sheets), so the window never waits on its lock;
- the phrase search: a read-only connection, where only the newest query matters
  (``replaces``: a job still queued is dropped when a newer one with the same key comes);
- the pack editor's background check.
"""

from __future__ import annotations

import contextlib
import logging
import queue
import threading
import traceback
from collections.abc import Callable
from typing import Any, Generic, NamedTuple, TypeVar

from assistant import collector

log = logging.getLogger(__name__)

C = TypeVar("C")
R = TypeVar("R")
Post = Callable[[Callable[[], None]], None]
Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


def run_here(function: Callable[[], None]) -> None:
    """A ``post`` that runs the callback on the worker's own thread (commands, tests)."""
    function()


class _Job(NamedTuple):
    work: Callable[[Any], Any]
    done: Done | None
    failed: Failed | None
    key: str | None
    number: int


class Worker(Generic[C]):
    """One thread running jobs in order, each given the worker's context."""

    def __init__(
        self,
        name: str,
        open_context: Callable[[], C],
        *,
        close_context: Callable[[C], None] | None = None,
        post: Post = run_here,
        bursts: bool = False,
    ) -> None:
        """``bursts``: each job makes objects by the hundred thousand (a pack read, checked,
        imported or written), so the garbage collector, which runs on the window's thread
        (collector.py), waits until the job is done rather than walk them while they are made:
        collections of 50-100 ms on the window's thread otherwise."""
        self.name = name
        self._bursts = bursts
        self._open = open_context
        self._close = close_context
        self._post = post
        self._queue: queue.SimpleQueue[_Job | None] = queue.SimpleQueue()
        self._lock = threading.Lock()
        self._idle = threading.Condition(self._lock)
        self._pending = 0
        self._latest: dict[str, int] = {}  # key -> number of the newest job with that key
        self._numbers = 0
        self._thread: threading.Thread | None = None
        self._closed = False

    @property
    def pending(self) -> int:
        """Jobs submitted that have not run yet (a finished job's callback may still be on its
        way to ``post``'s thread)."""
        with self._lock:
            return self._pending

    def start(self) -> None:
        """Start the thread and open the context now, not at the first job (the phrase search
        opens its connection while the window is being built, so the first keystroke does not
        wait for it)."""
        with self._lock:
            if self._thread is None and not self._closed:
                self._thread = threading.Thread(target=self._run, name=self.name, daemon=True)
                self._thread.start()

    def submit(
        self,
        work: Callable[[C], R],
        done: Callable[[R], None] | None = None,
        failed: Failed | None = None,
        *,
        replaces: str | None = None,
    ) -> None:
        """Run ``work(context)`` on the worker; then ``done(result)`` or ``failed(error)``
        through ``post``. With ``replaces``, a job with the same key that has not started yet
        is skipped (its callbacks are not called). A failure nobody handles is logged."""
        with self._lock:
            if self._closed:
                raise RuntimeError(f"the {self.name} worker is closed")
            self._numbers += 1
            self._pending += 1
            if replaces is not None:
                self._latest[replaces] = self._numbers
            job = _Job(work, done, failed, replaces, self._numbers)
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name=self.name, daemon=True)
                self._thread.start()
        self._queue.put(job)

    def wait(self, timeout: float | None = None) -> bool:
        """Block until every submitted job has run (not until its callback has: that may need
        the caller's own event loop); False if ``timeout`` passed first."""
        with self._idle:
            return self._idle.wait_for(lambda: self._pending == 0, timeout)

    def close(self, timeout: float | None = 30.0) -> None:
        """Finish the queued jobs, then stop the thread and close the context."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
            thread = self._thread
        if thread is not None:
            self._queue.put(None)
            thread.join(timeout)

    def _run(self) -> None:
        context: C | None = None
        try:
            try:
                context = self._open()
            except BaseException as error:  # told to the first job, which will need it
                log.warning("the %s worker could not open its context: %s", self.name, error)
            while True:
                job = self._queue.get()
                if job is None:
                    break
                if self._overtaken(job):
                    self._finished()
                    continue
                if context is None:
                    try:
                        context = self._open()
                    except BaseException as error:
                        self._deliver(job, None, error)
                        continue
                try:
                    with collector.paused() if self._bursts else contextlib.nullcontext():
                        result = job.work(context)
                except BaseException as error:  # handed to failed(), or logged as a bug
                    self._deliver(job, None, error)
                else:
                    self._deliver(job, result, None)
        finally:
            if context is not None and self._close is not None:
                try:
                    self._close(context)
                except Exception:
                    log.exception("the %s worker could not close its context", self.name)

    def _overtaken(self, job: _Job) -> bool:
        with self._lock:
            return job.key is not None and self._latest.get(job.key, job.number) > job.number

    def _deliver(self, job: _Job, result: Any, error: BaseException | None) -> None:
        if error is not None:
            _free_locals(error)

        def callback() -> None:
            if error is None:
                if job.done is not None:
                    job.done(result)
            elif job.failed is not None:
                job.failed(error)
            else:
                log.error("a job on the %s worker failed", self.name, exc_info=error)

        try:
            self._post(callback)
        except Exception:  # nowhere to deliver (the window is gone)
            log.exception("the %s worker could not deliver a result", self.name)
        finally:
            self._finished()

    def _finished(self) -> None:
        with self._idle:
            self._pending -= 1
            self._idle.notify_all()


def _free_locals(error: BaseException) -> None:
    """Free, here on the worker's thread, what the failed job's frames still hold: the error
    goes to ``post``'s thread, and its traceback keeps the job's locals alive (a QBuffer and a
    QPdfWriter of a cheat sheet, a connection's cursor) until the window drops it, which would
    then destroy them on a thread that did not make them. The traceback keeps its lines: the
    log and the crash report still show where it failed."""
    seen: set[int] = set()
    chained: BaseException | None = error
    while chained is not None and id(chained) not in seen:
        seen.add(id(chained))
        traceback.clear_frames(chained.__traceback__)
        chained = chained.__cause__ or chained.__context__
