"""Saving an edited pack into the hand-written YAML it came from, keeping what the editor did
not change: comments, key order, quoting, flow lists, block text, indentation.

The pack editor edits plain data (fast to copy and check: ruamel's round-trip objects are about
a hundred times slower to copy). On save, the file's original text is read with ruamel.yaml in
round-trip mode, the edited data is merged into that tree (a value the editor did not change is
not touched; a changed one keeps the style of the one it replaces; a new field goes where the
format puts it), and the tree is written back. Everywhere else packs are read with PyYAML.

YAML 1.1 and 1.2 disagree about a few plain words (``yes``, ``on``, ``010``): the editor's
data is what the program reads (PyYAML, 1.1), so such a value is written in its 1.2 spelling
(``true``, ``8``), which every reader understands the same way. The other way round, ruamel
writes the text ``no``, ``~`` or ``12:30`` bare (text in 1.2), which the program would read as
false, empty or 750: every text goes into the tree through ``_text``, which quotes it then.
"""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import YAMLError
from ruamel.yaml.scalarstring import (
    DoubleQuotedScalarString,
    FoldedScalarString,
    LiteralScalarString,
    SingleQuotedScalarString,
)
from ruamel.yaml.util import load_yaml_guess_indent

from assistant.packs.export import (
    CAMPAIGN_KEYS,
    HOLD_KEYS,
    PACK_KEYS,
    PERSONA_KEYS,
    PHRASE_KEYS,
    STEP_KEYS,
)
from assistant.packs.source import reads_back_plain

Key = str | int


class RoundTripError(Exception):
    """The original text cannot be read in round-trip mode (it was changed meanwhile)."""


@dataclass(frozen=True)
class Layout:
    """How the original file indents: kept for what the editor adds."""

    mapping: int = 2
    sequence: int = 4
    offset: int = 2


def field_order(path: Sequence[Key]) -> tuple[str, ...]:
    """The format's field order of the mapping at ``path`` (``()`` for the pack itself)."""
    names = tuple(part for part in path if isinstance(part, str))
    if not names:
        return PACK_KEYS
    return {
        ("campaigns",): CAMPAIGN_KEYS,
        ("campaigns", "hold"): HOLD_KEYS,
        ("campaigns", "call_flow"): STEP_KEYS,
        ("personas",): PERSONA_KEYS,
        ("phrases",): PHRASE_KEYS,
    }.get(names, ())


def _yaml(layout: Layout) -> YAML:
    yaml = YAML(typ="rt")
    yaml.preserve_quotes = True
    yaml.width = 4096  # long lines stay on one line, as they were written
    yaml.indent(mapping=layout.mapping, sequence=layout.sequence, offset=layout.offset)
    return yaml


def _load(text: str) -> tuple[Any, Layout]:
    try:
        _data, indent, offset = load_yaml_guess_indent(text)
    except YAMLError as error:
        raise RoundTripError(str(error)) from None
    indent = indent or 2
    offset = offset or 0
    mapping = indent - offset if indent > offset else indent
    layout = Layout(mapping=mapping, sequence=max(indent, offset + 2), offset=offset)
    try:
        return _yaml(layout).load(text), layout
    except YAMLError as error:
        raise RoundTripError(str(error)) from None


def plain(value: Any) -> Any:
    """``value`` as plain Python data (dict, list, str, int, ...), styles and comments gone."""
    if isinstance(value, Mapping):
        return {plain(k): plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [plain(v) for v in value]
    if isinstance(value, bool):
        return bool(value)
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        return float(value)
    if isinstance(value, str):
        return str(value)
    return value


def merge_into_text(text: str, data: dict[str, Any]) -> str:
    """``text`` (a YAML pack) with its content replaced by ``data``, keeping every comment,
    the key order and the style of what did not change. Raises RoundTripError when ``text``
    cannot be read."""
    tree, layout = _load(text)
    if plain(tree) == data:
        return text  # nothing changed: not even the spacing may
    if not isinstance(tree, CommentedMap):
        tree = CommentedMap()
    _merge_map(tree, data, ())
    out = io.StringIO()
    _yaml(layout).dump(tree, out)
    return out.getvalue()


def _empty(value: Any) -> bool:
    return value is None or value == "" or value == [] or value == {}


def _merge_map(node: CommentedMap, data: Mapping[str, Any], path: tuple[Key, ...]) -> None:
    for key in [k for k in node if k not in data or _empty(data[k])]:
        del node[key]
    order = field_order(path)
    for key, value in data.items():
        if _empty(value):
            continue
        if key in node:
            node[key] = _merged(node[key], value, (*path, key))
        else:
            node.insert(_position(node, key, order), key, _fresh(value))


def _position(node: CommentedMap, key: str, order: tuple[str, ...]) -> int:
    """Where a new field goes: after the last present field that comes before it in the
    format; at the end for a field the format does not know."""
    if key not in order:
        return len(node)
    before = set(order[: order.index(key)])
    keys = list(node)
    last = max((i for i, k in enumerate(keys) if k in before), default=-1)
    return last + 1


def _merged(old: Any, new: Any, path: tuple[Key, ...]) -> Any:
    if plain(old) == new:
        return old  # untouched: its bytes stay as they were
    if isinstance(old, CommentedMap) and isinstance(new, Mapping):
        _merge_map(old, new, path)
        return old
    if isinstance(old, CommentedSeq) and isinstance(new, list):
        return _merged_seq(old, new, path)
    return _styled_like(old, new)


def _identity(item: Any) -> Any:
    """What names an item of a list across moves: its id (or step text)."""
    if isinstance(item, Mapping):
        return item.get("id") or item.get("step")
    return None


def _merged_seq(old: CommentedSeq, new: list[Any], path: tuple[Key, ...]) -> CommentedSeq:
    # Item by item when none was added, removed or moved: an item whose name (id or step)
    # changed where it stands, to one no other item had, is that item renamed, and keeps its
    # comments and its one-line form.
    old_names = {_identity(o) for o in old} - {None}
    new_names = {_identity(n) for n in new} - {None}
    same_shape = len(old) == len(new) and all(
        _identity(o) == _identity(n)
        or (_identity(o) not in new_names and _identity(n) not in old_names)
        for o, n in zip(old, new, strict=True)
    )
    if same_shape:
        for index, value in enumerate(new):
            old[index] = _merged(old[index], value, (*path, index))
        return _in_flow(old) if old.fa.flow_style() else old
    # Items added, removed or moved: each keeps its own comments where it can be found again.
    unused = list(old)
    out = CommentedSeq()
    for index, value in enumerate(new):
        match = next(
            (o for o in unused if _identity(o) is not None and _identity(o) == _identity(value)),
            None,
        )
        if match is None and not isinstance(value, Mapping):
            match = next((o for o in unused if plain(o) == value), None)
        if match is not None:
            unused.remove(match)
            out.append(_merged(match, value, (*path, index)))
        else:
            out.append(_fresh(value))
    return _in_flow(out) if old.fa.flow_style() else out


def _styled_like(old: Any, new: Any) -> Any:
    """``new`` written the way ``old`` was: quoted, as a block of text, as a flow list."""
    if isinstance(new, str):
        if isinstance(old, LiteralScalarString | FoldedScalarString) and "\n" in new.strip():
            return LiteralScalarString(new) if isinstance(old, LiteralScalarString) else new
        if isinstance(old, DoubleQuotedScalarString):
            return DoubleQuotedScalarString(new)
        if isinstance(old, SingleQuotedScalarString):
            return SingleQuotedScalarString(new)
        return _text(new)
    if isinstance(new, list):
        seq = _fresh(new)
        if isinstance(old, CommentedSeq) and old.fa.flow_style():
            _in_flow(seq)
        return seq
    return _fresh(new)


def _fresh(value: Any) -> Any:
    """Plain data as round-trip nodes (block style, as the format's example writes it)."""
    if isinstance(value, Mapping):
        node = CommentedMap()
        for key, item in value.items():
            if not _empty(item):
                node[key] = _fresh(item)
        return node
    if isinstance(value, list):
        seq = CommentedSeq(_fresh(item) for item in value)
        # Short lists of words read best on one line, as people write them ([a, b]).
        words = all(isinstance(item, str) and "\n" not in item for item in value)
        if value and words and sum(len(item) for item in value) < 60:
            _in_flow(seq)
        return seq
    if isinstance(value, str):
        if "\n" in value.strip() and "\r" not in value:
            return LiteralScalarString(value)
        return _text(value)
    return value


def _text(value: str, *, in_flow: bool = False) -> str:
    """``value`` as the tree holds a text written on one line: quoted when the program would
    not read it back bare as that same text (``no``, ``~``, ``12:30``; see the module's note;
    ``?x`` in a flow list). A block of text (``|``) is always read as text and needs no
    quotes."""
    if reads_back_plain(value, in_flow=in_flow):
        return value
    quoted: str = SingleQuotedScalarString(value)
    return quoted


def _in_flow(seq: CommentedSeq) -> CommentedSeq:
    """``seq`` written as a flow list (``[a, b]``), its bare texts quoted where they would not
    read back bare inside brackets."""
    seq.fa.set_flow_style()
    for index, item in enumerate(seq):
        if type(item) is str:  # bare: not already quoted, nor a block of text
            quoted = _text(item, in_flow=True)
            if quoted is not item:
                seq[index] = quoted
    return seq
