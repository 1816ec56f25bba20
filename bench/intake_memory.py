"""Memory of a start with a large pack in the shared folder that is already installed.

The one pack intake (services/intake.py) hashes a file's bytes first and does not parse bytes
it has installed: a large team pack left in the shared folder should cost a start neither its
parse (seconds of CPU) nor the memory the parse kept (88 MB for the shift, before). This
installs a pack of 50,000 phrases, leaves its file in the shared folder, and starts the window
(offscreen, with the rest of a start: the folder's first scan) in a fresh process, with and
without the folder set, printing

    intake-memory: phrases=... peak_mb=... steady_mb=...
                   no_folder_peak_mb=... no_folder_steady_mb=...

(peak: VmHWM; steady: VmRSS once the scan is done), each the median of three starts.

    .venv/bin/python bench/intake_memory.py [--phrases 50000]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

PROBE = """
import json, os, sys, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from pathlib import Path
from assistant.app import _application, after_first_paint, build_window
app = _application([sys.argv[0]])  # as the program makes it: Fusion, stylesheet, collector
started = time.process_time()
window = build_window(Path(sys.argv[1]))
window.show()
app.processEvents()
for thread in after_first_paint(window):
    thread.join(60)
deadline = time.monotonic() + 5  # the folder's first scan runs on the pack worker
while time.monotonic() < deadline:
    app.processEvents()
    time.sleep(0.01)
status = dict(l.split(":", 1) for l in open("/proc/self/status") if ":" in l)
mb = lambda key: int(status[key].split()[0]) / 1024.0
cpu = time.process_time() - started
print(json.dumps({"peak": mb("VmHWM"), "steady": mb("VmRSS"), "cpu_s": cpu}))
window.close()
"""


def start(folder: Path) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, "-c", PROBE, str(folder)],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    result: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--phrases", type=int, default=50_000)
    args = parser.parse_args()
    from search import synthetic_pack

    from assistant.packs.export import write_pack_file
    from assistant.services.intake import PackIntake
    from assistant.services.opening import open_knowledge_base
    from assistant.settings import Settings

    with tempfile.TemporaryDirectory(prefix="bench-intake-") as tmp:
        shared = Path(tmp) / "shared"
        shared.mkdir()
        pack_file = shared / "team.yaml"
        write_pack_file(synthetic_pack(args.phrases), pack_file)
        with_folder = Path(tmp) / "with"
        without = Path(tmp) / "without"
        for data in (with_folder, without):
            kb = open_knowledge_base(data)
            PackIntake(kb).install_path(pack_file)
            kb.database.close()
        Settings(with_folder).pack_folder = str(shared)
        runs = {
            name: [start(data) for _ in range(3)]
            for name, data in (("with", with_folder), ("without", without))
        }

    def med(name: str, key: str) -> float:
        return statistics.median(r[key] for r in runs[name])

    cpu_with, cpu_without = med("with", "cpu_s"), med("without", "cpu_s")
    print(f"start CPU: with_folder_s={cpu_with:.2f} without_s={cpu_without:.2f}")
    print(
        f"intake-memory: phrases={args.phrases} peak_mb={med('with', 'peak'):.1f} "
        f"steady_mb={med('with', 'steady'):.1f} no_folder_peak_mb={med('without', 'peak'):.1f} "
        f"no_folder_steady_mb={med('without', 'steady'):.1f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
