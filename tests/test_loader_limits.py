"""Reading a pack is bounded and precise: typed values and tags, limits checked while reading,
ids matched whole, and zips that two tools could read differently.

Every problem is one ``FILE:LINE:COL: PATH: MESSAGE``; none is a traceback.
"""

from __future__ import annotations

import io
import json
import re
import warnings
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from assistant.packs import source
from assistant.packs.loader import validate_pack, validate_pack_bytes
from assistant.packs.validate import schema

HEADER = "format: agent-assistant/pack@1\nid: tt\nname: T\nversion: 1\n"
PHRASE = "  - {{id: p-{0}, title: T, text: hello, category: other}}\n"


@pytest.fixture(params=["libyaml", "python"])
def parser(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Each test runs with libyaml (as shipped) and with PyYAML's own parser (its fallback)."""
    if request.param == "python":
        monkeypatch.setattr(source, "_C_LOADER", None)
    elif source._C_LOADER is None:
        pytest.skip("PyYAML has no libyaml here")
    return str(request.param)


def test_libyaml_reads_packs_where_pyyaml_has_it() -> None:
    # The frozen build and the Windows wheels of PyYAML have it; PyYAML's own parser is the
    # fallback, slower (about 30 microseconds an event) but read by the same code.
    assert source._C_LOADER is (yaml.CSafeLoader if yaml.__with_libyaml__ else None)


def problems(text: str, name: str = "p.yaml") -> list[str]:
    result = validate_pack_bytes(name, text.encode("utf-8", "surrogatepass"))
    return [str(p) for p in result.problems]


# ---------------------------------------------------------------- typed values and tags


def test_a_date_is_the_text_the_author_wrote(parser: str) -> None:
    for written in (
        "2024-02-30",
        "2024-02-03",
        "2024-02-03T10:00:00Z",
        "2001-12-14 21:59:43.10 -5",
    ):
        result = validate_pack_bytes(
            "p.yaml", HEADER.replace("name: T", f"name: {written}").encode()
        )
        assert result.pack is not None, [str(p) for p in result.problems]
        assert result.pack.name == written


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("!!int abc", "p.yaml:4:10: version: 'abc' is not a whole number, as its tag !!int says"),
        ("!!int 1.5", "p.yaml:4:10: version: '1.5' is not a whole number"),
        ("!!int ''", "p.yaml:4:10: version: '' is not a whole number"),
        ("!!float abc", "p.yaml:4:10: version: 'abc' is not a number, as its tag !!float says"),
        ("!!bool maybe", "p.yaml:4:10: version: 'maybe' is not true or false"),
        ("!!null x", "p.yaml:4:10: version: 'x' is not empty"),
        ("9" * 5000, "p.yaml:4:10: version: a number of 5,000 characters is too long"),
        ("-0x" + "f" * 5000, "p.yaml:4:10: version: a number of 5,003 characters is too long"),
        ("1" + "_0" * 3000, "p.yaml:4:10: version: a number of 6,001 characters is too long"),
        ("9" * 5000 + ".5", "p.yaml:4:10: version: a number of 5,002 characters is too long"),
        ("!!timestamp 2024-02-03", "p.yaml:4:10: version: the tag !!timestamp is not allowed"),
        ("!!binary aGk=", "p.yaml:4:10: version: the tag !!binary is not allowed"),
        ("!!set {a, b}", "p.yaml:4:10: version: the tag !!set is not allowed"),
        ("!!omap [a: 1]", "p.yaml:4:10: version: the tag !!omap is not allowed"),
        ("!!pairs [a: 1]", "p.yaml:4:10: version: the tag !!pairs is not allowed"),
        ("!!python/int 1", "p.yaml:4:10: version: the tag !!python/int is not allowed"),
        ("!mine 1", "p.yaml:4:10: version: the tag !mine is not allowed"),
        ("!<tag:x.org,2000:x> 1", "p.yaml:4:10: version: the tag tag:x.org,2000:x is not allowed"),
        ("!!str 1", "p.yaml:4:10: version: must be a whole number, not text"),
        ("2024-02-30", "p.yaml:4:10: version: must be a whole number, not text"),
        ("0.5", "p.yaml:4:10: version: must be a whole number, not a number"),
        (".inf", "p.yaml:4:10: version: must be a whole number, not a number"),
        ("yes", "p.yaml:4:10: version: must be a whole number, not true or false"),
    ],
)
def test_typed_values_and_tags_get_a_precise_message(
    value: str, expected: str, parser: str
) -> None:
    found = problems(HEADER.replace("version: 1", f"version: {value}"))
    assert found and found[0].startswith(expected), found


@pytest.mark.parametrize(
    "value", ["!!int 7", "!!int 0x7", "!!float 7", "7.0", "!!int 0b111", "!!float 0x7"]
)
def test_numbers_yaml_spells_other_ways_still_read(value: str, parser: str) -> None:
    result = validate_pack_bytes(
        "p.yaml", HEADER.replace("version: 1", f"version: {value}").encode()
    )
    assert result.pack is not None and result.pack.version == 7
    assert type(result.pack.version) is int


def test_a_tag_on_a_key_or_a_list_is_refused(parser: str) -> None:
    assert problems(HEADER + "!!binary aGk=: x\n") == [
        "p.yaml:5:1: (file): the tag !!binary is not allowed: a pack holds only text, numbers, "
        "true or false, lists and fields"
    ]
    [message] = problems(HEADER + "phrases: !!set {a}\n")
    assert message.startswith("p.yaml:5:10: phrases: the tag !!set is not allowed")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A lone surrogate, as JSON (and PyYAML's parser) would read it, is not a character:
        # SQLite cannot store it and a message quoting it cannot be printed.
        (
            '{"format": "agent-assistant/pack@1", "id": "tt",\n "name": "\\ud800", "version": 1}',
            "p.json:2:",
        ),
        (
            '{"format": "agent-assistant/pack@1", "id": "tt",\n "name": "a\\udfff", "version": 1}',
            "p.json:2:",
        ),
        (HEADER.replace("name: T", 'name: "\\ud800"'), "p.json:3:"),
        # YAML has no surrogate pairs: \U0001F600 is how YAML escapes the character
        (HEADER.replace("name: T", 'name: "\\ud83d\\ude00"'), "p.json:3:"),
    ],
)
def test_surrogates_are_refused_where_they_are(text: str, expected: str, parser: str) -> None:
    [message] = problems(text, "p.json")
    assert message.startswith(expected), message
    assert ": name: an escape such as \\uD800 stands for half of a UTF-16 surrogate pair" in message
    message.encode("utf-8")  # printable: the message itself holds no surrogate


def test_json_surrogate_pairs_are_one_character_even_in_a_pack_with_problems(parser: str) -> None:
    data: dict[str, Any] = {
        "format": "agent-assistant/pack@1",
        "id": "tt",
        "name": "Smile \U0001f600",
        "version": 1,
    }
    text = json.dumps(data, indent=1)  # ensure_ascii: the emoji is written \ud83d\ude00
    assert "\\ud83d\\ude00" in text
    result = validate_pack_bytes("p.json", text.encode())
    assert result.pack is not None and result.pack.name == "Smile \U0001f600"
    data["version"] = "two"
    [message] = problems(json.dumps(data, indent=1), "p.json")
    assert message == "p.json:5:13: version: must be a whole number, not text"
    data["version"], data["description"] = 1, 1
    squeezed = json.dumps(data, separators=(",", ":"))  # one line: columns after the pair
    [message] = problems(squeezed, "p.json")
    assert (
        message
        == f"p.json:1:{squeezed.index(':1}') + 2}: description: must be text, not a whole number"
    )


def test_json_that_python_reads_but_json_does_not_allow_is_refused(parser: str) -> None:
    base = '{"format": "agent-assistant/pack@1", "id": "tt", "name": "T", "version": 1'
    column = len(base + ', "description": ') + 1
    assert problems(base + ', "description": NaN}', "p.json") == [
        f"p.json:1:{column}: description: NaN is not a number JSON allows; write a number"
    ]
    assert problems(base + ', "name": "U"}', "p.json") == [
        f"p.json:1:{len(base) + 3}: name: the field 'name' appears twice"
    ]
    [message] = problems(base.replace('"version": 1', '"version": ' + "1" * 5000) + "}", "p.json")
    assert message.startswith(f"p.json:1:{len(base)}: version: a number of 5,000 characters is too")


def test_a_value_quoted_in_a_message_is_one_short_line(parser: str) -> None:
    message, _control_character = problems(
        HEADER.replace("id: tt", 'id: "a\\nb\\u0007' + "x" * 500 + '"')
    )
    assert message.startswith("p.yaml:2:5: id: 'a\\nb\\u0007xxx")
    assert "\n" not in message and "\x07" not in message and len(message) < 200


# ---------------------------------------------------------------- ids and patterns


def _patterns(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        if "pattern" in node:
            yield node["pattern"]
        for child in node.values():
            yield from _patterns(child)
    elif isinstance(node, list):
        for child in node:
            yield from _patterns(child)


def test_every_pattern_of_the_schema_is_matched_whole() -> None:
    # JSON Schema's patterns search; Python's '$' also matches before a final newline.
    found = set(_patterns(schema()))
    assert len(found) >= 3
    for pattern in found:
        assert pattern.startswith("^") and pattern.endswith("$(?!\\n)"), pattern
        assert re.search(pattern, "\n") is None


def _json_pack(**changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "format": "agent-assistant/pack@1",
        "id": "tt",
        "name": "T",
        "version": 1,
        "language": "en",
        "campaigns": [
            {
                "id": "c1",
                "name": "C",
                "type": "sales",
                "direction": "inbound",
                "reach": "domestic",
                "hold": {"check_in_phrase": "p1"},
                "call_flow": [{"step": "Open", "phrases": ["p1"]}],
            }
        ],
        "personas": [{"id": "pe", "name": "P", "phrases": ["p1"]}],
        "phrases": [
            {
                "id": "p1",
                "title": "T",
                "text": "hi",
                "category": "hold",
                "campaigns": ["c1"],
                "personas": ["pe"],
                "shortcut": ";hi",
            }
        ],
    }
    return data | changes


WHOLE = [
    (("id",), "not a valid id"),
    (("language",), "not a language tag"),
    (("campaigns", 0, "id"), "not a valid id"),
    (("campaigns", 0, "hold", "check_in_phrase"), "not a valid id"),
    (("campaigns", 0, "call_flow", 0, "phrases", 0), "not a valid id"),
    (("personas", 0, "id"), "not a valid id"),
    (("personas", 0, "phrases", 0), "not a valid id"),
    (("phrases", 0, "id"), "not a valid id"),
    (("phrases", 0, "campaigns", 0), "not a valid id"),
    (("phrases", 0, "personas", 0), "not a valid id"),
    (("phrases", 0, "shortcut"), "not a valid shortcut"),
]


@pytest.mark.parametrize(("path", "message"), WHOLE)
@pytest.mark.parametrize("ending", ["\n", "\r\n", " ", "\t"])
def test_an_id_a_reference_a_language_or_a_shortcut_with_a_trailing_line_break_is_refused(
    path: tuple[str | int, ...], message: str, ending: str
) -> None:
    assert validate_pack_bytes("p.json", json.dumps(_json_pack()).encode()).pack is not None
    data = _json_pack()
    parent: Any = data
    for part in path[:-1]:
        parent = parent[part]
    parent[path[-1]] += ending
    result = validate_pack_bytes("p.json", json.dumps(data).encode())
    assert result.pack is None
    assert any(message in str(p) for p in result.errors), [str(p) for p in result.errors]


def test_builtin_with_a_newline_does_not_install_a_second_builtin() -> None:
    [message] = problems(HEADER.replace("id: tt", 'id: "builtin\\n"'))
    assert message.startswith("p.yaml:2:5: id: 'builtin\\n' is not a valid id")


# ---------------------------------------------------------------- limits, while reading


def test_the_section_limits_are_the_schemas() -> None:
    properties = schema()["properties"]
    assert {s: properties[s]["maxItems"] for s in source.SECTION_LIMITS} == source.SECTION_LIMITS


TEXT = "hello, " + "," * 30  # commas in text make a JSON text look bigger than it is


def _many_phrases(count: int, as_json: bool) -> str:
    if as_json:
        items = ",\n".join(
            f'{{"id": "p-{i}", "title": "T", "text": "{TEXT}", "category": "other"}}'
            for i in range(count)
        )
        return (
            '{"format": "agent-assistant/pack@1", "id": "tt", "name": "T", "version": 1,\n'
            f'"phrases": [\n{items}\n]}}'
        )
    return HEADER + "phrases:\n" + "".join(PHRASE.format(i) for i in range(count))


@pytest.mark.parametrize("as_json", [False, True])
@pytest.mark.parametrize("small_values_limit", [False, True])
def test_a_section_over_its_limit_is_refused_at_the_first_item_too_many(
    monkeypatch: pytest.MonkeyPatch, parser: str, as_json: bool, small_values_limit: bool
) -> None:
    monkeypatch.setitem(source.SECTION_LIMITS, "phrases", 30)
    text = _many_phrases(31, as_json)
    if small_values_limit:  # JSON that may hold too many values: counted before it is loaded
        monkeypatch.setattr(source, "MAX_VALUES", 600)
        assert not as_json or source._value_bound(text) > 600 > 31 * 9 + 9
    name = "p.json" if as_json else "p.yaml"
    line = 33 if as_json else 36
    column = 1 if as_json else 5
    assert problems(text, name) == [
        f"{name}:{line}:{column}: phrases: the pack has more than 30 phrases; the limit is 30; "
        "split the pack"
    ]
    assert validate_pack_bytes(name, _many_phrases(30, as_json).encode()).pack is not None


@pytest.mark.parametrize("as_json", [False, True])
def test_a_pack_with_more_values_than_the_limit_is_refused_where_it_goes_over(
    monkeypatch: pytest.MonkeyPatch, parser: str, as_json: bool
) -> None:
    monkeypatch.setattr(source, "MAX_VALUES", 60)
    tags = ", ".join(f"t{i}" if not as_json else f'"t{i}"' for i in range(80))
    if as_json:
        text = (
            '{"format": "agent-assistant/pack@1", "id": "tt", "name": "T", "version": 1,\n'
            f' "x": [\n{tags}]}}'
        )
    else:
        text = HEADER + f"x: [{tags}]\n"
    [message] = problems(text, "p.json")
    assert "x[" in message
    assert message.endswith(
        "the pack holds more than 60 values and field names; the limit is 60; split the pack"
    )


@pytest.mark.parametrize("as_json", [False, True])
def test_a_list_longer_than_any_list_of_a_pack_is_refused_at_the_first_item_too_many(
    parser: str, as_json: bool
) -> None:
    most = source.MAX_LIST_ITEMS
    if as_json:
        items = ", ".join(["1"] * (most + 1))
        text = (
            '{"format": "agent-assistant/pack@1", "id": "tt", "name": "T", "version": 1,\n'
            f' "x": [{items}]}}'
        )
    else:
        text = HEADER + "x:\n" + "- 1\n" * (most + 1)
    [message] = problems(text, "p.json")
    line = 2 if as_json else 6 + most
    assert message.startswith(f"p.json:{line}:")
    assert message.endswith(f": x: has more than {most} items; the limit for a list is {most}")


def test_a_text_longer_than_any_field_allows_is_refused_while_reading(parser: str) -> None:
    long = "a" * (source.MAX_TEXT_CHARS + 1)
    [message] = problems(HEADER + f"description: {long}\n")
    assert message == (
        f"p.yaml:5:14: description: this text is {len(long):,} characters long; the limit for "
        f"any text in a pack is {source.MAX_TEXT_CHARS:,}"
    )


def test_nesting_is_bounded_in_every_form(parser: str) -> None:
    for text in ("[" * 5000, "{a: " * 100 + "1" + "}" * 100, '{"a": ' * 50 + "1" + "}" * 50):
        [message] = problems(text)
        assert "nested too deeply (limit 20 levels)" in message


def test_aliases_and_merge_keys_are_refused(parser: str) -> None:
    [message] = problems(HEADER + "description: &d text\nauthor: *d\n")
    assert message == (
        "p.yaml:5:14: description: anchors and aliases ('&' and '*') are not allowed in packs"
    )
    [message] = problems(HEADER + "campaigns:\n  - <<: {id: c1}\n")
    assert message == "p.yaml:6:5: campaigns[0]: keys must be plain names"


# ---------------------------------------------------------------- zips


def _zip(entries: list[tuple[str, bytes]]) -> bytes:
    buffer = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # zipfile warns of a duplicate name
        with zipfile.ZipFile(buffer, "w") as archive:
            for name, data in entries:
                archive.writestr(name, data)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("entries", "expected"),
    [
        (
            [("pack.yaml", HEADER.encode()), ("pack.yaml", HEADER.replace("T", "U").encode())],
            "pack.yaml: the zip holds pack.yaml twice, and zip tools differ on which copy they "
            "show; zip the pack again. It was not opened",
        ),
        (
            [("pack.yaml", HEADER.encode()), ("notes.txt", b"a"), ("notes.txt", b"b")],
            "notes.txt: the zip holds notes.txt twice",
        ),
        (
            [("pack.yaml", HEADER.encode()), ("PACK.yaml", HEADER.encode())],
            "PACK.yaml: the zip holds pack.yaml and PACK.yaml, which are one file on Windows",
        ),
        (
            [("pack.yaml", HEADER.encode()), ("pack.json", b"{}")],
            "pack.json: the zip holds both pack.yaml and pack.json; keep one",
        ),
    ],
)
def test_a_zip_that_two_tools_could_read_differently_is_refused(
    tmp_path: Path, entries: list[tuple[str, bytes]], expected: str
) -> None:
    path = tmp_path / "pack.zip"
    path.write_bytes(_zip(entries))
    result = validate_pack(path)
    assert result.pack is None
    [problem] = result.problems
    assert str(problem).startswith(f"{path}:1:1: {expected}")
    assert str(problem).endswith("It was not opened")


def test_bytes_over_the_size_limit_are_refused_however_they_were_read(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(source, "MAX_FILE_BYTES", 1024 * 1024)
    raw = (HEADER + "description: " + "a" * (1024 * 1024) + "\n").encode()
    assert [str(p) for p in validate_pack_bytes("p.yaml", raw).problems] == [
        "p.yaml:1:1: (file): the file is 1.0 MB; the limit for a pack is 1 MB. "
        "Split it into several packs"
    ]


def test_an_espanso_file_may_have_more_matches_than_a_list_of_a_pack(tmp_path: Path) -> None:
    from assistant.packs.convert import convert_file

    count = source.MAX_LIST_ITEMS + 5
    path = tmp_path / "base.yml"
    path.write_text(
        "matches:\n"
        + "".join(f"  - trigger: ':t{i}'\n    replace: 'Text {i}'\n" for i in range(count)),
        encoding="utf-8",
    )
    conversion = convert_file(path)
    assert len(conversion.data["phrases"]) == count and conversion.skipped == []
