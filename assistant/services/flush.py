"""The window's writes to activity.db reach the disk off the window's thread.

Every hold, check-in, call and callback is committed to activity.db before the window shows it
(services/desk.py). Under SQLite's synchronous=FULL the commit also waited for the disk to flush
it: a few milliseconds on a quiet disk, 20-80 ms on a busy or shared one, all of it on the
window's thread (the longest stalls of a shift, bench/shift.py). While the window runs, an
ActivityFlush takes that wait over:

- the window's connection commits with synchronous=NORMAL: the commit is in the write-ahead
  log, in the operating system's hands, so it survives a crash of the program at once;
- after each commit this flushes the log to the disk (fsync) on a thread of its own, so it
  survives a power cut a few milliseconds later, as before; commits made while a flush runs
  share the next one;
- ``settle(then)`` calls ``then`` once everything committed so far is on the disk: a
  softphone's "hold started" is still sent only then (assistant/control.py). It joins a flush
  that started after the last commit, rather than queue one more behind it, and answers at once
  when the last flush took every commit;
- the log is copied into activity.db (a checkpoint, which SQLite would run on the committing
  thread and which flushes both files) here too, every CHECKPOINT_COMMITS commits;
- a flush the disk refuses is told to ``subscribe``'s listeners (the window shows it) each
  time, to whoever waits in ``settle``, and to the log once until a flush succeeds again;
- ``close()`` waits for the last flush, tells everyone still waiting in ``settle`` (a
  softphone's command at the moment the window closes gets its answer), and gives the
  connection back its own flush at each commit.

A database in memory has nothing to flush: ``settle`` answers at once.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path

from assistant.core.files import sync_file, sync_folder
from assistant.core.listeners import Listeners
from assistant.services.background import Post, Worker, run_here
from assistant.store.database import Database

log = logging.getLogger(__name__)

# Within SQLite's own checkpoint interval (1,000 pages of log): a hold, check-in or call
# writes one to four pages.
CHECKPOINT_COMMITS = 250
# Long enough for a checkpoint to wait out another connection's short write.
_CHECKPOINT_TIMEOUT_S = 2.0

Settled = Callable[[str | None], None]
"""Told None once what was committed is on the disk, or why it may not be."""


class _Disk:
    """The flusher thread's side: activity.db's log file, and a connection for checkpoints
    (opened at the first one)."""

    def __init__(self, activity: Path, log_file: Path) -> None:
        self.activity = activity
        self.log_file = log_file
        self._conn: sqlite3.Connection | None = None
        self._folder_synced_for: int | None = None  # the log file's inode when last done

    def flush(self) -> None:
        """The log's content to the disk; its folder's entry too, once per log file (SQLite
        made the file, and flushes the folder only at a checkpoint of its own)."""
        try:
            if not sync_file(self.log_file):
                return
            inode = os.stat(self.log_file).st_ino
        except FileNotFoundError:
            return  # no log: the last checkpoint of a closing connection took it in
        if inode != self._folder_synced_for:
            sync_folder(self.log_file.parent)
            self._folder_synced_for = inode

    def flushed(self) -> str | None:
        """``flush()``; None when done, else what the disk refused and what that means."""
        try:
            self.flush()
        except OSError as error:
            return (
                f"{self.activity} could not be flushed to the disk "
                f"({error.strerror or error}): what was saved since survives a crash of the "
                "program, but may not survive a power cut"
            )
        return None

    def checkpoint(self) -> None:
        """Copy the log into activity.db as far as no reader still needs it (PASSIVE: never
        waits for a reader); SQLite flushes the log before and the file after."""
        if self._conn is None:
            self._conn = sqlite3.connect(
                f"{self.activity.resolve().as_uri()}?mode=rw",
                uri=True,
                timeout=_CHECKPOINT_TIMEOUT_S,
                check_same_thread=False,
            )
        self._conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None


class ActivityFlush:
    """Flushes the commits of one Database's connection to activity.db on its own thread."""

    def __init__(self, database: Database, post: Post = run_here) -> None:
        """``post`` runs the answers (``settle``'s, the listeners') on the caller's thread
        (the window's: ui/gui_thread.py GuiPost)."""
        self._database = database
        self._listeners: Listeners[str] = Listeners()
        self._lock = threading.Lock()
        self._waiting: list[Settled] = []  # settle()s no flush has started for yet
        # settle()s a flush has started for, until they are told: close() tells them itself
        # if that flush's answer can no longer reach them (the window's loop has stopped).
        self._in_flight: dict[int, list[Settled]] = {}  # by flush
        self._flushes = 0
        # The connection's commits, counted: those each flush in flight takes (all made before
        # it started), and those a flush that succeeded took.
        self._commits_made = 0
        self._takes: dict[int, int] = {}  # by flush
        self._on_disk = 0
        self._failing: str | None = None  # the last flush's failure, logged once
        self._commits = 0  # since the last checkpoint
        self._running = False
        self._worker: Worker[_Disk] | None = None
        self._disk: Callable[[], _Disk] | None = None  # makes the flusher thread's side
        activity, log_file = database.activity_path, database.activity_log_file
        if activity is not None and log_file is not None:
            self._disk = lambda: _Disk(activity, log_file)
            self._worker = Worker(
                "activity-flush", self._disk, close_context=_Disk.close, post=post
            )

    @property
    def running(self) -> bool:
        """Between start() and close(): the connection's commits wait for this."""
        return self._running

    def subscribe(self, listener: Callable[[str], None]) -> None:
        """Call ``listener(message)`` when a flush fails: what was committed survives a crash
        of the program, but maybe not a power cut."""
        self._listeners.add(listener)

    def start(self) -> None:
        """Take the flushing over from the connection's commits."""
        if self._worker is None or self._running:
            return
        self._worker.start()
        self._database.flush_activity_later(True)
        self._database.on_commit(self._committed)
        self._running = True  # what was committed before was flushed by its commit

    def settle(self, then: Settled) -> None:
        """``then(None)`` once every commit made so far is on the disk; ``then(message)`` if
        the disk refused. At once when the last flush took every commit; with the flush in flight
        when it started after the last commit."""
        if not self._running:
            then(None)  # each commit flushes itself (or there is no file)
            return
        with self._lock:
            on_disk = self._on_disk == self._commits_made
            joined = None if on_disk else self._flush_taking_every_commit()
            if joined is not None:
                self._in_flight[joined].append(then)
            elif not on_disk:
                self._waiting.append(then)
        if on_disk:
            then(None)
        elif joined is None:
            self._submit()

    def close(self, timeout: float = 30.0) -> None:
        """The last flush, then each commit flushes itself again. Safe to call twice."""
        if not self._running or self._worker is None:
            return
        self._running = False
        self._database.forget_commit_listener(self._committed)
        self._database.flush_activity_later(False)
        worker, self._worker = self._worker, None  # not started again
        worker.close(timeout)
        # Anything committed after the worker's last flush (nothing, unless it was slow to
        # stop) is flushed here: the program is about to exit. Those still waiting are told
        # here, those of a flush that ran too: its answer was posted to the window's event
        # loop, which may not turn again (the softphone would hear "did not answer").
        assert self._disk is not None
        with self._lock:
            waiting = [then for batch in self._in_flight.values() for then in batch]
            waiting += self._waiting
            self._in_flight, self._waiting, self._takes = {}, [], {}
        self._tell(waiting, self._disk().flushed())

    def _flush_taking_every_commit(self) -> int | None:
        """The newest flush in flight, if it started after the last commit (under the lock)."""
        newest = max(self._in_flight, default=None)
        if newest is not None and self._takes.get(newest) == self._commits_made:
            return newest
        return None

    def _committed(self) -> None:
        with self._lock:
            self._commits_made += 1
        self._submit()
        self._commits += 1
        if self._commits >= CHECKPOINT_COMMITS and self._worker is not None:
            self._commits = 0
            self._worker.submit(
                _Disk.checkpoint, failed=self._checkpoint_failed, replaces="checkpoint"
            )

    def _submit(self) -> None:
        # A flush still queued gives way to this one, which takes its waiting settle()s along.
        if self._worker is not None:
            self._worker.submit(self._flush, self._flushed, replaces="flush")

    def _flush(self, disk: _Disk) -> tuple[int, str | None]:
        # Those waiting now committed before this flush starts: it covers them. A settle()
        # that comes during it joins it if no commit came since it started, else waits for the
        # flush it submits.
        with self._lock:
            self._flushes += 1
            flush, takes = self._flushes, self._commits_made
            self._in_flight[flush], self._waiting = self._waiting, []
            self._takes[flush] = takes
        failure = disk.flushed()
        if failure is None:
            with self._lock:
                self._on_disk = max(self._on_disk, takes)
        return flush, failure

    def _flushed(self, result: tuple[int, str | None]) -> None:
        flush, failure = result
        with self._lock:  # none, if close() told them already
            waiting = self._in_flight.pop(flush, [])
            self._takes.pop(flush, None)
        self._tell(waiting, failure)

    def _tell(self, waiting: list[Settled], failure: str | None) -> None:
        if failure is not None:
            if failure != self._failing:  # a dying disk fails every flush: logged once
                log.warning("%s", failure)
            self._listeners(failure)
        elif self._failing is not None:
            log.info("%s is flushed to the disk again", self._database.activity_path)
        self._failing = failure
        for then in waiting:
            then(failure)

    def _checkpoint_failed(self, error: BaseException) -> None:
        # The log only grows until the next one: nothing is lost.
        log.warning("checkpoint of %s failed: %s", self._database.activity_path, error)
