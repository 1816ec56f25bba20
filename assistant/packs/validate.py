"""Checking a parsed pack: the JSON Schema first, then what a schema cannot say.

Every problem is collected, not only the first, and each message is written for a supervisor
who edits YAML by hand: what is wrong, and what would be right.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from functools import cache
from typing import TYPE_CHECKING, Any

from assistant.core import placeholders
from assistant.core.model import BUILTIN_PACK_ID
from assistant.core.text import BIDI_CONTROLS
from assistant.packs.errors import PackError, Severity, format_path, shown
from assistant.packs.source import Document, PathKey
from assistant.resources import pack_schema_path

if TYPE_CHECKING:
    import jsonschema
    from jsonschema.exceptions import ValidationError

_TYPE_NAMES = {
    "string": "text",
    "integer": "a whole number",
    "number": "a number",
    "boolean": "true or false",
    "array": "a list",
    "object": "a set of fields",
    "null": "empty",
}


@cache
def schema() -> dict[str, Any]:
    """The pack JSON Schema shipped in resources/."""
    loaded: dict[str, Any] = json.loads(pack_schema_path().read_text(encoding="utf-8"))
    return loaded


@cache
def _validator() -> jsonschema.protocols.Validator:
    # Imported on first validation, not at start-up: a normal start never validates a pack.
    import jsonschema

    cls = jsonschema.validators.validator_for(schema())
    return cls(schema())


class Known:
    """Ids another pack offers for references that the pack being checked does not define."""

    def __init__(
        self,
        campaigns: Iterable[str] = (),
        personas: Iterable[str] = (),
        phrases: Iterable[str] = (),
    ) -> None:
        self.campaigns = frozenset(campaigns)
        self.personas = frozenset(personas)
        self.phrases = frozenset(phrases)


def check(
    name: str, document: Document, fallback: Known | None, *, as_builtin: bool = False
) -> list[PackError]:
    """All problems of ``document`` (errors and warnings), in file order. ``as_builtin``: the
    document is the built-in pack the program ships, the one pack whose id may be 'builtin'."""
    problems = list(_schema_problems(name, document))
    if isinstance(document.data, dict):
        # The checks below run whatever else is wrong (a missing id hides nothing), except
        # those that look in a section that is not a list: every reference into it would
        # be reported missing.
        unread = frozenset(
            p.path
            for p in problems
            if p.severity is Severity.ERROR and p.path in ("campaigns", "personas", "phrases")
        )
        problems.extend(
            _semantic_problems(
                name, document, fallback or Known(), unread=unread, as_builtin=as_builtin
            )
        )
    # jsonschema repeats some findings (one 'required' error per missing field, each listing
    # them all): keep each distinct problem once, in file order.
    unique = list(dict.fromkeys(problems))
    unique.sort(key=lambda p: (p.line, p.column, p.path))
    return unique


def check_data(
    name: str,
    data: Any,
    fallback: Known | None,
    text: str | None = None,
    *,
    as_builtin: bool = False,
) -> list[PackError] | None:
    """The fast path for parsed data without positions: None when ``data`` does not conform to
    the schema (call ``check`` on a positioned Document for the messages), else the problems
    the cross-reference checks find (positions in them are not yet known).

    ``text`` is the file the data was read from, if known: when it holds no hidden character
    and no escape that could make one, no value is walked to look for them."""
    from assistant.packs.fastcheck import conforms

    if not conforms(data):
        return None
    hidden = text is None or maybe_hidden(text)
    return _semantic_problems(
        name, Document(data), fallback or Known(), hidden=hidden, as_builtin=as_builtin
    )


def _error(
    name: str, document: Document, path: PathKey, message: str, *, key: bool = False
) -> PackError:
    line, column = document.position(path, key=key)
    return PackError(name, line, column, format_path(path), message)


def _schema_problems(name: str, document: Document) -> Iterator[PackError]:
    if not isinstance(document.data, dict):
        kind = _TYPE_NAMES.get(_json_type(document.data), "something else")
        yield _error(
            name,
            document,
            (),
            f"a pack must be a set of fields (format, id, name, version, ...), not {kind}",
        )
        return
    from assistant.packs.fastcheck import conforms

    if conforms(document.data):
        return
    for error in _validator().iter_errors(document.data):
        yield from _describe(name, document, error)


def _json_type(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    if isinstance(value, dict):
        return "object"
    if value is None:
        return "null"
    return type(value).__name__


def _describe(name: str, document: Document, error: ValidationError) -> Iterator[PackError]:
    path: PathKey = tuple(error.absolute_path)
    keyword = error.validator
    value: Any = error.instance
    spec: Any = error.validator_value
    subschema: dict[str, Any] = error.schema if isinstance(error.schema, dict) else {}
    if keyword == "required":
        # Named by the field's own path, as an unknown field is, and placed at the start of
        # the fields it is missing from (the first line of the pack, or of the item).
        for field in spec:
            if isinstance(value, dict) and field not in value:
                line, column = document.position(path)
                yield PackError(
                    name,
                    line,
                    column,
                    format_path((*path, field)),
                    f"the required field '{field}' is missing",
                )
        return
    if keyword == "additionalProperties":
        names = sorted(subschema.get("properties", {}))
        for field in value if isinstance(value, dict) else ():
            if field not in names:
                yield _error(
                    name,
                    document,
                    (*path, field),
                    f"unknown field '{shown(field)}'; the fields allowed here are: "
                    + ", ".join(names),
                    key=True,
                )
        return
    if keyword == "enum":
        allowed = ", ".join(str(v) for v in spec)
        message = f"'{shown(value)}' is not allowed here; use one of: {allowed}"
    elif keyword == "const":
        message = f"must be exactly {spec}"
    elif keyword == "type":
        wanted = _TYPE_NAMES.get(str(spec), str(spec))
        got = _TYPE_NAMES.get(_json_type(value), "something else")
        message = f"must be {wanted}, not {got}"
    elif keyword == "pattern":
        message = _pattern_message(path, value)
    elif keyword in ("minimum", "maximum"):
        low = subschema.get("minimum")
        high = subschema.get("maximum")
        message = f"{shown(value)} is out of range; use a whole number from {low} to {high}"
        if path and path[-1] == "check_in_seconds":
            message += " (a customer on hold must be checked on at least every two minutes)"
    elif keyword == "maxLength":
        message = f"is too long ({len(value)} characters); the limit is {spec}"
    elif keyword == "minLength":
        message = "must not be empty"
    elif keyword == "maxItems":
        message = f"has {len(value)} items; the limit is {spec}"
    elif keyword == "uniqueItems":
        message = "lists the same value more than once"
    else:
        message = error.message
    yield _error(name, document, path, message)


def _pattern_message(path: PathKey, value: Any) -> str:
    field = path[-1] if path else ""
    if field == "shortcut":
        return (
            f"'{shown(value)}' is not a valid shortcut: 2-32 characters without spaces, e.g. ;sorry"
        )
    if field == "language":
        return f"'{shown(value)}' is not a language tag such as en, en-PH, es or fil"
    return (
        f"'{shown(value)}' is not a valid id: use 2-64 lowercase letters, digits and '-', "
        "starting with a letter or digit"
    )


def _items(document: Document, section: str) -> list[tuple[int, dict[str, Any]]]:
    data = document.data.get(section)
    if not isinstance(data, list):
        return []
    return [(index, item) for index, item in enumerate(data) if isinstance(item, dict)]


Sections = dict[str, list[tuple[int, dict[str, Any]]]]
BUILTIN_REFUSAL = (
    "the built-in pack comes with the program and cannot be imported; give this pack an id "
    "of its own"
)


def _ids(
    name: str, document: Document, sections: Sections, section: str, problems: list[PackError]
) -> set[str]:
    seen: dict[str, int] = {}
    for index, item in sections[section]:
        item_id = item.get("id")
        if not isinstance(item_id, str):
            continue
        if item_id in seen:
            problems.append(
                _error(
                    name,
                    document,
                    (section, index, "id"),
                    f"the id '{shown(item_id)}' is already used by {section}[{seen[item_id]}]",
                )
            )
        else:
            seen[item_id] = index
    return set(seen)


def _semantic_problems(
    name: str,
    document: Document,
    fallback: Known,
    *,
    hidden: bool = True,
    unread: frozenset[str] = frozenset(),
    as_builtin: bool = False,
) -> list[PackError]:
    """The problems a schema cannot find. ``unread``: the sections that are not lists, whose
    ids are not known (references into them are not checked)."""
    problems: list[PackError] = []
    is_builtin = document.data.get("id") == BUILTIN_PACK_ID
    if is_builtin and not as_builtin:
        # Every install refuses it (the program's own file is the only source of the built-in
        # pack), so validating must too: an exported built-in pack is for reading or starting
        # from.
        problems.append(_error(name, document, ("id",), BUILTIN_REFUSAL))
    # Each section is walked several times: pick out its items once (100,000 phrases).
    sections = {s: _items(document, s) for s in ("campaigns", "personas", "phrases")}
    campaigns = _ids(name, document, sections, "campaigns", problems)
    personas = _ids(name, document, sections, "personas", problems)
    phrases = _ids(name, document, sections, "phrases", problems)
    known_campaigns = campaigns | (set() if is_builtin else fallback.campaigns)
    known_personas = personas | (set() if is_builtin else fallback.personas)
    known_phrases = phrases | (set() if is_builtin else fallback.phrases)

    def missing(path: PathKey, kind: str, ref: Any, known: set[str] | frozenset[str]) -> None:
        if isinstance(ref, str) and ref not in known and f"{kind}s" not in unread:
            problems.append(
                _error(
                    name,
                    document,
                    path,
                    f"there is no {kind} with the id '{shown(ref)}' in this pack or the "
                    "built-in pack",
                )
            )

    phrase_items = {item.get("id"): item for _, item in sections["phrases"]}
    for index, campaign in sections["campaigns"]:
        hold = campaign.get("hold")
        if isinstance(hold, dict) and "check_in_phrase" in hold:
            path: PathKey = ("campaigns", index, "hold", "check_in_phrase")
            missing(path, "phrase", hold["check_in_phrase"], known_phrases)
            category = _item(phrase_items, hold["check_in_phrase"]).get("category")
            if category is not None and category != "hold":
                line, column = document.position(path)
                problems.append(
                    PackError(
                        name,
                        line,
                        column,
                        format_path(path),
                        f"the check-in phrase is in the category '{shown(category)}'; "
                        "a 'hold' phrase is expected",
                        Severity.WARNING,
                    )
                )
        for step_index, step in enumerate(_list(campaign.get("call_flow"))):
            if isinstance(step, dict):
                for ref_index, ref in enumerate(_list(step.get("phrases"))):
                    missing(
                        ("campaigns", index, "call_flow", step_index, "phrases", ref_index),
                        "phrase",
                        ref,
                        known_phrases,
                    )
    problems.extend(_unreachable(name, document, sections, phrase_items))
    for index, persona in sections["personas"]:
        for ref_index, ref in enumerate(_list(persona.get("phrases"))):
            missing(("personas", index, "phrases", ref_index), "phrase", ref, known_phrases)

    shortcuts: dict[str, int] = {}
    for index, phrase in sections["phrases"]:
        # Most phrases refer only to ids that exist: one set test each, paths only if not.
        campaign_refs = _list(phrase.get("campaigns"))
        if not _all_known(campaign_refs, known_campaigns):
            for ref_index, ref in enumerate(campaign_refs):
                path = ("phrases", index, "campaigns", ref_index)
                missing(path, "campaign", ref, known_campaigns)
        persona_refs = _list(phrase.get("personas"))
        if not _all_known(persona_refs, known_personas):
            for ref_index, ref in enumerate(persona_refs):
                missing(("phrases", index, "personas", ref_index), "persona", ref, known_personas)
        text = phrase.get("text")
        if isinstance(text, str) and not _WELL_FORMED(text):
            try:
                placeholders.parse(text)
            except placeholders.PlaceholderError as error:
                problems.append(_error(name, document, ("phrases", index, "text"), str(error)))
        shortcut = phrase.get("shortcut")
        if isinstance(shortcut, str):
            if shortcut in shortcuts:
                problems.append(
                    _error(
                        name,
                        document,
                        ("phrases", index, "shortcut"),
                        f"the shortcut '{shown(shortcut)}' is already used by "
                        f"phrases[{shortcuts[shortcut]}]",
                    )
                )
            else:
                shortcuts[shortcut] = index
    problems.extend(_line_breaks(name, document, sections))
    if hidden:
        problems.extend(_hidden_characters(name, document))
    return problems


# ---------------------------------------------------------------- hidden characters
# Pack text is shown to agents and pasted to customers. Control characters (which a JSON pack
# or a YAML escape like "\x07" can carry; the YAML reader already refuses them in raw text)
# and the bidirectional controls (core/text.py BIDI_CONTROLS: embeddings, overrides and
# isolates, which make text display in an order other than the one it is stored in) are
# refused, so what is shown is what is stored. The direction marks stay: right-to-left text
# uses them. Tab and line breaks are checked where they matter (one-line fields).
_HIDDEN = re.compile(f"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f{BIDI_CONTROLS}]")
# What a file needs to hold for a value read from it to hold one of those: the character
# itself, or an escape that could make one (JSON's \b, \f, \u0007 and \u2066; YAML's \a, \e,
# \x07, \U0000202E...). Any other backslash counts too: a false alarm only costs the walk.
_MAYBE_HIDDEN = re.compile(
    f"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f{BIDI_CONTROLS}]"
    r'|\\(?:[^nrt"\\/u]|u(?:00[0189]|007[fF]|202[a-eA-E]|206[6-9]))'
)
_MAYBE_HIDDEN_LONGEST = 6  # characters a match of it can span (\u202e)
# A search of a whole large file holds Python's GIL (60 ms for 5 MB): it is searched this many
# characters at a time, so another thread (the window's) runs between pieces.
SEARCH_PIECE = 1 << 18


def maybe_hidden(text: str) -> bool:
    """Whether ``text`` holds a hidden character or an escape that could make one, searched a
    piece at a time; the pieces overlap by a match's length less one, so none is missed."""
    overlap = _MAYBE_HIDDEN_LONGEST - 1
    for start in range(0, len(text), SEARCH_PIECE):
        if _MAYBE_HIDDEN.search(text, start, start + SEARCH_PIECE + overlap):
            return True
    return False


def _strings(value: Any, path: PathKey) -> Iterator[tuple[PathKey, str]]:
    stack: list[tuple[PathKey, Any]] = [(path, value)]
    while stack:
        where, item = stack.pop()
        if isinstance(item, str):
            yield where, item
        elif isinstance(item, dict):
            for key, child in item.items():
                if isinstance(key, str):
                    yield where, key
                stack.append(((*where, key), child))
        elif isinstance(item, list):
            stack.extend(((*where, i), child) for i, child in enumerate(item))


def _all_text(value: Any) -> list[str]:
    """Every string in ``value`` (keys too), without paths: the quick first look."""
    found: list[str] = []
    stack = [value]
    while stack:
        item = stack.pop()
        kind = type(item)
        if kind is str:
            found.append(item)
        elif kind is dict:
            found.extend(key for key in item if type(key) is str)
            stack.extend(item.values())
        elif kind is list:
            stack.extend(item)
    return found


def _hidden_characters(name: str, document: Document) -> list[PackError]:
    # One pass over all the text at C speed; only a pack that has some is walked for paths.
    if not _HIDDEN.search("\n".join(_all_text(document.data))):
        return []
    problems = []
    for path, text in _strings(document.data, ()):
        found = _HIDDEN.search(text)
        if found:
            code = f"U+{ord(found.group()):04X}"
            kind = _hidden_kind(found.group())
            problems.append(
                _error(name, document, path, f"{kind} {code} cannot be used in a pack; delete it")
            )
    problems.sort(key=lambda p: (p.line, p.column, p.path))
    return problems


def _hidden_kind(character: str) -> str:
    if "\u202a" <= character <= "\u202e":  # embeddings too: both force a direction
        return "the text-direction override"
    if "\u2066" <= character <= "\u2069":
        return "the text-direction isolate"
    return "the invisible control character"


# ---------------------------------------------------------------- one-line fields
# Names, titles, step names, tags and the author are shown on one line: a row of `pack list` or
# `search` (one result a line, its fields separated by tabs), a list entry, a table cell, a
# button. A tab or a line break splits it, so both are refused there. A phrase's text, the
# descriptions and a persona's signs, tips and things to avoid may hold them; ids, shortcuts
# and language tags have patterns in the schema that allow neither.
_BREAK = re.compile("[\t\n\r]")
_BREAK_NAMES = {"\t": "a tab", "\n": "a line break", "\r": "a carriage return"}
_FIELD_NAMES = {
    "name": "a name",
    "author": "the author",
    "title": "a title",
    "step": "a step's name",
    "tags": "a tag",
}


def _line_breaks(name: str, document: Document, sections: Sections) -> list[PackError]:
    problems: list[PackError] = []

    def check(path: PathKey, value: Any) -> None:
        # isprintable() is a C-speed first look (False for a tab or a line break, and for a few
        # characters allowed here, such as a no-break space); the search decides.
        if type(value) is not str or value.isprintable():
            return
        found = _BREAK.search(value)
        if found:
            field = next(p for p in reversed(path) if isinstance(p, str))
            what = f"{_BREAK_NAMES[found.group()]} (U+{ord(found.group()):04X})"
            problems.append(
                _error(
                    name,
                    document,
                    path,
                    f"{what} cannot be used in {_FIELD_NAMES[field]}, which is shown on one "
                    "line; write a space instead",
                )
            )

    data = document.data
    check(("name",), data.get("name"))
    check(("author",), data.get("author"))
    for index, campaign in sections["campaigns"]:
        check(("campaigns", index, "name"), campaign.get("name"))
        for step_index, step in enumerate(_list(campaign.get("call_flow"))):
            if isinstance(step, dict):
                check(("campaigns", index, "call_flow", step_index, "step"), step.get("step"))
    for index, persona in sections["personas"]:
        check(("personas", index, "name"), persona.get("name"))
    for index, phrase in sections["phrases"]:  # 200,000 of them: no path made for a good one
        title = phrase.get("title")
        if type(title) is str and not title.isprintable():
            check(("phrases", index, "title"), title)
        tags = phrase.get("tags")
        if type(tags) is list:
            for tag_index, tag in enumerate(tags):
                if type(tag) is str and not tag.isprintable():
                    check(("phrases", index, "tags", tag_index), tag)
    return problems


# Exactly the texts placeholders.parse accepts, checked at C speed; parse words the rest.
# Runs of plain characters are possessive (++): one step per run, and no backtracking.
_NAME = r"[a-z][a-z0-9_]{0,39}"
_FIELD = rf"\{{{_NAME}(?:=[^{{}}]+|:[^{{}}|]+(?:\|[^{{}}|]+)+)?\}}"
_PLAIN_BRACKET = rf"\[(?!\[\?{_NAME}:)"
_INNER = rf"(?:[^{{}}\[\]]++|\{{\{{|\}}\}}|{_FIELD}|{_PLAIN_BRACKET}|\](?!\]))"
_SECTION = rf"\[\[\?{_NAME}:(?: {_INNER}+|(?! ){_INNER}+)\]\]"
_WELL_FORMED = re.compile(
    rf"(?:[^{{}}\[]++|\{{\{{|\}}\}}|{_FIELD}|{_PLAIN_BRACKET}|{_SECTION})*"
).fullmatch


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _all_known(refs: list[Any], known: set[str] | frozenset[str]) -> bool:
    try:
        return known.issuperset(refs)
    except TypeError:  # an unhashable item (a list where an id belongs): check one by one
        return False


def _item(items: dict[Any, dict[str, Any]], ref: Any) -> dict[str, Any]:
    """The phrase item with the id ``ref``, or an empty one (also for a ref that is a list)."""
    try:
        return items.get(ref, {})
    except TypeError:
        return {}


def _unreachable(
    name: str, document: Document, sections: Sections, phrase_items: dict[Any, dict[str, Any]]
) -> list[PackError]:
    """Warnings for phrases a campaign points at but its agents cannot reach in the library:
    the phrase is limited to other campaigns (``campaigns:`` does not list this one)."""
    warnings: list[PackError] = []
    for index, campaign in sections["campaigns"]:
        campaign_id = campaign.get("id")
        refs: list[tuple[PathKey, Any]] = []
        hold = campaign.get("hold")
        if isinstance(hold, dict) and "check_in_phrase" in hold:
            refs.append((("campaigns", index, "hold", "check_in_phrase"), hold["check_in_phrase"]))
        for step_index, step in enumerate(_list(campaign.get("call_flow"))):
            if isinstance(step, dict):
                for ref_index, ref in enumerate(_list(step.get("phrases"))):
                    path: PathKey = ("campaigns", index, "call_flow", step_index, "phrases")
                    refs.append(((*path, ref_index), ref))
        for path, ref in refs:
            only = _item(phrase_items, ref).get("campaigns")
            if isinstance(only, list) and only and campaign_id not in only:
                limited_to = ", ".join(shown(item) for item in only)
                line, column = document.position(path)
                warnings.append(
                    PackError(
                        name,
                        line,
                        column,
                        format_path(path),
                        f"the phrase '{shown(ref)}' is limited to the campaigns {limited_to}, "
                        f"so agents on '{campaign_id}' cannot reach it; add '{campaign_id}' to "
                        "its campaigns or remove the campaigns line",
                        Severity.WARNING,
                    )
                )
    return warnings
