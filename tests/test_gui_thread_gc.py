"""Garbage that holds Qt objects is collected on the GUI thread, never by a worker thread that
happened to allocate (a worker collecting a shown widget hangs or crashes the program)."""

from __future__ import annotations

import gc
import threading

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from assistant import collector
from assistant.ui.gui_thread import GuiThreadCollector


class Cyclic(QWidget):
    """A widget only a reference cycle keeps alive: freed by the cyclic collector alone."""

    def __init__(self, destroyed_on: list[str]) -> None:
        super().__init__()
        self.itself = self
        self.destroyed.connect(lambda *_: destroyed_on.append(threading.current_thread().name))


def churn(results: list[object]) -> None:
    """Allocate far past every collection threshold, as a search or a pack check does, and
    hand the result over."""
    results.append([[i] for i in range(20 * sum(gc.get_threshold()))])


def test_a_worker_that_allocates_never_collects_the_windows_garbage(
    qtbot: QtBot, qapp: QApplication
) -> None:
    assert qapp.findChild(GuiThreadCollector) is not None  # as the program does (app.py)
    assert not gc.isenabled()
    destroyed_on: list[str] = []
    widget = Cyclic(destroyed_on)
    widget.show()
    del widget
    results: list[object] = []
    worker = threading.Thread(target=churn, args=(results,), name="worker")
    worker.start()
    worker.join(timeout=30)
    assert not worker.is_alive()
    assert destroyed_on == []  # the worker allocated, but left the cycle alone
    # The GUI thread's timer finds the thresholds crossed and collects, here.
    qtbot.waitUntil(lambda: destroyed_on == ["MainThread"], timeout=5000)
    assert results


class _Loop:
    """An object in a cycle with itself: only the cyclic collector frees it."""

    def __init__(self, freed: list[bool]) -> None:
        self.itself = self
        self._freed = freed

    def __del__(self) -> None:
        self._freed.append(True)


def garbage_cycle(freed: list[bool]) -> None:
    """Garbage that only a collection frees; ``freed`` says when it is."""
    _Loop(freed)


def test_collect_due_collects_as_the_automatic_collector_would(qapp: QApplication) -> None:
    # With the program's collector (the qapp fixture): automatic collection off.
    gc.collect()
    assert collector.collect_due() == 0  # nothing allocated since: nothing to do
    freed: list[bool] = []

    garbage_cycle(freed)
    kept = [[i] for i in range(2 * gc.get_threshold()[0])]
    assert kept and not freed
    assert collector.collect_due() >= 1
    assert freed == [True]


def test_a_pause_does_not_turn_automatic_collection_back_on(qapp: QApplication) -> None:
    with collector.paused():
        assert not gc.isenabled()
    assert not gc.isenabled()


def test_the_window_thread_does_not_collect_while_a_burst_is_paused(qapp: QApplication) -> None:
    # A pack read on the pack writer (packs/loader.py) pauses collection: the window's
    # collect_due() waits for the pause to end, then collects what is due.
    freed: list[bool] = []

    gc.collect()
    inside = threading.Event()
    leave = threading.Event()

    def burst() -> None:
        with collector.paused():
            inside.set()
            leave.wait(10)

    reader = threading.Thread(target=burst, name="pack-writer")
    reader.start()
    try:
        assert inside.wait(10)
        garbage_cycle(freed)
        kept = [[i] for i in range(2 * gc.get_threshold()[0])]
        assert collector.collect_due() == 0 and not freed
    finally:
        leave.set()
        reader.join(10)
    assert kept and collector.collect_due() >= 1 and freed == [True]


def test_a_bursts_worker_holds_the_window_threads_collections_while_a_job_runs(
    qapp: QApplication,
) -> None:
    # The pack writer and the pack editor's worker make objects by the hundred thousand in a
    # job (Worker(bursts=True)): the window's collections wait for the job, not walk them.
    from assistant.services.background import Worker

    collected: list[int] = []
    for bursts in (True, False):
        inside, leave = threading.Event(), threading.Event()

        def job(
            _context: None, inside: threading.Event = inside, leave: threading.Event = leave
        ) -> None:
            inside.set()
            leave.wait(10)

        worker: Worker[None] = Worker("pack-writer", lambda: None, bursts=bursts)
        worker.submit(job)
        try:
            assert inside.wait(10)
            garbage_cycle([])
            kept = [[i] for i in range(2 * gc.get_threshold()[0])]
            collected.append(collector.collect_due())  # here, on the window's thread
            del kept
        finally:
            leave.set()
            assert worker.wait(10)
            worker.close(10)
    # During a job of a bursts worker nothing is collected; during another's, what is due.
    assert collected[0] == 0 and collected[1] >= 1
    assert not gc.isenabled()  # and automatic collection stays off


def test_the_oldest_generation_waits_for_a_quarter_more_as_the_automatic_collector_does(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every threshold crossed, the oldest generation (the window's whole heap, 27-30 ms to
    walk) is collected only once what reached it since its last collection is a quarter of
    what it held then, as CPython's own collector decides; the middle one is collected
    instead."""
    gc.collect()  # what the oldest generation holds after its last collection:
    monkeypatch.setattr(collector, "_long_lived", len(gc.get_objects(2)))
    first, second, third = gc.get_threshold()
    collected: list[int] = []
    real_collect = gc.collect

    def collect(generation: int = 2) -> int:
        collected.append(generation)
        return real_collect(generation)

    monkeypatch.setattr(gc, "collect", collect)
    every_threshold = (first + 1, second + 1, third + 1)
    monkeypatch.setattr(gc, "get_count", lambda: every_threshold)
    collector.collect_due()
    assert collected == [1]  # little reached the oldest generation since: not walked
    survivors = [[i] for i in range(collector._long_lived // 4 + 1000)]
    real_collect(1)  # they reach the oldest generation
    collector.collect_due()
    assert collected == [1, 2]
    assert survivors and collector._long_lived >= len(survivors)


def test_a_start_sets_its_objects_aside_once_and_collects_what_comes_after() -> None:
    """freeze_start (after the first paint, app.after_first_paint): garbage already there is
    collected first, what lives on is walked by no later collection, and what is made
    afterwards is collected as before. In a process of its own: it is once per process."""
    import subprocess
    import sys
    import textwrap

    script = textwrap.dedent(
        """
        import gc
        from assistant import collector

        class Loop:
            def __init__(self, freed):
                self.itself, self.freed = self, freed
            def __del__(self):
                self.freed.append(True)

        collector.automatic_off()
        before, after = [], []
        Loop(before)  # garbage made during the start
        kept = [[i] for i in range(50_000)]  # what the start keeps
        collector.freeze_start()
        assert before == [True], before
        frozen = gc.get_freeze_count()
        assert frozen >= len(kept), frozen
        collector.freeze_start()
        assert gc.get_freeze_count() == frozen  # once
        Loop(after)
        gc.collect()
        assert after == [True], after
        assert len(gc.get_objects()) < len(kept)  # the start's objects are walked no more
        print("ok")
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"
