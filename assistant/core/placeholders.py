"""Placeholders in phrase text: ``{name}`` fills in, ``{{`` and ``}}`` are literal braces."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

# Placeholders the program fills in by itself; any other name is asked of the agent.
AUTOMATIC = ("customer_name", "agent_name", "company", "campaign")
_NAME = re.compile(r"[a-z][a-z0-9_]{0,39}\Z")


class PlaceholderError(ValueError):
    """A malformed template; ``offset`` is the 0-based character position of the problem."""

    def __init__(self, message: str, offset: int) -> None:
        super().__init__(message)
        self.offset = offset


@dataclass(frozen=True, slots=True)
class Literal:
    text: str


@dataclass(frozen=True, slots=True)
class Field:
    name: str


Token = Literal | Field


def parse(template: str) -> list[Token]:
    """Split a template into literal text and fields; raise PlaceholderError when malformed."""
    tokens: list[Token] = []
    buffer: list[str] = []
    i, n = 0, len(template)
    while i < n:
        char = template[i]
        if char == "{":
            if template.startswith("{{", i):
                buffer.append("{")
                i += 2
                continue
            end = template.find("}", i + 1)
            brace = template.find("{", i + 1)
            if end == -1 or (brace != -1 and brace < end):
                raise PlaceholderError(
                    "a placeholder opened with '{' is never closed with '}' "
                    "(write '{{' for a literal brace)",
                    i,
                )
            name = template[i + 1 : end]
            if not _NAME.match(name):
                raise PlaceholderError(
                    f"'{{{name}}}' is not a valid placeholder: use lowercase letters, digits "
                    "and '_', starting with a letter, e.g. {customer_name}",
                    i,
                )
            if buffer:
                tokens.append(Literal("".join(buffer)))
                buffer = []
            tokens.append(Field(name))
            i = end + 1
            continue
        if char == "}":
            if template.startswith("}}", i):
                buffer.append("}")
                i += 2
                continue
            raise PlaceholderError("a '}' has no matching '{' (write '}}' for a literal brace)", i)
        buffer.append(char)
        i += 1
    if buffer:
        tokens.append(Literal("".join(buffer)))
    return tokens


def field_names(template: str) -> list[str]:
    """The distinct placeholder names in order of first appearance."""
    seen: dict[str, None] = {}
    for token in parse(template):
        if isinstance(token, Field):
            seen.setdefault(token.name, None)
    return list(seen)


def fill(template: str, values: Mapping[str, str]) -> str:
    """The text as it will be pasted. A field without a value stays as ``{name}``."""
    out: list[str] = []
    for token in parse(template):
        if isinstance(token, Literal):
            out.append(token.text)
        else:
            value = values.get(token.name)
            out.append(value if value else "{" + token.name + "}")
    return "".join(out)


def missing_fields(template: str, values: Mapping[str, str]) -> list[str]:
    """Placeholder names that have no value yet (the agent is asked for these)."""
    return [name for name in field_names(template) if not values.get(name)]
