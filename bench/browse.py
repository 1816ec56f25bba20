"""The browse list's order (store/knowledge.py campaign_phrases: in each category the phrases
made for the campaign first, the most specific first), against the same query ordered only by
category and pack, in one run.

With 100,000 synthetic phrases (30 % of them made for one or two of ten campaigns, over every
category) in a temporary database file, it times what the search thread runs for an empty
search box: the first BROWSE_LIMIT phrases of a campaign. The last line is the summary:

    browse: n=100000 baseline_ms=… ordered_ms=… ratio=…

Medians of --repeat rounds of 15 calls each; the ratio is ordered / baseline. Goal: 1.5 or
under (the list fills on the search thread, once per campaign or mood change).

    .venv/bin/python bench/browse.py [--size 100000] [--repeat 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from assistant.core.model import (  # noqa: E402
    BUILTIN_PACK_ID,
    CampaignType,
    Category,
    Direction,
    Reach,
)
from assistant.core.pack import Campaign, Pack, Phrase  # noqa: E402
from assistant.store import knowledge  # noqa: E402
from assistant.store.database import open_database  # noqa: E402
from assistant.store.knowledge import KnowledgeBase  # noqa: E402
from assistant.ui.search_runner import BROWSE_LIMIT  # noqa: E402

BASELINE = (
    f"SELECT {knowledge._PHRASE_COLUMNS} FROM phrases p LEFT JOIN phrase_usage u"
    " ON u.pack_id = p.pack_id AND u.phrase_id = p.id"
    " WHERE (p.all_campaigns = 1 OR EXISTS (SELECT 1 FROM phrase_campaigns pc"
    " WHERE pc.pack_id = p.pack_id AND pc.phrase_id = p.id"
    " AND pc.campaign_pack = ? AND pc.campaign_id = ?))"
    f" ORDER BY {knowledge._CATEGORY_ORDER}, p.pack_id = '{BUILTIN_PACK_ID}', p.pack_id,"
    " p.position LIMIT ?"
)


def library(n: int) -> Pack:
    campaigns = tuple(
        Campaign(f"c{i}", f"Campaign {i}", CampaignType.OTHER, Direction.INBOUND, Reach.DOMESTIC)
        for i in range(10)
    )
    categories = list(Category)
    phrases = []
    for i in range(n):
        scoped = () if i % 10 >= 3 else tuple(f"c{(i + k) % 10}" for k in range(1 + i % 2))
        text = f"Phrase {i}: thank you for holding, we will be right with you."
        phrases.append(
            Phrase(f"p{i}", f"Phrase {i}", text, categories[i % len(categories)], campaigns=scoped)
        )
    return Pack("synthetic", "Synthetic", 1, campaigns=campaigns, phrases=tuple(phrases))


def median_ms(call: Callable[[], object], times: int = 15) -> float:
    samples = []
    for _ in range(times):
        started = time.perf_counter()
        call()
        samples.append((time.perf_counter() - started) * 1000.0)
    return statistics.median(samples)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    kb = KnowledgeBase(open_database(Path(tempfile.mkdtemp()) / "knowledge.db"))
    kb.import_pack(library(args.size))
    campaign = next(c.ref for c in kb.campaigns() if c.ref.pack == "synthetic")
    conn = kb.database.conn
    baseline, ordered = [], []
    for _ in range(args.repeat):
        baseline.append(
            median_ms(lambda: conn.execute(BASELINE, [*campaign, BROWSE_LIMIT]).fetchall())
        )
        ordered.append(median_ms(lambda: kb.campaign_phrases(campaign, limit=BROWSE_LIMIT)))
    base, mine = statistics.median(baseline), statistics.median(ordered)
    ratio = mine / base
    print(f"browse: n={args.size} baseline_ms={base:.1f} ordered_ms={mine:.1f} ratio={ratio:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
