"""Reading and checking pack files: valid packs load, every problem is named precisely."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from assistant.core.model import BUILTIN_PACK_ID, Category
from assistant.core.pack import Pack
from assistant.packs import Known, validate_pack, validate_pack_bytes
from assistant.packs.errors import PackInvalidError, Severity
from assistant.packs.loader import known_ids, load_pack
from tests.conftest import PACKS

HEADER = "format: agent-assistant/pack@1\nid: tt\nname: T\nversion: 1\n"


def problems(text: str, fallback: Known | None = None) -> list[str]:
    result = validate_pack_bytes("p.yaml", text.encode("utf-8"), fallback)
    return [str(p) for p in result.problems]


def test_the_sample_pack_loads_with_references_to_the_builtin_pack(builtin_pack: Pack) -> None:
    pack = load_pack(PACKS / "acme.yaml", known_ids(builtin_pack))
    assert pack.id == "acme-collections"
    assert pack.version == 3
    assert pack.campaigns[0].hold.check_in_seconds == 90
    assert [s.required for s in pack.campaigns[0].call_flow] == [False, True, False]
    assert pack.phrases[1].shortcut == ";acme-disclose"
    assert pack.phrases[3].category is Category.CLOSING


def test_the_same_pack_without_the_builtin_pack_names_each_dangling_reference() -> None:
    result = validate_pack(PACKS / "acme.yaml")
    assert result.pack is None
    messages = [str(p) for p in result.errors]
    assert any(
        m.startswith(f"{PACKS / 'acme.yaml'}:19:")
        and "campaigns[0].hold.check_in_phrase" in m
        and "no phrase with the id 'hold-check-in'" in m
        for m in messages
    ), messages
    assert any(
        "phrases[2].personas[1]" in m and "no persona with the id 'angry'" in m for m in messages
    )


def test_the_builtin_pack_refers_only_to_itself(builtin_pack: Pack) -> None:
    assert builtin_pack.id == BUILTIN_PACK_ID


def test_only_the_shipped_built_in_pack_may_have_the_built_in_id() -> None:
    text = HEADER.replace("id: tt", "id: builtin")
    assert problems(text) == [
        "p.yaml:2:5: id: the built-in pack comes with the program and cannot be imported; "
        "give this pack an id of its own"
    ]
    shipped = validate_pack_bytes("builtin.yaml", text.encode("utf-8"), as_builtin=True)
    assert shipped.problems == [] and shipped.pack is not None


def test_errors_give_file_line_column_path_and_a_plain_message() -> None:
    text = HEADER + "phrases:\n  - id: p1\n    title: A\n    text: hi\n    category: smalltalk\n"
    [message] = problems(text)
    assert message.startswith("p.yaml:9:15: phrases[0].category: 'smalltalk' is not allowed")
    assert "opening, verification, empathy" in message


def test_every_problem_is_reported_not_only_the_first() -> None:
    text = (
        HEADER
        + "colour: blue\n"
        + "campaigns:\n"
        + "  - id: c1\n    name: C\n    type: sales\n    direction: sideways\n    reach: domestic\n"
        + "    hold: {check_in_seconds: 300}\n"
        + "phrases:\n"
        + "  - {id: p1, title: A, text: 'hi {name', category: opening}\n"
        + "  - {id: p1, title: B, text: hi, category: opening, campaigns: [nowhere]}\n"
        + "  - {id: Bad_Id, text: hi, category: opening}\n"
    )
    found = problems(text)
    joined = "\n".join(found)
    assert "p.yaml:5:1: colour: unknown field 'colour'" in joined
    assert "campaigns[0].direction: 'sideways' is not allowed here; use one of: inbound" in joined
    assert "campaigns[0].hold.check_in_seconds: 300 is out of range" in joined
    assert "two minutes" in joined
    assert "p.yaml:16:5: phrases[2].title: the required field 'title' is missing" in joined
    assert "phrases[2].id: 'Bad_Id' is not a valid id" in joined
    assert len(found) >= 5


TWO_PROBLEMS = (
    "phrases:\n"
    "  - {id: p1, title: A, text: 'hi {name', category: opening}\n"
    "  - {id: p1, title: B, text: hi, category: opening}\n"
)


@pytest.mark.parametrize("field", ["format", "id", "name", "version"])
def test_a_missing_top_level_field_is_one_problem_among_the_others(field: str) -> None:
    # It used to be the only one reported: the duplicate id and the open brace were hidden.
    lines = [line for line in HEADER.splitlines(keepends=True) if not line.startswith(field)]
    text = "# My team's pack\n" + "".join(lines) + TWO_PROBLEMS
    result = validate_pack_bytes("p.yaml", text.encode("utf-8"))
    assert [str(p) for p in result.problems] == [
        # Named by the field, at the start of the pack's fields, as an item's missing field is.
        f"p.yaml:2:1: {field}: the required field '{field}' is missing",
        "p.yaml:6:30: phrases[0].text: a placeholder opened with '{' is never closed with '}' "
        "(write '{{' for a literal brace)",
        "p.yaml:7:10: phrases[1].id: the id 'p1' is already used by phrases[0]",
    ]
    assert result.pack is None


def test_a_section_that_is_not_a_list_hides_only_the_references_into_it() -> None:
    text = (
        HEADER
        + "campaigns: {id: c1}\n"
        + "phrases:\n"
        + "  - {id: p1, title: A, text: hi, category: opening, campaigns: [c1]}\n"
        + "  - {id: p1, title: B, text: hi, category: opening, personas: [nobody]}\n"
    )
    assert problems(text) == [
        "p.yaml:5:12: campaigns: must be a list, not a set of fields",
        "p.yaml:8:10: phrases[1].id: the id 'p1' is already used by phrases[0]",
        "p.yaml:8:64: phrases[1].personas[0]: there is no persona with the id 'nobody' in this "
        "pack or the built-in pack",
    ]


def test_the_editors_check_keeps_a_duplicate_ids_message_while_the_pack_id_is_empty() -> None:
    # The pack editor checks with check_draft; a field cleared in its form is an empty value.
    from assistant.packs.draft import check_draft, new_pack_data

    data = {
        **new_pack_data(),
        "id": "",
        "phrases": [
            {"id": "p1", "title": "A", "text": "hi", "category": "opening"},
            {"id": "p1", "title": "B", "text": "hi", "category": "opening"},
        ],
    }
    check = check_draft("draft.yaml", data, None)
    assert [(p.path, p.message) for p in check.problems] == [
        ("id", "the required field 'id' is missing"),
        ("phrases[1].id", "the id 'p1' is already used by phrases[0]"),
    ]


def test_semantic_problems_duplicates_references_placeholders_shortcuts() -> None:
    text = (
        HEADER
        + "phrases:\n"
        + "  - {id: p1, title: A, text: 'hi {name', category: opening, shortcut: ';x'}\n"
        + "  - {id: p1, title: B, text: hi, category: opening, campaigns: [nowhere],"
        + " shortcut: ';x'}\n"
    )
    joined = "\n".join(problems(text))
    assert "p.yaml:6:" in joined and "phrases[0].text: a placeholder opened with '{'" in joined
    assert "phrases[1].id: the id 'p1' is already used by phrases[0]" in joined
    assert "phrases[1].campaigns[0]: there is no campaign with the id 'nowhere'" in joined
    assert "phrases[1].shortcut: the shortcut ';x' is already used by phrases[0]" in joined


def test_a_check_in_phrase_that_is_not_a_hold_phrase_is_a_warning_only() -> None:
    text = (
        HEADER
        + "campaigns:\n  - id: c1\n    name: C\n    type: sales\n    direction: inbound\n"
        + "    reach: domestic\n    hold: {check_in_phrase: p1}\n"
        + "phrases:\n  - {id: p1, title: A, text: hi, category: opening}\n"
    )
    result = validate_pack_bytes("p.yaml", text.encode(), None)
    assert result.pack is not None
    assert [p.severity for p in result.problems] == [Severity.WARNING]
    assert "warning: the check-in phrase is in the category 'opening'" in str(result.problems[0])


ONE_LINE = (
    "campaigns:\n"
    "  - {id: c1, name: C, type: sales, direction: inbound, reach: domestic,\n"
    "     call_flow: [{step: Opening}]}\n"
    "personas:\n  - {id: u1, name: U}\n"
    "phrases:\n  - {id: p1, title: A, text: hi, category: opening, tags: [t]}\n"
)


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (
            ("title: A", r'title: "Zebra\ttitle"'),
            "11:21: phrases[0].title: a tab (U+0009) cannot be used in a title",
        ),
        (("title: A", r'title: "ok\r"'), "11:21: phrases[0].title: a carriage return (U+000D)"),
        (
            ("name: T", r'name: "Two\nlines"'),
            "3:7: name: a line break (U+000A) cannot be used in a name",
        ),
        (("name: C", r'name: "C\t2"'), "6:20: campaigns[0].name: a tab"),
        (
            ("step: Opening", r'step: "Opening\n"'),
            "7:25: campaigns[0].call_flow[0].step: a line break",
        ),
        (("name: U", r'name: "U\n"'), "9:20: personas[0].name: a line break"),
        (
            ("tags: [t]", r'tags: [ok, "a\tb"]'),
            "11:64: phrases[0].tags[1]: a tab (U+0009) cannot be used in a tag",
        ),
        (("version: 1", 'version: 1\nauthor: "Team\tleads"'), "5:9: author: a tab"),
    ],
)
def test_a_tab_or_a_line_break_is_refused_in_a_field_shown_on_one_line(
    change: tuple[str, str], expected: str
) -> None:
    # `pack list` and `search` print one result a line, tab-separated: such a field split it.
    assert problems(HEADER + ONE_LINE) == []
    text = (HEADER + ONE_LINE).replace(*change, 1)
    [message] = problems(text)
    assert message.startswith(f"p.yaml:{expected}"), message
    assert message.endswith(", which is shown on one line; write a space instead")


def test_a_tab_or_a_line_break_is_kept_where_it_means_something() -> None:
    text = (
        HEADER
        + "description: |\n  Two lines\n  \tand a tab.\n"
        + ONE_LINE.replace("name: C,", 'name: C, description: "a\\nb\\tc",')
        .replace("name: U}", 'name: U, tips: ["Say it\\nslowly"], signs: ["a\\tb"]}')
        .replace("text: hi", 'text: "Hello,\\n\\tthanks for calling.\\r\\n"')
    )
    result = validate_pack_bytes("p.yaml", text.encode("utf-8"))
    assert result.problems == [], [str(p) for p in result.problems]
    assert result.pack is not None
    assert result.pack.phrases[0].text == "Hello,\n\tthanks for calling.\r\n"
    assert result.pack.personas[0].tips == ("Say it\nslowly",)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (b"", "p.yaml:1:1: (file): the file is empty"),
        (b"   \n\n", "the file is empty"),
        (b"\x00\x01\x02binary", "binary file"),
        (b"format: \xff\xfe oops\n", "p.yaml:1:9: (file): the file is not UTF-8"),
        (b"- just\n- a list\n", "a pack must be a set of fields"),
        (b"[1, 2, 3]", "not a list"),
        (b"key: [unclosed\n", "YAML syntax error"),
        (b"a: &x [1]\nb: *x\n", "anchors and aliases"),
        (b"a: !!python/object/apply:os.system ['true']\n", "is not allowed"),
        (b"a: 1\na: 2\n", "the field 'a' appears twice"),
        (b"[" * 5000, "nested too deeply"),
    ],
)
def test_hostile_or_broken_files_get_a_specific_message(raw: bytes, expected: str) -> None:
    result = validate_pack_bytes("p.yaml", raw)
    assert result.pack is None
    assert any(expected in str(p) for p in result.problems), [str(p) for p in result.problems]


@pytest.mark.parametrize(
    ("text", "name_at", "version_at"),
    [
        (HEADER + "name: Again\nversion: 2\n", "5:1", "6:1"),
        (
            '{"format": "agent-assistant/pack@1", "id": "tt", "name": "T", "version": 1,\n'
            ' "name": "Again",\n "version": 2}\n',
            "2:2",
            "3:2",
        ),
    ],
    ids=["yaml", "json"],
)
def test_every_field_given_twice_is_reported_at_its_second_place(
    text: str, name_at: str, version_at: str
) -> None:
    # Only the first was, and the second came to light once the first was fixed.
    assert problems(text) == [
        f"p.yaml:{name_at}: name: the field 'name' appears twice",
        f"p.yaml:{version_at}: version: the field 'version' appears twice",
    ]


def test_fields_given_twice_are_reported_with_the_problem_that_stops_the_reading() -> None:
    text = HEADER + "name: Again\nphrases:\n  - {id: p1, id: p2}\n  - [unclosed\n"
    found = problems(text)
    assert found[:2] == [
        "p.yaml:5:1: name: the field 'name' appears twice",
        "p.yaml:7:14: phrases[0].id: the field 'id' appears twice",
    ]
    [stop] = found[2:]
    assert stop.startswith("p.yaml:9:1: (file): YAML syntax error: ")


def test_a_file_of_fields_given_twice_is_reported_up_to_a_limit() -> None:
    from assistant.packs.source import MAX_TWICE

    found = problems(HEADER + "description: x\n" * 10_000)
    assert len(found) == MAX_TWICE
    assert (
        found[-1] == f"p.yaml:{5 + MAX_TWICE}:1: description: the field 'description' appears twice"
    )


def test_a_yaml_syntax_error_points_at_its_line() -> None:
    [message] = problems(HEADER + "phrases:\n  - id: p1\n   title: misindented\n")
    assert message.startswith("p.yaml:7:")
    assert "YAML syntax error" in message


def test_a_json_pack_is_read_with_positions() -> None:
    text = (
        '{\n  "format": "agent-assistant/pack@1",\n  "id": "jj",\n  "name": "J",\n'
        '  "version": "2"\n}'
    )
    [message] = problems(text)
    assert message == "p.yaml:5:14: version: must be a whole number, not text"


def _zip(entries: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def test_a_zip_with_pack_yaml_is_read(tmp_path: Path) -> None:
    path = tmp_path / "pack.zip"
    path.write_bytes(_zip({"pack.yaml": HEADER.encode(), "notes.txt": b"hi"}))
    result = validate_pack(path)
    assert result.pack is not None and result.pack.id == "tt"


@pytest.mark.parametrize(
    ("entries", "expected"),
    [
        ({"readme.txt": b"x"}, "no pack.yaml"),
        ({"../evil.yaml": b"x", "pack.yaml": HEADER.encode()}, "unsafe path"),
        ({"/abs.yaml": b"x", "pack.yaml": HEADER.encode()}, "unsafe path"),
    ],
)
def test_unsafe_or_empty_zips_are_refused(
    tmp_path: Path, entries: dict[str, bytes], expected: str
) -> None:
    path = tmp_path / "pack.zip"
    path.write_bytes(_zip(entries))
    result = validate_pack(path)
    assert result.pack is None
    assert expected in str(result.problems[0])


def test_a_missing_file_and_a_folder_are_reported(tmp_path: Path) -> None:
    assert "file not found" in str(validate_pack(tmp_path / "nope.yaml").problems[0])
    assert "is a folder" in str(validate_pack(tmp_path).problems[0])


def test_load_pack_raises_with_every_error(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text("format: wrong\nid: xx\n")
    with pytest.raises(PackInvalidError) as caught:
        load_pack(path)
    assert len(caught.value.errors) == 3  # format, name, version
    assert "more" in str(caught.value)


@pytest.mark.skipif(not hasattr(__import__("os"), "mkfifo"), reason="named pipes are POSIX")
def test_validate_refuses_a_named_pipe_instead_of_waiting_on_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # As an install does (packs/packfile.py): a pipe would block a reader until written to.
    import os

    from assistant.cli import main

    pipe = tmp_path / "pack.yaml"
    os.mkfifo(pipe)
    assert main(["pack", "validate", str(pipe)]) == 1
    assert f"{pipe}:1:1: (file): is not a regular file" in capsys.readouterr().err
    with pytest.raises(PackInvalidError, match="not a regular file"):
        load_pack(pipe)


def test_file_state_tells_the_bytes_a_missing_file_and_one_that_is_not_a_file(
    tmp_path: Path,
) -> None:
    from assistant.packs.packfile import GONE, UNREADABLE, PackFile, digest, file_state

    path = tmp_path / "pack.yaml"
    path.write_bytes(b"id: a\n")
    assert file_state(path) == digest(b"id: a\n") == PackFile.of(path, b"id: a\n").sha256
    path.touch()  # touched: the same bytes, the same state
    assert file_state(path) == digest(b"id: a\n")
    assert file_state(tmp_path / "missing.yaml") == GONE
    assert file_state(tmp_path) == UNREADABLE  # a folder
