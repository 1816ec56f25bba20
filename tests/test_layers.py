"""Every module of the program has its place in the layers import-linter checks (`make lint`):
a module left out of the contract is checked by nothing."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_every_top_level_module_is_in_a_layer() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    [layers] = [c for c in config["tool"]["importlinter"]["contracts"] if c["type"] == "layers"]
    placed = {
        name.strip() for layer in layers["layers"] for name in layer.replace("|", ":").split(":")
    }
    package = ROOT / "assistant"
    modules = {
        f"assistant.{path.stem}"
        for path in package.glob("*.py")
        if path.stem not in ("__init__", "__main__")
    } | {f"assistant.{path.parent.name}" for path in package.glob("*/__init__.py")}
    assert sorted(modules - placed) == []
    assert sorted(placed - modules) == []  # no layer names a module that is gone
