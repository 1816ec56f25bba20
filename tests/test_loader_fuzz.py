"""Fuzzing the pack loader: whatever bytes arrive (by hand, from the share, inside a zip), the
loader gives a valid pack or PackErrors that name the file, a line and a column, and never
raises anything else.

The budget is bounded (a few hundred examples per property) so it runs in every `make test`.
"""

from __future__ import annotations

import io
import json
import tempfile
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assistant.packs import source
from assistant.packs.errors import PackError, PackInvalidError
from assistant.packs.export import pack_to_data
from assistant.packs.loader import LoadResult, load_pack_bytes, validate_pack, validate_pack_bytes
from tests.conftest import PACKS

BUDGET = settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
ACME = (PACKS / "acme.yaml").read_bytes()


def _assert_pack_or_errors(result: LoadResult, name: str) -> None:
    if result.pack is not None:
        assert result.errors == []
        return
    assert result.errors, "no pack and no error"
    for error in result.errors:
        assert isinstance(error, PackError)
        assert str(error).startswith(name)


# Values a pack field might hold, including the wrong kinds.
scalars = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=True)
    | st.text(max_size=40)
)
values = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4)
    ),
    max_leaves=30,
)
keys = st.sampled_from(
    ["format", "id", "name", "version", "campaigns", "personas", "phrases", "language",
     "title", "text", "category", "hold", "check_in_seconds", "call_flow", "tags", "x"]
)  # fmt: skip
pack_like = st.fixed_dictionaries(
    {"format": st.just("agent-assistant/pack@1") | scalars, "id": scalars, "name": scalars},
    optional={"version": values, "phrases": values, "campaigns": values, "personas": values},
).flatmap(lambda base: st.dictionaries(keys, values, max_size=4).map(lambda more: base | more))


def _as_yaml(data: Any) -> bytes:
    return yaml.safe_dump(data, allow_unicode=True).encode("utf-8", "surrogatepass")


def _as_json(data: Any) -> bytes:
    return json.dumps(data).encode("utf-8")


@BUDGET
@given(raw=st.binary(max_size=2000))
def test_any_bytes_give_a_pack_or_pack_errors(raw: bytes) -> None:
    _assert_pack_or_errors(validate_pack_bytes("fuzz.yaml", raw), "fuzz.yaml")


@BUDGET
@given(text=st.text(max_size=2000))
def test_any_text_gives_a_pack_or_pack_errors(text: str) -> None:
    raw = text.encode("utf-8", "surrogatepass")
    _assert_pack_or_errors(validate_pack_bytes("fuzz.yaml", raw), "fuzz.yaml")


@BUDGET
@given(data=pack_like, as_json=st.booleans())
def test_any_pack_shaped_document_gives_a_pack_or_pack_errors(data: Any, as_json: bool) -> None:
    try:
        raw = _as_json(data) if as_json else _as_yaml(data)
    except (ValueError, UnicodeEncodeError):
        return  # not representable in that format (NaN in strict JSON, lone surrogates)
    _assert_pack_or_errors(validate_pack_bytes("fuzz.json", raw), "fuzz.json")


@BUDGET
@given(
    position=st.integers(min_value=0, max_value=len(ACME) - 1),
    length=st.integers(min_value=1, max_value=40),
    noise=st.binary(min_size=0, max_size=40),
)
def test_a_real_pack_with_a_damaged_stretch_gives_a_pack_or_pack_errors(
    position: int, length: int, noise: bytes
) -> None:
    raw = ACME[:position] + noise + ACME[position + length :]
    _assert_pack_or_errors(validate_pack_bytes("acme.yaml", raw), "acme.yaml")


@settings(max_examples=120, deadline=None)
@given(
    members=st.dictionaries(
        st.sampled_from(["pack.yaml", "notes.txt", "sub/pack.yaml", "../pack.yaml"]),
        st.binary(max_size=500) | st.just(ACME),
        max_size=3,
    ),
    cut=st.integers(min_value=0, max_value=2000),
)
def test_any_zip_file_gives_a_pack_or_pack_errors(members: dict[str, bytes], cut: int) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    raw = buffer.getvalue()
    raw = raw[: max(cut, 1)] if cut < len(raw) else raw  # sometimes truncated mid-way
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "fuzz.zip"
        path.write_bytes(raw)
        _assert_pack_or_errors(validate_pack(path), str(path))


# ---------------------------------------------------------------- typed scalars, tags, surrogates
#
# What PyYAML would build into Python objects, or fail to build: every tag, every kind of plain
# scalar YAML 1.1 resolves, surrogates as escapes, huge numbers; written into every place a
# value or a key can go, in YAML and in JSON, read by libyaml and by PyYAML's own parser. The
# property: a pack or PackErrors that each name the file, a line and a column; never anything
# else, and load_pack_bytes raises PackInvalidError only.

TAGS = ["", "!", "!!str", "!!int", "!!float", "!!bool", "!!null", "!!timestamp", "!!binary",
        "!!set", "!!omap", "!!pairs", "!!seq", "!!map", "!!merge", "!!value", "!!python/int",
        "!!python/object/apply:os.system", "!unknown", "!<tag:example.com,2000:x>"]  # fmt: skip
PLAIN = ["2024-02-30", "2024-02-03", "2024-02-03T10:00:00Z", "2001-12-14 21:59:43.10 -5",
         "abc", "maybe", "yes", "off", "~", "null", "", "0x1F", "-0b101", "017", "0o17", "1_000",
         "1:30", "1:30.5", "+1", ".inf", "-.inf", ".nan", "1e5", "1.0e+5", "3.0", "<<", "=",
         "aGVsbG8=", "{a, b}", "[a: 1]", "NaN", "Infinity", "-Infinity"]  # fmt: skip


def _huge(digits: int) -> str:
    return "9" * digits


surrogate = st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF)
escaped_text = st.lists(
    st.sampled_from(["\\ud800", "\\udfff", "\\ud83d\\ude00", "\\ude00\\ud83d", "\\u0007",
                     "\\x85", "\\U0001F600", "\\u202e", "a", "é", " ", "\\\\", "\\n"]),
    max_size=6,
).map("".join)  # fmt: skip
scalar_text = (
    st.sampled_from(PLAIN)
    | st.integers(min_value=1, max_value=6000).map(_huge)
    | st.integers(min_value=1, max_value=6000).map(lambda n: "0x" + "f" * n)
    | st.integers(min_value=1, max_value=3000).map(lambda n: "1" + "_0" * n)
    | st.integers(min_value=1, max_value=3000).map(lambda n: ":".join(["59"] * n))
    | st.text(max_size=12)
)
yaml_value = st.one_of(
    st.tuples(st.sampled_from(TAGS), scalar_text).map(lambda t: f"{t[0]} {t[1]}".strip()),
    escaped_text.map(lambda text: f'"{text}"'),
    st.tuples(st.sampled_from(TAGS), escaped_text).map(lambda t: f'{t[0]} "{t[1]}"'.strip()),
)
PLACES = ["format: {v}", "id: {v}", "name: {v}", "version: {v}", "description: {v}",
          "{v}: x", "phrases:\n  - {{id: p1, title: T, text: {v}, category: other}}",
          "phrases:\n  - id: p1\n    title: T\n    text: hi\n    category: other\n    tags: [{v}]",
          "campaigns:\n  - {{id: c1, name: C, type: sales, direction: inbound, reach: domestic,"
          " hold: {{check_in_seconds: {v}}}}}"]  # fmt: skip
YAML_HEADER = {
    "format": "format: agent-assistant/pack@1",
    "id": "id: fz",
    "name": "name: F",
    "version": "version: 1",
}


def _pack_with(place: str, value: str) -> str:
    line = place.format(v=value)
    field = place.split(":", 1)[0]
    header = [text for key, text in YAML_HEADER.items() if key != field]
    return "\n".join([*header, line]) + "\n"


def _check(raw: bytes, name: str) -> None:
    result = validate_pack_bytes(name, raw)
    _assert_pack_or_errors(result, name)
    for error in result.errors:
        assert error.file == name and error.line >= 1 and error.column >= 1, error
        str(error).encode("utf-8")  # a message can be printed
    if result.pack is not None:  # and SQLite can store every text of a pack (no surrogate)
        json.dumps(pack_to_data(result.pack), ensure_ascii=False).encode("utf-8")
    try:
        load_pack_bytes(name, raw)
    except PackInvalidError as error:
        assert error.errors == result.errors
    else:
        assert result.pack is not None


@contextmanager
def _parser(python: bool) -> Iterator[None]:
    with pytest.MonkeyPatch.context() as patch:
        if python:
            patch.setattr(source, "_C_LOADER", None)
        yield


@BUDGET
@given(place=st.sampled_from(PLACES), value=yaml_value, python=st.booleans())
def test_typed_scalars_and_tags_anywhere_give_a_pack_or_placed_errors(
    place: str, value: str, python: bool
) -> None:
    with _parser(python):
        _check(_pack_with(place, value).encode("utf-8"), "fuzz.yaml")


json_string = st.lists(
    st.sampled_from(["\\ud800", "\\udbff", "\\udc00", "\\ud83d\\ude00", "\\ude00\\ud83d",
                     "\\u0007", "\\b", "\\u202E", "\\u00e9", "\\\\", "\\n", "a", "é", " "]),
    max_size=6,
).map(lambda parts: '"' + "".join(parts) + '"')  # fmt: skip
json_scalar = (
    json_string
    | st.sampled_from(["NaN", "Infinity", "-Infinity", "1e999", "-0", "1.0", "true", "null"])
    | st.integers(min_value=1, max_value=6000).map(_huge)
    | st.integers(min_value=1, max_value=6000).map(lambda n: "1." + "0" * n)
)
JSON_PLACES = ['"name": {v}', '"version": {v}', '"description": {v}', "{v}: 1",
               '"phrases": [{{"id": "p1", "title": "T", "text": {v}, "category": "other"}}]',
               '"name": "N", "name": {v}']  # fmt: skip


@BUDGET
@given(place=st.sampled_from(JSON_PLACES), value=json_scalar, python=st.booleans())
def test_json_escapes_numbers_and_constants_give_a_pack_or_placed_errors(
    place: str, value: str, python: bool
) -> None:
    fields = ['"format": "agent-assistant/pack@1"', '"id": "fz"', '"name": "F"', '"version": 1']
    field = place.split(":", 1)[0]
    text = "{" + ",\n ".join([f for f in fields if f.split(":")[0] != field] + [
        place.format(v=value)
    ]) + "}"  # fmt: skip
    with _parser(python):
        _check(text.encode("utf-8"), "fuzz.json")


@BUDGET
@given(
    data=st.recursive(
        st.text(alphabet=st.characters(codec=None) | surrogate, max_size=8)
        | st.integers(min_value=-(10**60), max_value=10**60),
        lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner),
        max_leaves=8,
    ),
    as_json=st.booleans(),
)
def test_surrogates_written_by_python_serialisers_give_a_pack_or_placed_errors(
    data: Any, as_json: bool
) -> None:
    pack = {"format": "agent-assistant/pack@1", "id": "fz", "name": "F", "version": 1, "x": data}
    # json.dumps escapes a surrogate (\udXXX); yaml.safe_dump writes it escaped in quotes too.
    try:
        text = json.dumps(pack) if as_json else yaml.safe_dump(pack)
    except yaml.YAMLError:
        return
    _check(text.encode("utf-8", "surrogatepass"), "fuzz.json" if as_json else "fuzz.yaml")


# What a large file is searched for, a piece at a time (so the window's thread runs between
# pieces), is found as a search of the whole text finds it, wherever the pieces fall.
_near_hidden = st.lists(
    st.sampled_from(
        ["a", "bb", "\\", "u", "\\n", "\\u202e", "\\u202", "\\u0007", "\\x07", "\x07", "\u202e"]
    ),
    max_size=12,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(_near_hidden, st.integers(1, 9))
def test_a_text_searched_in_pieces_is_searched_whole(text: str, piece: int) -> None:
    from assistant.packs import validate

    whole = validate._MAYBE_HIDDEN.search(text) is not None
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(validate, "SEARCH_PIECE", piece)
        assert validate.maybe_hidden(text) == whole
