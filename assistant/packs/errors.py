"""Problems found in a pack file, each pointing at the file, the line and the field."""

from __future__ import annotations

import re
from collections.abc import Sequence
from enum import StrEnum
from typing import Any, NamedTuple

from assistant.core.text import BIDI_CONTROLS, BIDI_MARKS, CONTROLS


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


class PackError(NamedTuple):
    """One problem: ``file:line:col: path: message``. Lines and columns count from 1."""

    file: str
    line: int
    column: int
    path: str
    message: str
    severity: Severity = Severity.ERROR

    def __str__(self) -> str:
        where = self.path or "(file)"
        prefix = "warning: " if self.severity is Severity.WARNING else ""
        return f"{self.file}:{self.line}:{self.column}: {where}: {prefix}{self.message}"


class SourceError(Exception):
    """A file that cannot be read as a pack at all (missing, too large, not a pack zip).
    ``error`` is the first problem, ``errors`` all of them: reading stops at the first, but a
    field given twice is noted and reading goes on, so each one is reported."""

    def __init__(self, error: PackError, more: Sequence[PackError] = ()) -> None:
        super().__init__(str(error))
        self.error = error
        self.errors = [error, *more]


class PackInvalidError(Exception):
    """A pack that cannot be used; ``errors`` lists every problem found (warnings excluded)."""

    def __init__(self, errors: list[PackError]) -> None:
        self.errors = errors
        first = str(errors[0]) if errors else "invalid pack"
        more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
        super().__init__(first + more)


def format_path(parts: tuple[str | int, ...]) -> str:
    """('phrases', 12, 'category') -> 'phrases[12].category'."""
    out = ""
    for part in parts:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else part
    return out


# Control characters, line and paragraph separators, the text-direction marks, embeddings,
# overrides and isolates (which reorder the text around them), and lone surrogates.
_UNPRINTABLE = re.compile(f"[{CONTROLS}{BIDI_MARKS}{BIDI_CONTROLS}\u2028\u2029\ud800-\udfff]")


def shown(value: Any, most: int | None = 60) -> str:
    """``value`` as a message quotes it: one short line (``most`` characters at most; None
    for all of it), every invisible character spelt out (a value can hold a newline, a
    control character, or be thousands of characters long)."""
    text = str(value)
    if most is not None and len(text) > most:
        text = text[: most - 3] + "..."
    return _UNPRINTABLE.sub(_escape, text)


def _escape(found: re.Match[str]) -> str:
    character = found.group()
    if character == "\n":
        return "\\n"
    if character == "\t":
        return "\\t"
    return f"\\u{ord(character):04x}"
