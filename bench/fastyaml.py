"""Reading a large YAML pack: packs.fastyaml.parse_yaml_fast against PyYAML with libyaml.

Two 100,000-phrase texts:
- bench:     bench/packs.py's make_pack_data(100000), written by pack_to_yaml
- realistic: the built-in pack's phrases, varied (optional fields, long texts that wrap,
             texts with line breaks, quotes, accents), written by pack_to_yaml and by a
             supervisor's script (yaml.safe_dump with its defaults)
For each: the median of a few runs of parse_yaml_fast and of yaml.load(text, CSafeLoader), and
whether the fast result is the same data (None would mean "use the slow parser").
Pass --quick to skip the CSafeLoader runs (they take about 15 s each).
"""

from __future__ import annotations

import random
import statistics
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from packs import make_pack_data  # noqa: E402  (bench/ is on the path: run as a script)

from assistant.packs.export import pack_to_data, pack_to_yaml  # noqa: E402
from assistant.packs.fastyaml import parse_yaml_fast  # noqa: E402
from assistant.packs.loader import build_pack, load_pack  # noqa: E402
from assistant.resources import resource_path  # noqa: E402

EXTRAS = [
    "",
    " Please note: the line is recorded.",
    " I'll stay on the line while you check.",
    ' The form says "pending" for now.',
    " Merci, à bientôt!",
    "\nIs there anything else I can help you with?",
    " We can also send the details by email, by text message or by post, whichever you prefer,"
    " and the reference number stays the same.",
]


def realistic_data(n: int) -> dict[str, Any]:
    """``n`` phrases shaped like the built-in ones, with the variety a real export has."""
    builtin = pack_to_data(load_pack(resource_path("packs", "builtin.yaml")))
    rng = random.Random(7)
    campaigns = [c["id"] for c in builtin["campaigns"]]
    personas = [p["id"] for p in builtin["personas"]]
    phrases = []
    for i in range(n):
        model = builtin["phrases"][i % len(builtin["phrases"])]
        phrase: dict[str, Any] = {
            "id": f"{model['id']}-{i}",
            "title": f"{model['title']} ({i})",
            "text": model["text"] + rng.choice(EXTRAS),
            "category": model["category"],
        }
        if rng.random() < 0.5:
            phrase["campaigns"] = rng.sample(campaigns, rng.randint(1, 3))
        if rng.random() < 0.3:
            phrase["personas"] = rng.sample(personas, rng.randint(1, 2))
        if rng.random() < 0.8:
            phrase["tags"] = [f"tag{rng.randint(0, 200)}" for _ in range(rng.randint(1, 4))]
        if rng.random() < 0.1:
            phrase["shortcut"] = f";p{i}"
        phrases.append(phrase)
    return builtin | {"id": "realistic", "name": "Realistic", "phrases": phrases}


def median_seconds(action: Callable[[], object], runs: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = action()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def main() -> int:
    quick = "--quick" in sys.argv
    bench = pack_to_yaml(build_pack(make_pack_data(100000)))
    data = realistic_data(100000)
    texts = {
        "bench (pack_to_yaml)": bench,
        "realistic (pack_to_yaml)": pack_to_yaml(build_pack(data)),
        "realistic (yaml.safe_dump)": yaml.safe_dump(data, sort_keys=False),
    }
    for label, text in texts.items():
        fast_s, fast = median_seconds(partial(parse_yaml_fast, text), 5)
        line = f"{label}: {len(text) / 1e6:.1f} MB, fast_s={fast_s:.3f}"
        if fast is None:
            line += " (None: the slow parser would read it)"
        if not quick:
            slow_s, slow = median_seconds(partial(yaml.load, text, Loader=yaml.CSafeLoader), 3)
            line += f" csafe_load_s={slow_s:.3f} same={fast == slow}"
        print(line)
        sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
