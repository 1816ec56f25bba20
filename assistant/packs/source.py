"""Reading a pack file into plain data, with the line and column of every value on demand.

Only YAML's safe subset is read: a tag other than !!str, !!int, !!float, !!bool and !!null
(such as ``!!python/object``, ``!!binary`` or ``!!set``) is refused, never executed; anchors and
aliases are refused, which also disarms "billion laughs" alias bombs; nesting is bounded. Plain
values mean what YAML 1.1 says (``yes`` is true, ``017`` is 15), except that a date is the text
the author wrote: a pack has no date fields, so ``name: 2024-02-30`` is the name "2024-02-30".

Every limit is checked while the file is read, on the parser's events, before the values past
it are built: a file of a million phrases is refused in seconds, not after minutes and
gigabytes. JSON is read by the json module when it certainly fits, else like YAML (JSON is YAML).
"""

from __future__ import annotations

import io
import json
import re
import zipfile
import zlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NoReturn

import yaml

from assistant.packs.errors import PackError, format_path, shown
from assistant.packs.errors import SourceError as SourceError  # raised here; its home is errors.py
from assistant.packs.packfile import MAX_FILE_BYTES, read_pack_data, too_big

MAX_DEPTH = 20
# Values and field names, all counted: 100,000 phrases as the benchmarks write them hold
# 1,600,000. Reading costs about 1.5 microseconds each (libyaml), so the limit bounds the time a
# refusal takes; the value_bound of a JSON text must stay above its count.
MAX_VALUES = 3_000_000
# Fields given twice are each reported (the reader goes on past them) up to this many; a file
# of a million of them must not make a million messages.
MAX_TWICE = 100
# The most items of each section: the schema's maxItems, refused while reading (a test keeps
# the two equal); and of any other list (the schema's largest other maxItems).
SECTION_LIMITS = {"campaigns": 500, "personas": 200, "phrases": 200_000}
MAX_LIST_ITEMS = 1000
# Any one text or field name; the schema's longest (a phrase's text) is 4,000 characters.
MAX_TEXT_CHARS = 10_000
# A number's characters: the schema's largest number has 10 digits. Python refuses to convert
# an int of more than 4,300 digits, and a pack has no use for one of more than a few.
MAX_NUMBER_CHARS = 40
# A pack zip holds pack.yaml and perhaps a few notes; anything far beyond is not a pack.
MAX_ZIP_MEMBERS = 100
# Text compresses about 3-10 times; a member that claims far more is a "zip bomb".
MAX_ZIP_RATIO = 100
ZIP_RATIO_FLOOR = 1024 * 1024  # small members may compress well (a file of spaces): allowed
ZIP_MEMBER_NAMES = ("pack.yaml", "pack.yml", "pack.json")

PathKey = tuple[str | int, ...]


@dataclass
class Document:
    """A parsed pack: its data, and where each value and each mapping key starts."""

    data: Any
    positions: dict[PathKey, tuple[int, int]] = field(default_factory=dict)
    key_positions: dict[PathKey, tuple[int, int]] = field(default_factory=dict)

    def position(self, path: PathKey, *, key: bool = False) -> tuple[int, int]:
        """Line and column of ``path``, or of its nearest parent that has one."""
        if key and path in self.key_positions:
            return self.key_positions[path]
        probe = path
        while probe:
            if probe in self.positions:
                return self.positions[probe]
            probe = probe[:-1]
        return self.positions.get((), (1, 1))


def read_pack_bytes(path: Path) -> bytes:
    """The pack text of a file: the file itself, or pack.yaml inside a .zip (read as an
    install reads it: packs/packfile.py)."""
    return unpack(str(path), read_pack_data(path))


def unpack(name: str, raw: bytes) -> bytes:
    """The pack text in a file's bytes: the bytes themselves, or pack.yaml inside a .zip.
    Raises SourceError for a zip that is not a pack (see the limits above)."""
    if name.lower().endswith(".zip") or raw.startswith(b"PK\x03\x04"):
        return _read_zip(name, raw)
    return raw


def _read_zip(name: str, raw: bytes) -> bytes:
    try:
        archive = zipfile.ZipFile(io.BytesIO(raw))
    except zipfile.BadZipFile:
        raise SourceError(PackError(name, 1, 1, "", "is not a readable .zip file")) from None
    with archive:
        infos = archive.infolist()
        if len(infos) > MAX_ZIP_MEMBERS:
            raise SourceError(
                PackError(
                    name,
                    1,
                    1,
                    "",
                    f"the zip holds {len(infos)} files; the limit for a pack zip is "
                    f"{MAX_ZIP_MEMBERS}. It was not opened",
                )
            )
        declared = sum(info.file_size for info in infos)
        if declared > MAX_FILE_BYTES:
            raise SourceError(
                PackError(
                    name,
                    1,
                    1,
                    "",
                    f"the zip unpacks to {declared / 1048576:.1f} MB; the limit for a pack is "
                    f"{MAX_FILE_BYTES // 1048576} MB. It was not opened",
                )
            )
        members = {info.filename: info for info in infos}
        _refuse_ambiguous_members(name, [info.filename for info in infos])
        for info in infos:
            member = info.filename
            if member.startswith(("/", "\\")) or ".." in member.replace("\\", "/").split("/"):
                raise SourceError(
                    PackError(name, 1, 1, member, "the zip holds an unsafe path; it was not opened")
                )
            if len(member) > 1 and member[1] == ":":
                raise SourceError(
                    PackError(name, 1, 1, member, "the zip holds an unsafe path; it was not opened")
                )
            if (info.external_attr >> 16) & 0o170000 == 0o120000:
                raise SourceError(
                    PackError(
                        name, 1, 1, member, "the zip holds a symbolic link; it was not opened"
                    )
                )
        chosen = next((members[n] for n in ZIP_MEMBER_NAMES if n in members), None)
        if chosen is None:
            raise SourceError(
                PackError(name, 1, 1, "", "the zip has no pack.yaml at its top level")
            )
        if chosen.flag_bits & 0x1:
            raise SourceError(
                PackError(
                    name,
                    1,
                    1,
                    chosen.filename,
                    "the zip is password-protected; zip the pack without a password",
                )
            )
        if chosen.file_size > ZIP_RATIO_FLOOR and chosen.file_size > MAX_ZIP_RATIO * max(
            chosen.compress_size, 1
        ):
            raise SourceError(
                PackError(
                    name,
                    1,
                    1,
                    chosen.filename,
                    f"{chosen.filename} is compressed more than {MAX_ZIP_RATIO} times, "
                    "as a zip bomb is; it was not opened",
                )
            )
        try:
            with archive.open(chosen) as stream:
                # The declared size can lie: read at most one byte past the limit.
                data = stream.read(MAX_FILE_BYTES + 1)
        except (
            zipfile.BadZipFile,
            zlib.error,
            EOFError,
            NotImplementedError,
            RuntimeError,
        ) as error:
            raise SourceError(
                PackError(
                    name, 1, 1, chosen.filename, f"the zip is damaged ({error}); it was not opened"
                )
            ) from None
        if len(data) > MAX_FILE_BYTES:
            raise SourceError(
                PackError(name, 1, 1, chosen.filename, too_big(len(data), MAX_FILE_BYTES))
            )
        return data


def _refuse_ambiguous_members(name: str, members: list[str]) -> None:
    """Refuse a zip whose pack another tool could read differently: the same name twice (zip
    tools disagree on which copy wins), or a name that differs only in case or slashes, which
    unpack to one file on Windows, or two pack files."""
    seen: dict[str, str] = {}
    for member in members:
        folded = member.replace("\\", "/").casefold()
        if folded in seen:
            problem = (
                f"the zip holds {member} twice, and zip tools differ on which copy they show"
                if seen[folded] == member
                else f"the zip holds {seen[folded]} and {member}, which are one file on Windows"
            )
            raise SourceError(
                PackError(name, 1, 1, member, f"{problem}; zip the pack again. It was not opened")
            )
        seen[folded] = member
    packs = [member for member in ZIP_MEMBER_NAMES if member in members]
    if len(packs) > 1:
        raise SourceError(
            PackError(
                name,
                1,
                1,
                packs[1],
                f"the zip holds both {packs[0]} and {packs[1]}; keep one. It was not opened",
            )
        )


def decode(name: str, raw: bytes) -> str:
    """UTF-8 text (a byte-order mark is allowed); a clear error for anything else, and for
    more bytes than a pack may have, however they were read."""
    if len(raw) > MAX_FILE_BYTES:
        raise SourceError(PackError(name, 1, 1, "", too_big(len(raw), MAX_FILE_BYTES)))
    if not raw.strip():
        raise SourceError(PackError(name, 1, 1, "", "the file is empty"))
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise SourceError(
            PackError(name, 1, 1, "", "the file is UTF-16 text; save it as UTF-8 and retry")
        )
    if b"\x00" in raw[:8192]:
        raise SourceError(
            PackError(name, 1, 1, "", "this is a binary file, not a YAML or JSON pack")
        )
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        column = error.start - (raw.rfind(b"\n", 0, error.start) + 1) + 1
        raise SourceError(
            PackError(
                name, line, column, "", "the file is not UTF-8 text; save it as UTF-8 and retry"
            )
        ) from None


def parse(
    name: str,
    text: str,
    *,
    positions: bool = True,
    sections: Mapping[str, int] = SECTION_LIMITS,
) -> Document:
    """YAML (or JSON) text to a Document; raise SourceError on a syntax, safety or size problem.

    With ``positions=False`` the Document has no positions: the fast read for packs that turn
    out to have no problem. Every limit is checked either way, while reading. ``sections``: the
    lists under the root that may hold more than MAX_LIST_ITEMS, and the most each may hold (a
    pack's by default; another file read this way, such as an Espanso match file, has others).
    """
    if _JSON_START.match(text):
        document = _parse_json(name, text, positions, sections)
        if document is not None:
            return document
    return _read_events(name, text, positions=positions, json_mode=False, sections=sections)


# ---------------------------------------------------------------- JSON
#
# Plain JSON is read by the json module, at C speed, and its data is what a pack gets. The json
# module builds everything before anyone can count it, so it is only given a text whose values
# certainly fit in the limit; the YAML event reader below counts the others (JSON is YAML), and
# also places every problem: positions come from it, the data never does. libyaml refuses the
# \uD83D\uDE00 escapes that JSON writes for characters beyond U+FFFF; since only positions are
# taken from that read, such a pair is swapped for two plain escapes of the same length first.

_JSON_START = re.compile(r"[\ufeff \t\r\n]*\{")
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")
_SURROGATE_PAIR = re.compile(r"\\u[dD][89abAB][0-9a-fA-F]{2}\\u[dD][c-fC-F][0-9a-fA-F]{2}")
_SAME_LENGTH_PAIR = r"\\u0041\\u0041"


class _NotPlainJsonError(Exception):
    """What json.loads accepts but a pack may not hold: the event reader words it."""


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        raise _NotPlainJsonError
    return result


def _no_constants(_: str) -> Any:
    raise _NotPlainJsonError  # NaN, Infinity: not JSON, though Python's json reads them


def _bounded_int(literal: str) -> int:
    if len(literal) > MAX_NUMBER_CHARS:
        raise _NotPlainJsonError
    return int(literal)


def _bounded_float(literal: str) -> float:
    if len(literal) > MAX_NUMBER_CHARS:
        raise _NotPlainJsonError
    return float(literal)


def _value_bound(text: str) -> int:
    """At least the number of values and field names in a JSON text: every value after the
    first follows a comma or opens a list or object, and every field name is followed by a
    colon (counted inside strings too, so never too low)."""
    return 1 + text.count(",") + text.count("[") + text.count("{") + text.count(":")


def _parse_json(
    name: str, text: str, positions: bool, sections: Mapping[str, int]
) -> Document | None:
    """The Document of a JSON text, or None when it is not JSON (the YAML reader decides)."""
    escapes = _SURROGATE_ESCAPE.search(text) is not None
    for_events = _SURROGATE_PAIR.sub(_SAME_LENGTH_PAIR, text) if escapes else text
    if _value_bound(text) > MAX_VALUES:
        # Raises at the limit, having built no more than the limit allows.
        _read_events(name, for_events, positions=False, json_mode=True, sections=sections)
    try:
        data = json.loads(
            text,
            object_pairs_hook=_no_duplicates,
            parse_constant=_no_constants,
            parse_int=_bounded_int,
            parse_float=_bounded_float,
        )
    except _NotPlainJsonError:
        _place_json_problem(name, for_events, sections)
    except (ValueError, RecursionError):
        return None  # not JSON after all: the YAML reader words the problem
    if escapes and _has_lone_surrogate(data):
        _place_json_problem(name, for_events, sections)
    if isinstance(data, dict) and _over_a_section_limit(data, sections):
        _place_json_problem(name, for_events, sections)
    document = Document(data)
    if positions:
        placed = _read_events(name, for_events, positions=True, json_mode=True, sections=sections)
        document.positions = placed.positions
        document.key_positions = placed.key_positions
    return document


def _place_json_problem(name: str, text: str, sections: Mapping[str, int]) -> NoReturn:
    """Raise the SourceError the event reader finds for a problem json.loads has seen."""
    _read_events(name, text, positions=False, json_mode=True, sections=sections)
    raise SourceError(PackError(name, 1, 1, "", "the file could not be read as JSON"))


def _has_lone_surrogate(data: Any) -> bool:
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            if _SURROGATE.search(item):
                return True
        elif isinstance(item, dict):
            stack.extend(item)
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return False


def _over_a_section_limit(data: dict[str, Any], sections: Mapping[str, int]) -> bool:
    return any(
        isinstance(data.get(section), list) and len(data[section]) > most
        for section, most in sections.items()
    )


# ---------------------------------------------------------------- the event reader
#
# YAML is read from the parser's event stream, libyaml's where PyYAML has it (several times
# faster), PyYAML's own otherwise; each event is checked before anything is built from it, so a
# file beyond a limit is refused when the limit is reached, whatever the size of the rest.

_C_LOADER: Any = yaml.CSafeLoader if yaml.__with_libyaml__ else None

_TAG = "tag:yaml.org,2002:"
_STR, _INT, _FLOAT, _BOOL, _NULL = (_TAG + kind for kind in ("str", "int", "float", "bool", "null"))
# The explicit tags a pack may use. A date is read as the text written (a pack has no dates),
# so !!timestamp is not needed; !!binary, !!set, !!omap, !!pairs and every other tag build
# values no pack field holds, and python/ tags run code: all are refused.
_ALLOWED_TAGS = {_STR, _INT, _FLOAT, _BOOL, _NULL}
_KIND_NAMES = {_INT: "a whole number", _FLOAT: "a number", _BOOL: "true or false", _NULL: "empty"}
_JSON_CONSTANTS = frozenset({"NaN", "Infinity", "-Infinity"})
_PLAIN = (True, False)  # how the parser marks a plain (unquoted) scalar for the resolver

_SURROGATE = re.compile("[\ud800-\udfff]")
# YAML's printable characters (YAML 1.1, section 5.1); the parsers refuse the others.
_NOT_PRINTABLE = re.compile(
    "[^\x09\x0a\x0d\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]"
)


_RESOLVER: Any = yaml.resolver.Resolver()  # the resolver both loaders above use


def reads_as_text(text: str) -> bool:
    """Whether ``text`` written plain (unquoted) is plain text to the resolver packs are read
    with (YAML 1.1): not ``no``, ``~``, ``12:30`` or ``0x1F``, which it reads as true or false,
    empty or a number, nor a date, which a pack keeps as written but other readers do not."""
    return bool(_RESOLVER.resolve(yaml.ScalarNode, text, _PLAIN) == _STR)


def reads_back_plain(text: str, *, in_flow: bool) -> bool:
    """Whether ``text`` written plain (unquoted) where a pack holds it, in a block or inside a
    flow list (``[a, b]``), reads back as that same text: a text in the sense of
    reads_as_text, and syntax that YAML 1.1 reads as 1.2 does. (The pack editor writes with
    ruamel.yaml, YAML 1.2, which writes ``[?x, :y]`` plain; YAML 1.1 reads a ``?`` or ``:``
    opening a text inside brackets as a key, and packs are read with 1.1.) Asked of the
    reader itself, on a document of that one text in that place."""
    if not reads_as_text(text):
        return False
    document = f"[{text}]" if in_flow else f"- {text}"
    try:
        read = yaml.load(document, Loader=_C_LOADER or yaml.SafeLoader)  # noqa: S506 - safe
    except yaml.YAMLError:
        return False
    return bool(read == [text])


def _read_events(
    name: str, text: str, *, positions: bool, json_mode: bool, sections: Mapping[str, int]
) -> Document:
    """Read ``text`` event by event into a Document; raise SourceError on the first problem.

    ``json_mode``: the text is JSON that json.loads read or refused; refuse what it refused
    (NaN, Infinity) as well as what every pack is refused.
    """
    loader: Any = None
    reader: _Reader | None = None
    try:
        loader = _C_LOADER(text) if _C_LOADER is not None else yaml.SafeLoader(text)
        reader = _Reader(name, loader, positions, json_mode, sections)
        document = reader.read()
    except yaml.MarkedYAMLError as error:
        failed_at = reader.failed_at if reader is not None else ""
        raise _stopped(reader, _syntax_error(name, text, error, failed_at)) from None
    except yaml.reader.ReaderError as error:
        raise _stopped(reader, _reader_error(name, text, error)) from None
    except yaml.YAMLError as error:
        raise _stopped(reader, PackError(name, 1, 1, "", f"YAML syntax error: {error}")) from None
    except SourceError as error:  # a limit, a tag, an alias: the reading stopped there
        raise _stopped(reader, error.error) from None
    finally:
        if loader is not None:
            loader.dispose()
    if reader.twice:
        raise SourceError(reader.twice[0], reader.twice[1:])
    return document


def _stopped(reader: _Reader | None, problem: PackError) -> SourceError:
    """The error for a reading stopped by ``problem``: the fields given twice before it, then
    ``problem``."""
    twice = reader.twice if reader is not None else []
    return SourceError(twice[0], [*twice[1:], problem]) if twice else SourceError(problem)


def _syntax_error(name: str, text: str, error: yaml.MarkedYAMLError, path: str) -> PackError:
    mark = error.problem_mark or error.context_mark
    line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    problem = error.problem or error.context or "syntax error"
    if error.context and error.problem and error.problem.startswith("but "):
        problem = f"{error.context}, {error.problem}"
    if problem == "found character that cannot start any token":  # libyaml's words
        problem = f"found character {_char_at(text, line, column)!r} that cannot start any token"
    elif problem == "exceeded maximum nesting depth":  # libyaml looks ahead past our limit
        return PackError(name, line, column, "", f"nested too deeply (limit {MAX_DEPTH} levels)")
    elif "invalid Unicode character escape" in problem:  # libyaml: a surrogate, as in \uD800
        return PackError(name, line, column, path, _SURROGATE_MESSAGE)
    return PackError(name, line, column, "", f"YAML syntax error: {problem}")


def _reader_error(name: str, text: str, error: yaml.reader.ReaderError) -> PackError:
    # libyaml counts the position in bytes: find the character in the text instead.
    found = _NOT_PRINTABLE.search(text)
    position = found.start() if found else min(max(error.position, 0), len(text))
    line = text.count("\n", 0, position) + 1
    column = position - (text.rfind("\n", 0, position) + 1) + 1
    code = ord(found.group()) if found else error.character
    return PackError(
        name,
        line,
        column,
        "",
        f"the invisible control character {_code(code)} cannot be used in a pack; delete it",
    )


def _char_at(text: str, line: int, column: int) -> str:
    start = 0
    for _ in range(line - 1):
        start = text.find("\n", start) + 1
    return text[start + column - 1 : start + column] or "?"


_SURROGATE_MESSAGE = (
    "an escape such as \\uD800 stands for half of a UTF-16 surrogate pair, which is not a "
    "character; write the character itself"
)


class _Reader:
    """Builds plain data (dicts, lists, text, numbers, true/false, None) from parser events."""

    def __init__(
        self, name: str, loader: Any, positions: bool, json_mode: bool, sections: Mapping[str, int]
    ) -> None:
        self.name = name
        self.sections = sections
        self.loader = loader
        self.positions = positions
        self.json_mode = json_mode
        self.document = Document(data=None)
        # The enclosing collections, innermost last, each with the most items it may hold.
        self.frames: list[tuple[Any, int]] = []
        self.path: list[str | int] = []
        self.values = 0
        self.keys: dict[str, str] = {}  # each field name once, not once per phrase
        self.twice: list[PackError] = []  # the fields given twice so far, in file order
        self.failed_at = ""  # the path being read when the parser found a problem

    def read(self) -> Document:
        get_event = self.loader.get_event
        get_event()  # StreamStartEvent
        if isinstance(get_event(), yaml.StreamEndEvent):  # else the DocumentStartEvent
            raise SourceError(PackError(self.name, 1, 1, "", "the file is empty"))
        container: Any = None  # the collection being filled; None around the root value
        key: str | None = None  # in a mapping: the key whose value comes next
        most = MAX_LIST_ITEMS  # the most items the list being filled may hold
        frames = self.frames
        path = self.path
        where = self.document.positions if self.positions else None
        keys = self.keys
        resolve = self.loader.resolve
        resolved: dict[str, str] = {}
        json_mode = self.json_mode
        # libyaml refuses an escape that makes a surrogate; PyYAML's parser needs a look.
        escapes_checked = _C_LOADER is not None and isinstance(self.loader, _C_LOADER)
        try:
            while True:
                event = get_event()
                kind = type(event)
                if kind is yaml.ScalarEvent:
                    # Most scalars are untagged text: read here; the rest, and every problem,
                    # by the methods below.
                    text = event.value
                    usual = (
                        event.tag is None
                        and event.anchor is None
                        and len(text) <= MAX_TEXT_CHARS
                        and (escapes_checked or event.style != '"')
                    )
                    if key is None and type(container) is dict:
                        if usual and text not in container and text != "<<" and where is None:
                            key = keys.setdefault(text, text)
                        else:
                            key = self._key(event, container)
                        self.values += 1
                        continue
                    if not usual:
                        value = self._scalar(event, container, key)
                    elif not event.implicit[0]:
                        value = text  # quoted
                    else:
                        tag = resolved.get(text)
                        if tag is None:
                            tag = resolve(yaml.ScalarNode, text, _PLAIN)
                            if len(resolved) < 4096:  # categories, references, tags repeat
                                resolved[text] = tag
                        if json_mode or tag != _STR:
                            value = self._scalar(event, container, key)
                        else:
                            value = text
                elif kind is yaml.MappingStartEvent or kind is yaml.SequenceStartEvent:
                    if (
                        event.tag is None
                        and event.anchor is None
                        and len(frames) <= MAX_DEPTH
                        and (key is not None or type(container) is not dict)
                    ):
                        value = {} if kind is yaml.MappingStartEvent else []
                    else:
                        value = self._collection(event, container, key)
                elif kind is yaml.MappingEndEvent or kind is yaml.SequenceEndEvent:
                    container, most = frames.pop()
                    if container is not None:
                        path.pop()
                    key = None
                    continue
                elif kind is yaml.DocumentEndEvent:
                    after = get_event()
                    if not isinstance(after, yaml.StreamEndEvent):
                        raise self._error(
                            after,
                            "",
                            "expected a single document in the stream, but found another document",
                        )
                    return self.document
                else:  # an alias: every other event is handled above
                    raise self._error(event, self._where(container, key), _ANCHORS)
                self.values += 1
                if self.values > MAX_VALUES:
                    raise self._error(
                        event,
                        self._where(container, key),
                        f"the pack holds more than {MAX_VALUES} values and field names; the "
                        f"limit is {MAX_VALUES}; split the pack",
                    )
                place: str | int | None
                if type(container) is list:
                    place = len(container)
                    if place >= most:
                        raise self._error(event, format_path(tuple(path)), self._too_many(most))
                    container.append(value)
                elif type(container) is dict:
                    place = key
                    container[key] = value
                    key = None
                else:
                    place = None
                    self.document.data = value
                if where is not None:
                    mark = event.start_mark
                    at = tuple(path) if place is None else (*path, place)
                    where[at] = (mark.line + 1, mark.column + 1)
                if type(value) is dict or type(value) is list:
                    frames.append((container, most))
                    if container is not None:
                        path.append(place)  # type: ignore[arg-type]
                    # The sections (the lists right under the root) have limits of their own.
                    most = MAX_LIST_ITEMS
                    if len(frames) == 2 and isinstance(place, str):
                        most = self.sections.get(place, MAX_LIST_ITEMS)
                    container = value
        except yaml.MarkedYAMLError:
            self.failed_at = self._where(container, key)
            raise

    def _too_many(self, most: int) -> str:
        if len(self.path) == 1 and self.path[0] in self.sections:
            return (
                f"the pack has more than {most} {self.path[0]}; the limit is {most}; split the pack"
            )
        return f"has more than {most} items; the limit for a list is {most}"

    def _collection(self, event: Any, container: Any, key: str | None) -> Any:
        if event.anchor is not None:
            raise self._error(event, self._where(container, key), _ANCHORS)
        if key is None and type(container) is dict:
            raise self._error(event, self._where(container, None), "keys must be plain names")
        mapping = isinstance(event, yaml.MappingStartEvent)
        if event.tag not in (None, "!", _TAG + ("map" if mapping else "seq")):
            raise self._error(event, self._where(container, key), _tag_message(event.tag))
        if len(self.frames) > MAX_DEPTH:
            raise self._error(
                event, self._where(container, key), f"nested too deeply (limit {MAX_DEPTH} levels)"
            )
        return {} if mapping else []

    def _key(self, event: Any, mapping: dict[str, Any]) -> str:
        text = event.value
        if event.anchor is not None:
            raise self._error(event, self._where(mapping, None), _ANCHORS)
        if event.tag not in (None, "!", _STR):
            raise self._error(event, self._where(mapping, None), _tag_message(event.tag))
        if text == "<<" and event.implicit[0]:  # YAML's merge key
            raise self._error(event, self._where(mapping, None), "keys must be plain names")
        self._check_text(event, text, mapping, None)
        if text in mapping:
            # Noted, and read on (the second value replaces the first: the file is refused),
            # so that every field given twice is reported, not only the first.
            path = format_path((*self.path, text))
            twice = self._error(event, path, f"the field '{shown(text)}' appears twice")
            if len(self.twice) + 1 >= MAX_TWICE:
                raise twice
            self.twice.append(twice.error)
        key = self.keys.setdefault(text, text)
        if self.positions:
            mark = event.start_mark
            self.document.key_positions[(*self.path, key)] = (mark.line + 1, mark.column + 1)
        return key

    def _scalar(self, event: Any, container: Any, key: str | None) -> Any:
        text: str = event.value
        tag = event.tag
        if event.anchor is not None:
            raise self._error(event, self._where(container, key), _ANCHORS)
        if tag is None or tag == "!":
            if not event.implicit[0]:  # quoted: always text
                self._check_text(event, text, container, key)
                return text
            if self.json_mode:
                return self._json_literal(event, text, container, key)
            tag = reads_as = self.loader.resolve(yaml.ScalarNode, text, _PLAIN)
            if tag == _STR:
                self._check_text(event, text, container, key)
                return text
        elif tag not in _ALLOWED_TAGS:
            raise self._error(event, self._where(container, key), _tag_message(tag))
        elif tag == _STR:
            self._check_text(event, text, container, key)
            return text
        else:
            # An explicit !!int, !!float, !!bool or !!null: the text must read as one by itself.
            reads_as = self.loader.resolve(yaml.ScalarNode, text, _PLAIN)
            if reads_as != tag and not (tag == _FLOAT and reads_as == _INT):
                short = tag.replace(_TAG, "!!")
                raise self._error(
                    event,
                    self._where(container, key),
                    f"'{shown(text)}' is not {_KIND_NAMES[tag]}, as its tag {short} says",
                )
        if tag in (_INT, _FLOAT):
            self._check_number(event, text, container, key)
            node = yaml.ScalarNode(reads_as, text)
            if reads_as == _INT:  # also !!float 0x1F: YAML 1.1's int forms, then a float
                number = self.loader.construct_yaml_int(node)
                return number if tag == _INT else float(number)
            return self.loader.construct_yaml_float(node)
        if tag == _BOOL:
            return self.loader.construct_yaml_bool(yaml.ScalarNode(tag, text))
        if tag == _NULL:
            return None
        # Anything else YAML 1.1 reads into a plain word (a date such as 2024-02-30, '=', '<<')
        # is the text the author wrote.
        self._check_text(event, text, container, key)
        return text

    def _json_literal(self, event: Any, text: str, container: Any, key: str | None) -> Any:
        if text in _JSON_CONSTANTS:
            raise self._error(
                event,
                self._where(container, key),
                f"{text} is not a number JSON allows; write a number",
            )
        self._check_number(event, text, container, key)
        return text  # json.loads builds the value; this read only places problems

    def _check_text(self, event: Any, text: str, container: Any, key: str | None) -> None:
        if len(text) > MAX_TEXT_CHARS:
            raise self._error(
                event,
                self._where(container, key),
                f"this text is {len(text):,} characters long; the limit for any text in a pack "
                f"is {MAX_TEXT_CHARS:,}",
            )
        # Only PyYAML's own parser lets an escape make one (libyaml refuses it).
        if event.style == '"' and _SURROGATE.search(text):
            raise self._error(event, self._where(container, key), _SURROGATE_MESSAGE)

    def _check_number(self, event: Any, text: str, container: Any, key: str | None) -> None:
        if len(text) > MAX_NUMBER_CHARS:
            raise self._error(
                event,
                self._where(container, key),
                f"a number of {len(text):,} characters is too long (the limit is "
                f"{MAX_NUMBER_CHARS}); put it in quotes if it is meant as text",
            )

    def _where(self, container: Any, key: str | None) -> str:
        """The path of the value about to be read into ``container``, for a message."""
        if type(container) is dict and key is not None:
            return format_path((*self.path, key))
        if type(container) is list:
            return format_path((*self.path, len(container)))
        return format_path(tuple(self.path))

    def _error(self, event: Any, path: str, message: str) -> SourceError:
        mark = event.start_mark
        return SourceError(PackError(self.name, mark.line + 1, mark.column + 1, path, message))


_ANCHORS = "anchors and aliases ('&' and '*') are not allowed in packs"


def _tag_message(tag: str) -> str:
    short = tag.replace(_TAG, "!!")
    return (
        f"the tag {shown(short)} is not allowed: a pack holds only text, numbers, true or "
        "false, lists and fields"
    )


def _code(character: object) -> str:
    number = character if isinstance(character, int) else ord(str(character)[:1] or "?")
    return f"U+{number:04X}"
