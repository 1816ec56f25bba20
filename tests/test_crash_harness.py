"""The crash harness: a child process imports large packs and logs holds in a loop while this
test kills it with SIGKILL at random moments, KILLS times. After every kill:

- ``agent-assistant db check`` passes (integrity, foreign keys, schema; both files);
- the large pack is installed entirely as version 1 or entirely as version 2, never a mix;
- every hold the child reported as written is there, with its check-in and end if reported;
- the kept copy of the pack (DATA/packs/big.yaml) is one whole version, never half a file.
"""

from __future__ import annotations

import os
import random
import re
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from assistant.services.intake import import_file
from assistant.services.opening import open_knowledge_base
from assistant.store.database import ACTIVITY_FILENAME, DB_FILENAME

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX-only"),
]

ROOT = Path(__file__).resolve().parent.parent
KILLS = 30
PHRASES = 3000
SEED = int(os.environ.get("CRASH_SEED", "20261125"))


def _pack(version: int) -> str:
    lines = ["format: agent-assistant/pack@1", "id: big", "name: Big pack", f"version: {version}"]
    lines.append("phrases:")
    for i in range(PHRASES):
        lines += [
            f"  - id: p{i}",
            f"    title: Phrase {i} v{version}",
            f'    text: "Version v{version} of phrase {i}: zorblax, thank you for holding."',
            "    category: hold",
        ]
    return "\n".join(lines) + "\n"


def _check_invariants(data_dir: Path, wrote: set[int], checked: set[int], ended: set[int]) -> str:
    """The state after a kill; returns the installed version of the big pack."""
    conn = sqlite3.connect(f"{(data_dir / DB_FILENAME).as_uri()}?mode=ro", uri=True)
    # The holds are in the agent's own file, as every connection of the program sees them.
    conn.execute(
        "ATTACH DATABASE ? AS activity", [f"{(data_dir / ACTIVITY_FILENAME).as_uri()}?mode=ro"]
    )
    try:
        packs = dict(conn.execute("SELECT id, version FROM packs").fetchall())
        assert set(packs) == {"builtin", "big"}, packs
        version = packs["big"]
        titles = [r[0] for r in conn.execute("SELECT title FROM phrases WHERE pack_id = 'big'")]
        assert len(titles) == PHRASES
        assert all(t.endswith(f" v{version}") for t in titles), "a mix of two versions"
        fts = conn.execute("SELECT count(*) FROM phrase_fts WHERE phrase_fts MATCH 'zorblax'")
        assert fts.fetchone()[0] == PHRASES  # the search index moved with the rows
        holds = {r[0]: r[1] for r in conn.execute("SELECT rowid, ended_at FROM holds")}
        assert wrote <= set(holds), f"holds reported written but missing: {wrote - set(holds)}"
        assert all(holds[h] is not None for h in ended)
        have_check_ins = {r[0] for r in conn.execute("SELECT hold_id FROM hold_check_ins")}
        assert checked <= have_check_ins
    finally:
        conn.close()
    copy = (data_dir / "packs" / "big.yaml").read_text(encoding="utf-8")
    assert copy in (_pack(1), _pack(2)), "the kept copy is not one whole version"
    return f"v{version}"


def test_killing_the_program_at_random_moments_loses_nothing(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    packs = [tmp_path / "big1.yaml", tmp_path / "big2.yaml"]
    for version, path in enumerate(packs, start=1):
        path.write_text(_pack(version), encoding="utf-8")
    kb = open_knowledge_base(data_dir, backup=False)
    import_file(kb, packs[0])
    kb.database.close()

    rng = random.Random(SEED)
    wrote: set[int] = set()
    checked: set[int] = set()
    ended: set[int] = set()
    during_import = 0  # killed between "importing" and "imported" (reading, checking, writing)
    during_write = 0  # of those, inside the transaction that replaces the pack
    versions: set[str] = set()
    started = time.monotonic()
    for kill in range(KILLS):
        child = subprocess.Popen(
            [sys.executable, "-m", "tests.crash.child", str(data_dir), *map(str, packs)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert child.stdout is not None
        first = child.stdout.readline().strip()
        assert first == "ready", f"kill {kill}: the child started with {first!r}"
        # Random moments: most land inside an import (it takes most of the loop's time).
        time.sleep(rng.uniform(0.05, 1.6))
        child.send_signal(signal.SIGKILL)
        lines = child.stdout.read().splitlines()
        child.wait()
        assert child.returncode == -signal.SIGKILL
        for line in lines:
            if match := re.fullmatch(r"(wrote|checked in|ended) hold (\d+)", line):
                {"wrote": wrote, "checked in": checked, "ended": ended}[match[1]].add(int(match[2]))
        if lines and lines[-1].startswith(("importing", "writing")):
            during_import += 1
        if lines and lines[-1].startswith("writing"):
            during_write += 1

        check = subprocess.run(
            [sys.executable, "-m", "assistant", "--data-dir", str(data_dir), "db", "check"],
            cwd=ROOT,
            capture_output=True,
            text=True,
        )
        assert check.returncode == 0, f"kill {kill}: db check failed:\n{check.stdout}{check.stderr}"
        assert "recovered" not in check.stderr
        versions.add(_check_invariants(data_dir, wrote, checked, ended))

    elapsed = time.monotonic() - started
    print(
        f"crash harness: {KILLS} kills ({during_import} during an import, {during_write} "
        "inside its transaction), "
        f"{len(wrote)} holds written and all found, versions seen {sorted(versions)}, "
        f"{elapsed:.0f} s"
    )
    assert during_import >= KILLS // 5  # the harness really did hit imports in progress
    assert len(wrote) >= KILLS  # and holds
    assert versions == {"v1", "v2"}  # both outcomes of an interrupted replace were seen
