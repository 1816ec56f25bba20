"""A pack being edited: plain data that may not validate yet, written in a stable order, and
checked as ``pack validate`` checks a file (publishing it is services/packs.py's).

A draft that validates is written exactly as ``pack export`` writes the same pack (so the same
pack always gives the same bytes). A draft that does not validate yet is written with its
fields in the same order, so a supervisor can save it, come back, and diff it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from assistant.core.model import PACK_FORMAT
from assistant.core.pack import Pack
from assistant.packs.errors import PackError
from assistant.packs.export import (
    CAMPAIGN_KEYS,
    HOLD_KEYS,
    PACK_KEYS,
    PERSONA_KEYS,
    PHRASE_KEYS,
    STEP_KEYS,
    dump_yaml,
    pack_to_yaml,
)
from assistant.packs.lint import lint_pack
from assistant.packs.loader import LoadResult, validate_pack_bytes
from assistant.packs.validate import Known

# The hook for signed packs: given the pack bytes, the detached signature to write beside it.
Signer = Callable[[bytes], bytes]


def new_pack_data(pack_id: str = "my-team", name: str = "My team") -> dict[str, Any]:
    """The data of an empty pack to start from."""
    return {"format": PACK_FORMAT, "id": pack_id, "name": name, "version": 1, "language": "en"}


def _empty(value: Any) -> bool:
    return value is None or value == "" or value == [] or value == {}


def _ordered(data: Any, keys: tuple[str, ...]) -> Any:
    if not isinstance(data, dict):
        return data
    out = {k: data[k] for k in keys if k in data and not _empty(data[k])}
    # Unknown fields stay (last, in their order) so validation can point at them.
    out.update({k: v for k, v in data.items() if k not in keys and not _empty(v)})
    return out


def ordered_data(data: dict[str, Any]) -> dict[str, Any]:
    """``data`` with every level's fields in format order and empty optional values left out."""
    out: dict[str, Any] = _ordered(data, PACK_KEYS)
    campaigns = []
    for campaign in data.get("campaigns") or []:
        item = _ordered(campaign, CAMPAIGN_KEYS)
        if isinstance(item, dict):
            if "hold" in item:
                item["hold"] = _ordered(item["hold"], HOLD_KEYS)
            if isinstance(item.get("call_flow"), list):
                item["call_flow"] = [
                    _ordered({**s, "required": s.get("required") or None}, STEP_KEYS)
                    if isinstance(s, dict)
                    else s
                    for s in item["call_flow"]
                ]
        campaigns.append(item)
    personas = [_ordered(p, PERSONA_KEYS) for p in data.get("personas") or []]
    phrases = [_ordered(p, PHRASE_KEYS) for p in data.get("phrases") or []]
    for key, items in (("campaigns", campaigns), ("personas", personas), ("phrases", phrases)):
        out.pop(key, None)
        if items:
            out[key] = items
    for key in [k for k in out if k not in PACK_KEYS]:
        out[key] = out.pop(key)  # unknown top-level fields last
    return out


@dataclass
class DraftCheck:
    """What the validator says about a draft, and the text Save writes for it."""

    text: str
    result: LoadResult
    problems: list[PackError] = field(default_factory=list)

    @property
    def valid(self) -> bool:
        return self.result.pack is not None


def draft_text(data: dict[str, Any]) -> str:
    """The draft as YAML in format order, whether or not it validates."""
    return dump_yaml(ordered_data(data), _draft_header(data))


def check_draft(
    name: str, data: dict[str, Any], fallback: Known | None, builtin: Pack | None = None
) -> DraftCheck:
    """Check the draft as ``pack validate`` checks its saved file: validated, and when valid,
    read by the content lint (packs/lint.py), references resolved in ``builtin``."""
    text = draft_text(data)
    result = validate_pack_bytes(name, text.encode("utf-8"), fallback)
    problems = list(result.problems)
    if result.pack is not None:
        text = pack_to_yaml(result.pack)
        # In the order of the items (a draft has no lines to sort by: phrases[2] before [10]).
        lint = lint_pack(result.pack, name, fallback=builtin)
        problems += sorted(lint, key=lambda p: _item_order(p.path))
    return DraftCheck(text, result, problems)


def _item_order(path: str) -> list[str | int]:
    """A problem's path ('phrases[10].text') compared item by item, numbers as numbers."""
    return [int(part) if part.isdigit() else part for part in re.split(r"(\d+)", path)]


def _draft_header(data: dict[str, Any]) -> str:
    return (
        f"# Campaign pack '{data.get('id', '')}' (a draft: it does not validate yet), "
        "written by agent-assistant.\n"
    )
