"""Placeholders in phrase text.

- ``{name}`` fills in; ``{{`` and ``}}`` are literal braces.
- ``{name=Basic}`` has a default value: the fill-in form starts with it, and a phrase copied
  without asking uses it.
- ``{name:Billing|Technical|Other}`` is a choice: the fill-in form shows a drop-down with
  these options (the first is preselected).
- ``[[?name: text]]`` is an optional section: the agent includes or drops ``text`` (which may
  hold placeholders) with a tick box. One space after the colon is part of the syntax. A ``[``
  that does not start ``[[?name:`` is plain text, and so is ``]]`` outside a section, so texts
  written before sections existed read as they always did. Sections do not nest.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import NamedTuple

# Placeholders the program fills in by itself; any other name is asked of the agent.
AUTOMATIC = ("customer_name", "agent_name", "company", "campaign")
_NAME = re.compile(r"[a-z][a-z0-9_]{0,39}\Z")
_NAME_PREFIX = re.compile(r"([a-z][a-z0-9_]{0,39})(?:([=:])(.*))?\Z", re.DOTALL)
_SECTION_START = re.compile(r"\[\[\?([a-z][a-z0-9_]{0,39}):")


class PlaceholderError(ValueError):
    """A malformed template; ``offset`` is the 0-based character position of the problem."""

    def __init__(self, message: str, offset: int) -> None:
        super().__init__(message)
        self.offset = offset


class Literal(NamedTuple):
    text: str


class Field(NamedTuple):
    """A value to fill in; ``choices`` for a drop-down, ``default`` to start from."""

    name: str
    choices: tuple[str, ...] = ()
    default: str = ""

    @property
    def initial(self) -> str:
        """What the fill-in form shows before the agent changes anything."""
        if self.choices:
            return self.choices[0]
        return self.default


class Section(NamedTuple):
    """Text the agent may include or drop as a whole."""

    name: str
    tokens: tuple[Literal | Field, ...]


Token = Literal | Field | Section


def parse(template: str) -> list[Token]:
    """Split a template into literal text, fields and optional sections; raise
    PlaceholderError when malformed."""
    tokens, end = _parse(template, 0, None)
    assert end == len(template)
    return tokens


def _parse(template: str, i: int, section_at: int | None) -> tuple[list[Token], int]:
    tokens: list[Token] = []
    buffer: list[str] = []
    n = len(template)

    def flush() -> None:
        if buffer:
            tokens.append(Literal("".join(buffer)))
            buffer.clear()

    while i < n:
        char = template[i]
        if char == "{":
            if template.startswith("{{", i):
                buffer.append("{")
                i += 2
                continue
            field, i_next = _field(template, i)
            flush()
            tokens.append(field)
            i = i_next
            continue
        if char == "}":
            if template.startswith("}}", i):
                buffer.append("}")
                i += 2
                continue
            raise PlaceholderError("a '}' has no matching '{' (write '}}' for a literal brace)", i)
        if section_at is not None and template.startswith("]]", i):
            flush()
            return tokens, i + 2
        if char == "[":
            start = _SECTION_START.match(template, i)
            if start is not None:
                if section_at is not None:
                    raise PlaceholderError(
                        "an optional section cannot hold another '[[?' section", i
                    )
                inner, i_next = _parse(template, start.end(), i)
                inner = _strip_one_space(inner)
                if not inner:
                    raise PlaceholderError(
                        f"the optional section '{start.group(1)}' is empty: write the text to "
                        "include after the colon",
                        i,
                    )
                flush()
                fields = tuple(t for t in inner if isinstance(t, Literal | Field))
                tokens.append(Section(start.group(1), fields))
                i = i_next
                continue
        buffer.append(char)
        i += 1
    if section_at is not None:
        raise PlaceholderError(
            "an optional section opened with '[[?' is never closed with ']]'", section_at
        )
    flush()
    return tokens, n


def _strip_one_space(tokens: list[Token]) -> list[Token]:
    if tokens and isinstance(tokens[0], Literal) and tokens[0].text.startswith(" "):
        rest = tokens[0].text[1:]
        return ([Literal(rest)] if rest else []) + tokens[1:]
    return tokens


def _field(template: str, i: int) -> tuple[Field, int]:
    end = template.find("}", i + 1)
    brace = template.find("{", i + 1)
    if end == -1 or (brace != -1 and brace < end):
        raise PlaceholderError(
            "a placeholder opened with '{' is never closed with '}' "
            "(write '{{' for a literal brace)",
            i,
        )
    body = template[i + 1 : end]
    match = _NAME_PREFIX.match(body)
    if match is None:
        raise PlaceholderError(
            f"'{{{body}}}' is not a valid placeholder: use lowercase letters, digits "
            "and '_', starting with a letter, e.g. {customer_name}",
            i,
        )
    name, kind, rest = match.groups()
    if kind is None:
        return Field(name), end + 1
    if kind == "=":
        if not rest:
            raise PlaceholderError(
                f"'{{{body}}}' has no default value after '=': write e.g. {{{name}=Basic}}", i
            )
        return Field(name, default=rest), end + 1
    options = rest.split("|")
    if len(options) < 2:
        raise PlaceholderError(
            f"the choice '{{{body}}}' needs at least two options separated by '|', "
            f"e.g. {{{name}:Yes|No}}",
            i,
        )
    if any(not option for option in options):
        raise PlaceholderError(f"the choice '{{{body}}}' has an empty option", i)
    return Field(name, choices=tuple(o.strip() or o for o in options)), end + 1


def fields(template: str) -> list[Field]:
    """The distinct fields (inside sections too) in order of first appearance; when a name
    appears twice, its first form (with its choices or default) counts."""
    seen: dict[str, Field] = {}
    for token in parse(template):
        inner = token.tokens if isinstance(token, Section) else (token,)
        for item in inner:
            if isinstance(item, Field):
                seen.setdefault(item.name, item)
    return list(seen.values())


def field_names(template: str) -> list[str]:
    """The distinct placeholder names in order of first appearance."""
    return [field.name for field in fields(template)]


def section_names(template: str) -> list[str]:
    """The distinct optional-section names in order of first appearance."""
    seen: dict[str, None] = {}
    for token in parse(template):
        if isinstance(token, Section):
            seen.setdefault(token.name, None)
    return list(seen)


def fill(
    template: str, values: Mapping[str, str], include: Mapping[str, bool] | None = None
) -> str:
    """The text as it will be pasted. A field without a value takes its default, or else stays
    as ``{name}``; an optional section is kept unless ``include`` maps its name to False."""
    out: list[str] = []
    skip_space = False
    for token in parse(template):
        if isinstance(token, Section):
            if include is not None and include.get(token.name) is False:
                # Dropping "a [[?x: b]] c" gives "a c", not "a  c".
                skip_space = bool(out) and out[-1].endswith(" ")
                continue
            parts: tuple[Literal | Field, ...] = token.tokens
        else:
            parts = (token,)
        for part in parts:
            text = part.text if isinstance(part, Literal) else _value(part, values)
            if skip_space and text.startswith(" "):
                text = text[1:]
            skip_space = False
            out.append(text)
    return "".join(out)


def _value(field: Field, values: Mapping[str, str]) -> str:
    value = values.get(field.name)
    if value:
        return value
    if field.default:
        return field.default
    return "{" + field.name + "}"


def missing_fields(template: str, values: Mapping[str, str]) -> list[str]:
    """Placeholder names that have no value yet (the agent is asked for these; a default or
    the first choice is offered)."""
    return [name for name in field_names(template) if not values.get(name)]


def sample_values(template: str) -> dict[str, str]:
    """Values to show a phrase the way an agent would paste it, e.g. in the pack editor."""
    samples = {
        "customer_name": "Maria Santos",
        "agent_name": "Alex",
        "company": "ACME",
        "campaign": "Customer care",
    }
    out: dict[str, str] = {}
    for field in fields(template):
        out[field.name] = samples.get(field.name) or field.initial or f"<{field.name}>"
    return out
