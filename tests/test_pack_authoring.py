"""Authoring packs: the starter pack, spreadsheet and Espanso conversion, export, and the CLI."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from assistant.cli import main
from assistant.core.pack import Pack
from assistant.packs.convert import ConvertError, convert_file, espanso_text
from assistant.packs.loader import known_ids, validate_pack, validate_pack_bytes
from tests.conftest import PACKS, finished

HEADER = "title,text,category,campaigns,personas,tags,shortcut"
SCHEMA = "pack.schema.json"


def cli(data_dir: Path, *args: str) -> int:
    return main(["--data-dir", str(data_dir), "pack", *args])


posix_only = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="links and pipes: POSIX")


def test_pack_new_writes_a_commented_starter_that_validates(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "mine.yaml"
    assert cli(data_dir, "new", "-o", str(target)) == 0
    text = target.read_text(encoding="utf-8")
    # The schema by a relative name, and the schema beside the pack: the pair works on any
    # machine and in any folder it is copied to (no path into this checkout).
    assert text.splitlines()[0] == "# yaml-language-server: $schema=pack.schema.json"
    schema = json.loads((tmp_path / "pack.schema.json").read_text(encoding="utf-8"))
    assert schema["title"].startswith("Agent Assistant campaign pack")
    assert str(Path(__file__).resolve().parent.parent) not in text
    assert "# always exactly this" in text
    # A required step is flagged when the call ends without it, not blocked.
    required = next(line for line in text.splitlines() if "required: true" in line)
    assert "flagged" in required and "cannot" not in required
    capsys.readouterr()
    assert cli(data_dir, "validate", str(target)) == 0
    assert "ok: my-team-pack version 1" in capsys.readouterr().out
    # It never overwrites a file the supervisor already has.
    assert cli(data_dir, "new", "-o", str(target)) == 1
    assert "already exists" in capsys.readouterr().err


def test_pack_new_keeps_a_schema_file_that_is_not_ours_and_refreshes_an_old_one_of_ours(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    theirs = tmp_path / "theirs"
    theirs.mkdir()
    (theirs / "pack.schema.json").write_text('{"$id": "https://example.invalid/x"}', "utf-8")
    assert cli(data_dir, "new", "-o", str(theirs / "a.yaml")) == 0
    assert "left as it is" in capsys.readouterr().err
    assert "example.invalid" in (theirs / "pack.schema.json").read_text(encoding="utf-8")
    ours = tmp_path / "ours"
    ours.mkdir()
    assert cli(data_dir, "new", "-o", str(ours / "a.yaml")) == 0
    assert "wrote the JSON Schema" in capsys.readouterr().out
    schema = json.loads((ours / "pack.schema.json").read_text(encoding="utf-8"))
    schema["title"] = "an older version"
    (ours / "pack.schema.json").write_text(json.dumps(schema), encoding="utf-8")
    assert cli(data_dir, "new", "-o", str(ours / "b.yaml")) == 0
    assert "updated the JSON Schema" in capsys.readouterr().out
    assert "an older version" not in (ours / "pack.schema.json").read_text(encoding="utf-8")
    # A second pack in the same folder: the schema is there already, nothing to say.
    assert cli(data_dir, "new", "-o", str(ours / "c.yaml")) == 0
    assert "JSON Schema" not in capsys.readouterr().out


@pytest.mark.parametrize(
    "raw",
    [
        # Excel "CSV UTF-8": byte-order mark, CRLF, comma.
        ("\ufeff" + HEADER + '\r\nGreet,"Hello {customer_name},\r\nwelcome",opening,,,a;b,;hi\r\n'),
        # Excel in a comma-decimal locale and LibreOffice: semicolon, quoted lists.
        (
            HEADER.replace(",", ";")
            + '\nGreet;"Hello {customer_name},\nwelcome";opening;;;"a;b";";hi"\n'
        ),
    ],
)
def test_spreadsheets_as_excel_and_libreoffice_save_them_convert(raw: str, tmp_path: Path) -> None:
    source = tmp_path / "team.csv"
    source.write_bytes(raw.encode("utf-8"))
    conversion = convert_file(source)
    assert conversion.skipped == []
    [phrase] = conversion.data["phrases"]
    assert phrase == {
        "id": "greet",
        "title": "Greet",
        "text": "Hello {customer_name},\nwelcome",
        "category": "opening",
        "tags": ["a", "b"],
        "shortcut": ";hi",
    }
    assert conversion.data["id"] == "team"


def test_a_cell_of_several_lines_makes_a_title_of_one(tmp_path: Path) -> None:
    # A title or a tag is shown on one line, and a pack refuses a line break or a tab in one.
    source = tmp_path / "team.csv"
    source.write_text(
        HEADER + '\n"Greet\r\nthe customer","Hello,\nwelcome",opening,,,"a\tb;c",\n',
        encoding="utf-8",
    )
    conversion = convert_file(source)
    [phrase] = conversion.data["phrases"]
    assert phrase["title"] == "Greet the customer"
    assert phrase["text"] == "Hello,\nwelcome"
    assert phrase["tags"] == ["a b", "c"]
    text = json.dumps(conversion.data).encode("utf-8")
    assert validate_pack_bytes("team.json", text).problems == []


def test_rows_that_cannot_be_used_are_reported_by_row_number(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "team.csv"
    source.write_text(
        HEADER + ",colour\n"
        "Greet,Hello,opening,,,,,red\n"
        ',"no title\non two lines",,,,,,\n'
        "Chat,Hi,smalltalk,,,,,\n"
        "Broken,Hi {name,other,,,,,\n"
        "Greet,Hello again,,,,,,\n",
        encoding="utf-8",
    )
    out = tmp_path / "team.yaml"
    assert cli(data_dir, "convert", str(source), "-o", str(out)) == 0
    err = capsys.readouterr().err.splitlines()
    assert f"{source}: row 1: the columns colour are not used" in err
    assert f"{source}: row 3: skipped: it needs both a title and a text" in err
    assert any(
        line.startswith(f"{source}: row 4: skipped: the category 'smalltalk'") for line in err
    )
    assert any(line.startswith(f"{source}: row 5: skipped: the text has a broken") for line in err)
    pack = validate_pack(out).pack
    assert pack is not None
    assert [p.id for p in pack.phrases] == ["greet", "greet-2"]


def test_a_spreadsheet_without_title_and_text_columns_is_refused(tmp_path: Path) -> None:
    source = tmp_path / "x.csv"
    source.write_text("name,body\na,b\n", encoding="utf-8")
    with pytest.raises(ConvertError, match="row 1: the header has no column title, text"):
        convert_file(source)


@pytest.mark.parametrize(
    ("content", "said"),
    [
        # Read on, the rest of the file was that one cell: "it needs both a title and a text".
        (
            'title,text\n"Hello,there\nBye,x\n',
            '{file}: row 2: a cell opens a quote (") that is never closed',
        ),
        # The last one won, without a word.
        ("title,text,text\nHi,first,second\n", "{file}: row 1: the header gives the column "),
        # The file's name was said twice.
        ("", "{file}:1:1: (file): the file is empty"),
    ],
)
def test_a_spreadsheet_that_cannot_be_read_as_meant_is_refused_with_where(
    data_dir: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    content: str,
    said: str,
) -> None:
    source = tmp_path / "team.csv"
    source.write_text(content, encoding="utf-8")
    out = tmp_path / "team.yaml"
    assert cli(data_dir, "convert", str(source), "-o", str(out)) == 1
    err = capsys.readouterr().err
    assert err.startswith("agent-assistant: " + said.format(file=source)), err
    assert err.count(str(source)) == 1
    assert not out.exists()


def test_a_bad_pack_id_is_bad_usage_not_a_problem_of_the_file(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "team.csv"
    source.write_text("title,text\nHi,Hello\n", encoding="utf-8")
    out = tmp_path / "team.yaml"
    with pytest.raises(SystemExit) as exited:
        cli(data_dir, "convert", str(source), "--id", "BAD ID!", "-o", str(out))
    assert exited.value.code == 2
    assert "argument --id: 'BAD ID!' is not a valid pack id" in capsys.readouterr().err
    assert not out.exists()


def test_an_espanso_match_file_converts(tmp_path: Path, data_dir: Path) -> None:
    source = tmp_path / "base.yml"
    source.write_text(
        "matches:\n"
        "  - trigger: ':sig'\n    replace: 'Best regards, {{name}}'\n"
        "  - triggers: [':thx', ':ty']\n    label: Thanks\n    replace: 'Thanks {literally}'\n"
        "  - trigger: ':img'\n    image_path: x.png\n"
        "  - trigger: ':form'\n    form: 'Hi [[who]]'\n",
        encoding="utf-8",
    )
    conversion = convert_file(source)
    assert conversion.skipped == [
        "match 3 (line 7): skipped: it has no text to paste (image_path is not supported)"
    ]
    first, second, third = conversion.data["phrases"]
    assert first["text"] == "Best regards, {name}" and first["shortcut"] == ":sig"
    assert second["title"] == "Thanks" and second["text"] == "Thanks {{literally}}"
    assert second["tags"] == [":ty"]
    assert third["text"] == "Hi {who}"
    out = tmp_path / "base.pack.yaml"
    assert cli(data_dir, "convert", str(source), "-o", str(out)) == 0
    assert validate_pack(out).ok


def test_espanso_variables_become_placeholders() -> None:
    assert espanso_text("{{a.b}} {x} }") == "{a_b} {{x}} }}"


def test_export_writes_an_installed_pack_that_imports_back(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli(data_dir, "import", str(PACKS / "acme.yaml")) == 0
    out = tmp_path / "acme-out.yaml"
    assert cli(data_dir, "export", "acme-collections", "-o", str(out)) == 0
    assert cli(data_dir, "export", "builtin", "-o", str(tmp_path / "b.json")) == 0
    assert json.loads((tmp_path / "b.json").read_text(encoding="utf-8"))["id"] == "builtin"
    capsys.readouterr()
    assert cli(data_dir, "import", "--force", str(out)) == 0
    assert "installed acme-collections version 3 (replaced version 3)" in capsys.readouterr().out
    assert cli(data_dir, "export", "nothing-here", "-o", str(out)) == 1
    assert "No pack with the id 'nothing-here'" in capsys.readouterr().err


def test_the_exported_built_in_pack_is_refused_by_validate_as_by_import_until_renamed(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # `pack validate` said "ok" to a file that `pack import` refuses.
    out = tmp_path / "eb.yaml"
    assert cli(data_dir, "export", "builtin", "-o", str(out)) == 0
    note = "the built-in pack comes with the program: give this file an id of its own"
    assert f"{out}: note: {note}" in capsys.readouterr().err
    text = out.read_text(encoding="utf-8")
    assert "It comes with the program: give this file an id of its own" in text
    id_line = text.splitlines().index("id: builtin") + 1
    refusal = (
        f"{out}:{id_line}:5: id: the built-in pack comes with the program and cannot be "
        "imported; give this pack an id of its own"
    )
    for command in ("validate", "import"):
        assert cli(data_dir, command, str(out)) == 1
        assert refusal in capsys.readouterr().err
    out.write_text(text.replace("id: builtin", "id: our-copy"), encoding="utf-8")
    assert cli(data_dir, "validate", str(out)) == 0
    assert "ok: our-copy version" in capsys.readouterr().out


def test_the_complete_example_in_the_pack_guide_validates(builtin_pack: Pack) -> None:
    guide = (Path(__file__).parent.parent / "docs" / "packs.md").read_text(encoding="utf-8")
    section = guide[guide.index("## The format, with a complete example") :]
    start = section.index("```yaml\n") + len("```yaml\n")
    example = section[start : section.index("```", start)]
    result = validate_pack_bytes("packs.md", example.encode("utf-8"), known_ids(builtin_pack))
    assert result.problems == [], [str(p) for p in result.problems]
    assert result.pack is not None and result.pack.id == "acme-collections"


def test_the_cli_refuses_an_older_version_unless_forced_and_lists_the_source(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli(data_dir, "import", str(PACKS / "acme.yaml")) == 0
    older = tmp_path / "acme-v2.yaml"
    older.write_text(
        (PACKS / "acme.yaml").read_text(encoding="utf-8").replace("version: 3", "version: 2"),
        encoding="utf-8",
    )
    capsys.readouterr()
    assert cli(data_dir, "import", str(older)) == 1
    assert "version 3 is installed; version 2 is older" in capsys.readouterr().err
    assert cli(data_dir, "import", "--force", str(older)) == 0
    capsys.readouterr()
    assert cli(data_dir, "list", "--json") == 0
    listed = {p["id"]: p for p in json.loads(capsys.readouterr().out)}
    assert listed["acme-collections"]["version"] == 2
    assert listed["acme-collections"]["source"] == str(older.resolve())
    assert listed["acme-collections"]["installed_at"]
    assert cli(data_dir, "remove", "builtin") == 1
    assert "can be updated but not removed" in capsys.readouterr().err


@posix_only
def test_export_writes_through_a_link_and_into_a_device_and_refuses_a_folder(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    (shared / "team.yaml").write_text("old\n", encoding="utf-8")
    link = tmp_path / "team.yaml"
    link.symlink_to(Path("shared") / "team.yaml")
    # The link was replaced by a file of its own, and the shared file still said 'old'.
    assert cli(data_dir, "export", "builtin", "-o", str(link)) == 0
    assert link.is_symlink()
    assert validate_pack(shared / "team.yaml", as_builtin=True).pack is not None
    capsys.readouterr()
    # A device is written into, as the shell's '>' does (named pipes and standard output:
    # tests/test_cli_output.py); the link to it stays, and so does the device.
    device = tmp_path / "null"
    device.symlink_to(os.devnull)
    assert cli(data_dir, "export", "builtin", "-o", str(device)) == 0
    assert device.is_symlink() and stat.S_ISCHR(os.stat(os.devnull).st_mode)
    capsys.readouterr()
    folder = tmp_path / "folder.yaml"
    folder.mkdir()
    assert cli(data_dir, "export", "builtin", "-o", str(folder)) == 1
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1 and err[0].startswith(f"agent-assistant: {folder}: cannot write: ")
    assert "is a folder" in err[0]
    assert list(folder.iterdir()) == []
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")) == []


@posix_only
def test_pack_new_writes_through_a_link_that_leads_nowhere_yet(
    data_dir: Path, tmp_path: Path
) -> None:
    # 'pack new' saw no FILE (the link leads nowhere) and replaced the link itself.
    link = tmp_path / "mine.yaml"
    link.symlink_to("drafts-mine.yaml")
    assert cli(data_dir, "new", "-o", str(link)) == 0
    assert link.is_symlink()
    assert cli(data_dir, "validate", str(tmp_path / "drafts-mine.yaml")) == 0
    assert cli(data_dir, "new", "-o", str(link)) == 1  # it exists now: never overwritten


@pytest.mark.parametrize("output", ["", "/", "-", "out/", "."])
@pytest.mark.parametrize(
    "command",
    [
        ["export", "builtin"],
        ["new"],
        ["convert", str(PACKS / "acme.yaml")],
        ["sheet", "builtin"],
        ["keygen"],
    ],
)
def test_an_output_that_names_no_file_is_bad_usage(
    command: list[str],
    output: str,
    data_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    # -o "" said "ValueError: PosixPath('.') has an empty name" in a traceback; -o - wrote a
    # file named '-'.
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit) as caught:
        cli(data_dir, *command, "-o", output)
    assert caught.value.code == 2
    assert "argument -o/--output: needs a file name" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data"]


@posix_only
def test_pack_new_refuses_a_schema_beside_it_that_is_a_pipe_or_too_large(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A named pipe there hung 'pack new'; a link to /dev/zero ended in a MemoryError traceback.
    piped = tmp_path / "piped"
    piped.mkdir()
    os.mkfifo(piped / "pack.schema.json")
    huge = tmp_path / "huge"
    huge.mkdir()
    with (tmp_path / "sparse.json").open("wb") as sparse:
        sparse.truncate(10**10)  # 10 GB that take no room on the disk
    (huge / "pack.schema.json").symlink_to(tmp_path / "sparse.json")
    pack = ["--data-dir", str(data_dir), "pack"]
    for folder, why in ((piped, "is not a regular file"), (huge, "too large")):
        assert finished([*pack, "new", "-o", str(folder / "mine.yaml")]) == 1
        err = capsys.readouterr().err.splitlines()
        assert len(err) == 1 and err[0].startswith(f"agent-assistant: {folder / SCHEMA}: ")
        assert why in err[0] and err[0].endswith("nothing was written")
        assert sorted(p.name for p in folder.iterdir()) == [SCHEMA]
    assert stat.S_ISFIFO((piped / SCHEMA).stat().st_mode)


def test_convert_refuses_to_write_over_the_file_it_converts(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # 'pack convert self.csv -o self.csv' replaced the spreadsheet with YAML, exit 0.
    source = tmp_path / "team.csv"
    source.write_text("title,text\nGreet,Hello\n", encoding="utf-8")
    names = [source]
    if hasattr(os, "link"):
        os.link(source, tmp_path / "hard.yaml")
        names.append(tmp_path / "hard.yaml")
    if hasattr(os, "mkfifo"):  # links: POSIX
        (tmp_path / "link.yaml").symlink_to("team.csv")
        names.append(tmp_path / "link.yaml")
    for output in names:
        assert cli(data_dir, "convert", str(source), "-o", str(output)) == 1
        err = capsys.readouterr().err.splitlines()
        assert err == [
            f"agent-assistant: {output} is {source}, the file being converted (the same file, "
            "by a link or another name), and writing it would replace it; choose another "
            "output file (nothing was written)"
        ]
    assert source.read_text(encoding="utf-8") == "title,text\nGreet,Hello\n"
    assert cli(data_dir, "convert", str(source), "-o", str(tmp_path / "team.yaml")) == 0


def _refused(output: Path, source: Path, what: str, fix: str) -> str:
    """The one line a command writing over a file it reads is refused with."""
    return (
        f"agent-assistant: {output} is {source}, {what} (the same file, by a link or another "
        f"name), and writing it would replace it; {fix} (nothing was written)"
    )


@posix_only
def test_sign_refuses_a_signature_name_that_is_the_pack_or_the_key(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A.yaml.sig, a link to A.yaml: 'pack sign' wrote the signature through it, over the pack.
    key = tmp_path / "team"
    assert cli(data_dir, "keygen", "-o", str(key)) == 0
    pack = tmp_path / "acme.yaml"
    pack.write_bytes((PACKS / "acme.yaml").read_bytes())
    signature = tmp_path / "acme.yaml.sig"
    cases = (
        (lambda: signature.symlink_to("acme.yaml"), pack, "the pack being signed"),
        (lambda: os.link(pack, signature), pack, "the pack being signed"),
        (lambda: signature.symlink_to(key), key, "the private key"),
    )
    for make, source, what in cases:
        kept = {p: p.read_bytes() for p in (pack, key)}
        make()
        capsys.readouterr()
        assert cli(data_dir, "sign", str(pack), "--key", str(key)) == 1
        fix = "remove the link acme.yaml.sig and sign again"
        assert capsys.readouterr().err.splitlines() == [_refused(signature, source, what, fix)]
        assert {p: p.read_bytes() for p in (pack, key)} == kept
        signature.unlink()
    assert cli(data_dir, "sign", str(pack), "--key", str(key)) == 0
    assert cli(data_dir, "verify", str(pack), "--key", f"{key}.pub") == 0


@posix_only
def test_export_convert_and_sheet_never_write_over_the_knowledge_base(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # 'pack export builtin -o DATA/knowledge.db' replaced the knowledge base with YAML, exit 0.
    assert cli(data_dir, "list") == 0
    knowledge, activity = data_dir / "knowledge.db", data_dir / "activity.db"
    (tmp_path / "link.pdf").symlink_to(activity)
    sheet = tmp_path / "sheet.yaml"
    sheet.write_text("title,text\nGreet,Hello\n", encoding="utf-8")
    # The note of who writes the knowledge base, which a program kept waiting reads.
    writer = data_dir / "knowledge.db-writer"
    writer.write_text("agent-assistant pack import\n", encoding="utf-8")
    kept = {p: p.read_bytes() for p in (knowledge, activity, writer)}
    what = "a file of the knowledge base"
    fix = "choose another output file"
    for argv, output, source in (
        (["export", "builtin", "-o", str(knowledge)], knowledge, knowledge),
        (["export", "builtin", "-o", str(writer)], writer, writer),
        (["export", "builtin", "-o", str(tmp_path / "link.pdf")], tmp_path / "link.pdf", activity),
        (["convert", str(sheet), "-o", str(knowledge)], knowledge, knowledge),
        (["sheet", "builtin", "-o", str(tmp_path / "link.pdf")], tmp_path / "link.pdf", activity),
    ):
        capsys.readouterr()
        assert cli(data_dir, *argv) == 1, argv
        assert capsys.readouterr().err.splitlines() == [_refused(output, source, what, fix)]
        assert {p: p.read_bytes() for p in (knowledge, activity, writer)} == kept
    assert cli(data_dir, "list") == 0
    assert "builtin" in capsys.readouterr().out


@posix_only
def test_keygen_and_new_never_write_one_of_their_files_over_the_other(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # NAME.pub, a link to NAME: the public key replaced the private one just written.
    keys = tmp_path / "keys"
    keys.mkdir()
    (keys / "team.pub").symlink_to("team")
    assert cli(data_dir, "keygen", "-o", str(keys / "team")) == 1
    assert capsys.readouterr().err.splitlines() == [
        _refused(keys / "team.pub", keys / "team", "the private key", "choose another name")
    ]
    assert [p.name for p in keys.iterdir()] == ["team.pub"]
    # -o pack.schema.json: the schema written beside the starter replaced it.
    starter = tmp_path / "new" / SCHEMA
    starter.parent.mkdir()
    assert cli(data_dir, "new", "-o", str(starter)) == 1
    assert capsys.readouterr().err.splitlines() == [
        _refused(starter, starter, "the JSON Schema written beside it",
                 "choose another output file")
    ]  # fmt: skip
    assert list(starter.parent.iterdir()) == []


def test_an_output_under_a_file_says_which_file_stands_in_the_way(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # It said "cannot write: File exists" (mkdir's own words), naming neither.
    blocker = tmp_path / "reports"
    blocker.write_text("not a folder", encoding="utf-8")
    for output in (blocker / "builtin.yaml", blocker / "2026" / "builtin.yaml"):
        assert cli(data_dir, "export", "builtin", "-o", str(output)) == 1
        assert capsys.readouterr().err == (
            f"agent-assistant: {output}: cannot write: {blocker} is a file, not a folder\n"
        )
    assert blocker.read_text(encoding="utf-8") == "not a folder"
    # Folders that are missing are still made.
    made = tmp_path / "new" / "deeper" / "builtin.yaml"
    assert cli(data_dir, "export", "builtin", "-o", str(made)) == 0
    assert made.is_file()
