"""Campaign packs: files in, validated domain objects (or precise errors) out."""

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

__all__ = [
    "Known",
    "LoadResult",
    "PackError",
    "PackInvalidError",
    "load_pack",
    "load_pack_bytes",
    "known_ids",
    "validate_pack",
    "validate_pack_bytes",
]
