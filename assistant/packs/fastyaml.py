"""Reading the YAML that large generated packs are written in, many times faster than PyYAML.

``source.parse`` builds PyYAML nodes with a line and column for every value: exact, and about
20 seconds for a 100,000-phrase pack. Positions are only needed to point at problems, so a
loader can first try ``parse_yaml_fast`` and reparse with ``source.parse`` only when it says
"not sure" (None) or when the data turns out to have problems, as it already does for JSON.

The subset read here is block-style YAML as PyYAML and libyaml write it (``export.dump_yaml``
and ``yaml.safe_dump``) plus comments, blank lines, a leading ``---`` and one-line flow lists.
Anything else is answered with None rather than guessed at: tags, anchors, aliases, directives,
several documents, complex or quoted keys, folded ``>`` blocks, tabs, unusual characters, and
every scalar that PyYAML would not turn into text, a plain decimal int, a bool or null.

Three tiers, each falling back to the next:
- records: an entry ``- key: value ...`` of a list, shaped like entries seen before in lists
  under the same key, is read with one compiled regular expression (see ``_Family``);
- lines: everything else is read one line at a time (``_Reader.read``);
- None: outside the subset, the caller's slow parser decides (and words any error).
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable
from typing import Any, Final

import yaml
from yaml.constructor import SafeConstructor
from yaml.resolver import Resolver
from yaml.scanner import Scanner

from assistant import collector
from assistant.packs.source import MAX_DEPTH

__all__ = ["parse_yaml_fast"]

log = logging.getLogger(__name__)


class _OutsideSubsetError(Exception):
    """The text is outside the subset read here (or is not YAML at all)."""


class _NotARecordError(Exception):
    """A list entry matched a record pattern but is not what the pattern assumed: read its
    lines instead."""


# --- Characters -----------------------------------------------------------------------------
#
# What PyYAML's Reader accepts (Reader.NON_PRINTABLE), minus the characters that YAML reads as
# line breaks or blanks in ways this reader does not model: tab, a lone carriage return, NEL,
# LINE SEPARATOR, PARAGRAPH SEPARATOR; minus the byte-order mark (the caller strips a leading
# one; elsewhere libyaml and PyYAML disagree about it).
_BAD_CHARACTER: Final = re.compile(
    "[^\n\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]"
)
_ASCII_ALLOWED: Final = bytes([0x0A, *range(0x20, 0x7F)])
_LONE_CR: Final = re.compile("\r(?!\n)")

# --- Scalars --------------------------------------------------------------------------------

_TAG_BOOL: Final = "tag:yaml.org,2002:bool"
_TAG_NULL: Final = "tag:yaml.org,2002:null"
_TAG_INT: Final = "tag:yaml.org,2002:int"
_BOOL_VALUES: Final[dict[str, bool]] = dict(SafeConstructor.bool_values)
# Only the ints whose value cannot depend on YAML 1.1's extra int forms (octal 017, 0x1A,
# 1_000, sexagesimal 1:30, +1); the digit limit stays far below Python's int-to-str limit.
_DECIMAL: Final = re.compile(r"0|-?[1-9][0-9]{0,17}")

_Resolvers = list[tuple[str, re.Pattern[str]]]
_WILDCARD: Final[_Resolvers] = list(Resolver.yaml_implicit_resolvers.get(None, []))
# PyYAML picks the implicit resolvers by the first character of a plain scalar.
_RESOLVERS: Final[dict[str, _Resolvers]] = {
    first: [*resolvers, *_WILDCARD]
    for first, resolvers in Resolver.yaml_implicit_resolvers.items()
    if first is not None
}


def _union(resolvers: _Resolvers) -> re.Pattern[str]:
    return re.compile(
        "|".join(
            ("(?x:" if regexp.flags & re.VERBOSE else "(?:") + regexp.pattern + ")"
            for _, regexp in resolvers
        )
    )


def _table_signature() -> list[tuple[Any, int]]:
    return [
        (first, len(resolvers)) for first, resolvers in Resolver.yaml_implicit_resolvers.items()
    ]


# What the tables above were built from. A resolver added later (yaml.add_implicit_resolver), or
# a table of SafeLoader's own, would make them stale: then this module answers None.
_SIGNATURE: Final = _table_signature()


def _tables_current() -> bool:
    table = Resolver.yaml_implicit_resolvers
    loaders = [yaml.SafeLoader, getattr(yaml, "CSafeLoader", yaml.SafeLoader)]
    return (
        all(loader.yaml_implicit_resolvers is table for loader in loaders)
        and _table_signature() == _SIGNATURE
        and not _WILDCARD  # a resolver for every scalar: the record tier does not model it
    )


# Per first character, all its resolvers in one pattern: one match says "certainly text" for
# most plain scalars; the table above decides the others.
_MAYBE_NOT_TEXT: Final[dict[str, re.Pattern[str]]] = {
    first: _union(resolvers) for first, resolvers in _RESOLVERS.items()
}
_WILDCARD_UNION: Final = _union(_WILDCARD) if _WILDCARD else None

_ESCAPES: Final[dict[str, str]] = dict(Scanner.ESCAPE_REPLACEMENTS)
_ESCAPE_CODES: Final[dict[str, int]] = dict(Scanner.ESCAPE_CODES)
_ESCAPE: Final = re.compile(r"\\(?:x([0-9A-Fa-f]{2})|u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|(.))")


def _resolve(value: str) -> Any:
    """A plain scalar's value, as SafeLoader would construct it; _OutsideSubsetError for the
    kinds it would turn into floats, timestamps, octal or hex ints, merge keys and so on."""
    for tag, regexp in _RESOLVERS.get(value[0], _WILDCARD):
        if regexp.match(value):
            if tag == _TAG_BOOL:
                return _BOOL_VALUES[value.lower()]
            if tag == _TAG_NULL:
                return None
            if tag == _TAG_INT and _DECIMAL.fullmatch(value):
                return int(value)
            raise _OutsideSubsetError
    return value


def _unescape_match(match: re.Match[str]) -> str:
    code = match[1] or match[2] or match[3]
    if code is not None:
        number = int(code, 16)
        # libyaml refuses surrogates and PyYAML cannot build characters past U+10FFFF.
        if 0xD800 <= number <= 0xDFFF or number > 0x10FFFF:
            raise _OutsideSubsetError
        return chr(number)
    replacement = _ESCAPES.get(match[4])
    if replacement is None:
        raise _OutsideSubsetError
    return replacement


def _unescape(text: str) -> str:
    return _ESCAPE.sub(_unescape_match, text) if "\\" in text else text


def _odd_backslashes(text: str) -> bool:
    return (len(text) - len(text.rstrip("\\"))) % 2 == 1


def _fold_quoted(inner: str, double: bool) -> str:
    """The value of a quoted scalar spanning lines (PyYAML's scan_flow_scalar_*): a line break
    folds to a space, each blank line to a newline, the spaces around a break are dropped, and
    in double quotes an escaped break joins the lines."""
    parts = inner.split("\n")
    out: list[str] = []
    blank = 0
    escaped = False
    last = len(parts) - 1
    for index, part in enumerate(parts):
        if index:
            part = part.lstrip(" ")
            if index < last and not part:
                blank += 1
                continue
            if escaped:
                out.append("\n" * blank)
            else:
                out.append("\n" * blank if blank else " ")
            blank = 0
        escaped = False
        if index < last:
            if double and _odd_backslashes(part):
                escaped = True
                part = part[:-1]
            else:
                stripped = part.rstrip(" ")
                if double and len(stripped) < len(part) and _odd_backslashes(stripped):
                    stripped += " "  # an escaped space ("\ ") stays
                part = stripped
        out.append(_unescape(part) if double else part)
    return "".join(out)


def _single(raw: str) -> str:
    inner = raw[1:-1]
    if "\n" in inner:
        inner = _fold_quoted(inner, double=False)
    return inner.replace("''", "'")


def _double(raw: str) -> str:
    inner = raw[1:-1]
    if "\n" in inner:
        return _fold_quoted(inner, double=True)
    return _unescape(inner)


def _fold_plain(raw: str) -> str:
    """A plain scalar continued on more-indented lines: each line break folds to a space, each
    blank line in between to a newline."""
    lines = raw.split("\n")
    out = [lines[0]]
    blank = 0
    for line in lines[1:]:
        line = line.strip(" ")
        if not line:
            blank += 1
            continue
        out.append("\n" * blank if blank else " ")
        out.append(line)
        blank = 0
    return "".join(out)


def _block_scalar(
    text: str, pos: int, header: re.Match[str], owner: int, unterminated: bool
) -> tuple[str, int]:
    """The literal block scalar ("|", "|-", "|+", "|2", ...) whose header is ``header`` and
    whose lines start at ``pos``, read as PyYAML's scan_block_scalar does; returns the text and
    the start of the line after it. ``unterminated``: the last line break of ``text`` was added
    by the reader (PyYAML would not count it).
    """
    end = len(text)
    chomping = header[1] or header[4]
    digit = header[2] or header[3]
    min_indent = max(owner + 1, 1)
    indent = min_indent + int(digit) - 1 if digit else 0  # 0: taken from the first line
    pieces: list[str] = []
    blank = 0  # blank lines since the last content line (or since the header)
    longest_blank = 0
    while pos < end:
        stop = text.index("\n", pos)
        if stop == end - 1 and unterminated:
            raise _OutsideSubsetError  # the last line has no line break: rare, and not modelled
        line = text[pos:stop]
        spaces = len(line) - len(line.lstrip(" "))
        if not indent and spaces < len(line):
            # PyYAML's indentation is the deepest of the leading blank lines and the first
            # content line; a blank line deeper than the content ends the scalar at once.
            if spaces < min_indent or longest_blank > spaces:
                raise _OutsideSubsetError  # an empty block scalar
            indent = spaces
        if spaces == len(line) and (not indent or spaces <= indent):
            blank += 1  # a blank line: its spaces are not content
            longest_blank = max(longest_blank, spaces)
        elif spaces >= indent:
            pieces.append("\n" * blank if not pieces else "\n" * (blank + 1))
            pieces.append(line[indent:])
            blank = 0
        else:
            break  # less indented: the scalar is over
        pos = stop + 1
    if not pieces:
        raise _OutsideSubsetError  # an empty block scalar
    if chomping != "-":
        pieces.append("\n")
    if chomping == "+":
        pieces.append("\n" * blank)
    return "".join(pieces), pos


# --- Regular expressions for the pieces of a line ------------------------------------------
#
# Possessive quantifiers keep every piece linear: a plain scalar is read the one way PyYAML's
# scanner reads it, so a line that does not fit fails at once instead of backtracking.

_KEY = r"[A-Za-z_][A-Za-z0-9_-]{0,127}"  # PyYAML refuses simple keys over 1024 characters
# A plain scalar may not start with an indicator; in block context "-", "?" and ":" may start
# one when a non-blank follows ("-1", "?why", ":-)"), as PyYAML's and libyaml's check_plain say.
_PLAIN_FIRST = r"""(?:[^ \n\-?:,\[\]{}#&*!|>'"%@`]|[-?:](?=[^ \n]))"""
# Inside, ": " ends a plain scalar and " #" starts a comment; a ':' before a non-blank does not.
_WORD_REST = r"[^ \n:]*+(?::++[^ \n:]++)*+"
_WORD_NEXT = r"(?:[^ \n:#]|:++[^ \n:])" + _WORD_REST
_PLAIN = _PLAIN_FIRST + _WORD_REST + r"(?:[ ]++" + _WORD_NEXT + r")*+"
# A continuation line of a plain scalar may start with any character but '#' (PyYAML's
# scan_plain checks for indicators only at the start of the scalar).
_PLAIN_MORE = _WORD_NEXT + r"(?:[ ]++" + _WORD_NEXT + r")*+"
_SINGLE = r"'(?:[^'\n]|'')*+'"
_DOUBLE = r'"(?:[^"\\\n]|\\[^\n])*+"'
_TRAIL = r"(?:[ ]++#[^\n]*+|[ ]*+)"  # after a value: spaces, perhaps a comment

_LINE: Final = re.compile(
    r"([ ]*+)"  # 1 indentation
    r"((?:-(?:[ ]++|(?=\n)))*+)"  # 2 sequence entries ("- ", "- - ", "-")
    r"(?:(" + _KEY + r"):(?:[ ]++|(?=\n)))?"  # 3 key
    r"(?:"
    r"(" + _PLAIN + r")(?:([ ]++#[^\n]*+)|[ ]*+)"  # 4 plain scalar, 5 comment after it
    r"|(" + _SINGLE + "|" + _DOUBLE + r")" + _TRAIL + r""  # 6 quoted scalar on one line
    r"|(#[^\n]*+)?"  # 7 nothing, perhaps a comment
    r"|([^\n]++)"  # 8 anything else: block scalar, flow list, multi-line quote, or no YAML
    r")\n"
)
_DOCUMENT_START: Final = re.compile(r"(?:[ ]*+(?:#[^\n]*+)?\n)*+---" + _TRAIL + r"\n")

_BLOCK_HEADER: Final = re.compile(r"\|(?:([+-])([1-9])?|([1-9])([+-])?)?" + _TRAIL)
_SINGLE_LONG: Final = re.compile(r"('(?:[^']|'')*+')" + _TRAIL + r"\n")
_DOUBLE_LONG: Final = re.compile(r'("(?:[^"\\]|\\[\s\S])*+")' + _TRAIL + r"\n")

_FLOW_PLAIN = (
    r"""(?:[^ \n\-?:,\[\]{}#&*!|>'"%@`]|-(?=[^ \n,\[\]{}]))[^ \n:,\[\]{}]*+"""
    r"(?:[ ]++[^ \n:,\[\]{}#][^ \n:,\[\]{}]*+)*+"
)
_FLOW_ITEM = "(?:" + _FLOW_PLAIN + "|" + _SINGLE + "|" + _DOUBLE + ")"
_FLOW_LIST_BODY = r"\[[ ]*+(?:" + _FLOW_ITEM + r"(?:[ ]*+,[ ]*+" + _FLOW_ITEM + r")*+[ ]*+)?\]"
_FLOW_LIST: Final = re.compile("(" + _FLOW_LIST_BODY + ")" + _TRAIL)
_FLOW_ITEMS: Final = re.compile(_FLOW_ITEM)
_EMPTY_MAP: Final = re.compile(r"\{[ ]*+\}" + _TRAIL)

_continuations: dict[int, re.Pattern[str]] = {}


def _deeper(owner: int) -> str:
    """The indentation of a line that continues a node owned by the collection at ``owner``."""
    return "[ ]{" + str(owner + 1) + ",}+"


def _at_most(column: int) -> str:
    return "[ ]{0," + str(column) + "}+"


def _continuation(owner: int) -> re.Pattern[str]:
    """Blank lines, then one line that continues a plain scalar owned by the block collection
    at column ``owner`` (it must be indented further)."""
    pattern = _continuations.get(owner)
    if pattern is None:
        pattern = re.compile(
            r"((?:[ ]*+\n)*+)"
            + _deeper(owner)
            + "("
            + _PLAIN_MORE
            + r")(?:([ ]++#[^\n]*+)|[ ]*+)\n"
        )
        _continuations[owner] = pattern
    return pattern


# --- The line reader ------------------------------------------------------------------------

_NONE, _ROOT, _KEY_SLOT, _ITEM_SLOT = range(4)
# The deepest collection that may hold a value: a value one level further is at MAX_DEPTH.
_DEEPEST: Final = MAX_DEPTH - 1


class _Frame:
    """A block collection being read: where it starts, what it holds, how deep it is."""

    __slots__ = ("column", "container", "is_map", "indentless", "depth", "name")

    def __init__(
        self,
        column: int,
        container: Any,
        is_map: bool,
        indentless: bool,
        depth: int,
        name: str | None = None,
    ) -> None:
        self.column = column
        self.container = container
        self.is_map = is_map
        self.indentless = indentless  # a "key:\n- item" list, at its mapping's column
        self.depth = depth
        self.name = name  # a list that is a key's value: the key (its entries' families)


# --- Records: the lines of a list entry, read with one regular expression ------------------
#
# A 100,000-phrase pack is 100,000 entries like
#     - id: phrase-1
#       title: Phrase number 1
#       tags:
#       - bench
# Reading them line by line costs a few microseconds of Python per line. Instead the first
# entries of a list teach a _Family: the first key, and every further key in the order seen
# (each optional, each a scalar or a list of scalars). Its compiled pattern matches a whole
# entry, and the pattern's groups are the raw scalars, so an entry costs one match and a dict.
# The pattern spells out everything the line reader would check (columns, continuation lines,
# quoting); an entry it does not match is read line by line, as before.

# The deepest list whose entries a _Family reads: entry, value and list item lie below it.
_RECORD_DEEPEST: Final = MAX_DEPTH - 4  # entry, value, list item, flow list item
_MAX_FAMILY_KEYS: Final = 40
_MAX_FAMILIES: Final = 8  # per kind of list
# Compiling a pattern takes milliseconds (more for many keys): past this much per text, learning
# stops and entries the families do not read are read by lines.
_COMPILE_SECONDS: Final = 0.2
_LEARN_AFTER: Final = 2  # entries of a list read by lines before its first pattern
_MEMO_LENGTH: Final = 64
_MEMO_SIZE: Final = 4096
_MISSING: Final = object()

# A raw token on one line that starts with none of these is text as it stands: no quotes, no
# flow list, no block scalar, and no implicit resolver (so no bool, null, number, ...).
_CONVERT_FIRST: Final = frozenset(_RESOLVERS) | frozenset("'\"[{|")


def _value_pattern(owner: int, literal: bool = True) -> str:
    """One scalar owned by the collection at column ``owner``: plain (perhaps on more lines),
    quoted (perhaps on more lines), a one-line flow list, or (``literal``) a "|", "|-" or "|+"
    block up to its last line break (exclusive)."""
    more = r"\n(?:[ ]*+\n)*+" + _deeper(owner)  # a line break to a deeper line
    block = r"|\|[-+]?" + _TRAIL + r"(?:\n(?:[ ]*+(?=\n)|" + _deeper(owner) + r"[^ \n][^\n]*+))++"
    return (
        "(?:" + _PLAIN + r"(?:" + more + _PLAIN_MORE + r")*+"
        r"|'(?:[^'\n]|''|" + more + r"(?=[^ \n]))*+'"
        r'|"(?:[^"\\\n]|\\[^\n]|\\?' + more + r'(?=[^ \n]))*+"'
        r"|" + _FLOW_LIST_BODY + r"|\{[ ]*+\}" + (block if literal else "") + ")"
    )


def _literal(raw: str, owner: int) -> str:
    """The value of a block scalar that a record pattern took: from its "|" to the end of its
    last line. The pattern only looked at columns; the block reader decides, and must agree
    about where the block ends."""
    header_end = raw.index("\n")
    header = _BLOCK_HEADER.fullmatch(raw, 0, header_end)
    if header is None:
        raise _NotARecordError
    value, end = _block_scalar(raw + "\n", header_end + 1, header, owner, False)
    if end != len(raw) + 1:
        raise _NotARecordError  # a line between the owner's column and the block's: not a record
    return value


def _item_pattern(column: int, group: str) -> str:
    value = _value_pattern(column, literal=False)
    return " " * column + "-[ ]++(" + group + value + ")" + _TRAIL + "\n"


def _convert_all(raws: list[str]) -> list[Any]:
    convert = _CONVERT_FIRST
    return [_convert(raw) if raw[0] in convert or "\n" in raw else raw for raw in raws]


def _convert(raw: str) -> Any:
    """The value of a raw scalar token: quoted, a one-line flow list, or plain (perhaps
    continued on more lines)."""
    first = raw[0]
    if first == "'":
        return _single(raw)
    if first == '"':
        return _double(raw)
    if first == "[":
        return _convert_all(_FLOW_ITEMS.findall(raw, 1, raw.rindex("]")))
    if first == "{":
        return {}
    if first == "|":
        raise _OutsideSubsetError  # block scalars are read where their position is known
    if "\n" in raw:
        raw = _fold_plain(raw)
    union = _MAYBE_NOT_TEXT.get(raw[0], _WILDCARD_UNION)
    if union is None or union.match(raw) is None:
        return raw
    return _resolve(raw)


class _Family:
    """The entries of one list that start with the same key: what they were seen to hold, and
    the pattern that reads any entry made of those keys (in that order)."""

    def __init__(self, column: int, width: int, first: str, memo: dict[str, Any]) -> None:
        self.memo = memo  # raw token -> value (a list as a tuple), shared by a text's families
        self.column = column
        self.width = width  # "- " or "-   ": where the entry's keys start
        self.first = first
        self.keys: list[str] = []  # the further keys, in an order every entry seen agrees with
        self.seen: list[str] = []  # every further key, in the order first seen
        self.after: set[tuple[str, str]] = set()  # (a, b): a came before b in some entry
        self.item_offset: int | None = None  # list items: columns right of the keys
        self.pattern: re.Pattern[str] | None = None
        self.find_items: Callable[[str], list[str]] = _no_items
        self.all_keys: list[str] = []

    def learn(self, keys: list[str], item_offset: int | None) -> bool:
        """Take in the keys of one more entry; False when they cannot join this family."""
        if self.first in keys or len(set(keys)) != len(keys):
            return False  # a duplicate key: the line reader refuses it
        if item_offset is not None and (
            item_offset < 0 or self.item_offset not in (None, item_offset)
        ):
            return False
        after = self.after | set(zip(keys, keys[1:], strict=False))
        seen = self.seen + [key for key in keys if key not in self.seen]
        order = _ordered(seen, after)
        if order is None or len(order) > _MAX_FAMILY_KEYS:
            return False
        changed = order != self.keys or (item_offset is not None and self.item_offset is None)
        self.keys, self.seen, self.after = order, seen, after
        if item_offset is not None:
            self.item_offset = item_offset
        if changed or self.pattern is None:
            self._compile()
        return True

    def _compile(self) -> None:
        key_column = self.column + self.width
        indent = " " * key_column
        # One group per key: the raw scalar, or (starting with its line break) a list's lines.
        value = _value_pattern(key_column)
        slot = "[ ]++(" + value + ")" + _TRAIL + "\n"
        parts = [" " * self.column + "-" + " " * (self.width - 1) + self.first + ":" + slot]
        if self.item_offset is None:
            entry = slot
        else:
            column = key_column + self.item_offset
            items = _item_pattern(column, "?:")
            # After the key: spaces and a value, or nothing (a comment) and the list's lines.
            entry = (
                r"(?:[ ]++(?=[^ \n#])|" + _TRAIL + r"(?=\n))"
                "(" + value + r"|\n(?:" + items + ")++)"
                r"(?:(?<=\n)|" + _TRAIL + r"\n)"
            )
            self.find_items = re.compile(_item_pattern(column, "")).findall
        parts.extend("(?:" + indent + key + ":" + entry + ")?" for key in self.keys)
        # The entry ends where a line no deeper than its "- " starts (after blank lines and
        # comments), or with the text.
        parts.append(r"(?=(?:[ ]*+(?:#[^\n]*+)?\n)*+(?:" + _at_most(self.column) + r"[^ \n#]|\Z))")
        self.pattern = re.compile("".join(parts))
        self.all_keys = [self.first, *self.keys]

    def build(self, match: re.Match[str]) -> dict[str, Any]:
        convert = _CONVERT_FIRST
        value = self.value
        return {
            key: raw if raw[0] not in convert and "\n" not in raw else value(raw)
            for key, raw in zip(self.all_keys, match.groups())  # noqa: B905
            if raw is not None
        }

    def value(self, raw: str) -> Any:
        """The value of a raw scalar or list; generated packs repeat most short ones (a
        category, a list of tags), so those are converted once."""
        known = self.memo.get(raw, _MISSING)
        if known is not _MISSING:
            return list(known) if type(known) is tuple else known
        first = raw[0]
        if first == "\n":
            result: Any = _convert_all(self.find_items(raw))
        elif first == "|":
            result = _literal(raw, self.column + self.width)
        else:
            result = _convert(raw)
        if len(raw) <= _MEMO_LENGTH and len(self.memo) < _MEMO_SIZE:
            if type(result) is list:
                self.memo[raw] = tuple(result)
            elif type(result) is not dict:
                self.memo[raw] = result
        return result


def _no_items(_: str) -> list[str]:
    return []


def _ordered(keys: list[str], after: set[tuple[str, str]]) -> list[str] | None:
    """``keys`` in an order that respects every pair in ``after`` (ties: as listed), or None
    when the pairs contradict each other."""
    left = list(keys)
    order: list[str] = []
    while left:
        for key in left:
            if not any((other, key) in after for other in left if other != key):
                order.append(key)
                left.remove(key)
                break
        else:
            return None
    return order


_SHAPE_LINE: Final = re.compile(r"([ ]*+)(-(?:[ ]++|(?=\n)))?(?:(" + _KEY + r"):)?([^\n]*+)\n")


class _Reader:
    def __init__(self, text: str, records: bool = True) -> None:
        if not text or not _tables_current():
            raise _OutsideSubsetError
        if "\r" in text:
            if _LONE_CR.search(text):
                raise _OutsideSubsetError
            text = text.replace("\r\n", "\n")
        if text.isascii():
            # bytes.translate runs at memory speed; a regex over 20 MB takes a tenth of a second.
            if text.encode("ascii").translate(None, _ASCII_ALLOWED):
                raise _OutsideSubsetError
        elif _BAD_CHARACTER.search(text):
            raise _OutsideSubsetError
        # Every line ends with "\n", so the patterns need no end-of-text cases; only a block
        # scalar's last line break is then invented (see _block_scalar).
        self.unterminated = not text.endswith("\n")
        self.text = text + "\n" if self.unterminated else text
        self.records = records
        # Per kind of list (the key it is the value of, and its column): the families of its
        # entries, and how many entries learning still skips and will skip after a failure.
        self.families: dict[tuple[str | None, int], list[_Family]] = {}
        self.skip: dict[tuple[str | None, int], list[int]] = {}
        self.compiles = 0
        self.compile_seconds = 0.0
        self.memo: dict[str, Any] = {}

    def read(self) -> Any:
        text = self.text
        end = len(text)
        match_line = _LINE.match
        start = _DOCUMENT_START.match(text)
        pos = start.end() if start else 0

        stack: list[_Frame] = []
        pending = _ROOT  # the slot the next more-indented node fills
        pending_key = ""
        root: Any = None
        read_as_record = False

        while pos < end:
            line = match_line(text, pos)
            if line is None:  # cannot happen (the last alternative takes any line); be safe
                raise _OutsideSubsetError
            indent, dashes, key, plain, plain_comment, quoted, _, other = line.groups()
            pos = line.end()
            if not dashes and key is None and plain is None and quoted is None and other is None:
                continue  # blank line or comment
            column = len(indent)

            filling = False
            if pending != _NONE:
                parent_column = stack[-1].column if stack else -1
                if column > parent_column or (
                    column == parent_column and pending == _KEY_SLOT and dashes
                ):
                    filling = True
                else:
                    self._fill(stack, pending, pending_key, None)
                    pending = _NONE
            if not filling:
                while stack and (
                    stack[-1].column > column
                    or (stack[-1].column == column and stack[-1].indentless and not dashes)
                ):
                    stack.pop()
                if not stack or stack[-1].column != column:
                    raise _OutsideSubsetError

            # Each "- " opens an entry of a list at its column (a new list if a slot waits).
            while dashes:
                if filling:
                    depth = stack[-1].depth + 1 if stack else 0
                    if depth > _DEEPEST:
                        raise _OutsideSubsetError
                    items: list[Any] = []
                    indentless = bool(stack) and column == stack[-1].column
                    if pending == _ROOT:
                        root = items
                    else:
                        self._fill(stack, pending, pending_key, items)
                    name = pending_key if pending == _KEY_SLOT else None
                    stack.append(_Frame(column, items, False, indentless, depth, name))
                elif stack[-1].is_map:
                    raise _OutsideSubsetError  # "- " where a key belongs
                pending = _ITEM_SLOT
                filling = True
                width = len(dashes) - len(dashes[1:].lstrip(" "))
                if (
                    key is not None
                    and width == len(dashes)
                    and self.records
                    and stack[-1].depth <= _RECORD_DEEPEST
                ):
                    after = self._records(line.start(), column, width, stack[-1])
                    if after is not None:
                        pos = after
                        pending = _NONE
                        read_as_record = True
                        break
                column += width
                dashes = dashes[width:]
            if read_as_record:
                read_as_record = False
                continue

            if key is not None:
                if filling:
                    depth = stack[-1].depth + 1 if stack else 0
                    if depth > _DEEPEST:
                        raise _OutsideSubsetError
                    mapping: dict[str, Any] = {}
                    if pending == _ROOT:
                        root = mapping
                    else:
                        self._fill(stack, pending, pending_key, mapping)
                    stack.append(_Frame(column, mapping, True, False, depth))
                elif not stack[-1].is_map:
                    raise _OutsideSubsetError  # a key where "- " belongs
                frame = stack[-1]
                mapping = frame.container
                if key in mapping:
                    raise _OutsideSubsetError  # the slow parser names the duplicate
                mapping[key] = None
                pending, pending_key = _KEY_SLOT, key
                filling = True
            elif not filling:
                raise _OutsideSubsetError  # a scalar where an entry belongs

            if plain is None and quoted is None and other is None:
                continue  # the value (if any) is on the lines below
            if pending == _ROOT:
                raise _OutsideSubsetError  # a document that is one scalar is no pack
            owner = stack[-1].column  # continuation lines must be indented past it
            if plain is not None:
                if plain_comment is None and pos < end and text[pos] in " \n":
                    plain, pos = self._plain_lines(plain, pos, owner)
                value = _resolve(plain)
            elif quoted is not None:
                value = _single(quoted) if quoted[0] == "'" else _double(quoted)
            else:
                value, pos = self._complex(other, line.start(8), pos, owner, stack[-1].depth)
            self._fill(stack, pending, pending_key, value)
            pending = _NONE

        if pending == _ROOT:
            raise _OutsideSubsetError  # nothing but comments: the slow parser says "empty"
        if pending != _NONE:
            self._fill(stack, pending, pending_key, None)
        return root

    def _records(self, start: int, column: int, width: int, frame: _Frame) -> int | None:
        """Read the list entry at ``start``, and the entries right after it, each in one match;
        returns where reading goes on, or None when no family of this list reads the entry at
        ``start`` (the line reader then does)."""
        text = self.text
        items: list[Any] = frame.container
        kind = (frame.name, column)
        families = self.families.setdefault(kind, [])
        pos = start
        while True:
            match, family = None, None
            for family in families:
                assert family.pattern is not None
                match = family.pattern.match(text, pos)
                if match is not None:
                    break
            if match is None:
                if pos != start:
                    return pos  # the next entry (if it is one) starts the next try
                if len(items) < _LEARN_AFTER:
                    return None  # a short list is read faster by lines than compiled for
                match, family = self._learn(start, column, width, families, kind)
            if match is None or family is None or family.pattern is None:
                return None
            if family is not families[0]:
                families.remove(family)
                families.insert(0, family)  # lists repeat their shapes
            build = family.build
            match_entry = family.pattern.match
            while match is not None:
                if self.unterminated and match.end() == len(text):
                    break  # its last line break is invented: the line reader knows that
                try:
                    items.append(build(match))
                except _NotARecordError:
                    break
                pos = match.end()
                match = match_entry(text, pos)
            if match is not None:
                return pos if pos != start else None

    def _learn(
        self,
        start: int,
        column: int,
        width: int,
        families: list[_Family],
        kind: tuple[str | None, int],
    ) -> tuple[re.Match[str] | None, _Family | None]:
        """Learn the shape of the entry at ``start``, and read it with the result. After each
        failure, learning pauses for twice as many entries (up to 1024): a list whose entries
        the patterns cannot read then costs little more than reading its lines."""
        pause = self.skip.setdefault(kind, [0, 1])
        if pause[0]:
            pause[0] -= 1
            return None, None
        if self.compile_seconds > _COMPILE_SECONDS:
            return None, None
        first, keys, offset = self._shape(start, column, width)
        family = next((f for f in families if f.first == first and f.width == width), None)
        if family is None and len(families) < _MAX_FAMILIES:
            family = _Family(column, width, first, self.memo)
            families.append(family)
        match = None
        began = time.perf_counter()
        if family is not None and family.learn(keys, offset):
            self.compiles += 1
            assert family.pattern is not None
            match = family.pattern.match(self.text, start)
        self.compile_seconds += time.perf_counter() - began
        if match is None:
            pause[0], pause[1] = pause[1], min(pause[1] * 2, 1024)
            return None, None
        pause[1] = 1
        return match, family

    def _shape(self, start: int, column: int, width: int) -> tuple[str, list[str], int | None]:
        """The first key of the entry at ``start``, its further keys, and how far right of the
        keys its list items start (None: no list). Only a guess for _Family: its pattern decides
        whether it reads the entry."""
        text = self.text
        end = len(text)
        key_column = column + width
        line = _SHAPE_LINE.match(text, start)
        assert line is not None
        first = line[3] or ""
        keys: list[str] = []
        offset: int | None = None
        after_key = False
        pos = line.end()
        while pos < end:
            line = _SHAPE_LINE.match(text, pos)
            assert line is not None
            indent, dash, key, rest = line.groups()
            rest = rest.strip(" ")
            if not dash and key is None and (not rest or rest[0] == "#"):
                break  # a blank line or a comment: the entry ends (or is not for a pattern)
            if len(indent) <= column:
                break
            if len(indent) == key_column and key is not None and dash is None:
                keys.append(key)
                after_key = not rest or rest[0] == "#"
            elif dash is not None and after_key:
                if offset is None:
                    offset = len(indent) - key_column
                after_key = False
            pos = line.end()
        return first, keys, offset

    @staticmethod
    def _fill(stack: list[_Frame], pending: int, key: str, value: Any) -> None:
        container = stack[-1].container
        if pending == _KEY_SLOT:
            container[key] = value
        else:
            container.append(value)

    def _plain_lines(self, first: str, pos: int, owner: int) -> tuple[str, int]:
        """A plain scalar with its continuation lines folded in, and where the reading stops."""
        match_more = _continuation(owner).match
        pieces = [first]
        while True:
            more = match_more(self.text, pos)
            if more is None:
                break
            blank = more[1].count("\n")
            pieces.append("\n" * blank if blank else " ")
            pieces.append(more[2])
            pos = more.end()
            if more[3] is not None:
                break  # a comment ends the scalar
        return "".join(pieces), pos

    def _complex(self, rest: str, at: int, pos: int, owner: int, depth: int) -> tuple[Any, int]:
        """A value that is not a one-line scalar; ``at`` is where it starts, ``pos`` the start of
        the next line. Returns the value and where reading goes on."""
        first = rest[0]
        if first == "|":
            header = _BLOCK_HEADER.fullmatch(rest)
            if header is None:
                raise _OutsideSubsetError
            return _block_scalar(self.text, pos, header, owner, self.unterminated)
        if first == "'" or first == '"':
            long = (_SINGLE_LONG if first == "'" else _DOUBLE_LONG).match(self.text, at)
            if long is None:
                raise _OutsideSubsetError
            raw = long[1]
            for line in raw.split("\n")[1:]:
                stripped = line.lstrip(" ")
                if stripped and len(line) - len(stripped) <= owner:
                    # PyYAML and libyaml accept a quoted line this far left (YAML itself does
                    # not); no dumper writes one, and at column 0 it may be "---": refuse.
                    raise _OutsideSubsetError
            return (_single(raw) if first == "'" else _double(raw)), long.end()
        if first == "[":
            flow = _FLOW_LIST.fullmatch(rest)
            if flow is None:
                raise _OutsideSubsetError
            items = _convert(flow[1])
            if items and depth + 1 > _DEEPEST:
                raise _OutsideSubsetError
            return items, pos
        if first == "{" and _EMPTY_MAP.fullmatch(rest):
            return {}, pos
        raise _OutsideSubsetError


def parse_yaml_fast(text: str) -> Any | None:
    """The data of a pack's YAML ``text``, exactly as ``source.parse(name, text).data`` would
    build it; or None when the text is outside the subset read here, so the caller reparses
    it with ``source.parse`` (which also words every error). Never raises.

    The subset is block-style YAML as PyYAML writes it: mappings with simple-name keys, lists
    (indented or not), plain, quoted and literal scalars that are text, plain decimal ints,
    bools or null, comments, blank lines, a leading ``---`` and one-line flow lists of scalars.
    ``text`` is already decoded (a leading byte-order mark removed).
    """
    # Hundreds of thousands of new dicts and lists, and no cycles among them.
    with collector.paused():
        try:
            return _Reader(text).read()
        except _OutsideSubsetError:
            return None
        except Exception:  # a bug here must not break loading: the slow parser is always right
            log.exception("the fast YAML reader failed; the pack is read with positions instead")
            return None
