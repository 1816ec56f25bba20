"""Loading a pack file: read, parse, check, and build the domain objects."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from assistant import collector
from assistant.core.model import (
    DEFAULT_CHECK_IN_SECONDS,
    CampaignType,
    Category,
    Channel,
    Direction,
    Reach,
)
from assistant.core.pack import CallFlowStep, Campaign, HoldPolicy, Pack, Persona, Phrase
from assistant.packs.errors import PackError, PackInvalidError, Severity
from assistant.packs.source import SourceError, decode, parse, read_pack_bytes
from assistant.packs.validate import Known, check, check_data


@dataclass
class LoadResult:
    """What validating a file found: the pack when it is usable, and every problem."""

    file: str
    pack: Pack | None
    problems: list[PackError] = field(default_factory=list)
    sha256: str = ""

    @property
    def errors(self) -> list[PackError]:
        return [p for p in self.problems if p.severity is Severity.ERROR]

    @property
    def warnings(self) -> list[PackError]:
        return [p for p in self.problems if p.severity is Severity.WARNING]

    @property
    def ok(self) -> bool:
        return self.pack is not None


def validate_pack(
    path: Path, fallback: Known | None = None, *, as_builtin: bool = False
) -> LoadResult:
    """Read and check the pack file at ``path``; never raises for a bad file. ``as_builtin``:
    the file is the built-in pack the program ships, the one pack whose id may be 'builtin'."""
    name = str(path)
    try:
        raw = read_pack_bytes(path)
    except SourceError as error:
        return LoadResult(name, None, [error.error])
    return validate_pack_bytes(name, raw, fallback, as_builtin=as_builtin)


def validate_pack_bytes(
    name: str, raw: bytes, fallback: Known | None = None, *, as_builtin: bool = False
) -> LoadResult:
    """Check pack text already in memory; ``name`` is used in the messages."""
    with collector.paused():
        return _validate(name, raw, fallback, as_builtin)


def _validate(name: str, raw: bytes, fallback: Known | None, as_builtin: bool) -> LoadResult:
    digest = hashlib.sha256(raw).hexdigest()
    try:
        text = decode(name, raw)
    except SourceError as error:
        return LoadResult(name, None, error.errors, digest)
    # Positions are only needed to point at problems: read without them first, and only a
    # pack that has a problem is read again with them.
    try:
        data = parse(name, text, positions=False).data
    except SourceError as error:
        return LoadResult(name, None, error.errors, digest)
    if check_data(name, data, fallback, text, as_builtin=as_builtin) == []:
        return LoadResult(name, build_pack(data), [], digest)
    del data  # not needed while the positioned read builds its own copy
    try:
        document = parse(name, text)
    except SourceError as error:  # the same reading as above: not expected, but never a crash
        return LoadResult(name, None, error.errors, digest)
    problems = check(name, document, fallback, as_builtin=as_builtin)
    if any(p.severity is Severity.ERROR for p in problems):
        return LoadResult(name, None, problems, digest)
    return LoadResult(name, build_pack(document.data), problems, digest)


def load_pack(path: Path, fallback: Known | None = None, *, as_builtin: bool = False) -> Pack:
    """The pack at ``path``; raise PackInvalidError listing every error when it is not usable."""
    result = validate_pack(path, fallback, as_builtin=as_builtin)
    if result.pack is None:
        raise PackInvalidError(result.errors)
    return result.pack


def load_pack_bytes(name: str, raw: bytes, fallback: Known | None = None) -> Pack:
    result = validate_pack_bytes(name, raw, fallback)
    if result.pack is None:
        raise PackInvalidError(result.errors)
    return result.pack


def known_ids(pack: Pack) -> Known:
    """The ids of ``pack`` that other packs may refer to (used for the built-in pack)."""
    return Known(
        (c.id for c in pack.campaigns), (p.id for p in pack.personas), (p.id for p in pack.phrases)
    )


def build_pack(data: dict[str, Any]) -> Pack:
    """Domain objects from data that has passed ``check`` (so every field has its type)."""
    return Pack(
        id=data["id"],
        name=data["name"],
        version=int(data["version"]),  # the schema lets 3.0 be a whole number: store 3
        language=data.get("language", "en"),
        author=data.get("author", ""),
        description=data.get("description", ""),
        campaigns=tuple(_campaign(c) for c in data.get("campaigns", [])),
        personas=tuple(_persona(p) for p in data.get("personas", [])),
        phrases=tuple(_phrase(p) for p in data.get("phrases", [])),
    )


def _campaign(data: dict[str, Any]) -> Campaign:
    hold = data.get("hold", {})
    return Campaign(
        id=data["id"],
        name=data["name"],
        type=CampaignType(data["type"]),
        direction=Direction(data["direction"]),
        reach=Reach(data["reach"]),
        description=data.get("description", ""),
        hold=HoldPolicy(
            check_in_seconds=int(hold.get("check_in_seconds", DEFAULT_CHECK_IN_SECONDS)),
            check_in_phrase=hold.get("check_in_phrase"),
        ),
        call_flow=tuple(
            CallFlowStep(
                step=s["step"],
                phrases=tuple(s.get("phrases", [])),
                required=bool(s.get("required", False)),
            )
            for s in data.get("call_flow", [])
        ),
        channels=_channels(data),
    )


def _persona(data: dict[str, Any]) -> Persona:
    return Persona(
        id=data["id"],
        name=data["name"],
        signs=tuple(data.get("signs", [])),
        tips=tuple(data.get("tips", [])),
        avoid=tuple(data.get("avoid", [])),
        phrases=tuple(data.get("phrases", [])),
    )


# A dictionary lookup: Category(value) goes through Enum.__call__, 100,000 times for big packs.
_CATEGORIES = {category.value: category for category in Category}


def _phrase(data: dict[str, Any]) -> Phrase:
    return Phrase(
        id=data["id"],
        title=data["title"],
        text=data["text"],
        category=_CATEGORIES[data["category"]],
        campaigns=tuple(data.get("campaigns", [])),
        personas=tuple(data.get("personas", [])),
        tags=tuple(data.get("tags", [])),
        shortcut=data.get("shortcut"),
        channels=_channels(data) if "channels" in data else (),
    )


_CHANNELS = {channel.value: channel for channel in Channel}


def _channels(data: dict[str, Any]) -> tuple[Channel, ...]:
    return tuple(_CHANNELS[value] for value in data.get("channels", ()))
