"""Pack validate + import time against a bare sqlite-utils insert of the same phrase rows.

For n = 1,000, 10,000 and 100,000 phrases: write a pack file, as YAML (what people write) and
as JSON (what generated and exported packs use, read much faster), then time
- validate_s: read + parse + schema + cross-reference checks (packs.validate_pack)
- import_s:   the transaction that installs it into a fresh on-disk knowledge base
- baseline_s: sqlite-utils ``insert_all`` of the same phrase rows into an empty table, on disk
Each is the median of a few runs. ratio = (validate_s + import_s) / baseline_s; goal <= 3 for
JSON (the YAML ratio is printed too). YAML is read with PyYAML's libyaml parser when PyYAML has
it (``libyaml=`` on the first line says).

The window must stay responsive throughout: first, the 100,000-phrase YAML pack is imported the
way the Pack manager does it (on the pack writer's thread and connection) while the GUI
thread's event loop ticks every 10 ms, searches the knowledge base every 100 ms and, every
250 ms, writes what an agent's window writes (a phrase copy's count, a hold start, a check-in,
a hold end); the same is measured with no import running, side by side:
``responsive: tick_p99_ms=... idle_tick_p99_ms=... tick_max_ms=... search_p50_ms=...
idle_search_p50_ms=... write_max_ms=... idle_write_max_ms=...``.

The schema check of the 100,000-phrase data, side by side: the compiled checker the loader uses
(packs.fastcheck), fastjsonschema when it is installed, and jsonschema (which words the
messages): ``schema check: n=100000 fastcheck_s=... fastjsonschema_s=... jsonschema_s=...``.

Refusal: a pack of 1,000,000 small phrases (about 60 MB, 2.5 MB zipped, so the zip-bomb check
lets it through) must be refused within 10 s and 512 MB, plain and zipped, in each format. Each
is validated in a child process; its time and its peak resident memory (the child's own
rusage) are printed: ``refusal (yaml): phrases=1000000 mb=... zip_mb=... plain_s=...
plain_peak_mb=... zip_s=... zip_peak_mb=...``.

Final line (the JSON pack): ``packs: n=100000 validate_s=... import_s=... baseline_s=...
ratio=...``; the lines before it are labelled with their format.
"""

from __future__ import annotations

import copy
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import sqlite_utils  # noqa: E402
import yaml  # noqa: E402

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
    from PySide6.QtCore import QEventLoop, QTimer

    from assistant.app import _application
    from assistant.core.model import BUILTIN_PACK_ID, Ref
    from assistant.packs.loader import build_pack
    from assistant.services.opening import open_knowledge_base
    from assistant.store.activity import ActivityLog
    from assistant.ui.operations import Operations
    from assistant.ui.pack_tools import PackImports

    # As the program starts it (Fusion, the stylesheet, the window-thread garbage collector).
    _app = _application([sys.argv[0]])  # kept for the whole measure
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
        # A loop of its own, not app.exec(): QApplication.quit() did not end app.exec() here
        # once the pack tools were made (the bench hung in its first, idle watch).
        loop = QEventLoop()
        if seconds is None:  # until the background import is done
            installer.imported.connect(lambda _outcome: loop.quit())
            installer.import_files([pack_file])
        else:
            QTimer.singleShot(int(seconds * 1000), loop.quit)
        loop.exec()
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


def schema_check_line(n: int, runs: int = 3) -> str:
    """The schema check alone, on the same data, by each checker."""
    from assistant.packs.fastcheck import conforms
    from assistant.packs.validate import _validator, schema

    data: Any = make_pack_data(n)
    figures = {"fastcheck_s": statistics.median(timed(lambda: conforms(data)) for _ in range(runs))}
    try:
        import fastjsonschema  # type: ignore[import-not-found, unused-ignore]
    except ImportError:
        figures["fastjsonschema_s"] = float("nan")  # not installed: pip install fastjsonschema
    else:
        # fastjsonschema rewrites the $refs of the schema it is given: hand it a copy.
        check = fastjsonschema.compile(copy.deepcopy(schema()))
        figures["fastjsonschema_s"] = statistics.median(
            timed(lambda: check(data)) for _ in range(runs)
        )
    figures["jsonschema_s"] = timed(lambda: _validator().is_valid(data))
    return f"schema check: n={n} " + " ".join(f"{k}={v:.3f}" for k, v in figures.items())


REFUSAL_PHRASES = 1_000_000
CHILD = """
import sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[2])
from assistant.packs.loader import validate_pack
start = time.perf_counter()
result = validate_pack(Path(sys.argv[1]))
print(f"{time.perf_counter() - start:.3f}")
print(result.problems[0] if result.problems else "accepted")
"""


def write_refusal_packs(folder: Path, suffix: str) -> tuple[Path, Path]:
    """A pack of REFUSAL_PHRASES small phrases, as a file and zipped, each line one phrase."""
    import zipfile

    path = folder / f"million{suffix}"
    with path.open("w", encoding="utf-8") as out:
        if suffix == ".json":
            out.write('{"format":"agent-assistant/pack@1","id":"huge","name":"Huge","version":1,')
            out.write('"phrases":[\n')
            out.write(
                ",\n".join(
                    f'{{"id":"p-{i}","title":"T","text":"hello","category":"other"}}'
                    for i in range(REFUSAL_PHRASES)
                )
            )
            out.write("\n]}\n")
        else:
            out.write("format: agent-assistant/pack@1\nid: huge\nname: Huge\nversion: 1\n")
            out.write("phrases:\n")
            for i in range(REFUSAL_PHRASES):
                out.write(f"  - {{id: p-{i}, title: T, text: hello, category: other}}\n")
    zipped = folder / f"million{suffix}.zip"
    with zipfile.ZipFile(zipped, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.write(path, f"pack{suffix}")
    return path, zipped


def refuse_in_child(path: Path) -> tuple[float, float, str]:
    """(seconds, peak resident MB, first problem) of validating ``path`` in a fresh process."""
    root = str(Path(__file__).resolve().parent.parent)
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path), root], stdout=subprocess.PIPE, text=True
    )
    assert child.stdout is not None
    output = child.stdout.read().splitlines()
    _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    assert child.returncode == 0 and len(output) >= 2, output
    return float(output[0]), usage.ru_maxrss / 1024.0, output[1]  # ru_maxrss is in KiB


def refusal_line(folder: Path, suffix: str, runs: int = 3) -> str:
    path, zipped = write_refusal_packs(folder, suffix)
    figures: dict[str, float] = {
        "mb": path.stat().st_size / 1e6,
        "zip_mb": zipped.stat().st_size / 1e6,
    }
    for label, target in (("plain", path), ("zip", zipped)):
        samples = [refuse_in_child(target) for _ in range(runs)]
        assert all(problem != "accepted" for _, _, problem in samples), samples
        figures[f"{label}_s"] = statistics.median(seconds for seconds, _, _ in samples)
        figures[f"{label}_peak_mb"] = statistics.median(peak for _, peak, _ in samples)
    fmt = suffix.lstrip(".")
    shown = " ".join(f"{k}={v:.1f}" for k, v in figures.items())
    return f"refusal ({fmt}): phrases={REFUSAL_PHRASES} {shown}  [{samples[0][2][-90:]}]"


def main() -> int:
    plan = [(1000, ".yaml", 3), (10000, ".yaml", 3), (100000, ".yaml", 3)]
    plan += [(1000, ".json", 3), (10000, ".json", 3), (100000, ".json", 3)]
    print(f"libyaml={yaml.__with_libyaml__}", flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        for suffix in (".yaml", ".json"):
            print(refusal_line(Path(tmp), suffix), flush=True)
        print(schema_check_line(100000), flush=True)
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
