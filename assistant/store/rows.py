"""What the knowledge base hands to the layers above: small read-only records."""

from __future__ import annotations

import json
from typing import NamedTuple

from assistant.core.model import (
    CampaignType,
    Category,
    Channel,
    Direction,
    Reach,
    Ref,
    default_channels,
)


class PackInfo(NamedTuple):
    id: str
    name: str
    version: int
    language: str
    author: str
    description: str
    builtin: bool
    source: str
    installed_at: str
    campaigns: int
    personas: int
    phrases: int


class CampaignRow(NamedTuple):
    ref: Ref
    name: str
    type: CampaignType
    direction: Direction
    reach: Reach
    description: str
    check_in_seconds: int
    check_in_phrase: Ref | None


class CallFlowRow(NamedTuple):
    step: str
    required: bool
    phrases: tuple[Ref, ...]


class PersonaRow(NamedTuple):
    ref: Ref
    name: str
    signs: tuple[str, ...]
    tips: tuple[str, ...]
    avoid: tuple[str, ...]
    phrases: tuple[Ref, ...]


class PhraseRow(NamedTuple):
    ref: Ref
    title: str
    text: str
    category: Category
    tags: tuple[str, ...]
    shortcut: str | None
    favourite: bool = False
    uses: int = 0


class ImportSummary(NamedTuple):
    pack_id: str
    version: int
    replaced_version: int | None
    campaigns: int
    personas: int
    phrases: int


class FileCheck(NamedTuple):
    """What ``db check`` found in one of the two files (knowledge.db, activity.db).

    ``busy``: another program kept the file's lock past the wait, so what needs it was not
    checked: the file is not ``ok``, though nothing was found wrong with it."""

    path: str
    ok: bool
    schema_version: int
    latest_version: int
    problems: tuple[str, ...]
    busy: bool = False


class CheckReport(NamedTuple):
    """What ``db check`` found: SQLite's integrity check, foreign keys, the schema version.

    ``schema_version`` and ``latest_version`` are knowledge.db's; ``files`` has both files,
    and ``problems`` the problems of both, each starting with its file's name. ``busy``: a
    file could not be checked whole, another program writing it (see FileCheck); ``writer``
    is what that program said it was doing, when it is this program and knowledge.db
    ("an import of the pack 'x' by agent-assistant pack import (process 4242)"), else ""."""

    ok: bool
    schema_version: int
    latest_version: int
    problems: tuple[str, ...]
    counts: dict[str, int]
    files: tuple[FileCheck, ...] = ()
    busy: bool = False
    writer: str = ""


def campaign_channels_of(kind: str, stored: str) -> tuple[Channel, ...]:
    """A campaign's channels from its row (type, channels): those its pack named, else its
    type's."""
    named = tuple(Channel(v) for v in json.loads(stored))
    return named or default_channels(CampaignType(kind))
