"""Pack validate + import time against a bare sqlite-utils insert of the same phrase rows.

For n = 1,000, 10,000 and 100,000 phrases: write a pack file, as YAML (what people write) and
as JSON (what generated and exported packs use, read much faster), then time
- validate_s: read + parse + schema + cross-reference checks (packs.validate_pack)
- import_s:   the transaction that installs it into a fresh on-disk knowledge base
- baseline_s: sqlite-utils ``insert_all`` of the same phrase rows into an empty table, on disk
Each is the median of a few runs. ratio = (validate_s + import_s) / baseline_s; goal <= 3.
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
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import sqlite_utils  # noqa: E402

from assistant.core.model import Pack  # noqa: E402
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


def main() -> int:
    plan = [(1000, ".yaml", 3), (10000, ".yaml", 3), (100000, ".yaml", 3)]
    plan += [(1000, ".json", 3), (10000, ".json", 3), (100000, ".json", 3)]
    with tempfile.TemporaryDirectory() as tmp:
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
