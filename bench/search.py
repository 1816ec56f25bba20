"""Keystroke-to-results latency of the real search path, against the naive way, in one run.

For libraries of 1,000, 10,000 and 100,000 realistic phrases (built from the built-in pack's
sentences and vocabulary, spread over campaigns and categories) in a temporary database file,
it times:

- the real path: ``search_runner.answer`` (what the window's search thread runs, over its own
  read-only connection) plus the item model update, for every prefix of 1 to 12 characters of
  common words, multi-word queries, typos and misses;
- the naive baseline on the same connection: ``LIKE '%word%'`` over all rows, every word
  required, ordered in Python, top 200.

It also measures the window's resident memory with the built-in pack and with the 100,000
phrase library shown, in separate processes. The last line is the summary:

    search: n=100000 p50_ms=… p99_ms=… naive_p99_ms=… speedup=…

Goal: p99 at or under 16 ms at 100,000 phrases for every query length; at least 20x the
naive p99; memory within 60 MB of the built-in-only window.

    .venv/bin/python bench/search.py [--sizes 1000,10000,100000] [--repeat 5]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from assistant.core.model import BUILTIN_PACK_ID, CampaignType, Category, Direction, Reach, Ref  # noqa: E402
from assistant.core.pack import Campaign, Pack, Phrase  # noqa: E402
from assistant.packs.loader import load_pack  # noqa: E402
from assistant.resources import builtin_pack_path  # noqa: E402
from assistant.store.database import open_database  # noqa: E402
from assistant.store.knowledge import KnowledgeBase  # noqa: E402

WORDS = ["supervisor", "apologise", "reservation", "troubleshoot", "confirmation", "callback"]
MULTI = ["hold sorry", "thank you for", "card payment", "call you back", "your account number"]
TYPOS = ["apolgy", "supervsor", "resevation"]
MISSES = ["zqxvw", "qqqq wwww", "xylophone quartz"]


def synthetic_pack(n: int, seed: int = 7) -> Pack:
    """``n`` phrases made of the built-in pack's sentences, titles and tags, recombined."""
    builtin = load_pack(builtin_pack_path())
    rng = random.Random(seed)
    sentences = [s.strip() + "." for p in builtin.phrases for s in p.text.split(".") if s.strip()]
    titles = [p.title for p in builtin.phrases]
    tags = sorted({t for p in builtin.phrases for t in p.tags})
    vocabulary = sorted({w.strip(",.?!'").lower() for s in sentences for w in s.split()} - {""})
    campaigns = tuple(
        Campaign(
            f"synthetic-{i}",
            f"Synthetic {i}",
            CampaignType.OTHER,
            Direction.INBOUND,
            Reach.DOMESTIC,
        )
        for i in range(10)
    )
    categories = list(Category)
    phrases = []
    for i in range(n):
        text = " ".join(rng.sample(sentences, 2))
        if rng.random() < 0.5:
            text += " " + " ".join(rng.sample(vocabulary, 3)).capitalize() + "."
        scoped = rng.random() < 0.3
        phrases.append(
            Phrase(
                id=f"p{i}",
                title=f"{rng.choice(titles)} {rng.choice(vocabulary)}",
                text=text[:400],
                category=categories[i % len(categories)],
                campaigns=(campaigns[rng.randrange(10)].id,) if scoped else (),
                tags=tuple(rng.sample(tags, 2)),
            )
        )
    return Pack("synthetic", "Synthetic library", 1, campaigns=campaigns, phrases=tuple(phrases))


def build_library(folder: Path, n: int) -> Path:
    """A data folder whose database holds the built-in pack and ``n`` synthetic phrases."""
    folder.mkdir(parents=True, exist_ok=True)
    database = open_database(folder / "knowledge.db")
    kb = KnowledgeBase(database)
    kb.import_pack(load_pack(builtin_pack_path()), source="(built in)", sha256="bench")
    kb.import_pack(synthetic_pack(n))
    database.close()
    return folder


def queries() -> list[tuple[str, str]]:
    out = [("prefix", word[:length]) for word in WORDS for length in range(1, 13)]
    out += [("multi", q) for q in MULTI] + [("typo", q) for q in TYPOS]
    out += [("miss", q) for q in MISSES]
    return out


def naive(conn: object, query: str, limit: int = 200) -> list[tuple[str, str]]:
    """The baseline: LIKE '%word%' over all rows, every word required, ordered in Python."""
    import sqlite3

    assert isinstance(conn, sqlite3.Connection)
    words = query.lower().split()
    if not words:
        return []
    where = " AND ".join("(title LIKE ? OR text LIKE ? OR tags LIKE ?)" for _ in words)
    params = [f"%{w}%" for w in words for _ in range(3)]
    rows = conn.execute(f"SELECT id, title, text FROM phrases WHERE {where}", params).fetchall()
    rows.sort(key=lambda r: (not r[1].lower().startswith(words[0]), r[1]))
    return [(r[0], r[1]) for r in rows[:limit]]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def measure(folder: Path, repeat: int) -> dict[str, float]:
    from PySide6.QtWidgets import QApplication

    from assistant.services.opening import open_knowledge_base
    from assistant.store.database import wrap
    from assistant.ui.phrase_model import PhraseListModel
    from assistant.ui.search_runner import Request, answer

    app = QApplication.instance() or QApplication([])
    kb = open_knowledge_base(folder)
    reader = kb.database.open_reader()
    assert reader is not None
    reader_kb = KnowledgeBase(wrap(reader, kb.database.path))
    model = PhraseListModel(grouped=False)
    campaign = Ref(BUILTIN_PACK_ID, "customer-service")
    persona = Ref(BUILTIN_PACK_ID, "angry")
    reader_kb.search("warm up", campaign, persona)  # caches, as after the first keystroke
    reader_kb.search("zzzzqq", campaign, persona)  # and the typo vocabulary
    real: list[float] = []
    by_length: dict[int, list[float]] = {}
    for _round in range(repeat):
        for seq, (kind, text) in enumerate(queries(), start=1):
            start = time.perf_counter()
            result = answer(reader_kb, Request(seq, text, campaign, persona))
            model.set_results(result.phrases)
            app.processEvents()
            elapsed = (time.perf_counter() - start) * 1000.0
            real.append(elapsed)
            if kind == "prefix":
                by_length.setdefault(len(text), []).append(elapsed)
    baseline: list[float] = []
    for _round in range(max(1, repeat // 2)):
        for _kind, text in queries():
            start = time.perf_counter()
            naive(reader, text)
            baseline.append((time.perf_counter() - start) * 1000.0)
    worst_length = max(by_length, key=lambda k: percentile(by_length[k], 0.99))
    reader.close()
    kb.database.close()
    return {
        "p50": statistics.median(real),
        "p99": percentile(real, 0.99),
        "naive_p50": statistics.median(baseline),
        "naive_p99": percentile(baseline, 0.99),
        "one_char_p99": percentile(by_length[1], 0.99),
        "worst_length": worst_length,
        "worst_length_p99": percentile(by_length[worst_length], 0.99),
    }


MEMORY_PROBE = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from pathlib import Path
from PySide6.QtWidgets import QApplication
from assistant.app import build_window
app = QApplication([])
window = build_window(Path(sys.argv[1]))
window.resize(420, 700)
window.show()
for text in ("", "a", "hold sorry", ""):
    window.library.filter.setText(text)
    window.library.refresh()
    deadline = __import__("time").monotonic() + 10
    while window.library.runner.pending and __import__("time").monotonic() < deadline:
        app.processEvents()
app.processEvents()
rss = [l for l in open("/proc/self/status") if l.startswith("VmRSS")][0].split()[1]
print(int(rss) / 1024.0)
window.close()
"""


def window_memory_mb(folder: Path) -> float:
    out = subprocess.run(
        [sys.executable, "-c", MEMORY_PROBE, str(folder)],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    return float(out.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    results: dict[int, dict[str, float]] = {}
    with tempfile.TemporaryDirectory(prefix="bench-search-") as tmp:
        for n in sizes:
            start = time.perf_counter()
            folder = build_library(Path(tmp) / f"n{n}", n)
            built = time.perf_counter() - start
            r = measure(folder, args.repeat)
            results[n] = r
            print(
                f"n={n}: p50_ms={r['p50']:.2f} p99_ms={r['p99']:.2f} "
                f"one_char_p99_ms={r['one_char_p99']:.2f} "
                f"worst_prefix_len={int(r['worst_length'])} ({r['worst_length_p99']:.2f} ms) "
                f"naive_p50_ms={r['naive_p50']:.2f} naive_p99_ms={r['naive_p99']:.2f} "
                f"speedup_p99={r['naive_p99'] / r['p99']:.1f}x (library built in {built:.1f} s)",
                flush=True,
            )
        builtin_only = Path(tmp) / "builtin"
        build_library(builtin_only, 0)
        small = window_memory_mb(builtin_only)
        big = window_memory_mb(Path(tmp) / f"n{max(sizes)}")
        print(
            f"memory: builtin_mb={small:.1f} n={max(sizes)}_mb={big:.1f} delta_mb={big - small:.1f}"
            " (goal: delta within 60 MB)"
        )
    n = max(sizes)
    r = results[n]
    print(
        f"search: n={n} p50_ms={r['p50']:.2f} p99_ms={r['p99']:.2f} "
        f"naive_p99_ms={r['naive_p99']:.2f} speedup={r['naive_p99'] / r['p99']:.1f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
