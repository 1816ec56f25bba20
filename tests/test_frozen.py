"""The packaged program: build.spec builds it, and the frozen build starts, searches and
validates packs the way the source does. Built once per run in a temporary folder, so a stale
dist/ never passes for a fresh one."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tomllib
from collections.abc import Callable
from pathlib import Path

import pytest

from assistant.core.pack import Pack
from assistant.store.knowledge import KnowledgeBase
from tests.conftest import PACKS
from tests.teamwork import Agent

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
NAME = "agent-assistant"
# The packaging goal. Signed packs cost about 1 MB (PyNaCl: libsodium and the cffi backend);
# cryptography, with OpenSSL linked in, cost 12 MB and is why it is not used.
SIZE_LIMIT_MB = 120


def folder_mb(folder: Path) -> float:
    total = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    return total / 1_000_000


@pytest.fixture(scope="session")
def frozen(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pyinstaller = Path(sys.executable).with_name("pyinstaller")
    if not pyinstaller.exists():
        pytest.fail("PyInstaller is missing: `make .venv/.installed` installs the build extra")
    out = tmp_path_factory.mktemp("frozen")
    result = subprocess.run(
        [
            str(pyinstaller),
            "--noconfirm",
            "--log-level=WARN",
            "--distpath",
            str(out / "dist"),
            "--workpath",
            str(out / "build"),
            str(ROOT / "build.spec"),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert result.returncode == 0, result.stderr[-4000:]
    program = out / "dist" / NAME / (NAME + (".exe" if sys.platform == "win32" else ""))
    assert program.exists()
    return program


def run(program: Path, *args: str, data_dir: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("AGENT_ASSISTANT_DATA_DIR", None)
    return subprocess.run(
        [str(program), "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )


def test_frozen_smoke_test_reports_the_built_in_content(
    frozen: Path, data_dir: Path, builtin_pack: Pack
) -> None:
    result = run(frozen, "--smoke-test", data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    line = json.loads(result.stdout.strip().splitlines()[-1])
    version = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    assert line["version"] == version
    # The shipped built-in pack, whole: 22 campaigns, 16 personas and 393 phrases today.
    counts = (line["campaigns"], line["personas"], line["phrases"])
    pack = builtin_pack
    assert counts == (len(pack.campaigns), len(pack.personas), len(pack.phrases))
    assert counts[0] >= 22 and counts[1] >= 15 and counts[2] >= 350
    assert line["search_results"] > 0
    assert line["data_dir"] == str(data_dir)


def test_frozen_cli_validates_packs(frozen: Path, data_dir: Path, tmp_path: Path) -> None:
    ok = run(frozen, "pack", "validate", str(PACKS / "acme.yaml"), data_dir=data_dir)
    assert ok.returncode == 0, ok.stderr
    assert "ok: acme-collections version 3" in ok.stdout
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "format: agent-assistant/pack@1\nid: bad-pack\nname: Bad\nversion: 1\n"
        "phrases:\n  - {id: p1, title: T, text: 'x', category: nope}\n"
    )
    failed = run(frozen, "pack", "validate", str(bad), data_dir=data_dir)
    assert failed.returncode == 1
    assert f"{bad}:6:45: phrases[0].category: 'nope' is not allowed here" in failed.stderr


def test_frozen_cli_makes_keys_signs_and_verifies(
    frozen: Path, data_dir: Path, tmp_path: Path
) -> None:
    # PyNaCl's extension and cffi's backend are imported lazily and from C: only running the
    # frozen program shows PyInstaller bundled them.
    key = tmp_path / "team-key"
    made = run(frozen, "pack", "keygen", "-o", str(key), data_dir=data_dir)
    assert made.returncode == 0, made.stderr
    pack = tmp_path / "acme.yaml"
    pack.write_bytes((PACKS / "acme.yaml").read_bytes())
    signed = run(frozen, "pack", "sign", str(pack), "--key", str(key), data_dir=data_dir)
    assert signed.returncode == 0, signed.stderr
    ok = run(frozen, "pack", "verify", str(pack), "--key", f"{key}.pub", data_dir=data_dir)
    assert ok.returncode == 0, ok.stderr
    assert "ok: signed by team-key.pub" in ok.stdout

    pack.write_bytes(pack.read_bytes() + b"# edited\n")
    changed = run(frozen, "pack", "verify", str(pack), "--key", f"{key}.pub", data_dir=data_dir)
    assert changed.returncode == 1
    assert "changed after signing" in changed.stderr

    # A signature made before the switch to PyNaCl, checked by the frozen program.
    legacy = ROOT / "tests" / "signing"
    old = run(
        frozen,
        "pack",
        "verify",
        str(legacy / "legacy-signed.yaml"),
        "--key",
        str(legacy / "legacy-key.pub"),
        data_dir=data_dir,
    )
    assert old.returncode == 0, old.stderr


def test_frozen_folder_is_small_and_carries_its_resources(frozen: Path) -> None:
    folder = frozen.parent
    assert folder_mb(folder) < SIZE_LIMIT_MB
    internal = folder / "_internal"
    for shipped in (
        "resources/packs/builtin.yaml",
        "resources/pack.schema.json",
        "resources/icons/app.svg",
        "resources/translations/agent_assistant_es.qm",
        "db/0001_initial.sql",
        "VERSION",
    ):
        assert (internal / shipped).exists(), shipped
    unused = [p.name for p in internal.rglob("*") if "Qt6Quick" in p.name or "Qt6Qml" in p.name]
    assert unused == []
    assert not (internal / "cryptography").exists()
    dropped = ("libcrypto", "libxcb-glx", "libXext", "libXrender", "_multibytecodec")
    assert [p.name for p in internal.rglob("*") if p.name.startswith(dropped)] == []


def test_frozen_team_report_and_every_command(
    frozen: Path, data_dir: Path, tmp_path: Path, desks: Callable[[], KnowledgeBase]
) -> None:
    team = tmp_path / "team"
    team.mkdir()
    ana = Agent(desks(), team, "Ana")
    ana.desk.start_hold()
    ana.desk.end_hold()
    ana.settle()
    (data_dir / "settings.ini").write_text(f"[team]\nfolder={team.as_posix()}\n")
    report = run(frozen, "report", "holds", "--team", "--format", "json", data_dir=data_dir)
    assert report.returncode == 0, report.stderr
    assert [row["agent"] for row in json.loads(report.stdout)] == ["Ana"]
    summary = run(frozen, "report", "summary", "--team", data_dir=data_dir)
    assert summary.returncode == 0 and summary.stdout.startswith("by,agent,"), summary.stderr
    for command in ("search", "hold", "call", "floor", "db", "pack", "report"):
        helped = run(frozen, command, "--help", data_dir=data_dir)
        assert helped.returncode == 0, (command, helped.stderr)
