"""The softphone client's JSON (assistant/flat_json.py) agrees with the standard library's on
every text: a flat object reads the same, anything else is left to ``json``."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from assistant import flat_json

scalars = st.one_of(st.text(), st.integers(-(10**17), 10**17), st.booleans(), st.none())
flat_objects = st.dictionaries(st.text(), scalars, max_size=6)


@given(flat_objects)
def test_what_it_writes_json_reads_back_equal(obj: dict) -> None:  # type: ignore[type-arg]
    assert json.loads(flat_json.dumps(obj)) == obj


@given(flat_objects, st.booleans(), st.sampled_from([None, 2]))
def test_what_json_writes_it_reads_back_equal(obj: dict, ascii_only: bool, indent) -> None:  # type: ignore[no-untyped-def,type-arg]
    assert flat_json.loads(json.dumps(obj, ensure_ascii=ascii_only, indent=indent)) == obj


@given(st.text(alphabet='{}[]":,\\u0123456789abcdefnrtlsx.eE-+ \n\t\x00\ud800', max_size=40))
def test_any_text_reads_as_json_reads_it_or_is_left_to_json(text: str) -> None:
    flat = flat_json.loads(text)
    if flat is None:
        return  # json.loads answers it (a value, or its own error)
    assert flat == json.loads(text)


@pytest.mark.parametrize(
    "text",
    [
        '{"a": [1]}',  # a list inside
        '{"a": {"b": 1}}',
        '{"a": 1.5}',
        '{"a": 1e3}',
        '{"a": NaN}',
        '{"a": 01}',
        '{"a": "raw\ncontrol"}',
        '{"a": "\\x"}',
        '{"a": 1,}',
        '{"a" 1}',
        '{"a": 1} x',
        "[1]",
        '"text"',
        "",
        '{"a": 1234567890123456789012}',  # long numbers: json's, with its limits
    ],
)
def test_what_is_not_a_flat_object_is_left_to_json(text: str) -> None:
    assert flat_json.loads(text) is None


def test_escapes_and_surrogates_read_as_json_reads_them() -> None:
    text = '{"k": "\\ud83d\\ude00 \\ud800 \\u00e9\\/\\"\\\\\\b\\f\\n\\r\\t", "k": null}'
    assert flat_json.loads(text) == json.loads(text) == {"k": None}
    text = '{"k": "\\ud83d\\ude00 \\ud800x \\udc00 \\u00e9"}'
    assert flat_json.loads(text) == json.loads(text)


def test_an_undecodable_argument_is_sent_escaped() -> None:
    # A campaign id from a command line with a byte that is not UTF-8 (surrogateescape).
    request = {"command": "call", "action": "start", "campaign": "caf\udce9"}
    line = flat_json.dumps(request).encode("utf-8")
    assert json.loads(line) == request


def test_only_flat_objects_are_written() -> None:
    with pytest.raises(TypeError):
        flat_json.dumps({"a": [1]})  # type: ignore[dict-item]
    with pytest.raises(TypeError):
        flat_json.dumps({1: "a"})  # type: ignore[dict-item]


def test_a_softphone_command_imports_neither_json_nor_re() -> None:
    code = (
        "import sys\n"
        "from assistant import fastcli\n"
        "fastcli.run(['hold', 'start', '--data-dir', sys.argv[1]])\n"
        "print(sorted({'json', 're'} & set(sys.modules)))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, "/nonexistent/agent-assistant"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.stdout.strip().splitlines()[-1] == "[]", done.stderr
