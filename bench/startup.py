"""Start-up time against the floor, in one run: a bare PySide6 window, the program from source,
and the frozen build; plus the frozen folder's size.

Each figure is the median wall time from spawning a process to its first line of output,
printed once its window is shown, so all three pay the same interpreter and Qt start-up
costs and none is charged for shutting down. The program runs its
``--smoke-test`` (offscreen, knowledge base opened, one search) on a data folder prepared by a
warm-up run, so a first-run import of the built-in pack is not counted; the warm-up also
writes the bytecode cache, as any normal Python installation has.

    .venv/bin/python bench/startup.py [--runs 15] [--frozen dist/agent-assistant/agent-assistant]

Without a frozen build in dist/, one is built into a temporary folder first (about a minute).
Goals: source within 2.5x the bare window, frozen within 2.5x, frozen folder under 120 MB.

The three commands run in turn, round after round, and each ratio is the median of the rounds'
own ratios (this round's source start over this round's bare window): on a shared machine
whose speed drifts, a round compares like with like. The ratio of the medians is printed too.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NAME = "agent-assistant"

BARE = """
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
window = QLabel("bare")
window.resize(420, 700)
window.show()
app.processEvents()
print("shown")
"""


def timed(command: list[str], env: dict[str, str]) -> float:
    """Milliseconds from spawning the process to its first line of output, which each
    command prints once its window is shown (the smoke test: shown and one search done).
    Shutting down afterwards is not counted."""
    start = time.perf_counter()
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
    )
    assert process.stdout is not None
    first = process.stdout.readline()
    elapsed = (time.perf_counter() - start) * 1000.0
    _, errors = process.communicate(timeout=180)
    if process.returncode != 0 or not first:
        raise SystemExit(f"{command[0]} failed ({process.returncode}):\n{errors[-2000:]}")
    return elapsed


def paired_ratio(samples: list[float], baseline: list[float]) -> float:
    """The median of each round's ratio: runs of one round met the same machine."""
    return statistics.median(a / b for a, b in zip(samples, baseline, strict=True))


def folder_mb(folder: Path) -> float:
    total = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    return total / 1_000_000


def build_frozen(into: Path) -> Path:
    pyinstaller = Path(sys.executable).with_name("pyinstaller")
    subprocess.run(
        [
            str(pyinstaller),
            "--noconfirm",
            "--log-level=WARN",
            "--distpath",
            str(into / "dist"),
            "--workpath",
            str(into / "build"),
            str(ROOT / "build.spec"),
        ],
        cwd=ROOT,
        check=True,
    )
    return into / "dist" / NAME / NAME


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--frozen", type=Path, default=ROOT / "dist" / NAME / NAME)
    args = parser.parse_args()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("AGENT_ASSISTANT_DATA_DIR", None)
    # Installed programs run from compiled bytecode (pip compiles at install); a shell that
    # forbids writing it would charge every start for compiling the sources instead.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        frozen = args.frozen
        if not frozen.exists():
            print(f"no frozen build at {frozen}: building one (about a minute)", flush=True)
            frozen = build_frozen(work)
        data = str(work / "data")
        commands = {
            "bare": [sys.executable, "-c", BARE],
            "source": [sys.executable, "-m", "assistant", "--data-dir", data, "--smoke-test"],
            "frozen": [str(frozen), "--data-dir", data, "--smoke-test"],
        }
        for command in commands.values():
            timed(command, env)  # warm-up: file cache, data folder, bytecode
        # Round-robin, so a burst of load on a shared machine hits all three alike.
        samples: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(args.runs):
            for name, command in commands.items():
                samples[name].append(timed(command, env))
        bare_ms, source_ms, frozen_ms = (statistics.median(samples[n]) for n in commands)
        ratio_source = paired_ratio(samples["source"], samples["bare"])
        ratio_frozen = paired_ratio(samples["frozen"], samples["bare"])
        print(f"bare PySide6 window      {bare_ms:8.1f} ms (median of {args.runs})")
        print(
            f"source --smoke-test      {source_ms:8.1f} ms  {ratio_source:.2f}x "
            f"(ratio of medians {source_ms / bare_ms:.2f})"
        )
        print(
            f"frozen --smoke-test      {frozen_ms:8.1f} ms  {ratio_frozen:.2f}x "
            f"(ratio of medians {frozen_ms / bare_ms:.2f})"
        )
        size_mb = folder_mb(frozen.parent)
        print(f"frozen folder            {size_mb:8.1f} MB  ({frozen.parent})")
    verdicts = [
        f"source {'meets' if ratio_source <= 2.5 else 'MISSES'} 2.5x",
        f"frozen {'meets' if ratio_frozen <= 2.5 else 'MISSES'} 2.5x",
        f"size {'meets' if size_mb < 120 else 'MISSES'} 120 MB",
    ]
    print("goals: " + ", ".join(verdicts))
    print(
        f"startup: bare_ms={bare_ms:.0f} source_ms={source_ms:.0f} frozen_ms={frozen_ms:.0f} "
        f"ratio_source={ratio_source:.2f} ratio_frozen={ratio_frozen:.2f} size_mb={size_mb:.1f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
