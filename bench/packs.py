"""Pack validate + import time against a bare sqlite-utils insert of the same phrase rows.

For n = 1,000, 10,000 and 100,000 phrases: write a pack file, as YAML (what people write) and
as JSON (what generated and exported packs use, read much faster), then time
- validate_s: read + parse + schema + cross-reference checks (packs.validate_pack)
- import_s:   the transaction that installs it into a fresh on-disk knowledge base
- baseline_s: sqlite-utils ``insert_all`` of the same phrase rows into an empty table, on disk
Each is the median of a few runs. ratio = (validate_s + import_s) / baseline_s; goal <= 3.

The window must stay responsive throughout: first, the 100,000-phrase YAML pack is imported the
way the Pack manager does it (on the pack writer's thread and connection) while the GUI
thread's event loop ticks every 10 ms, searches the knowledge base every 100 ms and, every
250 ms, writes what an agent's window writes (a phrase copy's count, a hold start, a check-in,
a hold end); the same is measured with no import running, side by side:
``responsive: tick_p99_ms=... idle_tick_p99_ms=... tick_max_ms=... search_p50_ms=...
idle_search_p50_ms=... write_max_ms=... idle_write_max_ms=...``.

Final line (the JSON pack): ``packs: n=100000 validate_s=... import_s=... baseline_s=...
ratio=...``; the lines before it are labelled with their format.
"""

from __future__ import annotations

import json
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import sqlite_utils  # noqa: E402

from assistant.core.pack import Pack  # noqa: E402
from assistant.packs.export import pack_to_data, pack_to_yaml  # noqa: E402
from assistant.packs.loader import validate_pack  # noqa: E402
from assistant.store.database import open_database  # noqa: E402
from assistant.store.knowledge import KnowledgeBase  # noqa: E402

CATEGORIES = ["opening", "empathy", "hold", "resolution", "closing", "other"]


def make_pack_data(n: int) -> dict[str, object]:
    campaigns = [
        {
            "id": f"camp-{i}",
            "name": f"Campaign {i}",
            "type": "customer-service",
            "direction": "inbound",
            "reach": "domestic",
        }
        for i in range(10)
    ]
    phrases = [
        {
            "id": f"phrase-{i}",
            "title": f"Phrase number {i}",
            "text": f"Thank you for calling, {{customer_name}}. This is answer {i} for you.",
            "category": CATEGORIES[i % len(CATEGORIES)],
            "campaigns": [f"camp-{i % 10}"],
            "tags": ["bench", f"t{i % 50}"],
        }
        for i in range(n)
    ]
    return {
        "format": "agent-assistant/pack@1",
        "id": "bench",
        "name": "Benchmark",
        "version": 1,
        "campaigns": campaigns,
        "phrases": phrases,
    }


def timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def baseline(folder: Path, pack: Pack, run: int) -> float:
    rows = [
        {
            "pack_id": pack.id,
            "id": p.id,
            "position": i,
            "title": p.title,
            "text": p.text,
            "category": p.category.value,
            "tags": json.dumps(list(p.tags)),
            "shortcut": p.shortcut,
            "all_campaigns": int(not p.campaigns),
        }
        for i, p in enumerate(pack.phrases)
    ]
    db = sqlite_utils.Database(folder / f"baseline-{run}.db")
    seconds = timed(lambda: db.table("phrases").insert_all(rows, batch_size=5000))
    db.close()
    return seconds


def import_once(folder: Path, pack: Pack, run: int) -> float:
    kb = KnowledgeBase(open_database(folder / f"kb-{run}.db"))
    seconds = timed(lambda: kb.import_pack(pack, source="bench"))
    kb.database.close()
    return seconds


def measure(scratch: Path, n: int, suffix: str, runs: int) -> tuple[float, float, float]:
    # Its own folder: every import goes into a fresh knowledge base and every baseline into an
    # empty table, never into the files an earlier size or format left behind.
    folder = scratch / f"{n}{suffix}"
    folder.mkdir()
    data = make_pack_data(n)
    path = folder / f"pack-{n}{suffix}"
    if suffix == ".json":
        path.write_text(json.dumps(data, indent=1), encoding="utf-8")
    else:
        from assistant.packs.loader import build_pack

        path.write_text(pack_to_yaml(build_pack(data)), encoding="utf-8")
    validate_times, import_times, base_times = [], [], []
    pack = None
    for run in range(runs):
        start = time.perf_counter()
        result = validate_pack(path)
        validate_times.append(time.perf_counter() - start)
        assert result.pack is not None, [str(p) for p in result.problems[:5]]
        pack = result.pack
        import_times.append(import_once(folder, pack, run))
        base_times.append(baseline(folder, pack, run))
    assert pack is not None and pack_to_data(pack)["phrases"]
    return (
        statistics.median(validate_times),
        statistics.median(import_times),
        statistics.median(base_times),
    )


def responsiveness(folder: Path, n: int, suffix: str) -> dict[str, float]:
    """GUI-thread tick gaps, search and write times with and without a background import."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from assistant.core.model import BUILTIN_PACK_ID, Ref
    from assistant.packs.loader import build_pack
    from assistant.services.opening import open_knowledge_base
    from assistant.store.activity import ActivityLog
    from assistant.ui.operations import Operations
    from assistant.ui.pack_tools import PackImports

    app = QApplication.instance() or QApplication([])
    pack_file = folder / f"responsive{suffix}"
    data = make_pack_data(n)
    text = json.dumps(data, indent=1) if suffix == ".json" else pack_to_yaml(build_pack(data))
    pack_file.write_text(text, encoding="utf-8")
    kb = open_knowledge_base(folder / f"responsive-data{suffix}", backup=False)
    operations = Operations(kb)
    installer = PackImports(operations)
    phrase = Ref(BUILTIN_PACK_ID, "hold-check-in")
    activity = ActivityLog(kb.database)
    hold: list[int] = []

    def agent_writes(step: int) -> None:
        now = datetime.now(UTC)
        if step % 4 == 0:
            kb.record_use(phrase)
        elif step % 4 == 1:
            hold[:] = [activity.log_hold_start(now, None, 120)]
        elif step % 4 == 2 and hold:
            activity.log_check_in(hold[0], now, now + timedelta(seconds=120))
        elif hold:
            activity.log_hold_end(hold[0], now)

    def watch(seconds: float | None) -> tuple[list[float], list[float], list[float]]:
        ticks: list[float] = []
        searches: list[float] = []
        writes: list[float] = []
        last = [time.perf_counter()]

        def tick() -> None:
            now = time.perf_counter()
            ticks.append((now - last[0]) * 1000.0)
            if len(ticks) % 10 == 0:
                searches.append(timed(lambda: kb.search("thank you", None)) * 1000.0)
            if len(ticks) % 25 == 0:  # what an agent's window writes: a copy, a hold
                writes.append(timed(lambda: agent_writes(len(ticks) // 25)) * 1000.0)
            last[0] = time.perf_counter()

        timer = QTimer()
        timer.timeout.connect(tick)
        timer.start(10)
        if seconds is None:  # until the background import is done
            installer.imported.connect(lambda _outcome: app.quit())
            installer.import_files([pack_file])
        else:
            QTimer.singleShot(int(seconds * 1000), app.quit)
        app.exec()
        timer.stop()
        return ticks, searches, writes

    def p99(values: list[float]) -> float:
        return sorted(values)[int(len(values) * 0.99)] if values else 0.0

    # Idle first: while the import runs, the window still sees the knowledge base without it.
    idle = watch(3.0)
    busy = watch(None)
    operations.close()
    assert kb.pack_version("bench") == 1
    kb.database.close()
    return {
        "tick_p99_ms": p99(busy[0]),
        "idle_tick_p99_ms": p99(idle[0]),
        "tick_max_ms": max(busy[0]),
        "search_p50_ms": statistics.median(busy[1]),
        "idle_search_p50_ms": statistics.median(idle[1]),
        "write_max_ms": max(busy[2], default=0.0),
        "idle_write_max_ms": max(idle[2], default=0.0),
    }


def main() -> int:
    plan = [(1000, ".yaml", 3), (10000, ".yaml", 3), (100000, ".yaml", 3)]
    plan += [(1000, ".json", 3), (10000, ".json", 3), (100000, ".json", 3)]
    with tempfile.TemporaryDirectory() as tmp:
        for suffix in (".yaml", ".json"):
            figures = responsiveness(Path(tmp), 100000, suffix)
            line = " ".join(f"{k}={v:.1f}" for k, v in figures.items())
            print(f"responsive ({suffix.lstrip('.')}): {line}", flush=True)
        for n, suffix, runs in plan:
            validate_s, import_s, baseline_s = measure(Path(tmp), n, suffix, runs)
            ratio = (validate_s + import_s) / baseline_s
            fmt = suffix.lstrip(".")
            line = (
                f"n={n} validate_s={validate_s:.3f} import_s={import_s:.3f} "
                f"baseline_s={baseline_s:.3f} ratio={ratio:.2f}"
            )
            print(f"packs ({fmt}): {line}" if (n, fmt) != (100000, "json") else f"packs: {line}")
            sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
