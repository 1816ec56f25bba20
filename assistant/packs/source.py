"""Reading a pack file into plain data, with the line and column of every value.

Only YAML's safe subset is read: tags such as ``!!python/object`` are refused, never executed;
anchors and aliases are refused, which also disarms "billion laughs" alias bombs; nesting is
bounded. JSON files are read by the same parser (JSON is YAML), so positions work for both.
"""

from __future__ import annotations

import io
import json
import re
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from assistant.packs.errors import PackError, format_path
from assistant.packs.errors import SourceError as SourceError  # raised here; its home is errors.py

MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_DEPTH = 20
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
    """The pack text of a file: the file itself, or pack.yaml inside a .zip."""
    name = str(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise SourceError(PackError(name, 1, 1, "", "file not found")) from None
    except OSError as error:
        raise SourceError(PackError(name, 1, 1, "", f"cannot read: {error.strerror}")) from None
    if path.is_dir():
        raise SourceError(PackError(name, 1, 1, "", "is a folder, not a pack file"))
    if size > MAX_FILE_BYTES:
        raise SourceError(PackError(name, 1, 1, "", _too_big(size)))
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise SourceError(PackError(name, 1, 1, "", f"cannot read: {error.strerror}")) from None
    return unpack(name, raw)


def unpack(name: str, raw: bytes) -> bytes:
    """The pack text in a file's bytes: the bytes themselves, or pack.yaml inside a .zip.
    Raises SourceError for a zip that is not a pack (see the limits above)."""
    if name.lower().endswith(".zip") or raw.startswith(b"PK\x03\x04"):
        return _read_zip(name, raw)
    return raw


def _too_big(size: int) -> str:
    return (
        f"the file is {size / 1048576:.1f} MB; the limit for a pack is "
        f"{MAX_FILE_BYTES // 1048576} MB. Split it into several packs"
    )


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
            raise SourceError(PackError(name, 1, 1, chosen.filename, _too_big(len(data))))
        return data


def decode(name: str, raw: bytes) -> str:
    """UTF-8 text (a byte-order mark is allowed); a clear error for anything else."""
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


class _NotPlainJsonError(Exception):
    pass


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        raise _NotPlainJsonError
    return result


def _no_constants(_: str) -> Any:
    raise _NotPlainJsonError


def parse_json_fast(text: str) -> Any | None:
    """The data of a plain JSON pack read at C speed, without positions; None when the text is
    not JSON or has anything ``parse`` would comment on (duplicate keys, NaN, deep nesting).

    Positions are only needed to point at problems, so a caller reparses with ``parse`` when
    this returns None or when the data turns out to have problems.
    """
    if not text.lstrip("\ufeff \t\r\n").startswith("{"):
        return None
    try:
        return json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_no_constants)
    except (ValueError, _NotPlainJsonError, RecursionError):
        return None


_FastLoader: Any = getattr(yaml, "CSafeLoader", None)
_DEEP_INDENT = re.compile(r"^[ \t?:-]{120,}", re.MULTILINE)
_NOT_BRACKETS = re.compile(r"[^\[\]{}]+")


def _shallow(text: str) -> bool:
    """True when the text certainly nests too little to strain libyaml's recursive C composer.

    Conservative: brackets inside quoted text count too; a False only means the slower Python
    parser (which turns deep nesting into a clean error) reads the file instead.
    """
    if _DEEP_INDENT.search(text):
        return False
    depth = 0
    for bracket in _NOT_BRACKETS.sub("", text):
        depth += 1 if bracket in "[{" else -1
        if depth > 4 * MAX_DEPTH:
            return False
    return True


def _compose(text: str) -> tuple[Any, Any]:
    """The node tree and the loader that made it: libyaml when the file is well-formed and
    shallow (several times faster), else PyYAML's Python parser, whose errors are reported."""
    if _FastLoader is not None and _shallow(text):
        fast = _FastLoader(text)
        try:
            return fast.get_single_node(), fast
        except yaml.YAMLError:
            fast.dispose()  # the Python parser below words the problem (as it always has)
    loader = yaml.SafeLoader(text)  # checks every character first (ReaderError)
    return loader.get_single_node(), loader


def parse(name: str, text: str) -> Document:
    """YAML (or JSON) text to a Document; raise SourceError on a syntax or safety problem."""
    loader: Any = None
    try:
        node, loader = _compose(text)
        if node is None:
            raise SourceError(PackError(name, 1, 1, "", "the file is empty"))
        document = Document(data=None)
        document.data = _build(name, loader, node, (), document, set(), 0)
        return document
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        problem = error.problem or error.context or "syntax error"
        if error.context and error.problem and error.problem.startswith("but "):
            problem = f"{error.context}, {error.problem}"
        raise SourceError(
            PackError(name, line, column, "", f"YAML syntax error: {problem}")
        ) from None
    except yaml.reader.ReaderError as error:
        line = text.count("\n", 0, error.position) + 1
        column = error.position - (text.rfind("\n", 0, error.position) + 1) + 1
        raise SourceError(
            PackError(
                name,
                line,
                column,
                "",
                f"the invisible control character {_code(error.character)} "
                "cannot be used in a pack; delete it",
            )
        ) from None
    except yaml.YAMLError as error:
        raise SourceError(PackError(name, 1, 1, "", f"YAML syntax error: {error}")) from None
    except RecursionError:
        raise SourceError(
            PackError(name, 1, 1, "", f"the file is nested too deeply (limit {MAX_DEPTH} levels)")
        ) from None
    finally:
        if loader is not None:
            loader.dispose()


def _build(
    name: str,
    loader: yaml.SafeLoader,
    node: yaml.Node,
    path: PathKey,
    document: Document,
    seen: set[int],
    depth: int,
) -> Any:
    line, column = node.start_mark.line + 1, node.start_mark.column + 1
    if depth > MAX_DEPTH:
        raise SourceError(
            PackError(name, line, column, "", f"nested too deeply (limit {MAX_DEPTH} levels)")
        )
    if id(node) in seen:
        raise SourceError(
            PackError(
                name, line, column, "", "anchors and aliases ('&' and '*') are not allowed in packs"
            )
        )
    if isinstance(node, yaml.MappingNode | yaml.SequenceNode):
        seen.add(id(node))
    document.positions[path] = (line, column)
    if isinstance(node, yaml.ScalarNode):
        if node.tag.startswith("tag:yaml.org,2002:") and node.tag.rsplit(":", 1)[1] in _SAFE_TAGS:
            return loader.construct_object(node)
        raise SourceError(PackError(name, line, column, "", _tag_message(node.tag)))
    if isinstance(node, yaml.SequenceNode):
        _check_tag(name, node, "seq")
        return [
            _build(name, loader, item, (*path, index), document, seen, depth + 1)
            for index, item in enumerate(node.value)
        ]
    if isinstance(node, yaml.MappingNode):
        _check_tag(name, node, "map")
        result: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            key_line, key_col = key_node.start_mark.line + 1, key_node.start_mark.column + 1
            if (
                not isinstance(key_node, yaml.ScalarNode)
                or key_node.tag == "tag:yaml.org,2002:merge"
            ):
                raise SourceError(
                    PackError(name, key_line, key_col, "", "keys must be plain names")
                )
            key = str(key_node.value)
            if key in result:
                raise SourceError(
                    PackError(
                        name,
                        key_line,
                        key_col,
                        format_path((*path, key)),
                        f"the field '{key}' appears twice",
                    )
                )
            document.key_positions[(*path, key)] = (key_line, key_col)
            result[key] = _build(name, loader, value_node, (*path, key), document, seen, depth + 1)
        return result
    raise SourceError(PackError(name, line, column, "", "unsupported YAML content"))


def _tag_message(tag: str) -> str:
    shown = tag.replace("tag:yaml.org,2002:", "!!")
    return f"the tag {shown} is not allowed: a pack holds only text, numbers, lists and fields"


def _code(character: object) -> str:
    number = character if isinstance(character, int) else ord(str(character)[:1] or "?")
    return f"U+{number:04X}"


_SAFE_TAGS = {"str", "int", "float", "bool", "null", "timestamp", "binary"}


def _check_tag(name: str, node: yaml.Node, kind: str) -> None:
    if node.tag != f"tag:yaml.org,2002:{kind}":
        line, column = node.start_mark.line + 1, node.start_mark.column + 1
        raise SourceError(PackError(name, line, column, "", _tag_message(node.tag)))
