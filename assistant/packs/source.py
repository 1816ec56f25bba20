"""Reading a pack file into plain data, with the line and column of every value.

Only YAML's safe subset is read: tags such as ``!!python/object`` are refused, never executed;
anchors and aliases are refused, which also disarms "billion laughs" alias bombs; nesting is
bounded. JSON files are read by the same parser (JSON is YAML), so positions work for both.
"""

from __future__ import annotations

import io
import json
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from assistant.packs.errors import PackError, format_path

MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_DEPTH = 20
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


class SourceError(Exception):
    def __init__(self, error: PackError) -> None:
        super().__init__(str(error))
        self.error = error


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
    if path.suffix.lower() == ".zip" or raw.startswith(b"PK\x03\x04"):
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
        members = {info.filename: info for info in archive.infolist()}
        for info in archive.infolist():
            member = info.filename
            if member.startswith(("/", "\\")) or ".." in member.replace("\\", "/").split("/"):
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
        if chosen.file_size > MAX_FILE_BYTES:
            raise SourceError(PackError(name, 1, 1, chosen.filename, _too_big(chosen.file_size)))
        with archive.open(chosen) as stream:
            # The declared size can lie: read at most one byte past the limit.
            data = stream.read(MAX_FILE_BYTES + 1)
        if len(data) > MAX_FILE_BYTES:
            raise SourceError(PackError(name, 1, 1, chosen.filename, _too_big(len(data))))
        return data


def decode(name: str, raw: bytes) -> str:
    """UTF-8 text (a byte-order mark is allowed); a clear error for anything else."""
    if not raw.strip():
        raise SourceError(PackError(name, 1, 1, "", "the file is empty"))
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


def parse(name: str, text: str) -> Document:
    """YAML (or JSON) text to a Document; raise SourceError on a syntax or safety problem."""
    loader = yaml.SafeLoader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            raise SourceError(PackError(name, 1, 1, "", "the file is empty"))
        document = Document(data=None)
        document.data = _build(name, loader, node, (), document, set(), 0)
        return document
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        problem = error.problem or error.context or "syntax error"
        raise SourceError(
            PackError(name, line, column, "", f"YAML syntax error: {problem}")
        ) from None
    except yaml.YAMLError as error:
        raise SourceError(PackError(name, 1, 1, "", f"YAML syntax error: {error}")) from None
    except RecursionError:
        raise SourceError(
            PackError(name, 1, 1, "", f"the file is nested too deeply (limit {MAX_DEPTH} levels)")
        ) from None
    finally:
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
        raise SourceError(PackError(name, line, column, "", f"the tag {node.tag} is not allowed"))
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


_SAFE_TAGS = {"str", "int", "float", "bool", "null", "timestamp", "binary"}


def _check_tag(name: str, node: yaml.Node, kind: str) -> None:
    if node.tag != f"tag:yaml.org,2002:{kind}":
        line, column = node.start_mark.line + 1, node.start_mark.column + 1
        raise SourceError(PackError(name, line, column, "", f"the tag {node.tag} is not allowed"))
