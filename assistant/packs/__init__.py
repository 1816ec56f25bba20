"""Campaign packs: files in, validated domain objects (or precise errors) out.

The names below load their modules on first use, so importing one submodule (the installer
at start-up, say) does not import the YAML reader and the schema checker with it.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from assistant.packs.errors import PackError, PackInvalidError
    from assistant.packs.loader import (
        LoadResult,
        known_ids,
        load_pack,
        load_pack_bytes,
        validate_pack,
        validate_pack_bytes,
    )
    from assistant.packs.validate import Known

_HOME = {
    "PackError": "errors",
    "PackInvalidError": "errors",
    "LoadResult": "loader",
    "known_ids": "loader",
    "load_pack": "loader",
    "load_pack_bytes": "loader",
    "validate_pack": "loader",
    "validate_pack_bytes": "loader",
    "Known": "validate",
}

__all__ = [
    "Known",
    "LoadResult",
    "PackError",
    "PackInvalidError",
    "known_ids",
    "load_pack",
    "load_pack_bytes",
    "validate_pack",
    "validate_pack_bytes",
]


def __getattr__(name: str) -> Any:
    module = _HOME.get(name)
    if module is None:
        raise AttributeError(f"module 'assistant.packs' has no attribute {name!r}")
    return getattr(import_module(f"assistant.packs.{module}"), name)
