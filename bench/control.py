"""A softphone's command, from process start to exit, against a bare Python start, in one run.

A softphone runs ``agent-assistant hold start`` (and ``hold end``) on every call event; each is
a new process that sends one line of JSON to the running window and prints its answer. This
starts a real window (offscreen) on a fresh data folder, then times, interleaved round by
round so that a noisy machine weighs on all alike:

- the client: ``agent-assistant hold start`` then ``hold end`` (the console script; each
  round trip is one command, the window's work included), on the per-user default data
  folder (XDG_DATA_HOME points into a temporary folder), which needs platformdirs;
- the same with the folder named by AGENT_ASSISTANT_DATA_DIR, as IT may set it;
- the full command line doing the same (argparse and the ``hold`` group, as before the fast
  entry, assistant/fastcli.py), for reference;
- ``python -c pass``: the floor any Python program pays;
- ``python -c "import socket, json"``: the floor any Python client of the channel pays (a
  socket and a line of JSON) before it connects, and its exit's teardown of those modules,
  which the client skips (cli.run ends a softphone's command once its answer is out): the
  goal's ratio, set against it, is read with this line beside it.

Prints the medians, the last line being

    control: client_ms=... python_ms=... ratio=...

Goal: the client within 2.5x of ``python -c pass``.

    .venv/bin/python bench/control.py [--rounds 30]
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
sys.path.insert(0, str(ROOT))

from assistant.channel import send  # noqa: E402

FULL_PATH = (
    "import sys\n"
    "from assistant.cli import build_parser\n"
    "args = build_parser('hold').parse_args(sys.argv[1:])\n"
    "sys.exit(args.handler(args))\n"
)


def console_script() -> list[str]:
    script = Path(sys.executable).parent / "agent-assistant"
    if script.exists():
        return [str(script)]
    return [sys.executable, "-m", "assistant"]  # not installed: the module entry


def timed(command: list[str], env: dict[str, str], expect: int = 0) -> float:
    start = time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    elapsed = (time.perf_counter() - start) * 1000.0
    if done.returncode != expect:
        raise SystemExit(f"{command} exited {done.returncode}: {done.stderr.strip()}")
    return elapsed


def wait_for_window(folder: Path, window: subprocess.Popen[bytes], timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if window.poll() is not None:
            raise SystemExit(f"the window exited with {window.returncode}")
        if send(folder, {"command": "hold", "action": "end"}, timeout=2.0) is not None:
            return
        time.sleep(0.1)
    raise SystemExit("the window did not open its control channel in time")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=30)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-control-") as tmp:
        folder = Path(tmp) / "agent-assistant"  # platformdirs' folder in XDG_DATA_HOME
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "XDG_DATA_HOME": tmp,
            "PYTHONPATH": str(ROOT),
        }
        env.pop("AGENT_ASSISTANT_DATA_DIR", None)
        # An installed program has its bytecode (pip and the frozen build compile it): let the
        # warm-up runs write it, as bench/startup.py does.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        named = {**env, "AGENT_ASSISTANT_DATA_DIR": str(folder)}
        window = subprocess.Popen(
            [*console_script()], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        try:
            wait_for_window(folder, window)
            client: list[float] = []
            client_named: list[float] = []
            full: list[float] = []
            python: list[float] = []
            floor: list[float] = []
            script = console_script()
            for _ in range(2):  # warm the file cache, not measured
                timed([*script, "hold", "start"], env)
                timed([*script, "hold", "end"], env)
            for _ in range(args.rounds):
                python.append(timed([sys.executable, "-c", "pass"], env))
                floor.append(timed([sys.executable, "-c", "import socket, json"], env))
                client.append(timed([*script, "hold", "start"], env))
                client.append(timed([*script, "hold", "end"], env))
                client_named.append(timed([*script, "hold", "start"], named))
                client_named.append(timed([*script, "hold", "end"], named))
                full.append(timed([sys.executable, "-c", FULL_PATH, "hold", "start"], env))
                full.append(timed([sys.executable, "-c", FULL_PATH, "hold", "end"], env))
        finally:
            window.terminate()
            window.wait(30)
    client_ms = statistics.median(client)
    python_ms = statistics.median(python)
    full_ms = statistics.median(full)
    named_ms = statistics.median(client_named)
    floor_ms = statistics.median(floor)
    print(
        f"python importing socket and json: floor_ms={floor_ms:.1f} "
        f"ratio={floor_ms / python_ms:.2f} (the client: {client_ms - floor_ms:+.1f} ms, for its "
        "own modules, the lock file and the window's answer, less Python's teardown of those "
        "modules, which the floor pays and the client skips)"
    )
    print(
        f"folder from AGENT_ASSISTANT_DATA_DIR: client_ms={named_ms:.1f} "
        f"ratio={named_ms / python_ms:.2f}"
    )
    print(
        f"full command line: full_ms={full_ms:.1f} (before the fast entry: "
        f"{full_ms / python_ms:.1f}x python)"
    )
    ratio = client_ms / python_ms
    print(f"control: client_ms={client_ms:.1f} python_ms={python_ms:.1f} ratio={ratio:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
