"""The one place that knows where resources/ and db/ are, and how to start this program again.

Three layouts are supported: a source checkout (resources/ beside the package), an installed
wheel (copied into assistant/_data/), and a PyInstaller build (unpacked under sys._MEIPASS).
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


@cache
def _roots() -> tuple[Path, ...]:
    roots: list[Path] = []
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        roots.append(Path(frozen))
    roots.append(_PACKAGE_DIR / "_data")
    roots.append(_PACKAGE_DIR.parent)
    return tuple(roots)


def data_path(*parts: str) -> Path:
    """Path of a shipped file, e.g. ``data_path("resources", "packs", "builtin.yaml")``."""
    for root in _roots():
        candidate = root.joinpath(*parts)
        if candidate.exists():
            return candidate
    raise FileNotFoundError(f"shipped file not found: {'/'.join(parts)} (looked in {_roots()})")


def resource_path(*parts: str) -> Path:
    """A file under resources/."""
    return data_path("resources", *parts)


def migrations_dir() -> Path:
    """The folder of numbered SQL migrations (db/)."""
    return data_path("db")


def builtin_pack_path() -> Path:
    return resource_path("packs", "builtin.yaml")


def pack_schema_path() -> Path:
    return resource_path("pack.schema.json")


def program_command() -> list[str]:
    """The command that starts this program (add its arguments): in a PyInstaller build the
    executable is the program itself; otherwise this Python runs the package. The window
    starts its cheat sheets this way, and Windows starts it at sign-in with it."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    return [sys.executable, "-m", "assistant"]
