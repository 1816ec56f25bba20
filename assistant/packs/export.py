"""Writing a pack back out: the core Pack as plain data, as YAML, or as JSON.

The output validates and imports back to an equal Pack; the built-in pack's once it has an id
of its own (only the program's own file may have its id). Fields at their default value are
left out so an exported pack reads like one a person wrote.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml

from assistant.core.files import make_parent_folder, write_text_atomic
from assistant.core.model import BUILTIN_PACK_ID, DEFAULT_CHECK_IN_SECONDS, PACK_FORMAT
from assistant.core.pack import Campaign, Pack, Persona, Phrase

# Field order of each level of the format, as a pack is written: pack_to_data follows it (a
# test checks), and the editor's comment-keeping save puts a new field there (roundtrip.py).
PACK_KEYS = (
    "format",
    "id",
    "name",
    "version",
    "language",
    "author",
    "description",
    "campaigns",
    "personas",
    "phrases",
)
CAMPAIGN_KEYS = (
    "id",
    "name",
    "type",
    "direction",
    "reach",
    "channels",
    "description",
    "hold",
    "call_flow",
)
HOLD_KEYS = ("check_in_seconds", "check_in_phrase")
STEP_KEYS = ("step", "phrases", "required")
PERSONA_KEYS = ("id", "name", "signs", "tips", "avoid", "phrases")
PHRASE_KEYS = (
    "id",
    "title",
    "text",
    "category",
    "campaigns",
    "channels",
    "personas",
    "tags",
    "shortcut",
)


def pack_to_data(pack: Pack) -> dict[str, Any]:
    """The pack as the plain data of the file format (see DESIGN.md, version 1)."""
    data: dict[str, Any] = {
        "format": PACK_FORMAT,
        "id": pack.id,
        "name": pack.name,
        "version": pack.version,
        "language": pack.language,
    }
    if pack.author:
        data["author"] = pack.author
    if pack.description:
        data["description"] = pack.description
    if pack.campaigns:
        data["campaigns"] = [_campaign(c) for c in pack.campaigns]
    if pack.personas:
        data["personas"] = [_persona(p) for p in pack.personas]
    if pack.phrases:
        data["phrases"] = [_phrase(p) for p in pack.phrases]
    return data


def _campaign(campaign: Campaign) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": campaign.id,
        "name": campaign.name,
        "type": campaign.type.value,
        "direction": campaign.direction.value,
        "reach": campaign.reach.value,
    }
    if campaign.channels:
        data["channels"] = [channel.value for channel in campaign.channels]
    if campaign.description:
        data["description"] = campaign.description
    hold: dict[str, Any] = {}
    if campaign.hold.check_in_seconds != DEFAULT_CHECK_IN_SECONDS:
        hold["check_in_seconds"] = campaign.hold.check_in_seconds
    if campaign.hold.check_in_phrase:
        hold["check_in_phrase"] = campaign.hold.check_in_phrase
    if hold:
        data["hold"] = hold
    if campaign.call_flow:
        steps = []
        for step in campaign.call_flow:
            entry: dict[str, Any] = {"step": step.step}
            if step.phrases:
                entry["phrases"] = list(step.phrases)
            if step.required:
                entry["required"] = True
            steps.append(entry)
        data["call_flow"] = steps
    return data


def _persona(persona: Persona) -> dict[str, Any]:
    data: dict[str, Any] = {"id": persona.id, "name": persona.name}
    for key in ("signs", "tips", "avoid", "phrases"):
        values = getattr(persona, key)
        if values:
            data[key] = list(values)
    return data


def _phrase(phrase: Phrase) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": phrase.id,
        "title": phrase.title,
        "text": phrase.text,
        "category": phrase.category.value,
    }
    if phrase.campaigns:
        data["campaigns"] = list(phrase.campaigns)
    if phrase.channels:
        data["channels"] = [channel.value for channel in phrase.channels]
    for key in ("personas", "tags"):
        values = getattr(phrase, key)
        if values:
            data[key] = list(values)
    if phrase.shortcut is not None:
        data["shortcut"] = phrase.shortcut
    return data


class _Dumper(getattr(yaml, "CSafeDumper", yaml.SafeDumper)):  # type: ignore[misc]
    """Safe YAML output; text with line breaks is written as a readable '|' block."""

    def ignore_aliases(self, data: Any) -> bool:
        # A value met twice is written twice: packs refuse anchors and aliases
        # (packs/source.py), so what is written here must not use them.
        return True


def _text(dumper: Any, value: str) -> Any:
    style = "|" if "\n" in value and value == value.strip() and "\r" not in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _text)


# The C emitter holds Python's GIL for as long as it writes: 220 ms in one piece for 20,000
# phrases, a stall of the window's thread while a worker writes a pack. The phrases are
# written this many at a time, and the window gets its turns in between.
PIECE = 250


def _dump(data: Any) -> str:
    text: str = yaml.dump(
        data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100, indent=2
    )
    return text


def dump_yaml(data: dict[str, Any], header: str = "") -> str:
    """Pack data as YAML text in field order, with an optional comment header. A long phrase
    list is written a piece at a time, the text the same as written in one (tests pin it): a
    list in a mapping is written without indentation, as a list on its own is."""
    phrases = data.get("phrases")
    if not isinstance(phrases, list) or len(phrases) <= PIECE:
        return header + _dump(data)
    keys = list(data)
    at = keys.index("phrases")
    parts = [header]
    if at:
        parts.append(_dump({key: data[key] for key in keys[:at]}))
    parts.append("phrases:\n")
    parts += [_dump(phrases[i : i + PIECE]) for i in range(0, len(phrases), PIECE)]
    if at + 1 < len(keys):
        parts.append(_dump({key: data[key] for key in keys[at + 1 :]}))
    return "".join(parts)


BUILTIN_EXPORT_NOTE = (
    "the built-in pack comes with the program: give this file an id of its own before you "
    "validate or import it"
)


def pack_to_yaml(pack: Pack) -> str:
    """The pack as a YAML file's text."""
    header = f"# Campaign pack '{pack.id}', written by agent-assistant.\n"
    if pack.id == BUILTIN_PACK_ID:
        header = (
            "# The built-in pack, written by agent-assistant to read or to start a pack from.\n"
            "# It comes with the program: give this file an id of its own before you validate\n"
            "# or import it.\n"
        )
    return dump_yaml(pack_to_data(pack), header)


def pack_to_json(pack: Pack) -> str:
    """The pack as a JSON file's text (read fastest for very large packs)."""
    return json.dumps(pack_to_data(pack), ensure_ascii=False, indent=1) + "\n"


def write_pack_file(pack: Pack, path: Path) -> None:
    """Write ``pack`` to ``path`` (JSON for a .json name, else YAML), replacing it atomically."""
    text = pack_to_json(pack) if path.suffix.lower() == ".json" else pack_to_yaml(pack)
    make_parent_folder(path)
    write_text_atomic(path, text)
