"""The window's own writes while a 100,000-phrase pack is imported, as on a live desktop.

A worker thread imports the pack on its own connection, in one transaction, as the Pack
manager and the shared-folder scan do: that holds knowledge.db's write lock for seconds. The
main thread meanwhile does what the window does while an agent works, every 20 ms: a phrase
copy's use count, a hold start, a check-in, a hold end (activity.db only). For each write it
measures how long it took, and once how long a write to pack content (knowledge.db) waits, as
every write did before the agent's data had a file of its own.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/writes_during_import.py

Prints:

    writes_during_import: phrases=100000 import_s=... writes=N write_p50_ms=... write_max_ms=...
    content_write_wait_ms=...
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from assistant.core.model import BUILTIN_PACK_ID, Category, Pack, Ref  # noqa: E402
from assistant.core.pack import Phrase  # noqa: E402
from assistant.services import open_knowledge_base  # noqa: E402
from assistant.store.activity import ActivityLog  # noqa: E402
from assistant.store.database import DB_FILENAME, open_database, warm_up  # noqa: E402
from assistant.store.knowledge import KnowledgeBase  # noqa: E402

PHRASES = 100_000
PAUSE_S = 0.02


def big_pack(n: int) -> Pack:
    phrases = tuple(
        Phrase(
            id=f"phrase-{i}",
            title=f"Phrase number {i}",
            text=f"Thank you for calling, {{customer_name}}. This is answer {i} for you.",
            category=Category.OTHER,
            tags=("bench", f"t{i % 50}"),
        )
        for i in range(n)
    )
    return Pack("bench", "Bench pack", 1, phrases=phrases)


def main() -> None:
    warm_up()
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        window = open_knowledge_base(folder, backup=False)
        log = ActivityLog(window.database)
        worker = KnowledgeBase(open_database(folder / DB_FILENAME))
        pack = big_pack(PHRASES)
        started = threading.Event()
        timing: dict[str, float] = {}

        def progress(done: int, total: int) -> None:
            started.set()  # the import's transaction has written: the lock is held

        def work() -> None:
            begin = time.perf_counter()
            worker.import_pack(pack, progress=progress)
            timing["import_s"] = time.perf_counter() - begin

        thread = threading.Thread(target=work, name="import")
        thread.start()
        started.wait()
        phrase = Ref(BUILTIN_PACK_ID, "greet-inbound")
        now = datetime.now(UTC)
        hold: int | None = None
        durations: list[float] = []
        step = 0
        while thread.is_alive():
            begin = time.perf_counter()
            if step % 4 == 0:
                window.record_use(phrase)
            elif step % 4 == 1:
                hold = log.log_hold_start(now, None, 120)
            elif step % 4 == 2 and hold is not None:
                log.log_check_in(hold, now + timedelta(seconds=100), now + timedelta(seconds=120))
            elif hold is not None:
                log.log_hold_end(hold, now + timedelta(seconds=130))
            durations.append(time.perf_counter() - begin)
            step += 1
            time.sleep(PAUSE_S)
        thread.join()

        # The same moment for a write to pack content: it waits for the whole import.
        thread = threading.Thread(target=work, name="import")
        started.clear()
        pack = Pack("bench", "Bench pack", 2, phrases=pack.phrases)
        thread.start()
        started.wait()
        begin = time.perf_counter()
        with window.database.atomic():
            window.database.conn.execute("UPDATE packs SET description = description")
        content_wait = time.perf_counter() - begin
        thread.join()
        worker.database.close()
        window.database.close()
    print(
        f"writes_during_import: phrases={PHRASES} import_s={timing['import_s']:.2f}"
        f" writes={len(durations)}"
        f" write_p50_ms={statistics.median(durations) * 1000:.1f}"
        f" write_max_ms={max(durations) * 1000:.1f}"
        f" content_write_wait_ms={content_wait * 1000:.0f}"
    )


if __name__ == "__main__":
    main()
