"""When Python's cyclic garbage collector runs: paused while a burst of long-lived objects
is made, and, in a program with a window, only on the window's thread.

Pausing. A start builds some 30,000 objects that live as long as the program (modules, classes,
Qt wrappers, enums), and reading a big pack builds millions that form no cycles; meanwhile the
collector would walk the growing heap again and again and find nothing (about 8 ms of a start,
a third of the time of a 100,000-phrase pack). Reference counting frees everything as usual
while it is paused. The pause is process-wide: other threads go without cyclic collection for
that moment too, and so does the window's thread's collect_due().

The window's thread. A collection runs on whichever thread happens to allocate when a
threshold is crossed; when that is a worker (a search, a pack check, a backup) and the garbage
holds a Qt object, the object is destroyed on the wrong thread, which hangs or crashes the
program (seen: a segmentation fault while the pack editor checked a large pack). So a program
with a window turns automatic collection off and collects on its own thread, at the same
thresholds, a few times a second (ui/gui_thread.py GuiThreadCollector, as pyqtgraph does).

Setting aside. Once the window has started, what the start made is set aside (gc.freeze): no
later collection walks it, and a full collection of a shift walks what came after (1-2 ms
where it took 27-30). And the oldest generation waits for a quarter more, as CPython's own
collector has it.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_automatic_off = False
# Blocks inside paused() now, on any thread: collect_due() waits for them to end, as the
# automatic collector does (a pack being read on the pack writer is not walked by the window's
# thread every half second: that was 40-55 ms at the 99th percentile of the window's ticks
# while a 100,000-phrase pack was read, against 25 with the automatic collector).
_pauses = 0
_pauses_lock = threading.Lock()
# Objects in the oldest generation after its last collection here (0 before the first).
_long_lived = 0


def automatic_off() -> None:
    """Automatic collection off for good, in every thread: whoever calls this collects (with
    collect_due()); paused() blocks no longer turn it back on."""
    global _automatic_off
    _automatic_off = True
    gc.disable()


@contextmanager
def paused() -> Iterator[None]:
    """The cyclic collector off inside the block, and back on after it if it was on (and no
    collect_due() meanwhile)."""
    global _pauses
    collecting = gc.isenabled()
    gc.disable()
    with _pauses_lock:
        _pauses += 1
    try:
        yield
    finally:
        with _pauses_lock:
            _pauses -= 1
        if collecting and not _automatic_off:
            gc.enable()


def collect_due() -> int:
    """Collect the generations whose thresholds the allocations since the last collection
    have crossed, as the automatic collector would have; the number of objects freed."""
    global _long_lived
    if _pauses:
        return 0  # a burst of objects is being made: after it
    first, second, third = gc.get_threshold()
    young, middle, old = gc.get_count()
    if young <= first:
        return 0
    generation = 0
    if middle > second:
        generation = 2 if old > third and _oldest_due() else 1
    freed = gc.collect(generation)
    if generation == 2:
        _long_lived = len(gc.get_objects(2))
    return freed


def _oldest_due() -> bool:
    """Whether the oldest generation is worth walking: as the automatic collector has it
    (CPython's gc_collect_generations), only once what reached it since its last collection is
    a quarter of what it held then. Without that rule it was walked every tenth middle
    collection: the window's whole heap, 27-30 ms of the window's thread each time, found by
    bench/shift.py."""
    return len(gc.get_objects(2)) - _long_lived > _long_lived // 4


_frozen = False


def freeze_start() -> None:
    """What a start made lives as long as the program (modules, classes, the window and the
    wrappers of its widgets): collected once, then set aside (gc.freeze) where no collection
    walks it again. A full collection then walks what came after only: the start's 50,000
    objects took 27-30 ms of the window's thread at each full collection of a shift. Once per
    process; what is made afterwards is collected as before."""
    global _frozen
    if not _frozen:
        _frozen = True
        gc.collect()
        gc.freeze()
